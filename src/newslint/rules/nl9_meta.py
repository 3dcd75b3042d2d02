"""NL9xx: findings about the run itself. The linter produces them; their check() finds nothing."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.diagnostics import INTERNAL_ERROR, UNUSED_SUPPRESSION, Diagnostic
from ..core.document import Document
from ..core.rule import Rule, RuleSpec


class InternalError(Rule):
    spec = RuleSpec(
        code=INTERNAL_ERROR.code,
        name=INTERNAL_ERROR.name,
        category=INTERNAL_ERROR.category,
        summary="A rule failed on this article; the other rules still ran.",
        rationale=(
            "One broken rule must not hide every other finding, nor stop a run over an archive. "
            "The message names the rule and the error so it can be reported."
        ),
        example="(any article that triggers a bug in a rule)",
        severity=INTERNAL_ERROR.severity,
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return ()


class UnusedSuppression(Rule):
    spec = RuleSpec(
        code=UNUSED_SUPPRESSION.code,
        name=UNUSED_SUPPRESSION.name,
        category=UNUSED_SUPPRESSION.category,
        summary="A `<!-- newslint: disable ... -->` comment that suppresses nothing.",
        rationale=(
            "Suppressions outlive the text they were written for. A stale one hides the next real "
            "error in its range. Off by default; turn it on with `report-unused-suppressions` or "
            "`--extend-select NL902`."
        ),
        example="<!-- newslint: disable-next-line NL201 -->\nA line with no doubled word.",
        severity=UNUSED_SUPPRESSION.severity,
        default_enabled=False,
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return ()
