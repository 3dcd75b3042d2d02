"""NL402 repeated-lead: the lead printed once bare and once after its dateline."""

from __future__ import annotations

from collections.abc import Iterable

from ..diagnostics import Diagnostic, Edit, Fix
from ..document import PARAGRAPH, Document
from ..rule import Rule, RuleOptions, RuleSpec
from ..settings_model import setting
from .nl4_blocks import compact, comparable, pools, removal, stands_alone


class RepeatedLeadOptions(RuleOptions):
    min_words: int = setting(6, ge=1)


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
            "which is the wire's own, and drops the bare copy next to it (before or after; "
            "captions between do not count)."
        ),
        example=(
            "Talks resume\n\nTalks resumed on Monday in Hanoi after a long pause.\n\n"
            "HANOI (VNA) - Talks resumed on Monday in Hanoi after a long pause."
        ),
        example_fixed="Talks resume\n\nHANOI (VNA) - Talks resumed on Monday in Hanoi after a long pause.",
        fix_safety="safe",
    )
    Options = RepeatedLeadOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        dateline = doc.dateline
        if dateline is None:
            return
        options: RepeatedLeadOptions = self.options  # type: ignore[assignment]
        if doc.format == "markdown":  # the shared pool leaves pull-quotes out; the lead may be one
            paragraphs = [b for b in doc.blocks if b.kind == PARAGRAPH]
            keys = full_keys = None
        else:
            pool = pools(doc)[0]  # made once per document, shared with NL401 and NL403
            paragraphs, keys, full_keys = pool.blocks, pool.keys, pool.full_keys
        index = next(
            (i for i, p in enumerate(paragraphs) if p.start <= dateline.start < p.end), None
        )
        if index is None:
            return
        # Only the paragraphs on either side: a lead repeated further down is an ordinary
        # duplicate (NL401 compares whole paragraphs, datelines included). Their letters are
        # compared first; words and the rest only for a neighbour whose letters are the lead's.
        around = [i for i in (index - 1, index + 1) if 0 <= i < len(paragraphs)]
        neighbours = [paragraphs[i] for i in around]
        if keys is None or full_keys is None:
            lead_key = compact(doc.text[dateline.end : paragraphs[index].end])
            if lead_key not in (compact(b.text) for b in neighbours):
                return
        elif keys[index] not in [full_keys[i] for i in around]:
            return
        lead = comparable(doc, paragraphs[index])
        if not lead.substantial(options.min_words):
            return
        for block in neighbours:
            neighbour = comparable(doc, block)
            if neighbour.has_dateline or not neighbour.same_text(lead):
                continue  # a copy with its dateline is an ordinary duplicate (NL401)
            line = doc.position(lead.block.start)[0]
            title = "Delete the lead without its dateline"
            edit = Edit(*removal(doc, block), "")
            fix = Fix.safe(title, edit) if stands_alone(doc, block) else Fix.display_only(title, edit)
            yield self.diagnostic(
                block.start,
                block.end,
                f"lead repeated without its dateline (the dateline version is on line {line})",
                fix,
            )
