"""The English word list (SCOWL) and word frequencies (wordfreq), compiled under rules/data/spelling."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..data import packs_dir


def _data_lines(name: str) -> list[str]:
    text = (packs_dir() / "data" / "spelling" / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


@cache
def dictionary() -> frozenset[str]:
    """Case-folded English words, British, American and Canadian spellings alike."""
    return frozenset(_data_lines("words.txt"))


@cache
def proper_words() -> frozenset[str]:
    """Case-folded words English spells only with a capital: names and demonyms."""
    return frozenset(_data_lines("proper.txt"))


def frequency_items() -> Iterator[tuple[str, int]]:
    """Each case-folded word with its Zipf frequency x 10, read from the file again: for a
    pass that keeps a few of them, without holding the whole table in the process."""
    for line in _data_lines("frequencies.txt"):
        bucket, _, words = line.partition("\t")
        zipf = int(bucket)
        for word in words.split():
            yield word, zipf


@cache
def frequencies() -> dict[str, int]:
    """Case-folded word -> Zipf frequency x 10 (absent: rarer than Zipf 1.5)."""
    return dict(frequency_items())


def zipf(word: str) -> float:
    """Zipf frequency of a word: 3 is once per million words; 0 when unknown."""
    return frequencies().get(word.casefold(), 0) / 10


def is_word(word: str) -> bool:
    return word.casefold() in dictionary()


# Suffixes that turn a place into its people or adjective ("Korea" -> "Korean"), or a plural.
DERIVED_SUFFIXES = ("n", "an", "ian", "er", "ers", "ese", "i", "is", "ish", "s", "ns", "ans")


def is_derived(token: str, name: str) -> bool:
    """'Korean' from 'Korea', 'Yorker' from 'York': a real word form, not a misspelling."""
    t, n = token.casefold(), name.casefold()
    if not (len(t) > len(n) and t.startswith(n)):
        return False
    suffix = t[len(n):]
    if suffix in ("n", "ns") and n[-1:] not in "aeiouy":
        return False  # a bare "n" follows a vowel ("Korean"); "Switzerlandn" is a slip
    if suffix == "s" and n.endswith("s"):
        return False  # English writes "-es" there: "Statess" is a slip
    return suffix in DERIVED_SUFFIXES
