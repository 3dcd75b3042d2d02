"""Apply fixes until the text settles; leave it untouched if it never does."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field

from .diagnostics import Applicability, Diagnostic, Edit, Fix, apply_edits

MAX_PASSES = 10

Linter = Callable[[str], Sequence[Diagnostic]]


@dataclass
class FixOutcome:
    text: str
    applied: int = 0
    passes: int = 0
    converged: bool = True
    reason: str = ""
    titles: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.applied > 0 and self.converged


def select_fixes(
    diagnostics: Sequence[Diagnostic], allowed: Collection[Applicability]
) -> list[Fix]:
    """Non-overlapping fixes, first come first served in document order."""
    chosen: list[Fix] = []
    taken: list[Edit] = []
    for diagnostic in sorted(diagnostics, key=Diagnostic.sort_key):
        fix = diagnostic.fix
        if fix is None or fix.applicability not in allowed or not fix.edits:
            continue
        if any(edit.overlaps(other) for edit in fix.edits for other in taken):
            continue
        if any(a.overlaps(b) for i, a in enumerate(fix.edits) for b in fix.edits[i + 1 :]):
            continue  # a fix whose own edits collide is malformed: skip it
        chosen.append(fix)
        taken.extend(fix.edits)
    return chosen


def fix_text(
    text: str,
    linter: Linter,
    allowed: Collection[Applicability] = (Applicability.SAFE,),
    max_passes: int = MAX_PASSES,
) -> FixOutcome:
    """Lint, apply what may be applied, repeat to a fixed point.

    A cycle (a text seen before) or running out of passes returns the original text with
    `converged=False`, so callers never write a half-fixed file.
    """
    seen = {text}
    current = text
    outcome = FixOutcome(text=text)
    for _ in range(max_passes):
        fixes = select_fixes(linter(current), allowed)
        if not fixes:
            outcome.text = current
            return outcome
        edits = [edit for fix in fixes for edit in fix.edits]
        following = apply_edits(current, edits)
        outcome.passes += 1
        outcome.applied += len(fixes)
        outcome.titles.extend(fix.title for fix in fixes)
        if following in seen:
            return FixOutcome(text, 0, outcome.passes, False, "fixes undo each other (cycle)")
        seen.add(following)
        current = following
    if not select_fixes(linter(current), allowed):
        outcome.text = current
        return outcome
    return FixOutcome(text, 0, outcome.passes, False, f"did not settle after {max_passes} passes")
