"""NL402 repeated-lead: the lead printed once bare and once after its dateline."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field

from ..diagnostics import Diagnostic, Edit, Fix
from ..document import Document
from ..rule import Rule, RuleOptions, RuleSpec
from .nl4_blocks import Comparable, comparables, removal, stands_alone


class RepeatedLeadOptions(RuleOptions):
    min_words: int = Field(default=6, ge=1)


class RepeatedLead(Rule):
    spec = RuleSpec(
        code="NL402",
        name="repeated-lead",
        category="duplicate",
        summary="The lead paragraph printed twice: once bare and once after the dateline.",
        rationale=(
            "Web pages show the lead as a standfirst and then again as the first paragraph of "
            "the story, so a scraped article carries it twice: `The meeting took place...` and "
            "`Vientiane (VNA) - The meeting took place...`. The fix keeps the dateline version, "
            "which is the wire's own, and drops the bare copy next to it (before or after)."
        ),
        example=(
            "Talks resumed on Monday in Hanoi.\n\nHANOI (VNA) - Talks resumed on Monday in Hanoi."
        ),
        example_fixed="HANOI (VNA) - Talks resumed on Monday in Hanoi.",
        fix_safety="safe",
    )
    Options = RepeatedLeadOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        dateline = doc.dateline
        if dateline is None:
            return
        options: RepeatedLeadOptions = self.options  # type: ignore[assignment]
        paragraphs = comparables(doc, doc.paragraphs, options.min_words)
        index = next((i for i, p in enumerate(paragraphs) if p.has_dateline), None)
        if index is None:
            return
        lead = paragraphs[index]
        # Only the paragraphs on either side (captions between do not count): a lead repeated
        # further down is an ordinary duplicate.
        for neighbour in paragraphs[max(index - 1, 0) : index] + paragraphs[index + 1 : index + 2]:
            if neighbour.block.end <= lead.block.start and not _adjacent(doc, neighbour, lead):
                continue
            if neighbour.block.start >= lead.block.end and not _adjacent(doc, lead, neighbour):
                continue
            if neighbour.has_dateline or neighbour.key != lead.key:
                continue
            line = doc.position(lead.block.start)[0]
            title = "Delete the lead without its dateline"
            edit = Edit(*removal(doc, neighbour.block), "")
            fix = Fix.safe(title, edit) if stands_alone(doc, neighbour.block) else Fix.display_only(title, edit)
            yield self.diagnostic(
                neighbour.block.start,
                neighbour.block.end,
                f"lead repeated without its dateline (the dateline version is on line {line})",
                fix,
            )


def _adjacent(doc: Document, first: Comparable, second: Comparable) -> bool:
    """No other paragraph between the two (captions, headings and the like may be)."""
    return not any(
        first.block.end <= p.start and p.end <= second.block.start for p in doc.paragraphs
    )
