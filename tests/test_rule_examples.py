"""Every rule's documented example is a test: `example` yields the rule's own finding, and
`example_fixed` is what `newslint fix` makes of it (with `--unsafe-fixes` for a rule whose fix
is always unsafe)."""

from __future__ import annotations

import pytest

from newslint import api
from newslint.core.rule import FollowUpRule
from newslint.registry import all_rules

# Findings the linter makes about the run itself: their "example" describes a situation, it is
# not an article (NL900 needs a rule that crashes).
NOT_AN_ARTICLE = {"NL900"}

# The cross-article rules (NL6xx) describe two stories of an archive; tests/test_scan.py runs them.
RULES = [rule.spec for rule in all_rules()
         if rule.code not in NOT_AN_ARTICLE and not getattr(rule, "archive_only", False)]


# A rule that reads the other rules' findings needs them to run as well.
FOLLOW_UPS = {rule.code for rule in all_rules() if isinstance(rule, FollowUpRule)}


def _settings(spec) -> api.Settings:
    if spec.code in FOLLOW_UPS:
        return api.settings(unsafe_fixes=spec.fix_safety == "unsafe")
    return api.settings(select=[spec.code], unsafe_fixes=spec.fix_safety == "unsafe")


@pytest.mark.parametrize("spec", RULES, ids=lambda spec: spec.code)
def test_example_yields_the_rules_finding(spec) -> None:
    codes = [finding["code"] for finding in api.check_text(spec.example, config=_settings(spec))]
    assert spec.code in codes, f"{spec.code}: its documented example yields {codes}"


@pytest.mark.parametrize("spec", [s for s in RULES if s.example_fixed is not None], ids=lambda spec: spec.code)
def test_example_fixed_is_what_fix_gives(spec) -> None:
    assert api.fix_text(spec.example, config=_settings(spec)) == spec.example_fixed


@pytest.mark.parametrize("spec", [s for s in RULES if s.fix_safety in ("safe", "unsafe")], ids=lambda spec: spec.code)
def test_a_fixable_rule_documents_its_fixed_example(spec) -> None:
    assert spec.example_fixed is not None and spec.example_fixed != spec.example
