"""NL411 end-marker-at-end: an agency's end marker or sign-off glued to the story's last sentence."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from ..data import shipped
from ..diagnostics import Diagnostic, Edit, Fix
from ..document import END_MARKER, PARAGRAPH, Document, block_removal
from ..rule import Rule, RuleOptions, RuleSpec
from .nl404_glued_end_marker import glued_marker_fix


class EndMarkerAtEndOptions(RuleOptions):
    # Markers and sign-offs on a line of their own ("-0-", "Reuter") are the agency's layout;
    # a desk that strips them before publishing turns this on.
    standalone: bool = False


@cache
def _glued_signoff() -> regex.Pattern[str]:
    """"... the country.--KUNA", "... on Monday. -VNA", "... talks. (Xinhua)" at a paragraph's end."""
    agencies = sorted(shipped("data/agencies.yaml")["agencies"], key=len, reverse=True)
    names = "|".join(regex.escape(a) for a in agencies)
    return regex.compile(
        rf"(?<=[.!?][\"”’)]?)[ \t]*(?:(?:--?|–|—)[ \t]*(?i:{names})\.?|\((?i:{names})\))[ \t]*$"
    )


class EndMarkerAtEnd(Rule):
    spec = RuleSpec(
        code="NL411",
        name="end-marker-at-end",
        category="residue",
        summary="An end marker or agency sign-off glued to the last sentence of the story.",
        rationale=(
            "Agencies close a story with a marker or their name (VNA's `./.`, '-VNA', "
            "'--KUNA', '(Xinhua)'). On the wire that is the agency's layout; in copy that a "
            "desk republishes it is residue stuck inside the last sentence, and readers see it. "
            "This rule is on by default because newslint's users are desks that receive and "
            "republish copy; an agency that keeps its markers turns it off (`ignore = "
            "[\"NL411\"]`). Markers and sign-offs on a line of their own ('-0-', 'Reuter') are "
            "the plainly visible layout of the wire and are reported only with the option "
            "`standalone = true`. A marker glued before more copy is NL404's. The fix removes "
            "the marker and keeps the sentence's own full stop; the markers and agency names "
            "are data (`rules/data/agencies.yaml`)."
        ),
        example="Talks resumed on Monday in the capital./.",
        example_fixed="Talks resumed on Monday in the capital.",
        fix_safety="safe",
    )
    Options = EndMarkerAtEndOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        options: EndMarkerAtEndOptions = self.options  # type: ignore[assignment]
        blocks = doc.blocks
        if not blocks:
            return
        glued_found = False
        for marker in doc.end_markers:
            holder = doc.block_at(marker.start)
            if holder is None:
                continue
            if holder.kind == END_MARKER:
                if options.standalone:
                    fix = Fix.safe("Delete the end marker", Edit(*block_removal(doc, holder), ""))
                    message = f'end marker "{holder.text}" at the end of the story'
                    yield self.diagnostic(holder.start, holder.end, message, fix)
                continue
            if marker.end < holder.end or any(b.start >= holder.end for b in blocks):
                continue  # more copy follows: NL404's
            fix, what = glued_marker_fix(doc, holder, marker)
            glued_found = True
            yield self.diagnostic(
                marker.start, marker.end,
                f'end marker "{marker.text}" glued to the story\'s last sentence ({what})', fix,
            )
        last = blocks[-1]
        if not glued_found and last.kind == PARAGRAPH and (last.text[-1:].isalpha() or last.text[-1:] in ".)"):
            match = _glued_signoff().search(last.text, max(0, len(last.text) - 40))
            if match is not None:
                start, end = last.start + match.start(), last.start + match.end()
                fix = Fix.safe("Remove the sign-off", Edit(start, end, ""))
                yield self.diagnostic(
                    start, end, f'agency sign-off "{match.group().strip()}" glued to the story\'s '
                    "last sentence", fix,
                )
        signoff = doc.signoff
        if options.standalone and signoff is not None:
            fix = Fix.safe("Delete the sign-off", Edit(*block_removal(doc, signoff), ""))
            yield self.diagnostic(signoff.start, signoff.end, f'sign-off "{signoff.text}" at the end of the story', fix)
