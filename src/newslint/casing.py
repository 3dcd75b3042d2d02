"""Case-preserving replacement: TIMOR-LESTER -> TIMOR-LESTE, Recieve -> Receive."""

from __future__ import annotations


def match_case(original: str, replacement: str) -> str:
    letters = [c for c in original if c.isalpha()]
    if not letters:
        return replacement
    if all(c.isupper() for c in letters) and len(letters) > 1:
        return replacement.upper()
    if all(c.islower() for c in letters):
        return replacement if _has_inner_capital(replacement) else replacement.lower()
    if letters[0].isupper() and all(c.islower() for c in letters[1:]):
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _has_inner_capital(word: str) -> bool:
    # "iPhone", "McDonald": a replacement with its own capitals keeps them.
    return any(c.isupper() for c in word[1:]) or (word[:1].isupper())
