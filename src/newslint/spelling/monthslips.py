"""A month's name typed with one slip before a day's number or a year ("Jnue 18", "Ujne 2",
"Novmber 1987"): the date's place says which word was meant, whatever the slip, its first letter
too, where a name alone would be anyone's guess."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

from ..regexes import compile_cached
from .index import within_one_edit
from .lookup import DOUBTFUL, compiled

# Shorter, a print one slip from a month is a market table's abbreviation ("Jne", "Jly", "Apl").
MIN_LENGTH = 4
# A capitalised word, then a day's number (not part of a longer figure) or a year.
_BEFORE_DATE = r"(?<![\w'’.-]){token}\.?[ \t](?:\d{{1,2}}(?![\d.,:/-]?\d)|(?:1[89]|20)\d\d\b)"


class MonthSlip(NamedTuple):
    start: int
    end: int
    found: str
    intended: str


@cache
def _months() -> tuple[str, ...]:
    """The months' English names, case-folded: the standard library's for the C locale, which a
    process keeps unless it calls `locale.setlocale` (newslint never does). Reading them from the
    calendar's names pack instead would load its YAML in every run (about 50 ms)."""
    return tuple(name.casefold() for name in calendar.month_name[1:])


def month_slips(text: str, unknown: Iterable[str]) -> Iterator[MonthSlip]:
    """Each print, before a date's number, of a word no list knows one slip from one month's name
    (`unknown`: the text's capitalised words no list knows, lower-cased)."""
    months = _months()
    code = compiled().code
    for token in unknown:
        # A word no list knows, or one a names list holds only as someone's misspelling.
        if len(token) < MIN_LENGTH or not token.isalpha() or code(token) & ~DOUBTFUL:
            continue
        near = [month for month in months if within_one_edit(token, month)]
        if len(near) != 1:
            continue
        printed = token.capitalize()
        for match in compile_cached(_BEFORE_DATE.format(token=printed)).finditer(text):
            yield MonthSlip(match.start(), match.start() + len(printed), printed, near[0].capitalize())
