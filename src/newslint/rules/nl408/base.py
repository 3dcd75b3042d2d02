"""NL408's passes share one way of reporting a line: the whole line, its removal as the fix."""

from __future__ import annotations

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import Block, Document
from ...core.rule import Rule, RuleOptions
from ..support.chrome.lines import Line, line_removal


class PageChromeOptions(RuleOptions):
    # A scrape's first line is the page's title slot. Unset, a site's or section's name printed
    # there above a headline and the story ("VnExpress International") is shown, and the page's
    # date there ("Sunday, December 31, 2017"), which reads as the story's own, is left; `true`
    # reports both, `false` neither.
    title_slot: bool | None = None


class ChromePasses(Rule):
    """A page-chrome pass: reports whole lines."""

    def _line(self, doc: Document, block: Block, line: Line, reason: str, certain: bool) -> Diagnostic:
        span = line_removal(doc, block, line)
        title = f"Delete the line {line.text[:40]!r}"
        fix = Fix.safe(title, Edit(*span, "")) if certain else Fix.display_only(title, Edit(*span, ""))
        return self.diagnostic(line.start, line.end, f"page chrome: {reason}", fix)
