"""Cheap whole-text passes that let the spelling rules skip an article, or most of it, with
C-level string and set operations before any per-word Python work.

Wire copy is long and clean: nearly every article has nothing to report, so the common path
must cost a couple of `str.translate` / `str.split` calls and a few set differences.
"""

from __future__ import annotations

import string
from collections.abc import Iterable
from functools import cached_property, lru_cache

import regex

# Capitalised words and hyphenated compounds, for locating findings in a block; a possessive
# 's is left out ("Roddick's").
CAPITALISED = regex.compile(
    r"(?<![\p{L}\p{M}\d_@/&'’-])\p{Lu}[\p{L}\p{M}]*"
    r"(?:['’](?![sS]\b)\p{L}[\p{L}\p{M}]*|-\p{L}[\p{L}\p{M}]*)*"
    r"(?![\p{L}\p{M}\d_@/&]|-\p{L}|\.\p{L})"
)

_BREAKS = string.punctuation.replace("'", "").replace("-", "") + string.digits + string.whitespace
_SEPARATORS = "“”‘«»—–…•·\u00a0\u2009\u200b"
# Every non-word character becomes a space; apostrophes are unified; hyphens split words.
_STR_TABLE = {ord(c): " " for c in _BREAKS + _SEPARATORS + "-"} | {ord("’"): "'"}
_BYTES_TABLE = bytes.maketrans(
    (_BREAKS + "-").encode("ascii"), b" " * len(_BREAKS + "-")
)
# Compounds ("Timor-Lester") are kept whole for the capitalised words.
_STR_TABLE_COMPOUND = {k: v for k, v in _STR_TABLE.items() if k != ord("-")}
_BYTES_TABLE_COMPOUND = bytes.maketrans(
    _BREAKS.encode("ascii"), b" " * len(_BREAKS)
)


def clean_token(token: str) -> str:
    """Strip quote marks, stray hyphens and a possessive from a token cut by `split()`."""
    token = token.strip("'-")
    if token.endswith("'s") or token.endswith("'S"):
        token = token[:-2]
    return token


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
        self.ascii = text.isascii()
        if self.ascii:
            raw = text.encode("ascii")
            cased = frozenset(raw.translate(_BYTES_TABLE_COMPOUND).split())
            # Every word lower-cased, hyphenated compounds split into their parts.
            self._lower: frozenset = frozenset(raw.lower().translate(_BYTES_TABLE).split())
            lower = bytes.lower
        else:
            cased = frozenset(text.translate(_STR_TABLE_COMPOUND).split())
            self._lower = frozenset(text.lower().translate(_STR_TABLE).split())
            lower = str.lower  # type: ignore[assignment]
        # Tokens with a capital letter (and all-lower compounds, which later checks drop).
        self._caps = frozenset(map(lower, cased - self._lower))
        self._memo: dict[tuple[int, ...], set[str]] = {}

    def _ref(self, words: frozenset[str]) -> frozenset:
        return _bytes_of(words) if self.ascii else words

    def _decode(self, items: Iterable) -> set[str]:
        return {w.decode() for w in items} if self.ascii else set(items)

    def lower_hits(self, words: frozenset[str]) -> set[str]:
        """The text's words (lower-cased, compounds split) that are in `words`."""
        return self._decode(self._lower & self._ref(words))

    def has(self, word: str) -> bool:
        """Whether the lower-cased word occurs in the text."""
        if self.ascii:
            return word.isascii() and word.encode() in self._lower
        return word in self._lower

    def capitalised_except(self, *known: frozenset[str]) -> set[str]:
        """Capitalised words and compounds (lower-cased) in none of the `known` sets."""
        key = tuple(map(id, known))
        found = self._memo.get(key)
        if found is None:
            rest = self._caps
            for words in known:
                rest = rest - self._ref(words)  # `-` walks the smaller side
            found = self._memo[key] = self._decode(rest)
        return set(found)

    @cached_property
    def capitalised(self) -> list[str]:
        return sorted(self._decode(self._caps))


@lru_cache(maxsize=16)
def text_words(text: str) -> TextWords:
    return TextWords(text)
