"""How a token was typed from a word one slip away: the kinds of slip a keyboard makes.

A capitalised token may be a real name that merely sits one letter from an English word
("Berson", "Sheard", "Lorimar"); such names differ by a changed letter, most often at either
end. Slips of typing have other shapes: two letters swapped inside the word ("Captial"), a
letter dropped from a long word ("Adminstration"), a doubled letter lost ("Comission") or made
("Commmittee"), a letter struck twice ("Netowork"). Only those count as evidence.
"""

from __future__ import annotations

MIN_DROP_LENGTH = 8  # a letter dropped from a shorter word leaves something a name may be


def slip_kind(token: str, word: str) -> str | None:
    """'swap', 'drop', 'undouble' or 'stutter' when `token` is `word` typed with that slip away
    from its first and last letters, else None (a changed letter, or a slip at either end)."""
    size, length = len(token), len(word)
    if size == length:
        diff = [i for i in range(size) if token[i] != word[i]]
        if (
            len(diff) == 2 and diff[1] == diff[0] + 1 and 0 < diff[0] and diff[1] < size - 1
            and token[diff[0]] == word[diff[1]] and token[diff[1]] == word[diff[0]]
        ):
            return "swap"
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
                return "stutter" if 0 < at < size - 1 and token[at] in nearby else None
        return None
    return None
