"""NL201's cheap pre-check never hides a double that the exact pattern would find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.rules.nl201_doubled_word import _DOUBLE, _WORD, may_have_double

WORDS = st.sampled_from(["the", "The", "THE", "a", "to", "Hanoi", "10", "it's", "über", "état"])
GLUE = st.sampled_from([" ", "\n", " \r\n ", "(", ")", ".", ",", "“", "”", "—", "-", "'", "’", "«", "§", "…", "  "])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(WORDS, GLUE), min_size=1, max_size=12))
def test_pre_check_never_misses(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in pieces)
    for match in _DOUBLE.finditer(text):
        # Only letter words can be findings ("10 10" is a table): those the pre-check must keep.
        if _WORD.fullmatch(match[1]) and match[1].casefold() == match[3].casefold():
            assert may_have_double(text), text


def test_pre_check_examples() -> None:
    assert may_have_double("He said (the the) rest")
    assert may_have_double("The\nthe end")
    assert not may_have_double("No doubles in this sentence at all.")
    assert may_have_double("\x01The the end, 5the the5")  # any non-letter separates words
    assert not may_have_double("Scores 10 10 and a_b a_b")  # digits and "_" never make a finding
