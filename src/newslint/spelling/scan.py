"""Cheap whole-text passes that let the spelling rules skip an article, or most of it, with
C-level string and set operations before any per-word Python work.

Wire copy is long and clean: nearly every article has nothing to report, so the common path
must cost a couple of `str.translate` / `str.split` calls and a few set differences.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from functools import cache, cached_property, lru_cache

import regex

# Capitalised words and hyphenated compounds, for locating findings in a block; a possessive
# 's is left out ("Roddick's").
CAPITALISED = regex.compile(
    r"(?<![\p{L}\p{M}\d_@/&<'’-])\p{Lu}[\p{L}\p{M}]*"
    r"(?:['’](?![sS]\b)\p{L}[\p{L}\p{M}]*|-\p{L}[\p{L}\p{M}]*)*"
    r"(?![\p{L}\p{M}\d_@/&>]|-\p{L}|\.\p{L})"
)

_BREAKS = string.punctuation.replace("'", "").replace("-", "") + string.digits + string.whitespace
_SEPARATORS = "“”‘«»—–…•·\u00a0\u2009\u200b"
# Every non-word character becomes a space; apostrophes are unified; hyphens split words.
_STR_TABLE = {ord(c): " " for c in _BREAKS + _SEPARATORS + "-"} | {ord("’"): "'"}
_BYTES_TABLE = bytes.maketrans(
    (_BREAKS + "-").encode("ascii"), b" " * len(_BREAKS + "-")
)


def clean_token(token: str) -> str:
    """Strip quote marks, stray hyphens and a possessive from a token cut by `split()`."""
    token = token.strip("'-")
    return token[:-2] if token.endswith(("'s", "'S")) else token


_AS_BYTES: dict[int, tuple[frozenset[str], frozenset[bytes]]] = {}


def _bytes_of(words: frozenset[str]) -> frozenset[bytes]:
    """The ASCII members of a (process-lived) word set, as bytes; converted once per set."""
    entry = _AS_BYTES.get(id(words))
    if entry is None or entry[0] is not words:
        entry = (words, frozenset(w.encode() for w in words if w.isascii()))
        _AS_BYTES[id(words)] = entry
    return entry[1]


class TextWords:
    """The distinct words of one text as sets, built with C-level passes only.

    An ASCII text (nearly all wire copy) is scanned as bytes, whose translate, lower and split
    run several times faster than their str versions; the reference word sets are converted
    to bytes once per process. Only the few words that survive a set difference are decoded.
    """

    def __init__(self, text: str) -> None:
        # One pass: words split at hyphens too ("Timor-Lester" gives "Timor", "Lester"); the
        # distinct words are lower-cased, and those that change held a capital letter.
        self.ascii = text.isascii()
        if self.ascii:
            cased = frozenset(text.encode("ascii").translate(_BYTES_TABLE).split())
            self._lower: frozenset = frozenset(map(bytes.lower, cased))
            self._caps = frozenset(map(bytes.lower, cased - self._lower))
        else:
            cased = frozenset(text.translate(_STR_TABLE).split())
            self._lower = frozenset(map(str.lower, cased))
            self._caps = frozenset(map(str.lower, cased - self._lower))
        # What the spelling rules ask of every text, answered here with set operations
        # against the reference lists, once for all of them.
        misspelt, known, anchors = _references(self.ascii)
        self.misspelt: set[str] = self._decode(self._lower & misspelt)
        self.anchors: set[str] = self._decode(self._caps & anchors)
        rest = self._decode(self._caps - known)
        # Possessives and quotes come off after the lookup; a stripped word is looked up again.
        unknown: set[str] = set()
        for word in rest:
            stripped = clean_token(word)
            if stripped == word or stripped not in _known_words():
                unknown.add(stripped)
        self.unknown = frozenset(unknown)

    def _ref(self, words: frozenset[str]) -> frozenset:
        return _bytes_of(words) if self.ascii else words

    def _decode(self, items: Iterable) -> set[str]:
        return {w.decode() for w in items} if self.ascii else set(items)

    def lower_hits(self, words: frozenset[str]) -> set[str]:
        """The text's words (lower-cased) that are in `words`."""
        return self._decode(self._lower & self._ref(words))

    def capitalised_hits(self, words: frozenset[str]) -> set[str]:
        """Capitalised words of the text (lower-cased) that are in `words`."""
        return self._decode(self._caps & self._ref(words))

    def has(self, word: str) -> bool:
        """Whether the lower-cased word occurs in the text."""
        if self.ascii:
            return word.isascii() and word.encode() in self._lower
        return word in self._lower

    @cached_property
    def capitalised(self) -> list[str]:
        """Every capitalised word, lower-cased."""
        return list(self._decode(self._caps))


@cache
def _known_words() -> frozenset[str]:
    """English words and known names: a capitalised word in neither may be a slip."""
    from .lexicon import dictionary
    from .names import shipped_gazetteer

    return dictionary() | shipped_gazetteer().known


@cache
def _references(ascii: bool) -> tuple[frozenset, frozenset, frozenset]:
    """(misspellings, known words and names, distinctive name parts), as bytes for ASCII."""
    from .misspellings import misspelt_words
    from .namecheck import distinctive_anchors

    sets = (misspelt_words(), _known_words(), distinctive_anchors())
    if not ascii:
        return sets
    return tuple(frozenset(w.encode() for w in s if w.isascii()) for s in sets)  # type: ignore[return-value]


@lru_cache(maxsize=16)
def text_words(text: str) -> TextWords:
    return TextWords(text)
