"""Compiling patterns with the `regex` module the way newslint uses them."""

from __future__ import annotations

import regex

# VERSION1 folds case fully by default (German "ß" then matches "ss"), which makes compiling a
# case-insensitive pattern two to three times slower, and compiling is most of the start-up of
# a one-article check. newslint's patterns, packs included, match case with simple folding, as
# Python's `re` does.
SIMPLE_CASE_FOLDING = "(?-f)"


def compile_v1(source: str, flags: int = 0) -> regex.Pattern[str]:
    """`source` compiled with VERSION1 (set operations, \\p{...} classes) and simple case folding."""
    return regex.compile(SIMPLE_CASE_FOLDING + source, flags | regex.VERSION1)
