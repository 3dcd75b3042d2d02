"""What NL409's passes share: telling a list's lines (titles, teasers, dates, authors) from the
story's own lines."""

from __future__ import annotations

import re

from ...core.document import CAPTION, PARAGRAPH, SIGNOFF, Block
from ...structure import find_dateline
from ..support.chrome.lines import lines_of
from ..support.chrome.vocabulary import (
    CUT_PROSE_SPACES,
    PROSE_WORDS,
)

# A header is short: "Related posts", "Other stories on the site include:".
MAX_HEADER = 60
# One linked title after a header on its line ("See also: Minister resigns") is a headline's length.
MAX_TITLE = 120
_SCOPE = (PARAGRAPH, CAPTION, SIGNOFF)


def _prose(text: str) -> bool:
    """A line of running text: a sentence with enough words (a teaser of the next story counts),
    or a line longer than any title or with more words than one, whatever it ends with (a story
    cut off by the scrape, or closed by its editor's initials: "... said Plumbly. IF/MO")."""
    return any(
        len(line.text) > MAX_TITLE or line.text.count(" ") >= CUT_PROSE_SPACES
        or line.text[-1] in ".!?\"”’" and line.text.count(" ") >= PROSE_WORDS - 1
        for line in lines_of(Block(PARAGRAPH, 0, len(text), text))
    )


TITLE_PAIRS = 3  # a title over its summary, this many pairs in a row at least
_PAIR_TITLE_SPACES = (1, 11)  # a title's spaces: two to twelve words


def _trailing_title(block: Block, last: bool) -> bool:
    """A title of a list under the story: a line of two to twelve words with no stop, in words
    (not a fixture "A v B", a table's figures or a name alone); the very last may be cut."""
    return block.kind == PARAGRAPH and "\n" not in block.text and _title_line(block.text, last, NEXT_TITLE_SPACES[1])


def _title_line(text: str, last: bool, most: int = _PAIR_TITLE_SPACES[1]) -> bool:
    """`_trailing_title`'s test of one line; `most` spaces at most."""
    if len(text) > MAX_TITLE or text[-1:] in ".:;,":
        return False
    if not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "'\"‘“"):
        return False
    spaces = text.count(" ")
    if not (2 <= spaces <= most or last and spaces >= 1):
        return False
    digits = sum(c.isdigit() for c in text)
    return " v " not in text and digits * 4 < len(text) and any(w.islower() for w in text.split()[1:])


NEXT_TITLE_SPACES = (2, 18)  # a next story's title: three to nineteen words
# A list's bullet before a title ("- Title", "• Title").
_BULLET = re.compile(r"[ \t]*[-–—•·*][ \t]+")


def _bulleted_title(text: str) -> bool:
    """A title of a list, its bullet before it ("- Police identify suspect in shooting")."""
    bullet = _BULLET.match(text)
    return bullet is not None and _title_line(text[bullet.end() :], False, NEXT_TITLE_SPACES[1])


def _story_end(block: Block) -> bool:
    """The story's last sentence: a paragraph of prose ending with its stop (a full-width one too,
    an end marker typed on an East Asian keyboard: "./。")."""
    return block.kind == PARAGRAPH and block.text[-1:] in ".!?\"”’。" and block.text.count(" ") >= PROSE_WORDS


def _teaser(block: Block, last: bool, cut: bool = False) -> bool:
    """One sentence of another story's lead alone on a line: no title, byline or dateline (the
    last may be cut off by the scrape; with `cut`, any may be, cut short by the page: "KATHMANDU:
    Preparations have been intensified at the temple premises")."""
    text = block.text
    return (
        block.kind == PARAGRAPH and "\n" not in text and text.count(" ") >= PROSE_WORDS
        and text[:1].isupper() and not text.startswith(("By ", "(By "))
        and (text[-1:] in ".!?\"”’" or last or cut and text[-1:].isalpha()) and find_dateline(block) is None
    )
