"""NL408 on listing pages: the lines a listing prints with each story, other stories' titles and
teasers under the story, the author's box."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from ...core.diagnostics import Diagnostic
from ...core.document import CAPTION, HEADLINE, PARAGRAPH, Block, Document
from ...data import shipped
from ...regexes import compile_cached
from ..support.chrome.lines import Line, lines_of
from ..support.chrome.sites import section_label
from ..support.chrome.vocabulary import MONTH, PROSE_WORDS, SENTENCE_END, patterns, story_above
from ..support.chrome.widgets import bare_date, date_widget, title_line
from ..support.header import may_be_a_name
from .base import ChromePasses
from .shared import (
    MAX_TITLE_LINE,
    _title_shape,
)

# A listing page's line printed with each story: this short, this often.
LISTING_LINE = 60
LISTING_WORDS = 10
LISTING_REPEATS = 3
LISTING_PROSE_WORDS = 10  # a table's row or a title is shorter
_FIGURES = re.compile(r"\d+")
# "Place, Country", "Helsinki, March 18 (STT)": a dateline printed on its own line, the story's,
# however often a listing shows it.
_DAY_TEXT = rf"{MONTH} \d{{1,2}}"  # a month and its day ("March 18")
_PLACE_NAME = r"\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}"
_PLACE_LINE = compile_cached(
    rf"{_PLACE_NAME}(?:, {_PLACE_NAME}(?:, {_DAY_TEXT})?|, {_DAY_TEXT})(?: \(\p{{Lu}}[\p{{L}} /&.-]{{0,30}}\))?"
)
_NO_FIGURES = str.maketrans("", "", "0123456789#")
_LISTING_REASON = "a line a listing page prints with each of its stories (the same, figures aside)"
_LISTING_ITEM = "another story's teaser between the lines a listing page prints with each of its stories"
LISTING_ITEM_WORDS = 60  # a teaser's words, at most: a story between two such lines is longer
_ALT_TITLED = "a related story's title after its thumbnail's text (the page's title in small letters), not text"
ALT_TITLE_WORDS = 3
_DATELINE_TEASER = "another story's title and the first words of its lead, cut short, under the story, not text"
DATELINE_TEASERS = 2
# A lead's dateline: "KATHMANDU: ", "NEW DELHI, Jan 5 (IANS) - ".
_TEASER_DATELINE = compile_cached(
    r"\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}(?::|,[^\n:]{0,40}?[ \t](?:--?|–|—))[ \t]+\p{L}"
)
_TEASER_DATELINES = compile_cached(r"(?m)^" + _TEASER_DATELINE.pattern)
_CUT_TEASER = "another story's teaser, cut at the width a listing gives each of its items, not text"
CUT_TEASERS = 4
CUT_TEASER_MIN = 60
_PROMPTED_ITEM = "another story's title and teaser over its 'Read more' link, under the story, not text"
PROMPTED_ITEMS = 2
_ELLIPSIS_TEASER = "another story's teaser cut short with an ellipsis, one of a run under the story, not text"
ELLIPSIS_TEASERS = 3
MIN_ELLIPSIS_TEASER = 40
_TWICE_TITLED = "another story's title printed twice with its date between, and its teaser, under the story"
TWICE_TITLED = 2
# Every link prompt of a line of its own holds one of these (`patterns()["link_line"]`).
_PROMPT_WORDS_SEEN = ("more", "story", "article", "report", "continue reading")
_AUTHOR_BOX = "the author's box under the story (the writer's name and who they are), not text"
MAX_AUTHOR_BIO = 300
# "Jane Doe is a seasoned reporter who ...": a writer's name, then who they are.
_AUTHOR_BIO = compile_cached(r"(?P<name>\p{Lu}[\p{L}'’.-]+(?:[ \t]\p{Lu}[\p{L}'’.-]+){1,2})[ \t]+is[ \t]+an?[ \t]")


@cache
def _author_words() -> frozenset[str]:
    """What a writer is: the byline's words ("reporter", "correspondent") and a few more."""
    words = shipped("data/web_chrome.yaml")["byline_words"]
    return frozenset(str(w) for w in words) | {"journalist", "journalists", "author", "columnist", "freelance"}
_DASHED_TITLE = "another story's title in a list after a dash at the end of the text, no header above it"
DASHED_TITLES = 3  # titles in a row at least


def _paragraph_lines(doc: Document) -> list[tuple[Block, Line]]:
    """Every line of the document's paragraphs, with its block (made once a document, for the
    listing passes)."""
    return [(block, line) for block in doc.blocks if block.kind == PARAGRAPH for line in lines_of(block)]


class ListingPasses(ChromePasses):
    """Passes over a listing page's repeated lines and other stories' teasers."""

    def _listing_lines(self, doc: Document) -> Iterator[Diagnostic]:
        """A short line a listing page prints with each of its stories ("8 months ago Web Desk
        0", "Updated: 3 hr ago", "Pacific Islands"): the same line, figures aside, three or more
        times with a story's text between each two. An agate table's repeated rows have none
        between them."""
        blocks = doc.blocks
        # A necessary condition first: three short blocks alike once figures (and "#") are
        # gone, or lines of one block to compare. Nearly every story stops here.
        short = [text for b in blocks if len(text := b.text) <= LISTING_LINE]
        if len(short) < LISTING_REPEATS:
            return
        alike = [text.translate(_NO_FIGURES) for text in short]
        if len(alike) - len(set(alike)) < LISTING_REPEATS - 1 and "\n" not in "".join(b.text for b in blocks):
            return
        where: dict[str, list[tuple[int, Block, Line]]] = {}
        prose: list[int] = []
        above = ""  # the line above: a listing item's date under its headline is the item's
        for index, block in enumerate(blocks):
            text = block.text
            if block.kind == PARAGRAPH and "  " not in text and len(text.split()) >= LISTING_PROSE_WORDS:
                prose.append(index)  # a story's text or its teaser (cut, "... Read More")
                above = ""
                continue
            if block.kind not in (HEADLINE, PARAGRAPH, CAPTION):
                above = ""
                continue
            for line in lines_of(block):
                text, previous, above = line.text.strip(), above, line.text
                if bare_date(text) and title_line(previous) and not section_label(previous):
                    continue
                if (
                    not text or len(text) > LISTING_LINE or text[-1] in SENTENCE_END or "  " in text
                    or len(text.split()) > LISTING_WORDS or not any(c.isalnum() for c in text)
                ):
                    continue
                if _PLACE_LINE.fullmatch(text):
                    continue  # each story's dateline set on its own line ("Nuku'alofa, Tonga")
                where.setdefault(_FIGURES.sub("#", text), []).append((index, block, line))
        for places in where.values():
            if len(places) < LISTING_REPEATS:
                continue
            apart = sum(
                1 for (a, _, _), (b, _, _) in zip(places, places[1:], strict=False)
                if any(a < p < b for p in prose)
            )
            if apart < LISTING_REPEATS - 1:
                continue
            for _, block, line in places:
                yield self._line(doc, block, line, _LISTING_REASON, False)
            if any(c.isdigit() for c in places[0][2].text):
                # Dated marks ("Mar 25", "25.11.2014 16:34"); an advert's label between the story's
                # own paragraphs ("Advertisement") parts no listing.
                yield from self._listing_items(doc, [index for index, _, _ in places])

    def _listing_items(self, doc: Document, marks: list[int]) -> Iterator[Diagnostic]:
        """The listing's stories between its lines, when one paragraph of a few sentences at most
        stands between each two of them ("Mar 25" / "Springtime cherry blossoms are drawing
        crowds ..." / "Mar 25"), and the one under the last when the text ends there."""
        blocks = doc.blocks
        if any(b - a != 2 for a, b in zip(marks, marks[1:], strict=False)):
            return  # one story between each two lines, or the lines are no such listing's
        items = marks if marks[-1] == len(blocks) - 2 else marks[:-1]  # the last one's too where the text ends
        for mark in items:
            item = blocks[mark + 1]
            if item.kind == PARAGRAPH and "\n" not in item.text and len(item.text.split()) <= LISTING_ITEM_WORDS:
                yield self._line(doc, item, Line(item.start, item.end, item.text), _LISTING_ITEM, False)

    def _alt_titled(self, doc: Document) -> Iterator[Diagnostic]:
        """Related stories' titles, each after its thumbnail's alternative text, which the page
        set to its own title in small letters ("vietnamese in laos work to strengthen solidarity
        Annual border meeting held"): no line of the story opens with its headline so written."""
        head = doc.blocks[0] if doc.blocks and doc.blocks[0].kind == HEADLINE else None
        if head is None or "\n" in head.text or len(head.text.split()) < ALT_TITLE_WORDS:
            return
        low = head.text.strip().lower()
        if low == head.text.strip() or low + " " not in doc.text:
            return  # one C-level search: nearly every story stops here
        for block in doc.blocks[1:]:
            if block.kind != PARAGRAPH:
                continue
            for line in lines_of(block):
                if line.text.startswith(low + " ") and len(line.text) > len(low) + 1:
                    yield self._line(doc, block, line, _ALT_TITLED, False)

    def _dateline_teasers(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories under the story, each a title over the first words of its lead, cut short
        of a stop ("Power outages in several areas" over "KATHMANDU: Several areas will see
        outages throughout"): two such pairs at least, under a sentence of the story."""
        found = _TEASER_DATELINES.finditer(doc.text)
        if next(found, None) is None or next(found, None) is None:
            return  # two leads' datelines at lines' starts at least: nearly never
        lines = doc.derived(_paragraph_lines)
        pairs: list[tuple[tuple[Block, Line], tuple[Block, Line]]] = []
        begun = False
        for (title_block, title), (lead_block, lead) in zip(lines, lines[1:], strict=False):
            text = title.text.strip()
            if text[-1:] in SENTENCE_END and text.count(" ") >= PROSE_WORDS:
                begun = True
                continue
            if not begun or not _title_shape(text) or len(text) > MAX_TITLE_LINE:
                continue
            cut = lead.text.rstrip()
            if cut[-1:] not in SENTENCE_END and cut[-1:] not in "\"”’)" and _TEASER_DATELINE.match(cut):
                pairs.append(((title_block, title), (lead_block, lead)))
        if len(pairs) >= DATELINE_TEASERS:
            for pair in pairs:
                for block, line in pair:
                    yield self._line(doc, block, line, _DATELINE_TEASER, False)

    def _ellipsis_teasers(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories' teasers under the story, each cut short with an ellipsis ("... has
        expanded its premium spirits…"): three lines in a row at least, the story's text above."""
        if doc.text.count("…") + doc.text.count("..") < ELLIPSIS_TEASERS:
            return  # C-level counts: nearly every story stops here
        lines = doc.derived(_paragraph_lines)
        run: list[tuple[Block, Line]] = []
        for block, line in [*lines, (None, None)]:
            text = line.text.rstrip() if line is not None else ""
            body = text.rstrip(".…")
            if (
                len(text) >= MIN_ELLIPSIS_TEASER and text.endswith(("…", "..")) and text.count(" ") >= 5
                and "…" not in body and ".." not in body  # a wire's items split by "..." are one paragraph
            ):
                run.append((block, line))
                continue
            if len(run) >= ELLIPSIS_TEASERS and story_above(doc, run[0][1].start):
                for item_block, item in run:
                    yield self._line(doc, item_block, item, _ELLIPSIS_TEASER, False)
            run = []

    def _twice_titled(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories listed under the story, each title printed twice with its date between
        ("Holding the key" / "05 Dec, 2024" / "Holding the key"), its teaser under it: two such
        items at least, the story's text above the first."""
        raw = doc.text.split("\n")
        if len(raw) - len(set(raw)) - max(raw.count("") - 1, 0) < TWICE_TITLED:
            return  # two lines printed twice at least (C-level counts): nearly every story stops here
        lines = doc.derived(_paragraph_lines)
        texts = [line.text.strip() for _, line in lines]
        items: list[list[int]] = []
        for i, title in enumerate(texts[:-2]):
            if not (title and len(title) <= MAX_TITLE_LINE and title[-1] not in SENTENCE_END and " " in title):
                continue
            if texts[i + 2] == title and date_widget(texts[i + 1]):
                item = [i, i + 1, i + 2]
                if i + 3 < len(texts) and texts[i + 3].count(" ") >= PROSE_WORDS:
                    item.append(i + 3)  # the item's teaser
                items.append(item)
        if len(items) < TWICE_TITLED:
            return
        if not story_above(doc, lines[items[0][0]][1].start):
            return  # a listing page's own items: its copy
        for item in items:
            for i in item:
                yield self._line(doc, lines[i][0], lines[i][1], _TWICE_TITLED, False)

    def _prompted_items(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories listed under the story, each a title and its teaser over a link prompt of
        its own line ("Read More"): two such items at least, the story's text above the first."""
        low = doc.text.lower()
        if sum(map(low.count, _PROMPT_WORDS_SEEN)) < PROMPTED_ITEMS:
            return  # two link prompts at least: C-level counts rule out nearly every story
        lines = doc.derived(_paragraph_lines)
        prompts = [
            i for i, (_, line) in enumerate(lines)
            if i >= 2 and len(line.text) <= 40 and patterns()["link_line"].fullmatch(line.text.strip())
        ]
        if len(prompts) < PROMPTED_ITEMS:
            return
        items = [
            (lines[i - 2], lines[i - 1]) for i in prompts
            if _title_shape(lines[i - 2][1].text.strip()) and lines[i - 1][1].text.count(" ") >= PROSE_WORDS
        ]
        if len(items) < PROMPTED_ITEMS:
            return
        if not story_above(doc, items[0][0][1].start):
            return  # a listing page's own items: its copy
        for pair in items:
            for block, line in pair:
                yield self._line(doc, block, line, _PROMPTED_ITEM, False)

    def _dashed_titles(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories' titles listed at the text's end without a header, each after a dash
        ("- China rebuffs criticism over drills"): three or more such lines in a row, no
        sentence among them, the story's text above."""
        if "\n- " not in doc.text and "\n– " not in doc.text:
            return  # one C-level scan each: nearly every story has no dashed line
        run: list[tuple[Block, Line]] = []
        lines = doc.derived(_paragraph_lines)
        for block, line in reversed(lines):
            text = line.text.strip()
            if text[:2] not in ("- ", "– ") or not _title_shape(text[2:].strip()):
                break
            run.append((block, line))
        if len(run) < DASHED_TITLES or not story_above(doc, run[-1][1].start):
            return
        above = len(lines) - len(run) - 1
        if above >= 0 and lines[above][1].text.rstrip()[-1:] == ":":
            return  # a list the story opens itself ("The pact covers:"): its points
        for block, line in reversed(run):
            yield self._line(doc, block, line, _DASHED_TITLE, False)

    def _author_box(self, doc: Document) -> Iterator[Diagnostic]:
        """The author's box under the story: a line telling who the writer is ("Jane Doe is a
        seasoned reporter who ..."), the name alone on the line above it or not."""
        if " is a" not in doc.text and " is an" not in doc.text:
            return
        blocks = [b for b in doc.blocks if b.kind == PARAGRAPH]
        begun = False
        for index, block in enumerate(blocks):
            text = block.text.strip()
            match = _AUTHOR_BIO.match(text) if begun and "\n" not in text and len(text) <= MAX_AUTHOR_BIO else None
            if match is not None and may_be_a_name(match["name"].split(), unlisted_surname=True) and (
                # Who the writer is, within a few words ("is a seasoned reporter"), not whom a
                # person of the story spoke to ("is a farmer, he told reporters").
                not _author_words().isdisjoint(w.casefold().strip(",.") for w in text[match.end() :].split()[:4])
            ):
                above = blocks[index - 1] if index else None
                if above is not None and above.text.strip() == match["name"]:
                    yield self._line(doc, above, Line(above.start, above.end, above.text), _AUTHOR_BOX, False)
                yield self._line(doc, block, Line(block.start, block.end, block.text), _AUTHOR_BOX, False)
            if text[-1:] in SENTENCE_END and text.count(" ") >= PROSE_WORDS:
                begun = True

    def _cut_teasers(self, doc: Document) -> Iterator[Diagnostic]:
        """Teasers of other stories that a listing cut at one width ("Indian cricket team's star
        batsman Virat Kohli on Monday decided to withdraw from the first two T"): four lines or
        more of the same length, each opening with a capital and cut short of a stop, a shorter
        title between two of them at most, under a sentence of the story. Hard-wrapped copy breaks
        at words, so its lines differ."""
        widths = Counter(map(len, doc.text.split("\n")))
        if not any(n >= CUT_TEASERS - 1 and width >= CUT_TEASER_MIN for width, n in widths.items()):
            return  # four lines of one length at least (a trailing space aside): nearly never
        lines = doc.derived(_paragraph_lines)
        run: list[tuple[Block, Line]] = []
        gap: list[tuple[Block, Line]] = []
        width = 0
        for block, line in [*lines, (None, None)]:
            text = line.text.rstrip() if line is not None else ""
            cut = (
                len(text) >= CUT_TEASER_MIN and (text[:1].isupper() or text[:1].isdigit()) and text.count(" ") >= 5
                and text[-1] not in SENTENCE_END and text[-1] not in "\"”’)"
            )
            if cut and run and abs(len(text) - width) <= 1:
                run.extend(gap)
                gap = []
                run.append((block, line))
                continue
            if run and line is not None and len(text) < width - 1 and not gap:
                gap.append((block, line))  # one shorter title between two teasers
                continue
            if sum(1 for _, item in run if abs(len(item.text.rstrip()) - width) <= 1) >= CUT_TEASERS and (
                story_above(doc, run[0][1].start)  # under the story: a listing page's own teasers are its copy
            ):
                for item_block, item in run:
                    yield self._line(doc, item_block, item, _CUT_TEASER, False)
            run, gap, width = ([(block, line)], [], len(text)) if cut else ([], [], 0)
