"""The spelling data as the rules and checkers use it: the compiled file from the user cache
(`$XDG_CACHE_HOME/newslint`, else `~/.cache/newslint`), keyed by the newslint version and the
data files' sizes and times, else compiled now (build.py) and written there (store.py).

The file is written atomically; when the folder is not writable, the data compiled in memory
is used as is. Nothing binary is shipped: the cache is always derived from the text data.
"""

from __future__ import annotations

import os
import time
import zlib
from collections.abc import Callable
from functools import cache
from pathlib import Path

from .. import __version__
from ..data import packs_dir
from . import store
from .names import Gazetteer
from .store import (
    ANCHOR,
    COMMON_ZIPF,
    DOUBTFUL,
    FORMAT,
    GIVEN,
    KNOWN,
    LISTED,
    MISSPELT,
    NAME,
    PERSON,
    PROPER,
    WORD,
    Compiled,
)

# The flags are the store's; the rules read them here, beside the lookups.
__all__ = [
    "ANCHOR", "COMMON_ZIPF", "CORRECTIONS", "DOUBTFUL", "GIVEN", "KNOWN", "KNOWN_WORDS", "LISTED",
    "MISSPELT", "NAME", "NAMES", "PERSON", "PROPER", "PROPER_WORDS", "WORD", "WORDS", "ZIPFS",
    "Compiled", "cache_file", "compiled", "compiled_gazetteer", "english_words", "known_nowhere",
]


_SOURCE_SUFFIXES = (".tsv", ".tst", ".txv", ".txt")  # what "*.t[sx][vt]" matches


def _sources() -> list[Path]:
    """The text data the compiled file is made from: the spelling lists and every names file.
    Listed with scandir, not Path.glob, whose pattern costs a regex compile at every start."""
    data = packs_dir() / "data"
    found = [Path(e.path) for e in os.scandir(data / "spelling") if e.name.endswith(_SOURCE_SUFFIXES)]
    found.extend(Path(e.path) for e in os.scandir(data / "names"))
    return sorted(found)


def _cache_key() -> str:
    parts = [__version__, str(FORMAT)]
    for path in _sources():
        stat = path.stat()
        parts.append(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}")
    return f"{zlib.crc32(chr(0).join(parts).encode()):08x}"


def cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newslint" / f"spelling-{__version__}-{_cache_key()}.bin"


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
    found = store.read(path) if path is not None else None
    if found is not None:
        return found
    from . import build  # only when the compiled file is missing or stale: parses the text data

    header, index, shards = build.compile_entries()
    full = build.word_blobs(shards)
    letters = build.letter_counts(shards)
    if path is not None:
        try:
            store.write(path, header, index, shards, full, letters)
            _remove_stale(path)
        except OSError:
            pass  # a read-only home: use the data compiled in memory, every process
    return store.from_memory(header, index, shards, full, letters)


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


def known_nowhere(word: str) -> bool:
    """No word list, names list or frequency table knows the (case-folded) word; a names list's
    rare near-miss of a famous name (DOUBTFUL) is no evidence that it exists."""
    return not compiled().code(word) & ~DOUBTFUL


def english_words(candidates: set[str]) -> list[str]:
    """The candidates in the English word list. Once the reference sets are loaded, ASCII
    candidates meet them in one C-level set operation first, so a few hundred made-up
    strings ("edits") do not each cost a lookup; before, each is searched for in its bucket of
    the compiled file, which loads no shard of entries."""
    data = compiled()
    known = data.known_set
    if known is not None and all(map(str.isascii, candidates)):
        candidates = {w.decode() for w in known.intersection(map(str.encode, candidates))}
        return [w for w in candidates if data.code(w) & WORD]
    return data.english_words(candidates)


WORDS = Flagged(WORD)
NAMES = Flagged(NAME)
PROPER_WORDS = Flagged(PROPER)
KNOWN_WORDS = Flagged(KNOWN)
ZIPFS = Zipfs()
CORRECTIONS = Corrections()


@cache
def compiled_gazetteer() -> Gazetteer:
    """The shipped gazetteer as the rules use it: from the compiled data, names looked up lazily."""
    data = compiled()
    return Gazetteer(
        known=NAMES, targets=data.targets, phrases=data.phrases, anchors=frozenset(data.phrases)
    )


def _cache_path(prefix: str) -> Path | None:
    """A file of the user cache next to the compiled spelling data, named for it."""
    try:
        path = cache_file()
    except RuntimeError:
        return None
    return path.with_name(path.name.replace("spelling-", prefix, 1))


def user_cached(prefix: str, build: Callable[[], dict]) -> dict:
    """What `build` makes from the word lists, kept in the user cache next to the compiled
    spelling data (so a change of the data makes it anew), read from there after."""
    import marshal

    path = _cache_path(prefix)
    if path is not None:
        try:
            loaded = marshal.loads(path.read_bytes())
            if isinstance(loaded, dict):
                return loaded
        except (OSError, EOFError, ValueError, TypeError):
            pass
    built = build()
    if path is not None:
        from ..storage.atomic import write_atomically

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, marshal.dumps(built))
            for other in path.parent.glob(f"{prefix}*"):
                if other != path and other.suffix != ".tmp":
                    other.unlink(missing_ok=True)
        except OSError:
            pass
    return built
