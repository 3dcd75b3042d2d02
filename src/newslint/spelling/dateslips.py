"""A month's name typed with one slip before a day's number or a year ("Jnue 18", "Ujne 2",
"Novmber 1987"), or a US state's or Canadian province's in a wire dateline's place, after the city
and before the date ("SAN DIEGO, Calmif., March 2"): the place says which word was meant,
whatever the slip, its first letter too, where a name alone would be anyone's guess."""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

from ..regexes import compile_cached
from .index import edits1, within_one_edit
from .lookup import known_nowhere
from .nameslots import dateline_states

# Shorter, a print one slip from a month is a market table's abbreviation ("Jne", "Jly", "Apl"),
# and one from a state's abbreviation anyone's initials.
MIN_LENGTH = 4
# A capitalised word, then a day's number (not part of a longer figure) or a year.
_BEFORE_DATE = r"(?<![\w'’.-]){token}\.?[ \t](?:\d{{1,2}}(?![\d.,:/-]?\d)|(?:1[89]|20)\d\d\b)"
_MONTH_PLACE = "a month's place, before a date"
# ... but a dateline's date is no table: there a three-letter print is the month ("WALTHAM, Mass.,
# Jne 19 - "), after the city (and its state) and before the day and the dash.
DATELINE_MIN_LENGTH = 3
_DATELINE_DATE = (
    r"(?m)(?<=^\p{{Lu}}[\p{{L}}.'’-]*(?:[ \t]\p{{Lu}}[\p{{L}}.'’-]*){{0,3}},(?:[ \t]\p{{Lu}}[\p{{L}}.]*,)?[ \t]){token}"
    r"(?=[ \t]\d{{1,2}}[ \t]+-)"
)
_DATELINE_PLACE = "a dateline's date"


class DateSlip(NamedTuple):
    start: int
    end: int
    found: str
    intended: str
    place: str  # the place that says which word was meant, for the message


@cache
def _months() -> tuple[str, ...]:
    """The months' English names, case-folded: the standard library's for the C locale, which a
    process keeps unless it calls `locale.setlocale` (newslint never does). Reading them from the
    calendar's names pack instead would load its YAML in every run (about 50 ms)."""
    return tuple(name.casefold() for name in calendar.month_name[1:])


def month_slips(text: str, unknown: Iterable[str]) -> Iterator[DateSlip]:
    """Each print, before a date's number, of a word no list knows one slip from one month's name
    (`unknown`: the text's capitalised words no list knows, lower-cased)."""
    months = _months()
    for token in unknown:
        # A word no list knows, or one a names list holds only as someone's misspelling.
        if len(token) < DATELINE_MIN_LENGTH or not token.isalpha() or not known_nowhere(token):
            continue
        near = [month for month in months if within_one_edit(token, month)]
        if len(near) != 1:
            continue
        printed = token.capitalize()
        pattern, place = (_BEFORE_DATE, _MONTH_PLACE) if len(token) >= MIN_LENGTH else (_DATELINE_DATE, _DATELINE_PLACE)
        for match in compile_cached(pattern.format(token=printed)).finditer(text):
            yield DateSlip(match.start(), match.start() + len(printed), printed, near[0].capitalize(), place)


# The city's name and a comma before the token; its stop, a comma and a month with a day's
# number, or the agency's bracket, after it.
_IN_DATELINE = (
    r"(?<=\p{{Lu}}[\p{{L}}.'’-]*(?:[ \t]\p{{Lu}}[\p{{L}}.'’-]*){{0,3}},[ \t]){token}"
    r"(?=\.?,?[ \t]+(?:\p{{Lu}}\p{{Ll}}{{2,8}}\.?[ \t]+\d{{1,2}}\b|\())"
)
_STATE_PLACE = "a state's place in a dateline"


@cache
def _slips_of_states() -> dict[str, str]:
    """Every string one slip from one state's dateline form, and that form ("" when one slip from
    two): a dictionary look-up per token instead of comparing it with each state."""
    table: dict[str, str] = {}
    for state in sorted(dateline_states()):
        for slip in edits1(state) - {state}:
            table[slip] = state if table.get(slip, state) == state else ""
    return table


def state_slips(text: str, unknown: Iterable[str]) -> Iterator[DateSlip]:
    """Each print, in a dateline's place, of a word no list knows one slip from one state's or
    province's dateline form (`unknown`: the text's capitalised words no list knows, lower-cased)."""
    table = _slips_of_states()
    for token in unknown:
        if len(token) < MIN_LENGTH or not (state := table.get(token)) or not known_nowhere(token):
            continue
        printed = token.capitalize()
        for match in compile_cached(_IN_DATELINE.format(token=printed)).finditer(text):
            yield DateSlip(match.start(), match.end(), printed, state.capitalize(), _STATE_PLACE)
