"""The fixer: non-overlapping edits, deterministic order, fixed point, cycles, non-convergence."""

from __future__ import annotations

from newslint.core.diagnostics import Applicability, Diagnostic, Edit, Fix, Severity, apply_edits
from newslint.core.fixer import fix_text, select_fixes


def diag(start: int, end: int, fix: Fix | None, code: str = "NL999") -> Diagnostic:
    return Diagnostic(code, "test", "style", Severity.WARNING, "m", start, end, fix)


def test_apply_edits_in_any_order() -> None:
    edits = [Edit(6, 11, "there"), Edit(0, 5, "Howdy")]
    assert apply_edits("hello world", edits) == "Howdy there"


def test_touching_edits_both_apply() -> None:
    a = diag(0, 2, Fix.safe("a", Edit(0, 2, "X")))
    b = diag(2, 4, Fix.safe("b", Edit(2, 4, "Y")))
    assert len(select_fixes([b, a], [Applicability.SAFE])) == 2


def test_overlapping_edits_first_wins() -> None:
    a = diag(0, 3, Fix.safe("a", Edit(0, 3, "X")))
    b = diag(2, 5, Fix.safe("b", Edit(2, 5, "Y")))
    chosen = select_fixes([b, a], [Applicability.SAFE])
    assert [f.title for f in chosen] == ["a"]


def test_two_insertions_at_one_point_conflict() -> None:
    a = diag(1, 1, Fix.safe("a", Edit(1, 1, "X")))
    b = diag(1, 1, Fix.safe("b", Edit(1, 1, "Y")), code="NL998")
    assert len(select_fixes([a, b], [Applicability.SAFE])) == 1


def test_applicability_filter() -> None:
    unsafe = diag(0, 1, Fix.unsafe("u", Edit(0, 1, "")))
    shown = diag(2, 3, Fix.display_only("d", Edit(2, 3, "")))
    assert select_fixes([unsafe, shown], [Applicability.SAFE]) == []
    assert len(select_fixes([unsafe, shown], [Applicability.SAFE, Applicability.UNSAFE])) == 1


def _replacer(old: str, new: str):
    def lint(text: str) -> list[Diagnostic]:
        at = text.find(old)
        if at < 0:
            return []
        return [diag(at, at + len(old), Fix.safe("swap", Edit(at, at + len(old), new)))]

    return lint


def test_fixed_point_over_several_passes() -> None:
    outcome = fix_text("aaaa", _replacer("aa", "a"))
    assert outcome.converged and outcome.text == "a"
    assert outcome.passes == 3  # one non-overlapping batch per pass: aaaa -> aaa -> aa -> a


def test_cycle_leaves_text_untouched() -> None:
    def flip(text: str) -> list[Diagnostic]:
        swap = "y" if text == "x" else "x"
        return [diag(0, 1, Fix.safe("flip", Edit(0, 1, swap)))]

    outcome = fix_text("x", flip)
    assert not outcome.converged and outcome.text == "x"
    assert "cycle" in outcome.reason


def test_never_settles_leaves_text_untouched() -> None:
    def grow(text: str) -> list[Diagnostic]:
        return [diag(0, 0, Fix.safe("grow", Edit(0, 0, "z")))]

    outcome = fix_text("a", grow, max_passes=5)
    assert not outcome.converged and outcome.text == "a"
    assert "did not settle" in outcome.reason


def test_nothing_to_fix() -> None:
    outcome = fix_text("clean", lambda text: [])
    assert outcome.converged and outcome.text == "clean" and outcome.applied == 0


def test_fixing_a_file_reads_each_text_once_and_reports_what_a_check_reports(tmp_path, monkeypatch) -> None:
    """The fixer's last pass lints the text it settles on, so what is left to report is taken
    from it: a file with nothing to fix is parsed and linted once (it was three and two times)."""
    from newslint.run import reading
    from newslint.run.check import check_path
    from newslint.run.fix import fix_path
    from newslint.run.settings import Settings

    story = "Talks resume\n\nMinisters from three countries - Laos, Vietnam, Cambodia and Thailand - met{}.\n"
    unfixable = tmp_path / "unfixable.txt"
    unfixable.write_text(story.format(""))
    doubled = tmp_path / "doubled.txt"
    doubled.write_text(story.format(" the the press"))
    parsed: list[str] = []
    real = reading.to_document
    monkeypatch.setattr(reading, "to_document", lambda text, *rest: parsed.append(text) or real(text, *rest))
    settings = Settings()
    for path, texts in ((unfixable, 1), (doubled, 2)):  # as read; and once fixed
        parsed.clear()
        fixed = fix_path(str(path), settings, write=False)
        assert len(parsed) == texts and len(set(parsed)) == texts
        path.write_text(fixed.new_text or path.read_text())
        assert fixed.findings == check_path(str(path), settings).findings
        assert [f.code for f in fixed.findings] == ["NL501"]  # which number is right is for an editor
