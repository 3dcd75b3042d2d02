"""NL411 on a sign-off glued to the story's last sentence ('... loss. ONA', '--KUNA', '-VNA')."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import PARAGRAPH, Block, Document, block_removal
from ...core.rule import Rule
from ...regexes import compile_cached
from ..support.chrome.vocabulary import WEB_DOMAIN
from .shared import (
    _ATTRIBUTION,
    _CLOSING,
    _DASH,
    _DASHES,
    _PAGE_BELOW,
    _above_page_lines,
    _agency_names,
    _agency_set,
    _prose_after,
    _signoff_name,
    _tail,
)

# An agency's or a government news service's site signing off ("–SAnews.gov.za").
_SITE = r"\p{L}[\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|net|org|gov|info|\p{Ll}{2})(?:\.\p{Ll}{2})?"

# The desk's and operators' codes after an agency's name ("— MNA/MKKS", "--KUNA/ AB/ 1200"), or
# the agency whose copy a network passes on ("– NNN-VNA").
_DESK = r"(?:[ \t]*/[ \t]*[\p{Lu}\d]{2,6}){0,3}(?:-\p{Lu}{2,6})?"


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
    News)", "... 2024. ==Kyodo", "... quality. - Emirates News Agency, WAM –" at a paragraph's
    end; agencies that passed the copy on in one
    bracket ("(ANI/Xinhua)"), a bracketed one after a dash ("- (Bloomberg)") or after the
    reporter's name ("—Ko Ko Zaw (MNA)")."""
    names = _agency_names()
    # (the operator's initials after a slash: "(Hina/FaH)", "(Xinhua/ab)")
    bracket = rf"\((?i:{names})(?:[ \t]*/[ \t]*(?i:{names}))*(?:/\p{{L}}{{2,4}})?(?:[ \t]+News)?\)"
    reporter = r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]*"
    # The agency's full name before its short one ("- Emirates News Agency, WAM –").
    full = r"(?:\p{Lu}\p{L}+(?:[ \t]+\p{Lu}\p{L}+){0,2}[ \t]+(?:News|Press)[ \t]+Agency[ \t]*,[ \t]*)?"
    return compile_cached(
        rf"(?:(?<=[.!?][\"”’)]?)|(?<=\)))[ \t]*"
        rf"(?:(?:--?|==?|–|—|―)[ \t]*(?:{full}(?i:{names})\.?{_DESK}|{_SITE}|(?:{reporter})?{bracket}{_DESK})"
        # The operators' initials after the bracket, in small letters or capitals ("(Hina) vm",
        # "(PNA/Xinhua) JBP/EBP").
        rf"|{bracket}\.?(?:[ \t]+(?:\p{{Ll}}{{2,4}}|\p{{Lu}}{{2,4}}(?:/\p{{Lu}}{{2,4}}){{0,3}}))?)"
        # The agency's web address in brackets after its name ("(NAN) (www.nannews.ng)").
        rf"(?:[ \t]*\({WEB_DOMAIN}\))?"
        # A page may close the line with a separator of its own ("— PTI |", "- WAM –").
        rf"(?:[ \t]+[{_DASHES}|])?[ \t]*$"
    )


# After the last sentence's stop: a dash and one name ("— VNS", "-Reuters"), or an acronym
# with only a space before it ("... leaders. VNS", "VNA/VNS"); the desk's codes may follow.
_UNLISTED_SIGNOFF = compile_cached(
    # ... a site's name in camel case too ("... he said.-SayangSabah").
    r"(?:(?<=[.!?][\"”’)]?)[ \t]*" + _DASH
    + r"{1,2}[ \t]*(?P<name>\p{Lu}\p{Ll}{2,11}(?:\p{Lu}\p{Ll}{2,11})?|\p{Lu}{2,8})"
    r"(?:/\p{Lu}{2,6}){0,2}"
    # A paper's name in capitals with the network that passed it on after a slash ("-- THE
    # NATION/ANN"): the slash and the network's short name make it a credit, whatever the words.
    r"|(?<=[.!?][\"”’)]?)[ \t]*" + _DASH + r"{1,2}[ \t]*(?P<outlet>\p{Lu}{2,12}(?:[ \t]+\p{Lu}{2,12}){0,2})"
    r"/\p{Lu}{2,6}"
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
    if match.group("outlet") is not None:
        return match
    name = match.group("name")
    # Two capitals after the last sentence's stop are an editor's initials ("... event. AS"),
    # though they spell a word: no sentence is one word without a stop.
    initials = len(name) == 2 and name.isupper() and match.group().startswith(" ")
    return match if initials or _signoff_name(name) else None
# A credit or codes line under a story's last sentence: this short at most.
_CLOSING_LINE = 60
_SIGNOFF_OPENERS = frozenset(_DASHES + "(=")  # a glued sign-off opens with a dash or a bracket
_SIGNOFF_CLOSERS = frozenset(").|" + _DASHES)  # and ends with the name, a bracket or a separator


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


class SignoffPasses(Rule):
    """The pass over sign-offs glued to the last sentence."""

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
