"""Romanised syllables of Mandarin (Hanyu Pinyin), Vietnamese and Korean: which strings their
spelling allows, read from `rules/data/romanised.yaml`. A word of such a name that its language
does not allow is a slip of typing, whatever name it was meant to be."""

from __future__ import annotations

from functools import cache

import regex

from ..data import shipped

ROMANISED_DATA = "data/romanised.yaml"
# A Chinese given name is one or two syllables, printed as one word ("Weibing").
MAX_PINYIN_SYLLABLES = 2
_LONGEST_PINYIN = 6  # "zhuang", "shuang", "chuang"


@cache
def _data() -> dict[str, dict[str, str]]:
    return shipped(ROMANISED_DATA)


@cache
def pinyin_syllables() -> frozenset[str]:
    return frozenset(_data()["pinyin"]["syllables"].split())


@cache
def chinese_family_names() -> frozenset[str]:
    return frozenset(_data()["pinyin"]["family_names"].split())


@cache
def vietnamese_family_names() -> tuple[frozenset[str], frozenset[str]]:
    """The family names that start a Vietnamese name anywhere, and those that also spell words
    of other languages (they count only before two more syllables)."""
    table = _data()["vietnamese"]
    return frozenset(table["family_names"].split()), frozenset(table["short_family_names"].split())


def _alternatives(parts: str) -> str:
    """A pattern's alternatives for the space-separated `parts`, longest first ("ngh" before "ng")."""
    return "|".join(sorted(parts.split(), key=len, reverse=True))


@cache
def _vietnamese_syllable() -> regex.Pattern[str]:
    table = _data()["vietnamese"]
    return regex.compile(f"(?:{_alternatives(table['initials'])})?(?:{_alternatives(table['rimes'])})")


def is_pinyin(word: str, most: int = MAX_PINYIN_SYLLABLES) -> bool:
    """Whether the lower-case ASCII `word` splits into up to `most` syllables ("weibing": "wei"
    + "bing"); an apostrophe marks a split ("xi'an")."""
    count = pinyin_count(word, most)
    return count is not None and count <= most


def pinyin_count(word: str, most: int = MAX_PINYIN_SYLLABLES) -> int | None:
    """The fewest syllables, `most` at most, that spell the lower-case ASCII `word` ("haidian":
    2); None when no such split exists. An apostrophe marks a split ("xi'an")."""
    syllables = pinyin_syllables()
    total = 0
    for part in word.split("'"):
        count = _splits(part, syllables, most)
        if count is None:
            return None
        total += count
    return total


def _splits(word: str, syllables: frozenset[str], most: int) -> int | None:
    # reachable[i]: the fewest syllables that spell word[:i]
    reachable = {0: 0}
    for start in range(len(word)):
        used = reachable.get(start)
        if used is None or used >= most:
            continue
        for end in range(start + 1, min(len(word), start + _LONGEST_PINYIN) + 1):
            if word[start:end] in syllables and reachable.get(end, most + 1) > used + 1:
                reachable[end] = used + 1
    return reachable.get(len(word)) if word else None


def china_story(text: str) -> bool:
    """The story names China and none of its regions whose places are spelled otherwise than
    in Hanyu Pinyin (Tibetan, Uyghur, Mongolian, Cantonese names; Korea's)."""
    table = _data()["pinyin"]
    return any(cue in text for cue in table["cues"]) and not any(cue in text for cue in table["other_spellings"])


@cache
def korean_family_names() -> frozenset[str]:
    return frozenset(_data()["korean"]["family_names"].split())


def korean_story(text: str) -> bool:
    """The story names Korea, its capitals or its agency: Korean names are likely in it."""
    return any(cue in text for cue in _data()["korean"]["cues"])


@cache
def _korean_syllable() -> regex.Pattern[str]:
    table = _data()["korean"]
    return regex.compile(
        f"(?:{_alternatives(table['initials'])})?(?:{_alternatives(table['glides'])})?"
        f"(?:{_alternatives(table['vowels'])})(?:{_alternatives(table['finals'])})?"
    )


def is_korean(word: str) -> bool:
    """Whether the lower-case `word` is one Korean syllable as English copy prints it ("myung",
    "hye", "soo"; not "myugn")."""
    return _korean_syllable().fullmatch(word) is not None


def is_vietnamese(word: str) -> bool:
    """Whether the lower-case `word`, its accents and the stroke of "đ" folded away, is one
    Vietnamese syllable ("chinh", "nguyen", "quoc"; not "mihn", "quoh")."""
    return _vietnamese_syllable().fullmatch(word) is not None
