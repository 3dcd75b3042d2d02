"""How a token was typed from a word one slip away: the kinds of slip a keyboard makes.

A capitalised token may be a real name that merely sits one letter from an English word
("Berson", "Sheard", "Lorimar"); such names differ by a changed letter, most often at either
end. Slips of typing have other shapes: two letters swapped inside the word ("Captial"), a
letter dropped from a long word ("Adminstration"), a doubled letter lost ("Comission") or made
("Commmittee"), a letter struck twice ("Netowork"), a letter typed two places early or late
("Tesuday", "Decmbeer"); and, in a long word, one vowel written for another ("Repablic"), the
way words are misremembered. Only those count as evidence.
"""

from __future__ import annotations

MIN_DROP_LENGTH = 8  # a letter dropped from a shorter word leaves something a name may be
# A vowel written for another inside a word this long ("Goverment" aside, the commonest way a
# word is misremembered: "Genoral", "Frunch"); shorter ones are names' own ("Petar", "Mira").
MIN_VOWEL_LENGTH = 6
_VOWELS = "aeiou"
# Vowels that Dutch, Finnish and Estonian double and English hardly ever does.
_OTHER_LANGUAGES_DOUBLE = "au"


_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KEYS = {key: (row, column) for row, keys in enumerate(_ROWS) for column, key in enumerate(keys)}


def keys_beside(one: str, other: str) -> bool:
    """Keys next to each other on a QWERTY keyboard (rows are offset by half a key)."""
    if one not in KEYS or other not in KEYS:
        return False
    (row, column), (other_row, other_column) = KEYS[one], KEYS[other]
    return abs(row - other_row) <= 1 and abs(column - other_column + (row - other_row) / 2) <= 1


def moved_letters(token: str) -> set[str]:
    """The token with one inner letter typed two places early or late put back ("tesuday" ->
    "tuesday", "decmbeer" -> "december"): two edits, but one slip of the hands, and only a few
    strings to try. The first and last letters stay."""
    out = set()
    for i in range(1, len(token) - 3):
        a, b, c = token[i : i + 3]
        out.add(token[:i] + b + c + a + token[i + 3 :])
        out.add(token[:i] + c + a + b + token[i + 3 :])
    out.discard(token)
    return out


def slip_kind(token: str, word: str) -> str | None:
    """'swap', 'move', 'drop', 'undouble', 'stutter' or 'vowel' when `token` is `word` typed with
    that slip away from its first and last letters, else None (a changed letter, or a slip at
    either end)."""
    size, length = len(token), len(word)
    if size == length:
        diff = [i for i in range(size) if token[i] != word[i]]
        if (
            len(diff) == 2 and diff[1] == diff[0] + 1 and 0 < diff[0] and diff[1] < size - 1
            and token[diff[0]] == word[diff[1]] and token[diff[1]] == word[diff[0]]
        ):
            return "swap"
        if len(diff) == 3 and diff[2] == diff[0] + 2 and 0 < diff[0] and diff[2] < size - 1:
            return "move" if word in moved_letters(token) else None
        if (
            len(diff) == 1 and size >= MIN_VOWEL_LENGTH and 0 < diff[0] < size - 1
            and token[diff[0]] in _VOWELS and word[diff[0]] in _VOWELS
        ):
            return "vowel"
        return None
    if size == length - 1:
        # The last place the dropped letter can have been (in a run of one letter, any of it).
        for at in range(size, -1, -1):
            if token[:at] == word[:at] and token[at:] == word[at + 1 :]:
                if not 0 < at < length - 1:
                    return None
                if word[at] in (word[at - 1], word[at + 1]):
                    return "undouble"
                return "drop" if length >= MIN_DROP_LENGTH else None
        return None
    if size == length + 1:
        for at in range(length, -1, -1):
            if word[:at] == token[:at] and word[at:] == token[at + 1 :]:
                nearby = token[max(0, at - 2) : at] + token[at + 1 : at + 3]
                if token[at] in _OTHER_LANGUAGES_DOUBLE and token[at] in (token[at - 1], token[at + 1 : at + 2]):
                    return None  # "Centraal", "Signaal": another language's spelling
                return "stutter" if 0 < at < size - 1 and token[at] in nearby else None
        return None
    return None


_LETTERS = [bytes([c]) for c in range(ord("a"), ord("z") + 1)]
_VOWEL_BYTES = [bytes([c]) for c in _VOWELS.encode()]


def vowel_changes(token: str, last: bool = False) -> set[str]:
    """The token with one inner vowel written as another ("wurld" -> "world", "warld", ...);
    with `last`, its last letter too when that is a vowel ("exchanga" -> "exchange")."""
    stop = len(token) if last else len(token) - 1
    return {
        token[:i] + vowel + token[i + 1 :]
        for i in range(1, stop) if token[i] in _VOWELS
        for vowel in _VOWELS if vowel != token[i]
    }


def slip_sources(token: bytes, drops: bool = True) -> set[bytes]:
    """Every word an ASCII token can be a `slip_kind` of: its inner letters swapped or moved back, a
    struck-twice letter taken out, a lost letter put back (any letter when the word would be
    long enough for a drop, else a neighbour's double; with `drops` false, only the double).
    One set operation against a word list then says whether a guess is worth making at all."""
    size = len(token)
    out = {token[:i] + token[i + 1 : i + 2] + token[i : i + 1] + token[i + 2 :] for i in range(1, size - 2)}
    out.update(word.encode() for word in moved_letters(token.decode()))
    out.update(
        token[:i] + token[i + 1 :] for i in range(1, size - 1)
        if token[i] in token[max(0, i - 2) : i] + token[i + 1 : i + 3]
    )
    if size >= MIN_VOWEL_LENGTH:
        out.update(
            token[:i] + vowel + token[i + 1 :]
            for i in range(1, size - 1) if token[i : i + 1] in _VOWEL_BYTES
            for vowel in _VOWEL_BYTES if vowel != token[i : i + 1]
        )
    if drops and size + 1 >= MIN_DROP_LENGTH:
        for letter in _LETTERS:
            out.update(token[:i] + letter + token[i:] for i in range(1, size))
    else:
        out.update(token[:i] + token[i - 1 : i] + token[i:] for i in range(1, size))
        out.update(token[:i] + token[i : i + 1] + token[i:] for i in range(1, size))
    return out


# A word this long with one inner letter changed or one letter added ("Inmelligence",
# "Depqartment", "Republicj"): few names are one such edit from a frequent English word.
LONG_SLIP_LENGTH = 8


def long_slip(token: str, word: str) -> bool:
    """`token` is `word` with one inner letter changed, its last two letters swapped, or one
    letter added inside it or after its last (not an "s", a plural's): the first letter kept."""
    size = len(token)
    if size < LONG_SLIP_LENGTH or token[0] != word[0]:
        return False
    if size == len(word):
        diff = [i for i in range(size) if token[i] != word[i]]
        if diff == [size - 2, size - 1]:  # its last two letters swapped ("Parliametn")
            return token[-2:] == word[:-3:-1]
        return len(diff) == 1 and 0 < diff[0] < size - 1
    if size == len(word) + 1:
        if token[:-1] == word:
            return token[-1] not in "aeious"  # "Internationale", "Republica": another language's
        return any(token[:i] + token[i + 1 :] == word for i in range(1, size - 1))
    return False


def long_sources(token: bytes) -> set[bytes]:
    """Every word a long ASCII token can be a `long_slip` of (see `slip_sources`)."""
    size = len(token)
    if size < LONG_SLIP_LENGTH:
        return set()
    out = {token[:i] + letter + token[i + 1 :] for i in range(1, size - 1) for letter in _LETTERS}
    out.update(token[:i] + token[i + 1 :] for i in range(1, size))
    out.add(token[:-2] + token[-1:] + token[-2:-1])
    return out


def dropped_from(token: str, word: str) -> bool:
    """`word` with one of its inner letters left out is `token` ("adminstration")."""
    if len(word) != len(token) + 1 or word[0] != token[0] or word[-1] != token[-1]:
        return False
    at = next((i for i, (a, b) in enumerate(zip(token, word, strict=False)) if a != b), len(token))
    return 0 < at < len(word) - 1 and token[at:] == word[at + 1 :]
