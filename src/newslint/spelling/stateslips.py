"""A US state or Canadian province typed with one slip in a wire dateline's place, after the
city and before the date ("SAN DIEGO, Calmif., March 2", "NORWOOD, Masls., March 16"): the
place says which word was meant, whatever the slip, where the word alone would be anyone's guess."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from ..regexes import compile_cached
from .index import within_one_edit
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


def state_slips(text: str, unknown: Iterable[str]) -> Iterator[StateSlip]:
    """Each print, in a dateline's place, of a word no list knows one slip from one state's or
    province's dateline form (`unknown`: the text's capitalised words no list knows, lower-cased)."""
    states = sorted(dateline_states())
    code = compiled().code
    for token in unknown:
        if len(token) < MIN_LENGTH or not token.isalpha() or code(token) & ~DOUBTFUL:
            continue
        near = [state for state in states if within_one_edit(token, state)]
        if len(near) != 1:
            continue
        printed = token.capitalize()
        for match in compile_cached(_IN_DATELINE.format(token=printed)).finditer(text):
            yield StateSlip(match.start(), match.end(), printed, near[0].capitalize())
