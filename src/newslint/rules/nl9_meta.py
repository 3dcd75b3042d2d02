"""NL9xx: findings about the run itself. The linter produces them; their check() finds nothing."""

from __future__ import annotations

from collections.abc import Iterable

from ..diagnostics import Diagnostic, Severity
from ..document import Document
from ..rule import Rule, RuleSpec


class InternalError(Rule):
    spec = RuleSpec(
        code="NL900",
        name="internal-error",
        category="meta",
        summary="A rule failed on this article; the other rules still ran.",
        rationale=(
            "One broken rule must not hide every other finding, nor stop a run over an archive. "
            "The message names the rule and the error so it can be reported."
        ),
        example="(any article that triggers a bug in a rule)",
        severity=Severity.ERROR,
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return ()


class UnusedSuppression(Rule):
    spec = RuleSpec(
        code="NL902",
        name="unused-suppression",
        category="meta",
        summary="A `<!-- newslint: disable ... -->` comment that suppresses nothing.",
        rationale=(
            "Suppressions outlive the text they were written for. A stale one hides the next real "
            "error in its range. Off by default; turn it on with `report-unused-suppressions` or "
            "`--extend-select NL902`."
        ),
        example="<!-- newslint: disable-next-line NL201 -->\nA line with no doubled word.",
        severity=Severity.INFO,
        default_enabled=False,
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return ()
