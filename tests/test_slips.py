"""The typing-slip shapes NL106 counts, and the pre-test that must never rule one out."""

from __future__ import annotations

import string

import pytest

from newslint.spelling.slips import dropped_from, slip_kind, slip_sources


@pytest.mark.parametrize(
    ("token", "word", "kind"),
    [
        ("captial", "capital", "swap"),
        ("adminstration", "administration", "drop"),
        ("curent", "current", "undouble"),
        ("commmittee", "committee", "stutter"),
        ("netowork", "network", "stutter"),
        ("tesuday", "tuesday", "move"),  # a letter typed two places early
        ("decmbeer", "december", "move"),  # ... or late
        ("etmer", "meter", None),  # the first letter moved: no slip of these shapes
        ("repablic", "republic", "vowel"),
        ("berson", "person", None),  # a changed letter: how names sit near words
        ("petar", "peter", None),  # a changed vowel in a short word: a name's own
        ("novell", "novel", None),  # a slip at the end
        ("sheard", "heard", None),  # a slip at the start
        ("reatta", "regatta", None),  # a letter dropped from a short word
        ("calmos", "calms", None),  # a letter added that repeats none beside it
        ("centraal", "central", None),  # a doubled "a": Dutch, not a slip
    ],
)
def test_slip_kind(token: str, word: str, kind: str | None) -> None:
    assert slip_kind(token, word) == kind


@pytest.mark.parametrize(
    "word", ["administration", "commission", "network", "allure", "partners", "current", "tomorrow", "sapphire"]
)
def test_slip_sources_hold_every_word_a_slip_came_from(word: str) -> None:
    tokens: set[str] = set()
    for i in range(len(word) + 1):
        for letter in string.ascii_lowercase:
            tokens.add(word[:i] + letter + word[i:])
            tokens.add(word[:i] + letter + word[i + 1 :])
        tokens.add(word[:i] + word[i + 1 :])
        tokens.add(word[:i] + word[i + 1 : i + 2] + word[i : i + 1] + word[i + 2 :])
        tokens.add(word[:i] + word[i + 1 : i + 3] + word[i : i + 1] + word[i + 3 :])
        tokens.add(word[:i] + word[i + 2 : i + 3] + word[i : i + 2] + word[i + 3 :])
    slipped = [t for t in tokens if t != word and slip_kind(t, word) is not None]
    assert slipped
    for token in slipped:
        assert word.encode() in slip_sources(token.encode()), token


@pytest.mark.parametrize("word", ["administration", "commission", "network", "current", "tomorrow"])
def test_the_rules_pre_test_keeps_every_slip(word: str) -> None:
    """NL106 meets the sources without dropped letters, and finds a dropped one with
    `dropped_from` among the frequent words of the token's length plus one."""
    tokens = {word[:i] + word[i + 1 :] for i in range(len(word))}
    tokens |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
    tokens |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
    tokens |= {word[:i] + vowel + word[i + 1 :] for i in range(len(word)) for vowel in "aeiou"}
    slipped = [t for t in tokens if t != word and slip_kind(t, word) is not None]
    assert slipped
    for token in slipped:
        assert word.encode() in slip_sources(token.encode(), drops=False) or dropped_from(token, word), token


@pytest.mark.parametrize(
    ("token", "word", "dropped"),
    [
        ("adminstration", "administration", True),
        ("comision", "commission", False),  # two letters apart
        ("ommission", "commission", False),  # the first letter
        ("commissio", "commission", False),  # the last letter
        ("comission", "commission", True),
    ],
)
def test_dropped_from(token: str, word: str, dropped: bool) -> None:
    assert dropped_from(token, word) is dropped
