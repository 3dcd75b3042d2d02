"""NL408 page-chrome: lines that are web-page furniture by their shape, not by a fixed phrase."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import CAPTION, END_MARKER, HEADLINE, PARAGRAPH, SIGNOFF, Block, Document, block_removal
from ..core.rule import Rule, RuleSpec
from ..data import shipped

# Lines longer than this are prose or a table, never a button row or a widget.
MAX_LINE = 160
# A line that ends a sentence and has this many words is prose, whatever words it uses.
PROSE_WORDS = 6
# The first blocks after the headline may hold the story's own date: a date line there is left.
DATE_GRACE = 4
_SCOPE = (PARAGRAPH, CAPTION)
_ENDS = (SIGNOFF, END_MARKER)
# A '|' bar may be a long ticker of other stories' headlines.
MAX_BAR = 600
_BAR = "a navigation or title bar (parts separated by '|'), not a sentence"
_SENTENCE_END = frozenset(".!?\"”’")


class Line(NamedTuple):
    start: int
    end: int
    text: str


@cache
def _chrome() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = shipped("data/web_chrome.yaml")
    buttons = frozenset(w.lower() for w in data["buttons"])
    weak = frozenset(w.lower() for w in data["weak"])
    foreign_dates = frozenset(w.casefold() for w in data["foreign_dates"])
    return buttons, buttons - weak, foreign_dates


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    return {
        "token": regex.compile(r"[\p{L}\p{N}@#+][\p{L}\p{N}\p{M}@#+'’._-]*"),
        "number": regex.compile(r"[\d.,:/%+-]+[kKmM]?"),
        "latin": regex.compile(r"\p{Script=Latin}"),
        "other": regex.compile(r"[^\P{L}\p{Script=Latin}]"),
        "script": regex.compile(r"[^\P{L}\p{Script=Latin}]+"),
        # An English date or time, weekday, clock or zone: what a date widget is made of.
        "date_word": regex.compile(
            r"(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|"
            r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\.?|"
            r"(?:a\.?m|p\.?m)\.?|utc|gmt|ict|wib|jst|kst|cst|est|edt|bst|"
            r"updated|last|created|published|posted|on|at|\d+(?:st|nd|rd|th)|\d[\d:/.-]*"
        ),
        # A full date or a clock: a year, a numeric date or a time.
        "dated": regex.compile(r"\b(?:1[89]|20)\d\d\b|\d{1,2}:\d{2}|\d{1,4}[/-]\d{1,2}[/-]\d{2,4}"),
        # "... Read More", "[Read more...] about X": a teaser cut short with a link prompt.
        "teaser": regex.compile(
            r"(?i)(?:(?:\.{2,}|…)\s*\[?\s*read\s+more\b[\s.…\]»›>]*|"
            r"\[\s*read\s+more\s*(?:\.{2,}|…)?\s*\](?:\s+about\s+[^\n]{1,150})?)$"
        ),
        # "... the project. Read full story", "... said. Continue reading »": a link prompt
        # closing a paragraph after its last sentence.
        "prompt": regex.compile(
            r"(?i)(?<=[.!?\"”’…)])[ \t]*\[?(?:(?:read|see|view)\s+(?:the\s+)?(?:full\s+)?"
            r"(?:more|story|article|report)|continue\s+reading|click\s+here(?:\s+to\s+read\s+more)?)"
            r"\b[\s.…\]»›>]*$"
        ),
        # "Subscribe now", "Already a subscriber? Log in", "To continue reading, ...": a paywall
        # or newsletter prompt at a short line's start.
        "paywall": regex.compile(
            r"(?i)^(?:subscribe\b|sign\s+up\b|already\s+(?:a\s+)?(?:subscriber|member)\b|"
            r"to\s+(?:continue|keep)\s+reading\b|(?:this|the)\s+(?:article|story|content)\s+is\s+"
            r"(?:only\s+)?(?:available|for|reserved)\s+(?:to\s+|for\s+)?(?:our\s+)?(?:subscribers|members)\b|"
            r"become\s+a\s+(?:member|subscriber)\b|get\s+(?:unlimited|full)\s+(?:digital\s+)?access\b|"
            r"log\s*in\s+to\s+(?:read|continue)\b|you\s+have\s+reached\s+your\b)"
        ),
    }


@cache
def _first_word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+")


@cache
def _hints() -> re.Pattern[str]:
    """A line opening with a button word that is not weak, a digit, a date word or a foreign
    date, or a link prompt anywhere: what every shape but a footer needs."""
    _, strong, foreign = _chrome()
    words = "|".join(sorted(map(re.escape, strong | foreign | _DATE_OPENERS), key=len, reverse=True))
    # On the lowered text, without IGNORECASE or '^': several times faster in `re`.
    return re.compile(rf"\n[^\w\n]*(?:\d|(?:{words})\b)")


@cache
def _read_more() -> re.Pattern[str]:
    """A link prompt or a paywall prompt anywhere (on the lowered text)."""
    return re.compile(
        r"read\s+more|read\s+(?:the\s+)?full|continue\s+reading|see\s+more|click\s+here|"
        r"\n(?:subscribe|sign\s+up|already\s+a|to\s+continue|become\s+a|get\s+unlimited|you\s+have\s+reached)"
    )


_PAYWALL_OPENERS = frozenset("subscribe sign already to this the become get log login you".split())
# A site or section name above the headline: this many words at most.
SITE_WORDS = 3


_DATE_OPENERS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
    "august september october november december mon tue wed thu fri sat sun monday tuesday "
    "wednesday thursday friday saturday sunday updated last created published posted".split()
)


def _tokens(line: str) -> list[str]:
    return _patterns()["token"].findall(line)


def chrome_reason(line: str) -> tuple[str, bool] | None:
    """Why a line is page chrome, and whether that is certain (safe to delete); None for text."""
    text = line.strip()
    if not text or len(text) > MAX_LINE:
        return None
    tokens = _tokens(text)
    if text[-1] in _SENTENCE_END and len(tokens) >= PROSE_WORDS:
        return None
    pats = _patterns()
    buttons, strong, _ = _chrome()
    words = [t for t in tokens if not pats["number"].fullmatch(t)]
    latin = [w for w in words if pats["latin"].search(w)]
    if not tokens:
        return None
    if not latin and pats["other"].search(text):
        script = _script_name(text)
        return f"a line in {script} script inside English copy", False
    if latin and all(w.lower().strip("'’.") in buttons for w in latin):
        if any(w.lower().strip("'’.") in strong for w in latin):
            return _button_kind({w.lower().strip("'’.") for w in latin}), True
    if "|" in text and _bar(text):
        return _BAR, False
    return None


_KINDS = (
    (frozenset({"advertisement", "advertisements", "sponsored"}), "an advertising label"),
    (frozenset({"minute", "minutes", "min", "mins"}), "a reading-time widget"),
    (frozenset({"skip", "jump", "contents", "navigation"}), "an accessibility or navigation link"),
    (frozenset({"subscriber", "subscribers", "subscription", "newsletter", "subscribe", "unlimited"}),
     "a subscription prompt"),
    (frozenset({"a+", "a-", "font"}), "a text-size widget"),
)


def _button_kind(words: set[str]) -> str:
    """What the page's buttons are for, said in the finding."""
    for vocabulary, kind in _KINDS:
        if words & vocabulary:
            return f"{kind} of the page, not a sentence"
    return "share, print or page-control buttons and counters, not a sentence"


def _bar(text: str) -> bool:
    """Parts separated by '|', none of them a sentence; "By X | Jan. 3" is a byline."""
    if text[:3].lower() == "by ":
        return False
    parts = [p.strip() for p in text.split("|")]
    return len(parts) >= 2 and not any(
        p[-1] in ".!?" and len(p.split()) >= PROSE_WORDS for p in parts if p
    )


_PAYWALL = "a paywall or subscription prompt of the page, not the story"


def _paywall(line: str) -> bool:
    word = _first_word().search(line[:20])
    return (
        word is not None and word.group().lower() in _PAYWALL_OPENERS and len(line) <= MAX_LINE
        and _patterns()["paywall"].search(line) is not None
    )


def _may_tease(text: str) -> bool:
    tail = text[-200:].lower()
    return "more" in tail or "read" in tail or "story" in tail or "click" in tail


def _sentence(text: str) -> bool:
    """Even a short sentence ("Both sides were calm.") is the story, not its footer."""
    return text[-1:] in _SENTENCE_END and text.count(" ") >= 2


def _script_name(text: str) -> str:
    import unicodedata

    for ch in text:
        if ch.isalpha() and not _patterns()["latin"].match(ch):
            name = unicodedata.name(ch, "")
            return name.split(" ")[0].title() if name else "another"
    return "another"


def date_widget(line: str) -> bool:
    """A line of dates, weekdays, clock times and "Updated:" alone."""
    text = line.strip()
    if not text or len(text) > 60 or not any(c.isdigit() for c in text):
        return False
    tokens = _tokens(text)
    _, _, foreign = _chrome()
    date_word = _patterns()["date_word"]
    if "  " in text or not _patterns()["dated"].search(text):
        return False  # "April 3", "0.00004", a table's columns: not a widget's full date
    return all(date_word.fullmatch(t) or t.casefold() in foreign for t in tokens)


def foreign_language(line: str) -> bool:
    """Words of another language written in Latin letters ("Đăng ký:", "Kamis, 24 Februari"):
    lower-case words with letters English does not use, or month and day names of other
    languages. Capitalised words with such letters are names and do not count."""
    text = line.strip()
    if not text or len(text) > MAX_LINE:
        return False
    _, _, foreign = _chrome()
    tokens = [t for t in _tokens(text) if any(c.isalpha() for c in t)]
    if not tokens:
        return False
    odd = [t for t in tokens if t.casefold() in foreign or (t[0].islower() and _accented(t))]
    label = text.find(":")
    if label != -1 and 0 < label <= 20 and any(_accented(t) for t in _tokens(text[:label])):
        return len(odd) >= 1
    return len(odd) >= 2 and len(odd) * 5 >= len(tokens) * 2


def _accented(token: str) -> bool:
    return any(ord(c) > 127 and c.isalpha() for c in token)


def lines_of(block: Block) -> Iterator[Line]:
    pos = 0
    text = block.text
    while pos <= len(text):
        newline = text.find("\n", pos)
        end = len(text) if newline == -1 else newline
        raw = text[pos:end].rstrip("\r")
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield Line(block.start + pos + lead, block.start + pos + lead + len(stripped), stripped)
        if newline == -1:
            break
        pos = newline + 1


def line_removal(doc: Document, block: Block, line: Line) -> tuple[int, int]:
    """Delete one line of a block and exactly one line break, so no two blocks are joined; a
    block that is this line alone goes with the blank line before it."""
    if line.start == block.start and line.end == block.end:
        return block_removal(doc, block)
    text = doc.text
    if line.end < block.end:  # a line with more of the block after it: take its own break
        end = line.end
        while end < block.end and text[end] in " \t\r":
            end += 1
        start = line.start
        while start > block.start and text[start - 1] in " \t":
            start -= 1
        return start, end + 1
    start = line.start  # the block's last line: take the break before it
    while start > block.start and text[start - 1] in " \t\r\n":
        start -= 1
    return start, line.end


class PageChrome(Rule):
    spec = RuleSpec(
        code="NL408",
        name="page-chrome",
        category="residue",
        summary="A line that is web-page furniture by its shape: buttons and counters, a "
        "navigation bar, another script or language, a date widget, a teaser's 'Read more'.",
        rationale=(
            "Scraped copy keeps the page around the story: share and print buttons one per line "
            "or in a row with their counters, '|'-separated navigation and title bars, widgets "
            "in another script or language, date and author widgets, teasers of other stories "
            "cut short with 'Read more'. A fixed list of phrases never keeps up with every "
            "site, so the line's shape decides: no sentence, nothing but button words "
            "(`rules/data/web_chrome.yaml`), counters and separators, or letters English copy "
            "does not use. The finding says which shape. Only a line of buttons and counters is "
            "certain and deleted by the fix, with its own line break and no more; the other "
            "shapes are shown for an editor to decide."
        ),
        example="Talks resumed on Monday.\n\nShare\n\nFacebook\n\nTwitter",
        example_fixed="Talks resumed on Monday.",
        fix_safety="varies",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        text = doc.text
        if not text.isascii() and _mostly_other_script(text):
            return  # not English copy: its script is not a finding
        blocks = doc.blocks
        site = _site_line(blocks)
        if site is not None:
            yield self._line(
                doc, site, Line(site.start, site.end, site.text), "a site or section name above "
                "the headline-like line under it (a few words, no sentence), not the story's "
                "headline", False,
            )
        first_body = 1 if blocks and blocks[0].kind == HEADLINE else 0
        begin = 0
        lowered = text.lower()
        if (
            text.isascii()
            and "|" not in text
            and _hints().search(lowered) is None
            and _read_more().search(lowered) is None
        ):
            # No line here can open with a button word, a date or a link prompt (one C-level
            # scan): only a footer after the sign-off or end marker is left to look for.
            ends = [i for i, b in enumerate(blocks) if b.kind in _ENDS]
            if not ends or ends[-1] == len(blocks) - 1:
                return
            begin = ends[-1]
        # Each line after the story's last sentence: (block, line, reason, certain).
        seen: list[tuple[Block, Line, str | None, bool]] = []
        for index in range(begin, len(blocks)):
            block = blocks[index]
            if block.kind in _ENDS:
                seen.append((block, Line(block.start, block.end, block.text), "end", True))
                continue
            if block.kind not in _SCOPE:
                continue
            if "\n" not in block.text and (
                len(block.text) > MAX_LINE
                or block.text[-1] in _SENTENCE_END and block.text.count(" ") >= PROSE_WORDS
            ):
                if "|" in block.text and len(block.text) <= MAX_BAR and _bar(block.text):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _BAR, False)
                elif _paywall(block.text):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _PAYWALL, False)
                elif _may_tease(block.text):
                    yield from self._teaser(doc, block)  # a sentence: only its tail can be chrome
                if seen:
                    seen.clear()  # the footer is what follows the story's last sentence
                continue
            for line in lines_of(block):
                reason, certain = self._reason(line.text, index - first_body)
                if reason is not None:
                    yield self._line(doc, block, line, reason, certain)
                elif _may_tease(line.text):
                    teaser = list(self._teaser(doc, block, line))
                    yield from teaser
                    if teaser:
                        reason = "teaser"
                if reason is None and _sentence(line.text):
                    seen.clear()
                else:
                    seen.append((block, line, reason, certain))
        yield from self._after_the_end(doc, seen)

    @staticmethod
    def _reason(line: str, position: int) -> tuple[str | None, bool]:
        if len(line) > MAX_LINE:
            return (_BAR, False) if len(line) <= MAX_BAR and _bar(line) else (None, False)
        # Cheap tests first: nearly every line is prose or an agate line, and none of these
        # shapes can hold unless its first word, a '|' or a letter outside ASCII says so.
        ascii_line = line.isascii()
        word = _first_word().search(line)
        first = word.group().lower() if word is not None else ""
        buttons, _, foreign = _chrome()
        if _paywall(line):
            return _PAYWALL, False
        if ascii_line and "|" not in line and first not in buttons and first not in foreign:
            if position >= DATE_GRACE and len(line) <= 60 and date_widget(line):
                return "a date or time widget line away from the story's top", False
            return None, False
        found = chrome_reason(line)
        if found is not None:
            return found
        if (not ascii_line or first in foreign) and foreign_language(line):
            return "a line in another language inside English copy", False
        if position >= DATE_GRACE and date_widget(line):
            return "a date or time widget line away from the story's top", False
        return None, False

    def _line(self, doc: Document, block: Block, line: Line, reason: str, certain: bool) -> Diagnostic:
        span = line_removal(doc, block, line)
        title = f"Delete the line {line.text[:40]!r}"
        fix = Fix.safe(title, Edit(*span, "")) if certain else Fix.display_only(title, Edit(*span, ""))
        return self.diagnostic(line.start, line.end, f"page chrome: {reason}", fix)

    def _after_the_end(
        self, doc: Document, seen: list[tuple[Block, Line, str | None, bool]]
    ) -> Iterator[Diagnostic]:
        """`seen` holds the lines after the story's last sentence. Past the story's end there (a
        sign-off, an end marker or a row of buttons), every remaining short line is the page's footer: exchange rates,
        weather, section names. Shown for an editor, never fixed."""
        end = next((i for i, entry in enumerate(seen) if entry[3]), None)
        if end is None:
            return
        for block, line, reason, _ in seen[end + 1 :]:
            if reason is None and block.kind in _SCOPE:
                yield self._line(
                    doc, block, line, "a line of the page's footer, after the story's end "
                    "(sign-off, end marker or buttons above it)", False,
                )

    def _teaser(self, doc: Document, block: Block, line: Line | None = None) -> Iterator[Diagnostic]:
        text = block.text if line is None else line.text
        start = block.start if line is None else line.start
        lowered = text[-200:].lower()
        match = None
        if "read more" in lowered:
            match = _patterns()["teaser"].search(text, max(0, len(text) - 200))
        if match is None:
            match = _patterns()["prompt"].search(text, max(0, len(text) - 60))
            if match is None or match.start() == 0:
                return  # nothing, or a whole line of buttons: the line shapes' finding
            yield self.diagnostic(
                start + match.start() + len(match.group()) - len(match.group().lstrip()),
                start + match.end(),
                "page chrome: a link prompt closing the paragraph after its last sentence, not "
                "part of the story",
                Fix.display_only("Delete the link prompt", Edit(start + match.start(), start + match.end(), "")),
            )
            return
        yield self.diagnostic(
            start + match.start(),
            start + match.end(),
            "page chrome: a teaser cut short with a 'Read more' link; the text before it is "
            "cut too",
            Fix.display_only("Delete the link prompt", Edit(start + match.start(), start + match.end(), "")),
        )


def _site_line(blocks: tuple[Block, ...]) -> Block | None:
    """The first line when it is a site or section name ("VietnamPlus", "World News") above a
    headline-like line: a few words with no digit, then a line of title length with no
    sentence end, then the story's prose."""
    if len(blocks) < 3 or blocks[0].kind != HEADLINE or blocks[1].kind not in _SCOPE:
        return None
    site, title, body = blocks[0].text, blocks[1].text, blocks[2].text
    words = site.split()
    if not 1 <= len(words) <= SITE_WORDS or "\n" in site or any(c.isdigit() or c in ".!?:" for c in site):
        return None
    title_words = title.split()
    if (
        "\n" in title or not 5 <= len(title_words) <= 20 or title[-1] in _SENTENCE_END
        or "|" in title or not title[:1].isupper() or any(c.isdigit() for c in title)
        or chrome_reason(title) is not None
    ):
        return None
    if body[-1:] not in _SENTENCE_END or body.count(" ") < 8 or len(body) <= len(title):
        return None
    return blocks[0]


def _mostly_other_script(text: str) -> bool:
    pats = _patterns()
    sample = text[:2000]
    latin = len(pats["latin"].findall(sample))
    other = len(pats["other"].findall(sample))
    return other > latin
