"""Accepted vocabulary: a desk's own words and names, never reported and learned as names.

A vocabulary file is plain UTF-8 text, one word or name a line; `#` starts a comment. An entry
that starts with a capital letter ("Sorsa", "Sprinkel") is also a known name, so a near miss
of it ("Sorssa") is reported as a misspelling of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from ..data import DataError


class Vocabulary:
    """A desk's own words. A plain class (a frozen dataclass costs half a millisecond to declare
    at every start); hashable by value, since what is derived from it is cached per vocabulary."""

    __slots__ = ("words", "names")

    def __init__(self, words: frozenset[str] = frozenset(), names: tuple[str, ...] = ()) -> None:
        self.words = words  # case-folded; never reported
        self.names = names  # capitalised entries as written

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Vocabulary):
            return NotImplemented
        return (self.words, self.names) == (other.words, other.names)

    def __hash__(self) -> int:
        return hash((self.words, self.names))

    def __repr__(self) -> str:
        return f"Vocabulary(words={self.words!r}, names={self.names!r})"

    def __contains__(self, word: str) -> bool:
        return word.casefold() in self.words

    def __bool__(self) -> bool:
        return bool(self.words)


EMPTY = Vocabulary()


def read_vocabulary_file(path: str | Path) -> list[str]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise DataError(f"{path}: cannot read vocabulary: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: vocabulary is not UTF-8 (byte {exc.start})") from exc
    entries = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return entries


def vocabulary_of(entries: Iterable[str]) -> Vocabulary:
    entries = [e.strip() for e in entries if e.strip()]
    folded: set[str] = set()
    for entry in entries:
        folded.add(entry.casefold())
        folded.update(part.casefold() for part in entry.replace("-", " ").split())
    names = tuple(sorted({e for e in entries if e[:1].isupper()}))
    return Vocabulary(frozenset(folded), names)


@cache
def _load(paths: tuple[str, ...], words: tuple[str, ...]) -> Vocabulary:
    entries = list(words)
    for path in paths:
        entries.extend(read_vocabulary_file(path))
    return vocabulary_of(entries) if entries else EMPTY


def load_vocabulary(paths: Sequence[str | Path] = (), words: Sequence[str] = ()) -> Vocabulary:
    """The vocabulary from files and inline entries, read once per process for each set."""
    return _load(tuple(str(p) for p in paths), tuple(words))
