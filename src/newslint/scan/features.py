"""What a worker keeps of each story for the cross-article checks: a MinHash signature of its
word 5-grams, the hashes of its longer paragraphs, and its capitalised name tokens.

A story's features are small (about a kilobyte) whatever its length, so they travel to the
client, or to the shuffle that pairs stories, instead of the text."""

from __future__ import annotations

import bisect
import zlib
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
import regex

from ..spelling import is_word

NUM_PERM = 128
SHINGLE = 5  # words; short enough that a lightly edited copy keeps most of them
PARAGRAPH_MIN_WORDS = 12  # a shorter paragraph ("Reuter", a dateline) is shared by chance
# A story this short is mostly its template (a dividend notice, a daily market item): two of
# them match with different figures, so they are paired only when nearly identical.
STORY_MIN_WORDS = 40

_WORD = regex.compile(r"[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*")
# A capitalised word of letters (an all-capitals word is a headline or an acronym, not a name).
_NAME = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}])")
_SENTENCE_END = frozenset(".!?:\"“”'‘’")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATELINE = regex.compile(r"\p{Lu}[^,\n]{1,60},\s+(?:[^,\n]{1,30},\s+)?"
                          r"(Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul"
                          r"|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b", regex.IGNORECASE)
_NEWLINE = regex.compile(r"\n")
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
    # The same after the first paragraph: a re-filed story with a new lead keeps this part.
    tail_signature: np.ndarray | None = None
    # name token -> the line of its last place (a name printed in two paragraphs is in both)
    last_lines: dict[str, int] = field(default_factory=dict)
    # The day of the year its dateline names ("NEW YORK, March 16 -"), when it has one.
    dateline_day: int | None = None
    # normalised-paragraph hash -> where it starts and ends, and its words
    paragraphs: dict[int, tuple[Span, int]] = field(default_factory=dict)
    # name token -> its first place in the story
    names: dict[str, Span] = field(default_factory=dict)


_MAX_HASH = np.uint64((1 << 32) - 1)
_MIX = np.uint64(0x9E3779B97F4A7C15)
# The NUM_PERM hash functions: multiply-add-shift on 32-bit keys (a universal family that needs
# no modulo), with fixed odd multipliers so signatures from any worker and any run agree.
_RANDOM = np.random.default_rng(20240501)
_A = _RANDOM.integers(1, 1 << 63, NUM_PERM, dtype=np.uint64) | np.uint64(1)
_B = _RANDOM.integers(0, 1 << 63, NUM_PERM, dtype=np.uint64)


@lru_cache(maxsize=1 << 18)
def _word_hash(word: str) -> int:
    return zlib.crc32(word.encode())


def word_hashes(words: list[str]) -> np.ndarray:
    """crc32 of each word (stable across processes, unlike hash()); a wire archive repeats
    its words, so most come from the cache."""
    return np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))


def signatures(hashed: np.ndarray, tail_from: int | None) -> tuple[np.ndarray | None, np.ndarray | None]:
    """MinHash of the story's word 5-grams, and of those from word `tail_from` on, from its
    words' hashes. A 5-gram's hash combines its words' arithmetically: each word is hashed
    once, and the 5-grams and both signatures cost a few array operations."""
    if len(hashed) < SHINGLE:
        return None, None
    count = len(hashed) - SHINGLE + 1
    shingles = np.zeros(count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for offset in range(SHINGLE):
            shingles = shingles * _MIX + hashed[offset : offset + count]
        values = (np.outer(shingles >> np.uint64(32) ^ shingles & _MAX_HASH, _A) + _B) >> np.uint64(32)
    whole = values.min(axis=0).astype(np.uint32)
    if tail_from is None or tail_from >= count:
        return whole, None
    return whole, values[tail_from:].min(axis=0).astype(np.uint32)


class _Lines:
    """1-based (line, column) of character offsets, as the per-file findings count them."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        self.starts.extend(match.end() for match in _NEWLINE.finditer(text))

    def at(self, offset: int) -> tuple[int, int]:


        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def span(self, start: int, end: int) -> Span:
        return Span(*self.at(start), *self.at(end))


def paragraph_key(words: list[str]) -> int:
    joined = " ".join(words).encode()
    return zlib.crc32(joined) << 32 | zlib.adler32(joined)


def features(story: str, text: str, date: str | None = None) -> StoryFeatures:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = _Lines(text)
    first = text.find("\n")
    headline_end = len(text) if first < 0 else first
    body_start = 0 if first < 0 else first + 1
    body_words: list[str] = []
    lead_words = 0
    found = StoryFeatures(story, date, lines.span(0, headline_end), 0, None)
    position = body_start
    for block in _BLANK.split(text[body_start:]):
        start = text.find(block, position)
        position = start + len(block)
        stripped = block.strip()
        if not stripped:
            continue
        start += block.find(stripped)
        words = _WORD.findall(stripped.casefold())
        if not lead_words:
            found.dateline_day = dateline_day(stripped)
        lead_words = lead_words or len(words)
        body_words.extend(words)
        if len(words) >= PARAGRAPH_MIN_WORDS:
            found.paragraphs.setdefault(paragraph_key(words), (lines.span(start, start + len(stripped)), len(words)))
        for match in _NAME.finditer(stripped):
            token = match.group()
            if token.endswith(("'s", "’s")):
                token = token[:-2]
            if _sentence_start(stripped, match.start()) and is_word(token):
                continue  # a sentence's first word is capitalised whatever it is
            at = start + match.start()
            if token not in found.names:
                found.names[token] = lines.span(at, at + len(token))
            else:
                found.last_lines[token] = lines.at(at)[0]
    found.words = len(body_words)
    tail_from = lead_words if len(body_words) - lead_words >= STORY_MIN_WORDS else None
    found.signature, found.tail_signature = signatures(word_hashes(body_words), tail_from)
    return found


def dateline_day(lead: str) -> int | None:
    """Day of the year (by 31-day months; only differences matter) a dateline opening the lead names."""
    match = _DATELINE.match(lead)
    if not match:
        return None
    return _MONTHS.index(match.group(1)[:3].casefold()) * 31 + int(match.group(2))


def _sentence_start(text: str, at: int) -> bool:
    at -= 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at < 0 or text[at] in _SENTENCE_END
