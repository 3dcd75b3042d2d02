"""Document: the text of one article plus its blocks, with absolute character offsets."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple, TypeVar

if TYPE_CHECKING:
    from .sourcemap import SourceMap

T = TypeVar("T")

# Top-level block kinds, in the order they usually appear in wire copy.
HEADLINE = "headline"
BYLINE = "byline"
PARAGRAPH = "paragraph"
CAPTION = "caption"
HEADING = "heading"
TABLE = "table"
SIGNOFF = "signoff"
END_MARKER = "end-marker"
FRONT_MATTER = "front-matter"
CODE = "code"
COMMENT = "comment"
# Sub-span kinds: they lie inside a top-level block.
DATELINE = "dateline"

_LINE_BREAK = re.compile(r"\r\n|\r|\n")

PROSE_KINDS = frozenset({HEADLINE, BYLINE, PARAGRAPH, CAPTION, HEADING})


class Block(NamedTuple):
    """A span of the article with a role. A named tuple: archives create millions of them."""

    kind: str
    start: int
    end: int
    text: str


class Document:
    """An article as rules see it. Rules ask for scopes; they never re-parse the text.

    A plain class (it keeps what rules derive from it in its `__dict__`): a dataclass would
    cost a millisecond at every start of the command.

    `text` is the article as rules read it. For plain text and Markdown it is the file's text;
    a wire format's reader sets `source_map`, which places article offsets in the file (see
    `sourcemap.py`): findings and fixes are mapped through it, rules never need to know."""

    source_map: SourceMap | None = None

    def __init__(
        self,
        text: str,
        path: str = "<string>",
        format: str = "text",
        blocks: tuple[Block, ...] = (),
        dateline: Block | None = None,
        end_markers: tuple[Block, ...] = (),
        meta: dict[str, object] | None = None,
        own_markup: bool = False,
        quoted: frozenset[int] = frozenset(),
    ) -> None:
        self.text = text
        self.path = path
        self.format = format
        self.blocks = blocks
        self.dateline = dateline
        self.end_markers = end_markers
        self.meta: dict[str, object] = {} if meta is None else meta
        # Set by the reader, so rules never ask which format the text came from. `own_markup`:
        # markup in the text is the format's own (Markdown's HTML, a wire format's codes) or
        # was decoded by the reader (XML, JSON), so none of it is left-over residue.
        # `quoted`: the starts of blocks the format marks as quoted (Markdown `> `), where a
        # pull-quote may repeat the body on purpose.
        self.own_markup = own_markup
        self.quoted = quoted

    def __repr__(self) -> str:
        return f"Document(path={self.path!r}, format={self.format!r}, {len(self.blocks)} blocks)"

    @cached_property
    def _line_starts(self) -> list[int]:
        return [0, *(m.end() for m in _LINE_BREAK.finditer(self.text))]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset; columns count characters. A mapped
        document's offsets are placed in its file (a rule's "see line N" names a file line)."""
        if self.source_map is not None:
            return self.derived(Document.in_file).position(self.source_map.offset(offset))
        starts = self._line_starts
        line = bisect.bisect_right(starts, offset) - 1
        return line + 1, offset - starts[line] + 1

    def position_to_offset(self, line: int, column: int = 1) -> int:
        return self._line_starts[line - 1] + column - 1

    def line_text(self, line: int) -> str:
        starts = self._line_starts
        begin = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.text)
        return self.text[begin:end].rstrip("\r\n")

    def blocks_of(self, *kinds: str) -> Iterator[Block]:
        wanted = set(kinds)
        return (b for b in self.blocks if b.kind in wanted)

    # The properties below are asked for every article by several rules: each filters the
    # blocks directly, without `blocks_of`'s set of kinds and second generator.
    @property
    def prose(self) -> Iterator[Block]:
        """Every block of running text a reader sees: headline, byline, paragraphs, captions."""
        return (b for b in self.blocks if b.kind in PROSE_KINDS)

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == HEADLINE), None)

    @property
    def paragraphs(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == PARAGRAPH]

    @property
    def captions(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == CAPTION]

    @property
    def signoff(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == SIGNOFF), None)

    @property
    def article_date(self) -> date | None:
        value = self.meta.get("date")
        return value if isinstance(value, date) else None

    def derived(self, make: Callable[[Document], T]) -> T:
        """What several rules compute from this document (the word scan, the paragraphs'
        comparison keys), made by `make` on first request and kept as long as the document,
        so rules can run in any order over a batch of documents and still share it."""
        made = self.__dict__.setdefault("_derived", {})
        try:
            return made[make]  # type: ignore[no-any-return]
        except KeyError:
            value = made[make] = make(self)
            return value

    @property
    def file_text(self) -> str:
        """The text of the file as read: the article's text unless a source map says otherwise."""
        return self.text if self.source_map is None else self.source_map.file_text

    def in_file(self) -> Document:
        """A document whose text is the file's, for placing findings mapped to the file."""
        if self.source_map is None:
            return self
        return Document(self.source_map.file_text, self.path, self.format, own_markup=self.own_markup)

    def is_quoted(self, block: Block) -> bool:
        """The reader found the block inside a quote (a pull-quote in Markdown)."""
        return block.start in self.quoted

    @cached_property
    def _block_starts(self) -> list[int]:
        return [block.start for block in self.blocks]

    def block_index(self, block: Block) -> int:
        """The block's place in `blocks` (blocks stand in text order and never overlap)."""
        return bisect.bisect_left(self._block_starts, block.start)

    def block_at(self, offset: int) -> Block | None:
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None


def block_removal(doc: Document, block: Block) -> tuple[int, int]:
    """The span that deletes a block together with the line break(s) that separated it.

    Removes the whitespace before the block (so the previous block keeps its own ending); a
    first block, or one whose break above is wider than the one below, takes the whitespace
    after it instead.
    """
    text = doc.text
    start = block.start
    while start > 0 and text[start - 1] in " \t\r\n":
        start -= 1
    end = block.end
    while end < len(text) and text[end] in " \t\r\n":
        end += 1
    if start > 0 and (end == len(text) or text.count("\n", start, block.start) <= text.count("\n", block.end, end)):
        while text[start] in " \t":  # the line above keeps its own trailing spaces
            start += 1
        stop = block.end
        while stop < len(text) and text[stop] in " \t":
            stop += 1  # and the block's own go with it, not onto the line above
        return start, stop
    # A first block, or one set closer to the next than to the previous (a paragraph break
    # above, a line break below): the break after it goes, so the paragraph break stays.
    return block.start, end
