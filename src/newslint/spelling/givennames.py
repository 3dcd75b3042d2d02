"""A common given name with one letter changed, before a surname ("Travor Mallard" for Trevor,
"Vlalimir Putin"): a word that no list knows, in the given name's place, whose one near
common given name is the evidence. Shown, never fixed: the person may spell it so."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from .lookup import DOUBTFUL, GIVEN, PERSON, PROPER, WORD, ZIPFS, Compiled, compiled
from .nameslots import in_organisation, person_cues, place_kinds

# A given name this frequent (x10 Zipf) in real text is one a slip is typed from.
MIN_GIVEN_ZIPF = 30
# ... and this frequent for a changed letter: names of other countries sit a changed letter from
# rarer given names ("Oppah", "Mustaha", "Amesh"), seldom a swapped pair from one ("Mihkail").
MIN_CHANGED_GIVEN_ZIPF = 36
# ... and this frequent for a letter more or less: names vary so ("Mohamad", "Abdulla") far more
# often than by a changed letter, so only the commonest given names count ("Anrew", "Franciso").
MIN_RESIZED_GIVEN_ZIPF = 38
COMMON_WORD_ZIPF = 35  # x10: an English word this common after the name is no surname
MIN_LENGTH = 5  # shorter names are one letter from many others ("Jaan", "Joan", "Juan") ...
SHORT_LENGTH = 4  # ... so a four-letter token, or name, counts only beside one of the commonest names
MIN_SHORT_GIVEN_ZIPF = 45  # x10 ("Davd", "Jmes": David, James)
# A word's print, whole, and the capitalised word after it on the same line.
_PRINTED = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)(?= ([A-Z][\w'’-]*))")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SPELLING_VARIANT = frozenset("iy")  # "Collyn", "Collin": two spellings of one name, no slip


class GivenSlip(NamedTuple):
    start: int
    end: int
    found: str
    intended: str
    surname: bool = False


def _changed(word: str) -> Iterator[str]:
    """The word with one inner letter changed, or two inner neighbours swapped: how typing errs
    inside a name it knows; a letter more or less is how names vary."""
    # The first letter kept, and the last too: a last letter changed is how names vary
    # ("Persio", "Persia").
    for index in range(1, len(word) - 1):
        head, tail = word[:index], word[index + 1 :]
        for letter in _LETTERS:
            if letter != word[index] and frozenset((letter, word[index])) != _SPELLING_VARIANT:
                yield head + letter + tail
        if word[index] != word[index + 1]:
            yield head + word[index + 1] + word[index] + word[index + 2 :]


def _resized(word: str) -> Iterator[str]:
    """The word with one inner letter added or lost (the first and last kept: "Dominico" is how
    another language writes Dominic)."""
    for index in range(1, len(word)):
        head, tail = word[:index], word[index:]
        if len(tail) > 1:
            yield head + tail[1:]
        for letter in _LETTERS:
            yield head + letter + tail


def _given(data: Compiled, word: str) -> bool:
    """A given name, not a title that is someone's name too ("Minister", "King")."""
    return bool(data.code(word) & GIVEN) and word not in person_cues()


def _swaps(word: str) -> Iterator[str]:
    """The word with two inner neighbours swapped (the first and last letters kept)."""
    for index in range(1, len(word) - 2):
        if word[index] != word[index + 1]:
            yield word[:index] + word[index + 1] + word[index] + word[index + 2 :]


def given_name_slips(text: str, unknown: Iterable[str]) -> Iterator[GivenSlip]:
    """The slips among the text's capitalised words that no list knows (`unknown`, lower-cased:
    most texts have a few, and only those are looked for)."""
    data = compiled()
    # A names list's rare entry one edit from a famous name (DOUBTFUL: "Roobert", "Perre") is
    # as good as unknown: profiles' own typing slips fill such lists.
    wanted = [
        word.capitalize() for word in unknown
        if len(word) >= SHORT_LENGTH and word.isalpha() and data.code(word) & ~DOUBTFUL == 0
    ]
    for token in wanted:
        at = text.find(token)
        while at >= 0:
            match = _PRINTED.match(text, at)
            begin, at = at, text.find(token, at + 1)
            slip = _slip(text, match, data) if match is not None and match.group(1) == token else None
            if slip is None and _whole(text, begin, token):
                slip = _surname_slip(text, begin, token, data)
            if slip is not None:
                yield slip


def _slip(text: str, match: re.Match[str], data: Compiled) -> GivenSlip | None:
    """The slip a print of a word no list knows stands for, or None."""
    token, after = match.group(1), match.group(2)
    if in_organisation(text, match.end(1)) or in_organisation(text, match.end(1), place_kinds()):
        return None  # a firm's or a place's name ("Enzon Inc", "Buyant Ukhaa International Airport")
    after_code = data.code(after.casefold())
    if len(after) == 1 and text[match.end(2) : match.end(2) + 1] == ".":
        after_code = 0  # a middle initial ("Jmes M. Fitzgibbons"): a person's name goes on
    if after_code & WORD and not after_code & PROPER and ZIPFS.get(after.casefold(), 0) >= COMMON_WORD_ZIPF:
        return None  # "Moere South", "Lasar Version": a common word after it is no surname
    before = text[max(0, match.start() - 40) : match.start()].rsplit(None, 1)
    if before and before[-1][:1].isupper() and _given(data, before[-1].casefold().rstrip(",.")):
        return None  # after a given name: a surname or a second name of its own
    # A listed rare name a changed letter from a famous one is a name of its own as often as not
    # ("Morio", "Mario"); a letter more or less, or two swapped, is typing's.
    changed = set(_changed(token.casefold())) if not data.code(token.casefold()) & DOUBTFUL else set()
    known, common = data.known_set, data.common_set
    if known is not None and common is not None:
        # Once the reference sets are loaded, C-level set operations leave the few edits that
        # are words or names at all, or frequent (a given name of no list but the names
        # dataset's, "Mustafa", is only that): the same edits as asking each one's entry.
        edits = set(map(str.encode, changed))
        changed = {word.decode() for word in known.intersection(edits) | common.intersection(edits)}
    folded = token.casefold()
    swapped = {  # two neighbours after the first letter swapped, the last two too ("Chugn")
        folded[:i] + folded[i + 1] + folded[i] + folded[i + 2 :] for i in range(1, len(folded) - 1)
    }
    near = {
        word for word in changed
        if (code := data.code(word)) & GIVEN and (code & PROPER or not code & WORD or _short_and_common(folded, word))
        and ZIPFS.get(word, 0) >= MIN_GIVEN_ZIPF
    }
    if len(near) == 1 and not near & swapped and ZIPFS.get(next(iter(near)), 0) < MIN_CHANGED_GIVEN_ZIPF:
        return None
    if not near:
        near = {
            word for word in _resized(folded)
            if len(word) >= MIN_LENGTH and (code := data.code(word)) & GIVEN
            and (code & PROPER or not code & WORD or _short_and_common(folded, word))
            and ZIPFS.get(word, 0) >= MIN_RESIZED_GIVEN_ZIPF
        }
    if not near and after_code & PERSON and not after_code & (GIVEN | WORD):
        # Before a surname the lists hold, two inner letters swapped from a rarer given name
        # ("Melvut Cavusoglu" for Mevlut): a swap makes a real name by chance far less often
        # than a changed letter does.
        near = {
            word for word in _swaps(token.casefold())
            if (code := data.code(word)) & GIVEN and not code & WORD
        }
    if len(token) < MIN_LENGTH:
        near = {word for word in near if ZIPFS.get(word, 0) >= MIN_SHORT_GIVEN_ZIPF}
    return _one_slip(text, match.start(1), token, near, False)


def _short_and_common(token: str, name: str) -> bool:
    """A four-letter token near one of the commonest names, which word lists hold too ("Jmes",
    "Jakc": James, Jack): in the given name's place the name is meant. A longer token near a
    four-letter name that is a word too is another language's name ("Wiang", "Knong")."""
    return len(token) < MIN_LENGTH and ZIPFS.get(name, 0) >= MIN_SHORT_GIVEN_ZIPF


def _whole(text: str, at: int, token: str) -> bool:
    """The token printed at `at` as a whole word."""
    return not text[at - 1 : at].isalpha() and not text[at + len(token) : at + len(token) + 1].isalnum()


def _surname_slip(text: str, at: int, token: str, data: Compiled) -> GivenSlip | None:
    """A word no list knows right after a given name ("Mohammad Ibrhaim"), two inner neighbours
    of a common person's name swapped: a swap makes a real name by chance far less often than a
    changed letter does, and how names vary (a letter more, less or changed) is left alone."""
    before = text[max(0, at - 40) : at]
    if not before.endswith(" "):
        return None
    words = before.rsplit(None, 1)
    given = words[-1] if words else ""
    if not (given[:1].isupper() and given[1:].islower() and _given(data, given.casefold())):
        return None
    if in_organisation(text, at + len(token)):
        return None  # a firm's name ("Ahmad Trdaing Co")
    near = {
        word for word in _swaps(token.casefold())
        if (code := data.code(word)) & PERSON and not code & WORD and ZIPFS.get(word, 0) >= MIN_GIVEN_ZIPF
    }
    return _one_slip(text, at, token, near, True)


def _one_slip(text: str, at: int, token: str, near: set[str], surname: bool) -> GivenSlip | None:
    """The slip when one name is near, the token is printed once and the name nowhere."""
    if len(near) != 1:
        return None
    if len(re.findall(rf"(?<![\w'’-]){token}(?![\w'’-])", text)) > 1:
        return None  # printed so more than once: the person's own spelling
    intended = next(iter(near)).capitalize()
    if re.search(rf"(?<![\w'’-]){intended}(?![\w'’-])", text):
        return None  # the article prints the right name too: NL301's evidence, not this
    return GivenSlip(at, at + len(token), token, intended, surname)
