"""What NL410's passes share: text normalised for comparison (case, spaces, lost spaces,
punctuation) and the pools of a page's blocks so normalised."""

from __future__ import annotations

from functools import cache

import regex

from ...core.document import CAPTION, HEADLINE, PARAGRAPH
from ...regexes import compile_cached
from ..support.blocks import normalise

# A copy needs this many letters and words, so that short listing lines ("Net profit",
# "Shr 12 cts vs 10 cts") never meet.
MIN_LETTERS = 20
MIN_WORDS = 4
FRAMED_WITHIN = 4  # blocks under a framed title where its bare copy stands
_SCOPE = (HEADLINE, PARAGRAPH, CAPTION)
# A line this long is no listing line: its repeat counts wherever it stands.
LONG_WORDS = 10
# A title glued to the start of the paragraph under it, at most this long.
MAX_TITLE = 200


@cache
def _tag() -> regex.Pattern[str]:
    """A dateline or agency tag opening a line: "(KPL) ", "KUANTAN: ", "Hanoi (VNA) – "."""
    return compile_cached(r"[^\n]{0,40}?(?:\(\p{Lu}{2,}[\p{Lu}/ .]{0,15}\)|\p{Lu}{3,}:|\s[–—-]\s)")
_SMALL_WORDS = frozenset(
    ("a", "an", "the", "of", "in", "on", "to", "for", "and", "at", "by", "with", "its", "his", "her", "here")
)


def _small_word_apart(early: str, late: str) -> bool:
    """One copy is the other with one small word more ("the", "a", "of"), case and punctuation
    aside."""
    one, other = normalise(early).split(), normalise(late).split()
    if abs(len(one) - len(other)) != 1:
        return False
    short, long_ = (one, other) if len(one) < len(other) else (other, one)
    at = next((i for i, (a, b) in enumerate(zip(short, long_, strict=False)) if a != b), len(short))
    return long_[at] in _SMALL_WORDS and long_[:at] + long_[at + 1 :] == short


# A photo credit closing a caption: "(EPA PHOTO)", "(Photo: VNA)", "— Picture by Ann Lee".
_CREDIT = compile_cached(
    r"(?:\([^()\n]{0,40}\b(?:photo|picture|pic|image|file)s?\b[^()\n]{0,40}\)"
    r"|[-–—|]\s*(?:photo|picture|pic|image)s?\s*(?:by|:)\s*[^.!?\n]{1,40}"
    # "... banks. -- SINAR HARIAN pic": the paper's name before the word
    r"|[-–—|]+\s*(?:\p{Lu}[\p{L}&.'’-]*\s+){1,4}(?:photo|picture|pic)s?)\s*$",
    regex.IGNORECASE,
)
