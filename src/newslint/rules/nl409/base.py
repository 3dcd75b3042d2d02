"""How NL409 reports a list: a 'see also' line alone, or a header and every block under it to the
copy's end, removed whole when no sentence of the story is among them."""

from __future__ import annotations

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import Block, Document
from ...core.rule import Rule
from ..support.chrome.lines import Line, line_removal
from .shared import (
    _SCOPE,
    _prose,
)


class PassesBase(Rule):
    """A related-list pass: reports a list whole."""

    def _report(self, doc: Document, index: int, block: Block, first: Line, inline: bool) -> Diagnostic:
        if inline:  # "See also: Minister resigns": one link on its own line
            span = line_removal(doc, block, first)
            certain = not _prose(first.text)
            fix = (Fix.safe if certain else Fix.display_only)("Delete the link line", Edit(*span, ""))
            return self.diagnostic(
                first.start, first.end, "a link to another story ('see also' line), not part of this one", fix
            )
        # The header's block from the header on, and every block after it to the end.
        items = list(doc.blocks[index + 1 :])
        body_after = [b for b in items if b.kind not in _SCOPE]
        list_text = doc.text[first.end : doc.blocks[-1].end] if items else block.text[first.end - block.start :]
        start = first.start
        while start > 0 and doc.text[start - 1] in " \t\r\n":
            start -= 1
        end = items[-1].end if items else block.end
        if start == 0:
            start = first.start
        certain = not body_after and not _prose(list_text)
        n = len(items) + (1 if "\n" in block.text[first.end - block.start :] else 0)
        title = "Delete the header and its list" if n else "Delete the header"
        fix = (Fix.safe if certain else Fix.display_only)(title, Edit(start, end, ""))
        why = "its list of other stories goes with it" if n else "nothing follows it"
        if not certain:
            why += "; the list holds sentences or more copy follows, so an editor decides"
        return self.diagnostic(first.start, end, f"a related-stories header ({why})", fix)
