"""What a worker keeps of each story for the cross-article checks: a MinHash signature of its
word 5-grams (and one of the text after its lead), the hashes of its longer paragraphs, and its
capitalised name tokens.

Features are extracted a partition at a time, as arrays: the partition's texts are joined into
one string and every step (words, their hashes, 5-grams, signatures, paragraphs, line numbers)
is a handful of numpy operations over all its characters at once, instead of Python code per
word. Only the name tokens are found by a regular expression (one call over the partition).
A story's features are small (a few hundred bytes) whatever its length, so they travel to the
client, or to the shuffle that pairs stories, instead of the text.

Long on purpose: the vectorised extraction works on one partition's joined text, and its steps share
the arrays it builds; split, each step would rebuild them."""

from __future__ import annotations

import calendar
import datetime
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

import numpy as np
import regex

NUM_PERM = 128
SHINGLE = 5  # words; short enough that a lightly edited copy keeps most of them
# A shorter paragraph ("Reuter", "Shr 18 cts vs 13 cts") is shared by chance; one this long but
# shorter than ArchiveOptions.caption_words counts only where it names people or places (a caption).
PARAGRAPH_MIN_WORDS = 5
# A story this short is mostly its template (a dividend notice, a daily market item): two of
# them match with different figures, so they are paired only when nearly identical.
STORY_MIN_WORDS = 40
# Characters of one story that are looked at (a story this long is no news story; its opening
# identifies it), and of stories extracted together (bounds a worker's arrays).
MAX_CHARS = 1 << 20
EMPTY = np.uint32(0xFFFFFFFF)  # a signature position no 5-gram fell into

# A capitalised word of letters (an all-capitals word is a headline or an acronym, not a name).
_NAME = regex.compile(r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}])")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATELINE = regex.compile(r"\p{Lu}[^,\n]{1,60},\s+(?:[^,\n]{1,30},\s+)?"
                          r"(Jan|Feb|March|Mar|April|Apr|May|June|Jun|July|Jul"
                          r"|Aug|Sept|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})\b", regex.IGNORECASE)

# Character classes (bits), looked up for every code point of the basic plane at once.
_WORD, _JOIN, _SPACE, _BLANK, _END, _UPPER, _LOWER, _HYPHEN = 1, 2, 4, 8, 16, 32, 64, 128
_JOINERS = "'’."  # inside a word: "U.S", "don't"
_NAME_JOINERS = "'’-"  # inside a name: "O'Hara", "Jean-Pierre"
_SENTENCE_END = ".!?:\"“”'‘’"


@lru_cache(maxsize=1)
def _tables() -> tuple[np.ndarray, np.ndarray]:
    """Each basic-plane code point's class bits, and its lower-case form (one code point)."""
    classes = np.zeros(0x10000, dtype=np.uint8)
    lower = np.arange(0x10000, dtype=np.uint64)
    for point in range(0x10000):
        char = chr(point)
        category = unicodedata.category(char)
        bits = _WORD if category[0] in "LN" else 0
        bits |= _UPPER if category == "Lu" else _LOWER if category == "Ll" else 0
        if char.isspace():
            bits |= _SPACE
        classes[point] = bits
        folded = char.lower()
        if len(folded) == 1:
            lower[point] = ord(folded)
    for char in _JOINERS:
        classes[ord(char)] |= _JOIN
    for char in _NAME_JOINERS:
        classes[ord(char)] |= _HYPHEN
    for char in " \t":
        classes[ord(char)] |= _BLANK
    for char in _SENTENCE_END:
        classes[ord(char)] |= _END
    classes[0xFFFF] = 0  # code points beyond the basic plane are looked up here
    return classes, lower


_MASK64 = (1 << 64) - 1


_POWERS: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _powers(base: int, length: int) -> tuple[np.ndarray, np.ndarray]:
    """base**i and base**-i modulo 2**64 for i < length (at least): a rolling hash of any slice
    of an array, from one cumulative sum, is then independent of where the slice starts."""
    known = _POWERS.get(base)
    if known is not None and len(known[0]) >= length:
        return known
    size = 1 << max(16, (length - 1).bit_length())
    inverse = pow(base, -1, 1 << 64)
    with np.errstate(over="ignore"):
        up = np.cumprod(np.full(size, base, dtype=np.uint64))
        down = np.cumprod(np.full(size, inverse, dtype=np.uint64))
    _POWERS[base] = np.r_[np.uint64(1), up[:-1]], np.r_[np.uint64(1), down[:-1]]
    return _POWERS[base]


_CHAR_BASE = 0x100000001B3 | 1
_WORD_BASE = 0x9E3779B97F4A7C15


class _Rolling:
    """Polynomial hashes of slices of one array (uint64 arithmetic wraps modulo 2**64)."""

    def __init__(self, values: np.ndarray, base: int) -> None:
        up, self.down = _powers(base, len(values) + 1)
        self.prefix = np.zeros(len(values) + 1, dtype=np.uint64)
        with np.errstate(over="ignore"):
            np.cumsum(values * up[: len(values)], out=self.prefix[1:])

    def __call__(self, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        with np.errstate(over="ignore"):
            return (self.prefix[ends] - self.prefix[starts]) * self.down[starts]


def _mix(values: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: every output bit depends on every input bit."""
    with np.errstate(over="ignore"):
        values = (values ^ (values >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        values = (values ^ (values >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        return values ^ (values >> np.uint64(31))


# One-permutation MinHash (Li, Owen and Zhang 2012): each 5-gram's hash picks one of NUM_PERM
# bins (its top bits) and competes for that bin's minimum (its low bits), so two signatures
# agree in a position about as often as their 5-gram sets overlap (Jaccard), as with NUM_PERM
# hash functions, at the cost of one hash per 5-gram.
_BIN_SHIFT = np.uint64(64 - int(np.log2(NUM_PERM)))
_ROTATION = np.uint32(0x9E3779B9)


def _densify(signatures: np.ndarray) -> None:
    """A bin no 5-gram fell into takes the value of the next bin that has one (cyclically),
    shifted by how far away it is (rotation densification, Shrivastava and Li 2014): two
    stories agree there as often as their 5-grams do."""
    empty = signatures == EMPTY
    rows = np.flatnonzero(empty.any(axis=1) & ~empty.all(axis=1))
    if not len(rows):
        return
    doubled = np.concatenate([signatures[rows], signatures[rows]], axis=1)
    index = np.where(doubled != EMPTY, np.arange(2 * NUM_PERM), 2 * NUM_PERM)
    following = np.minimum.accumulate(index[:, ::-1], axis=1)[:, ::-1][:, :NUM_PERM]
    distance = (following - np.arange(NUM_PERM)).astype(np.uint32)
    with np.errstate(over="ignore"):
        signatures[rows] = np.take_along_axis(doubled, following, axis=1) + distance * _ROTATION


def _minhash(story: np.ndarray, hashes: np.ndarray, count: int) -> np.ndarray:
    signatures = np.full((count, NUM_PERM), EMPTY, dtype=np.uint32)
    bins = (hashes >> _BIN_SHIFT).astype(np.int64)
    np.minimum.at(signatures.reshape(-1), story * NUM_PERM + bins, (hashes & np.uint64(0xFFFFFFFF)).astype(np.uint32))
    _densify(signatures)
    return signatures


class Span(NamedTuple):
    line: int
    column: int
    end_line: int
    end_column: int


@dataclass
class Features:
    """Columns of the features of a run of stories (one partition's, or the whole archive's)."""

    stories: list[str]  # its path, or the id column of a table
    dates: list[str | None]
    headline: np.ndarray  # int32 (n, 4): the first line's span
    words: np.ndarray  # int32 (n,): words after the headline
    signature: np.ndarray  # uint32 (n, NUM_PERM); all EMPTY when too short to compare
    # The same after the first paragraph: a re-filed story with a new lead keeps this part.
    tail: np.ndarray
    # The day of the year its dateline names ("NEW YORK, March 16 -"); -1 when it has none.
    dateline_day: np.ndarray
    # Its headline (the first line), case-folded, hashed; 0 when it has none.
    headline_key: np.ndarray
    # Paragraphs of PARAGRAPH_MIN_WORDS words or more: story, normalised-text hash, span, words.
    paragraph_story: np.ndarray
    paragraph_key: np.ndarray
    paragraph_span: np.ndarray
    paragraph_words: np.ndarray
    # One row per story and name it prints: the name (index into `vocabulary`), its first place
    # and the line of its last (a name printed in two paragraphs is in both).
    name_story: np.ndarray
    name_id: np.ndarray
    name_span: np.ndarray
    name_last_line: np.ndarray
    # One row per story and two names printed side by side ("South Korea"): (left, right) ids.
    pair_story: np.ndarray
    pair: np.ndarray
    vocabulary: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.stories)

    def signed(self, tails: bool = False) -> np.ndarray:
        return (self.tail if tails else self.signature)[:, 0] != EMPTY

    @cached_property
    def _name_offsets(self) -> list[int]:
        return np.searchsorted(self.name_story, np.arange(len(self.stories) + 1)).tolist()

    def name_rows(self, story: int) -> slice:
        """The rows of `name_*` that are this story's (rows are sorted by story)."""
        return slice(self._name_offsets[story], self._name_offsets[story + 1])

    def names_of(self, story: int) -> dict[str, Span]:
        rows = self.name_rows(story)
        return {self.vocabulary[i]: Span(*map(int, span))
                for i, span in zip(self.name_id[rows], self.name_span[rows], strict=True)}

    @staticmethod
    def concat(parts: Sequence[Features]) -> Features:
        if len(parts) == 1:
            return parts[0]
        index: dict[str, int] = {}
        ids = []
        pairs = []
        offset = 0
        story_offsets = []
        for part in parts:
            mapping = np.array([index.setdefault(name, len(index)) for name in part.vocabulary], dtype=np.int32)
            ids.append(mapping[part.name_id] if len(part.name_id) else part.name_id)
            pairs.append(mapping[part.pair] if len(part.pair) else part.pair)
            story_offsets.append(offset)
            offset += len(part)

        def joined(attribute: str, shift: bool = False) -> np.ndarray:
            arrays = [getattr(p, attribute) + (o if shift else 0) for p, o in zip(parts, story_offsets, strict=True)]
            return np.concatenate(arrays) if arrays else np.zeros(0)

        return Features(
            [s for p in parts for s in p.stories], [d for p in parts for d in p.dates], joined("headline"),
            joined("words"), joined("signature"), joined("tail"), joined("dateline_day"), joined("headline_key"),
            joined("paragraph_story", True), joined("paragraph_key"), joined("paragraph_span"),
            joined("paragraph_words"), joined("name_story", True),
            np.concatenate(ids) if ids else np.zeros(0, dtype=np.int32), joined("name_span"),
            joined("name_last_line"), joined("pair_story", True),
            np.concatenate(pairs) if pairs else np.zeros((0, 2), dtype=np.int32), list(index))


def features(story: str, text: str, date: str | None = None) -> Features:
    """One story's features (a run of one)."""
    return extract([(story, text, date)])


def extract(items: Iterable[tuple[str, str, str | None]]) -> Features:
    """The features of (story, text, date) triples, a run of stories of at most MAX_CHARS at a time."""
    parts: list[Features] = []
    run: list[tuple[str, str, str | None]] = []
    size = 0
    for story, text, date in items:
        text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
        if run and size + len(text) > MAX_CHARS:
            parts.append(_extract(run))
            run, size = [], 0
        run.append((story, text, date))
        size += len(text) + 2
    if run or not parts:
        parts.append(_extract(run))
    return Features.concat(parts)


def _extract(run: list[tuple[str, str, str | None]]) -> Features:
    classes, lower = _tables()
    texts = [text for _, text, _ in run]
    count = len(run)
    joined = "\n\n".join(texts)  # a blank line: no paragraph runs from one story into the next
    starts = np.cumsum([0] + [len(t) + 2 for t in texts[:-1]]).astype(np.int64) if count else np.zeros(0, np.int64)
    if joined.isascii():  # most wire copy: one byte a character, classes by bytes.translate
        encoded = joined.encode("ascii")
        points = np.frombuffer(encoded, dtype=np.uint8)
        kind = np.frombuffer(encoded.translate(_ascii_table()), dtype=np.uint8)
        folded = np.frombuffer(encoded.lower(), dtype=np.uint8).astype(np.uint64)
    else:
        points = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
        basic = np.minimum(points, 0xFFFF)
        kind = classes[basic]
        folded = np.where(points > 0xFFFF, points, lower[basic])
    size = len(points)

    # Lines: where they start and end, whose they are, which are blank, which are headlines.
    newlines = np.flatnonzero(points == 10)
    line_start = np.r_[0, newlines + 1]
    line_end = np.r_[newlines, size]
    solid = np.zeros(size + 1, dtype=np.int32)
    np.cumsum((kind & _BLANK) == 0, out=solid[1:])
    body_line = solid[line_end] > solid[line_start]  # more than spaces and tabs
    line_story = np.searchsorted(starts, line_start, side="right") - 1
    first_line = np.searchsorted(line_start, starts)
    body_line[first_line] = False
    # Paragraphs: runs of non-blank body lines.
    opens = body_line & ~np.r_[False, body_line[:-1]]
    line_paragraph = np.where(body_line, np.cumsum(opens) - 1, -1)
    paragraph_first_line = np.flatnonzero(opens)
    paragraph_last_line = np.flatnonzero(body_line & ~np.r_[body_line[1:], False])
    paragraph_start = line_start[paragraph_first_line]

    # Words: letters and digits, joined by an apostrophe or a full stop between two of them.
    word = (kind & _WORD) != 0
    if size > 2:
        word[1:-1] |= ((kind[1:-1] & _JOIN) != 0) & word[:-2] & word[2:]
    word_start, word_end = _runs(word)
    word_line = np.searchsorted(line_start, word_start, side="right") - 1
    word_paragraph = line_paragraph[word_line]
    keep = word_paragraph >= 0
    word_start, word_end, word_line, word_paragraph = (
        word_start[keep], word_end[keep], word_line[keep], word_paragraph[keep])
    word_story = line_story[word_line]
    rolling = _Rolling(folded, _CHAR_BASE)
    word_hash = _mix(rolling(word_start, word_end))

    words = np.bincount(word_story, minlength=count).astype(np.int32)
    story_first_word = np.searchsorted(word_story, np.arange(count))
    paragraph_words = np.bincount(word_paragraph, minlength=len(paragraph_first_line)).astype(np.int32)
    has_words = words > 0
    lead_paragraph = np.full(count, -1, dtype=np.int64)
    lead_words = np.zeros(count, dtype=np.int64)
    if len(word_paragraph):
        lead_paragraph[has_words] = word_paragraph[story_first_word[has_words]]
        lead_words[has_words] = paragraph_words[lead_paragraph[has_words]]
    tail_from = np.where(words - lead_words >= STORY_MIN_WORDS, lead_words, np.iinfo(np.int64).max)

    # 5-grams of each story's words (none across two stories), and the two signatures.
    signature = np.full((count, NUM_PERM), EMPTY, dtype=np.uint32)
    tail = signature.copy()
    grams = len(word_hash) - SHINGLE + 1
    if grams > 0:
        with np.errstate(over="ignore"):
            gram = word_hash[:grams].copy()
            for offset in range(1, SHINGLE):
                gram = gram * np.uint64(_WORD_BASE) + word_hash[offset : offset + grams]
        gram = _mix(gram)
        owner = word_story[:grams]
        whole = owner == word_story[SHINGLE - 1 :]
        signature = _minhash(owner[whole], gram[whole], count)
        after = whole & (np.arange(grams) - story_first_word[owner] >= tail_from[owner])
        if after.any():
            tail = _minhash(owner[after], gram[after], count)

    # Paragraphs long enough to be shared only on purpose: the hash of their words, and where
    # their text (stripped) starts and ends.
    paragraph_story = line_story[paragraph_first_line]
    paragraph_word_start = np.searchsorted(word_paragraph, np.arange(len(paragraph_first_line)))
    long = np.flatnonzero(paragraph_words >= PARAGRAPH_MIN_WORDS)
    key = _mix(_Rolling(word_hash, _WORD_BASE)(paragraph_word_start[long],
                                                 paragraph_word_start[long] + paragraph_words[long]))
    solid_at = np.flatnonzero((kind & _SPACE) == 0)
    text_start = solid_at[np.searchsorted(solid_at, paragraph_start[long])]
    text_end = solid_at[np.searchsorted(solid_at, line_end[paragraph_last_line[long]]) - 1] + 1
    long_story = paragraph_story[long]
    # A story printing one paragraph twice keeps its first place.
    with np.errstate(over="ignore"):
        _, first_of = np.unique(_mix(key ^ long_story.astype(np.uint64) * np.uint64(_WORD_BASE)), return_index=True)
    first_of.sort()

    def spans(begin: np.ndarray, end: np.ndarray) -> np.ndarray:
        return np.stack([*_places(begin, line_start, first_line, line_story),
                         *_places(end, line_start, first_line, line_story)], axis=1).astype(np.int32)

    # The day its dateline gives.
    dateline = np.full(count, -1, dtype=np.int16)
    leads = lead_paragraph[has_words]
    for story, begin, end in zip(np.flatnonzero(has_words).tolist(), paragraph_start[leads].tolist(),
                                 line_end[paragraph_last_line[leads]].tolist(), strict=True):
        day = dateline_day(joined[begin : min(end, begin + 200)].lstrip())
        if day is not None:
            dateline[story] = day

    names = _names(joined, points, kind, rolling, line_start, line_story, line_paragraph, solid_at,
                   paragraph_start, first_line)
    return Features(
        [s for s, _, _ in run], [d for _, _, d in run],
        spans(starts, line_end[first_line]) if count else np.zeros((0, 4), np.int32), words, signature, tail,
        dateline, _mix(rolling(starts, line_end[first_line])) if count else np.zeros(0, np.uint64),
        long_story[first_of].astype(np.int32), key[first_of], spans(text_start, text_end)[first_of],
        paragraph_words[long][first_of], *names)


@lru_cache(maxsize=1)
def _ascii_table() -> bytes:
    return bytes(_tables()[0][:256].tolist())


def _runs(inside: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the runs of True."""
    edges = np.flatnonzero(np.diff(np.r_[np.int8(0), inside.view(np.int8), np.int8(0)]))
    return edges[0::2], edges[1::2]


def _places(offsets: np.ndarray, line_start: np.ndarray, first_line: np.ndarray, line_story: np.ndarray
            ) -> tuple[np.ndarray, np.ndarray]:
    """1-based (line, column) within its story of each offset in the joined text."""
    line = np.searchsorted(line_start, offsets, side="right") - 1
    return line - first_line[line_story[line]] + 1, offsets - line_start[line] + 1


def _name_tokens(kind: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the capitalised names: an upper-case letter and lower-case ones, parts
    joined by an apostrophe or a hyphen ("Jean-Pierre", "Smith's"), within a run of letters,
    digits and joiners that holds nothing else (not "McDonald", "SMITH", "B52" or "O'Brien")."""
    if len(kind) < 2:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    letter = (kind & _WORD) != 0
    joiner = (kind & _HYPHEN) != 0
    upper = (kind & _UPPER) != 0
    lower = (kind & _LOWER) != 0
    token = letter | joiner
    # A run of letters and joiners that opens with a capital and a small letter.
    start = np.flatnonzero(upper[:-1] & lower[1:] & ~np.r_[False, token[:-2]])
    if not len(start):
        return start, start
    outside = np.r_[np.flatnonzero(~token), len(kind)]
    end = outside[np.searchsorted(outside, start)]
    # What may not stand in such a run: a digit or a letter without case, a capital inside a
    # part or with no small letter after it, a joiner that does not follow a small letter or
    # that another follows.
    wrong = letter & ~upper & ~lower
    wrong[1:] |= upper[1:] & token[:-1] & ~joiner[:-1]
    wrong[:-1] |= upper[:-1] & ~lower[1:]
    wrong[-1] |= upper[-1]
    wrong[1:] |= joiner[1:] & (~lower[:-1] | np.r_[joiner[2:], False])
    wrong[0] |= joiner[0]
    faults = np.r_[np.flatnonzero(wrong), len(kind)]
    good = faults[np.searchsorted(faults, start)] >= end
    start, end = start[good], end[good]
    # A joiner at the end belongs to the punctuation ("the Smiths' ", "Jean- ").
    return start, end - joiner[end - 1]


_word_cache: dict[str, bool] = {}


def _is_word(name: str) -> bool:
    known = _word_cache.get(name)
    if known is None:
        from ..spelling import is_word

        if len(_word_cache) > 1 << 18:
            _word_cache.clear()
        known = _word_cache[name] = is_word(name)
    return known


def _names(joined: str, points: np.ndarray, kind: np.ndarray, rolling: _Rolling, line_start: np.ndarray,
           line_story: np.ndarray, line_paragraph: np.ndarray, solid_at: np.ndarray, paragraph_start: np.ndarray,
           first_line: np.ndarray) -> tuple[np.ndarray, ...]:
    """Capitalised name tokens of the body: one row per story and name; and the pairs of them
    printed side by side, one space apart, once per story."""
    start, end = _name_tokens(kind)
    line = np.searchsorted(line_start, start, side="right") - 1
    paragraph = line_paragraph[line]
    body = paragraph >= 0
    start, end, line, paragraph = start[body], end[body], line[body], paragraph[body]
    possessive = (end - start > 2) & (points[end - 1] == ord("s")) & np.isin(points[end - 2], (39, 0x2019))
    end = end - possessive * 2
    distinct, first, which = np.unique(rolling(start, end), return_index=True, return_inverse=True)
    vocabulary = [joined[a:b] for a, b in zip(start[first].tolist(), end[first].tolist(), strict=True)]
    side = np.flatnonzero((start[1:] == end[:-1] + 1) & (points[end[:-1]] == 32)) if len(start) else start
    pair_key = np.unique(np.stack([line_story[line[side]], which[side], which[side + 1]], axis=1), axis=0) if len(
        side) else np.zeros((0, 3), np.int64)
    # A sentence's first word is capitalised whatever it is: there, a word is no name.
    before = np.searchsorted(solid_at, start) - 1
    previous = solid_at[np.maximum(before, 0)]
    opening = (before < 0) | (previous < paragraph_start[paragraph]) | ((kind[previous] & _END) != 0)
    words = np.fromiter(map(_is_word, vocabulary), dtype=bool, count=len(vocabulary))
    keep = ~(opening & words[which])
    start, end, line, which = start[keep], end[keep], line[keep], which[keep]
    story = line_story[line]
    pair = story.astype(np.int64) * max(1, len(distinct)) + which
    # Both in the order of (story, name): rows sorted by story.
    _, first_row = np.unique(pair, return_index=True)
    _, last_row = np.unique(pair[::-1], return_index=True)
    last_row = len(pair) - 1 - last_row
    line_in_story = line - first_line[story] + 1
    column = start - line_start[line] + 1
    span = np.stack([line_in_story[first_row], column[first_row], line_in_story[first_row],
                     column[first_row] + (end - start)[first_row]], axis=1).astype(np.int32)
    return (story[first_row].astype(np.int32), which[first_row].astype(np.int32), span,
            line_in_story[last_row].astype(np.int32), pair_key[:, 0].astype(np.int32),
            pair_key[:, 1:].astype(np.int32), vocabulary)


def dateline_end(lead: str) -> int:
    """Where a dateline opening the lead ends (0 when it has none)."""
    match = _DATELINE.match(lead)
    return match.end() if match else 0


YEAR_DAYS = 365  # a common year's: "February 27" and "March 2" are three days apart


def dateline_day(lead: str) -> int | None:
    """Day of the year (of a common year; only differences matter) a dateline opening the lead names."""
    match = _DATELINE.match(lead)
    if not match:
        return None
    month, day = _MONTHS.index(match.group(1)[:3].casefold()) + 1, int(match.group(2))
    if not 1 <= day <= calendar.monthrange(2000, month)[1]:  # a leap year's months: "February 29" is a day
        return None  # "March 85": no day to compare
    return datetime.date(2001, month, 1).timetuple().tm_yday - 1 + day
