"""docs/rules.md is generated from the rule declarations and kept current."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newslint.cli import main
from newslint.docs import rule_text
from newslint.registry import all_rules

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_rules_md_is_current() -> None:
    generated = CliRunner().invoke(main, ["rules", "--format", "md"]).stdout
    assert DOCS.read_text(encoding="utf-8") == generated, (
        "docs/rules.md is stale: run `newslint rules --format md > docs/rules.md`"
    )


def test_every_rule_is_documented_with_all_sections() -> None:
    text = DOCS.read_text(encoding="utf-8")
    for rule in all_rules():
        assert f"## {rule.code} `{rule.name}`" in text
        assert rule.spec.summary in text and rule.spec.rationale in text
        page = rule_text(rule.spec)
        for section in ("What it does", "Why it matters", "Example", "Fix safety"):
            assert section in page
