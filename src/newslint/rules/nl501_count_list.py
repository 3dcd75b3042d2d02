"""NL501 count-list-mismatch: "three countries: Laos, Vietnam, Cambodia and Thailand"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

import regex

from ..analysis.numbers.data import numbers_data
from ..analysis.numbers.lists import ParsedList, parse_list
from ..analysis.numbers.locate import prose_locator
from ..analysis.numbers.parse import CARDINAL, cardinal_like, cardinal_words, parse_cardinal
from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_cached, compile_v1

# What opens a list after a plural noun: a colon, a dash, a comma or a parenthesis. Found
# first (a cheap scan); the count before the noun is read only at these few places. Each
# separator has a scan of its own with a literal start, which is several times faster than
# one pattern starting at every "s"; the noun before it is then checked with `endswith`.
_NOUN_ENDS = ("s", "people", "men", "children", "police", "staff", "personnel", "media")


def _after_noun(*separators: str) -> str:
    """A look-behind for a noun ending right before the separator (commas and hyphens are
    common: they are best sorted out inside the scan)."""
    return "(?:" + "|".join(
        f"(?<={re.escape(noun + sep)})" for sep in separators for noun in _NOUN_ENDS
    ) + ")"


# Each scan starts at its separator's rarest character (a pattern opening with a space stops
# at every word); what must stand before it is checked by look-behinds.
_COLON_SPACE = re.compile(": ")  # with the space before it, if any: " : "
_SEPARATORS = (  # (scan, characters of the separator before the match)
    # "[senfla]": the last letters of the nouns, a cheap first test.
    (re.compile(r"-(?<=[senfla] -)-? " + _after_noun(" - ", " -- ")), 1),
    (re.compile(r",(?<=[senfla],) " + _after_noun(", ") + r"(?=(?:the )?[A-Z])"), 0),
    (re.compile(r"\((?<=[senfla] \()(?=(?:the )?[A-Z])"), 1),
)
_WIDE_DASHES = (re.compile(r"[–—](?<= [–—]) "), 1)
# The nouns the count may name, besides a plural in -s.
_PLAIN_NOUNS = frozenset(("people", "men", "women", "children", "police", "staff", "personnel", "media"))
# A count, up to three modifiers and the plural noun, ending where the opening starts.
# Compiled on first need (the cardinal pattern is large): start-up time matters.
_COUNT_NOUN = (
    rf"""
    (?<![\w.,$£€/-])(?P<n>(?i:{CARDINAL}))(?![\w%/]|[.,-]\w)
    (?P<mods>(?:[ ](?!(?:and|or|of|the|a|to|in|at|for|from|with|by|on|are|were|is|was|have|had)\b)
        [\p{{L}}'’-]+){{0,3}}?)
    [ ](?P<noun>\p{{Ll}}[\p{{Ll}}-]*s|people|men|women|children|police|staff|personnel|media)
    \Z"""
)
_LOOK_BACK = 70
# Where a count may start: a digit or the first word of a number written out.
# A count never follows a letter or digit (the patterns' look-behinds), hence the `\b`: "one"
# in "money" or "ten" in "often" starts no search.
_ANY_NUMBER = re.compile(
    r"\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)  # searched in lower-cased ASCII text: a case-blind pattern would be several times slower
# Words that turn the words before a colon into a clause about something else.
_CLAUSE_WORDS = frozenset("said says told of in at to from for with by than that which who".split())
_COUNT_NOUN_VERB = _COUNT_NOUN.replace(r"\Z", r"(?P<verb>(?:[ ]\p{Ll}+){1,3})\Z")


# An item carrying its own figure in brackets ("Bintulu (109)").
_OWN_FIGURE = compile_cached(r"\(\s*\d[\d,.]*\s*\)\s*$")


@cache
def _compiled(source: str) -> regex.Pattern[str]:
    return compile_v1(source, regex.VERBOSE)


@cache
def _both() -> regex.Pattern[str]:
    return compile_cached(r"(?<![\w-])(?P<both>[Bb]oth) (?=(?:the )?\p{Lu})")


@cache
def _subset_before() -> regex.Pattern[str]:
    """A count preceded by this names a whole the list is only part of: "of the 12 EC
    countries, France and Italy ..."."""
    return compile_cached(
        r"(?:\b(?:of|among|amongst|than|out\ of|all)"
        r"(?:\s+(?:the|its|their|his|her|our|these|those|all|some))?\s+)$",
        regex.IGNORECASE | regex.VERBOSE,
    )


@cache
def _nouns() -> tuple[frozenset[str], frozenset[str]]:
    data = numbers_data()
    return frozenset(data.unit_nouns), frozenset(data.place_nouns)


def _count_words(n: int) -> str:
    return cardinal_words(n) if n < 1000 else str(n)


class _Opening(NamedTuple):
    """Where a list opens: its separator, the offset of the list's first item, and the
    count and noun before it."""

    sep: str  # ":", "-", "," or "("
    list_start: int
    count: regex.Match[str]


class CountListMismatch(Rule):
    spec = RuleSpec(
        code="NL501",
        name="count-list-mismatch",
        category="count",
        summary="A stated count disagrees with the list that follows it.",
        rationale=(
            "\"Officials from three countries: Laos, Vietnam, Cambodia and Thailand\" is wrong "
            "in a way no spell checker sees: an item was added to the list (or dropped) and "
            "the count was not updated. The rule counts the list with care for names that "
            "hold \"and\" or a comma (\"Trinidad and Tobago\"), Oxford commas and lists that "
            "are only part of the whole (\"of the 12 countries, France and Italy\"; after a comma, a list "
            "not half as long as the count goes on with more, \"in 27 states, the District of Columbia and "
            "the Virgin Islands\"), and "
            "reports only counts no reading of the list can give. \"Both\" before three or "
            "more items is reported too. Which number is right is for an editor to decide."
        ),
        example="Ministers from three countries - Laos, Vietnam, Cambodia and Thailand - met.",
        fix_safety="display-only",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        units, places = _nouns()
        text = doc.text
        locate = None
        for opening in self._openings(text):
            match = opening.count
            locate = locate or prose_locator(doc)
            block = locate(opening.list_start - 1)
            if block is None or match.start() < block.start:
                continue
            noun = match["noun"]
            if noun in units or match["mods"].endswith(("'s", "’s")):
                continue
            n = parse_cardinal(match["n"])
            if n is None or not 2 <= n <= 100:
                continue
            if _subset_before().search(text, max(block.start, match.start() - 30), match.start()):
                continue
            sep = opening.sep
            parsed = parse_list(
                block.text,
                opening.list_start - block.start,
                closing=")" if sep == "(" else ("-" if sep not in (":", ",") else None),
                closed=sep != ",",
                allow_plain=sep not in (",", "("),
                place_noun=noun in places,
                trim=sep != ",",
            )
            if parsed is None or parsed.minimum <= n <= parsed.maximum:
                continue
            if sep == "," and parsed.maximum * 2 < n:
                continue  # "in 27 states, the District of Columbia and ...": more places, not the 27 named
            if sum(1 for item in parsed.items if _OWN_FIGURE.search(item)) >= 2:
                continue  # "73 victims, Tatau (34), Bintulu (109)": places with their own counts, not the items counted
            yield self._count_finding(match, n, parsed)
        for match in _both().finditer(text) if "oth " in text else ():
            locate = locate or prose_locator(doc)
            block = locate(match.start())
            if block is None:
                continue
            parsed = parse_list(block.text, match.end() - block.start, trim=True)
            if parsed is None or parsed.minimum <= 2:
                continue
            listed = ", ".join(parsed.items)
            yield self.diagnostic(
                match.start("both"),
                match.end("both"),
                f'"{match["both"]}" before {_count_words(len(parsed.items))} items: {listed}',
            )

    @staticmethod
    def _openings(text: str) -> list[_Opening]:
        """Every place a list may open after a count and a plural noun, in text order."""
        found: list[_Opening] = []
        colons = [colon.start() for colon in _COLON_SPACE.finditer(text)]
        for sep_start, sep_end in _separators(text, colons):
            begin = _count_noun_begin(text, sep_start)
            if begin is None:
                continue
            match = _compiled(_COUNT_NOUN).search(text, begin, sep_start)
            if match is not None:
                found.append(_Opening(text[sep_start:sep_end].strip(), sep_end, match))
        for colon in colons:
            following = text[colon + 2 : colon + 3]
            if not following or following.isspace():
                continue  # "Four candidates are standing: A, B" has a word after the colon
            sep_start = colon
            if text[sep_start - 1 : sep_start] == " ":
                sep_start -= 1
            if not text[sep_start - 1 : sep_start].islower():
                continue
            begin = _first_number(text, max(0, sep_start - _LOOK_BACK - 30), sep_start)
            if begin is None:
                continue  # no count can stand before the colon
            match = _compiled(_COUNT_NOUN_VERB).search(text, begin, sep_start)
            if match is not None and not _CLAUSE_WORDS.intersection(match["verb"].split()):
                found.append(_Opening(":", colon + 2, match))
        found.sort(key=lambda opening: opening.list_start)
        return found

    def _count_finding(self, match: regex.Match[str], n: int, parsed: ParsedList) -> Diagnostic:
        count = len(parsed.items) if parsed.minimum <= len(parsed.items) <= parsed.maximum else None
        listed = ", ".join(parsed.items)
        said = f'{match["n"]}{match["mods"]} {match["noun"]}'
        if count is not None:
            found = f"the list names {_count_words(count)}"
        else:
            found = f"the list names {parsed.minimum} to {parsed.maximum}"
        message = f'"{said}" but {found}: {listed}'
        start, end = match.start("n"), match.end("n")
        fix = None
        if count is not None:
            fix = Fix.display_only(
                f"Say {cardinal_like(count, match['n'])} or correct the list",
                Edit(start, end, cardinal_like(count, match["n"])),
            )
        return self.diagnostic(start, match.end("noun"), message, fix)


def _separators(text: str, colons: list[int]) -> list[tuple[int, int]]:
    """(start, end) of every separator right after a plural noun, in text order; `colons`
    are the offsets of every ": "."""
    found: list[tuple[int, int]] = []
    for colon in colons:
        start = colon - 1 if text[colon - 1 : colon] == " " else colon
        if text.endswith(_NOUN_ENDS, 0, start):
            found.append((start, colon + 2))
    scans = _SEPARATORS if text.isascii() else (*_SEPARATORS, _WIDE_DASHES)
    for scan, before in scans:
        for sep in scan.finditer(text):
            start = sep.start() - before
            if text.endswith(_NOUN_ENDS, 0, start):
                found.append((start, sep.end()))
    found.sort()
    return found


def _count_noun_begin(text: str, end: int) -> int | None:
    """Where a search for `_COUNT_NOUN` ending here may begin; None if it cannot match: the
    word before must be its noun, and a number must stand before that word."""
    begin = max(0, end - _LOOK_BACK)
    space = text.rfind(" ", begin, end)
    noun = text[space + 1 : end]
    if space < 0 or noun not in _PLAIN_NOUNS and not (
        noun[:1].islower() and noun.replace("-", "").isalpha() and noun.replace("-", "").islower()
    ):
        return None
    return _first_number(text, begin, space)


def _first_number(text: str, begin: int, end: int) -> int | None:
    """The first place in text[begin:end] where a count may start (a digit or a number word;
    the count is the match's first part, so no match starts earlier); None if there is none."""
    window = text[begin:end]
    if not window.isascii():
        return begin  # case-folding beyond ASCII: leave it to the full pattern
    found = _ANY_NUMBER.search(window.lower())
    return None if found is None else begin + found.start()
