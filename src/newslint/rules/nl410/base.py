"""How NL410 reports a repeat: the later copy, with the earlier one's place in the message."""

from __future__ import annotations

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import Block, Document
from ...core.rule import Rule
from ..support.blocks import tagged
from ..support.chrome.lines import Line, line_removal


class PassesBase(Rule):
    """A repeated-text pass: reports the later copy."""

    def _report(self, doc: Document, block: Block, early: Line, late: Line, how: str) -> Diagnostic:
        line_no = doc.position(early.start)[0]
        if how == "opening":
            end = late.start + len(early.text.strip()) + 1  # the sentence and the space after it
            return self.diagnostic(
                late.start, end - 1, f"the title's sentence on line {line_no} printed again opening this paragraph",
                Fix.display_only("Delete the repeated sentence", Edit(late.start, end, "")),
            )
        span = line_removal(doc, block, late)
        title = "Delete the repeated text"
        whole = block.start == late.start and block.end == late.end
        safe = how == "same" and (whole or "\n" in block.text) and not tagged(late.text)
        fix = Fix.safe(title, Edit(*span, "")) if safe else Fix.display_only(title, Edit(*span, ""))
        what = {
            "same": "repeats",
            "worded": "repeats, a small word apart,",
            "inflected": "repeats, a plural's letter apart,",
            "retyped": "repeats, one word retyped,",
            "attributed": "repeats, with its speaker after it,",
        }.get(how, "repeats, with a prefix or tail,")
        return self.diagnostic(late.start, late.end, f"text {what} line {line_no}", fix)
