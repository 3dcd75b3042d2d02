"""Cardinal and ordinal numbers as wire copy writes them: digits ("21", "1,000", "21st") or
words ("twenty-one", "Twenty one", "twenty-first"), up to 999 in words.

Every number rule parses through this one module, so "21st" and "twenty-first" mean the same
thing everywhere. The regex fragments are plain strings meant to be embedded in a rule's own
compiled pattern (with the IGNORECASE flag where words may be capitalised).
"""

from __future__ import annotations

from functools import cache

import regex

from ...regexes import compile_cached

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_UNIT_ORDINALS = (
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_TEN_ORDINALS = "_ _ twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()

CARDINAL_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNITS)}
CARDINAL_VALUES.update({w: 10 * i for i, w in enumerate(_TENS) if i >= 2})
ORDINAL_VALUES: dict[str, int] = {w: i for i, w in enumerate(_UNIT_ORDINALS) if i >= 1}
ORDINAL_VALUES.update({w: 10 * i for i, w in enumerate(_TEN_ORDINALS) if i >= 2})

_unit_alt = "|".join(sorted((w for w in _UNITS if w != "zero"), key=len, reverse=True))
_tens_alt = "|".join(_TENS[2:])
_unit_ord_alt = "|".join(sorted(_UNIT_ORDINALS[1:], key=len, reverse=True))
_ten_ord_alt = "|".join(_TEN_ORDINALS[2:])
_digit_alt = "|".join(_UNITS[1:10])
_SMALL_WORDS = rf"(?:(?:{_tens_alt})(?:[- ](?:{_digit_alt}))?|{_unit_alt})"

# "one hundred and five" is rare in copy but cheap to allow.
CARDINAL_WORDS = rf"(?:(?:{_unit_alt})[- ]hundred(?:(?:[- ]|[ ]and[ ]){_SMALL_WORDS})?|{_SMALL_WORDS})"
CARDINAL_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
CARDINAL = rf"(?:{CARDINAL_DIGITS}|{CARDINAL_WORDS})"
"""A cardinal in digits or words (no decimals, no signs); embed with IGNORECASE."""

ORDINAL_DIGITS = r"(?:\d+(?:st|nd|rd|th))"
_digit_ord_alt = "|".join(_UNIT_ORDINALS[1:10])
ORDINAL_WORDS = rf"(?:(?:{_tens_alt})[- ](?:{_digit_ord_alt})|{_ten_ord_alt}|{_unit_ord_alt})"
ORDINAL = rf"(?:{ORDINAL_DIGITS}|{ORDINAL_WORDS})"
"""An ordinal in digits ("21st") or words ("twenty-first"); embed with IGNORECASE."""

_SPLIT = compile_cached(r"[- ]+")


@cache
def _full(source: str) -> regex.Pattern[str]:
    """Compiled on the first number parsed: an article without one never pays for it."""
    return compile_cached(source, regex.IGNORECASE)


def _words_value(words: list[str], final: dict[str, int]) -> int | None:
    """Sum "ninety" + "nine", with "hundred" multiplying what came before it."""
    total = 0
    current = 0
    for index, word in enumerate(words):
        last = index == len(words) - 1
        if word == "and":
            continue
        if word == "hundred":
            current = (current or 1) * 100
            continue
        table = final if last else CARDINAL_VALUES
        value = table.get(word)
        if value is None:
            return None
        current += value
    return total + current


def parse_cardinal(text: str) -> int | None:
    """21, "1,000", "twenty-one", "Twenty one", "one hundred and five" -> int; else None."""
    text = text.strip()
    if not _full(CARDINAL).fullmatch(text):
        return None
    if text[0].isdigit():
        return int(text.replace(",", ""))
    return _words_value(_SPLIT.split(text.lower()), CARDINAL_VALUES)


def parse_ordinal(text: str) -> int | None:
    """"21st", "22nd", "twenty-first", "Tenth" -> int; else None. A wrong suffix ("21th")
    still parses: the number is what the writer meant."""
    text = text.strip()
    if not _full(ORDINAL).fullmatch(text):
        return None
    if text[0].isdigit():
        return int(text[:-2])
    return _words_value(_SPLIT.split(text.lower()), ORDINAL_VALUES)


def parse_number(text: str) -> int | None:
    """A cardinal or an ordinal, whichever the text is."""
    value = parse_cardinal(text)
    return value if value is not None else parse_ordinal(text)


def is_words(text: str) -> bool:
    return not text.strip()[:1].isdigit()


def cardinal_words(n: int) -> str:
    """0..999 in words: 21 -> "twenty-one", 105 -> "one hundred and five"."""
    if not 0 <= n < 1000:
        raise ValueError(f"{n} is out of range")
    if n < 20:
        return _UNITS[n]
    if n < 100:
        tens, unit = divmod(n, 10)
        return _TENS[tens] + (f"-{_UNITS[unit]}" if unit else "")
    hundreds, rest = divmod(n, 100)
    head = f"{_UNITS[hundreds]} hundred"
    return head if not rest else f"{head} and {cardinal_words(rest)}"


def ordinal_words(n: int) -> str:
    """1..99: 21 -> "twenty-first"."""
    if not 1 <= n < 100:
        raise ValueError(f"{n} is out of range")
    if n < 20:
        return _UNIT_ORDINALS[n]
    tens, unit = divmod(n, 10)
    return _TEN_ORDINALS[tens] if not unit else f"{_TENS[tens]}-{_UNIT_ORDINALS[unit]}"


def ordinal_digits(n: int) -> str:
    """21 -> "21st", 12 -> "12th"."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _match_case(word: str, template: str) -> str:
    if template.isupper() and len(template) > 1:
        return word.upper()
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def cardinal_like(n: int, template: str) -> str:
    """`n` written the way `template` is: digits stay digits, words stay words (with its case)."""
    if not is_words(template) or not 0 <= n < 1000:
        return f"{n:,}" if "," in template else str(n)
    return _match_case(cardinal_words(n), template)


def ordinal_like(n: int, template: str) -> str:
    if not is_words(template) or not 1 <= n < 100:
        return ordinal_digits(n)
    return _match_case(ordinal_words(n), template)
