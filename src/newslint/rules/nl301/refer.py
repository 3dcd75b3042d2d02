"""NL301 on a bare name referring back to a person the story introduced in full ("Jervis said"
after "Paul Jarvis")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import Document
from ...core.rule import Rule
from ...spelling.index import NearWords
from ...spelling.lexicon import is_derived
from ...spelling.lookup import (
    GIVEN,
    PERSON,
    compiled,
)
from ...spelling.nameslots import person_cues
from ...spelling.scan import capitalised, document_words
from ..support.accents import plain
from ..support.spelling import rule_vocabulary
from .shared import (
    _SURNAME_AFTER,
    MAX_JUDGED,
    WordCounts,
    _first_name_before,
    _gendered,
    _is_form_of,
    _other_form,
    _small_code,
    _surname_after,
    _times,
)

BACK_MIN = 4  # letters of a name referred back to; shorter ones sit a letter from many others
BACK_END_MIN = 5  # ... and of one whose last letter differs
BACK_KNOWN_ZIPF = 30  # x10: a listed name rarer than this may be a slip; a commoner one is someone's name
MIN_GIVEN = 3  # a shorter word before a name is an article or particle as often ("Al Said", "El Hadj")
# A print in a list of names ("Sheahan, Horan, O'Callaghan"): a team sheet names each player bare.
_LISTED_AFTER = re.compile(r",\s+[A-Z]")
# The word before a print: a capitalised one makes it part of a longer name ("M Horan", "Ba Trung").
_WORD_BEFORE = re.compile(r"([\w.'’-]+)[ \t]+$")


def _other_spelling(minor: str, major: str) -> bool:
    """Another form or another person's name, not a slip: a word's form, a name changed at an
    end ("Paul", "Paula"), a woman's form of a surname, or the name with its accents."""
    return (
        _is_form_of(minor, major, inner_ok=True) or _other_form(minor, major) or _gendered(minor, major)
        or plain(minor) == plain(major)
    )


def _surname_end_slip(minor: str, major: str, introduction: str) -> bool:
    """A bare print whose last letter differs from the surname of the person the story introduced in
    full ("Rosso, who headed ..." after "Marco Rossi"): another person's name differs at an end
    when it is a given name ("Paul", "Paula"), but a story names a new person in full, and a
    woman's form of the surname or the name with its accents is no slip."""
    if len(minor) < BACK_END_MIN or introduction.rsplit(" ", 1)[-1].casefold() != major:
        return False
    if _gendered(minor, major) or _gendered(major, minor) or plain(minor) == plain(major):
        return False
    if is_derived(minor, major) or is_derived(major, minor):
        return False
    short, long = sorted((minor, major), key=len)
    return short[:-1] == long[:-1] if len(short) == len(long) else long[:-1] == short


def _bare(text: str, start: int) -> bool:
    """No capitalised word just before the print, but a courtesy title ("Mr Khamptaeng")."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return True
    word = match.group(1)
    return not word[:1].isupper() or word.rstrip(".").casefold() in person_cues()


def _introduction(text: str, start: int, end: int) -> str:
    """The person's full name at this print of one of its words: a given name with the surname
    after it ("Robby Chandra"), or the word after a given name ("Paul Jarvis", one no list holds
    too: "Alchin Shirinzade"); "" when it stands alone or after a title or a word."""
    word = text[start:end]
    code = compiled().code(word.casefold())
    if code & GIVEN or not code:
        surname = _SURNAME_AFTER.match(text, end)
        if surname is not None and not surname.group(1).isupper() and not _small_word(surname.group(1)):
            return f"{word} {surname.group(1)}"
    given = _first_name_before(text, start, listed=False)
    if len(given) >= MIN_GIVEN and (compiled().code(given.casefold()) & GIVEN or not _small_word(given)):
        return f"{given} {word}"
    return ""


def _small_word(word: str) -> bool:
    """A word English prints in small letters ("Horticulture", "Said"), not only as a name."""
    return _small_code(compiled().code(word.casefold()))


@lru_cache(maxsize=MAX_JUDGED)  # most capitalised words come back in article after article
def _may_refer_back(name: str | bytes) -> bool:
    """A bare print (lower-cased, as scanned) that may be a slip of an introduced name: no list
    knows it, or it is a rare listed name, not a word English prints in small letters."""
    code = compiled().code(name.decode() if isinstance(name, bytes) else name)
    return not code or bool(code & PERSON) and code >> 8 < BACK_KNOWN_ZIPF and not _small_code(code)


class ReferPasses(Rule):
    """The pass over bare names referring back."""

    def _back_references(self, doc: Document) -> Iterable[Diagnostic]:
        """A person named once by a bare name ("Jervis said", "Mr Khamptaeng"), one slip from the
        name of a person the story introduced in full before ("GeoNet volcanologist Paul Jarvis")
        and names as often (more often, for a listed name): a story names someone in full first,
        so the bare print refers back to that person, misspelled. Shown."""
        words = document_words(doc)
        # Compared as scanned (bytes for ASCII text): only the few pairs found are decoded.
        names = [w for w in words.capitalised_raw if len(w) >= BACK_MIN and w.isalpha()]
        bare = [w for w in names if _may_refer_back(w)]
        if not bare:
            return
        near = NearWords(names, len(bare))
        pairs: dict[str, set[str]] = {}
        for raw in bare:
            found = {m for m, distance in near.within(raw, 1) if distance == 1 and m[0] == raw[0]}
            if found:
                pairs[words.decode(raw)] = {words.decode(m) for m in found}
        if not pairs:
            return  # no bare name one edit from another capitalised word: nearly every article
        text = doc.text
        prints: dict[str, list[tuple[int, int, str]]] = {}
        for block in doc.prose:
            for match in capitalised().finditer(block.text):
                token = match.group()
                if len(token) >= BACK_MIN and token.isalpha() and token[1:].islower():
                    start = block.start + match.start()
                    prints.setdefault(token.casefold(), []).append((start, start + len(token), token))
        wanted = set(pairs).union(*pairs.values())
        introduced = {
            name: next((given for at, end, _ in places if (given := _introduction(text, at, end))), "")
            for name, places in prints.items() if name in wanted
        }
        vocab = rule_vocabulary(self)
        counts = WordCounts(text)
        for minor in pairs:
            places = prints.get(minor, [])
            if len(places) != 1 or counts[minor] != 1 or introduced[minor] or minor in vocab.words:
                continue
            start, end, token = places[0]
            if _surname_after(text, end):
                continue
            if _LISTED_AFTER.match(text, end) or not _bare(text, start):
                continue  # a name in a list of names, or a word of a longer name ("Hai Ba Trung")
            found = [
                major for major in pairs[minor]
                if introduced.get(major) and prints[major][0][0] < start
                and counts[major] >= counts[minor] + (1 if compiled().code(minor) else 0)
                and (not _other_spelling(minor, major) or _surname_end_slip(minor, major, introduced[major]))
            ]
            if len(found) != 1:
                continue
            major = found[0]
            spelled = prints[major][0][2]
            message = (
                f'"{token}" may be a slip: the story introduced "{introduced[major]}" and names '
                f'"{spelled}" {_times(counts[major])}'
            )
            fix = Fix.display_only(f"Replace with {spelled!r}", Edit(start, end, spelled))
            yield self.diagnostic(start, end, message, fix)
