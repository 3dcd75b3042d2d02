"""Reading an enumeration such as "Laos, Vietnam, Cambodia and Thailand" and counting its items.

Counting is done with care because the count must be certain before a rule says it is wrong:
names that hold "and" or a comma ("Trinidad and Tobago", "Washington, D.C.") stay one item,
an Oxford comma is allowed, and where a reading is ambiguous the parser returns the smallest
and largest plausible counts so the rule reports only numbers outside that range.
"""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

import regex

from ...regexes import compile_cached
from .data import joined_name_pattern, numbers_data, region_names

# Words that may be lower-case inside a name: "Bank of England", "Vincent van Gogh".
_CONNECTORS = frozenset(
    "of the de du des la le al el von van der den da do dos y for on upon in and & bin ibn "
    "del di".split()
)
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "inc co corp ltd st mr mrs ms dr jr sr bros no gen col lt sgt gov sen rep plc cos messrs "
    "prof capt maj adm cmdr dept univ mt ft ave blvd llc llp lp ag sa nv bv gmbh pty spa "
    "kk oy ab asa ltda cia".split()
)
# Masked text is stood in for by one private-use character per hidden piece (no digits, so
# the figure test below still works on masked text).
_PLACEHOLDER_BASE = 0xE000
_PLACEHOLDERS = compile_cached("[\uE000-\uF8FF]")


def _is_hidden(char: str) -> bool:
    return bool(char) and 0xE000 <= ord(char) <= 0xF8FF


class ParsedList(NamedTuple):
    items: tuple[str, ...]
    minimum: int  # fewest items any plausible reading gives
    maximum: int  # most items any plausible reading gives
    end: int  # offset in the text just past the last item


@cache
def _openers() -> frozenset[str]:
    return frozenset(w.casefold() for w in numbers_data().partial_list_openers)


def _is_sentence_stop(text: str, index: int) -> bool:
    """A full stop at `index` ends a sentence unless it closes an abbreviation."""
    after = text[index + 1 : index + 2]
    if after and not after.isspace() and after not in "\"”’)":
        return False
    if text[index + 2 : index + 3].islower():
        return False  # "Leadplex LLC. and Leadplex Inc": the sentence goes on
    word_start = index
    while word_start > 0 and not text[word_start - 1].isspace() and text[word_start - 1] not in "(\"“":
        word_start -= 1
    word = text[word_start:index]
    if not word:
        return True
    if "." in word or (len(word) == 1 and word.isupper()):
        return False  # U.S., N.Y., initials
    return word.casefold() not in _ABBREVIATIONS


# No list runs longer than this; the cap also keeps the work per list bounded on text that
# never ends a sentence.
MAX_LIST_CHARS = 600


_STOPS = compile_cached(r"[()\n;!?.]| (?:-{1,2}|–|—) ")


def region_end(text: str, start: int, closing: str | None) -> int | None:
    """Where the sentence (or the parenthesis, or the dash-enclosed aside) that holds a list
    ends; None when it runs past MAX_LIST_CHARS. `closing` is ")" inside parentheses, "-"
    after an opening dash, else None."""
    depth = 0
    limit = min(len(text), start + MAX_LIST_CHARS)
    for stop in _STOPS.finditer(text, start, limit):
        i = stop.start()
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0:
            if c == " ":
                if closing != ")":
                    return i
            elif c != "." or _is_sentence_stop(text, i):
                return i
    return limit if limit == len(text) else None


_PARENTHESES = compile_cached(r"\s*\([^()]*\)")


def _mask(region: str) -> tuple[str, list[str]]:
    """Hide parentheses and joined names behind placeholders so commas and "and" inside them
    do not split items; returns the masked text and what each placeholder stood for."""
    hidden: list[str] = []

    def hide(match: regex.Match[str]) -> str:
        hidden.append(match.group())
        return chr(_PLACEHOLDER_BASE + len(hidden) - 1)

    region = _PARENTHESES.sub(hide, region)
    region = joined_name_pattern().sub(hide, region)
    return region, hidden


def _unmask(text: str, hidden: list[str]) -> str:
    return _PLACEHOLDERS.sub(lambda m: hidden[ord(m.group()) - _PLACEHOLDER_BASE], text)


def _name_like(item: str) -> bool:
    words = item.split()
    if not words or len(words) > 6:
        return False
    if words[0] in ("the", "The"):
        words = words[1:]
        if not words:
            return False
    first = words[0]
    if not (first[:1].isupper() or _is_hidden(first[:1])):
        return False
    for word in words[1:]:
        if not (word[:1].isupper() or _is_hidden(word[:1]) or word in _CONNECTORS):
            return False
    return True


def _leading_name(item: str) -> str | None:
    """The capitalised words an item starts with, when a lower-case word follows them."""
    words = item.split(" ")
    taken = 0
    for index, word in enumerate(words):
        capital = word[:1].isupper() or _is_hidden(word[:1])
        if capital or (index and word in _CONNECTORS and index > (words[0] in ("the", "The"))):
            taken = index + 1
            continue
        if index == 0 and word in ("the", "The"):
            continue
        break
    while taken and words[taken - 1] in _CONNECTORS:
        taken -= 1
    if taken == 0 or taken == len(words) or not words[taken][:1].islower():
        return None
    name = " ".join(words[:taken])
    return name if _name_like(name) else None


def _plain_item(item: str) -> bool:
    """A short lower-case item: "speed, cost and quality"."""
    words = item.split()
    return 0 < len(words) <= 3 and words[0].casefold() not in _openers()


_CONJUNCTION = compile_cached(r" (?:and|or|And) ")
_LEADING_CONJUNCTION = compile_cached(r"^(?:and|or|And) ")
_DIGIT = compile_cached(r"\d")


def parse_list(
    text: str,
    start: int,
    *,
    closing: str | None = None,
    closed: bool = False,
    allow_plain: bool = False,
    place_noun: bool = False,
    trim: bool = False,
) -> ParsedList | None:
    """Read the enumeration that starts at `start`.

    `closed`: the list runs to the end of its sentence or aside (after a colon or a dash), so
    a list without "and" is accepted. Otherwise (after a comma) the list must end with an
    "and"/"or" item and stops at the comma that follows it.
    `allow_plain`: lower-case items are allowed (only after a colon or dash).
    `place_noun`: items may carry a region ("Columbus, Ohio"), which lowers the minimum.
    `trim`: the last item may end where the sentence goes on in lower case ("Both France and
    Italy objected"); otherwise it must end at a comma, a dash or the end of the sentence.
    Returns None when the text is not clearly an enumeration.
    """
    end = region_end(text, start, closing)
    if end is None:
        return None
    region, hidden = _mask(text[start:end])
    if _DIGIT.search(region):
        return None  # figures in the items: a breakdown, not a list of names
    parts = region.split(", ")
    last = None
    for index, part in enumerate(parts):
        if index and _LEADING_CONJUNCTION.match(part):
            last = index
            break
        if _CONJUNCTION.search(part):
            follows = parts[index + 1] if index + 1 < len(parts) else ""
            if _LEADING_CONJUNCTION.match(follows):
                continue  # "Smith and Wesson, and Colt": the "and" belongs to a name
            last = index
            break
    if last is None:
        if not closed or len(parts) < 2 or end == len(text) and text.rstrip()[-1:] not in ".!?)\"”’":
            return None  # no "and" and no stop: the copy may be cut inside the list
        last = len(parts) - 1
    trailing = parts[last + 1 :]
    head = parts[:last]
    final = _LEADING_CONJUNCTION.sub("", parts[last]) if last else parts[last]
    pieces = _CONJUNCTION.split(final)
    if len(pieces) > 2:
        return None  # "Atchison, Topeka and Santa Fe Railway and ...": names we cannot part
    if _LEADING_CONJUNCTION.match(parts[last]) and last:
        final_items = [final]
        extra = len(pieces) - 1  # ", and A and B": a name with "and" we do not know, or not
    else:
        final_items = pieces
        extra = 0
    items = [p.strip() for p in head + final_items]
    if any(not item for item in items):
        return None
    check = _name_like if not allow_plain else (lambda s: _name_like(s) or _plain_item(s))
    if trim and not check(items[-1]) and not trailing:
        # "Both France, Germany and Italy objected": the last name ends where the sentence
        # goes on in lower case.
        name = _leading_name(items[-1])
        if name is None:
            return None
        cut = len(items[-1]) - len(name)
        items[-1] = name
        parts[last] = parts[last].rstrip()[: len(parts[last].rstrip()) - cut]
    if not all(check(item) for item in items):
        return None
    if items[0].split()[0].casefold() in _openers() and not _name_like(items[0]):
        return None
    # Trailing parts after the last item: a clause ("which ...") ends the list; a further
    # capitalised part in a closed list means the reading is unclear.
    if closed and trailing:
        regions = region_names()
        for part in trailing:
            if place_noun and part.strip() in regions:
                continue
            if part[:1].isupper() or _is_hidden(part[:1]):
                return None
    # Ambiguity: "and" inside an earlier item may join a name we do not know.
    maximum = len(items) + extra + sum(len(_CONJUNCTION.findall(p)) for p in head)
    minimum = len(items)
    if place_noun:
        regions = region_names()
        qualifiers = sum(
            1 for i, item in enumerate(items) if i and item in regions and items[i - 1] not in regions
        )
        minimum -= qualifiers
    consumed = _unmask(", ".join(parts[: last + 1]), hidden)
    shown = tuple(_unmask(item, hidden).strip() for item in items)
    return ParsedList(shown, max(1, minimum), maximum, start + len(consumed))
