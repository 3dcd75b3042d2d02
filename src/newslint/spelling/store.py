"""The compiled spelling data's binary format: its flags, the file's layout (write and read)
and the lookups into it (`Compiled`). Nothing here knows where the data comes from (build.py)
or where the file lives (lookup.py).

The file holds:
- a small header (gazetteer targets and phrases, distinctive anchors, the most common words'
  entries);
- every word's entry, in shards by a stable hash, each shard "\nword\tcode\n..." read on first
  touch and searched as it is (`Compiled.code`): a process holds a few bytes a word, not a
  table of every word, and the codes of the words last asked for (RECENT_ENTRIES at most);
  the corrections of misspellings in shards of their own (unpickled: only the few
  misspellings found need them);
- the index of near misses of names, in shards and whole, loaded when a word needs judging;
- the reference sets the whole-text scan intersects with, loaded once a process has checked
  enough documents for the set operations to pay off;
- the English words again, newline-joined in small buckets by a hash, behind a table of the
  buckets' offsets, searched in place (`Compiled.english_words`): guessing a slip asks about
  hundreds of made-up strings, and a bucket search answers each without unpickling anything;
- each trio of letters the words and names hold, with how many hold it up to a cap
  (`Compiled.letter_count`), loaded when a word needs judging by its letters.
"""

from __future__ import annotations

import marshal
import mmap
import os
import zlib
from collections.abc import Callable, Iterable
from functools import cached_property
from pathlib import Path

FORMAT = 16
SHARDS = 4096  # ~100 entries each: one article's words touch a few hundred at most
_MASK = SHARDS - 1

# Entry flags; an entry's code is flags | zipf x10 << 8.
WORD = 1  # in the English word list
NAME = 2  # a known name or part of one
PROPER = 4  # an English word spelled only with a capital
MISSPELT = 8  # a listed common misspelling
ANCHOR = 16  # a distinctive part of a multi-word name
PERSON = 32  # a common given name or surname somewhere (names-dataset): a real name, not a slip
GIVEN = 64  # a common given name somewhere: the word after it is a person's name
DOUBTFUL = 128  # a listed name one edit from a famous one, rare: maybe a slip, never fixed unattended
KNOWN = WORD | NAME
LISTED = KNOWN | MISSPELT
COMMON_ZIPF = 30  # x10: a word used this often (once per million words) is someone's word
PLAIN_TRIO = 30  # words and names holding a letter trio: this many or more, and it is plain


def shard_of(word: str) -> int:
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) & _MASK


def _from_shard(key: str, shards: list[dict | None], load: Callable[[int], dict]) -> object:
    """`key`'s value in its shard (None if absent), the shard read on first need."""
    number = zlib.crc32(key.encode("utf-8", "surrogatepass")) & _MASK
    shard = shards[number]
    if shard is None:
        shard = shards[number] = load(number)
    return shard.get(key)


# The entries last asked for, kept in a table this large at most (cleared when full): a story's
# words recur within it and across the next few.
RECENT_ENTRIES = 1 << 15


class Compiled:
    """Lookups into the compiled data; entries are searched in their shards in place, the other
    tables loaded on first touch."""

    def __init__(
        self,
        header: dict,
        entries: Callable[[int], bytes],
        fixes: Callable[[int], dict[str, tuple[str, ...]]],
        full_sets: Callable[[], tuple[frozenset[bytes], ...]],
        index: Callable[[], dict[str, str]],
        index_shard: Callable[[int], dict[str, str]],
        word_search: Callable[[bytes], bool | None] | None = None,
        letters: Callable[[], dict[str, int]] | None = None,
    ) -> None:
        self.targets: dict[str, str] = header["targets"]
        self.phrases: dict[str, list[tuple[tuple[str, ...], int, str]]] = header["phrases"]
        self.anchors: frozenset[str] = header["anchors"]
        self._common: dict[str, int] = header["common"]
        # No known word has a capital letter (the data's words are case-folded): the whole-text
        # scan relies on it (scan.TextWords), so the build checks it rather than assume it.
        self.known_folded: bool = header.get("folded", False)
        self._load_index = index
        self._load_index_shard = index_shard
        self._index_shards: list[dict[str, str] | None] = [None] * SHARDS
        self._load_entries = entries
        self._entries: list[bytes | None] = [None] * SHARDS
        self._recent: dict[str, int] = {}
        self._load_fixes = fixes
        self._load_full = full_sets
        # (misspellings, known words and names, anchors, common words) as ASCII bytes.
        self._full: tuple[frozenset[bytes], ...] | None = None
        self._fixes: list[dict[str, tuple[str, ...]] | None] = [None] * SHARDS
        self._word_search = word_search
        self._load_letters = letters

    def code(self, word: str) -> int:
        """Flags | zipf x10 << 8 of a case-folded word; 0 when the data does not know it."""
        common = self._common.get(word)
        if common is not None:
            return common
        recent = self._recent
        found = recent.get(word)
        if found is None:
            if len(recent) >= RECENT_ENTRIES:
                recent.clear()
            found = recent[word] = self._entry(word)
        return found

    def _entry(self, word: str) -> int:
        """The word's code, searched in its shard's entries; 0 when the shard does not list it."""
        raw = word.encode("utf-8", "surrogatepass")
        if b"\n" in raw or b"\t" in raw:
            return 0
        number = zlib.crc32(raw) & _MASK
        blob = self._entries[number]
        if blob is None:
            blob = self._entries[number] = self._load_entries(number)
        at = blob.find(b"\n" + raw + b"\t")
        if at < 0:
            return 0
        at += len(raw) + 2
        return int(blob[at : blob.find(b"\n", at)])

    def english_words(self, candidates: Iterable[str]) -> list[str]:
        """The candidates whose entry has the WORD flag (`code(w) & WORD`), in their order."""
        search = self._word_search
        if search is None:
            return [w for w in candidates if self.code(w) & WORD]
        found = []
        for word in candidates:
            listed = search(word.encode("utf-8", "surrogatepass"))
            if listed is None:  # a string the buckets cannot hold: ask its entry
                listed = bool(self.code(word) & WORD)
            if listed:
                found.append(word)
        return found

    @cached_property
    def _letters(self) -> dict[str, int]:
        return self._load_letters() if self._load_letters is not None else {}

    def letter_count(self, trio: str) -> int:
        """How many words and names of the data hold a trio of letters ("^" and "$" mark a
        word's ends), up to PLAIN_TRIO: a trio that common or more is counted PLAIN_TRIO, one
        that none holds 0."""
        return self._letters.get(trio, 0)

    def corrections(self, word: str) -> tuple[str, ...] | None:
        return _from_shard(word, self._fixes, self._load_fixes)  # type: ignore[no-any-return]

    @cached_property
    def index_keys(self) -> dict[str, str]:
        """The shipped names' deletion index (see index.DeletionIndex)."""
        return self._load_index()

    def index_entry(self, key: str) -> str | None:
        """One key of the deletion index, read from its shard: judging one article's few
        unknown words then reads a few dozen shards, not the whole index."""
        return _from_shard(key, self._index_shards, self._load_index_shard)  # type: ignore[no-any-return]

    @property
    def known_set(self) -> frozenset[bytes] | None:
        """The known words and names as ASCII bytes if the reference sets are loaded, else None."""
        return self._full[1] if self._full is not None else None

    @property
    def common_set(self) -> frozenset[bytes] | None:
        """The words in no list but common in real text (COMMON_ZIPF or more), as ASCII bytes, if
        the reference sets are loaded, else None: with `known_set`, every word that frequent."""
        return self._full[3] if self._full is not None else None

    @property
    def reference_sets_loaded(self) -> bool:
        return self._full is not None

    def reference_sets(self) -> tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes]]:
        """(misspellings, known words and names, anchors) as ASCII bytes, for set operations."""
        if self._full is None:
            self._full = self._load_full()
        return self._full[:3]  # type: ignore[return-value]

    def listed(self, word: str) -> bool:
        """A word the data knows well: an English word or known name, a listed misspelling,
        or common in real text (COMMON_ZIPF). Once the reference sets are loaded, an ASCII
        word is answered from them: judging a corpus's thousands of unknown words then
        loads no shard of entries."""
        full = self._full
        if full is not None and word.isascii():
            key = word.encode()
            return key in full[1] or key in full[0] or key in full[3]
        entry = self.code(word)
        return bool(entry & LISTED) or entry >> 8 >= COMMON_ZIPF

    def unlisted_keys(self, keys: frozenset[bytes] | set[bytes]) -> frozenset[bytes] | set[bytes]:
        """The ASCII words (as bytes) that `listed` says the data does not know, by C-level
        set differences against the reference sets, loaded here if they are not yet."""
        if self._full is None:
            self._full = self._load_full()
        full = self._full
        return keys - full[1] - full[0] - full[3]


def sets_of(blobs: tuple[bytes, ...]) -> tuple[frozenset[bytes], ...]:
    return tuple(frozenset(blob.split(b"\n")) if blob else frozenset() for blob in blobs)


WORD_BUCKETS = 8192  # a few hundred bytes each
_WORD_MASK = WORD_BUCKETS - 1


def word_buckets(shards: list) -> bytes:
    """The English words (WORD flag), UTF-8, in buckets by crc32: the buckets' offsets (4 bytes
    each, little-endian, one more than there are buckets), then each bucket "\nword\nword\n"."""
    groups: list[list[bytes]] = [[] for _ in range(WORD_BUCKETS)]
    for codes, _ in shards:
        for word, value in codes.items():
            raw = word.encode("utf-8", "surrogatepass")
            if value & WORD and raw and b"\n" not in raw:
                groups[zlib.crc32(raw) & _WORD_MASK].append(raw)
    blobs = [b"\n" + b"\n".join(sorted(group)) + b"\n" for group in groups]
    table_size = 4 * (WORD_BUCKETS + 1)
    offsets, at = [], table_size
    for blob in blobs:
        offsets.append(at)
        at += len(blob)
    offsets.append(at)
    return b"".join(offset.to_bytes(4, "little") for offset in offsets) + b"".join(blobs)


def entries_blob(codes: dict[str, int]) -> bytes:
    """One shard's entries as "\nword\tcode\n...", UTF-8, for a search in place; a word that
    would break the lines (none in the lists) is left out and so reads as unknown."""
    lines = [
        raw + b"\t" + str(code).encode()
        for word, code in sorted(codes.items())
        if b"\n" not in (raw := word.encode("utf-8", "surrogatepass")) and b"\t" not in raw
    ]
    return b"\n" + b"\n".join(lines) + b"\n"


def write(path: Path, header: dict, index: dict, shards: list, full: tuple, letters: dict[str, int]) -> None:
    """Header length, header, each shard's entries, then each shard's corrections and index
    keys, the reference sets, the whole index, the English words' buckets, the letter trios'
    counts; atomically."""
    index_shards: list[dict[str, str]] = [{} for _ in range(SHARDS)]
    for key, words in index.items():
        index_shards[shard_of(key)][key] = words
    blobs = [entries_blob(s[0]) for s in shards] + [marshal.dumps(s[1]) for s in shards]
    blobs += [marshal.dumps(s) for s in index_shards]
    full_blob = marshal.dumps(full)
    index_blob = marshal.dumps(index)
    offsets, at = [], 0
    for blob in blobs:
        offsets.append(at)
        at += len(blob)
    offsets.append(at)
    spans = {"full": (at, at + len(full_blob))}
    spans["index"] = (spans["full"][1], spans["full"][1] + len(index_blob))
    words_blob = word_buckets(shards)
    spans["words"] = (spans["index"][1], spans["index"][1] + len(words_blob))
    letters_blob = marshal.dumps(letters)
    spans["letters"] = (spans["words"][1], spans["words"][1] + len(letters_blob))
    head = marshal.dumps({**header, "offsets": offsets, **spans})
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # only when the compiled data is (re)built

    fd, temp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(len(head).to_bytes(8, "little"))
            handle.write(head)
            handle.writelines(blobs)
            handle.write(full_blob)
            handle.write(index_blob)
            handle.write(words_blob)
            handle.write(letters_blob)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read(path: Path) -> Compiled | None:
    try:
        with path.open("rb") as handle:
            data: mmap.mmap | bytes = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None
    try:
        size = int.from_bytes(data[:8], "little")
        header = marshal.loads(data[8 : 8 + size])
        base = 8 + size
        offsets: list[int] = header["offsets"]
        full_start, full_end = header["full"]
        index_start, index_end = header["index"]
        words_start, words_end = header["words"]
        letters_start, letters_end = header["letters"]
        if len(offsets) != 3 * SHARDS + 1 or len(data) != base + letters_end:
            return None
    except (EOFError, ValueError, TypeError, KeyError):
        return None

    def entries(number: int) -> bytes:
        return data[base + offsets[number] : base + offsets[number + 1]]

    def fixes(number: int) -> dict[str, tuple[str, ...]]:
        number += SHARDS
        return marshal.loads(data[base + offsets[number] : base + offsets[number + 1]])

    def full() -> tuple[frozenset[bytes], ...]:
        return sets_of(marshal.loads(data[base + full_start : base + full_end]))

    def index() -> dict[str, str]:
        return marshal.loads(data[base + index_start : base + index_end])

    def index_shard(number: int) -> dict[str, str]:
        number += 2 * SHARDS
        return marshal.loads(data[base + offsets[number] : base + offsets[number + 1]])

    def letters() -> dict[str, int]:
        return marshal.loads(data[base + letters_start : base + letters_end])

    find = data.find
    words_at = base + words_start

    def word_search(raw: bytes) -> bool | None:
        """Whether `raw` is an English word, by a search of its bucket in place; None when
        it cannot be in a bucket."""
        if not raw or b"\n" in raw:
            return None
        at = words_at + 4 * (zlib.crc32(raw) & _WORD_MASK)
        start = words_at + int.from_bytes(data[at : at + 4], "little")
        end = words_at + int.from_bytes(data[at + 4 : at + 8], "little")
        return find(b"\n" + raw + b"\n", start, end) >= 0

    return Compiled(header, entries, fixes, full, index, index_shard, word_search, letters)


def from_memory(
    header: dict, index: dict[str, str], shards: list, full: tuple[bytes, ...], letters: dict[str, int]
) -> Compiled:
    """Lookups into data compiled in this process (when no cache file can be written)."""
    return Compiled(
        header,
        lambda number: entries_blob(shards[number][0]),
        lambda number: shards[number][1],
        lambda: sets_of(full),
        lambda: index,
        lambda number: {key: words for key, words in index.items() if shard_of(key) == number},
        None,
        lambda: letters,
    )
