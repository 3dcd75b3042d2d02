"""Calendar dates printed on a page's short lines, read with dateutil's parser.

A page prints several dates: the story's own (a date line, "Publish Date : 06 March 2024"), a
listing's, and on many sites the day the page was served, in the site's top bar. Only a full
date counts here: a line that names no day or no month says nothing about which story it dates.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

# Two defaults that differ in every field: a field the text does not give comes out different.
_DEFAULTS = (dt.datetime(1904, 1, 1), dt.datetime(1908, 12, 31))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d")
MAX_DATE_LINE = 60  # a date line, labelled or not; longer lines are prose that may name a date


@cache
def _parser() -> Any:
    # Loaded on first need: few pages print a date line that asks for it.
    from dateutil import parser

    return parser


def full_date(text: str) -> dt.date | None:
    """The day a short line names in full (year, month and day), or None."""
    if len(text) > MAX_DATE_LINE or _YEAR.search(text) is None:
        return None
    parser = _parser()
    try:
        first, second = (parser.parse(text, fuzzy=True, default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


def days_apart(day: dt.date, lines: Iterable[str]) -> int:
    """The most days between `day` and a full date on one of `lines` (0 when none names one)."""
    return max((abs((other - day).days) for line in lines if (other := full_date(line.strip())) is not None), default=0)
