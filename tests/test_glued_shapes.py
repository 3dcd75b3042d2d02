"""NL412's one-scan shape gate finds a shape exactly when one of its substring tests does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.rules import nl412_glued_text as nl412

_TESTS = (b".Aa", b'."Aa', b")A", b"aaAaa", b"aaAa A", b"a,aaa", b")aaa", b".-A", b"aaa.aaa")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list(b'aaaaAA0,).-" ')), max_size=40))
def test_any_shape_is_the_substring_tests(symbols: list[int]) -> None:
    shape = bytes(symbols)
    expected = any(test in shape for test in _TESTS)
    assert (nl412._ANY_SHAPE.search(shape) is not None) == expected


def test_shape_table_keeps_the_sentence_hint() -> None:
    """'"' keeps its own symbol: '."Aa' in the shape is the hint [.!?]"?[A-Z][a-z] of ASCII text."""
    shape = 'He said "no."They left.Then "Yes" Now'.encode("ascii").translate(nl412._SHAPE)
    assert b'."Aa' in shape and b".Aa" in shape
