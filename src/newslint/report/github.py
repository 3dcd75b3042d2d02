"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.findings import Finding
from ..core.rule import Rule

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def render(findings: Sequence[Finding], rules: Sequence[Rule] = ()) -> str:
    lines = []
    for f in findings:
        props = (
            f"file={_property(f.path)},line={f.line},col={f.column},"
            f"endLine={f.end_line},endColumn={f.end_column},title={_property(f'{f.code} {f.rule}')}"
        )
        lines.append(f"::{COMMANDS.get(f.severity, 'warning')} {props}::{_data(f'{f.code} {f.message}')}\n")
    return "".join(lines)
