"""One engine per pack kind: each turns a validated pack model into a Rule.

Long on purpose: the existence engine's line handling (a block's first, last and middle lines,
bullets, what a hard-wrapped sentence looks like) is one decision about where a pack's pattern may
stand; split, its parts would pass the same offsets back and forth."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property

import regex

from ..casing import match_case
from ..core.diagnostics import Applicability, Diagnostic, Edit, Fix
from ..core.document import HEADLINE, Block, Document, block_removal
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_cached, compile_v1
from ..spelling.scan import document_words
from ..storage import user_records
from ..structure import is_signoff
from .schema import ExistencePack, PackRuleBase, SubstitutionPack

_BULLET_MARKS = "•·▪◦"
# A list's bullet: a mark, a hyphen and a space ("- Terms of Use": a footer's links as a list),
# or an item's number ("1. Be the First to Comment": a page's widgets as a numbered list), or a
# link's arrow (">> Read more trending news").
_BULLET = rf"(?:[{_BULLET_MARKS}][ \t]*|-[ \t]+|\d{{1,2}}[.)][ \t]+|>>[ \t]*)"
_BULLETS = frozenset(_BULLET_MARKS)
_DASH_ITEM = "\n- "  # a hyphen's list item inside a block, as a C-level test
_NUMBERED = regex.compile(r"[ \t]*\d{1,2}[.)][ \t]")
_LINE_ENDS = frozenset(".!?:;\"”’)]")
_LABEL_WORDS = 2  # words of a widget's label alone on the line above a debris line
_ADDRESS_OPENERS = ("http://", "https://", "www.")
_HEAD = 4  # characters of a block's opening looked up before a whole-block pattern is tried
# A block of the page's short lines may hold a debris line inside it: blocks of this many lines,
# and a line above it this short (a label, a counter: "5 photos") when it ends no sentence.
MIDDLE_LINES = (3, 40)
SHORT_LINE = 40
_MAX_OPENINGS = 100_000  # the look-up table is emptied when it grows past this
_WIDE = 8  # an opening followed by more possible characters than this is not tabled further
_TABLE_FORMAT = 1  # change it with the way `Openings` tables a pattern: cached tables are remade
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _bullet_opens(line: str) -> bool:
    """Whether a list's bullet opens the line (after its indent)."""
    text = line.lstrip()
    return text[:1] in _BULLETS or text[:2] == "- " or _NUMBERED.match(text) is not None


class Openings:
    """The first characters (up to _HEAD) a whole-block pattern's matches can open with. A text
    whose opening no match can begin cannot match, whatever follows, so nearly every paragraph
    is ruled out without the pattern. The table is worked out once per pattern, by partial
    matches, and kept in the user cache: a one-article check then compiles the pattern (several
    milliseconds) only for an article with a paragraph that may be debris.

    Tabled: printable ASCII other than spaces (lower case only for a case-blind pattern). An
    opening with another character, or past a "wide" one (digits, "anything but a newline"),
    is left to the pattern."""

    def __init__(self, allowed: frozenset[str], wide: frozenset[str], folded: bool) -> None:
        self._allowed, self._wide, self._folded = allowed, wide, folded
        self._alphabet = _alphabet(folded)

    @classmethod
    def of(cls, source: str, flags: int, compiled: Callable[[], regex.Pattern[str]]) -> Openings:
        folded = bool(flags & regex.IGNORECASE)
        stamp = f"{_TABLE_FORMAT} {flags} {_HEAD} {_WIDE} {regex.__version__}"
        key = user_records.key_of(source.encode(), stamp.encode())
        stored = user_records.read("openings", key)
        if isinstance(stored, list) and len(stored) == 2 and all(isinstance(part, list) for part in stored):
            return cls(frozenset(stored[0]), frozenset(stored[1]), folded)
        match = compiled().match
        allowed: set[str] = set()
        wide: set[str] = set()
        level = [""]
        for _ in range(_HEAD):
            longer = []
            for opening in level:
                found = [opening + c for c in _alphabet(folded) if match(opening + c, partial=True) is not None]
                if opening and len(found) > _WIDE:
                    wide.add(opening)
                    continue
                allowed.update(found)
                longer.extend(found)
            level = longer
        user_records.write("openings", key, [sorted(allowed), sorted(wide)])
        return cls(frozenset(allowed), frozenset(wide), folded)

    def may_open(self, head: str) -> bool:
        if self._folded:
            head = head.translate(_ASCII_LOWER)
        for end, char in enumerate(head[:_HEAD], start=1):
            if char not in self._alphabet:
                return True
            opening = head[:end]
            if opening not in self._allowed:
                return False
            if opening in self._wide:
                return True
        return True


@cache
def _alphabet(folded: bool) -> str:
    return "".join(chr(c) for c in range(33, 127) if not (folded and chr(c).isupper()))


def _spec(model: PackRuleBase, fix_safety: str) -> RuleSpec:
    return RuleSpec(
        code=model.code,
        name=model.name,
        category=model.category,
        summary=model.summary,
        rationale=model.rationale,
        example=model.example,
        example_fixed=model.example_fixed,
        fix_safety=fix_safety,  # type: ignore[arg-type]
        severity=model.severity,
        default_enabled=model.default_enabled,
    )


class _PackRule(Rule):
    takes_options = False  # its settings live in its pack file

    def __init__(self, model: PackRuleBase, spec: RuleSpec) -> None:
        super().__init__()
        self.model = model
        self.spec = spec

    def compile(self) -> None:
        """Compile what is compiled on first need, so that a new pack fails as it loads."""

    @property
    def scope(self) -> frozenset[str]:
        return frozenset(self.model.scope)

    def blocks(self, doc: Document) -> Iterator:
        return doc.blocks_of(*self.model.scope)


class ExistenceRule(_PackRule):
    def __init__(self, model: ExistencePack) -> None:
        safety = "none" if model.action == "none" else model.applicability.value
        super().__init__(model, _spec(model, safety))
        flags = regex.IGNORECASE if model.ignorecase else 0
        alternatives = [rf"(?<!\w){regex.escape(t)}(?!\w)" for t in model.tokens]
        alternatives += [f"(?:{p})" for p in model.patterns]
        body = "|".join(alternatives) or r"(?!)"
        # A list's bullet before a line of debris is the page's too ("• Your Comment").
        self._line_source = (rf"[ \t]*(?:{_BULLET})?(?:{body})[ \t]*\Z", flags)
        if model.whole_block:
            body = rf"\A\s*(?:{_BULLET})?(?:{body})\s*\Z"
        self._source = (body, flags)
        self._openings: dict[str, bool] = {}  # block opening -> may a whole-block match start so

    def compile(self) -> None:
        self.pattern  # noqa: B018
        self.line_pattern  # noqa: B018

    @cached_property
    def pattern(self) -> regex.Pattern[str]:
        """Compiled on first need: a whole-block pattern is rarely needed (`_may_open`)."""
        return compile_v1(*self._source)

    @cached_property
    def line_pattern(self) -> regex.Pattern[str]:
        """Compiled on first need: most articles never get past `_may_open` to use it."""
        return compile_v1(*self._line_source)

    @cached_property
    def _openings_table(self) -> Openings:
        return Openings.of(*self._source, lambda: self.pattern)

    def _may_open(self, head: str) -> bool:
        """Whether a whole-block match may begin with these first letters ("The " may not),
        asked once per distinct opening with a partial match: a dictionary look-up then settles
        nearly every paragraph without running the pattern over it. A line the line pattern
        matches is matched whole by the block pattern too, so this gates lines as well."""
        possible = self._openings.get(head)
        if possible is None:
            if len(self._openings) >= _MAX_OPENINGS:
                self._openings.clear()
            possible = self._openings[head] = (
                self._openings_table.may_open(head) and self.pattern.match(head, partial=True) is not None
            )
        return possible

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        model: ExistencePack = self.model  # type: ignore[assignment]
        if model.whole_block:
            yield from self._check_blocks(doc)
            return
        for block in self.blocks(doc):
            found = False
            for match in self._matches(block.text):
                if match.end() == match.start():
                    continue
                found = True
                start, end = block.start + match.start(), block.start + match.end()
                span = block_removal(doc, block) if model.whole_block else (start, end)
                yield self._report(match, start, end, span)
            if model.whole_line and not found and "\n" in block.text:
                yield from self._edge_lines(doc, block)

    def _check_blocks(self, doc: Document) -> Iterator[Diagnostic]:
        """Whole-block packs: one anchored attempt per block, in a tight loop (this runs on
        every paragraph of every document, and nearly every attempt fails at once)."""
        scope = self.scope
        whole_line = self.model.whole_line  # type: ignore[attr-defined]
        openings = self._openings
        may_open = self._may_open
        for block in doc.blocks:
            if block.kind not in scope:
                continue
            text = block.text
            head = text[:_HEAD]
            possible = openings.get(head)
            if possible is None:
                possible = may_open(head)
            match = self.pattern.match(text) if possible else None
            if match is not None and match.end() != match.start():
                yield self._report(match, block.start + match.start(), block.start + match.end(),
                                   block_removal(doc, block), headline=block.kind == HEADLINE)
            elif whole_line and "\n" in text:
                yield from self._edge_lines(doc, block)

    def _report(
        self, match: regex.Match[str], start: int, end: int, span: tuple[int, int], headline: bool = False
    ) -> Diagnostic:
        model: ExistencePack = self.model  # type: ignore[assignment]
        text = match.group().strip()
        fix = None
        if model.action == "delete":
            # The page's title may be all the story has for a headline ("Latest Hun Sen News"
            # over a listing): deleting it is for an editor to decide, never an unattended fix.
            applicability = Applicability.DISPLAY_ONLY if headline else model.applicability
            fix = Fix((Edit(*span, ""),), applicability, f"Remove {text!r}")
        elif model.action == "replace":
            fix = Fix(
                (Edit(start, end, match.expand(model.replacement)),),
                model.applicability,
                f"Replace {text!r}",
            )
        return self.diagnostic(start, end, model.message.format(match=text), fix)

    def _edge_lines(self, doc: Document, block: Block) -> Iterator[Diagnostic]:
        """The first or last line of a block, when it alone matches and the rest reads on, and
        any line of it that a list's bullet opens (an item of its own). The lines found are
        removed without overlapping edits: a run of them down to the block's end takes the line
        break above it, and all of them take the block with them."""
        text = block.text
        starts = [0]
        at = text.find("\n")
        while at != -1:
            starts.append(at + 1)
            at = text.find("\n", at + 1)
        ends = [s - 1 for s in starts[1:]] + [len(text)]
        count = len(starts)
        found: dict[int, tuple[regex.Match[str], int, int]] = {}  # line -> match, start, end (in the block)
        bulleted = not _BULLETS.isdisjoint(text) or _DASH_ITEM in text or _NUMBERED.match(text) is not None
        if bulleted:
            for index in range(1, count):
                line = text[starts[index] : ends[index]].rstrip("\r")
                if _bullet_opens(line) and (match := self._line_match(line)) and match.group().strip():
                    found[index] = match, starts[index] + len(line) - len(line.lstrip()), starts[index] + len(line)
        first = text[: ends[0]].rstrip("\r")
        match = self._line_match(first)
        following = text[starts[1] :].lstrip()
        # "Advertising\nrevenue fell": a hard-wrapped sentence, not a debris line; a figure may
        # follow ("Error loading player ...\n01:25": the player's clock).
        if match is not None and match.group().strip() and (
            following[:1].isupper() or following[:1].isdigit() or _bullet_opens(following)
            or following.startswith(_ADDRESS_OPENERS)  # the page's link under it, no sentence's words
        ):
            found[0] = match, 0, len(first)
            if count == 2 and 1 not in found:
                # Two lines, both the page's ("Source: ...|Editor: ..." over "Video PlayerClose").
                second = self._line_match(text[starts[1] :])
                if second is not None and second.group().strip():
                    found[1] = second, starts[1], len(text)
        elif count - 1 not in found:
            last = text[starts[-1] :]
            match = self._line_match(last)
            preceding = text[: ends[-2]].rstrip()
            previous_line = preceding[preceding.rfind("\n") + 1 :]
            # The line before must end a sentence or be a sign-off ("VNA"), or one of the two a
            # bar of the page's parts split by '|', which prose never prints: "wanted to\nsee
            # more" is a hard-wrapped sentence.
            reads_on = (
                preceding[-1:] in _LINE_ENDS or is_signoff(previous_line) or "|" in previous_line or "|" in last
                or last.lstrip()[:1] == "©"  # a credit or rights line: no sentence wraps on to the sign
                # A widget's label alone above it ("Comments" over "No comments yet..."): no sentence wraps so.
                or count == 2 and previous_line.count(" ") < _LABEL_WORDS and previous_line[:1].isupper()
                and previous_line[-1:].isalpha()
                # Under a short line in capitals, a section's label ("NEWS FROM ACROSS THE NATION"
                # over "Placeholder Image"): a sentence wrapped so runs on in small letters.
                or previous_line.isupper() and len(previous_line) <= SHORT_LINE and last[:1].isupper()
                # Under a widget's date or counter ("Last Mod: 10 May 2016, 16:21" over "Add
                # Comment"): a capital after a figure opens a line of its own.
                or count == 2 and previous_line[-1:].isdigit() and len(previous_line) <= SHORT_LINE
                and last[:1].isupper()
                # Under a web address that ends the line ("from Malay Mail https://ift.tt/3eWG" over
                # "via IFTTT"): a link closes no sentence that wraps on.
                or previous_line[previous_line.rfind(" ") + 1 :].startswith(_ADDRESS_OPENERS)
            )
            if match is not None and match.group().strip() and reads_on:
                found[count - 1] = match, starts[-1], len(text)
        if MIDDLE_LINES[0] <= count <= MIDDLE_LINES[1]:
            found.update(self._middle_lines(text, starts, ends, found))
            if count - 1 not in found and count - 2 in found:
                # Under a line of the page's, the last line is no wrapped sentence's end either
                # ("Save Story" over "Leer en español").
                last = text[starts[-1] :]
                match = self._line_match(last)
                if match is not None and match.group().strip() and last[:1].isupper():
                    found[count - 1] = match, starts[-1], len(text)
        if not found:
            return
        head, tail = block_removal(doc, block) if len(found) == count else (0, 0)
        tail_run = count  # the first line of the run of found lines that reaches the block's end
        while tail_run - 1 in found:
            tail_run -= 1
        for index in sorted(found):
            match, start, end = found[index]
            if len(found) == count:
                span = (head if index == 0 else block.start + starts[index], tail if index == count - 1 else (
                    block.start + starts[index + 1]))
            elif index >= tail_run:
                # Down to the block's end: each line takes the line break above it.
                above = block.start + len(text[: ends[index - 1]].rstrip()) if index == tail_run else (
                    block.start + ends[index - 1])
                span = (above, block.start + ends[index])
            else:
                span = (block.start + starts[index], block.start + starts[index + 1])
            yield self._report(match, block.start + start, block.start + end, span)

    def _middle_lines(
        self, text: str, starts: list[int], ends: list[int], found: dict[int, tuple[regex.Match[str], int, int]]
    ) -> Iterator[tuple[int, tuple[regex.Match[str], int, int]]]:
        """A line inside a block of the page's short lines ("5 photos" / "Save Story" / "Leer en
        español"): capitalised, under a line that ends a sentence or is a short label, over a line
        that opens anew; a hard-wrapped sentence runs on in small letters and long lines."""
        for index in range(1, len(starts) - 1):
            if index in found:
                continue
            line = text[starts[index] : ends[index]].rstrip("\r")
            if not line[:1].isupper():
                continue
            above = text[starts[index - 1] : ends[index - 1]].rstrip()
            below = text[starts[index + 1] : ends[index + 1]].lstrip()
            if not (above[-1:] in _LINE_ENDS or len(above) <= SHORT_LINE) or not (
                below[:1].isupper() or below[:1].isdigit() or _bullet_opens(below)
            ):
                continue
            match = self._line_match(line)
            if match is not None and match.group().strip():
                yield index, (match, starts[index], starts[index] + len(line))

    def _line_match(self, line: str) -> regex.Match[str] | None:
        if self.model.whole_block and not self._may_open(line[:_HEAD]):  # type: ignore[attr-defined]
            return None
        return self.line_pattern.match(line)

    def _matches(self, text: str) -> Iterable[regex.Match[str]]:
        if self.model.whole_block:  # type: ignore[attr-defined]
            # One anchored attempt, not a scan of every position for `\A`.
            match = self.pattern.match(text)
            return (match,) if match is not None else ()
        return self.pattern.finditer(text)


class SubstitutionRule(_PackRule):
    def __init__(self, model: SubstitutionPack) -> None:
        super().__init__(model, _spec(model, model.applicability.value))
        self.swap = {k.lower() if model.ignorecase else k: v for k, v in model.swap.items()}
        words = sorted(model.swap, key=len, reverse=True)
        body = "|".join(regex.escape(w) for w in words) or r"(?!)"
        flags = regex.IGNORECASE if model.ignorecase else 0
        self.pattern = compile_cached(rf"(?<![\w-])(?:{body})(?![\w-])", flags)
        # Words every key holds one of, as the shared word scan sees words (lower case, one
        # apostrophe), when they are plain words: a text that prints none cannot match.
        anchors = _anchors([key.lower().replace("’", "'") for key in self.swap])
        # A quotation's opening mark stays on its first word in the scan ("'it's own goal'").
        self.anchors = frozenset(anchors) | {"'" + a for a in anchors} if anchors and all(
            map(_PLAIN_WORD.fullmatch, anchors)) else None

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        model: SubstitutionPack = self.model  # type: ignore[assignment]
        if self.anchors is not None and not document_words(doc).lower_hits(self.anchors):
            return  # most texts, ruled out by two set intersections
        for block in self.blocks(doc):
            for match in self.pattern.finditer(block.text):
                found = match.group()
                key = found.lower() if model.ignorecase else found
                wanted = match_case(found, self.swap[key])
                if wanted == found:
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                fix = Fix((Edit(start, end, wanted),), model.applicability, f"Replace with {wanted!r}")
                message = model.message.format(match=found, replacement=wanted)
                yield self.diagnostic(start, end, message, fix)


# A pack whose keys need more anchors than this is searched with its pattern alone.
_MAX_ANCHORS = 8


_PLAIN_WORD = regex.compile(r"[a-z]+(?:'[a-z]+)?")


def _anchors(keys: list[str]) -> tuple[str, ...] | None:
    """A few words such that every key holds one of them ("it's" for "in it's", "on it's" ...),
    chosen greedily; None when it takes more than _MAX_ANCHORS."""
    left = [set(key.split()) for key in keys]
    chosen: list[str] = []
    while left:
        counts: dict[str, int] = {}
        for words in left:
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        if not counts or len(chosen) == _MAX_ANCHORS:
            return None
        best = max(sorted(counts), key=counts.__getitem__)
        chosen.append(best)
        left = [words for words in left if best not in words]
    return tuple(chosen)


ENGINES = {"existence": ExistenceRule, "substitution": SubstitutionRule}
