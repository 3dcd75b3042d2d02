"""Output formats for `newslint check`: one module per format, each `render(findings, rules)`."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..findings import Finding
from ..rule import Rule
from . import github, gitlab, json_format, junit, sarif, text

Renderer = Callable[[Sequence[Finding], Sequence[Rule]], str]

FORMATS: dict[str, Renderer] = {
    "json": json_format.render,
    "jsonl": json_format.render_lines,
    "sarif": sarif.render,
    "github": github.render,
    "gitlab": gitlab.render,
    "junit": junit.render,
}

__all__ = ["FORMATS", "text"]
