"""What a worker keeps of each story for the cross-article checks: a MinHash signature of its
word 5-grams, the hashes of its longer paragraphs, and its capitalised name tokens.

A story's features are small (about a kilobyte) whatever its length, so they travel to the
client, or to the shuffle that pairs stories, instead of the text."""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from functools import cache

import numpy as np
import regex

NUM_PERM = 128
SCHEME = "affine32"  # 32-bit hash values: half the memory of the 64-bit scheme
SHINGLE = 5  # words; short enough that a lightly edited copy keeps most of them
PARAGRAPH_MIN_WORDS = 12  # a shorter paragraph ("Reuter", a dateline) is shared by chance

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*")
# A capitalised word of letters (an all-capitals word is a headline or an acronym, not a name).
_NAME = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}])")
_SENTENCE_END = regex.compile(r"[.!?:\"“”'‘’]\s*$")
_BLANK = regex.compile(r"\n[ \t]*\n")


@dataclass
class Span:
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass
class StoryFeatures:
    story: str  # its path, or the id column of a table
    date: str | None
    headline: Span
    words: int
    signature: np.ndarray | None  # uint32[NUM_PERM]; None when too short to compare
    # normalised-paragraph hash -> where it starts and ends
    paragraphs: dict[int, Span] = field(default_factory=dict)
    # name token -> its first place in the story
    names: dict[str, Span] = field(default_factory=dict)


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations  # type: ignore[no-any-return]


def signature(words: list[str]) -> np.ndarray | None:
    """MinHash (datasketch's permutations) of the word 5-grams; crc32 as the base hash, which
    is many times cheaper than sha1 and spreads short strings well enough for a sketch."""
    from datasketch import MinHash

    if len(words) < SHINGLE:
        return None
    shingles = {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}
    sketch = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32, permutations=_permutations(), scheme=SCHEME)
    sketch.update_batch(list(shingles))
    return sketch.hashvalues.astype(np.uint32)


class _Lines:
    """1-based (line, column) of character offsets, as the per-file findings count them."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")

    def at(self, offset: int) -> tuple[int, int]:
        import bisect

        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        return Span(*self.at(start), *self.at(end))


def paragraph_key(words: list[str]) -> int:
    return zlib.crc32(" ".join(words).encode()) << 32 | zlib.adler32(" ".join(words).encode())


def features(story: str, text: str, date: str | None = None) -> StoryFeatures:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = _Lines(text)
    first = text.find("\n")
    headline_end = len(text) if first < 0 else first
    body_start = 0 if first < 0 else first + 1
    body_words = [w.casefold() for w in _WORD.findall(text, body_start)]
    found = StoryFeatures(story, date, lines.span(0, headline_end), len(body_words), signature(body_words))
    position = body_start
    for block in _BLANK.split(text[body_start:]):
        start = text.find(block, position)
        position = start + len(block)
        stripped = block.strip()
        if not stripped:
            continue
        start += block.find(stripped)
        words = [w.casefold() for w in _WORD.findall(stripped)]
        if len(words) >= PARAGRAPH_MIN_WORDS:
            found.paragraphs.setdefault(paragraph_key(words), lines.span(start, start + len(stripped)))
        for match in _NAME.finditer(stripped):
            before = stripped[: match.start()]
            if not before.strip() or _SENTENCE_END.search(before):
                continue  # a sentence's first word is capitalised whatever it is
            token = match.group()
            if token not in found.names:
                at = start + match.start()
                found.names[token] = lines.span(at, at + len(token))
    return found
