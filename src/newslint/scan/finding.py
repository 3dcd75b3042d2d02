"""A cross-article finding as `check --format json` prints one: the same fields, a span in the
story's lines and columns."""

from __future__ import annotations

from typing import Any

import numpy as np

from .features import Span

_SPECS = {
    "NL601": ("story-filed-twice", "duplicate"),
    "NL602": ("paragraph-reused-elsewhere", "duplicate"),
    "NL603": ("archive-name-variant", "typo"),
}


def finding(code: str, story: str, span: Span, message: str) -> dict[str, Any]:
    name, category = _SPECS[code]
    return {"path": story, "line": span.line, "column": span.column, "end_line": span.end_line,
            "end_column": span.end_column, "code": code, "rule": name, "category": category,
            "severity": "warning", "message": message, "fixable": False, "fix": None}


def span_of(values: np.ndarray) -> Span:
    return Span(*map(int, values))
