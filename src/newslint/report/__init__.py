"""Output formats for `newslint check`: one module per format, each `render(findings, rules)`.

A format's module is imported only when it is asked for (start-up time matters)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module

from ..core.findings import Finding
from ..core.rule import Rule
from . import text

Renderer = Callable[[Sequence[Finding], Sequence[Rule]], str]

_RENDERERS: dict[str, tuple[str, str]] = {
    "json": ("json_format", "render"),
    "jsonl": ("json_format", "render_lines"),
    "sarif": ("sarif", "render"),
    "github": ("github", "render"),
    "gitlab": ("gitlab", "render"),
    "junit": ("junit", "render"),
}
FORMATS: tuple[str, ...] = tuple(_RENDERERS)


def renderer(name: str) -> Renderer:
    module, function = _RENDERERS[name]
    return getattr(import_module(f".{module}", __name__), function)  # type: ignore[no-any-return]


__all__ = ["FORMATS", "renderer", "text"]
