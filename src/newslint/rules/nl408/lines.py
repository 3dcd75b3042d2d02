"""NL408's pass over the page's lines one by one: each line's own shape (`shapes.line_reason`),
then what its neighbours say: the teasers of other stories, the footer under the story's end.

Long on purpose: `_page` walks the lines once and each verdict reads those above it (a footer begins
after two lines of chrome under the last sentence, a teaser under its header), so the walk stays one
method."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import END_MARKER, HEADLINE, SIGNOFF, TABLE, Block, Document
from ...regexes import compile_cached
from ..support.chrome.bars import (
    BAR_REASON,
    HEADLINES_REASON,
    chrome_reason,
    glued_buttons,
    headline_ticker,
    is_bar,
    leading_buttons,
)
from ..support.chrome.foreign import other_script
from ..support.chrome.gates import may_hold_chrome
from ..support.chrome.lines import Line, lines_of
from ..support.chrome.menus import CRUMB_REASON
from ..support.chrome.notices import is_paywall, may_tease, reader_notice
from ..support.chrome.sites import agency_blurb, section_label, site_suffix
from ..support.chrome.vocabulary import (
    CUT_MARKS,
    ISO_STAMP,
    MAX_LINE,
    PROSE_WORDS,
    SENTENCE_END,
    field_labels,
    is_sentence,
    patterns,
)
from ..support.chrome.widgets import (
    bare_date,
    dated_widget,
    feed_footer,
    footer_label,
    rate_row,
    reporter_address,
    title_line,
)
from ..support.header import is_lead
from .base import ChromePasses, PageChromeOptions
from .shapes import (
    _AWAY_DATE,
    _AWAY_MASTHEAD,
    _BARE_FIGURES,
    _BARE_LINK,
    _CONTACT,
    _EMPTY_FIELD,
    _GLUED_PROMPT,
    _LABELLED_LINK,
    _LABELLED_TAGS,
    _LINK_LINE,
    _LONE_SECTION_REASON,
    _PAYWALL,
    _PERSONAL_USE,
    _PHOTO_CREDIT,
    _PROMPT_WORDS,
    _RATE_ROW,
    _RIGHTS_LINE,
    _SMALL,
    _spaced_line,
    _widget,
    line_reason,
)
from .shared import (
    _GLUED_LINKS,
    _NOTICE,
    _SCOPE,
    MAX_BAR,
    MAX_TITLE_LINE,
    MAX_WIDGET,
    _prose,
)

MAX_TITLE_TEASER = 150  # a title slot's text longer than this is a paragraph that took its place
# ... and, for the pre-check, such a line or figures alone (a counter, an archive's years).
_SMALL_OR_FIGURES = re.compile(rf"(?m)^[^\S\n]*(?:{_SMALL}|\d[\d \t]{{3,}})$")
_DISPLAYED_FIGURE = re.compile(r"[$€£]?\d[\d.,]*%?")
# A line that may be a site's host name or a code name alone ("Outlook.com", "wp-statistics"):
# the line pass looks at it.
_HOST_LINE = re.compile(
    r"(?m)^[^\S\n]*(?:[A-Za-z0-9][A-Za-z0-9.-]*\.[a-z]{2,4}|[a-z][a-z0-9]*[-_][a-z0-9_-]+)[^\S\n]*$"
)
# What the "teaser" pattern may find.
_TEASER_PROMPTS = ("read more", "see more", "full story", "continue", "[more]", "more »", "more ›", "more >")
_PROMPT_INITIALS = frozenset(word[0] for word in _PROMPT_WORDS)
_COPIED_LINK = "the page's address that a copy-paste script adds to copied text ('Read more at: https://...')"
MAX_RIGHTS = 200  # a rights line with its stop: the notice, not a paragraph that quotes one
_TOP_DATE = "a date widget with a weekday, clock time or label above the headline"
_RIGHTS_SENTENCE = "the page's copyright notice for what it reprints, not the story"
_SOLELY = (
    "a distributor's disclaimer over the release it passes on ('... is solely responsible for the information'), "
    "not the story"
)
_REUSE_TERMS = "the page's terms for reusing its copy ('Without written authorization ...'), not the story"
_VIEWS = "the publisher's disclaimer over its writers' views ('The views ... expressed herein are ...'), not the story"
_NO_WARRANTY = "the publisher's disclaimer over what it republishes ('as is', without warranty), not the story"
_ENDS = (SIGNOFF, END_MARKER)
# A blog post's comment counter closing its credit and date line ("By August 6, 2024 No Comments",
# "By admin | August 6, 2024 | 2 Comments").
_COMMENT_TAIL = compile_cached(r"(?<=\d)[ \t|·•-]*((?:No|One|\d{1,5})[ \t]+Comments?)[ \t]*$")
_COMMENT_COUNTER = "the post's comment counter, glued after the credit's date"
# A content system's time stamps (ISO 8601) run on to a byline's or credit's line, its space
# lost ("... 04:58 PM2024-09-23T16:58:19+5:30"): the page's metadata.
_GLUED_STAMPS = re.compile(rf"(?<=\S)(?:{ISO_STAMP}){{1,2}}$")
_STAMPS_GLUED = "a content system's time stamps (ISO 8601) run on to the line, not text"
_BUTTON_ENDS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:+-")
_BYLINED = re.compile(r"(?im)^[ \t]*(?:written[ \t]+|posted[ \t]+)?by[ \t]+[A-Z]")
_BLURB = (
    "the agency describing itself and its channels ('BERNAMA provides ... www.bernama.com') or saying "
    "what it is, not the story"
)
# The story's own credit under its end ("Edited by ...", "Reporting by ..."), not the page's.
_STAFF_CREDIT = compile_cached(
    r"(?i)[ \t]*\(?(?:edited|reported|written|compiled|translated|reporting|writing|editing)[ \t]+by[ \t]"
)
_TITLE_LINK = compile_cached(r"[ \t]+(?:https?://)?www\.[^\s]+$")
_TITLE_LINK_REASON = "the site's web address run on to the page's title"
_FEED_FOOTER = "a blog feed's line under the story it passed on ('The post ... appeared first on ...')"
_TITLE_SUFFIX = "the site's name after the page's title, which the page prints again alone below it"
_EMPTY_LABEL = "a label of the page's footer with nothing after it ('Reactions:'), above its buttons"
_ISO_PREFIX = "a labelled date stamp opening the page ('date 2017-10-05'), the page's metadata, not its title"
# "date 2017-10-05 Indonesia, Jordan seek ...", "Published: 2019-08-10": the stamp and the space after it.
_LABELLED_ISO_DATE = re.compile(
    r"[ \t]*((?i:date|published|posted|updated)[ \t]*:?[ \t]*(?:19|20)\d\d-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?)"
    r"(?:[ \t]+|(?=\n)|\Z)"
)
FOOTER_CHROME = 2  # lines of chrome after the story's last sentence that begin its footer


def _prompt_name(teaser: str) -> str:
    """The link prompt of a teaser's tail, as the finding names it; "" for a cut mark alone."""
    lowered = teaser.lower()
    if "continue" in lowered:
        return "Continue reading" if "reading" in lowered else "Continue"
    return "Read more" if "read" in lowered else "More" if "more" in lowered else ""


def _top_widget(text: str) -> str | None:
    """The reason a first line is a weather widget, a logo's alternative text, a template's
    field label left empty ("ID :"), a link alone or a trail of sections ("Home Nation"), or None."""
    if len(text) > MAX_WIDGET or "\n" in text:
        return None
    bare = text.strip()
    widget = _widget(bare)
    if widget is not None:
        return widget
    if bare[-1:] == ":" and patterns()["empty_field"].fullmatch(text):
        return _EMPTY_FIELD
    if ("@" in bare or "www." in bare or "//" in bare) and patterns()["bare_link"].fullmatch(bare):
        return None if reporter_address(bare) else _BARE_LINK
    if bare[:5] == "Home " and section_label(bare[5:].strip()):
        return CRUMB_REASON  # "Home Nation": a trail that lost its separators
    return None


def _dates_the_lead(blocks: tuple[Block, ...], index: int) -> bool:
    """A date alone between the page's short lines above (a summary among them at most) and the
    story's lead (or its photo's caption) right under it ("Oct 11, 2011 - 13:45" over "JALALABAD
    ..."): the story's own date line."""
    return (
        0 < index < len(blocks) - 1 and is_lead(blocks[index + 1].text) and not is_lead(blocks[index - 1].text)
        and _YEAR_IN.search(blocks[index].text) is not None  # a date, not a clip's length ("03:36")
        # no story above it, a summary at most: the page's next story has its own date line
        and sum(is_lead(block.text) for block in blocks[:index]) <= 1
    )


_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")


def _empty_label(line: str, blocks: tuple[Block, ...], index: int, block: Block) -> bool:
    """A page's field label with its value lost ("Date:", "Online:", "link:"): a word a template
    names a field with (data), a colon, and no value under it: the story's prose, or nothing.
    A heading over prose ("Background:") is no field's label."""
    if "\n" in block.text:
        return False
    word = line[:-1].strip().casefold()
    if word not in field_labels():
        return _in_form(blocks, index)
    return index + 1 == len(blocks) or _prose(blocks[index + 1]) or _in_form(blocks, index)


# A template's field label alone on its line: a capitalised word and up to three more, a colon.
_FORM_LABEL = compile_cached(r"\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{L}'’-]+){0,3}[ \t]*:[ \t]*")
FORM_REACH = 3  # blocks either side
FORM_LABELS = 2  # other labels alone within reach


def _in_form(blocks: tuple[Block, ...], index: int) -> bool:
    """One of a template's metadata fields, printed as labels alone with their values lost
    ("Image:", "Publication Date:", "Send to mobile app:", "Story Type:"): two more such labels
    within three blocks. A heading over the prose under it ("Background:") stands alone."""
    if _FORM_LABEL.fullmatch(blocks[index].text) is None:
        return False
    near = blocks[max(0, index - FORM_REACH) : index] + blocks[index + 1 : index + 1 + FORM_REACH]
    return sum(_FORM_LABEL.fullmatch(block.text) is not None for block in near) >= FORM_LABELS


def _mostly_other_script(text: str) -> bool:
    pats = patterns()
    sample = text[:2000]
    latin = len(pats["latin"].findall(sample))
    other = len(pats["other"].findall(sample))
    return other > latin


class LinePasses(ChromePasses):
    """The pass over every line of the page."""

    def _page(self, doc: Document, site: tuple[Block, str] | None) -> Iterable[Diagnostic]:
        text = doc.text
        if not text.isascii() and _mostly_other_script(text):
            return  # not English copy: its script is not a finding
        blocks = doc.blocks
        options: PageChromeOptions = self.options  # type: ignore[assignment]
        title_slot = options.title_slot
        if site is not None and title_slot:
            head, reason = site
            yield self._line(doc, head, Line(head.start, head.end, head.text), reason, False)
        first_body = 1 if blocks and blocks[0].kind == HEADLINE else 0
        if first_body and not blocks[0].text.isascii() and "\n" not in blocks[0].text:
            # A first line in another script above English copy ("ຂປລ", a site's greeting) is
            # the page's, not the story's headline.
            script = other_script(blocks[0].text)
            if script is not None:
                head = blocks[0]
                yield self._line(doc, head, Line(head.start, head.end, head.text), script, False)
        if first_body and "#" in blocks[0].text and patterns()["labelled_tags"].fullmatch(blocks[0].text.strip()):
            # The page's tags above the headline ("Từ khóa: #High-Quality Rice").
            head = blocks[0]
            yield self._line(doc, head, Line(head.start, head.end, head.text), _LABELLED_TAGS, False)
        if blocks and text[:12].lstrip()[:1] in "DdPpUu":
            stamp = _LABELLED_ISO_DATE.match(text)
            if stamp is not None:
                # A labelled ISO date opening the page, glued to the title ("date 2017-10-05
                # Indonesia, Jordan seek ..."): the page's metadata, not the headline's words.
                start, end = stamp.start(1), stamp.end()
                yield self.diagnostic(
                    start, stamp.end(1), f"page chrome: {_ISO_PREFIX}",
                    Fix.display_only("Delete the date stamp", Edit(start, end, "")),
                )
        suffix = site_suffix(blocks[0].text, blocks[1].text) if first_body and len(blocks) > 2 else None
        if suffix is not None and "\n" not in blocks[0].text:
            # The page's title with the site's name after it, the bare title under it ("... deputy
            # - WAFB 9 News Baton Rouge, Weather, Sports" over "... deputy").
            start, end = blocks[0].start + suffix, blocks[0].end
            yield self.diagnostic(
                start, end, f"page chrome: {_TITLE_SUFFIX}",
                Fix.display_only("Delete the site's name", Edit(start, end, "")),
            )
        titled = first_body and len(blocks[0].text) <= MAX_TITLE_LINE
        link = _TITLE_LINK.search(blocks[0].text) if titled and "www." in blocks[0].text[-80:] else None
        if link is not None and link.start() > 0 and blocks[0].text[: link.start()].count(" ") >= 2:
            # The site's address run on to the page's title ("... their cooperation www.montsame.mn").
            start, end = blocks[0].start + link.start(), blocks[0].start + link.end()
            yield self.diagnostic(
                start, end, f"page chrome: {_TITLE_LINK_REASON}",
                Fix.display_only("Delete the web address", Edit(start, end, "")),
            )
        widget = _top_widget(blocks[0].text) if first_body and len(blocks) > 2 else None
        if widget is None and first_body and len(blocks) > 2 and len(blocks[0].text) <= MAX_WIDGET:
            # Buttons in the title slot ("Menu", "1 min read"): no title is made of them.
            buttons = chrome_reason(blocks[0].text)
            widget = buttons[0] if buttons is not None and buttons[1] else None
        if widget is not None:
            # A widget above the headline ("Kuala Lumpur 29°C, Mostly Cloudy", "Business
            # Recorder Logo"): the page's, whatever the title slot holds.
            head = blocks[0]
            yield self._line(doc, head, Line(head.start, head.end, head.text), widget, False)
        if title_slot and first_body and len(blocks) > 2 and len(blocks[0].text) <= 60 and dated_widget(blocks[0].text):
            # The page's date widget printed above the headline ("Tuesday, August 25, 2009").
            head = blocks[0]
            yield self._line(doc, head, Line(head.start, head.end, head.text), _TOP_DATE, False)
        begin = 0
        if (
            text.isascii() and "|" not in text and " >" not in text and not may_hold_chrome(text.lower())
            and _GLUED_LINKS.search(text) is None and _SMALL_OR_FIGURES.search(text) is None
            and _HOST_LINE.search(text) is None
        ):
            # No line here can open with a button word, a date or a link prompt (one C-level
            # scan): only a footer after the sign-off or end marker is left to look for.
            ends = [i for i, b in enumerate(blocks) if b.kind in _ENDS]
            if not ends or ends[-1] == len(blocks) - 1:
                return
            begin = ends[-1]
        # Each line after the story's last sentence: (block, line, reason, certain).
        seen: list[tuple[Block, Line, str | None, bool]] = []
        above: str | None = None  # the line above when the rule left it: maybe a listing item's headline
        after_plain = False  # the line above is a short line the rule left: maybe a list's item
        begun = False  # a sentence of the story passed: a photo's credit alone is no longer its furniture
        for index in range(begin, len(blocks)):
            block = blocks[index]
            if block.kind in _ENDS:
                seen.append((block, Line(block.start, block.end, block.text), "end", True))
                continue
            if block.kind == HEADLINE and len(block.text) > MAX_TITLE_TEASER and may_tease(block.text):
                # A teaser's paragraph in the title slot, its sentence cut by no stop ("... join
                # the bloc. Read full story"): its tail is the page's as anywhere else.
                yield from self._teaser(doc, block)
                continue
            if block.kind not in _SCOPE:
                if block.kind == TABLE and "\n" in block.text:
                    # A trail spaced out over a row of its own among other rows; an exchange-rate
                    # widget whose rates the page spaced out, every row a currency's.
                    rows = block.text.split("\n")
                    rates = all(rate_row(row) for row in rows if row.strip())
                    at = block.start
                    for row in rows:
                        if row.strip() and rates:
                            yield self._line(doc, block, Line(at, at + len(row), row), _RATE_ROW, False)
                        elif row.strip() and _spaced_line(row) == CRUMB_REASON:
                            yield self._line(doc, block, Line(at, at + len(row), row), CRUMB_REASON, False)
                        at += len(row) + 1
                elif block.kind == TABLE:
                    # Runs of spaces make a line a table's row: a breadcrumb trail, page
                    # numbers or a widget so spaced, or a teaser whose lost paragraph breaks left them
                    # (only its "Read More" tail is looked at).
                    spaced = _spaced_line(block.text)
                    if spaced is None and len(block.text) <= MAX_WIDGET:
                        spaced = _widget(block.text.strip())  # a weather widget so spaced
                    if spaced is None and "|" in block.text and len(block.text) <= MAX_BAR and is_bar(block.text):
                        spaced = BAR_REASON  # a bar whose parts the page spaced out ("Partners: A   |   B")
                    if spaced is None and len(block.text) <= MAX_BAR:
                        # Buttons the page spaced out ("Follow us on : facebook  Facebook    Twitter").
                        buttons = chrome_reason(" ".join(block.text.split()))
                        spaced = buttons[0] if buttons is not None and buttons[1] else None
                    if spaced is not None:
                        yield self._line(doc, block, Line(block.start, block.end, block.text), spaced, False)
                    elif may_tease(block.text):
                        yield from self._teaser(doc, block)
                continue
            if "\n" not in block.text and (
                len(block.text) > MAX_LINE
                or block.text[-1] in SENTENCE_END and block.text.count(" ") >= PROSE_WORDS
            ):
                script = None if block.text.isascii() else other_script(block.text)
                if script is not None:
                    yield self._line(doc, block, Line(block.start, block.end, block.text), script, False)
                elif "|" in block.text and len(block.text) <= MAX_BAR and is_bar(block.text):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), BAR_REASON, False)
                elif headline_ticker(block.text):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), HEADLINES_REASON, False)
                elif is_paywall(block.text):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _PAYWALL, False)
                elif reader_notice(block.text):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _NOTICE, False)
                elif agency_blurb(block.text):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _BLURB, False)
                elif feed_footer(block.text):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _FEED_FOOTER, False)
                elif (
                    "©" in block.text and "rights reserved" in block.text.lower() and len(block.text) <= MAX_RIGHTS
                    and not patterns()["copyright"].match(block.text)  # opening so: the footer's mark, below
                ):
                    # "News from © The Associated Press. All rights reserved.": a rights line, a stop and all
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _RIGHTS_LINE, False)
                elif "opyright" in block.text and patterns()["rights_sentence"].fullmatch(block.text.strip()):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _RIGHTS_SENTENCE, False)
                elif "warrant" in block.text and patterns()["no_warranty"].fullmatch(block.text.strip()):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _NO_WARRANTY, False)
                elif "expressed" in block.text and patterns()["views_disclaimer"].fullmatch(block.text.strip()):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _VIEWS, False)
                elif "solely" in block.text and patterns()["solely_responsible"].fullmatch(block.text.strip()):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _SOLELY, False)
                elif patterns()["reuse_terms"].fullmatch(block.text.strip()):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _REUSE_TERMS, False)
                elif "commercial use" in block.text and patterns()["personal_use"].fullmatch(block.text.strip()):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _PERSONAL_USE, False)
                elif block.text[:1].lower() in _PROMPT_INITIALS and patterns()["glued_prompt"].match(block.text):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _GLUED_PROMPT, False)
                elif block.text[-1] in "\"”" and patterns()["quoted_link"].fullmatch(block.text.strip()):
                    yield self._line(doc, block, Line(block.start, block.end, block.text), _LINK_LINE, False)
                elif may_tease(block.text):
                    yield from self._teaser(doc, block)  # a sentence: only its tail can be chrome
                if seen:
                    seen.clear()  # the footer is what follows the story's last sentence
                begun = True
                above = None
                after_plain = False
                continue
            for line in lines_of(block):
                reason, certain = line_reason(line.text, index - first_body)
                if reason is None and line.text[-1:] == ":" and _empty_label(line.text, blocks, index, block):
                    reason = _EMPTY_FIELD
                if reason == _AWAY_MASTHEAD and _BYLINED.search(block.text) is not None:
                    reason = None  # under a byline and its date: the story's credit to the paper it reposts
                if reason == _PHOTO_CREDIT and not begun:
                    reason = None  # under the headline, above the lead: the story's own ("(Photo: Archive)")
                if reason == _AWAY_DATE and above is not None and title_line(above) and bare_date(line.text):
                    reason = None  # a listing item's date under its headline
                if reason == _AWAY_DATE and not begun:
                    reason = None  # above the story's first sentence: its own date line ("Published : Jan. 3")
                if reason == _AWAY_DATE and line.text == block.text and _dates_the_lead(blocks, index):
                    reason = None  # the story's own date line, under the page's lines and over its lead
                if reason == _BARE_FIGURES and above is not None and _DISPLAYED_FIGURE.fullmatch(above.strip()):
                    reason = None  # figures displayed one under another ("78,000" over "1234"): the story's
                if reason in (_BARE_LINK, _LABELLED_LINK, _LONE_SECTION_REASON, _CONTACT) and doc.own_markup:
                    reason = None  # a wire format's field (a credit's or link's address, a keyword, a contact)
                if reason == _LONE_SECTION_REASON and after_plain:
                    reason = None  # one of several short lines: a list's item, or a menu's (the runs')
                after_plain = reason is None and not is_sentence(line.text)
                if reason is not None:
                    yield self._line(doc, block, line, reason, certain)
                elif may_tease(line.text):
                    teaser = list(self._teaser(doc, block, line))
                    yield from teaser
                    if teaser:
                        reason = "teaser"
                elif line.text[:1].isdigit() and (leading := leading_buttons(line.text)) is not None:
                    at, kind = leading
                    yield self.diagnostic(
                        line.start, line.start + at, f"page chrome: {kind}, run together before the credit",
                        Fix.display_only("Delete the buttons", Edit(line.start, line.start + at + 1, "")),
                    )
                    reason = "glued buttons"
                elif line.text[-7:] in ("Comment", "omments") and (tail := _COMMENT_TAIL.search(line.text)) is not None:
                    yield self.diagnostic(
                        line.start + tail.start(1), line.start + tail.end(1),
                        f"page chrome: {_COMMENT_COUNTER}",
                        Fix.display_only(
                            "Delete the counter", Edit(line.start + tail.start(), line.start + tail.end(), "")
                        ),
                    )
                    reason = "glued buttons"  # reported: not again as a footer's line
                elif line.text[-1:].isdigit() and (stamps := _GLUED_STAMPS.search(line.text)) is not None:
                    start = line.start + stamps.start()
                    yield self.diagnostic(
                        start, line.end, f"page chrome: {_STAMPS_GLUED}",
                        Fix.display_only("Delete the time stamps", Edit(start, line.end, "")),
                    )
                    reason = "glued stamps"  # reported: not again as a footer's line
                elif line.text[-1:] in _BUTTON_ENDS and (glued := glued_buttons(line.text)) is not None:
                    at, kind = glued
                    start = line.start + at
                    yield self.diagnostic(
                        start, line.end, f"page chrome: {kind}, glued after the credit's date",
                        Fix.display_only("Delete the buttons", Edit(start - 1, line.end, "")),
                    )
                    reason = "glued buttons"  # reported: not again as a footer's line
                if reason is None and is_sentence(line.text):
                    seen.clear()
                    begun = True
                else:
                    seen.append((block, line, reason, certain))
                above = line.text if reason is None and block.kind in _SCOPE else None
        yield from self._after_the_end(doc, seen)

    def _after_the_end(
        self, doc: Document, seen: list[tuple[Block, Line, str | None, bool]]
    ) -> Iterator[Diagnostic]:
        """`seen` holds the lines after the story's last sentence. Past the story's end there (a
        sign-off, an end marker, a row of buttons or a second line of chrome), every remaining short line is the page's
        footer: exchange rates, weather, section names; not the story's own credit ("Edited by
        ..."). Shown for an editor, never fixed."""
        end = next((i for i, entry in enumerate(seen) if entry[3]), None)
        if end is None:
            # Two lines of the page's chrome after the story's last sentence: its footer has begun.
            reported = [i for i, entry in enumerate(seen) if entry[2] is not None]
            if len(reported) < FOOTER_CHROME:
                return
            first = seen[0][1].start
            if not any(_prose(block) for block in doc.blocks if block.end <= first):
                return  # no story above: a page of its own (a mail's headers), not a story's footer
            end = reported[FOOTER_CHROME - 1]
        for block, line, reason, _ in seen[:end]:
            if reason is None and block.kind in _SCOPE and footer_label(line.text):
                # A label left empty right above the footer's buttons ("Reactions:" over "Share:").
                yield self._line(doc, block, line, _EMPTY_LABEL, False)
        for block, line, reason, _ in seen[end + 1 :]:
            if reason is None and block.kind in _SCOPE and not _STAFF_CREDIT.match(line.text):
                yield self._line(
                    doc, block, line, "a line of the page's footer, after the story's end "
                    "(a sign-off, end marker, buttons or chrome above it)", False,
                )

    def _teaser(self, doc: Document, block: Block, line: Line | None = None) -> Iterator[Diagnostic]:
        text = block.text if line is None else line.text
        start = block.start if line is None else line.start
        lowered = text[-200:].lower()
        if "read more at" in text[-260:].lower():
            copied = patterns()["copied_link"].search(text, max(0, len(text) - 260))
            if copied is not None:
                yield self.diagnostic(
                    start + copied.start() + len(copied.group()) - len(copied.group().lstrip()),
                    start + copied.end(), f"page chrome: {_COPIED_LINK}",
                    Fix.safe("Delete the link", Edit(start + copied.start(), start + copied.end(), "")),
                )
                return
        match = None
        if any(prompt in lowered for prompt in _TEASER_PROMPTS) or lowered.endswith(CUT_MARKS):
            match = patterns()["teaser"].search(text, max(0, len(text) - 200))
        if match is None:
            match = patterns()["prompt"].search(text, max(0, len(text) - 60))
            if match is None or match.start() == 0:
                return  # nothing, or a whole line of buttons: the line shapes' finding
            yield self.diagnostic(
                start + match.start() + len(match.group()) - len(match.group().lstrip()),
                start + match.end(),
                "page chrome: a link prompt closing the paragraph after its last sentence, not "
                "part of the story",
                Fix.display_only("Delete the link prompt", Edit(start + match.start(), start + match.end(), "")),
            )
            return
        yield self.diagnostic(
            start + match.start(),
            start + match.end(),
            f"page chrome: a teaser cut short with a {prompt!r} link; the text before it is "
            "cut too" if (prompt := _prompt_name(match.group())) else
            f"page chrome: a listing's teaser, cut short and its cut marked {match.group().strip()!r}; "
            "the story is not here",
            Fix.display_only("Delete the link prompt", Edit(start + match.start(), start + match.end(), "")),
        )
