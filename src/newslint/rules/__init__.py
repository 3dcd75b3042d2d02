"""Built-in Python rules, registered in one explicit list."""

from __future__ import annotations

from ..rule import Rule
from .nl201_doubled_word import DoubledWord

BUILTIN_RULES: list[type[Rule]] = [
    DoubledWord,
]
