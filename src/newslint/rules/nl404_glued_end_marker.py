"""NL404 glued-end-marker: a wire end marker ("./.", "-0-", "(END)") stuck inside the text."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import END_MARKER, Block, Document
from ..core.rule import Rule, RuleOptions, RuleSpec

# The marker may have swallowed the sentence's full stop ("Vientiane./."); these already end one.
_STOPS = frozenset(".!?…")
_CLOSERS = frozenset("\"'”’»)]")


class GluedEndMarkerOptions(RuleOptions):
    # A marker that ends the whole text is the agency's own format; report it too only when the
    # desk publishes without markers.
    report_at_end: bool = False


class GluedEndMarker(Rule):
    spec = RuleSpec(
        code="NL404",
        name="glued-end-marker",
        category="residue",
        summary="A wire end marker glued to the last sentence, with more text after it.",
        rationale=(
            "Agencies close a story with a marker (VNA's `./.`, `-0-`, `(END)`). Where the "
            "marker is the last thing in the copy it is the agency's format and is left alone. "
            "When a sign-off, web debris or more text follows it, the copy has been reassembled "
            "(scraped from a page, pasted into a template) and the marker is residue inside the "
            "last sentence. The fix removes it and keeps the sentence's own full stop. The list "
            "of markers is data (`rules/data/agencies.yaml`); a word marker cut short where the page "
            "or feed cut the text, four letters at least after a sentence's end ('... 2 to 5. Endi' for "
            "'Enditem'), counts too, and so does a word marker with the desk's initials after it "
            "('... they said. Enditem/kb'). A marker inside the last paragraph with more copy run on after it "
            "(a digest page's next story: '... regulations./. Da Nang launches ...') is shown wherever it stands."
        ),
        example="Talks resume\n\nThe meeting was held in Vientiane./.\n\nVNA",
        example_fixed="Talks resume\n\nThe meeting was held in Vientiane.\n\nVNA",
        fix_safety="safe",
    )
    Options = GluedEndMarkerOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        options: GluedEndMarkerOptions = self.options  # type: ignore[assignment]
        for marker in doc.end_markers:
            holder = doc.block_at(marker.start)
            if holder is None or holder.kind == END_MARKER:
                continue  # a marker on its own line is the agency's format
            followed = any(b.start >= holder.end for b in doc.blocks)
            if marker.end < holder.end:  # the next story's headline run on after the marker
                if not followed and " " not in doc.text[marker.end : holder.end].strip():
                    continue  # "... safely./.VNA" closing the page: the agency run on, NL411's
                edit = Edit(marker.start, marker.end, ".\n\n" if marker.text.startswith(".") else "\n\n")
                fix = Fix.display_only("End the paragraph at the marker", edit)
                yield self.diagnostic(
                    marker.start, marker.end,
                    f'end marker "{marker.text}" with more copy run on after it (another story?)', fix,
                )
                continue
            if not followed and not options.report_at_end:
                continue
            fix, what = glued_marker_fix(doc, holder, marker)
            yield self.diagnostic(
                marker.start,
                marker.end,
                f'end marker "{marker.text}" glued to the text before more copy ({what})',
                fix,
            )


def glued_marker_fix(doc: Document, holder: Block, marker: Block) -> tuple[Fix, str]:
    """Remove a marker glued to a sentence, keeping the sentence's own full stop."""
    text = doc.text
    start = marker.start
    while start > holder.start and text[start - 1] in " \t":
        start -= 1
    if start > holder.start + 1 and text[start - 1] == "\n" and marker.end == holder.end:
        start -= 2 if text[start - 2] == "\r" else 1  # a marker on a line of its own: its line break too
    before = text[holder.start : start].rstrip("".join(_CLOSERS))
    keep = "." if marker.text.startswith(".") and before[-1:] not in _STOPS else ""
    what = "restore the full stop" if keep else "delete it"
    return Fix.safe(f"Remove the end marker {marker.text!r}", Edit(start, marker.end, keep)), what
