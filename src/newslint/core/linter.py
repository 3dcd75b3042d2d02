"""lint(document, rules) -> diagnostics, in a stable order, with suppressions applied."""

from __future__ import annotations

from collections.abc import Sequence

from . import suppression
from .diagnostics import INTERNAL_ERROR, UNUSED_SUPPRESSION, Diagnostic
from .document import Document
from .rule import FollowUpRule, Rule


def _internal_error(rule: Rule, exc: Exception) -> Diagnostic:
    spec = INTERNAL_ERROR
    return Diagnostic(
        code=spec.code,
        rule=spec.name,
        category=spec.category,
        severity=spec.severity,
        message=f"rule {rule.code} ({rule.name}) failed: {type(exc).__name__}: {exc}",
        start=0,
        end=0,
    )


def lint(doc: Document, rules: Sequence[Rule]) -> list[Diagnostic]:
    # Runs once per article per pass of the fixer: keep the loop itself cheap.
    return lint_many([doc], rules)[0]


def lint_many(docs: Sequence[Document], rules: Sequence[Rule]) -> list[list[Diagnostic]]:
    """`lint` over several documents, rule by rule: each rule's code and data stay hot in the
    processor's caches across the batch (what rules share per document is kept with it)."""
    found: list[list[Diagnostic]] = [[] for _ in docs]
    report_unused = False
    follow_ups: list[FollowUpRule] = []
    for rule in rules:
        if rule.code == UNUSED_SUPPRESSION.code:  # reported by the linter, after suppressions
            report_unused = True
            continue
        if isinstance(rule, FollowUpRule):
            follow_ups.append(rule)
            continue
        check = rule.check
        for doc, ordered in zip(docs, found, strict=True):
            try:
                ordered.extend(check(doc))
            except Exception as exc:  # noqa: BLE001 - one broken rule must not stop the run
                ordered.append(_internal_error(rule, exc))
    for rule in follow_ups:  # after every other rule: they read its findings
        for doc, ordered in zip(docs, found, strict=True):
            try:
                ordered.extend(rule.follow(doc, tuple(ordered)))
            except Exception as exc:  # noqa: BLE001 - as above
                ordered.append(_internal_error(rule, exc))
    return [_finish(doc, ordered, report_unused) for doc, ordered in zip(docs, found, strict=True)]


def _finish(doc: Document, ordered: list[Diagnostic], report_unused: bool) -> list[Diagnostic]:
    """Duplicates dropped, suppressions applied (and reported unused when asked), in order."""
    if not ordered and not report_unused:
        return ordered  # nearly every article: no directive to read, nothing to sort
    if len(ordered) > 1:
        ordered = list(dict.fromkeys(ordered))  # two rules may report the same thing once
    kept, suppressions = suppression.apply(doc, ordered)
    if len(kept) > 1:
        kept = _one_per_span(kept)
    if report_unused:
        spec = UNUSED_SUPPRESSION
        for directive in suppressions.unused():
            codes = f" {', '.join(directive.codes)}" if directive.codes else ""
            kept.append(
                Diagnostic(spec.code, spec.name, spec.category, spec.severity,
                           f"unused suppression: {directive.verb}{codes}", directive.start, directive.end)
            )
    if len(kept) > 1:
        kept.sort(key=Diagnostic.sort_key)
    return kept


def _one_per_span(found: list[Diagnostic]) -> list[Diagnostic]:
    """Two rules of one category reporting exactly the same text (a caption printed twice is
    both a repeated caption and repeated text) are one defect to the editor: the finding with
    the most trusted fix is kept, then the lower code."""
    best: dict[tuple[int, int, str], Diagnostic] = {}
    for diagnostic in found:
        key = (diagnostic.start, diagnostic.end, diagnostic.category)
        held = best.get(key)
        if held is None or _rank(diagnostic) < _rank(held):
            best[key] = diagnostic
    if len(best) == len(found):
        return found
    kept = set(map(id, best.values()))
    return [diagnostic for diagnostic in found if id(diagnostic) in kept]


def _rank(diagnostic: Diagnostic) -> tuple[int, str]:
    fix = diagnostic.fix
    return (fix.applicability.rank if fix is not None and fix.edits else 3, diagnostic.code)
