"""Words, quoted speech and [sic] in a block of text, for the spelling rules."""

from __future__ import annotations

import bisect
import re
from functools import cache

import regex

from ..regexes import compile_cached

# A word: letters with inner apostrophes ("don't", "O'Brien"); hyphens separate words.
# Not inside an address, a path or an HTML entity ("caf&#233;").
# The last word of a name in Reuters' angle brackets ("<American Stock Exchange>") is a word of
# the text, unlike a tag's or a ticker's ("<p>", "<CMI.PA>"), which have no space inside.
_CLOSES_BRACKETED_NAME = r"(?=>)(?<=<\p{Lu}[\p{L}\p{M}&.'’-]*(?:[ ][\p{L}\p{M}&.'’-]+)+)"
WORD = compile_cached(
    r"(?<![\p{L}\p{M}\d_@/&<])\p{L}[\p{L}\p{M}]*(?:['’]\p{L}[\p{L}\p{M}]*)*"
    r"(?:(?![\p{L}\p{M}\d_@/&>]|\.\p{L})|" + _CLOSES_BRACKETED_NAME + ")"
)
# A word without its possessive ("goverment" in "goverment's"): what a spelling list is
# asked about. Another apostrophe inside a word ("o'brien") stays part of it.
STEM = compile_cached(
    r"(?<![\p{L}\p{M}\d_@/&<])\p{L}[\p{L}\p{M}]*(?:['’](?![sS]\b)\p{L}[\p{L}\p{M}]*)*"
    r"(?:(?![\p{L}\p{M}\d_@/&>]|\.\p{L})|" + _CLOSES_BRACKETED_NAME + ")"
)
_SIC = compile_cached(r"\s*[\[(]sic[\])]", regex.IGNORECASE)
_POSSESSIVE = ("'s", "’s", "'S", "’S")
# A company name followed by its stock ticker: "CLUB MEDITERRANEE <CMI.PA>", "SOCAL EDISON <SCE>".
@cache
def _before_ticker() -> regex.Pattern[str]:
    return compile_cached(r"(?:[ ]+\p{Lu}[\p{L}.&'’-]*){0,3}[ ]*<[\p{Lu}\d][\p{Lu}\d.]*>")


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """`start` and `end` moved out to the edges of the words they fall inside: a look at the text
    around a token that cut "City" to "Cit" would read a slip of a name."""
    start, end = max(0, start), min(len(text), end)
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    return start, end


def strip_possessive(word: str) -> str:
    return word[:-2] if word.endswith(_POSSESSIVE) and len(word) > 3 else word


def before_ticker(text: str, end: int) -> bool:
    """Part of a company name that a stock ticker follows: spelled as the company spells it."""
    return _before_ticker().match(text, end) is not None


def opens_company_tag(text: str, start: int) -> bool:
    """The first word of a company's name in Reuters' angle brackets ("<Hudong shipyards>"):
    the firm's own coinage, however near a place's name."""
    return text[start - 1 : start] == "<"


def followed_by_sic(text: str, end: int) -> bool:
    """"Recieve [sic]": the writer marks the spelling as the source's own."""
    return _SIC.match(text, end) is not None


def is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def is_shouted(text: str) -> bool:
    """An all-capitals block, such as a Reuters headline: every word is upper case there."""
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    return upper > 0 and lower <= 0.2 * (upper + lower)


_QUOTE_MARKS = re.compile('[“”"«»]')


class QuoteMap:
    """Where quoted speech lies in one block: a fix there is the reporter's source's words."""

    _OPEN = {"“": "”", '"': '"', "«": "»"}

    def __init__(self, text: str) -> None:
        bounds: list[int] = []
        closing: str | None = None
        for match in _QUOTE_MARKS.finditer(text):  # only the quote marks, not every character
            c, i = match.group(), match.start()
            if closing is None and c in self._OPEN:
                closing = self._OPEN[c]
                bounds.append(i)
            elif closing is not None and c == closing:
                closing = None
                bounds.append(i + 1)
        if closing is not None:
            bounds.append(len(text))  # a quote that runs on to the next paragraph
        self._bounds = bounds

    def inside(self, offset: int) -> bool:
        return bisect.bisect_right(self._bounds, offset) % 2 == 1


_OPENERS = frozenset(".!?:;\"“‘'([{—–-•*")


def at_sentence_start(text: str, start: int) -> bool:
    """Capitalised by position, not because it is a name."""
    i = start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i < 0 or text[i] in _OPENERS
