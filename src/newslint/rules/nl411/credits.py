"""NL411 on the wire's credits at the story's end: a reporting credit run on, a reporter's e-mail
address, a wire's trailer with its times and link, the operator's initials under the end marker."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import PARAGRAPH, Document, block_removal
from ...core.rule import Rule
from ...regexes import compile_cached
from ..support.chrome.lines import Line, line_removal
from ..support.chrome.sites import publication_line
from .shared import (
    _ATTRIBUTION,
    _CREDIT_LINE,
    _REPORTING_CREDIT,
    _story_after,
)

# A wire's trailer: a marker or the agency's name after dashes, the local and GMT times, maybe
# the item's link ("--More 13:41 LOCAL TIME 10:41 GMT www.spa.gov.sa/w290293").
_WIRE_TRAILER = compile_cached(
    r"[ \t]*(?:--?|==?|–|—|―)[ \t]*\p{L}{2,8}[ \t]+\d{1,2}:\d{2}[ \t]+LOCAL[ \t]+TIME[ \t]+\d{1,2}:\d{2}[ \t]+GMT"
    r"(?:[ \t]+\S+)?[ \t]*$"
)
# The credit after the last sentence's stop, closing its paragraph.
_GLUED_CREDIT = compile_cached(rf"(?<=[.!?][\"”’]?)[ \t]+{_REPORTING_CREDIT.pattern}[ \t]*$")
# The operator's initials alone on a line ("mbm", "tam.rk", "ab/cd").
_OPERATOR_INITIALS = compile_cached(r"[ \t]*\p{Ll}{2,4}(?:[./]\p{Ll}{2,4}){0,2}[ \t]*")
# A reporter's e-mail address alone on a line (Yonhap's sign-off, "pbr@yna.co.kr").
_EMAIL_LINE = compile_cached(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class CreditPasses(Rule):
    """Passes over the wire's credits."""

    def _wire_trailers(self, doc: Document) -> Iterable[Diagnostic]:
        """A wire's trailer glued to a paragraph's end: the marker, the local and GMT times and
        the item's link ("... was played. --More 13:41 LOCAL TIME 10:41 GMT www.spa.gov.sa/w290293")."""
        for block in doc.prose:
            match = _WIRE_TRAILER.search(block.text, max(0, len(block.text) - 120))
            if match is None:
                continue
            start, end = block.start + match.start(), block.start + match.end()
            yield self.diagnostic(
                start + len(match.group()) - len(match.group().lstrip()), end,
                f'a wire\'s trailer "{match.group().strip()[:40]}" (its times and link) glued to the copy',
                Fix.display_only("Delete the trailer", Edit(start, end, "")),
            )

    def _reporter_email(self, doc: Document) -> Iterable[Diagnostic]:
        """The reporter's e-mail address alone on the line right above the story's end marker,
        or on the story's last line ("pbr@yna.co.kr" over "(END)"): the agency's sign-off."""
        text = doc.text
        last = doc.blocks[-1]
        ends = [
            m.start for m in doc.end_markers
            if (holder := doc.block_at(m.start)) is not None and not _story_after(doc, holder)
        ]
        if last.kind == PARAGRAPH:
            ends.append(last.end)
        for end in ends:
            stop = end
            while stop > 0 and text[stop - 1].isspace():
                stop -= 1
            at = text.rfind("\n", 0, stop) + 1
            while at < stop and text[at] in " \t":
                at += 1
            line = text[at:stop]
            if "@" not in line or _EMAIL_LINE.fullmatch(line) is None:
                continue
            block = doc.block_at(at)
            if block is None or block.kind != PARAGRAPH or block is doc.blocks[0]:
                continue
            span = line_removal(doc, block, Line(at, stop, line))
            yield self.diagnostic(
                at, at + len(line),
                f'the reporter\'s e-mail address "{line}" at the end of the story, the agency\'s sign-off '
                f"{_ATTRIBUTION}",
                Fix.display_only("Delete the address", Edit(*span, "")),
            )
            return

    def _glued_credit(self, doc: Document) -> Iterable[Diagnostic]:
        """The agency's publication line closing its story ("This report by The Canadian Press was
        first published ..."), or the wire's reporting credit run on to the story's last paragraph
        with only the page's lines or a feed's note under it ("... as saying. (Reporting by Jane
        Doe; Editing by John Roe)"): the story's attribution, shown."""
        for block in reversed(doc.blocks):
            text = block.text
            if block.kind == PARAGRAPH and publication_line(text):
                # "This report by The Canadian Press was first published March 28, 2024.": only the
                # story's end takes it, whatever the page prints under it.
                yield self.diagnostic(
                    block.start, block.end, f'the agency\'s publication line "{text}" closing the story {_ATTRIBUTION}',
                    Fix.display_only("Delete the line", Edit(*block_removal(doc, block), "")),
                )
                return
            if block.kind != PARAGRAPH or text[-1:] != ")" or "Reporting by" not in text[-_CREDIT_LINE:]:
                continue  # C-level tests: nearly every paragraph fails the first
            match = _GLUED_CREDIT.search(text, max(0, len(text) - _CREDIT_LINE))
            if match is None or _story_after(doc, block):
                continue
            start, end = block.start + match.start(), block.start + match.end()
            yield self.diagnostic(
                start + len(match.group()) - len(match.group().lstrip()), end,
                f'the agency\'s reporting and editing credit "{match.group().strip()}" glued to the story\'s '
                f"last sentence {_ATTRIBUTION}",
                Fix.display_only("Delete the credit", Edit(start, end, "")),
            )
            return

    def _initials_under(self, doc: Document, found: Sequence[Diagnostic]) -> Iterator[Diagnostic]:
        """The operator's initials alone on the line under the end marker ("(end)" over "mbm"):
        the desk's routing, deleted with the marker."""
        marker = next((d for d in found if d.message.startswith("end marker")), None)
        holder = doc.block_at(marker.end - 1) if marker is not None else None
        if holder is None:
            return
        blocks = doc.blocks
        index = doc.block_index(holder)
        under = blocks[index + 1] if index + 1 < len(blocks) else None
        if under is not None and _OPERATOR_INITIALS.fullmatch(under.text) is not None:
            yield self.diagnostic(
                under.start, under.end, f'the operator\'s initials "{under.text.strip()}" under the end marker',
                Fix.safe("Delete the initials", Edit(*block_removal(doc, under), "")),
            )
