"""Suppression comments, [sic], baselines and unused-suppression reports."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newslint.cli import main
from newslint.core.diagnostics import Diagnostic, Edit, Fix, Severity
from newslint.core.linter import lint
from newslint.core.rule import Rule, RuleSpec
from newslint.formats import read_document
from newslint.registry import Selection, all_rules, select_rules

DOUBLED = select_rules(all_rules(), Selection(("NL201",)))
WITH_UNUSED = select_rules(all_rules(), Selection(("NL201", "NL902")))


def codes(text: str, rules=DOUBLED, path: str = "a.md") -> list[tuple[str, int]]:
    doc = read_document(text, path)
    return [(d.code, doc.position(d.start)[0]) for d in lint(doc, rules)]


def test_disable_enable_block() -> None:
    text = (
        "# Head\n\nOne the the.\n\n<!-- newslint: disable NL201 -->\n\nTwo the the.\n\n"
        "<!-- newslint: enable -->\n\nThree the the.\n"
    )
    assert codes(text) == [("NL201", 3), ("NL201", 11)]


def test_disable_by_name_and_other_codes_untouched() -> None:
    text = "# Head\n\n<!-- newslint: disable doubled-word -->\n\nTwo the the.\n"
    assert codes(text) == []
    text = "# Head\n\n<!-- newslint: disable NL101 -->\n\nTwo the the.\n"
    assert codes(text) == [("NL201", 5)]


def test_disable_next_line() -> None:
    text = "# Head\n\n<!-- newslint: disable-next-line NL201 -->\nOne the the.\n\nTwo the the.\n"
    assert codes(text) == [("NL201", 6)]


def test_disable_file() -> None:
    assert codes("<!-- newslint: disable-file -->\n# Head\n\nOne the the.\n") == []


def test_plain_text_comments_work_too() -> None:
    text = "Head\n\n<!-- newslint: disable-next-line -->\nOne the the.\n"
    assert codes(text, path="a.txt") == []


class _FakeTypo(Rule):
    spec = RuleSpec("NL199", "fake-typo", "typo", "s", "r", "e")

    def check(self, doc):
        at = doc.text.find("Sprinkel")
        if at >= 0:
            yield self.diagnostic(at, at + len("Sprinkel"), "possible typo")


def test_sic_suppresses_spelling_only() -> None:
    assert codes("Head\n\nSaid Sprinkel [sic] today.\n", [_FakeTypo()], "a.txt") == []
    assert codes("Head\n\nSaid Sprinkel today.\n", [_FakeTypo()], "a.txt") == [("NL199", 3)]
    assert codes('Head\n\nHe said "Sprinkel" [sic].\n', [_FakeTypo()], "a.txt") == []
    assert codes("Head\n\nthe the [sic] here.\n", DOUBLED, "a.txt") == [("NL201", 3)]


def test_unused_suppressions_reported_only_when_asked() -> None:
    text = "# Head\n\n<!-- newslint: disable-next-line NL201 -->\nNo doubles here.\n"
    assert codes(text) == []
    assert codes(text, WITH_UNUSED) == [("NL902", 3)]
    used = "# Head\n\n<!-- newslint: disable-next-line NL201 -->\nThe the doubles.\n"
    assert codes(used, WITH_UNUSED) == []


def test_unused_suppression_flag(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Head\n\n<!-- newslint: disable -->\nClean text.\n")
    runner = CliRunner()
    assert runner.invoke(main, ["check", str(path)]).exit_code == 0
    result = runner.invoke(main, ["check", "--report-unused-suppressions", str(path)])
    assert result.exit_code == 1 and "NL902" in result.stdout


def test_baseline_reports_only_new_findings(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Head\n\nOld error the the here.\n")
    baseline = tmp_path / "baseline.json"
    runner = CliRunner()
    written = runner.invoke(main, ["check", "--write-baseline", str(baseline), str(story)])
    assert written.exit_code == 0 and json.loads(baseline.read_text())["findings"]
    assert runner.invoke(main, ["check", "--baseline", str(baseline), str(story)]).exit_code == 0
    # Lines added above the old error: it keeps its fingerprint; the new error is reported alone.
    story.write_text("Head\n\nA new paragraph with a a slip.\n\nOld error the the here.\n")
    result = runner.invoke(main, ["check", "--format", "json", "--baseline", str(baseline), str(story)])
    findings = json.loads(result.stdout)
    assert result.exit_code == 1 and [(f["line"], f["message"]) for f in findings] == [(3, 'doubled word "a"')]


def test_bad_baseline_is_an_error(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Head\n\nText.\n")
    bad = tmp_path / "b.json"
    bad.write_text("{not json")
    result = CliRunner().invoke(main, ["check", "--baseline", str(bad), str(story)])
    assert result.exit_code == 2 and "not a newslint baseline" in result.stderr


def test_internal_error_in_a_rule_is_reported_not_raised() -> None:
    class Broken(Rule):
        spec = RuleSpec("NL198", "broken", "style", "s", "r", "e")

        def check(self, doc):
            raise RuntimeError("boom")

    found = lint(read_document("Head\n\nText the the.\n"), [Broken(), *DOUBLED])
    assert [d.code for d in found] == ["NL900", "NL201"]
    assert isinstance(found[0], Diagnostic) and found[0].severity is Severity.ERROR
    assert "NL198" in found[0].message and "boom" in found[0].message


class _SameSpan(Rule):
    """Reports "Sprinkel" with a fix of the given trust, in the given category."""

    def __init__(self, code: str, category: str, trust: str | None) -> None:
        self.spec = RuleSpec(code, f"same-span-{code}", category, "s", "r", "e")
        self.trust = trust

    def check(self, doc):
        at = doc.text.find("Sprinkel")
        if at < 0:
            return
        make = {"safe": Fix.safe, "unsafe": Fix.unsafe, "display": Fix.display_only}.get(self.trust or "")
        fix = make("Replace", Edit(at, at + 8, "Sprinkle")) if make else None
        yield self.diagnostic(at, at + 8, f"from {self.code}", fix)


def test_two_rules_of_one_category_on_one_span_are_one_finding() -> None:
    doc = read_document("Head\n\nSaid Sprinkel today.\n", "a.txt")
    kept = lint(doc, [_SameSpan("NL198", "typo", "display"), _SameSpan("NL199", "typo", "safe")])
    assert [(d.code, d.fix.applicability.value) for d in kept] == [("NL199", "safe")]
    kept = lint(doc, [_SameSpan("NL198", "typo", None), _SameSpan("NL199", "typo", "unsafe")])
    assert [d.code for d in kept] == ["NL199"]
    kept = lint(doc, [_SameSpan("NL198", "typo", "safe"), _SameSpan("NL199", "typo", "safe")])
    assert [d.code for d in kept] == ["NL198"]  # equal trust: the lower code
    kept = lint(doc, [_SameSpan("NL198", "residue", "safe"), _SameSpan("NL199", "typo", "safe")])
    assert sorted(d.code for d in kept) == ["NL198", "NL199"]  # two kinds of defect: both
