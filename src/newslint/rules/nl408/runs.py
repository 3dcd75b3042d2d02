"""NL408 on runs of short lines: a menu printed one item a line, a ticker, a language switcher."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from ...core.diagnostics import Diagnostic
from ...core.document import HEADLINE, PARAGRAPH, Block, Document
from ..support.chrome.lines import Line, lines_of
from ..support.chrome.menus import (
    LANGUAGE_LINE,
    LANGUAGE_REASON,
    LANGUAGE_RUN,
    MENU_REASON,
    MENU_RUN,
    MENU_SMALL_WORDS,
    SEPARATED_REASON,
    SEPARATED_RUN,
    TICKER_REASON,
    TICKER_RUN,
    bulleted,
    language_item,
    menu_item,
    odd_menu_item,
    separated_item,
    ticker_line,
    unbulleted,
)
from ..support.chrome.vocabulary import header_openers
from .base import ChromePasses
from .shared import (
    _prose,
)

SEPARATED_TITLE = 120  # a link's title closed by the page's separator, at most


def _shape_runs(
    items: list[tuple[Block, Line]], shape: Callable[[str], bool], longest: int = 80
) -> Iterator[list[tuple[Block, Line]]]:
    """Runs of paragraph lines of one shape, in order."""
    run: list[tuple[Block, Line]] = []
    for item in (*items, None):
        if (
            item is not None and item[0].kind == PARAGRAPH and len(item[1].text) <= longest
            and shape(unbulleted(item[1].text))
        ):
            run.append(item)
            continue
        if run:
            yield run
        run = []


# A menu's run may carry an odd item among its capitalised ones ("Expat Corner nom-nom",
# "Outlook Op-Ed In the Spotlight"): one in this many at most, each between two items.
MENU_ODD_SHARE = 3
# A first line this short opens the menu when a menu's run follows it ("Society").
MENU_HEAD_WORDS = 2


# A menu printed as a numbered list ("1. Visual Story", "2. Data"): the number is its bullet.
_LIST_NUMBER = re.compile(r"\d{1,2}[.)][ \t]+(?=\S)")


def _menu_runs(items: list[tuple[Block, Line]]) -> Iterator[list[tuple[Block, Line]]]:
    """Runs of menu items: paragraph lines of one to four capitalised words (or a label of two or
    three in sentence case), with odd short
    lines between them bridged, and a short first line when the run starts right under it."""
    run: list[tuple[Block, Line]] = []
    odd: list[tuple[Block, Line]] = []  # odd lines after the run's last item, not yet bridged
    strict = 0
    for index, item in enumerate((*items, None)):
        if item is not None and len(item[1].text) <= 80:
            block, line = item
            text = _LIST_NUMBER.sub("", unbulleted(line.text), count=1)
            head = index == 0 and block.kind == HEADLINE and len(text.split()) <= MENU_HEAD_WORDS
            if (block.kind == PARAGRAPH or head) and (menu_item(text) or _label_item(text)) and (
                text[:3] != "By " or not text[3:4].isupper()  # a byline, the story's own
            ):
                run.extend(odd)
                run.append(item)
                odd = []
                strict += 1
                continue
            if block.kind == PARAGRAPH and run and not odd and odd_menu_item(text):
                odd.append(item)
                continue
        if run and strict * MENU_ODD_SHARE >= len(run) * (MENU_ODD_SHARE - 1):
            yield run
        run, odd, strict = [], [], 0


BULLETED_MENU_RUN = 3
LABEL_ITEM_WORDS = 3
MAX_LABEL_ITEM = 40


def _label_item(text: str) -> bool:
    """A menu's item in sentence case ("Digital life", "Public bulletin board"): two or three
    words, the first capitalised, the others small, letters only, no sentence."""
    if len(text) > MAX_LABEL_ITEM or " " not in text:
        return False  # nearly every line: one comparison
    words = text.split()
    return (
        2 <= len(words) <= LABEL_ITEM_WORDS and words[0][:1].isupper()
        and all(w.isalpha() and w.islower() for w in words[1:]) and words[0].replace("'", "").replace("’", "").isalpha()
    )


def _bulleted_tail(doc: Document, run: list[tuple[Block, Line]]) -> bool:
    """A shorter run of menu items, each behind a list's bullet ("  • Email Service"), with no
    prose under it: the links of the page's footer, not a list of the story's."""
    if len(run) < BULLETED_MENU_RUN or not all(bulleted(line.text) for _, line in run):
        return False
    last = run[-1][1].end
    return not any(_prose(block) for block in doc.blocks if block.start >= last)


INTRO_WORDS = 3  # a sentence introducing a list ("Here are the ministers:"), not a menu's label ("Menu:")


def _introduced(items: list[tuple[Block, Line]], run: list[tuple[Block, Line]]) -> bool:
    """The run's line above is the story's sentence introducing a list with a colon ("Here are
    the ministers:" over "Andrew Langa, Education"): the story's own list, not a menu."""
    at = next((i for i, item in enumerate(items) if item[1].start == run[0][1].start), 0)
    if at == 0:
        return False
    above = items[at - 1][1].text.strip()
    words = above.split()
    # "Read more about:", "More from The Star:": a header of the page's links, not a sentence.
    return above[-1:] == ":" and len(words) >= INTRO_WORDS and words[0].lower() not in header_openers()



def _broken_text(run: list[tuple[Block, Line]]) -> bool:
    """A run of short capitalised lines one of which ends with a small word a menu's item may
    hold but never ends with ("Dumsile Khumalo at the" over "Hilton Garden"): a caption or
    sentence broken into lines, not a menu."""
    return any(line.text.split()[-1] in MENU_SMALL_WORDS for _, line in run)


class RunPasses(ChromePasses):
    """The pass over runs of short lines."""

    def _runs(self, doc: Document) -> Iterator[Diagnostic]:
        """Menus and tickers printed one item per paragraph or one item per line of a paragraph: no
        single line of them is telling, a run of them is."""
        # A block of another kind ends a run: its line is no item.
        items = [
            (block, line) for block in doc.blocks
            for line in (lines_of(block) if "\n" in block.text else (Line(block.start, block.end, block.text),))
        ]
        # Items are short lines: a story with too few of them has no run.
        if sum(
            block.kind == PARAGRAPH
            and (len(line.text) <= 80 or len(line.text) <= SEPARATED_TITLE and line.text[-1:] in "-|")
            for block, line in items
        ) < min(MENU_RUN, TICKER_RUN):
            return
        shapes = ((menu_item, MENU_RUN, MENU_REASON), (ticker_line, TICKER_RUN, TICKER_REASON),
                  (language_item, LANGUAGE_RUN, LANGUAGE_REASON), (separated_item, SEPARATED_RUN, SEPARATED_REASON))
        reported: set[int] = set()
        for shape, least, reason in shapes:
            if shape is language_item and sum(len(line.text) <= LANGUAGE_LINE for _, line in items) < least:
                continue  # a switcher's items are a few characters each: nearly every story has none
            # A link's title closed by the separator is a headline's length, not a menu item's.
            longest = SEPARATED_TITLE if shape is separated_item else 80
            runs = _menu_runs(items) if shape is menu_item else _shape_runs(items, shape, longest)
            for run in runs:
                enough = len(run) >= least or shape is menu_item and _bulleted_tail(doc, run)
                if enough and not (shape is menu_item and (_broken_text(run) or _introduced(items, run))):
                    for block, line in run:
                        if line.start not in reported:  # a menu of languages is one finding a line
                            reported.add(line.start)
                            yield self._line(doc, block, line, reason.format(n=len(run)), False)
