"""NL402 repeated-lead: the lead printed once bare and once after its dateline.

Long on purpose: the lead's repeats (bare and after the dateline, near copies, a summary printed
again) are compared on the same normalised openings, and the declaration describes them as one rule."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import CAPTION, PARAGRAPH, Block, Document
from ..core.rule import Rule, RuleOptions, RuleSpec
from ..regexes import compile_cached
from ..settings_model import setting
from .support.blocks import compact, comparable, ends_sentence, letters, normalise, pools, removal, stands_alone
from .support.chrome.sites import unsigned

# How many blocks on either side of the dateline paragraph a reprinted lead may stand: a
# caption, a credit or a photo line may come between.
NEAR = 3


@cache
def _credit() -> regex.Pattern[str]:
    """A photo or source credit opening or closing a block: "(Photo: VNA)", "(Source: X)"."""
    inner = r"\((?i:photo|photos|source|image|file\s+photo|video|credit|ảnh)\b[^()\n]{0,80}\)"
    return compile_cached(rf"^\s*{inner}\s*|\s*{inner}\s*$")


# A summary and the lead sharing their opening clause: this many words at least.
MIN_SHARED_WORDS = 10
# The bare lead's opening, looked for inside a later paragraph; a dateline's dash before it.
_PROBE = 60
# ... or a dash alone at the paragraph's start, the dateline before it lost ("- The Philippines on ...").
_DASH_BEFORE = compile_cached(r"(?:\S[ \t]*(?:[-–—]+|:)|^[-–—]+)[ \t]*$")
# A summary line printed without its stop (a site's standfirst) has this many words at least.
_UNSTOPPED_WORDS = 12


class RepeatedLeadOptions(RuleOptions):
    min_words: int = setting(6, ge=1)


class RepeatedLead(Rule):
    spec = RuleSpec(
        code="NL402",
        name="repeated-lead",
        category="duplicate",
        summary="The lead paragraph printed twice: once bare and once after the dateline.",
        rationale=(
            "Web pages show the lead as a standfirst and then again as the first paragraph of "
            "the story, so a scraped article carries it twice: `The meeting took place...` and "
            "`Vientiane (VNA) - The meeting took place...`. The fix keeps the dateline version, "
            "which is the wire's own, and drops the bare copy next to it (before or after; "
            "captions between do not count). A copy a few blocks away, one with a photo or "
            "source credit on it, or one that lost some of its spaces is compared by its "
            "letters and shown for an editor (so is a paragraph of a hundred letters or more opening as the "
            "lead does and one edit in ten letters from it: '... of VN.' for '... of Vietnam.'), as is "
            "a summary printed again as the first "
            "sentence of the dateline paragraph (a summary of twelve words or more that lost its stop "
            "too, where the lead prints a stop right after its words), or the lead printed again after a dateline "
            "that a caption ran into ('... (Photo: VNA)Hanoi (VNA) – <the lead>') or that closes with "
            "a colon ('ISLAMABAD, (Site - 26th May, 2021 ) :<the lead>'; a summary of twelve words "
            "or more may have lost its stop), or after a dash alone whose dateline was lost ('- <the lead>'; "
            "the summary's source credit aside, '(Source: example.com)'); so is a summary the next "
            "paragraph restates word for word "
            "with one clause of up to 25 words added inside it ('A delegation ..., led by Ambassador X, "
            "has visited ...'); with up to two short lines of the page's between them, a credit and a "
            "date without a stop ('AFP| Last Updated: Monday, August 14, 2017 - 20:56'). A summary above the "
            "dateline that opens with the same clause as the lead, ten words or more, before the two "
            "part ('..., said the vice chairman' and '..., a Lao official told Xinhua') is the page's "
            "restatement: the lead's repeated clause is shown, with no fix. So is a summary among the "
            "first two paragraphs that one of the next three restates, its words in order but for one "
            "in ten changed or lost, words added among them ('About 40 percent of patients ...' and "
            "'About 40 percent of hospitalized patients ...'). So is a summary sentence of twelve words or "
            "more near the top that one of the next three paragraphs prints word for word after a sentence of "
            "its own ('Police arrested a man on Tuesday ... <the summary>')."
        ),
        example=(
            "Talks resume\n\nTalks resumed on Monday in Hanoi after a long pause.\n\n"
            "HANOI (VNA) - Talks resumed on Monday in Hanoi after a long pause."
        ),
        example_fixed="Talks resume\n\nHANOI (VNA) - Talks resumed on Monday in Hanoi after a long pause.",
        fix_safety="safe",
    )
    Options = RepeatedLeadOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        dateline = doc.dateline
        options: RepeatedLeadOptions = self.options  # type: ignore[assignment]
        if dateline is None:
            yield from self._summary(doc, options)
            return
        if doc.quoted:  # the shared pool leaves quoted blocks out; the lead may be one
            paragraphs = [b for b in doc.blocks if b.kind == PARAGRAPH]
            keys = full_keys = None
        else:
            pool = pools(doc)[0]  # made once per document, shared with NL401 and NL403
            paragraphs, keys, full_keys = pool.blocks, pool.keys, pool.full_keys
        index = next(
            (i for i, p in enumerate(paragraphs) if p.start <= dateline.start < p.end), None
        )
        if index is None:
            return
        reported: set[int] = set()
        for found in self._pair(doc, paragraphs, index, keys, full_keys, options):
            reported.add(found.start)
            yield found
        near = list(self._near(doc, dateline, options, reported))
        yield from near
        reported.update(found.start for found in near)
        shared = list(self._shared_opening(doc, dateline, reported))
        yield from shared
        if not reported and not shared:
            yield from self._restated_summary(doc, [b for b in doc.blocks[:8] if b.kind == PARAGRAPH])

    def _shared_opening(self, doc: Document, dateline: Block, reported: set[int]) -> Iterator[Diagnostic]:
        """A summary above the dateline whose opening clause, ten words or more, the lead opens
        with again before the two part ("... brings benefits to peoples, said the vice chairman"
        over "VIENTIANE (Xinhua) -- ... brings benefits to peoples, a Lao official told Xinhua"):
        the page's summary restating the lead; the lead's repeated clause is shown."""
        blocks = doc.blocks
        index = _holder(blocks, dateline)
        if index is None or reported or not any(b.kind == PARAGRAPH for b in blocks[max(0, index - 2 * NEAR) : index]):
            return  # no paragraph above the lead (nearly every wire story): nothing to compare
        holder = blocks[index]
        lead_tokens = doc.text[dateline.end : holder.end].split()
        lead = normalise(" ".join(lead_tokens)).split()
        if len(lead) < MIN_SHARED_WORDS or len(lead) != len(lead_tokens):
            return  # short, or a token all punctuation: the words and the text's tokens must align
        for block in blocks[max(0, index - 2 * NEAR) : index]:
            if block.kind != PARAGRAPH or block.start in reported:
                continue
            words = normalise(block.text).split()
            shared = next((k for k, (a, b) in enumerate(zip(lead, words, strict=False)) if a != b), None)
            if shared is None or shared < MIN_SHARED_WORDS:
                continue  # the whole of one is the other's opening (the passes above), or too little
            start = dateline.end + len(doc.text[dateline.end : holder.end]) - len(
                doc.text[dateline.end : holder.end].lstrip()
            )
            end = start + len(" ".join(lead_tokens[:shared]))
            if doc.text[start:end] != " ".join(lead_tokens[:shared]):
                return  # tokens parted by more than one space: no exact span to show
            yield self.diagnostic(
                start, end,
                f"the lead's opening, {shared} words, printed already in the summary on line "
                f"{doc.position(block.start)[0]}",
            )
            return

    def _pair(
        self,
        doc: Document,
        paragraphs: list[Block],
        index: int,
        keys: list[bytes] | None,
        full_keys: list[bytes] | None,
        options: RepeatedLeadOptions,
    ) -> Iterator[Diagnostic]:
        """The bare lead right next to the dateline paragraph, the same words."""
        dateline = doc.dateline
        assert dateline is not None
        # Only the paragraphs on either side: a lead repeated further down is an ordinary
        # duplicate (NL401 compares whole paragraphs, datelines included). Their letters are
        # compared first; words and the rest only for a neighbour whose letters are the lead's.
        around = [i for i in (index - 1, index + 1) if 0 <= i < len(paragraphs)]
        neighbours = [paragraphs[i] for i in around]
        if keys is None or full_keys is None:
            lead_key = compact(doc.text[dateline.end : paragraphs[index].end])
            if lead_key not in (compact(b.text) for b in neighbours):
                return
        elif keys[index] not in [full_keys[i] for i in around]:
            return
        lead = comparable(doc, paragraphs[index])
        if not lead.substantial(options.min_words):
            return
        for block in neighbours:
            neighbour = comparable(doc, block)
            if neighbour.has_dateline or not neighbour.same_text(lead):
                continue  # a copy with its dateline is an ordinary duplicate (NL401)
            line = doc.position(lead.block.start)[0]
            title = "Delete the lead without its dateline"
            edit = Edit(*removal(doc, block), "")
            fix = Fix.safe(title, edit) if stands_alone(doc, block) else Fix.display_only(title, edit)
            yield self.diagnostic(
                block.start,
                block.end,
                f"lead repeated without its dateline (the dateline version is on line {line})",
                fix,
            )

    def _near(
        self, doc: Document, dateline: Block, options: RepeatedLeadOptions, reported: set[int]
    ) -> Iterator[Diagnostic]:
        """The lead again a few blocks away, with a credit on it or spaces lost, or a summary
        that the dateline paragraph opens with: compared by letters alone."""
        blocks = doc.blocks
        index = _holder(blocks, dateline)
        if index is None:
            return
        holder = blocks[index]
        lead_text = doc.text[dateline.end : holder.end]
        lead_key = compact(_credit().sub("", lead_text) if "(" in lead_text else lead_text)
        if len(lead_key) < 5 * options.min_words:
            return
        probe = lead_key[: 5 * options.min_words]
        whole = letters(doc)
        if whole is not None and whole.count(probe) < 2:
            return  # the lead's own block holds the only copy: no other block can (nearly always)
        for j in range(max(0, index - NEAR), min(len(blocks), index + NEAR + 1)):
            block = blocks[j]
            if j == index or block.kind not in (PARAGRAPH, CAPTION) or block.start in reported:
                continue
            if probe not in compact(block.text):
                continue  # nearly every block: one C-level test
            text = _credit().sub("", block.text)
            key = compact(text)
            if len(key) < 5 * options.min_words or text.count(" ") + 1 < options.min_words:
                continue
            line = doc.position(holder.start)[0]
            edit = Edit(*removal(doc, block), "")
            if key == lead_key:
                same_words = normalise(block.text) == normalise(lead_text)
                if same_words and _prose_between(doc, block, holder, options.min_words):
                    continue  # the same words further down the story: NL401's duplicate
                title = "Delete the lead without its dateline"
                if same_words and stands_alone(doc, block):
                    yield self.diagnostic(
                        block.start, block.end,
                        f"lead repeated without its dateline (the dateline version is on line {line})",
                        Fix.safe(title, edit),
                    )
                    continue
                yield self.diagnostic(
                    block.start, block.end,
                    f"lead repeated without its dateline (the dateline version is on line {line}; "
                    "a credit or lost spaces set the copies apart)",
                    Fix.display_only("Delete the lead without its dateline", edit),
                )
            elif j < index and block.kind == PARAGRAPH and lead_key.startswith(key) and (
                ends_sentence(text) or _stop_lost(text, lead_text)
            ):
                yield self.diagnostic(
                    block.start, block.end,
                    f"summary printed again as the first sentence of the lead on line {line}",
                    Fix.display_only("Delete the summary", edit),
                )
            elif block.kind == PARAGRAPH and text.rstrip()[-1:] != ")" and _retyped(key, lead_key):
                # (a caption restating the lead, "... meets ... (Agency photo)", is the photo's)
                yield self.diagnostic(
                    block.start, block.end,
                    f"lead repeated without its dateline (the dateline version is on line {line}; "
                    "a few letters or words differ)",
                    Fix.display_only("Delete the lead without its dateline", edit),
                )

    def _summary(self, doc: Document, options: RepeatedLeadOptions) -> Iterator[Diagnostic]:
        """With no dateline: a summary line at the top that the next paragraph opens with."""
        paragraphs = [b for b in doc.blocks[:8] if b.kind == PARAGRAPH]
        for first, second in _next_sentences(paragraphs):
            if first.text.count(" ") + 1 < options.min_words:
                continue
            summary = unsigned(first.text)  # a caption's copy of the lead, its agency after it
            stop = ends_sentence(summary)
            if not stop and (summary.count(" ") + 1 < _UNSTOPPED_WORDS or "\n" in summary):
                continue  # a title, not a summary that lost its stop
            key = compact(summary)
            if len(key) < 5 * options.min_words:
                continue
            later = compact(second.text)
            line = doc.position(second.start)[0]
            title = "Delete the summary"
            if stop and len(later) > len(key) and later.startswith(key) and ends_sentence(second.text):
                message = f"summary printed again as the first sentence of the paragraph on line {line}"
            elif doc.own_markup:
                return  # a format's abstract printed again as the lead is its field, not a slip
            elif stop and _clause_inserted(summary, second.text):
                message = f"summary printed again as the lead on line {line}, a clause added inside it"
            elif _after_a_dateline(summary, second.text, key):
                # "... (Photo: VNA)Hanoi (VNA) – <the lead>": a caption run into the dateline
                # the reader could not see, with the lead after it; or a dateline the reader does
                # not know, closed by a colon ("ISLAMABAD, (Site - 26th May, 2021 ) :<the lead>").
                # The line the copy starts on: under a dateline on a line of its own, the next one.
                opening = second.text.find(summary[:LEAD_OPENING])
                if opening > 0:
                    line = doc.position(second.start + opening)[0]
                message = f"lead printed again after the dateline inside the paragraph on line {line}"
                title = "Delete the lead without its dateline"
            else:
                continue
            fix = Fix.display_only(title, Edit(*removal(doc, first), ""))
            yield self.diagnostic(first.start, first.end, message, fix)
            return
        inside = list(self._summary_inside(doc, paragraphs))
        yield from inside
        if not inside:
            yield from self._restated_summary(doc, paragraphs)

    def _summary_inside(self, doc: Document, paragraphs: list[Block]) -> Iterator[Diagnostic]:
        """A summary at the top printed again word for word as a later sentence of one of the
        next paragraphs, the story's own ("Police arrested a man on Tuesday ... <the summary>")."""
        for at, first in enumerate(paragraphs[:INSIDE_SLOTS]):
            text = first.text.strip()
            if "\n" in text or not ends_sentence(text) or text.count(" ") + 1 < _UNSTOPPED_WORDS:
                continue
            key = compact(text)
            for second in paragraphs[at + 1 : at + 1 + RESTATED_REACH]:
                if len(second.text) <= len(text) or key not in compact(second.text):
                    continue
                found = second.text.find(text[:_PROBE], 1)
                if found < 0 or not ends_sentence(second.text[:found].rstrip()) or not compact(
                        second.text[found:]).startswith(key):
                    continue
                line = doc.position(second.start + found)[0]
                yield self.diagnostic(
                    first.start, first.end, f"summary printed again inside the paragraph on line {line}",
                    Fix.display_only("Delete the summary", Edit(*removal(doc, first), "")),
                )
                return

    def _restated_summary(self, doc: Document, paragraphs: list[Block]) -> Iterator[Diagnostic]:
        """A summary at the top that a paragraph a little below restates (a caption or a credit
        may stand between), word for word but for a word in ten changed, lost or added ("About
        40 percent of patients ..." over "About 40 percent of hospitalized patients ...")."""
        if doc.own_markup:
            return  # a format's abstract restated by the lead is its field
        for at, first in enumerate(paragraphs[:SUMMARY_SLOTS]):
            if not ends_sentence(first.text) or "\n" in first.text.strip():
                continue
            probes = _probes(first.text)
            if probes is None:
                continue
            for second in paragraphs[at + 1 : at + 1 + RESTATED_REACH]:
                if _restated(first.text, probes, second.text):
                    line = doc.position(second.start)[0]
                    yield self.diagnostic(
                        first.start, first.end,
                        f"summary printed again as the lead on line {line}, a few words changed",
                        Fix.display_only("Delete the summary", Edit(*removal(doc, first), "")),
                    )
                    return


def _stop_lost(summary: str, lead: str) -> bool:
    """A summary of _UNSTOPPED_WORDS words or more, on one line and without its stop, that the lead
    prints with a stop right after its last words: the lead's first sentence, its stop lost."""
    text = summary.strip()
    if "\n" in text or text.count(" ") + 1 < _UNSTOPPED_WORDS:
        return False
    tail = text[-20:]
    at = lead.find(tail)
    return at >= 0 and lead[at + len(tail) : at + len(tail) + 1] in (".", "!", "?")


LEAD_OPENING = 30  # characters of the summary looked for in the paragraph that repeats it
# Short lines without a stop between a summary and the lead: the page's credit and date widget
# ("AFP| Last Updated: Monday, August 14, 2017 - 20:56"); this many at most, this many words each.
MAX_LINES_BETWEEN = 2
MAX_LINE_WORDS = 12


def _next_sentences(paragraphs: list[Block]) -> Iterator[tuple[Block, Block]]:
    """Each paragraph with the next, or with the one after a line or two of the page's between."""
    for at, first in enumerate(paragraphs[:-1]):
        yield first, paragraphs[at + 1]
        for between, second in zip(
            paragraphs[at + 1 : at + 1 + MAX_LINES_BETWEEN], paragraphs[at + 2 :], strict=False
        ):
            if ends_sentence(between.text) or between.text.count(" ") >= MAX_LINE_WORDS or "\n" in between.text:
                break
            yield first, second


# A summary the lead restates word for word with one clause added inside ("A delegation ...
# in New York, led by Ambassador X, head of ..., has visited ..."): the words the two share at
# the start, and the clause's length at most.
MIN_SHARED_OPENING = 5
MAX_CLAUSE_WORDS = 25
_WORD = compile_cached(r"[\p{L}\p{N}]+")


def _after_a_dateline(summary: str, paragraph: str, key: bytes) -> bool:
    """The paragraph holds the summary after a dash or a colon closing what stands before it."""
    at = paragraph.find(summary[:_PROBE], 1)  # a caption may open alike
    return at > 0 and _DASH_BEFORE.search(paragraph, 0, at) is not None and compact(paragraph[at:]).startswith(key)


def _clause_inserted(summary: str, lead: str) -> bool:
    """Every word of the summary in the lead, in order: its opening, then one clause the lead
    adds, then the rest of the summary at once."""
    words = [w.casefold() for w in _WORD.findall(summary)]
    later = [w.casefold() for w in _WORD.findall(lead)]
    shared = 0
    while shared < min(len(words), len(later)) and words[shared] == later[shared]:
        shared += 1
    rest = words[shared:]
    if shared < MIN_SHARED_OPENING or len(rest) < MIN_SHARED_OPENING:
        return False
    return any(
        later[at : at + len(rest)] == rest for at in range(shared + 1, min(len(later), shared + MAX_CLAUSE_WORDS + 1))
    )


# A summary among the first paragraphs under the title, restated by one of the next few: one
# word in this many of the summary's may be changed, lost or added.
SUMMARY_SLOTS = 2
RESTATED_REACH = 3
# A summary printed again word for word inside a later paragraph: among this many paragraphs at
# the top (a page's date and title may stand above it as paragraphs).
INSIDE_SLOTS = 4
RESTATED_WORDS_PER_CHANGE = 10
RESTATED_PROBES = 4  # the summary's longest words looked for first; one may be the changed word


def _probes(summary: str) -> list[str] | None:
    """The summary's longest words, folded, looked for first in a lead that may restate it;
    None for a summary too short to be one."""
    words = summary.split()
    if len(words) < _UNSTOPPED_WORDS:
        return None
    return [w.strip(",.;:\"'()“”‘’").casefold() for w in sorted(words, key=len)[-RESTATED_PROBES:]]


def _restated(summary: str, probes: list[str], lead: str) -> bool:
    """The lead opens with the summary's words in order, but for one word in ten of them
    changed or lost, with words added among them up to a clause's length."""
    window = lead[: len(summary) * 2 + 200]
    folded = window.casefold()
    if sum(probe not in folded for probe in probes) > 1:
        return False  # nearly every pair: the summary's longest words are not in the lead's opening
    words = [w.casefold() for w in _WORD.findall(summary)]
    if len(words) < _UNSTOPPED_WORDS:
        return False
    later = [w.casefold() for w in _WORD.findall(window)][: len(words) + MAX_CLAUSE_WORDS]
    allowed = len(words) // RESTATED_WORDS_PER_CHANGE
    if len(set(words) - set(later)) > allowed or words == later[: len(words)]:
        return False  # nearly every pair; the same words exactly are NL401's or the passes above
    from rapidfuzz.distance import LCSseq  # only for the rare pair sharing nearly every word

    return LCSseq.similarity(words, later) >= len(words) - allowed


# A copy of the lead that opens as it does, retyped a little ("... of VN." for "... of Vietnam.",
# spaces lost, a slip mended): this many letters at least, one edit per this many letters at most.
RETYPED_MIN_LETTERS = 100
LETTERS_PER_EDIT = 10


def _retyped(key: bytes, lead_key: bytes) -> bool:
    if min(len(key), len(lead_key)) < RETYPED_MIN_LETTERS:
        return False
    from rapidfuzz.distance import Levenshtein  # only for the rare block that opens as the lead does

    limit = max(len(key), len(lead_key)) // LETTERS_PER_EDIT
    return Levenshtein.distance(key, lead_key, score_cutoff=limit) <= limit


def _prose_between(doc: Document, one: Block, other: Block, min_words: int) -> bool:
    """Whether a paragraph of the story's prose stands between two blocks (captions and
    credits do not count)."""
    low, high = sorted((one, other), key=lambda b: b.start)
    return any(
        b.kind == PARAGRAPH and low.end <= b.start and b.end <= high.start
        and ends_sentence(b.text) and b.text.count(" ") + 1 >= min_words
        for b in doc.blocks
    )


def _holder(blocks: tuple[Block, ...] | list[Block], dateline: Block) -> int | None:
    """The index of the block that holds the dateline."""
    return next((i for i, b in enumerate(blocks) if b.start <= dateline.start < b.end), None)
