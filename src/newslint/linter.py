"""lint(document, rules) -> diagnostics, in a stable order."""

from __future__ import annotations

from collections.abc import Sequence

from .diagnostics import Diagnostic, Severity
from .document import Document
from .rule import Rule

INTERNAL_ERROR_CODE = "NL900"


def lint(doc: Document, rules: Sequence[Rule]) -> list[Diagnostic]:
    found: set[Diagnostic] = set()
    ordered: list[Diagnostic] = []
    for rule in rules:
        try:
            produced = list(rule.check(doc))
        except Exception as exc:  # noqa: BLE001 - one broken rule must not stop the run
            produced = [
                Diagnostic(
                    code=INTERNAL_ERROR_CODE,
                    rule="internal-error",
                    category="meta",
                    severity=Severity.ERROR,
                    message=f"rule {rule.code} ({rule.name}) failed: {type(exc).__name__}: {exc}",
                    start=0,
                    end=0,
                )
            ]
        for diagnostic in produced:
            if diagnostic not in found:
                found.add(diagnostic)
                ordered.append(diagnostic)
    ordered.sort(key=Diagnostic.sort_key)
    return ordered
