"""The spelling data compiled for fast start-up, cached per user.

Parsing the text data under rules/data (a word list, frequencies, misspellings, gazetteers)
costs about half a second, more than checking one article. So the first process compiles it
into one file under the user cache folder (`$XDG_CACHE_HOME/newslint`, else
`~/.cache/newslint`), keyed by the newslint version and the data files' sizes and times:

- a small header (gazetteer targets and phrases, distinctive anchors);
- the index of near misses of names, loaded when a word needs judging;
- every word's entry, in shards by a stable hash, so a process that checks one article
  unpickles only the few shards its words fall in; the corrections of misspellings in
  shards of their own, since only the few misspellings found need them;
- the reference sets the whole-text scan intersects with, loaded once a process has checked
  enough documents for the set operations to pay off.

The file is written atomically; when the folder is not writable, the data compiled in memory
is used as is. Nothing binary is shipped: the cache is always derived from the text data.
"""

from __future__ import annotations

import marshal
import mmap
import os
import time
import zlib
from collections.abc import Callable, Iterable
from functools import cache, cached_property
from pathlib import Path

from .. import __version__
from ..data import packs_dir

FORMAT = 9
SHARDS = 4096  # ~100 entries each: one article's words touch a few hundred at most
# The most frequent words' entries ride in the header: most of an article's words are among
# them, so checking one article loads a few dozen shards instead of a couple of hundred.
COMMON_ENTRIES = 4000
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


def _shard_of(word: str) -> int:
    return zlib.crc32(word.encode("utf-8", "surrogatepass")) & _MASK


def _sources() -> list[Path]:
    data = packs_dir() / "data"
    return sorted([*(data / "spelling").glob("*.t[sx][vt]"), *(data / "names").iterdir()])


def _cache_key() -> str:
    parts = [__version__, str(FORMAT)]
    for path in _sources():
        stat = path.stat()
        parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return f"{zlib.crc32(chr(0).join(parts).encode()):08x}"


def cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newslint" / f"spelling-{__version__}-{_cache_key()}.bin"


def _from_shard(key: str, shards: list[dict | None], load: Callable[[int], dict]) -> object:
    """`key`'s value in its shard (None if absent), the shard read on first need."""
    number = zlib.crc32(key.encode("utf-8", "surrogatepass")) & _MASK
    shard = shards[number]
    if shard is None:
        shard = shards[number] = load(number)
    return shard.get(key)


class Compiled:
    """Lookups into the compiled data; entries come from shards, loaded on first touch."""

    def __init__(
        self,
        header: dict,
        shard: Callable[[int], dict[str, int]],
        fixes: Callable[[int], dict[str, tuple[str, ...]]],
        full_sets: Callable[[], tuple[frozenset[bytes], ...]],
        index: Callable[[], dict[str, str]],
        index_shard: Callable[[int], dict[str, str]],
    ) -> None:
        self.targets: dict[str, str] = header["targets"]
        self.phrases: dict[str, list[tuple[tuple[str, ...], int, str]]] = header["phrases"]
        self.anchors: frozenset[str] = header["anchors"]
        self._common: dict[str, int] = header["common"]
        self._load_index = index
        self._load_index_shard = index_shard
        self._index_shards: list[dict[str, str] | None] = [None] * SHARDS
        self._load_shard = shard
        self._load_fixes = fixes
        self._load_full = full_sets
        # (misspellings, known words and names, anchors, common words) as ASCII bytes.
        self._full: tuple[frozenset[bytes], ...] | None = None
        self._shards: list[dict[str, int] | None] = [None] * SHARDS
        self._fixes: list[dict[str, tuple[str, ...]] | None] = [None] * SHARDS

    def code(self, word: str) -> int:
        """Flags | zipf x10 << 8 of a case-folded word; 0 when the data does not know it."""
        common = self._common.get(word)
        if common is not None:
            return common
        return _from_shard(word, self._shards, self._load_shard) or 0  # type: ignore[no-any-return]

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

    def misspelt_names(self) -> frozenset[bytes]:
        """The listed misspellings that are also known words or names, as bytes."""
        found = self.__dict__.get("_misspelt_names")
        if found is None:
            misspelt, known = self.reference_sets()[:2]
            found = self.__dict__["_misspelt_names"] = misspelt & known
        return found  # type: ignore[no-any-return]

    def unlisted_keys(self, keys: frozenset[bytes] | set[bytes]) -> frozenset[bytes] | set[bytes]:
        """The ASCII words (as bytes) that `listed` says the data does not know, by C-level
        set differences against the reference sets, loaded here if they are not yet."""
        if self._full is None:
            self._full = self._load_full()
        full = self._full
        return keys - full[1] - full[0] - full[3]


def _compile_entries() -> tuple[
    dict, dict[str, str], list[tuple[dict[str, int], dict[str, tuple[str, ...]]]]
]:
    """Everything from the text data: the header, the name index and the shards."""
    from .index import DeletionIndex, part_distance
    from .lexicon import dictionary, frequencies, proper_words
    from .misspellings import misspellings
    from .namecheck import MAX_ANCHOR_NAMES, distinctive_anchors
    from .names import people, shipped_gazetteer

    gazetteer = shipped_gazetteer()
    codes: dict[str, int] = {}

    def flag(words: Iterable[str], bit: int) -> None:
        for word in words:
            codes[word] = codes.get(word, 0) | bit

    flag(dictionary(), WORD)
    flag(gazetteer.known, NAME)
    flag(proper_words(), PROPER)
    table = misspellings()
    flag(table, MISSPELT)
    anchors = distinctive_anchors()
    flag(anchors, ANCHOR)
    for name, kind in people().items():
        found = DOUBTFUL if "?" in kind else PERSON | (GIVEN if "g" in kind else 0)
        codes[name] = codes.get(name, 0) | found
    for word, zipf in frequencies().items():
        codes[word] = codes.get(word, 0) | zipf << 8
    shards: list[tuple[dict[str, int], dict[str, tuple[str, ...]]]] = [
        ({}, {}) for _ in range(SHARDS)
    ]
    for word, value in codes.items():
        shards[_shard_of(word)][0][word] = value
    for word, fixes in table.items():
        shards[_shard_of(word)][1][word] = fixes
    # The index of the shipped names (the same as NameChecker builds with no desk names).
    parts = [part for part, names in gazetteer.phrases.items() if len(names) <= MAX_ANCHOR_NAMES]
    singles = {t for t in gazetteer.targets if " " not in t}
    index = DeletionIndex(singles | set(parts), part_distance)
    by_frequency = sorted(codes.items(), key=lambda item: (-(item[1] >> 8), item[0]))
    common = dict(by_frequency[:COMMON_ENTRIES])
    header = {"targets": gazetteer.targets, "phrases": gazetteer.phrases, "anchors": anchors, "common": common}
    return header, index.keys, shards


def _word_blobs(shards: list[tuple[dict[str, int], dict[str, tuple[str, ...]]]]) -> tuple[bytes, ...]:
    """(misspellings, known words and names, anchors, common words), each one newline-joined
    bytes string.

    A word with a letter outside ASCII becomes "?"-laden bytes that no ASCII word matches
    (a "?" always splits words), so no word needs filtering one by one.
    """
    groups: tuple[list[str], ...] = ([], [], [], [])
    for codes, _ in shards:
        for bit, group in ((MISSPELT, groups[0]), (KNOWN, groups[1]), (ANCHOR, groups[2])):
            group.extend(word for word, value in codes.items() if value & bit)
        groups[3].extend(  # common words no other set has
            word for word, value in codes.items()
            if value >> 8 >= COMMON_ZIPF and not value & LISTED
        )
    return tuple("\n".join(group).encode("ascii", "replace") for group in groups)


def _sets_of(blobs: tuple[bytes, ...]) -> tuple[frozenset[bytes], ...]:
    return tuple(frozenset(blob.split(b"\n")) if blob else frozenset() for blob in blobs)


def _write(path: Path, header: dict, index: dict, shards: list, full: tuple) -> None:
    """Header length, header, each shard's entries, then each shard's corrections and index
    keys, the reference sets, the whole index; atomically."""
    index_shards: list[dict[str, str]] = [{} for _ in range(SHARDS)]
    for key, words in index.items():
        index_shards[_shard_of(key)][key] = words
    blobs = [marshal.dumps(s[0]) for s in shards] + [marshal.dumps(s[1]) for s in shards]
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
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _open(path: Path) -> Compiled | None:
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
        if len(offsets) != 3 * SHARDS + 1 or len(data) != base + index_end:
            return None
    except (EOFError, ValueError, TypeError, KeyError):
        return None

    def shard(number: int) -> dict[str, int]:
        return marshal.loads(data[base + offsets[number] : base + offsets[number + 1]])

    def fixes(number: int) -> dict[str, tuple[str, ...]]:
        number += SHARDS
        return marshal.loads(data[base + offsets[number] : base + offsets[number + 1]])

    def full() -> tuple[frozenset[bytes], ...]:
        return _sets_of(marshal.loads(data[base + full_start : base + full_end]))

    def index() -> dict[str, str]:
        return marshal.loads(data[base + index_start : base + index_end])

    def index_shard(number: int) -> dict[str, str]:
        number += 2 * SHARDS
        return marshal.loads(data[base + offsets[number] : base + offsets[number + 1]])

    return Compiled(header, shard, fixes, full, index, index_shard)


KEEP = 3  # compiled files kept: other installs (another venv, a pre-commit hook) use theirs
LEFTOVER_AFTER = 3600  # seconds: a temporary file this old is an interrupted write


def _remove_stale(current: Path) -> None:
    """Delete all but the newest few compiled files, and leftovers of interrupted writes."""
    now = time.time()
    dated = []
    for other in current.parent.glob("spelling-*"):
        try:
            modified = other.stat().st_mtime
            if other.suffix == ".tmp":
                if now - modified > LEFTOVER_AFTER:
                    other.unlink()
            elif other != current:
                dated.append((modified, other))
        except OSError:
            continue
    for _, other in sorted(dated, reverse=True)[KEEP - 1 :]:
        other.unlink(missing_ok=True)


@cache
def compiled() -> Compiled:
    """The compiled spelling data for this process: from the user cache, else built now."""
    try:
        path: Path | None = cache_file()
    except RuntimeError:  # no home folder to put a cache in
        path = None
    found = _open(path) if path is not None else None
    if found is not None:
        return found
    header, index, shards = _compile_entries()
    full = _word_blobs(shards)
    if path is not None:
        try:
            _write(path, header, index, shards, full)
            _remove_stale(path)
        except OSError:
            pass  # a read-only home: use the data compiled in memory, every process
    return Compiled(
        header,
        lambda number: shards[number][0],
        lambda number: shards[number][1],
        lambda: _sets_of(full),
        lambda: index,
        lambda number: {key: words for key, words in index.items() if _shard_of(key) == number},
    )


class Flagged:
    """The case-folded words with one of some flags, as a container ("word in WORDS")."""

    def __init__(self, flags: int) -> None:
        self._flags = flags

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and bool(compiled().code(word) & self._flags)


class Zipfs:
    """Word -> Zipf frequency x10, like lexicon.frequencies() ("absent": 0 or the default)."""

    def get(self, word: str, default: int = 0) -> int:
        return compiled().code(word) >> 8 or default

    def __contains__(self, word: str) -> bool:
        return compiled().code(word) >> 8 > 0


class Corrections:
    """Misspelling -> its corrections, like misspellings.misspellings()."""

    def __contains__(self, word: str) -> bool:
        return bool(compiled().code(word) & MISSPELT)

    def __getitem__(self, word: str) -> tuple[str, ...]:
        fixes = compiled().corrections(word)
        if fixes is None:
            raise KeyError(word)
        return fixes


def english_words(candidates: set[str]) -> list[str]:
    """The candidates in the English word list. Once the reference sets are loaded, ASCII
    candidates meet them in one C-level set operation first, so a few hundred made-up
    strings ("edits") do not each cost a lookup."""
    data = compiled()
    known = data._full[1] if data._full is not None else None
    if known is not None and all(map(str.isascii, candidates)):
        candidates = {w.decode() for w in known.intersection(map(str.encode, candidates))}
    return [w for w in candidates if data.code(w) & WORD]


WORDS = Flagged(WORD)
NAMES = Flagged(NAME)
PROPER_WORDS = Flagged(PROPER)
KNOWN_WORDS = Flagged(KNOWN)
ZIPFS = Zipfs()
CORRECTIONS = Corrections()
