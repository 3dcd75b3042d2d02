"""Letters no word holds: a slip of the keys often leaves a trio of letters that hardly any
English word or name of any list has ("Cqurch", "Enlgand", "Crporation"), while a name of
another language keeps the trios of that language's names, which the lists hold too. A token
with such a trio, one keyboard slip from a frequent English word that has none, is that word
mistyped."""

from __future__ import annotations

from functools import lru_cache

from .lookup import PROPER, WORD, compiled
from .slips import KEYS, keys_beside
from .store import PLAIN_TRIO

# A trio held by this many words and names at most is odd ("^cq", "nlg"); the word meant holds
# only trios held by PLAIN_TRIO (the store's) or more.
ODD_TRIO = 10
MIN_LENGTH = 4
# A changed letter is how names differ ("Hamdy", "Handy"): it counts only where the token holds
# a trio this rare.
UNSEEN_TRIO = 2
# The word meant is a word of everyday prose (Zipf 4 x10): rarer ones are as often a name's model.
MIN_ZIPF = 40
_VOWELS = frozenset("aeiouy")


def _trios(word: str) -> list[str]:
    marked = f"^{word}$"
    return [marked[i : i + 3] for i in range(len(marked) - 2)]


def _plain(word: str) -> bool:
    count = compiled().letter_count
    return all(count(trio) >= PLAIN_TRIO for trio in _trios(word))


def _slipped_from(token: str, changes: bool, any_key: bool) -> set[str]:
    """The words a token can be, one keyboard slip back: a letter struck twice or with a key
    beside it taken out, two neighbours swapped back, a lost letter put back; with `changes`,
    a key beside the one struck too. With `any_key`, any letter taken out or changed, not only
    a key beside its neighbour or the one meant."""
    found: set[str] = set()
    for at, letter in enumerate(token):
        neighbours = token[max(0, at - 1) : at] + token[at + 1 : at + 2]
        if any_key or any(keys_beside(letter, n) or letter == n for n in neighbours):
            found.add(token[:at] + token[at + 1 :])
        if at + 1 < len(token) and letter != token[at + 1]:
            found.add(token[:at] + token[at + 1] + letter + token[at + 2 :])
        if changes:
            keys = (key for key in KEYS if key != letter and (any_key or keys_beside(key, letter)))
            found.update(token[:at] + key + token[at + 1 :] for key in keys)
    for at in range(len(token) + 1):
        found.update(token[:at] + key + token[at:] for key in KEYS)
    found.discard(token)
    return found


def _oddest(word: str) -> int:
    """How many words and names hold the token's rarest letter trio."""
    return min(map(compiled().letter_count, _trios(word)))


def unseen_letters(token: str) -> bool:
    """A trio of letters that no word or name of any list holds ("lrl", "fwn"): no spelling of
    a name, even another language's, whose trios the lists hold ("prs" of "Prso"); a trio a
    name or two hold is a rare name's ("ncx" of the Dutch "Francx")."""
    return _oddest(token.lower()) == 0


@lru_cache(maxsize=4096)
def odd_letter_slip(token: str) -> str | None:
    """The frequent English word a token is one keyboard slip from, when the token holds a trio
    of letters hardly any word or name holds and the word holds none: the only such word. When
    no keyboard slip gives one, any letter added or changed may ("Pjrime", "Elbctronics"): the odd
    trio, which the word meant lacks, is the evidence, whatever key made it."""
    word = token.lower()
    if len(word) < MIN_LENGTH or not word.isascii() or not word.isalpha() or _VOWELS.isdisjoint(word):
        return None  # short, or no vowel: an abbreviation ("Dlrs", "Mbps")
    data = compiled()
    oddest = _oddest(word)
    if oddest > ODD_TRIO:
        return None  # nearly every token: its letters are words' letters
    if data.code(word) & (WORD | PROPER):
        return None
    for any_key in (False, True):
        meant = [
            other for other in data.english_words(sorted(_slipped_from(word, oddest <= UNSEEN_TRIO, any_key)))
            if data.code(other) >> 8 >= MIN_ZIPF and _plain(other)
        ]
        if meant:
            return meant[0] if len(meant) == 1 else None
    return None
