"""Real-word slips that the words on both sides give away ("prepared to discus with"): a rare
real word, one lost letter or one swapped pair from a far commoner word, standing where English
prints the commoner word beside the same two neighbours often and the rare one seldom.

How often English prints two words together comes from symspellpy's English bigram list (Google
Books n-grams, the 242,342 most frequent pairs). It is kept in the user cache as an SQLite table,
so that an article asks for the few pairs it needs without loading them all.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

from ..core.document import Document
from ..regexes import compile_cached
from ..storage.atomic import write_atomically
from .guess import user_cached
from .index import deletes
from .lookup import PROPER, WORD, cache_file, compiled

MIN_LENGTH = 4  # shorter words sit one letter from too many others ("band", "and")
# Zipf x10: the commoner word is printed about 300 times as often at least. A smaller gap lets
# in words that are simply rarer ("suing" for "using", "rust" for "trust") ...
MIN_GAP = 25
# ... unless the word's own pair would be common enough to be listed, were the word used as the
# commoner one is, and is not ("to discus": "to discuss" scaled down by the gap is still listed).
MIN_SCALED_GAP = 15
# The commoner word beside each neighbour, in the books: at least this often ("willing to").
MIN_PAIR = 20_000_000
# Zipf x10: a word whose pairs are counted often enough to tell (MIN_PAIR) is this common.
MIN_SOURCE_ZIPF = 45
_BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"
_WORDS = compile_cached(r"(?<![\p{L}\p{M}\d'’-])[A-Za-z]+(?![\p{L}\p{M}\d'’-])")
# Words in small letters, a superset of those `_WORDS` finds, by the faster engine: only a gate.
_SMALL = re.compile(rf"\b[a-z]{{{MIN_LENGTH},}}\b")


class PairSlip(NamedTuple):
    start: int
    end: int
    found: str
    intended: str
    before: str
    after: str


def _zipf(word: str) -> int | None:
    """Zipf x10 of an English word written in small letters, None for any other."""
    code = compiled().code(word)
    return code >> 8 if code & WORD and not code & PROPER else None


@lru_cache(maxsize=8192)
def commoner_slips(word: str) -> tuple[tuple[str, int], ...]:
    """The far commoner words `word` is one lost letter or one swapped pair from ("wiling":
    "willing"; "form": "from"), each with how much commoner it is (zipf x10)."""
    found = _slip_index().get(word)
    own = _zipf(word) if found else None
    if own is None:
        return ()
    return tuple(
        (source, zipf - own) for source in found.split("\n")
        if (zipf := _zipf(source)) is not None and zipf - own >= MIN_SCALED_GAP
    )


@cache
def _slip_index() -> dict[str, str]:
    return user_cached("slipsources-", _build_slip_index)


def _build_slip_index() -> dict[str, str]:
    """Each frequent word under every word it makes with one letter lost or two neighbours swapped:
    one look-up answers what a word could be a slip of."""
    from .lexicon import dictionary, frequencies, proper_words

    words, proper = dictionary(), proper_words()
    index: dict[str, list[str]] = {}
    for word, zipf in frequencies().items():
        if zipf < MIN_SOURCE_ZIPF or len(word) < MIN_LENGTH or word not in words or word in proper:
            continue
        if not (word.isascii() and word.isalpha()):
            continue
        made = deletes(word, 1)
        made.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
        made.discard(word)
        for slip in made:
            if len(slip) >= MIN_LENGTH:
                index.setdefault(slip, []).append(word)
    return {slip: "\n".join(sorted(sources)) for slip, sources in index.items()}


class Pairs:
    """How often the books print two words together; 0 for a pair not among the most frequent."""

    def __init__(self, connection: sqlite3.Connection | dict[str, int]) -> None:
        self._connection = connection
        # The list's smallest count: a pair printed less often is not in it.
        self.floor = min(connection.values()) if isinstance(connection, dict) else int(
            connection.execute("SELECT n FROM floor").fetchone()[0]
        )

    def count(self, first: str, second: str) -> int:
        key = f"{first} {second}"
        if isinstance(self._connection, dict):
            return self._connection.get(key, 0)
        row = self._connection.execute("SELECT n FROM pairs WHERE k = ?", (key,)).fetchone()
        return int(row[0]) if row else 0


def _source() -> Path | None:
    """symspellpy's bigram file, found without importing the package; None when it is absent."""
    from importlib.util import find_spec

    try:
        spec = find_spec("symspellpy")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or ()) if spec else ():
        path = Path(folder) / _BIGRAMS
        if path.is_file():
            return path
    return None


def _read(path: Path) -> Iterator[tuple[str, int]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and parts[2].isdigit():
                yield f"{parts[0]} {parts[1]}", int(parts[2])


def _build(source: Path, target: Path) -> None:
    """The table built in memory and written with one rename: a reader never sees half of it."""
    connection = sqlite3.connect(":memory:")
    with connection:
        connection.execute("CREATE TABLE pairs (k TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
        connection.executemany("INSERT OR REPLACE INTO pairs VALUES (?, ?)", _read(source))
        connection.execute("CREATE TABLE floor AS SELECT min(n) AS n FROM pairs")
    data = connection.serialize()
    connection.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)
    for other in target.parent.glob("bigrams-*.sqlite"):
        if other != target:
            other.unlink(missing_ok=True)


@cache
def pairs() -> Pairs | None:
    """The pair counts, from the user cache (built there on first use), else read into memory;
    None without symspellpy."""
    source = _source()
    if source is None:
        return None
    if not hasattr(sqlite3.Connection, "serialize"):  # Python 3.10: no table to write, read into memory
        return Pairs(dict(_read(source)))
    try:
        stat = source.stat()  # another release of the list makes another table
        target = cache_file().with_name(f"bigrams-{stat.st_size}-{int(stat.st_mtime)}.sqlite")
        if not target.is_file():
            _build(source, target)
        connection = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
        return Pairs(connection)
    except (OSError, RuntimeError, sqlite3.Error):
        return Pairs(dict(_read(source)))


def context_slips(doc: Document) -> Iterator[PairSlip]:
    """Each word printed once in the article, in small letters, between two words on the same
    line with one space on each side, where the books print one far commoner word one slip from it
    beside both neighbours often and the word itself beside neither."""
    # One pass over the text and a set operation rule out most articles: no word in them is a
    # slip a frequent word makes.
    suspects = {word for word in _slip_index().keys() & set(_SMALL.findall(doc.text)) if commoner_slips(word)}
    if not suspects:
        return
    table = pairs()
    if table is None:
        return
    printed = Counter(match.group().lower() for match in _WORDS.finditer(doc.text))
    for block in doc.prose:
        text = block.text
        if not any(word in text for word in suspects):
            continue
        words = list(_WORDS.finditer(text))
        for before, middle, after in zip(words, words[1:], words[2:], strict=False):
            word = middle.group()
            if word not in suspects or printed[word] > 1:
                continue  # printed again: the word the writer means
            if text[before.end() : middle.start()] != " " or text[middle.end() : after.start()] != " ":
                continue
            left, right = before.group().lower(), after.group().lower()
            if table.count(left, word) or table.count(word, right):
                continue
            fits = [
                candidate for candidate, gap in commoner_slips(word)
                if (counts := (table.count(left, candidate), table.count(candidate, right)))
                and min(counts) >= MIN_PAIR and (gap >= MIN_GAP or max(counts) * 10 ** (-gap / 10) >= table.floor)
            ]
            if len(fits) != 1:
                continue  # none, or several words fit: the context does not say which
            yield PairSlip(
                block.start + middle.start(), block.start + middle.end(), word, fits[0], left, right
            )
