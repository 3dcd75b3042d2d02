"""Shared helpers for the structure rules (NL4xx): comparable paragraph text and safe removal."""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from operator import itemgetter
from typing import NamedTuple

from ...core.document import CAPTION, PARAGRAPH, Block, Document, block_removal
from ...regexes import compile_cached

# Punctuation, symbols and every kind of quote go: "Talks resume." and 'talks resume' compare equal.
_PUNCT = compile_cached(r"[\p{P}\p{S}]+")
_ASCII_PUNCT = string.punctuation.encode("ascii")
_ASCII_DROP = (string.punctuation + string.whitespace).encode("ascii")
_ASCII_LOWER = bytes.maketrans(string.ascii_uppercase.encode(), string.ascii_lowercase.encode())
# A sentence ends the block: agate lines ("Shr 12 cts vs 10 cts"), table headings and sub-headings
# ("NOTE:") do not.
_STOPS = frozenset(".!?…")
# A bullet or item number: list items are built to look alike ("- Critic, paper: Film - X").
_LIST_ITEM = compile_cached(r"(?:[-*•·▪–—]|\d{1,3}[.)])\s")
_CLOSERS = "\"'”’»)] \t\r\n"
# Near copies are found among blocks sharing their first or last EDGE letters (NL403). No
# `min_words` option may go below 4, and `substantial` wants 5 letters a word.
EDGE = 12
MIN_KEY = 5 * 4
_HEAD = itemgetter(slice(None, EDGE))
_TAIL = itemgetter(slice(-EDGE, None))


# An HTML tag a scrape left in one copy and not in the other ("<strong>TYPHOON AID</strong>. A
# worker ..." over "TYPHOON AID. A worker ..."): the copies compare without it.
# Tags in small letters, as pages write them: a wire's ticker in capitals ("<GATS>") is text.
_TAG = compile_cached(r"</?[a-z][a-z0-9]*(?:[ \t/][^<>\n]{0,200})?>")
_ASCII_TAG = re.compile(rb"</?[a-z]")


def _untagged(text: str) -> str:
    return _TAG.sub("", text) if "<" in text else text


def tagged(text: str) -> bool:
    """The text holds an HTML tag: a copy of it is a copy only without its markup, and deleting it
    may leave an element of the page's open, so the deletion is an editor's to make."""
    return "<" in text and _TAG.search(text) is not None


def normalise(text: str) -> str:
    """Lower-case words without punctuation or HTML tags, separated by single spaces."""
    text = _untagged(text)
    if text.isascii():  # most wire copy: bytes.translate is many times faster than a regex
        return " ".join(text.encode("ascii").translate(None, _ASCII_PUNCT).lower().decode().split())
    return " ".join(_PUNCT.sub("", text).casefold().split())


def compact(text: str) -> bytes:
    """The letters and digits alone, lower-cased: a cheap key, equal for equal `normalise`."""
    text = _untagged(text)
    if text.isascii():
        return text.encode("ascii").translate(None, _ASCII_DROP).lower()
    return "".join(_PUNCT.sub("", text).casefold().split()).encode("utf-8")


def ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in _STOPS


class Comparable(NamedTuple):
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


def comparable(doc: Document, block: Block, key: bytes | None = None) -> Comparable:
    """`key`, when given, is `compact` of the body text, already made."""
    text, has_dateline = body_text(doc, block)
    # Counting separators is enough to tell a listing line from a paragraph.
    n_words = text.count(" ") + text.count("\n") + 1
    list_item = _LIST_ITEM.match(text) is not None
    return Comparable(
        block, text, compact(text) if key is None else key, n_words, has_dateline,
        ends_sentence(_untagged(text)), list_item,
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


class Pool:
    """Paragraphs (compared with paragraphs) or captions (with captions), pull-quotes left out.

    Only the cheap keys are made for every block: almost no article has two blocks whose keys
    meet, and the full `Comparable`s are built just for the ones that do.

    A pool does not hold its document: the document keeps its pools (`Document.derived`), and
    a reference back would make every document a reference cycle, left for the garbage
    collector to find instead of freed as soon as its batch is done.
    """

    __slots__ = ("captions", "blocks", "keys", "full_keys", "repeated", "edges_meet")

    def __init__(
        self, captions: bool, blocks: list[Block], keys: list[bytes], full_keys: list[bytes]
    ) -> None:
        self.captions = captions
        self.blocks = blocks
        self.keys = keys  # `compact` of the text without its dateline (`Comparable.key`)
        self.full_keys = full_keys  # `compact` of the whole block text, dateline included
        self.repeated = False  # two full keys are equal: an exact copy is possible (NL401)
        # Two keys long enough for any `min_words` share their first or last EDGE letters: a
        # near copy is possible (NL403).
        self.edges_meet = False

    def comparables(self, doc: Document, indices: Iterable[int] | None = None) -> list[Comparable]:
        chosen = range(len(self.blocks)) if indices is None else indices
        return [comparable(doc, self.blocks[i], self.keys[i]) for i in chosen]

    def is_substantial(self, item: Comparable, min_words: int) -> bool:
        """Captions are captions by structure and need no sentence ending."""
        return item.substantial(min_words, need_sentence=not self.captions)


def letters(doc: Document) -> bytes | None:
    """`compact` of the whole text when it is ASCII (None otherwise), made once per document.
    Each block's `compact` is a slice of it, so a key that occurs in it once cannot be in two
    blocks."""
    return doc.derived(_letters)


def _letters(doc: Document) -> bytes | None:
    text = doc.text
    return text.encode("ascii").translate(_ASCII_LOWER, _ASCII_DROP) if text.isascii() else None


def pools(doc: Document) -> tuple[Pool, Pool]:
    """The paragraph and caption pools; the three duplicate rules share them (made once per
    document, kept with it)."""
    return doc.derived(_make_pools)


def _make_pools(doc: Document) -> tuple[Pool, Pool]:
    # One byte copy of the whole text: each key is then a slice and one C-level translate
    # that folds case and drops punctuation, with no per-block encode.
    raw = doc.text.encode("ascii") if doc.text.isascii() else None
    blocks = doc.blocks
    paragraphs = [b for b in blocks if b.kind == PARAGRAPH]
    captions = [b for b in blocks if b.kind == CAPTION]
    return _pool(doc, False, paragraphs, raw), _pool(doc, True, captions, raw)


def _pool(doc: Document, captions: bool, blocks: list[Block], raw: bytes | None) -> Pool:
    if blocks and doc.quoted:  # a pull-quote may repeat the body on purpose
        blocks = [b for b in blocks if not doc.is_quoted(b)]
    if not blocks:
        return _EMPTY[captions]  # most articles have no caption
    if raw is not None:
        full_keys = [raw[b.start : b.end].translate(_ASCII_LOWER, _ASCII_DROP) for b in blocks]
        if b"<" in raw and _ASCII_TAG.search(raw) is not None:  # a tagged block is keyed as `compact` keys it
            full_keys = [compact(b.text) if "<" in b.text else key for b, key in zip(blocks, full_keys, strict=True)]
    else:
        full_keys = [compact(b.text) for b in blocks]
    keys = full_keys
    dateline = doc.dateline
    if dateline is not None:
        # Only a block holding the dateline, or starting with a copy of it, has another body.
        dated = []
        if doc.text.count(dateline.text) > 1:
            dated = [i for i, b in enumerate(blocks) if b.text.startswith(dateline.text)]
        for i, block in enumerate(blocks):
            if block.end > dateline.start:
                if block.start <= dateline.start:
                    dated.append(i)
                break
        if dated:
            keys = list(full_keys)
            for i in dated:
                block = blocks[i]
                if raw is not None and block.start <= dateline.start < block.end and "<" not in block.text:
                    keys[i] = raw[dateline.end : block.end].translate(_ASCII_LOWER, _ASCII_DROP)
                else:
                    keys[i] = compact(body_text(doc, block)[0])
    pool = Pool(captions, blocks, keys, full_keys)
    count = len(keys)
    if count > 1:
        pool.repeated = len(set(full_keys)) < count
        # Paragraphs are nearly always long enough: then the filter is one C-level `min`.
        long = keys if min(map(len, keys)) >= MIN_KEY else [k for k in keys if len(k) >= MIN_KEY]
        pool.edges_meet = len(long) > 1 and (
            len(set(map(_HEAD, long))) < len(long) or len(set(map(_TAIL, long))) < len(long)
        )
    return pool


# Read-only like every pool once made: shared by every document without blocks of its kind.
_EMPTY = {False: Pool(False, [], [], []), True: Pool(True, [], [], [])}


def removal(doc: Document, block: Block) -> tuple[int, int]:
    return block_removal(doc, block)
