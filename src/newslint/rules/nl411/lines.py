"""NL411 on a closing line of its own under the story: an end marker, operators' codes, an agency's
name, a lost dot."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import PARAGRAPH, Block, Document, block_removal
from ...core.rule import Rule
from ...regexes import compile_cached
from ..support.chrome.notices import reader_notice
from .shared import (
    _ATTRIBUTION,
    _CREDIT_LINE,
    _DASH,
    _DASHES,
    _LAST_LINE,
    _PAGE_BELOW,
    _REPORTING_CREDIT,
    _above_page_lines,
    _agency_names,
    _agency_set,
    _dated_agency,
    _outlet_words,
    _prose_after,
    _signoff_name,
    _source_credit,
    _tail,
    _under_sentence,
    _with_inputs,
)

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

# A reporter's name with the desk's short name after it, alone on the last line ("Tun Lin (IPRD)",
# "Ella Dionisio/DMS"), or a broadcast's sign-off ("Oh Soo-young, KBS World Radio News."):
# a name of two to four capitalised words, then capitals in brackets or after a slash, or a comma
# and an outlet whose last word names one (`outlet_words`).
_PERSON = r"\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3}"
_DESK_SIGNOFF = compile_cached(
    rf"{_PERSON}(?:[ \t]*\(\p{{Lu}}{{2,6}}\)|[ \t]*/[ \t]*\p{{Lu}}{{2,6}}"
    r"|,[ \t]+(?:\p{Lu}[\p{L}+]*[ \t]+){0,3}(?P<last>\p{Lu}\p{Ll}+)\.?)[ \t]*"
)


def _desk_signoff(text: str) -> bool:
    """A reporter's sign-off with the desk's or outlet's name (`_DESK_SIGNOFF`)."""
    match = _DESK_SIGNOFF.fullmatch(text.strip())
    return match is not None and (match.group("last") is None or match.group("last").lower() in _outlet_words())


def _under_prose(above: Block) -> bool:
    """`_under_sentence`, and the sentence no list of names ("Brady, McCormick, Longwell, Doak."), a
    team sheet whose referee and union may close it ("Phil Fear (WRU)")."""
    return _under_sentence(above) and above.text.count(",") * 2 < above.text.count(" ")


# A desk's sign-off line of fields split by "/", the day among them ("risingbd/Dhaka/Sep 30,
# 2018/Maksud/Nasim": the site, the place, the date, the reporter and the editor).
_DATED_FIELDS = 4
_FIELD = compile_cached(r"[ \t]*\p{L}[\p{L}\d.'’&-]*(?:[ \t]+[\p{L}\d][\p{L}\d.'’&-]*){0,2}[ \t]*")
_FIELD_DATE = compile_cached(
    r"[ \t]*(?:\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+\p{Lu}\p{Ll}{2,8},?[ \t]+\d{4}"
    r"|\d{1,2}[.-]\d{1,2}[.-]\d{2,4})[ \t]*"
)


def _dated_signoff(text: str) -> bool:
    """`_DATED_FIELDS` to seven short fields split by "/", one of them a date and the others a
    few words each, none a sentence."""
    fields = text.strip().split("/")
    if not _DATED_FIELDS <= len(fields) <= 7 or len(text) > _CREDIT_LINE // 2:
        return False
    dates = [f for f in fields if _FIELD_DATE.fullmatch(f)]
    return len(dates) == 1 and all(f in dates or _FIELD.fullmatch(f) for f in fields)


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


_LONE_DASH_SIGNOFF = compile_cached(
    r"(?:" + _DASH + r"{1,3}|={1,2})[ \t]*(?P<name>\p{Lu}\p{Ll}{2,11}|\p{Lu}{2,8})"
    r"(?:[ \t]+(?P<outlet>\p{Lu}\p{L}{1,12}))?(?:/\p{Lu}{2,6}){0,2}(?:-\p{Lu}{2,6})?[ \t]*"
)


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
# The wire's contact line under the credit: "((jane.doe@thomsonreuters.com; +1 202 555 0100))".
_CONTACT = compile_cached(r"\(\([^()\n]{0,120}@[^()\n]{1,120}\)\)")
# "./" closing the last sentence ("... he added./"): the marker "./." with its last dot lost.
_LOST_DOT = compile_cached(r"(?<=[\p{L}\d\"”’)])\./$")
# A dash after the last sentence's stop ("... on the Korean peninsula.-"): a sign-off's dash whose
# name was lost.
_LOST_SIGNOFF = compile_cached(r"(?<=[\p{Ll}\d][.!?][\"”’)]?)-$")
_CODES_KIND = "operators' codes"
_ROUTING = "(the desk's routing, not the story)"
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


def _story_end(doc: Document) -> int:
    """The index of the story's last block: the last one, or the one above the few lines of
    the page's under it, one of them the page's by its shape (see `_page_line`; a few words
    with no stop, "Explore News", go with such lines, not alone)."""
    at, paged = _above_page_lines(doc, 1)
    return at if paged else len(doc.blocks) - 1


class ClosingLinePasses(Rule):
    """Passes over a closing line of its own."""

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
        elif text.count("/") >= _DATED_FIELDS - 1 and _under_sentence(doc.blocks[index - 1]) and _dated_signoff(text):
            fix = Fix.display_only("Delete the sign-off", Edit(*block_removal(doc, last), ""))
            yield self.diagnostic(
                last.start, last.end, f'{_SIGNOFF_KIND} "{text.strip()}" at the end of the story {_ATTRIBUTION}', fix,
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
            # "(With PTI inputs)" under the last sentence: the agency credited for part of the copy.
            or text[:1] == "(" and _under_sentence(doc.blocks[index - 1]) and _with_inputs(text)
            # "Tehran, Dec 4, IRNA" under the last sentence: the dateline written at the story's end.
            or "," in text and _under_sentence(doc.blocks[index - 1]) and _dated_agency(text)
            # "Tun Lin (IPRD)", "Ella Dionisio/DMS" under the last sentence: the reporter and the desk.
            or text[:1].isupper() and _under_prose(doc.blocks[index - 1]) and _desk_signoff(text)
        ):
            fix = Fix.display_only("Delete the sign-off", Edit(*block_removal(doc, last), ""))
            what = _SOURCE_KIND if text[:6] == "Source" else _SIGNOFF_KIND
            yield self.diagnostic(
                last.start, last.end, f'{what} "{text.strip()}" at the end of the story {_ATTRIBUTION}', fix,
            )

    def _lost_dot(self, doc: Document) -> Iterable[Diagnostic]:
        """The story's last sentence closed by "./" ("... he added./"): VNA's "./." with its last
        dot lost. The fix keeps the sentence's stop."""
        return self._closing_mark(
            doc, _LOST_DOT,
            'a slash after the last sentence\'s stop ("./": the end marker "./." with its last dot lost)',
            "Delete the slash",
        )

    def _lost_signoff(self, doc: Document) -> Iterable[Diagnostic]:
        """The story's last sentence closed by a dash after its stop (`_LOST_SIGNOFF`)."""
        return self._closing_mark(
            doc, _LOST_SIGNOFF, "a dash after the last sentence's stop (a sign-off's dash, its name lost)",
            "Delete the dash",
        )

    def _closing_mark(
        self, doc: Document, pattern: regex.Pattern[str], message: str, title: str
    ) -> Iterable[Diagnostic]:
        """A stray mark that `pattern` finds closing the story's last paragraph, no story under it:
        the fix deletes the mark, keeping the sentence's stop."""
        for block in _tail(doc):
            if block.kind != PARAGRAPH:
                continue
            text = block.text.rstrip()
            if pattern.search(text, max(0, len(text) - 4)) is not None and not _prose_after(doc, block):
                at = block.start + len(text) - 1
                yield self.diagnostic(at, at + 1, message, Fix.safe(title, Edit(at, at + 1, "")))
            return  # only the last paragraph can close so

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
