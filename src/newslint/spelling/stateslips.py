"""A US state or Canadian province typed with one slip in a wire dateline's place, after the
city and before the date ("SAN DIEGO, Calmif., March 2", "NORWOOD, Masls., March 16"): the
place says which word was meant, whatever the slip, where the word alone would be anyone's guess."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

from ..regexes import compile_cached
from .index import edits1
from .lookup import DOUBTFUL, compiled
from .nameslots import dateline_states

# Shorter, a print one slip from an abbreviation is anyone's initials or another abbreviation.
MIN_LENGTH = 4
# The city's name and a comma before the token; its stop, a comma and a month with a day's
# number, or the agency's bracket, after it.
_IN_DATELINE = (
    r"(?<=\p{{Lu}}[\p{{L}}.'’-]*(?:[ \t]\p{{Lu}}[\p{{L}}.'’-]*){{0,3}},[ \t]){token}"
    r"(?=\.?,?[ \t]+(?:\p{{Lu}}\p{{Ll}}{{2,8}}\.?[ \t]+\d{{1,2}}\b|\())"
)


class StateSlip(NamedTuple):
    start: int
    end: int
    found: str
    intended: str


@cache
def _slips_of_states() -> dict[str, str]:
    """Every string one slip from one state's dateline form, and that form ("" when one slip from
    two): a dictionary look-up per token instead of comparing it with each state."""
    table: dict[str, str] = {}
    for state in sorted(dateline_states()):
        for slip in edits1(state) - {state}:
            table[slip] = state if table.get(slip, state) == state else ""
    return table


def state_slips(text: str, unknown: Iterable[str]) -> Iterator[StateSlip]:
    """Each print, in a dateline's place, of a word no list knows one slip from one state's or
    province's dateline form (`unknown`: the text's capitalised words no list knows, lower-cased)."""
    table = _slips_of_states()
    code = compiled().code
    for token in unknown:
        if len(token) < MIN_LENGTH or not (state := table.get(token)) or code(token) & ~DOUBTFUL:
            continue
        printed = token.capitalize()
        for match in compile_cached(_IN_DATELINE.format(token=printed)).finditer(text):
            yield StateSlip(match.start(), match.end(), printed, state.capitalize())
