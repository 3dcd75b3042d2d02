"""Output formats for `newslint check`: one module per format, each `render(findings) -> str`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..findings import Finding
from . import json_format, text

Renderer = Callable[[Sequence[Finding]], str]

FORMATS: dict[str, Renderer] = {
    "json": json_format.render,
    "jsonl": json_format.render_lines,
}

__all__ = ["FORMATS", "text"]
