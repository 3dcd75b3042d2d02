"""NL411 end-marker-at-end: an agency's end marker or sign-off glued to the story's last sentence.

The rule finds where the story ends and runs its passes there; the passes live in `rules/nl411/`
(a closing line of its own, a credit or a wire's trailer, a sign-off run on to the last sentence),
the end markers' and sign-offs' forms and where a story ends in `rules/nl411/shared.py`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import END_MARKER, Block, Document, block_removal
from ..core.rule import FollowUpRule, RuleOptions, RuleSpec
from ..data import shipped
from ..formats import read_document
from ..regexes import compile_cached
from .nl404_glued_end_marker import glued_marker_fix
from .nl411.credited import _credited_above, _signoff_over_list
from .nl411.credits import CreditPasses
from .nl411.lines import ClosingLinePasses
from .nl411.shared import (
    _ATTRIBUTION,
    _CLOSING,
    _DASHES,
    _agency_set,
    _closing_rule,
    _prose_after,
    _story_after,
    _story_sentence,
    _tail,
)
from .nl411.signoffs import SignoffPasses
from .support.chrome.lines import covered_lines, label_line, split_lines


class EndMarkerAtEndOptions(RuleOptions):
    # A bare agency name on a line of its own ("Reuter"), or named as the source ("Source: VNA"),
    # is the wire's plainly visible layout; a desk that strips it before publishing turns this on.
    standalone: bool = False
    # A sign-off or the desk's codes closing one story of a page that prints several ("... the
    # region. --AKP" with the next story under it) is that page's layout, and the story a desk
    # takes ends where it cuts: reported only when a desk asks.
    mid_page: bool = False
    # An agency's name or its reporting credit closing the story ("... on Monday. (Yonhap)", "—
    # Bernama"): the story's attribution, shown for a desk that republishes copy; a desk whose
    # style keeps it turns this off.
    attributions: bool = True


@cache
def _end_tail() -> regex.Pattern[str]:
    """"(end)", "(END) jhk", "(End) ab/cd", "(end) tam.rk": a bracketed end marker in any case, with the
    operator's initials after it, at a block's end (alone or after the last sentence)."""
    # The bracketed markers of the data ("(END)"), in any case: a desk may add its own.
    bracketed = [m for m in shipped("data/agencies.yaml")["end_markers"] if m.startswith("(")]
    names = "|".join(regex.escape(m) for m in sorted(bracketed, key=len, reverse=True))
    return compile_cached(
        rf"(?:(?<=[.!?\"”’)])|^)[ \t]*(?i:{names})(?:[ \t]+\p{{L}}{{2,4}}(?:[ \t/.]+\p{{L}}{{2,4}}){{0,5}})?[ \t]*$"
    )


# Rules whose findings show the copy was taken from a web page: its debris, its furniture, its
# lists of other stories, its readers' comments.
_PAGE_RULES = frozenset({"NL405", "NL408", "NL409", "NL413", "NL414"})

# The formats whose text is the file's, so that a story cut from a page is read the same way.
_CUT_FORMATS = frozenset(("text", "markdown"))
_STORY_END_BLOCKS = 2  # the story's last blocks, where a sign-off read above the page's lines stands


def _story_above_page(doc: Document, found: Sequence[Diagnostic]) -> Document | None:
    """The story without the lines under it that the other rules report whole as the page's
    (one or more, every line under it one, and fewer characters than the story above), read as
    a page that ends there; None when its last line is no such line."""
    if doc.format not in _CUT_FORMATS or len(doc.blocks) < 3:
        return None
    text = doc.text
    end = len(text.rstrip())
    if not any(d.category == "residue" and d.end >= end for d in found):
        return None  # no finding of the page's reaches the text's end: nearly every article
    lines, starts = split_lines(text)
    covered = covered_lines(text, starts, found)
    filled = [n for n, line in enumerate(lines) if line.strip()]
    if not filled or filled[-1] not in covered:
        return None
    # The page's lines run up from the end, a short label between them counting ("Donate"),
    # and start with one the rules report: the line above them is the story's last.
    top = len(filled)
    for index in range(len(filled) - 1, -1, -1):
        number = filled[index]
        if number in covered:
            top = index
        elif not label_line(lines[number]):
            break
    if top == 0:
        return None
    last = filled[top - 1]
    cut = starts[last] + len(lines[last].rstrip())
    if len(text) - cut >= cut:
        return None  # more "page" than story: the lines are other stories', the story's top a caption
    return read_document(text[:cut], doc.path, fmt=doc.format)


class EndMarkerAtEnd(ClosingLinePasses, CreditPasses, SignoffPasses, FollowUpRule):
    spec = RuleSpec(
        code="NL411",
        name="end-marker-at-end",
        category="residue",
        summary="An end marker or agency sign-off glued to the last sentence of the story.",
        rationale=(
            "Agencies close a story with a marker or their name (VNA's `./.`, '(END)', "
            "'(end) jhk' with the operator's initials, '-30-', '-VNA', '--KUNA', '(Xinhua)'). "
            "On the wire that is the agency's layout; in copy that a desk republishes it is "
            "residue, and readers see it. This rule is on by default because newslint's users "
            "are desks that receive and republish copy; an agency that keeps its markers turns "
            "it off (`ignore = [\"NL411\"]`). A pure end marker ('./.', '(END)', '-30-', "
            "'###'; 'End' between a desk's own marks, alike on both sides: '//End//', '==END=='; a word marker "
            "cut short where the page or feed cut the text, four letters at least after "
            "a sentence's end: '... 2 to 5. Endi'), glued to the last sentence or on a line of its own, says "
            "nothing about the "
            "story and the fix removes it, keeping the sentence's own full stop (with the agency's "
            "name run on after it at the page's end too: '... safely./.VNA'; or with its last dot lost: "
            "'... he added./'; or the desk's initials after a word marker: '... they said. Enditem/kb'; "
            "or a dash after it, a sign-off's with its name lost: '... peninsula.-'); on a line "
            "of its own it ends "
            "the story unless a story follows (two sentences at least, one longer than a title: related "
            "stories' titles that end with a stop, a share widget's one instruction, or other stories' teasers "
            "cut short with an ellipsis, are none). An agency's "
            "name at the end ('(Xinhua)', '(ANI/Xinhua)', '--KUNA', '-VNA', '- Bernama, Xinhua', "
            "'- Emirates News Agency, WAM –', "
            "'—Ko Ko Zaw (MNA)', '(NAN) (www.example.ng)' with the agency's web address, '-- THE DAILY STAR/ANN', "
            "a paper's name with the network that passed it on, or after the "
            "last sentence's stop with "
            "only a space, '... loss. ONA', or an editor's two initials, though they spell a word, '... event. AS', "
            "its operators' initials after it, '... claimed. PTI NAV GVS .', '... available. (PNA/Xinhua) JBP/EBP', "
            "or under the last sentence with its desk's codes, 'APP/fam', or a desk's line of fields split by '/', the "
            "date among them, 'newsbd/Dhaka/Sep 30, 2018/Karim/Hasan', or a reporter's name with the desk's "
            "short name, 'Mya Thandar (NTDB)', 'Juan Reyes/PNX', or a broadcast's, 'Kim Min-ji, Arirang News.', "
            "under a sentence that is no list of names) is the story's attribution: it is "
            "shown, and the desk decides whether its style keeps it (`attributions = false` leaves "
            "every attribution below unreported). Under the story's last "
            "sentence a name the data does not list is one too, after a dash ('... the documents. "
            "— VNS'; a site's name in camel case: '... he said.-SayangSabah') or, in capitals, after the "
            "stop ('... leaders. VNS') or in brackets there (an "
            "editor's initials: '... New Guinea. (WDY)'; an outlet's name, a stop after it or not: "
            "'... north. (Penguin News).-'), or alone on the last line "
            "after a dash ('– VNS', '==Kyodo'), unless it is an English "
            "word ('MORE', the wire's instruction). A listed agency run on to the last sentence's stop "
            "('... ridiculed.APP') is its sign-off too. The story's last sentence is the last paragraph "
            "above a few lines of the page's (buttons, a date widget, a notice to the reader, the writer's "
            "and translator's credits: 'Article in English by Ravuth M.'), or above "
            "lines that the other rules report whole as the page's, to the end (a donation appeal, a "
            "newsletter box: '... for his assent. (NAN)' over them), short labels among them ('Donate'), "
            "when they are shorter than the story above them. A bare agency name on a "
            "line of its own ('Reuter') is the wire's plainly visible layout and is reported only "
            "with the option `standalone = true`, unless the story's dateline already credits that "
            "agency ('Hanoi (VNA) –' above a last line 'VNA', or 'Accra, June 23, GNA -' above 'GNA', or a lead "
            "opening '(KPL) The bank ...' whose place was lost, above 'KPL' over the page's list of other stories "
            "under its header in English or in the site's own script), or the "
            "other rules found a web page's furniture in the copy (its debris, chrome, lists of other stories "
            "or readers' comments) and no sentence of another story follows the name: then it is "
            "the page's source line, "
            "shown; the agency's name written out on the last "
            "line ('Northern News Agency') is shown, and so is the wire's credit on the last line "
            "('(Reporting by Jane Doe; Editing by John Roe)', '(Compiled by Jane Doe in Mumbai)', "
            "'Edited by Jane Doe', a paper's "
            "'(With inputs from PTI)'; or on the line above a few of the page's under the story, a notice "
            "to the reader and a date widget among them), with the reporter's contact line "
            "under it when the wire printed one ('((jane.doe@example.com))'), and so is a reporter's e-mail "
            "address alone on the last line or right above the end marker (Yonhap's 'pbr@yna.co.kr' over "
            "'(END)'), and the credit run on to the story's "
            "last paragraph with only the page's lines under it, and the agency's publication line ('This report by "
            "The Canadian Press was first published March 28, 2024.'), which only a story's end takes. "
            "Operators' initials "
            "and codes alone on the last line ('ab/cde', 'TK/TSH/1771', 'Enditem/ls') are the desk's routing "
            "and the fix removes (an agency's name before the slash, 'VNA/VNP', is its credit) "
            "them; an end word with its codes ('Enditem/ls') or its slash alone ('Enditem/'), a rule of "
            "'=' with the editor's initials "
            "('============== L.Y') or an item's numbers joined by '**' ('3266**1424') is the end marker "
            "with only the page's lines under it too; a rule line alone on the last line ('====', "
            "'* * *') ends the item as a marker does: the fix removes it, and the credit or sign-off "
            "above it is read as the story's last line. A wire's trailer with its local and GMT times and "
            "the item's link, glued to a paragraph "
            "('... --More 13:41 LOCAL TIME 10:41 GMT www.spa.gov.sa/w290293'), is shown. A sign-off "
            "or a short line closing one story with more copy after it (a page "
            "that prints several stories: '... the region. --AKP' with the next story under it; "
            "codes, the writers' and editors' names split by '/', the agency's name alone or in "
            "brackets with the operator's initials or named as the source) is that page's layout, and the story a "
            "desk takes ends where it cuts: it is shown only with the option `mid_page = true`. With no "
            "sentence after it, only the page's lines (a header and a list of other stories' titles, or "
            "their teasers under a related-stories header), such a "
            "sign-off or codes line (not the agency's name alone) closes the story itself and is shown. "
            "The agency named as the source on a line of its own under the last sentence ('Source: VNA', "
            "'Source: Lao News Agency') is the story's plainly visible credit, as a bare agency name is: "
            "reported only with `standalone = true`; a network that passes on an agency's copy "
            "signs off with both ('– NNN-VNA'); a listed agency with its operators' initials after it on a line "
            "of its own under the last sentence ('UNI AB CD') is its sign-off. "
            "The operator's initials alone on the line under the marker ('(end)' over 'mbm') go with it. "
            "The place and date with a listed agency after them, alone under the last sentence ('Tehran, "
            "Dec 4, IRNA'), is the agency's sign-off, and so is the agency credited for part of the copy in "
            "brackets ('(With PTI inputs)', '(With agency inputs)'). "
            "A marker glued before more copy is NL404's. "
            "The markers and agency names are data (`rules/data/agencies.yaml`)."
        ),
        example="Talks resumed on Monday in the capital./.",
        example_fixed="Talks resumed on Monday in the capital.",
        fix_safety="varies",
    )
    Options = EndMarkerAtEndOptions

    def follow(self, doc: Document, found: Sequence[Diagnostic]) -> Iterable[Diagnostic]:
        # The other rules found the page's furniture: the copy was taken from a web page, where
        # the agency's bare name under the story is the page's source line, not the wire's layout.
        on_page = any(d.code in _PAGE_RULES for d in found)
        own = list(self._reported(doc, on_page))
        yield from own
        # Under a story whose last lines the other rules found to be the page's (a donation
        # appeal, a newsletter box, a footer: more lines than the walk up from the end takes),
        # the story ends above them: its sign-off is read there, as on a page that ends with it.
        taken = {d.start for d in own}
        story = _story_above_page(doc, found)
        rule = _closing_rule(doc) if story is None else None
        if rule is not None:
            # The rule line ends the story as a marker does, and the story's sign-off or credit
            # stands above it ("Edited by Jane Doe" over "===="): read there too.
            if rule.start not in taken and rule.kind != END_MARKER:
                yield self.diagnostic(
                    rule.start, rule.end, f'end marker "{rule.text.strip()}" (a rule line) at the end of the story',
                    Fix.safe("Delete the end marker", Edit(*block_removal(doc, rule), "")),
                )
            above = doc.text[: rule.start].rstrip()
            story = read_document(above, doc.path, fmt=doc.format) if above else None
        if story is None or not story.blocks:
            return
        floor = story.blocks[-min(len(story.blocks), _STORY_END_BLOCKS)].start
        yield from (d for d in self.check(story) if d.start >= floor and d.start not in taken)

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return self._reported(doc, False)

    def _reported(self, doc: Document, on_page: bool) -> Iterable[Diagnostic]:
        options: EndMarkerAtEndOptions = self.options  # type: ignore[assignment]
        found = list(self._check(doc, options, on_page))
        # Every attribution's message says so; the desk that strips them asks for them all.
        kept = found if options.attributions else [d for d in found if _ATTRIBUTION not in d.message]
        return [*kept, *self._initials_under(doc, kept)]

    def _check(self, doc: Document, options: EndMarkerAtEndOptions, on_page: bool = False) -> Iterator[Diagnostic]:
        blocks = doc.blocks
        if not blocks:
            return
        glued_found = False
        for marker in doc.end_markers:
            holder = doc.block_at(marker.start)
            if holder is None:
                continue
            if holder.kind == END_MARKER:
                if options.standalone or not _story_after(doc, holder):
                    fix = Fix.safe("Delete the end marker", Edit(*block_removal(doc, holder), ""))
                    message = f'end marker "{holder.text}" at the end of the story'
                    glued_found = True
                    yield self.diagnostic(holder.start, holder.end, message, fix)
                continue
            if any(b.start >= holder.end for b in blocks):
                continue  # more copy follows: NL404's
            if marker.end < holder.end:
                # "... safely./.VNA": the marker with the agency's name run on, the page's end.
                if doc.text[marker.end : holder.end].strip() not in _agency_set():
                    continue  # the next story run on after it: NL404's
                marker = Block(END_MARKER, marker.start, holder.end, doc.text[marker.start : holder.end])
            fix, what = glued_marker_fix(doc, holder, marker)
            glued_found = True
            yield self.diagnostic(
                marker.start, marker.end,
                f'end marker "{marker.text}" glued to the story\'s last sentence ({what})', fix,
            )
        if not glued_found:
            for block in _tail(doc):
                if block.text.find("(", max(0, len(block.text) - 40)) == -1:
                    continue  # every bracketed marker opens with "(" (one C-level test)
                match = _end_tail().search(block.text, max(0, len(block.text) - 40))
                if match is None or _prose_after(doc, block):
                    continue
                glued_found = True
                if match.start() == 0 or not block.text[: match.start()].strip():
                    span = block_removal(doc, block)
                    message = f'end marker "{block.text.strip()}" at the end of the story'
                else:
                    span = (block.start + match.start(), block.start + match.end())
                    message = f'end marker "{match.group().strip()}" glued to the story\'s last sentence'
                yield self.diagnostic(
                    block.start + match.start() + len(match.group()) - len(match.group().lstrip()),
                    block.start + match.end(), message,
                    Fix.safe("Delete the end marker", Edit(*span, "")),
                )
                break
        if not glued_found and "./" in doc.text:
            found = list(self._lost_dot(doc))
            glued_found = bool(found)
            yield from found
        if not glued_found and doc.text.rstrip()[-1:] == "-":
            found = list(self._lost_signoff(doc))
            glued_found = bool(found)
            yield from found
        if not glued_found and "LOCAL TIME" in doc.text:
            found = list(self._wire_trailers(doc))
            glued_found = bool(found)
            yield from found
        if not glued_found:
            yield from self._signoffs(doc, options.mid_page)
            yield from self._last_line(doc)
            yield from self._glued_credit(doc)
        if "@" in doc.text:
            yield from self._reporter_email(doc)
        signoff = doc.signoff
        if signoff is None:
            signoff = _signoff_over_list(doc)  # "VNA" over the page's "See more" and its list
            if signoff is None:
                return
        if options.standalone:
            fix = Fix.safe("Delete the sign-off", Edit(*block_removal(doc, signoff), ""))
            yield self.diagnostic(signoff.start, signoff.end, f'sign-off "{signoff.text}" at the end of the story', fix)
        elif signoff.text[:1] in _DASHES + "(":
            # "--AKP", "-VNA" on their own line: a scraped page's sign-off, not the wire's
            # bare "Reuter" line; the agency's name, so shown.
            fix = Fix.display_only("Delete the sign-off", Edit(*block_removal(doc, signoff), ""))
            closing = _prose_after(doc, signoff)
            if closing and not options.mid_page:
                return
            where = _CLOSING if closing else "at the end of the story"
            yield self.diagnostic(
                signoff.start, signoff.end, f'agency sign-off "{signoff.text}" {where} {_ATTRIBUTION}', fix,
            )
        else:
            if _credited_above(doc, signoff):
                # "VNA" alone under a story whose dateline reads "Hanoi (VNA) –", not the wire's
                # sign-off (an archive's dateline names no agency: "NEW YORK, March 2 -").
                why = "which its dateline already credits"
            elif on_page and not any(_story_sentence(b) for b in doc.blocks if b.start >= signoff.end):
                # Only the page's lines under it (titles, buttons), no sentence of another story.
                why = "on a page the other rules found web furniture on"
            else:
                return
            yield self.diagnostic(
                signoff.start, signoff.end,
                f'the agency\'s name "{signoff.text}" alone under the story, {why}: the page\'s source line',
                Fix.display_only("Delete the line", Edit(*block_removal(doc, signoff), "")),
            )

    def _source_lines(self) -> bool:
        """The agency named as the source on a line of its own ("Source: VNA") is the story's
        plainly visible credit, as a bare agency name is: reported only with `standalone`."""
        options: EndMarkerAtEndOptions = self.options  # type: ignore[assignment]
        return options.standalone
