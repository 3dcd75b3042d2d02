"""Every rule's pass / fail / fix cases, and the contracts that hold for every rule at once."""

from __future__ import annotations

import pytest

from newslint.core.diagnostics import Applicability
from newslint.core.fixer import fix_text
from newslint.core.linter import lint
from newslint.core.rule import FollowUpRule
from newslint.formats import read_document
from newslint.registry import all_rules
from rule_cases import CASES_DIR, RuleCase, load_cases

RULES = {rule.code: rule for rule in all_rules(plugins=False)}
CASES = load_cases()


def _rule(case: RuleCase):
    rule = RULES[case.code]
    return type(rule)(rule.Options.validate(case.options)) if case.options else rule


DEFAULT_RULES = [rule for rule in RULES.values() if rule.spec.default_enabled]


def _lint(case: RuleCase, text: str):
    rule = _rule(case)
    if isinstance(rule, FollowUpRule):
        # It reads the other rules' findings: they run too, and only its own are the case's.
        others = [r for r in DEFAULT_RULES if r.code != rule.code]
        return [d for d in lint(read_document(text, case.path), [*others, rule]) if d.code == rule.code]
    return lint(read_document(text, case.path), [rule])


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_findings(case: RuleCase) -> None:
    doc = read_document(case.text, case.path)
    found = [d for d in _lint(case, case.text) if d.code == case.code]
    got = [doc.position(d.start) for d in found]
    assert got == [(f.line, f.column) for f in case.findings], [d.message for d in found]
    for expected, diagnostic in zip(case.findings, found, strict=True):
        if expected.end_line is not None:
            assert doc.position(diagnostic.end) == (expected.end_line, expected.end_column)
        if expected.message is not None:
            assert expected.message in diagnostic.message


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_fix(case: RuleCase) -> None:
    allowed = [Applicability.SAFE] + ([Applicability.UNSAFE] if case.unsafe_fixes else [])
    outcome = fix_text(case.text, lambda t: _lint(case, t), allowed)
    assert outcome.converged, outcome.reason
    expected = case.fixed if case.fixed is not None else case.text
    assert outcome.text == expected
    # The fixed text passes: nothing the fixer could still apply is left.
    again = fix_text(outcome.text, lambda t: _lint(case, t), allowed)
    assert again.text == outcome.text


# NL900 is produced by the linter when a rule crashes; tests/test_suppression.py covers it.
# The cross-article rules (NL6xx) compare stories with each other: tests/test_scan.py covers them.
PRODUCED_BY_LINTER = {"NL900"} | {code for code, rule in RULES.items() if getattr(rule, "archive_only", False)}


def test_every_rule_has_cases() -> None:
    covered = {case.code for case in CASES}
    missing = sorted(set(RULES) - covered - PRODUCED_BY_LINTER)
    assert not missing, f"rules without tests/cases/<CODE>.yaml: {missing}"


def test_every_rule_has_failing_and_passing_cases() -> None:
    for code in {case.code for case in CASES}:
        own = [c for c in CASES if c.code == code]
        assert any(c.findings for c in own), f"{code}: no case that must fail"
        assert any(not c.findings for c in own), f"{code}: no case that must pass"


def test_case_files_name_known_rules() -> None:
    for path in CASES_DIR.glob("*.yaml"):
        assert path.stem in RULES, f"{path.name} names no known rule"
