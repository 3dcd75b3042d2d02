"""NL408 on short lines alone: marks, counters, one word, letters set apart, a logo's text, tabs
closing the page."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import CAPTION, HEADLINE, PARAGRAPH, TABLE, Block, Document
from ...regexes import compile_cached
from ...spelling.lookup import NAME, PROPER, WORD, compiled
from ..support.chrome.lines import Line, lines_of
from ..support.chrome.menus import unbulleted
from ..support.chrome.sites import section_label
from ..support.chrome.vocabulary import PROSE_WORDS, agency_names, patterns
from .base import ChromePasses
from .shared import (
    _LOGO,
    _LONE_KINDS,
    _SCOPE,
    _TRAIL,
    _prose,
)

# A share or comment counter alone on a line: this many digits at most.
LONE_COUNTER = 3
LONE_SEPARATORS = frozenset("-–—|#•·×Xx$€£¥")  # "X", "x", "×": a close button or a social network's
# A short line of marks alone, no letter or figure in it, of two kinds of mark or more ("![]() |",
# "| ▲"): what a page leaves of an empty image or a menu's arrows. One mark repeated ("***",
# "---", "###", "// //") is a section break, a divider or an end marker.
LONE_MARKS = 12
LONE_BUTTONS = 40  # ... and a block of one button a line ("• A" three times) this long at most
_MARKS = "marks alone on a line (an empty image, a menu's arrows or separators), not text"
# An aggregator's tag: its name in capitals glued to a dash, then the source's name (its own
# abbreviation in brackets after it, or not), in brackets at a line's start.
_FEED_TAG = compile_cached(
    r"\((?:\p{Lu}{3,}|\p{Lu}{2,}\p{Ll}+)-[ \t]+\p{Lu}[^()\n]{1,60}?(?:[ \t]*\(\p{Lu}{2,10}\))?\)(?:[ \t]+|$)"
)
_FEED_TAG_HINT = re.compile(r"(?m)^\([A-Z]{2,}[A-Za-z]*- [A-Z]")
_FEED_TAG_REASON = (
    "an aggregator's source tag opening the line (its name glued to a dash), the feed's label, not the story's"
)


def _holds_story(blocks: list[Block]) -> bool:
    """Whether the page holds a story at all: a paragraph of prose."""
    return any(b.kind == PARAGRAPH and b.text.count(" ") >= PROSE_WORDS for b in blocks)


def _counter(text: str) -> bool:
    """A counter of up to three figures, or of thousands or millions shortened ("8.03K", "1.2M")."""
    if text.isdigit():
        return text.isascii() and len(text) <= LONE_COUNTER
    return text[-1:] in "KkM" and _SHORT_COUNT.fullmatch(text) is not None


_SHORT_COUNT = re.compile(r"\d{1,3}(?:\.\d{1,2})?[KkM]")


def _counter_mark(text: str) -> bool:
    """A counter, or a currency sign alone (an empty price)."""
    return _counter(text) or text in _CURRENCY_SIGNS


def _bulleted_counters(lines: list[Line], marks: list[str]) -> list[Line]:
    """The lines of the longest run of two bulleted counters or more, one under another."""
    best: list[Line] = []
    run: list[Line] = []
    for line, mark in zip(lines, marks, strict=True):
        bare = unbulleted(mark)
        if bare != mark and _counter(bare.strip()):
            run.append(line)
            best = run if len(run) > len(best) else best
        else:
            run = []
    return best if len(best) >= 2 else []


BULLETED_WIDGET = 120  # characters: a block of a widget's bulleted items, short
_COUNTER = "a counter alone on a line (a share, view or comment count of the page), not text"
_SEPARATOR = "a separator character alone on a line (the page's divider), not text"
SUBHEAD_WORD = 6  # letters: a sub-heading's one word the paragraph under it prints; a button's is shorter


def _names_subject(word: str, below: str) -> bool:
    """The paragraph under a lone word prints it, singular or plural: the word heads it."""
    stem = word[:-1] if word.endswith("s") else word
    return compile_cached(rf"(?i)(?<![\p{{L}}]){re.escape(stem)}s?(?![\p{{L}}])").search(below) is not None


_LONE_WORD_REASON = "one everyday word alone between the story's paragraphs (a button's or a label's), not text"
_LONE_WORD = compile_cached(r"\p{Lu}\p{Ll}{2,}")
LONE_WORD_LENGTH = 16  # characters: longer than any one word such a label is
_EMPTY_PRICE = "a currency sign alone on a line (a price or rate widget left empty), not text"
_CURRENCY_SIGNS = frozenset("$€£¥")
_LONE_LETTER = "a small letter alone on a line (an icon font's glyph: 'r', 'f'), not text"
_TEXT_SIZE = "a text-size widget's 'A' buttons, one a line, not text"
# Letters set one by one with a space between ("C H A N D I G A R H   S T O R I E S"): a page's
# styled banner or section title; no sentence is printed so. Five letters at least (not "U S A").
_SPACED = compile_cached(r"\p{L}(?: \p{L}){4,}(?:[ ]{2,4}\p{L}(?: \p{L})*)*")
_SPACED_KINDS = (HEADLINE, PARAGRAPH, CAPTION, TABLE)
# A time in milliseconds since 1970 alone on a line, between the years 2000 and 2035 ("1551273655000"):
# a date the page's script failed to format.
_EPOCH_MS = (946_684_800_000, 2_051_222_400_000)
_EPOCH_LINE = re.compile(r"(?m)^[ \t]*\d{13}[ \t]*$")
_SPACED_LINE = re.compile(r"(?m)^[ \t]*[^\W\d_](?: [^\W\d_]){4}")
_EPOCH_REASON = "a time in milliseconds since 1970 alone on a line (a date the page's script left unformatted)"
# Section labels one a line closing the page, a list's bullet before each or not ("- Latest" over
# "- Trending"): the tabs of a widget under the story. Two at least: one may be a heading.
TRAILING_TABS = 2
_TABS_REASON = "one of the section labels closing the page, one a line (a widget's tabs), not the story"
_SPACED_REASON = "letters set one by one with spaces between (a page's styled banner or section title), not text"


def _text_size_lines(text: str) -> bool:
    """Lines of "A" only, a list's bullet before each or not: the text-size buttons."""
    return {line.strip().lstrip("•·▪◦ \t") for line in text.split("\n")} == {"A"}


def _beside_same(doc: Document, block: Block) -> bool:
    """The block above or below prints the same text (a list's letters would run A, B, C)."""
    blocks, at = doc.blocks, doc.block_index(block)
    return any(0 <= i < len(blocks) and blocks[i].text.strip() == block.text.strip() for i in (at - 1, at + 1))
_CLOSE = "a close button or a social network's 'X' alone on a line, not text"
_GALLERY = "a photo gallery's counter before the caption, not the caption's text"
# "1 of 4. Authorities monitor ...": the gallery's counter opening a caption.
_GALLERY_COUNTER = compile_cached(r"(?:(?i:photo|image|picture|slide)\s+)?(\d{1,2})\s+of\s+(\d{1,2})[.:]\s+(?=\p{Lu})")
_ANY_COUNTER = re.compile(r"\d of \d")  # the counter's core, with the standard engine's fast scan


def _marks_only(text: str) -> bool:
    """No letter or figure, and two kinds of mark or more besides spaces ("| ▲"), or a trail's
    separators left without their links ("// // //"); dashes of any length mixed ("———-") are
    still a divider."""
    marks = set(text) - {" ", "\t"}
    if "\n" in text or any(c.isalnum() for c in text):
        return False
    if text in ("...", "…"):
        return True  # what a teaser leaves when its text is lost
    return len(marks) >= 2 and not marks <= _RULES or marks <= _TRAIL and (
        len(text.split()) >= 2 or len(text) >= TRAIL_RUN
    )


TRAIL_RUN = 3  # a trail's separators run together ("|||||||||"): this many at least

_RULES = frozenset("-‐‑‒–—―_=~*")


class LonePasses(ChromePasses):
    """Passes over short lines alone."""

    def _lone_marks(self, doc: Document) -> Iterator[Diagnostic]:
        """A paragraph that is one separator character or a small counter alone ("-", "|", "0",
        "7"), or a few marks of two kinds or more ("| ▲"): what a page leaves of a divider, a share
        or comment counter, an empty image. Longer rules
        ("---") are a digest's dividers and longer figures ("78,000") a figure the story
        displays, so neither is taken."""
        blocks = doc.blocks
        if len(blocks) < 3:
            return
        story = None  # whether the page holds a story at all, asked once a mark is seen
        # One length test in a comprehension: nearly every block is longer.
        for block in [b for b in blocks if len(b.text) <= LONE_MARKS or len(b.text) <= LONE_BUTTONS and "\n" in b.text]:
            if block.kind not in _LONE_KINDS:
                continue
            text = block.text.strip()
            buttons = "\n" in text and _text_size_lines(text)
            if len(text) > LONE_MARKS and not buttons:
                continue
            # A list's bullet before a counter ("• 16") is the page's list of counters.
            figure = text.lstrip("•·▪◦ \t") if text[:1] in "•·▪◦" else text
            counter = _counter(figure)
            if counter or len(text) == 1 and text in LONE_SEPARATORS:
                reason = (
                    _COUNTER if counter else _CLOSE if text in ("X", "x", "×")
                    else _EMPTY_PRICE if text in _CURRENCY_SIGNS else _SEPARATOR
                )
            elif _marks_only(text) and not any(block.start <= m.start < block.end for m in doc.end_markers):
                reason = _MARKS  # an end marker ("./.", "(*)") is the story's, not the page's
            elif len(text) == 1 and text.isascii() and text.islower() and text not in "ai":
                reason = _LONE_LETTER  # an icon font's glyph ("r"), shown: a list's letter may stand so
            elif figure == "A" and _beside_same(doc, block):
                reason = _TEXT_SIZE  # "A" over "A" over "A": the text-size buttons, one a line
            elif buttons:
                reason = _TEXT_SIZE  # the same buttons as one block, a list's bullet before each
            else:
                continue
            if story is None:
                story = _holds_story(blocks)
            if not story:
                return
            line = Line(block.start, block.end, block.text)
            # A divider alone carries nothing; a figure alone might be a list's number; marks
            # are shown for an editor to decide.
            yield self._line(doc, block, line, reason, reason in (_SEPARATOR, _CLOSE, _EMPTY_PRICE))

    def _logo_titles(self, doc: Document) -> Iterator[Diagnostic]:
        """A logo's description run on to the title after it ("Logo of Phnom Penh Post newspaper
        Phnom Penh Post - Villagers demand ..."): the image's words go, the title stays."""
        if "ogo of " not in doc.text and "OGO of " not in doc.text:
            return  # one C-level test: nearly every page has none
        for block in doc.blocks:
            if block.kind not in _SPACED_KINDS or "ogo of " not in block.text:
                continue
            for line in lines_of(block):
                found = patterns()["logo_title"].match(line.text)
                if found is not None:
                    start, end = line.start + found.start(), line.start + found.end()
                    yield self.diagnostic(
                        start, end, f"page chrome: {_LOGO}, run on to the title after it",
                        Fix.safe("Delete the logo's description", Edit(start, end, "")),
                    )

    def _feed_tags(self, doc: Document) -> Iterator[Diagnostic]:
        """An aggregator's source tag opening a line, its own name glued to a dash ("(MENAFN- Kuwait
        News Agency (KUNA)) KUWAIT, Sept 11 (KUNA) -- ..."): the feed's label, not the story's
        dateline or credit. Deleted unattended, with the space after it; alone, the whole line."""
        if "- " not in doc.text or _FEED_TAG_HINT.search(doc.text) is None:
            return  # one C-level test: nearly every page has none
        for block in doc.blocks:
            if block.kind not in _SPACED_KINDS:
                continue
            for line in lines_of(block):
                found = _FEED_TAG.match(line.text)
                if found is None:
                    continue
                if not line.text[found.end() :].strip():
                    yield self._line(doc, block, line, _FEED_TAG_REASON, True)
                    continue
                start, end = line.start + found.start(), line.start + found.end()
                yield self.diagnostic(
                    start, end, f"page chrome: {_FEED_TAG_REASON}",
                    Fix.safe("Delete the aggregator's tag", Edit(start, end, "")),
                )

    def _epoch_stamps(self, doc: Document) -> Iterator[Diagnostic]:
        """Thirteen figures alone on a line that read as a time of this century in milliseconds
        ("1551273655000"): the page's unformatted date. Removed unattended: it carries no words."""
        if _EPOCH_LINE.search(doc.text) is None:
            return  # one scan of the text: nearly every page has no such line
        for block in doc.blocks:
            if block.kind not in _SPACED_KINDS:
                continue
            for line in lines_of(block):
                text = line.text.strip()
                if len(text) == 13 and text.isdigit() and text.isascii() and _EPOCH_MS[0] <= int(text) < _EPOCH_MS[1]:
                    yield self._line(doc, block, line, _EPOCH_REASON, True)

    def _trailing_tabs(self, doc: Document) -> Iterator[Diagnostic]:
        """Section labels one a line at the very end of the page, under the story's prose ("- Latest",
        "- Trending"): a widget's tabs. Shown."""
        tail: list[tuple[Block, Line]] = []
        for block in reversed(doc.blocks):
            if block.kind not in _SCOPE:
                break
            lines = list(lines_of(block))
            for line in reversed(lines):
                if not section_label(line.text.strip().lstrip("-–•·▪◦* \t")):
                    break
                tail.append((block, line))
            else:
                continue  # the whole block is labels: the run may go on above it
            break
        if len(tail) < TRAILING_TABS or not _holds_story(doc.blocks):
            return
        for block, line in reversed(tail):
            yield self._line(doc, block, line, _TABS_REASON, False)

    def _spaced_letters(self, doc: Document) -> Iterator[Diagnostic]:
        """A line of letters set one by one with spaces between them ("S T O R I E S"): a
        banner's styling that a scrape kept as text. Removed unattended: it carries no words."""
        if _SPACED_LINE.search(doc.text) is None:
            return  # one scan of the text: nearly every page has no such line
        for block in doc.blocks:
            if block.kind not in _SPACED_KINDS or " " not in block.text:
                continue  # the gaps between its words make such a line a table's row too
            for line in lines_of(block):
                text = line.text.strip()
                # The second character a space: one test rules out nearly every line.
                if text[1:2] == " " and _SPACED.fullmatch(text):
                    yield self._line(doc, block, line, _SPACED_REASON, True)

    def _counter_rows(self, doc: Document) -> Iterator[Diagnostic]:
        """A block of two counters or more, one a line ("0" over "0", "$" over "0" over "0"): the
        share and comment counts of a page whose buttons' words were lost. Shown."""
        # One length test in a comprehension: nearly every block is longer.
        for block in [
            b for b in doc.blocks
            if len(b.text) <= LONE_MARKS * 2 or len(b.text) <= BULLETED_WIDGET and "•" in b.text
        ]:
            if "\n" not in block.text or block.kind not in _LONE_KINDS:
                continue
            lines = list(lines_of(block))
            marks = [line.text.strip() for line in lines]
            if not all(_counter_mark(m) for m in marks) or not any(m.isdigit() for m in marks):
                # A list's bullets before counters among its other items ("• 12/7/2017" over
                # "• 10" over "• 0"): the page's widget of a date, its views and comments.
                lines = _bulleted_counters(lines, marks)
                if not lines:
                    continue
            if not _holds_story(doc.blocks):
                return
            for line in lines:
                yield self._line(doc, block, line, _COUNTER, False)

    def _lone_words(self, doc: Document) -> Iterator[Diagnostic]:
        """A paragraph that is one everyday word, capitalised, between two of the story's
        sentences ("Details", "Popular", "Print"): a button's, a tab's or a widget's
        label that the page printed inside the story. A name, a place's or an agency's, a
        demonym, a month or a word no dictionary lists may be the story's own line (a dateline,
        a credit, a list's item); a table's row label is in capitals; with a colon
        ("Background:") it heads the prose under it."""
        blocks = doc.blocks
        # One length test in a comprehension: nearly every block is longer.
        candidates = [i for i, b in enumerate(blocks) if len(b.text) <= LONE_WORD_LENGTH and b.kind in _LONE_KINDS]
        if not candidates:
            return
        prose = [i for i, b in enumerate(blocks) if _prose(b)]
        if len(prose) < 2:
            return
        data = compiled()
        for index in candidates:
            block = blocks[index]
            word = block.text.strip()
            if _LONE_WORD.fullmatch(word) is None or not prose[0] < index < prose[-1]:
                continue
            bare = word.casefold()
            code = data.code(bare)
            if not code & WORD or code & (NAME | PROPER) or bare in agency_names():
                continue
            if len(bare) >= SUBHEAD_WORD and _names_subject(bare, blocks[index + 1].text):
                continue  # "Agreements" over "... signed 17 Free Trade Agreements": the story's sub-heading
            yield self._line(doc, block, Line(block.start, block.end, block.text), _LONE_WORD_REASON, False)

    def _gallery_counters(self, doc: Document) -> Iterator[Diagnostic]:
        """A photo gallery's counter opening a caption ("1 of 4. Authorities monitor ..."): the
        caption stays; the counter, never the story's, is offered for deletion."""
        if _ANY_COUNTER.search(doc.text) is None:
            return  # one scan of the text: nearly every story prints no counter
        for block in doc.blocks:
            text = block.text
            if block.kind not in (PARAGRAPH, CAPTION) or not (text[:1].isdigit() or text[:1] in "PpIiSs"):
                continue
            match = _GALLERY_COUNTER.match(text)
            if match is None or int(match.group(1)) > int(match.group(2)) or not 0 < int(match.group(1)):
                continue
            start, end = block.start, block.start + match.end()
            yield self.diagnostic(
                start, start + len(match.group().rstrip()), f"page chrome: {_GALLERY}",
                Fix.unsafe("Delete the counter", Edit(start, end, "")),
            )
