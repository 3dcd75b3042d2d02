"""Shared helpers for the structure rules (NL4xx): comparable paragraph text and safe removal."""

from __future__ import annotations

import string
from dataclasses import dataclass

import regex

from ..document import CAPTION, PARAGRAPH, Block, Document, block_removal

# Punctuation, symbols and every kind of quote go: "Talks resume." and 'talks resume' compare equal.
_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
_ASCII_PUNCT = string.punctuation.encode("ascii")
_ASCII_DROP = (string.punctuation + string.whitespace).encode("ascii")
# A sentence ends the block: agate lines ("Shr 12 cts vs 10 cts"), table headings and sub-headings
# ("NOTE:") do not.
_STOPS = frozenset(".!?…")
# A bullet or item number: list items are built to look alike ("- Critic, paper: Film - X").
_LIST_ITEM = regex.compile(r"(?:[-*•·▪–—]|\d{1,3}[.)])\s")
_CLOSERS = "\"'”’»)] \t\r\n"


def normalise(text: str) -> str:
    """Lower-case words without punctuation, separated by single spaces."""
    if text.isascii():  # most wire copy: bytes.translate is many times faster than a regex
        return " ".join(text.encode("ascii").translate(None, _ASCII_PUNCT).lower().decode().split())
    return " ".join(_PUNCT.sub("", text).casefold().split())


def compact(text: str) -> bytes:
    """The letters and digits alone, lower-cased: a cheap key, equal for equal `normalise`."""
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_DROP).lower()
    return "".join(_PUNCT.sub("", text).casefold().split()).encode("utf-8")


def ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _STOPS


@dataclass(frozen=True, slots=True)
class Comparable:
    """A block with cheap keys for comparing it with others; its words are made on demand."""

    block: Block
    text: str  # the block without its dateline
    key: bytes  # `compact(text)`
    n_words: int
    has_dateline: bool
    sentence: bool  # ends with a full stop, question or exclamation mark
    list_item: bool  # starts with a bullet or an item number

    def words(self) -> tuple[str, ...]:
        return tuple(normalise(self.text).split())

    def same_text(self, other: Comparable) -> bool:
        return self.key == other.key and self.words() == other.words()

    def substantial(self, min_words: int, need_sentence: bool = True) -> bool:
        """Running prose, long enough that a repeat cannot be a legitimate listing line.

        Captions are captions by structure and need no sentence ending ("... (Photo: VNA)").
        """
        if self.n_words < min_words or len(self.key) < 5 * min_words:
            return False
        return not need_sentence or self.sentence or self.n_words >= 3 * min_words


def body_text(doc: Document, block: Block) -> tuple[str, bool]:
    """The block's text without its dateline (or a copy of it), and whether it had one."""
    dateline = doc.dateline
    if dateline is None:
        return block.text, False
    if block.start <= dateline.start < block.end:
        return doc.text[dateline.end : block.end], True
    if block.text.startswith(dateline.text):  # the lead printed again, dateline and all
        return block.text[len(dateline.text) :], True
    return block.text, False


def comparable(doc: Document, block: Block) -> Comparable:
    text, has_dateline = body_text(doc, block)
    # Counting separators is enough to tell a listing line from a paragraph.
    n_words = text.count(" ") + text.count("\n") + 1
    list_item = _LIST_ITEM.match(text) is not None
    return Comparable(
        block, text, compact(text), n_words, has_dateline, ends_sentence(text), list_item
    )


def line_prefix(doc: Document, block: Block) -> str:
    """What stands on the block's first line before it (Markdown `> `, `- `, `![`…)."""
    text = doc.text
    line_start = max(text.rfind("\n", 0, block.start), text.rfind("\r", 0, block.start)) + 1
    return text[line_start : block.start]


def stands_alone(doc: Document, block: Block) -> bool:
    """The block fills its lines, so deleting it cannot leave markup or half a line behind."""
    if line_prefix(doc, block).strip():
        return False
    text = doc.text
    end = block.end
    while end < len(text) and text[end] in " \t":
        end += 1
    return end == len(text) or text[end] in "\r\n"


def is_quote_markup(doc: Document, block: Block) -> bool:
    """A Markdown block quote: a pull-quote may repeat the body on purpose."""
    return doc.format == "markdown" and ">" in line_prefix(doc, block)


# The three duplicate rules compare the same normalised blocks; the last document's are kept so
# the work is done once per document, not once per rule. Keyed by identity: a Document is
# never changed after reading, and only one is held.
_last: tuple[Document, tuple[list[Comparable], list[Comparable]]] | None = None


def pools(doc: Document) -> tuple[list[Comparable], list[Comparable]]:
    """Paragraphs (compared with paragraphs) and captions (with captions); pull-quotes left out."""
    global _last
    if _last is not None and _last[0] is doc:
        return _last[1]
    paragraphs: list[Comparable] = []
    captions: list[Comparable] = []
    markdown = doc.format == "markdown"
    for block in doc.blocks:
        if block.kind == PARAGRAPH:
            target = paragraphs
        elif block.kind == CAPTION:
            target = captions
        else:
            continue
        if markdown and is_quote_markup(doc, block):
            continue
        target.append(comparable(doc, block))
    result = (paragraphs, captions)
    _last = (doc, result)
    return result


def substantial_pools(doc: Document, min_words: int) -> list[list[Comparable]]:
    paragraphs, captions = pools(doc)
    return [
        [p for p in paragraphs if p.substantial(min_words)],
        [c for c in captions if c.substantial(min_words, need_sentence=False)],
    ]


def removal(doc: Document, block: Block) -> tuple[int, int]:
    return block_removal(doc, block)
