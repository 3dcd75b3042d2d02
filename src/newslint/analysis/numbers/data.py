"""The shipped data of the NL5xx number rules (`rules/data/numbers.yaml`), loaded once."""

from __future__ import annotations

import importlib.util
import os
import re
from dataclasses import dataclass
from functools import cache

from ...data import shipped_as
from ...storage import user_records

NUMBERS_DATA = "data/numbers.yaml"


@dataclass(frozen=True)
class NumbersData:
    joined_names: list[str]
    unit_nouns: list[str]
    place_nouns: list[str]
    region_qualifiers: list[str]
    partial_list_openers: list[str]
    quantity_verbs: dict[str, list[str]]
    generic_subjects: list[str]
    hedges: list[str]

    def __post_init__(self) -> None:
        if any(not name.strip() for name in self.joined_names):
            raise ValueError("joined_names: empty name")


@cache
def numbers_data() -> NumbersData:
    return shipped_as(NUMBERS_DATA, NumbersData)


@cache
def joined_names() -> frozenset[str]:
    """Names that hold "and" or a comma and are one item in a list: the data file's own
    plus every pycountry country name with "and" in it."""
    return frozenset(numbers_data().joined_names) | frozenset(_pycountry_names()["joined"])


@cache
def joined_name_pattern() -> re.Pattern[str]:
    """One alternation over the joined names, longest first, matched on word boundaries
    (plain `re`: it compiles this long literal alternation twice as fast as `regex`)."""
    alternatives = "|".join(re.escape(n) for n in sorted(joined_names(), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![\w])")


@cache
def region_names() -> frozenset[str]:
    """Countries, US states and the data file's qualifiers: what may follow a city in a list."""
    return frozenset(numbers_data().region_qualifiers) | frozenset(_pycountry_names()["regions"])


@cache
def _pycountry_names() -> dict[str, list[str]]:
    """From pycountry: country names with "and" in them ("joined"), and country and US state
    names ("regions"). Importing pycountry reads its whole database (tens of milliseconds), so
    the lists are kept in the user cache for the installed copy of pycountry."""
    spec = importlib.util.find_spec("pycountry")
    origin = spec.origin if spec is not None and spec.origin else ""
    try:
        stamp = f"{origin}\0{os.stat(origin).st_mtime_ns}" if origin else ""
    except OSError:
        stamp = origin
    key = user_records.key_of(stamp.encode(), b"numbers-pycountry-1")
    found = user_records.read("derived", key)
    if isinstance(found, dict) and all(isinstance(found.get(k), list) for k in ("joined", "regions")):
        return found
    import pycountry

    joined, regions = set(), set()
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and " and " in value:
                joined.add(value)
        regions.add(country.name)
        common = getattr(country, "common_name", None)
        if common:
            regions.add(common)
    for subdivision in pycountry.subdivisions.get(country_code="US") or ():
        regions.add(subdivision.name)
    found = {"joined": sorted(joined), "regions": sorted(regions)}
    user_records.write("derived", key, found)
    return found


