"""Evidence about one capitalised token and the words around it, for the name checks: is it
valid (a known word or name), does the text around it make it a person's name or another
language's, does an anchor's neighbour miss the rest of its name, how common a name is.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import cache

import regex

from ..data import packs_dir
from ..regexes import compile_cached
from .index import osa_distance, part_distance
from .lexicon import is_derived
from .lookup import COMMON_ZIPF, GIVEN, KNOWN, PROPER, ZIPFS, compiled, compiled_gazetteer
from .names import name_parts
from .text import WORD, strip_possessive
from .vocab import Vocabulary

VOCAB_NAME_ZIPF = 30  # x10: what a desk's own name counts as
MAX_CUE_ZIPF = 50  # x10: a given name more frequent than this is an English word too ("North")
MAX_GIVEN_ZIPF = 60  # x10: more frequent than this, a word of grammar ("the", "may")


@cache
def _neighbour_words() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The words left (searched backwards from the anchor: only the characters just before it
    are visited) and right of an anchor; compiled on first need."""
    return compile_cached(r"(?r)([\w']+)[ -]$"), compile_cached(r"[ -]([\w']+)")


def _near_miss(found: str | None, expected: str | None) -> bool:
    if not found or not expected or found == expected or is_derived(found, expected):
        return False
    limit = part_distance(len(expected))
    return limit > 0 and osa_distance(found, expected, score_cutoff=limit) <= limit


def _a_name(word: str | None) -> bool:
    """A name in its own right ("hercegovina", a spelling of the name's own word): away from
    the anchor only a word or an unknown token is taken for a slip."""
    return word is not None and bool(compiled().code(word) & PROPER)


def _word_left(low: str, edge: int) -> tuple[str, int] | None:
    """The word just before `edge` and where it starts."""
    match = _neighbour_words()[0].search(low, max(0, edge - 40), edge)
    return (match.group(1), match.start()) if match else None


def _word_right(low: str, edge: int) -> tuple[str, int] | None:
    """The word just after `edge` and where it ends."""
    match = _neighbour_words()[1].match(low, edge, edge + 40)
    return (match.group(1), match.end()) if match else None


def _misses_outwards(
    low: str, edge: int, expected: Iterable[str], step: Callable[[str, int], tuple[str, int] | None]
) -> bool:
    """Outwards from an anchor's edge, past the name's words printed right, whether the first
    that is not is a near miss of the name's word there ("agency" two words left of "presse" in
    "agency france-presse"); away from the anchor a name in its own right is none."""
    for depth, word in enumerate(expected):
        found = step(low, edge)
        if found is None or found[0] != word:
            text = found[0] if found else None
            return _near_miss(text, word) and (depth == 0 or not _a_name(text))
        edge = found[1]
    return False


def anchor_is_open(anchor: str, low: str) -> bool:
    """Does a neighbour of this anchor come close to, but miss, the name it belongs to? Past
    the name's words printed right beside it, the first that is not is the neighbour."""
    phrases = compiled_gazetteer().phrases[anchor]
    size = len(anchor)
    at = low.find(anchor)
    while at != -1:
        end = at + size
        if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            for parts, position, _ in phrases:
                if _misses_outwards(low, at, reversed(parts[:position]), _word_left) or _misses_outwards(
                    low, end, parts[position + 1 :], _word_right
                ):
                    return True
        at = low.find(anchor, end)
    return False


def name_zipf(name: str, vocab_names: frozenset[str]) -> int:
    folded = name.casefold()
    if folded in vocab_names:
        return VOCAB_NAME_ZIPF
    own = ZIPFS.get(folded)
    if own:
        return own
    parts = name_parts(folded)
    return min((ZIPFS.get(p) for p in parts), default=0)


def ending_only(token: str, name: str) -> bool:
    """Another ending in place of the name's: its last letter or two replaced ("Februari",
    "Sanwa"), not swapped ("Americna") nor doubled ("Japann")."""
    if len(token) != len(name) or token[-2:] == name[-2:][::-1]:
        return False
    return len(os.path.commonprefix([token, name])) >= len(name) - 2


def whole_word_count(low: str, word: str) -> int:
    """Uses of `word` as a whole word in lower-cased text (in the text as printed, for a count
    that minds capitals)."""
    count, at, size = 0, low.find(word), len(word)
    while at != -1:
        before = low[at - 1] if at else " "
        after = low[at + size : at + size + 1] or " "
        if not before.isalnum() and not after.isalnum():
            count += 1
        at = low.find(word, at + size)
    return count


@cache
def person_cues() -> frozenset[str]:
    """Titles and roles after which a capitalised word is a person's name (data file)."""
    return _word_file("person_cues.txt")


@cache
def formal_titles() -> frozenset[str]:
    """Formal titles printed before a person's name ("President", "Chairwoman") (data file)."""
    return _word_file("titles.txt")


def _word_file(name: str) -> frozenset[str]:
    """A data file of words, one a line, case-folded; '#' opens a comment line."""
    lines = (packs_dir() / "data" / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


@cache
def organisation_ends() -> frozenset[str]:
    """Words that close an organisation's name: a company's legal form, its kind (data files)."""
    return legal_forms() | body_kinds()


@cache
def legal_forms() -> frozenset[str]:
    """Words that close a company's name with its legal form ("Inc", "Corp", "Group") (data file)."""
    return _word_file("organisation_ends.txt")


@cache
def body_kinds() -> frozenset[str]:
    """Words that close a body's name with its kind ("Bureau", "Court", "Ministry") (data file)."""
    return _word_file("body_kinds.txt")


@cache
def place_kinds() -> frozenset[str]:
    """Words that close a place's name with its kind ("Province", "District"): no surname (data file)."""
    return _word_file("place_kinds.txt")


@cache
def dateline_states() -> frozenset[str]:
    """US states and Canadian provinces as a dateline prints them after the city (data file)."""
    return _word_file("dateline_states.txt")


# Up to two more capitalised words, then the word that may close the name, on the same line.
_RUN_AFTER = compile_cached(r"(?:[ ][\p{Lu}&][\p{L}&'’-]*){0,2}?[ ](\p{Lu}[\p{L}]*)\.?(?![\p{L}])")


def in_organisation(text: str, end: int, ends: frozenset[str] | None = None) -> bool:
    """The capitalised word ending at `end` is in an organisation's name: the run of capitalised
    words it opens or continues ends, within three words, in a company's legal form or kind
    ("Summit Enurgy Inc", "American Moters Corp"), or in one of `ends`."""
    ends = organisation_ends() if ends is None else ends
    at = end
    for _ in range(3):
        found = _RUN_AFTER.match(text, at)
        if found is None:
            return False
        if found.group(1).casefold() in ends:
            return True
        at = found.end(1)
    return False


@cache
def _words_before() -> regex.Pattern[str]:
    """Up to four words just before a position, searched backwards from it."""
    return compile_cached(r"(?r)((?:[\p{L}][\p{L}.'’]*[ ]+){1,4})$")


_AGE_BEFORE = compile_cached(r"\d[ -](?i:years?)[ -](?i:old)[ ]+$")


def person_slot(text: str, begin: int) -> bool:
    """After a title or role ("Prime Minister Pham Minh ___", "coach ___") or a given name
    ("Wanderley ___"), in a run of capitalised words: the slot of a person's name."""
    if _AGE_BEFORE.search(text, max(0, begin - 20), begin) is not None:
        return True  # "22-year-old ___", "29 year old ___": a person's age before the name
    match = _words_before().search(text, max(0, begin - 80), begin)
    if match is None:
        return False
    words = match.group(1).split()
    data = compiled()
    for position, word in enumerate(reversed(words)):
        if word.endswith(".") and word[:1].islower():
            return False  # "said the lock forward. Italy": a sentence ended, not a title
        folded = word.casefold().rstrip(".")
        if folded in person_cues():
            return True
        if not word[:1].isupper():
            return False  # the run of capitalised words ends here
        code = data.code(folded)
        if (
            # A given name ("Mikhail", "Ken"), but not one as common as an English word that
            # opens place names ("North") nor a part of a place's name ("Minh", "Kuala").
            position == 0 and code & GIVEN
            and code >> 8 < MAX_CUE_ZIPF and folded not in data.phrases
        ):
            return True
    return False


# Verbs of speech: the capitalised word just before one is the speaker ("Cotting said").
_SPEAKER = compile_cached(r"[ ]+(?:said|says|told|added|asked|wrote)\b")


def _word_before(text: str, begin: int) -> str:
    match = _words_before().search(text, max(0, begin - 40), begin)
    return match.group(1).split()[-1] if match is not None else ""


def after_given_name(text: str, begin: int) -> bool:
    """Right after a capitalised word a names list gives as a first name, however common
    ("James"; "Energy" too, a price in recall paid for precision), though not a word of
    grammar some list also holds ("The", "May", "Will")."""
    return _given_name(_word_before(text, begin))


def _given_name(word: str) -> bool:
    if not word[:1].isupper():
        return False
    code = compiled().code(word.casefold())
    return bool(code & GIVEN) and code >> 8 < MAX_GIVEN_ZIPF


# The capitalised word right after a token, across one space.
_NEXT_CAPITALISED = compile_cached(r" (\p{Lu}[\p{Ll}\p{M}]+)\b")


def before_unlisted_name(text: str, end: int) -> bool:
    """Right before a capitalised word no list knows: the token opens a person's name of
    another language ("President Traian Basescu")."""
    match = _NEXT_CAPITALISED.match(text, end)
    if match is None:
        return False
    code = compiled().code(match.group(1).casefold())
    return not code & KNOWN and code >> 8 < COMMON_ZIPF


def named_person(text: str, begin: int, end: int) -> bool:
    """Looser than `person_slot`, for slips that look like names: right after any given name,
    however common ("James Cotting"), or right before a verb of speech."""
    last = _word_before(text, begin)
    if not last[:1].isupper():
        return _SPEAKER.match(text, end) is not None  # "Cotting said"; not "Customs Department said"
    if not _given_name(last):
        return False
    at = text.rfind(last, 0, begin)
    return _THE_BEFORE.search(text, max(0, at - 5), at) is None


# "the" right before a capitalised word: it opens a body's name ("the House Energy and Commerce
# Committee", "the John Lewis Partnership"), not a person's.
_THE_BEFORE = compile_cached(r"(?<![\p{L}])[Tt]he[ ]+$")


_QUOTE_CLOSED = compile_cached(r"[,.?!…][\"”’'][ ]+$")


def before_speech_verb(text: str, end: int) -> bool:
    """A verb of speech follows the word: it is the speaker ("Cotting said")."""
    return _SPEAKER.match(text, end) is not None


def quote_speaker(text: str, begin: int, end: int) -> bool:
    """The one word between a closing quotation and a verb of speech ('...,” Weekes said'):
    the speaker, a person's surname, whatever word it is one slip from."""
    return _QUOTE_CLOSED.search(text, max(0, begin - 4), begin) is not None and _SPEAKER.match(text, end) is not None


def word_list(name: str) -> frozenset[str]:
    """A spelling data file's words, one a line, folded (`#` opens a comment)."""
    lines = (packs_dir() / "data" / "spelling" / name).read_text(encoding="utf-8").splitlines()
    return frozenset(entry for line in lines if (entry := line.split("#", 1)[0].strip().casefold()))


@cache
def foreign_particles() -> frozenset[str]:
    """Small words of other languages ("de", "von") that mark a foreign phrase or name."""
    return word_list("foreign_particles.txt")


_WORD_BEFORE = compile_cached(r"(\p{L}+)\W{1,3}$")
_WORD_AFTER = compile_cached(r"\W{1,3}(\p{L}+)")


def beside_foreign_particle(text: str, at: int, stop: int) -> bool:
    """Beside a small word of another language ("joie de vivre", "Banco Portugues de
    Investimento"): part of a foreign phrase or name, not an English slip."""
    before = _WORD_BEFORE.search(text, max(0, at - 20), at)
    after = _WORD_AFTER.match(text, stop)
    particles = foreign_particles()
    # In capitals a particle's letters are a company's form or an acronym ("Comercial SA").
    return (before is not None and not before[1].isupper() and before[1].casefold() in particles) or (
        after is not None and not after[1].isupper() and after[1].casefold() in particles
    )


def foreign_context(text: str, begin: int, end: int) -> bool:
    """The line around a token is mostly words no list knows ("Kamis, 24 Februari 2011"):
    another language, whose spelling of a name is its own."""
    lo = text.rfind("\n", 0, begin) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi != -1 else len(text)]
    data = compiled()
    words = [m.group().casefold() for m in WORD.finditer(line) if m.start() != begin - lo]
    words = words[:60]
    if not words:
        return False
    unknown = sum(
        1 for w in words
        if not (code := data.code(strip_possessive(w))) & KNOWN and code >> 8 < COMMON_ZIPF
    )
    return unknown * 3 >= len(words)


def is_valid(folded: str, vocab: Vocabulary, entry: int | None = None) -> bool:
    """A known name, an English word, a frequent word or a desk's word: never suspicious.
    `entry` is the word's compiled().code, when the caller has looked it up already."""
    if entry is None:
        entry = compiled().code(folded)  # one lookup: the word list, names and frequency
    if entry & KNOWN or folded in vocab.words or entry >> 8 >= COMMON_ZIPF:
        return True
    if "-" in folded:
        return all(is_valid(p, vocab) for p in folded.split("-") if p)
    return False
