"""NL411 end-marker-at-end: an agency's end marker or sign-off glued to the story's last sentence.

Long on purpose: every agency's end marker and sign-off form is tried on the same last lines of the
story, and whether the story ends there is one decision all the forms need."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import END_MARKER, PARAGRAPH, SIGNOFF, Block, Document, block_removal
from ..core.rule import FollowUpRule, RuleOptions, RuleSpec
from ..data import shipped
from ..formats import read_document
from ..regexes import compile_cached
from ..spelling.lookup import PROPER_WORDS, WORDS
from .nl404_glued_end_marker import glued_marker_fix
from .support.chrome.bars import chrome_reason
from .support.chrome.lines import Line, covered_lines, label_line, line_removal, split_lines
from .support.chrome.notices import reader_notice
from .support.chrome.sites import outlet_name, publication_line
from .support.chrome.vocabulary import MAX_LINE, SENTENCE_END, related_header_set
from .support.chrome.widgets import date_widget

# The dashes a sign-off or the desk's codes open with ("-- BERNAMA", "– VNS", "― Bernama"):
# a string for tests, a class for patterns.
_DASHES = "-–—―"
_DASH = f"[{_DASHES}]"


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


# How many blocks from the end a marker may sit above the page's debris.
_TAIL_BLOCKS = 3
_TAIL_KINDS = (PARAGRAPH, END_MARKER, SIGNOFF)


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


# An agency's or a government news service's site signing off ("–SAnews.gov.za").
_SITE = r"\p{L}[\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|net|org|gov|info|\p{Ll}{2})(?:\.\p{Ll}{2})?"


# The desk's and operators' codes after an agency's name ("— MNA/MKKS", "--KUNA/ AB/ 1200"), or
# the agency whose copy a network passes on ("– NNN-VNA").
_DESK = r"(?:[ \t]*/[ \t]*[\p{Lu}\d]{2,6}){0,3}(?:-\p{Lu}{2,6})?"
# Initials between slashes ("/MR/") and an agency's item number ("FNA13990507000539").
_SLASHED_INITIALS = r"/\p{Lu}{2,4}(?:/\p{Lu}{2,4}){0,2}/"
_ITEM_NUMBER = r"\p{Lu}{2,5}\d{6,16}"
# A last line of operators' initials and codes alone ("sa/mud", "TK/TSH/1771", "---Ends/ab/cd",
# Xinhua's "Enditem/ls", "ZZ/FNA13990507000539"), or initials between slashes: the desk's
# routing, not the story's.
_CODES = compile_cached(
    _DASH + r"*[ \t]*(?:(?:(?i:ends?|endit(?:em)?)|\p{L}{2,4})"
    rf"(?:[ \t]*/[ \t]*(?:[\p{{L}}\d]{{2,8}}|{_ITEM_NUMBER})){{1,3}}|{_SLASHED_INITIALS})[ \t]*"
)
# Codes no story's line takes, whatever follows them.
_ITEM_CODES = compile_cached(rf"[ \t]*(?:{_SLASHED_INITIALS}|\p{{L}}{{2,4}}/{_ITEM_NUMBER})[ \t]*")
# An end word with the desk's codes ("Enditem/ls", "---Ends/ab"), or their slash alone
# ("Enditem/"): the end marker, under the story.
_ENDED_CODES = compile_cached(
    _DASH + r"*[ \t]*(?i:ends?|endit(?:em)?)(?:(?:[ \t]*/[ \t]*[\p{L}\d]{2,8}){1,3}|[ \t]*/)"
    # A rule of "=" with the editor's initials ("============== L.Y", "=========R.A.H.") and an
    # item's numbers joined by "**" ("3266**1424"): the agency's end of item, its codes after it.
    r"|={4,}[ \t]*(?:\p{Lu}\.?){1,4}|\d{3,6}\*\*\d{3,6}"
)
# A last line that is an agency's name written out ("Al-Wafa News Agency", "Anadolu Agency").
# ("News Agency of Nigeria", its country after it).
_AGENCY_NAME = compile_cached(
    r"(?:\p{Lu}[\p{L}'’-]*[ \t]+){1,4}(?:News[ \t]+)?Agency(?:[ \t]+(?i:of)(?:[ \t]+\p{Lu}[\p{L}'’-]*){1,2})?\.?[ \t]*"
)


def _agency_codes(text: str) -> bool:
    """A listed agency with its desk's codes alone ("MNA/MKKS", "VNA/VNP"): the story's credit."""
    return _CODES.fullmatch(text) is not None and text.split("/")[0].strip(" \t" + _DASHES) in _agency_set()


@cache
def _agency_initials_pattern() -> regex.Pattern[str]:
    return compile_cached(rf"(?:{_agency_names()})(?:[ \t]+\p{{Lu}}{{1,4}}){{1,3}}[ \t]*\.?[ \t]*")


def _agency_initials(text: str) -> bool:
    """A listed agency with its operators' initials after it, split by spaces ("UNI AB CD")."""
    return _agency_initials_pattern().fullmatch(text) is not None


def _operators_codes(text: str) -> bool:
    """Operators' initials and codes alone ("sa/mud", "Enditem/ls"), no agency's name before the
    slash (that is `_agency_codes`' credit)."""
    return _CODES.fullmatch(text) is not None and not _agency_codes(text)


@cache
def _agency_names() -> str:
    """The agencies of the data as one alternation, longest first."""
    agencies = sorted(shipped("data/agencies.yaml")["agencies"], key=len, reverse=True)
    return "|".join(regex.escape(a) for a in agencies)


@cache
def _agency_set() -> frozenset[str]:
    return frozenset(shipped("data/agencies.yaml")["agencies"])


@cache
def _stop_glued_signoff() -> regex.Pattern[str]:
    """"... ridiculed.APP": an agency's name as the data spells it run on to a lower-case word's
    stop at a paragraph's end (not "U.S.AP": a capital before the stop is an abbreviation's)."""
    return compile_cached(rf"(?<=\p{{Ll}}{{2}}[.!?])(?:{_agency_names()})[ \t]*$")


@cache
def _spaced_signoff() -> regex.Pattern[str]:
    """"... on this immense loss. ONA": an agency's name as the data spells it, after a
    sentence's end with only a space between, at a paragraph's end."""
    # (the operators' initials after it: "... he said. PTI NAV GVS .")
    return compile_cached(
        rf"(?<=[.!?][\"”’)]?)[ \t]+(?:{_agency_names()})(?:[ \t]+\p{{Lu}}{{2,4}}){{0,3}}(?:[ \t]*\.)?[ \t]*$"
    )


@cache
def _dash_signoff() -> regex.Pattern[str]:
    """"-- BERNAMA", "- VNA": an agency's name after a dash, alone on a line; the agencies
    that passed the copy on too ("- Bernama, Xinhua")."""
    names = _agency_names()
    return compile_cached(
        rf"{_DASH}{{1,3}}[ \t]*(?i:{names})(?:[ \t]*(?:[,/&]|and)[ \t]*(?i:{names}))*\.?[ \t]*"
    )


@cache
def _glued_signoff() -> regex.Pattern[str]:
    """"... the country.--KUNA", "... on Monday. -VNA", "... talks. (Xinhua)", "... said. (Yonhap
    News)", "... 2024. ==Kyodo" at a paragraph's end; agencies that passed the copy on in one
    bracket ("(ANI/Xinhua)"), a bracketed one after a dash ("- (Bloomberg)") or after the
    reporter's name ("—Ko Ko Zaw (MNA)")."""
    names = _agency_names()
    # (the operator's initials after a slash: "(Hina/FaH)", "(Xinhua/ab)")
    bracket = rf"\((?i:{names})(?:[ \t]*/[ \t]*(?i:{names}))*(?:/\p{{L}}{{2,4}})?(?:[ \t]+News)?\)"
    reporter = r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]*"
    return compile_cached(
        rf"(?:(?<=[.!?][\"”’)]?)|(?<=\)))[ \t]*"
        rf"(?:(?:--?|==?|–|—|―)[ \t]*(?:(?i:{names})\.?{_DESK}|{_SITE}|(?:{reporter})?{bracket}{_DESK})"
        rf"|{bracket}\.?(?:[ \t]+\p{{Ll}}{{2,4}})?)"
        # A page may close the line with a separator of its own ("— PTI |", "- WAM –").
        rf"(?:[ \t]+[{_DASHES}|])?[ \t]*$"
    )


class EndMarkerAtEnd(FollowUpRule):
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
            "'###'), glued to the last sentence or on a line of its own, says nothing about the "
            "story and the fix removes it, keeping the sentence's own full stop (with the agency's "
            "name run on after it at the page's end too: '... safely./.VNA'; or with its last dot lost: "
            "'... he added./'); on a line of its own it ends "
            "the story unless a story follows (two sentences at least, one longer than a title: related "
            "stories' titles that end with a stop, a share widget's one instruction, or other stories' teasers "
            "cut short with an ellipsis, are none). An agency's "
            "name at the end ('(Xinhua)', '(ANI/Xinhua)', '--KUNA', '-VNA', '- Bernama, Xinhua', "
            "'—Ko Ko Zaw (MNA)', or after the "
            "last sentence's stop with "
            "only a space, '... loss. ONA', or an editor's two initials, though they spell a word, '... event. AS', "
            "its operators' initials after it, '... claimed. PTI NAV GVS .', "
            "or under the last sentence with its desk's codes, 'APP/fam') is the story's attribution: it is "
            "shown, and the desk decides whether its style keeps it (`attributions = false` leaves "
            "every attribution below unreported). Under the story's last "
            "sentence a name the data does not list is one too, after a dash ('... the documents. "
            "— VNS') or, in capitals, after the stop ('... leaders. VNS') or in brackets there (an "
            "editor's initials: '... New Guinea. (WDY)'; an outlet's name, a stop after it or not: "
            "'... north. (Penguin News).-'), or alone on the last line "
            "after a dash ('– VNS', '==Kyodo'), unless it is an English "
            "word ('MORE', the wire's instruction). A listed agency run on to the last sentence's stop "
            "('... ridiculed.APP') is its sign-off too. The story's last sentence is the last paragraph "
            "above a few lines of the page's (buttons, a date widget, a notice to the reader), or above "
            "lines that the other rules report whole as the page's, to the end (a donation appeal, a "
            "newsletter box: '... for his assent. (NAN)' over them), short labels among them ('Donate'), "
            "when they are shorter than the story above them. A bare agency name on a "
            "line of its own ('Reuter') is the wire's plainly visible layout and is reported only "
            "with the option `standalone = true`, unless the story's dateline already credits that "
            "agency ('Hanoi (VNA) –' above a last line 'VNA', or 'Accra, June 23, GNA -' above 'GNA'): then it is "
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
            "with only the page's lines under it too. A wire's trailer with its local and GMT times and "
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
            "A marker glued before more copy is NL404's. "
            "The markers and agency names are data (`rules/data/agencies.yaml`)."
        ),
        example="Talks resumed on Monday in the capital./.",
        example_fixed="Talks resumed on Monday in the capital.",
        fix_safety="varies",
    )
    Options = EndMarkerAtEndOptions

    def follow(self, doc: Document, found: Sequence[Diagnostic]) -> Iterable[Diagnostic]:
        own = list(self.check(doc))
        yield from own
        # Under a story whose last lines the other rules found to be the page's (a donation
        # appeal, a newsletter box, a footer: more lines than the walk up from the end takes),
        # the story ends above them: its sign-off is read there, as on a page that ends with it.
        story = _story_above_page(doc, found)
        if story is None:
            return
        taken = {d.start for d in own}
        floor = story.blocks[-min(len(story.blocks), _STORY_END_BLOCKS)].start
        yield from (d for d in self.check(story) if d.start >= floor and d.start not in taken)

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        options: EndMarkerAtEndOptions = self.options  # type: ignore[assignment]
        found = self._check(doc, options)
        # Every attribution's message says so; the desk that strips them asks for them all.
        return found if options.attributions else (d for d in found if _ATTRIBUTION not in d.message)

    def _check(self, doc: Document, options: EndMarkerAtEndOptions) -> Iterator[Diagnostic]:
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
        elif _credited_above(doc, signoff):
            # "VNA" alone under a story whose dateline reads "Hanoi (VNA) –": the page's source
            # line, not the wire's sign-off (an archive's dateline names no agency: "NEW YORK, March 2 -").
            fix = Fix.display_only("Delete the line", Edit(*block_removal(doc, signoff), ""))
            yield self.diagnostic(
                signoff.start, signoff.end,
                f'the agency\'s name "{signoff.text}" alone under the story, which its dateline already '
                "credits: the page's source line",
                fix,
            )

    def _source_lines(self) -> bool:
        """The agency named as the source on a line of its own ("Source: VNA") is the story's
        plainly visible credit, as a bare agency name is: reported only with `standalone`."""
        options: EndMarkerAtEndOptions = self.options  # type: ignore[assignment]
        return options.standalone

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

    def _last_line(self, doc: Document) -> Iterable[Diagnostic]:
        """The story's last line alone: operators' codes, the agency's name written out, or the
        agency in brackets under the last sentence; failing that, the line above the few lines
        of the page's under the story (a notice to the reader, a date widget: "(Compiled by
        ...)" above "First Published: ...")."""
        if len(doc.blocks) < 3:
            return
        found = list(self._line_at(doc, len(doc.blocks) - 1))
        if not found and (index := _story_end(doc)) < len(doc.blocks) - 1:
            found = list(self._line_at(doc, index))
        yield from found

    def _line_at(self, doc: Document, index: int) -> Iterable[Diagnostic]:
        """`_last_line` for the block at `index`: the last, or the last above the page's lines."""
        last = doc.blocks[index]
        text = last.text
        if last.kind != PARAGRAPH:
            return  # a sign-off, a marker, a caption: their own passes
        if "\n" in text or len(text) > _CREDIT_LINE:
            if index < len(doc.blocks) - 1:
                return  # the story's last paragraph, the page's lines under it
            if _under_sentence(last):
                return  # the story's own last paragraph: no credit stands under it
            # The page's list or footer under the story: its credit or codes may stand above it.
            ended = self._ended_codes(doc)
            if ended is not None:
                yield ended
            return
        if not _operators_codes(text) and index == len(doc.blocks) - 1:
            ended = self._ended_codes(doc)
            if ended is not None:
                yield ended
                return
        if text[:2] == "((" and _CONTACT.fullmatch(text.strip()):
            # The wire's contact line for its reporter, under the credit: the desk's, not the story.
            yield self.diagnostic(
                last.start, last.end, f'the wire\'s contact line "{text.strip()}" at the end of the story',
                Fix.display_only("Delete the contact line", Edit(*block_removal(doc, last), "")),
            )
            last = doc.blocks[index - 1]
            text = last.text
            if last.kind != PARAGRAPH or "\n" in text or len(text) > _CREDIT_LINE:
                return
        if text[:1] in "(RWEC" and _REPORTING_CREDIT.fullmatch(text.strip()):
            fix = Fix.display_only("Delete the credit", Edit(*block_removal(doc, last), ""))
            yield self.diagnostic(
                last.start, last.end,
                f'the agency\'s reporting and editing credit "{text.strip()}" at the end of the story {_ATTRIBUTION}',
                fix,
            )
        elif len(text) > _LAST_LINE:
            return
        elif "/" in text and _operators_codes(text):
            fix = Fix.safe("Delete the codes", Edit(*block_removal(doc, last), ""))
            yield self.diagnostic(
                last.start, last.end, f'operators\' codes "{text.strip()}" at the end of the story', fix,
            )
        elif (
            # "(Hina) vm" under the last sentence: the sign-off `_closing_line` shows mid-page.
            _closing_kind(text) == _SIGNOFF_KIND and _under_sentence(doc.blocks[index - 1])
            or "Agency" in text and _AGENCY_NAME.fullmatch(text)
            or text[:1].isupper() and _agency_initials(text) and _under_sentence(doc.blocks[index - 1])
            # "APP/fam": the agency with its desk's codes under the last sentence.
            or "/" in text and _agency_codes(text) and _under_sentence(doc.blocks[index - 1])
            or text[:6] == "Source" and self._source_lines() and _source_credit(text)
            and _under_sentence(doc.blocks[index - 1])
            # "– VNS", "==Kyodo" alone under the last sentence: a name after a dash, no word.
            or text[:1] in _DASHES + "=" and _under_sentence(doc.blocks[index - 1]) and _lone_dash_signoff(text)
        ):
            fix = Fix.display_only("Delete the sign-off", Edit(*block_removal(doc, last), ""))
            what = _SOURCE_KIND if text[:6] == "Source" else _SIGNOFF_KIND
            yield self.diagnostic(
                last.start, last.end, f'{what} "{text.strip()}" at the end of the story {_ATTRIBUTION}', fix,
            )

    def _lost_dot(self, doc: Document) -> Iterable[Diagnostic]:
        """The story's last sentence closed by "./" ("... he added./"): VNA's "./." with its last
        dot lost. The fix keeps the sentence's stop."""
        for block in _tail(doc):
            if block.kind != PARAGRAPH:
                continue
            text = block.text.rstrip()
            if _LOST_DOT.search(text, max(0, len(text) - 4)) is not None and not _prose_after(doc, block):
                at = block.start + len(text) - 1
                yield self.diagnostic(
                    at, at + 1,
                    'a slash after the last sentence\'s stop ("./": the end marker "./." with its last dot lost)',
                    Fix.safe("Delete the slash", Edit(at, at + 1, "")),
                )
            return  # only the last paragraph can close so

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

    def _ended_codes(self, doc: Document) -> Diagnostic | None:
        """An end word with the desk's codes ("Enditem/ls", "Ends/ab"), or codes no line of a story
        takes ("/MR/", "ZZ/FNA13990507000539"), on a line of its own under the story, the page's
        lines and no more copy after it: the story's end, whatever the page printed under it."""
        blocks = doc.blocks
        for index in range(len(blocks) - 2, 0, -1):
            block = blocks[index]
            line = block.text.strip()
            if block.kind != PARAGRAPH:
                what = None
            elif _ENDED_CODES.fullmatch(line):
                what = "end marker and codes"
            elif "/" in line and _ITEM_CODES.fullmatch(line):
                what = _CODES_KIND
            elif "/" in line and len(line) <= _LAST_LINE and _agency_codes(line):
                what = _SIGNOFF_KIND  # the agency and its desk's codes ("MNA/MKKS"): the story's credit
            elif len(line) <= _LAST_LINE and line[:1].isupper() and _agency_initials(line):
                what = _SIGNOFF_KIND  # the agency and its operators' initials ("UNI AB CD"): the story's credit
            elif line[:6] == "Source" and self._source_lines() and _source_credit(line) and _under_sentence(
                blocks[index - 1]
            ):
                what = _SOURCE_KIND  # "Source: VNA" under the last sentence: the story's credit
            elif line[:1] == "(" and _bracketed_agency().fullmatch(line) and _under_sentence(blocks[index - 1]):
                what = _SIGNOFF_KIND  # "(Xinhua News Agency May 21, 2008)" under the last sentence
            else:
                what = None
            if what is not None:
                if _prose_after(doc, block):
                    return None  # another story's end, more copy under it
                if what in (_SIGNOFF_KIND, _SOURCE_KIND):
                    fix = Fix.display_only("Delete the sign-off", Edit(*block_removal(doc, block), ""))
                    return self.diagnostic(
                        block.start, block.end, f'{what} "{line}" at the end of the story {_ATTRIBUTION}', fix
                    )
                fix = Fix.safe("Delete the codes", Edit(*block_removal(doc, block), ""))
                return self.diagnostic(block.start, block.end, f'{what} "{line}" at the end of the story', fix)
            if _under_sentence(block) and not reader_notice(block.text):
                return None  # the story's last sentence, with no end word under it
        return None

    def _closing_line(self, doc: Document, index: int) -> Diagnostic | None:
        """A short line right under a story's last sentence, with the page's lines or another
        story after it (the story's very last line is `_last_line`'s): the desk's codes
        ("sa/mud"), the writers' and editors' names ("Nisreen Othman / Shaza Qreima"), the
        agency in brackets with the operator's initials ("(Hina) vm"). Shown, never fixed: the
        line is the story's credit or the desk's, and what follows is not the story."""
        block = doc.blocks[index]
        text = block.text
        if "\n" in text or not _under_sentence(doc.blocks[index - 1]):
            return None
        what = _closing_kind(text, bare=True)
        if what is None:
            return None
        why = _ROUTING if what == _CODES_KIND else _ATTRIBUTION
        where = "closing a story, with more after it" if _prose_after(doc, block) else _PAGE_BELOW
        return self.diagnostic(
            block.start, block.end, f'{what} "{text.strip()}" {where} {why}',
            Fix.display_only("Delete the line", Edit(*block_removal(doc, block), "")),
        )

    def _signoffs(self, doc: Document, mid_page: bool) -> Iterable[Diagnostic]:
        """An agency's name glued to a paragraph's last sentence ("... the region. –AKP"): at
        the end of the story, or closing one story of a page that prints several; and a credit
        or codes line closing one (`_closing_line`)."""
        blocks = doc.blocks
        for index, block in enumerate(blocks):
            text = block.text
            if block.kind != PARAGRAPH or not (text[-1:].isalpha() or text[-1:] in _SIGNOFF_CLOSERS):
                continue
            if (
                len(text) <= _CLOSING_LINE and 0 < index < len(blocks) - 1
                and (
                    ("/" in text or text[0] == "(") and (mid_page or not _prose_after(doc, block))
                    # A bare name is the wire's layout ('standalone'), reported mid-page on request.
                    or mid_page and text in _agency_set()
                )
            ):
                # Every shape of a credit or codes line holds a '/' or opens with a bracket, or
                # is the agency's name alone. Above the page's lines alone (a list, its header),
                # it closes the story itself: reported without `mid_page`.
                closing = self._closing_line(doc, index)
                if closing is not None:
                    yield closing
                    continue
            if _SIGNOFF_OPENERS.isdisjoint(text[-24:]):
                # One C-level test: nearly every paragraph ends without a sign-off. An agency's
                # name after the last sentence with only a space between ("... loss. ONA") is one.
                last_word = text[text.rfind(" ") + 1 :]
                listed = last_word in _agency_set()
                # ... or its operators' initials after it ("... claimed. PTI NAV GVS ."): searched once
                spaced = (
                    _spaced_signoff().search(text, max(0, len(text) - 40))
                    if listed or last_word == "." or last_word.isupper() and len(last_word) <= 4 else None
                )
                if listed or spaced is not None:
                    match = spaced
                    if match is not None and (
                        mid_page or block is _last_sentence(doc) or not _prose_after(doc, block)
                    ):
                        yield self._glued(doc, block, match)
                elif last_word.isupper() and block is _last_sentence(doc):
                    match = _unlisted_signoff(text)
                    if match is not None:
                        yield self._glued(doc, block, match)
                elif "." in last_word and last_word.rsplit(".", 1)[1] in _agency_set():
                    # "... ridiculed.APP": the agency's name run on to the last sentence's stop.
                    match = _stop_glued_signoff().search(text, max(0, len(text) - 40))
                    if match is not None and block is _last_sentence(doc):
                        yield self._glued(doc, block, match)
                continue
            if len(text) <= 30 and text[0] in _DASHES and _dash_signoff().fullmatch(text):
                if not mid_page and _prose_after(doc, block):
                    continue
                # "-- BERNAMA" on its own line with another story after it: a page of several.
                where = _CLOSING if _prose_after(doc, block) else _PAGE_BELOW
                yield self.diagnostic(
                    block.start, block.end, f'agency sign-off "{text.strip()}" {where} {_ATTRIBUTION}',
                    Fix.display_only("Delete the sign-off", Edit(*block_removal(doc, block), "")),
                )
                continue
            match = _glued_signoff().search(text, max(0, len(text) - 40))
            if match is None:
                # A sign-off the data does not list ("... the documents. — VNS"): only under
                # the story's last sentence, where nothing but a sign-off takes that shape.
                if block is not _last_sentence(doc):
                    continue
                match = _unlisted_signoff(text)
                if match is None:
                    continue
            elif not (mid_page or block is _last_sentence(doc) or not _prose_after(doc, block)):
                continue
            yield self._glued(doc, block, match)

    def _glued(self, doc: Document, block: Block, match: regex.Match[str]) -> Diagnostic:
        start, end = block.start + match.start(), block.start + match.end()
        # The agency's name is the story's attribution, not a marker: the desk decides.
        fix = Fix.display_only("Remove the sign-off", Edit(start, end, ""))
        if block is _last_sentence(doc):
            where = "the story's last sentence"
        elif _prose_after(doc, block):
            where = "a story's last sentence, with more copy after it (another story or the page's)"
        else:
            where = "the story's last sentence, with only the page's lines after it"
        return self.diagnostic(
            start, end, f'agency sign-off "{match.group().strip()}" glued to {where} {_ATTRIBUTION}', fix,
        )


# A wire's trailer: a marker or the agency's name after dashes, the local and GMT times, maybe
# the item's link ("--More 13:41 LOCAL TIME 10:41 GMT www.spa.gov.sa/w290293").
_WIRE_TRAILER = compile_cached(
    r"[ \t]*(?:--?|==?|–|—|―)[ \t]*\p{L}{2,8}[ \t]+\d{1,2}:\d{2}[ \t]+LOCAL[ \t]+TIME[ \t]+\d{1,2}:\d{2}[ \t]+GMT"
    r"(?:[ \t]+\S+)?[ \t]*$"
)


# After the last sentence's stop: a dash and one name ("— VNS", "-Reuters"), or an acronym
# with only a space before it ("... leaders. VNS", "VNA/VNS"); the desk's codes may follow.
_UNLISTED_SIGNOFF = compile_cached(
    r"(?:(?<=[.!?][\"”’)]?)[ \t]*" + _DASH + r"{1,2}[ \t]*(?P<name>\p{Lu}\p{Ll}{2,11}|\p{Lu}{2,8})"
    r"(?:/\p{Lu}{2,6}){0,2}"
    r"|(?<=\.[\"”’)]?)[ \t]+(?P<name>\p{Lu}{2,6})(?:/\p{Lu}{2,6}){0,2}"
    # An editor's initials or agencies in brackets after the stop: "... New Guinea. (WDY)",
    # "... trapped.(GNS)"; an outlet's name ("(Antaranews)", "(Colombo Gazette)").
    r"|(?<=[.!?][\"”’]?)[ \t]*\((?P<name>\p{Lu}{2,6}(?:/\p{Lu}{2,6}){0,2}"
    r"|\p{Lu}\p{Ll}{2,14}(?:[ \t]\p{Lu}\p{Ll}{2,14})?)\)(?:\.-?)?)"  # "(Penguin News).-": a stop after it
    r"[ \t]*$"
)


def _unlisted_signoff(text: str) -> regex.Match[str] | None:
    """A sign-off the data does not list, at the end of a paragraph: a name that is not an
    English word ("MORE" is the wire's instruction, "-Sources" a word)."""
    match = _UNLISTED_SIGNOFF.search(text, max(0, len(text) - 40))
    if match is None:
        return None
    name = match.group("name")
    # Two capitals after the last sentence's stop are an editor's initials ("... event. AS"),
    # though they spell a word: no sentence is one word without a stop.
    initials = len(name) == 2 and name.isupper() and match.group().startswith(" ")
    return match if initials or _signoff_name(name) else None


def _signoff_name(name: str) -> bool:
    """A sign-off's name is no English word ("MORE" is the wire's instruction, "-Sources" a
    word), unless the data lists it as an agency's ("(ANI/WAM)": "ani" is a word too)."""
    if name in _agency_set():
        return True
    # Of two words, one no English word names the outlet ("Colombo Gazette", not "Full Story"),
    # or the last is an outlet's ("Penguin News").
    return any(not (folded in WORDS and folded not in PROPER_WORDS) for folded in name.lower().split()) or (
        " " in name and outlet_name(name)
    )


_LONE_DASH_SIGNOFF = compile_cached(
    r"(?:" + _DASH + r"{1,3}|={1,2})[ \t]*(?P<name>\p{Lu}\p{Ll}{2,11}|\p{Lu}{2,8})"
    r"(?:[ \t]+(?P<outlet>\p{Lu}\p{L}{1,12}))?(?:/\p{Lu}{2,6}){0,2}(?:-\p{Lu}{2,6})?[ \t]*"
)


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(str(word) for word in shipped("data/web_chrome.yaml")["outlet_words"])


# "Source: VNA", "Source: Agence Kampuchea Presse": the agency named as the story's source.
_SOURCE = compile_cached(
    r"Sources?(?:\(s\))?[ \t]*:[ \t]*(?P<name>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,4})\.?[ \t]*"
)


def _source_credit(text: str) -> bool:
    """An agency listed, or a name with a word naming an outlet ("Lao News Agency"), as the source."""
    match = _SOURCE.fullmatch(text)
    if match is None:
        return False
    name = match.group("name")
    # In capitals too ("Sources: BERNAMA"): the data spells the agency as its name reads.
    return name in _agency_set() or name.casefold() in _agency_folded() or not _outlet_words().isdisjoint(
        name.lower().split()
    )


@cache
def _agency_folded() -> frozenset[str]:
    return frozenset(name.casefold() for name in _agency_set())


def _lone_dash_signoff(text: str) -> bool:
    """A sign-off alone on its line after a dash ("– VNS", "==Kyodo", "-PTV News"), listed or
    not: a name that is not an English word ("- MORE" is the wire's instruction), perhaps
    followed by a word naming an outlet ("News", "Agency"), never by another word (a writer's
    name: "— John Smith")."""
    match = _LONE_DASH_SIGNOFF.fullmatch(text.strip())
    if match is None:
        return False
    name, outlet = match.group("name"), match.group("outlet")
    if outlet is None:
        return _signoff_name(name)
    # An outlet's name in capitals may be English words ("=FRESH NEWS"): its word naming an outlet tells.
    return outlet.lower() in _outlet_words() and (_signoff_name(name) or name.isupper() and outlet.isupper())


# The wire's credit under a story: "(Reporting by Jane Doe; Editing by John Roe)".
_CREDIT_NAME = r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}"
_CREDIT_NAMES = (
    rf"{_CREDIT_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_CREDIT_NAME})*"
    r"(?:[ \t]+in[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)?)?"
)
_REPORTING_CREDIT = compile_cached(
    # "(With inputs from PTI)": a paper's credit to the agencies it took the story from.
    rf"(?:\((?i:with[ \t]+(?:inputs?|input[ \t]+and[ \t]+photos?)[ \t]+from)[ \t]+[^()\n]{{2,60}}\)|"
    rf"\(?(?:(?:Additional[ \t]+)?Reporting|Writing|Editing|Edited|Compiled)[ \t]+by[ \t]+{_CREDIT_NAMES}"
    rf"(?:;[ \t]*(?:Additional[ \t]+reporting|Writing|Editing|Compiled)[ \t]+by[ \t]+{_CREDIT_NAMES})*\)?)"
)
_CREDIT_LINE = 160
# The credit after the last sentence's stop, closing its paragraph.
_GLUED_CREDIT = compile_cached(rf"(?<=[.!?][\"”’]?)[ \t]+{_REPORTING_CREDIT.pattern}[ \t]*$")
# The wire's contact line under the credit: "((jane.doe@thomsonreuters.com; +1 202 555 0100))".
_CONTACT = compile_cached(r"\(\([^()\n]{0,120}@[^()\n]{1,120}\)\)")
_LAST_LINE = 40  # codes or a sign-off on the last line: this long at most
# "./" closing the last sentence ("... he added./"): the marker "./." with its last dot lost.
_LOST_DOT = compile_cached(r"(?<=[\p{L}\d\"”’)])\./$")
# A reporter's e-mail address alone on a line (Yonhap's sign-off, "pbr@yna.co.kr").
_EMAIL_LINE = compile_cached(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ATTRIBUTION = "(its attribution: a desk's style decides whether it stays)"
_CODES_KIND = "operators' codes"
_ROUTING = "(the desk's routing, not the story)"
# A credit or codes line under a story's last sentence: this short at most.
_CLOSING_LINE = 60
_PROSE_SPACES = 5
# Two or three people's names split by '/' ("Nisreen Othman / Shaza Qreima", "Fedaa
# al-Rhayiah / Mazen Eyon"): each a capitalised word, then one or two more, capitalised or
# with a lower-case particle joined by a hyphen.
_NAME = r"\p{Lu}\p{Ll}+(?:[ \t]+(?:\p{Ll}{1,3}-)?\p{Lu}[\p{L}'’-]+){1,2}"
_NAMES_CREDIT = compile_cached(rf"{_NAME}(?:[ \t]+/[ \t]+{_NAME}){{1,2}}[ \t]*")


@cache
def _bracketed_agency() -> regex.Pattern[str]:
    """"(Hina) vm", "(MENA)", "(Hina/FaH)", "(Source: Xinhua)", "(Xinhua News Agency May 21, 2008)": an
    agency's name in brackets, perhaps named as the source, with the day it filed the story or
    with the operator's initials after it."""
    return compile_cached(
        rf"\((?i:source:[ \t]*)?(?i:{_agency_names()})(?:[ \t]+News(?:[ \t]+Agency)?)?"
        r"(?:[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4})?"
        r"(?:/\p{L}{2,4})?\)"  # the operator's initials inside: "(Hina/FaH)"
        r"\.?(?:[ \t]+\p{Ll}{2,4}(?:/\p{Ll}{2,4})?)?[ \t]*"
    )


def _closing_kind(text: str, bare: bool = False) -> str | None:
    """What a short line under a story's last sentence is, if it closes the story; with `bare`,
    the agency's name alone too ("KPL" with the page's or another story's lines under it)."""
    text = text.strip()
    if bare and text in _agency_set():
        return _SIGNOFF_KIND
    if "/" in text:
        if _operators_codes(text):
            return _CODES_KIND
        if " / " in text and _NAMES_CREDIT.fullmatch(text):
            return "writers' and editors' credit"
        if text[:1] == "(" and _bracketed_agency().fullmatch(text):
            return _SIGNOFF_KIND  # "(Hina/FaH)"
        return None
    # The agency's name bare ("MENA") is left, as the wire's own "Reuter" line is.
    if text[:1] == "(" and _bracketed_agency().fullmatch(text):
        return _SIGNOFF_KIND
    return None


_SIGNOFF_KIND = "agency sign-off"
_SOURCE_KIND = "the agency named as the source"
_CLOSING = "closing a story, with more copy after it (another story or the page's)"
_SIGNOFF_OPENERS = frozenset(_DASHES + "(=")  # a glued sign-off opens with a dash or a bracket
_SIGNOFF_CLOSERS = frozenset(").|" + _DASHES)  # and ends with the name, a bracket or a separator


def _under_sentence(above: Block) -> bool:
    """The block above is a story's sentence: a paragraph of prose ending with its stop."""
    return above.kind == PARAGRAPH and above.text[-1:] in SENTENCE_END and above.text.count(" ") >= _PROSE_SPACES


def _prose_after(doc: Document, block: Block) -> bool:
    """Whether a sentence of the story follows: then the marker closes an earlier story. Under a
    related-stories header ("Related Articles") the sentences are other stories' teasers."""
    headers = related_header_set()
    for after in doc.blocks:
        if after.start < block.end:
            continue
        if _story_sentence(after):
            return True
        if len(after.text) <= _HEADER_BLOCK and any(
            line.strip().rstrip(":").casefold() in headers for line in after.text.split("\n")
        ):
            return False
    return False


_HEADER_BLOCK = 400  # a block of the page's short lines that may end with the list's header


def _story_sentence(block: Block) -> bool:
    """A paragraph of six words or more ending as a sentence does; the page's notice to its
    reader is no sentence of a story, nor another story's teaser cut short ("... will wo...")."""
    text = block.text.rstrip()
    return (
        block.kind == PARAGRAPH and text[-1:] in ".!?\"”’" and text.count(" ") >= 5
        and not text.endswith(("...", "…")) and not reader_notice(text)
    )


def _story_after(doc: Document, block: Block) -> bool:
    """Whether a story follows a marker alone on its line: two sentences of prose at least (a
    related story's title or a share widget's one instruction, "To get the link, tap the URL.",
    is no story), one of them longer than a title (related stories' titles under the marker,
    one a line, may end with a stop: "... confrontation with U.S.")."""
    sentences, long = 0, False
    for after in doc.blocks:
        if after.start >= block.end and _story_sentence(after):
            sentences += 1
            long = long or after.text.count(" ") >= TITLE_SPACES
            if long and sentences >= STORY_SENTENCES:
                return True
    return False


# A sign-off with no sentence after it, only the page's lines (a list of other stories, its header).
_PAGE_BELOW = "at the end of the story, with only the page's lines after it"
STORY_SENTENCES = 2
TITLE_SPACES = 16  # a paragraph with this many spaces is longer than any title


def _last_sentence(doc: Document) -> Block | None:
    """The story's last paragraph: the last block, or the last of the few paragraphs at the end
    that only a byline, a credit or a separator follows ("... the region. –AKP" above "By
    THOU Peou"). Found once per document: every paragraph that may end in a sign-off asks."""
    return doc.derived(_find_last_sentence)


def _find_last_sentence(doc: Document) -> Block | None:
    blocks = doc.blocks
    # A few words of the page's without a stop under the story ("Kirim email ke"), a date
    # widget, buttons, the source's credit ("Source: Bahrain News Agency"): the paragraph
    # above is the story's end.
    at, _ = _above_page_lines(doc, 0, credits=True)
    last = blocks[at]
    end = last.text[-1:]
    if last.kind == PARAGRAPH and (end.isalpha() or end == "." or end in _SIGNOFF_CLOSERS):
        return last
    for block in _tail(doc):
        if block.kind == PARAGRAPH and block.text.rstrip()[-1:].isalpha() and not _prose_after(doc, block):
            return block
    return None


def _credited_above(doc: Document, signoff: Block) -> bool:
    """The story's dateline names the agency of a bare sign-off line, in brackets ("Hanoi (VNA)
    –") or before the dateline's dash ("Accra, June 23, GNA -", "Ghanadot/GNA -"), which the
    dateline finder does not take for one."""
    name = signoff.text.strip().rstrip(".")
    dateline = doc.dateline
    if dateline is not None:
        return dateline.start < signoff.start and f"({name})".casefold() in dateline.text.casefold()
    for block in doc.blocks[:6]:
        if block.kind == PARAGRAPH and block.start < signoff.start:
            at = block.text.find(name, 0, _DATELINE_REACH)
            if at > 0 and block.text[at - 1] in " /" and _DATELINE_DASH.match(block.text, at + len(name)):
                # A place in capitals is the wire's own dateline ("OKLAHOMA CITY, March 11,
                # Reuter -"), whose bare sign-off line is its layout (`standalone`); a page's is not.
                return not block.text[:at].split(",", 1)[0].isupper()
    return False


def _signoff_over_list(doc: Document) -> Block | None:
    """The agency's name alone on the line above a related-stories header ("VNA" over "See more"
    and the titles of other stories), under the story's last sentence (its sign-off glued to it
    or not: "... he said.-VNA"): the story's sign-off, with the page's list under it."""
    headers = related_header_set()
    blocks = doc.blocks
    for index in range(len(blocks) - 2, 1, -1):
        block = blocks[index]
        if block.kind in (PARAGRAPH, SIGNOFF) and len(block.text) <= _LAST_LINE and block.text in _agency_set():
            header = blocks[index + 1].text.strip().rstrip(":").lower()
            above = blocks[index - 1]
            if header in headers and (_under_sentence(above) or above.text.endswith(block.text)):
                return block
    return None


# The agency before the dateline's dash: this far into the lead at most.
_DATELINE_REACH = 60
_DATELINE_DASH = compile_cached(rf"[ \t]?{_DASH}{{1,2}}[ \t]")


_PAGE_TAIL = 4  # lines of the page under the story's last sentence, at most


def _story_end(doc: Document) -> int:
    """The index of the story's last block: the last one, or the one above the few lines of
    the page's under it, one of them the page's by its shape (see `_page_line`; a few words
    with no stop, "Explore News", go with such lines, not alone)."""
    at, paged = _above_page_lines(doc, 1)
    return at if paged else len(doc.blocks) - 1


def _above_page_lines(doc: Document, floor: int, credits: bool = False) -> tuple[int, bool]:
    """The index of the block above the few lines of the page's at the text's end
    (`_PAGE_TAIL` at most; scraps, `_page_line`s and, with `credits`, a "Source: ..." credit),
    never below `floor`; and whether one of them is a `_page_line`."""
    blocks = doc.blocks
    at, paged = len(blocks) - 1, False
    while at > floor and len(blocks) - at <= _PAGE_TAIL:
        block = blocks[at]
        page = _page_line(block)
        if not (page or _scrap(block) or credits and block.text[:6] == "Source" and _source_credit(block.text)):
            break
        paged = paged or page
        at -= 1
    return at, paged


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


def _page_line(block: Block) -> bool:
    """A line of the page's by its shape: buttons, a date or time widget, a notice to its reader,
    a widget's label alone ("No comments:"); or a few such lines, or scraps, run together
    ("SHARE ARTICLE\narrow up\nhome icon")."""
    text = block.text
    if block.kind != PARAGRAPH:
        return False
    if "\n" in text:
        lines = text.split("\n")
        return len(lines) <= _PAGE_TAIL and all(_scrap_text(line) or _page_text(line) for line in lines)
    return _page_text(text)


def _page_text(text: str) -> bool:
    return len(text) <= MAX_LINE and (
        text.endswith(":") and text.count(" ") < _LABEL_WORDS
        or chrome_reason(text) is not None or date_widget(text) or reader_notice(text)
    )


_LABEL_WORDS = 3  # a widget's label alone under the story: this many words at most


def _scrap(block: Block) -> bool:
    """A line of a few words with no stop or colon: not a sentence of the story."""
    return block.kind == PARAGRAPH and _scrap_text(block.text)


def _scrap_text(text: str) -> bool:
    return len(text) <= 30 and text.count(" ") < 4 and not any(c in text for c in ".!?:")


def _tail(doc: Document) -> list[Block]:
    """The last few paragraphs, markers and sign-offs, last first."""
    found: list[Block] = []
    for block in reversed(doc.blocks):
        if block.kind in _TAIL_KINDS:
            found.append(block)
            if len(found) == _TAIL_BLOCKS:
                break
    return found
