"""One name printed with and without its accents in the same story ("José" and "Jose",
"Đà Nẵng" and "Da Nang"): a desk's style wants one form."""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

from ...core.document import Document
from ...regexes import compile_cached

# A capitalised word with its marks; hyphens and apostrophes join its parts.
_WORD = compile_cached(r"(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}]*(?:['’-][\p{L}\p{M}]+)*(?![\p{L}\p{M}])")
# Letters with a stroke, which decomposition keeps whole.
_STROKES = str.maketrans("ĐđŁłØøĦħ", "DdLlOoHh")
MIN_LETTERS = 3
# Vietnamese marks its tones and vowels on every syllable, and they tell names apart ("Văn",
# "Vân"): a story that prints them (a horn, a hook, a dot below, a breve, "đ") is left alone.
_VIETNAMESE = compile_cached(r"[ơưăđĐƠƯĂ\u1ea0-\u1ef9]")


class AccentVariant(NamedTuple):
    start: int
    end: int
    printed: str
    other: str  # the form printed more often (or first)
    count: int  # how often the other form is printed


@lru_cache(maxsize=4096)
def plain(word: str) -> str:
    """The word without its accents, its case kept: "José" -> "Jose"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_STROKES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@cache
def _plain_letters() -> dict[int, str]:
    """Each accented or stroked Latin letter to the one letter `plain` makes of it."""
    table: dict[int, str] = {}
    for code in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        base = plain(chr(code))
        if len(base) == 1 and base.isascii() and base.isalpha() and base != chr(code):
            table[code] = base
    return table


def plain_in_place(text: str) -> str:
    """The text with each accented letter `plain`'s letter ("Nguyễn" -> "Nguyen", "Đặng" ->
    "Dang"), one character for one, so that a position in it is the same position in the text."""
    return text if text.isascii() else text.translate(_plain_letters())


def accent_variants(doc: Document) -> list[AccentVariant]:
    """Each print of a capitalised word whose accents another print of it lacks or has: the
    rarer form's prints (on a tie, the form printed later), against the other form."""
    if doc.text.isascii() or _VIETNAMESE.search(doc.text) is not None:
        return []  # no accent anywhere (one C-level test), or accents that tell names apart
    prints: dict[str, list[tuple[int, int, str]]] = {}
    for block in doc.prose:
        for match in _WORD.finditer(block.text):
            word = match.group()
            if len(word) >= MIN_LETTERS:
                start = block.start + match.start()
                prints.setdefault(plain(word), []).append((start, start + len(word), word))
    found: list[AccentVariant] = []
    for same in prints.values():
        forms = Counter(word for _, _, word in same)
        if len(forms) != 2:
            continue  # one form, or three: a language's own words, not one name's two spellings
        first: dict[str, int] = {}
        for start, _, word in same:
            first.setdefault(word, start)
        (major, many), (minor, _) = sorted(forms.items(), key=lambda item: (-item[1], first[item[0]]))
        found.extend(AccentVariant(start, end, word, major, many) for start, end, word in same if word == minor)
    return sorted(found)
