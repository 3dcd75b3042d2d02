"""NL408 at the page's top: the first line, the lines above the headline, the day the page was
served and a section's label under the site's name."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import HEADLINE, Document
from ...data import shipped
from ..support.chrome.bars import BAR_REASON, GLUED_MENU_REASON, credit_line, glued_menu, is_bar
from ..support.chrome.lines import Line, lines_of
from ..support.chrome.menus import GLUED_CRUMB_REASON, glued_crumb, glued_switch, language_switch
from ..support.chrome.notices import reader_notice
from ..support.chrome.sites import masthead, section_label
from ..support.chrome.vocabulary import MAX_LINE, WEEKDAY, patterns
from ..support.chrome.widgets import date_widget
from ..support.dates import days_apart, full_date
from ..support.header import MAX_HEADER_BLOCKS, header_reason, is_lead, may_be_a_name, outlet_line
from ..support.header import MENU_REASON as HEADER_MENU_REASON
from .base import ChromePasses
from .shared import (
    _AGO,
    _GLUED_LINKS,
    _LANGUAGE_SWITCH,
    _LONE_KINDS,
    _NOTICE,
    _TRAIL,
    MAX_BAR,
    _counted_back,
    _label_like,
    _prose,
    _title_shape,
)

_CLOCK_REASON = "a time of day alone on the first line: the page's clock, not the story's title"
_WEEKDAY_FIRST = re.compile(rf"{WEEKDAY}\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(r"(?<![\d.])(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b")
_SERVED = "the day the page was served, in the site's top bar above the story"
_SERVED_ORDINAL = f"{_SERVED} (a weekday and a date whose day has an ordinal)"
_SERVED_AWAY = f"{_SERVED} (a weekday and a date days away from the story's own date on the page)"
_SERVED_TWICE = f"{_SERVED} (the day in the Gregorian and the Islamic calendar)"
_HIJRI_YEAR = re.compile(r"(?<!\d)14\d\d(?!\d)")
# The two dates parted by a bar or a spaced dash or slash ("Dhul-Hijjah", "28/03/2024" stay whole).
_CALENDAR_SPLIT = re.compile(r"[ \t]*\|[ \t]*|[ \t]+[/–—-][ \t]+")
_HIJRI_MARK = re.compile(r"(?i)[ \t,]*\b(?:A\.?H\.?|H)\.?$")
DATE_DRIFT = 7  # days between a story's date and its page's update stamp; the top bar's day may be years away
MENU_BAR_PARTS = 4  # bars between a menu's items on the first line: a title has one at most
# The first line is judged the page's when the story's prose starts within this many blocks ...
FIRST_LINE_PROSE_WITHIN = 10
# ... and, for menu words, when it holds this many words at most (a title of common words is longer).
FIRST_LINE_MENU_WORDS = 3
FIRST_LINE_TITLE_WORDS = 16  # a headline's words at most; a longer line without a stop is a cut sentence
_FIRST_LINE_MENU = (
    "the page's first line holds buttons, menu words or a label, not a title: the story's headline is under it"
)
_SECTION_UNDER_SITE = "a site's section label under the site's name, above the story's headline (menu words only)"
_ABOVE_TITLE = (
    "a line of the page between its first line and the story's headline (a menu, widget or label; "
    "no date, byline or credit)"
)
ABOVE_TITLE_LETTERS = 0.6  # a headline is mostly letters; a widget's row of figures is not
AGENCY_LETTERS = 5  # "PTI", "BSS": an agency's short name in capitals, the story's credit
# A time of day ("12:56", "7:37 pm", "2000 GMT"): alone on the first line, the site's clock, no title.
_CLOCK = re.compile(r"\d{1,2}[:.h]?\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})?")  # "2000 GMT", "10:51 am"


def _headline_under(doc: Document) -> bool:
    """The story's headline is under the first line: a title's line (`_title_under`) of a
    headline's length, no menu, shorter than the prose under it."""
    blocks = doc.blocks
    title = doc.derived(_title_under)
    if title is None or len(blocks[title].text.split()) > FIRST_LINE_TITLE_WORDS or header_reason(blocks[title].text):
        return False  # no headline, or a menu of a title's length ("Home Politics & Laws")
    return any(
        _prose(block) and len(block.text) > len(blocks[title].text)
        for block in blocks[title + 1 : title + 2 + MAX_HEADER_BLOCKS]
    )


def _capital_or_figure(first: str) -> bool:
    """A title opens with a capital or a figure ("36 panda cubs make their public debut")."""
    return first.isupper() or first.isdigit()


def _section_trail(text: str) -> bool:
    """A site's section name or a trail of them, marks around it or not ("» News", "News /
    Nation"): the title slot's own."""
    parts = [part.strip() for part in _TRAIL_PARTS.split(text.strip(_TRAIL_MARKS))]
    return all(section_label(part) for part in parts)


_TRAIL_MARKS = " \t»›>/|-–—•·*"


def _title_under(doc: Document) -> int | None:
    """Where the story's headline is under the page's first line: the first line of a title's
    shape (mostly letters, capitalised or a figure first, not the story's date or byline) with a
    lead under it, past the page's menus and widgets; None when prose comes first or no story
    follows. Made once per document (`Document.derived`): two passes ask."""
    blocks = doc.blocks
    for i, block in enumerate(blocks[1:], 1):
        text = block.text
        if is_lead(text):
            return None  # prose before any title: no headline to stand under
        if (
            block.kind in _LONE_KINDS and _title_shape(text) and _capital_or_figure(text.lstrip(" \t[(\"'“‘")[:1])
            and sum(map(str.isalpha, text)) >= ABOVE_TITLE_LETTERS * len(text) and not _story_furniture(text)
        ):
            if not any(is_lead(block.text) for block in blocks[i + 1 : i + 2 + MAX_HEADER_BLOCKS]):
                return None  # no story under the title: a listing or an index page
            return i
    return None


@cache
def _hijri_months() -> frozenset[str]:
    return frozenset(shipped("data/web_chrome.yaml")["hijri_months"])


def _two_calendars(text: str) -> bool:
    """A line of the day's date twice, parted by a bar or dash: the Gregorian date (its weekday
    or not) and the Islamic one, a month of that calendar and its year ("Ramadan 17, 1445 H")."""
    parts = [part for part in _CALENDAR_SPLIT.split(text) if part]
    if len(parts) != 2:
        return False
    hijri = [p for p in parts if _HIJRI_YEAR.search(p) is not None]
    if len(hijri) != 1:
        return False
    other = parts[1] if hijri[0] is parts[0] else parts[0]
    words = [w.casefold() for w in patterns()["token"].findall(_HIJRI_MARK.sub("", hijri[0]).replace("-", " "))]
    months = _hijri_months()
    named = [w for w in words if not w.isdigit()]
    return bool(named) and all(w in months for w in named) and (date_widget(other) or full_date(other) is not None)


def _story_furniture(text: str) -> bool:
    """A line above the headline that is the story's: a date, a byline, a person's name, a
    credit ("Source: ...", "(Xinhua)") or an agency's short name ("PTI")."""
    bare = text.strip(" \t•·-–—|*")
    if not bare or patterns()["dated"].search(bare) or date_widget(bare) or _CLOCK.fullmatch(bare):
        return True
    if "(" in bare or bare.casefold().startswith(("by ", "by:", "source", "from ")) or bare.casefold() == "by":
        return True
    if bare.isupper() and bare.isalpha() and len(bare) <= AGENCY_LETTERS:
        return True
    tokens = patterns()["token"].findall(bare)
    return may_be_a_name(tokens) or outlet_line(bare) or bool(credit_line([bare]))

_TRAIL_PARTS = re.compile("[" + re.escape("".join(sorted(_TRAIL))) + "]")  # a trail's parts, split


class TopPasses(ChromePasses):
    """Passes over the page's first lines."""

    def _served_date(self, doc: Document) -> Iterator[Diagnostic]:
        """The day the page was served, in the site's top bar: a weekday and its date alone on
        one of the page's first two lines, above the story, when it cannot be the story's own
        date: its day carries an ordinal ("Monday, January 19th, 2026", a theme's top-bar form;
        a story's date line prints the day bare) or the page prints the story's date elsewhere,
        days away from it ("Publish Date : 16 April 2019"); or the day in two calendars, the
        Gregorian and the Islamic ("Thursday, March 28, 2024 | Ramadan 17, 1445 H"). A top date
        line that agrees with the story, or that nothing contradicts, is the story's and stays."""
        blocks = doc.blocks
        if len(blocks) < 3:
            return
        top = [(block, line) for block in blocks[:2] for line in lines_of(block)][:2]
        for block, line in top:
            text = line.text.strip()
            if _HIJRI_YEAR.search(text) is not None and _two_calendars(text):
                yield self._line(doc, block, line, _SERVED_TWICE, False)
                continue
            if _WEEKDAY_FIRST.match(text) is None or not date_widget(text) or (day := full_date(text)) is None:
                continue
            if _ORDINAL_DAY.search(text) is not None:
                reason = _SERVED_ORDINAL
            elif days_apart(day, (o.text for b in blocks for o in lines_of(b) if o.start != line.start)) > DATE_DRIFT:
                reason = _SERVED_AWAY
            else:
                continue
            yield self._line(doc, block, line, reason, False)

    def _above_title(self, doc: Document) -> Iterator[Diagnostic]:
        """The lines between a page's first line, a label (no title's shape), and the story's
        headline, the first line of a title's shape with the story's prose under it: the page's
        menus, widgets and labels. A date, a byline, a person's name, a credit or an agency's
        short name there is the story's own and stays."""
        blocks = doc.blocks
        if len(blocks) < 3 or _title_shape(blocks[0].text) or is_lead(blocks[0].text):
            return
        title = doc.derived(_title_under)
        if title is None or title == 1:
            return
        for block in blocks[1:title]:
            if block.kind not in _LONE_KINDS:
                continue
            for line in lines_of(block):
                if _story_furniture(line.text):
                    continue
                yield self._line(doc, block, line, _ABOVE_TITLE, False)

    def _first_line(self, doc: Document) -> Iterator[Diagnostic]:
        """The first line when it holds no title but the page's furniture: a notice to the reader
        or a bar over a page that holds a story, or buttons and menu words (no section's or
        site's name: those are the title slot's own) over the story's headline."""
        blocks = doc.blocks
        if len(blocks) < 3 or blocks[0].kind != HEADLINE or "\n" in blocks[0].text:
            return
        text = blocks[0].text.strip()
        menu_bar = text.count("|") >= MENU_BAR_PARTS and len(text) <= MAX_BAR and is_bar(text)
        if len(text) > MAX_LINE and not menu_bar or not any(
            _prose(block) for block in blocks[1 : 1 + FIRST_LINE_PROSE_WITHIN]
        ):
            return
        if reader_notice(text):
            reason = _NOTICE
        elif not text.isascii() and (language_switch(text) or glued_switch(text)):
            reason = _LANGUAGE_SWITCH
        elif menu_bar or (text[:1] in _TRAIL or text[-1:] in _TRAIL or ">>" in text) and (is_bar(text) or ">>" in text):
            # A bar's end or a trail's '>>' is no title's, nor are a menu's items between bars
            # ("China Politics | CPC News| Foreign Affairs | World | ...").
            reason = BAR_REASON
        elif _counted_back(text):
            reason = _AGO  # "1 hour ago": the page's clock, never a title
        elif _GLUED_LINKS.match(text) is not None and glued_menu(text):
            reason = GLUED_MENU_REASON  # "NewsSportBusinessViews...": the site's menu, its spaces lost
        elif text[:4] == "Home" and glued_crumb(text):
            reason = GLUED_CRUMB_REASON  # "HomeWorldPeru formally ...": the trail run into the title
        elif ":" in text and _CLOCK.fullmatch(text):
            reason = _CLOCK_REASON
        elif (
            len(text.split()) <= FIRST_LINE_MENU_WORDS and header_reason(text) == HEADER_MENU_REASON
            and not _section_trail(text) and not outlet_line(text) and not masthead(text) and _headline_under(doc)
        ):
            reason = _FIRST_LINE_MENU
        else:
            reason = None
        head = blocks[0]
        if reason is not None:
            yield self._line(doc, head, Line(head.start, head.end, head.text), reason, False)
        elif not text.isascii() and (comma := text.rfind(", ")) > 0 and language_switch(text[comma + 2 :]):
            # The site's name with its switch to another language run on ("MercoPress, en Español").
            start = head.start + len(head.text) - len(head.text.lstrip()) + comma
            end = start + len(text) - comma
            yield self.diagnostic(
                start + 2, end, f"page chrome: {_LANGUAGE_SWITCH}, after the site's name",
                Fix.display_only("Delete the language switch", Edit(start, end, "")),
            )

    def _section_under_site(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A section's label on the line under the site's name, above the headline ("Indonesia
        Expat" over "Featured News" over the title): menu words only, or a news outlet's name."""
        blocks = doc.blocks
        label = blocks[1]
        if (
            len(blocks) > 3 and label.start not in reported and _label_like(label.text)
            and _title_shape(blocks[2].text) and header_reason(label.text) is not None
        ):
            yield self._line(doc, label, Line(label.start, label.end, label.text), _SECTION_UNDER_SITE, False)
