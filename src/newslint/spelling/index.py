"""A symmetric deletion index (SymSpell): the names within N edits of a token, without a scan."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from itertools import combinations
from typing import TypeVar


def osa_distance(a: str, b: str, score_cutoff: int | None = None) -> int:
    """Damerau (optimal string alignment) distance; rapidfuzz is imported on first need, since
    most articles have no word that needs judging."""
    return _rapidfuzz()[0].distance(a, b, score_cutoff=score_cutoff)  # type: ignore[no-any-return]


def within_one_edit(a: str, b: str) -> bool:
    """OSA distance at most 1, in plain Python: for the few pairs of one article, where
    importing rapidfuzz would cost more than every comparison."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (
            len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
        )
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def inner_swap(a: str, b: str) -> bool:
    """Two neighbouring letters inside the word swapped ("Pajhwok", "Pajhowk"; "Loas", "Laos"):
    the first and last letters stay, as in a slip of typing."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return (
        len(diff) == 2 and diff[1] == diff[0] + 1 and 0 < diff[0] and diff[1] < len(a) - 1
        and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    )


def _extract(*args: object, **kwargs: object) -> list:
    return _rapidfuzz()[1].extract(*args, **kwargs)  # type: ignore[no-any-return]


@cache
def _rapidfuzz() -> tuple:
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    return OSA, process


Word = TypeVar("Word", str, bytes)


def rapidfuzz() -> tuple:
    """(OSA, process) from rapidfuzz, imported on first need (see _rapidfuzz)."""
    return _rapidfuzz()


def _deletes1(word: Word) -> set[Word]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _shorter(word: Word, size: int) -> Iterator[Word]:
    """Every string of `size` characters made by deleting characters from `word`, in C:
    `combinations` yields them as tuples of characters (of ints for bytes), each joined back
    into one string, about twice as fast as slicing and concatenating in a Python loop."""
    join = "".join if isinstance(word, str) else bytes
    return map(join, combinations(word, size))  # type: ignore[arg-type]


def deletes(word: Word, distance: int) -> set[Word]:
    """Every string made by deleting up to `distance` characters from `word`."""
    size = len(word)
    if distance <= 2:
        # The two distances in use, built directly: each string once per set of positions
        # rather than once per delete of every delete.
        out = {word}
        if distance >= 1 and size > 1:
            out.update(_shorter(word, size - 1))
        if distance == 2 and size > 2:
            out.update(_shorter(word, size - 2))
        return out
    out = {word}
    frontier = {word}
    for _ in range(distance):
        frontier = {d for w in frontier if len(w) > 1 for d in _deletes1(w)}
        out |= frontier
    return out


def allowed_distance(length: int) -> int:
    """Edits a misspelling of a name this long may carry: short names are too crowded."""
    if length < 5:
        return 0
    return 1 if length < 10 else 2


def part_distance(length: int) -> int:
    """Edits allowed in one part of a longer name, whose other parts are printed beside it."""
    return 0 if length < 4 else allowed_distance(max(length, 5))


_SEPARATOR = "\n"
# Lookups read through the shards of a compiled index before it is loaded whole: an article
# judges a handful of words, a corpus thousands.
SHARDED_LOOKUPS = 32


class DeletionIndex:
    """Case-folded words (single tokens: no line breaks), each findable within
    `distance(len(word))` edits.

    Each key maps to its words joined into one string, not a list: tens of thousands of
    lists would be containers the garbage collector tracks and walks for the whole life of
    a worker process; strings are not.
    """

    def __init__(
        self, words: Iterable[str], distance: Callable[[int], int] = allowed_distance
    ) -> None:
        self._distance = distance
        grouped: dict[str, list[str]] = {}
        for word in set(words):
            if _SEPARATOR in word:
                raise ValueError(f"an indexed word has a line break: {word!r}")
            for key in deletes(word, distance(len(word))):
                grouped.setdefault(key, []).append(word)
        self._keys: dict[str, str] = {
            key: _SEPARATOR.join(found) for key, found in grouped.items()
        }
        self._entry: Callable[[str], str | None] = self._keys.get
        self._whole: Callable[[], dict[str, str]] | None = None
        self._sharded_left = 0

    @property
    def keys(self) -> dict[str, str]:
        """Deletion -> the words it comes from, joined by line breaks."""
        return self._keys

    @classmethod
    def from_keys(
        cls, keys: dict[str, str], distance: Callable[[int], int] = allowed_distance
    ) -> DeletionIndex:
        """An index rebuilt from another's `keys` (the compiled data keeps the shipped one)."""
        index = cls((), distance)
        index._keys = keys
        return index

    @classmethod
    def from_shards(
        cls, entry: Callable[[str], str | None], whole: Callable[[], dict[str, str]],
        distance: Callable[[int], int] = allowed_distance,
    ) -> DeletionIndex:
        """An index read key by key through `entry` for its first SHARDED_LOOKUPS lookups (one
        article's unknown words), then loaded `whole` (a corpus's many)."""
        index = cls((), distance)
        index._entry, index._whole, index._sharded_left = entry, whole, SHARDED_LOOKUPS
        return index

    def lookup(self, token: str) -> list[tuple[str, int]]:
        """Indexed words within the allowed distance of `token` (Damerau/OSA), nearest first."""
        allowed_distance = self._distance
        limit = allowed_distance(len(token))
        if limit == 0:
            return []
        if self._sharded_left:
            self._sharded_left -= 1
            entry = self._entry
            hits: Iterable[tuple[str, str]] = [
                (key, words) for key in deletes(token, limit) if (words := entry(key)) is not None
            ]
        else:
            if self._whole is not None:
                self._keys, self._whole = self._whole(), None
            keys = self._keys
            # Most deletions of an unknown token index nothing: one C-level intersection finds
            # the few that do instead of a dictionary probe per deletion.
            hits = [(key, keys[key]) for key in keys.keys() & deletes(token, limit)]
        seen: set[str] = set()
        found: list[tuple[str, int]] = []
        for _key, words in hits:
            for word in words.split(_SEPARATOR):
                if word in seen or word == token:
                    continue
                seen.add(word)
                cutoff = min(limit, allowed_distance(len(word)))
                distance = osa_distance(token, word, score_cutoff=cutoff)
                if 0 < distance <= cutoff:
                    found.append((word, distance))
        found.sort(key=lambda item: (item[1], item[0]))
        return found


def _may_be_within(a: Word, b: Word, limit: int) -> bool:
    """A test every pair within `limit` edits passes: an insertion or deletion changes the
    length by one and the letter counts by one, a substitution the counts by two, a
    transposition neither."""
    if abs(len(a) - len(b)) > limit:
        return False
    counts = Counter(a)
    counts.subtract(b)
    return sum(map(abs, counts.values())) <= 2 * limit


# Comparisons a direct scan may make before indexing the words is cheaper: an article's few
# unknown words against its few hundred capitalised ones stay under it.
SCAN_PAIRS = 20_000


class NearWords:
    """The words of one text within a few edits (OSA distance) of a query word.

    A direct scan compares a query with every word: fine for an article, quadratic for a
    book-length text with thousands of names and hundreds of queries. Past SCAN_PAIRS
    comparisons the words are indexed by their deletions instead (two words within k edits
    share a string made by deleting at most k characters from each, a transposition being
    one deletion on each side), and a query is compared only with the words it shares one
    with. Both ways find exactly the same words.
    """

    def __init__(self, words: Sequence[Word], queries: int) -> None:
        self._words = words
        self.indexed = len(words) * queries > SCAN_PAIRS
        self._indexes: dict[int, dict[Word, list[Word]]] = {}

    def within(self, word: Word, limit: int) -> list[tuple[Word, int]]:
        """(word, distance) for every word at most `limit` edits from `word`, in no order."""
        if not self.indexed:
            if "rapidfuzz" not in sys.modules and not any(
                other != word and _may_be_within(word, other, limit) for other in self._words
            ):
                # Near nothing but itself, as nearly every unknown name is: settled by bounds
                # every edit respects, without loading rapidfuzz for one article (its import
                # takes longer than the whole check).
                return [(other, 0) for other in self._words if other == word]
            return [
                (found, distance) for found, distance, _ in _extract(
                    word, self._words, scorer=_rapidfuzz()[0].distance, score_cutoff=limit, limit=None
                )
            ]
        index = self._index(limit)
        candidates: set[Word] = set()
        for key in index.keys() & deletes(word, limit):
            candidates.update(index[key])
        near = []
        for candidate in candidates:
            distance = osa_distance(word, candidate, score_cutoff=limit)
            if distance <= limit:
                near.append((candidate, distance))
        return near

    def _index(self, limit: int) -> dict[Word, list[Word]]:
        """Deletion (up to `limit` characters) -> the words it comes from; built once per limit.
        Complete for queries longer than `limit` (`deletes` never makes the empty string)."""
        index = self._indexes.get(limit)
        if index is None:
            index = self._indexes[limit] = {}
            for word in set(self._words):
                for key in deletes(word, limit):
                    index.setdefault(key, []).append(word)
        return index


def edits1(word: str, alphabet: str = "abcdefghijklmnopqrstuvwxyz") -> set[str]:
    """Every string one edit (Damerau) from `word`: used only on the few suspicious tokens."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in alphabet}
    out |= {a + c + b for a, b in splits for c in alphabet}
    out.discard(word)
    return out
