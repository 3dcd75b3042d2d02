"""The page's header: what a scraper keeps between a story's headline and its lead.

Sites print navigation ("Go to Contents"), section labels ("News", "world"), status lines
("Error") and labelled date widgets ("Updated March 28th, 2024 at 13:59 IST") there. The story's
own furniture sits there too (a byline, the story's date, a credit, a standfirst), so a line is
called chrome only when its words say so: every word a common lower-case English word, no
sentence, nothing naming a person; or a date widget with a label of such words.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ...core.document import DATELINE, HEADLINE, PARAGRAPH, Block, Document
from ...data import calendar_names, shipped
from ...regexes import compile_cached
from ...spelling.lookup import GIVEN, PROPER, WORD, ZIPFS, compiled, compiled_gazetteer
from ...spelling.names import regions
from .blocks import compact
from .chrome.bars import credit_line
from .chrome.lines import Line, labelled_byline, lines_of
from .chrome.menus import language_switch
from .chrome.sites import masthead, may_be_a_name, outlet_name
from .chrome.vocabulary import (
    MAX_LINE,
    PROSE_WORDS,
    SENTENCE_END,
    WEB_DOMAIN,
    _section_words,
    agency_names,
    patterns,
)
from .chrome.widgets import date_widget, editor_line

# The header is at most this many blocks under the headline; the lead comes sooner.
MAX_HEADER_BLOCKS = 8
# A menu or label line has at most this many words; a line of more is a menu only when a word
# comes twice (links run together: "Go to Contents Go to Navigation"), or it may be a subhead.
MAX_LABEL_WORDS = 3
MAX_MENU_WORDS = 8
LANGUAGE_SWITCH_SPACES = 2  # three names at least in a switcher under the headline
MAX_SECTION_MENU_WORDS = 14  # a bar of sections' names only ("News Sport Business Views Life ...")
# x10 Zipf: every word of a menu line is at least this common (once in 30,000 words).
MENU_ZIPF = 35

MAX_AFFILIATION_WORDS = 4  # the writer's employer on the line under the byline ("The Canadian Press")

MENU_REASON = (
    "navigation or a section label between the headline and the lead (common words only, "
    "no sentence, no name)"
)
DATE_REASON = "a labelled date widget between the headline and the lead"
EDITOR_REASON = "the page's credit of its web editor ('Editor: ...') between the headline and the lead, not a byline"
COUNTER_REASON = "the page's counters (comments, views, shares) between the headline and the lead"
MAX_COUNTER = 7  # digits of a counter
TITLE_SPACES = 3  # a headline has four words or more
MASTHEAD_REASON = "the site's name between the headline and the lead"
TITLE_REPEAT_REASON = (
    "a line of the page between its title bar and the headline printed again under it "
    "(a site's or section's label, no sentence)"
)


def opens_byline(text: str) -> bool:
    """A byline's opening: "By Jane Doe", "By: Jane Doe"."""
    return text[:3].casefold() in ("by ", "by:")


def header_lines(doc: Document, headline: int = 0) -> Iterator[tuple[Block, Line, str]]:
    """(block, line, reason) for each chrome line of the header, top to bottom; `headline` is
    the headline's block when the page's lines (a site's name, a section's label) stand above it."""
    blocks = doc.blocks
    if len(blocks) < headline + 3 or (blocks[0].kind != HEADLINE if headline == 0 else is_lead(blocks[headline].text)):
        return
    after_by = False
    affiliation = opens_byline(blocks[headline].text)  # a page whose title slot holds the byline
    dateline = doc.dateline.start if doc.dateline is not None else len(doc.text)
    between = list(_before_title_repeat(blocks)) if headline == 0 else []
    yield from between
    done = {line.start for _, line, _ in between}
    title = compact(blocks[headline].text)
    for at, block in enumerate(blocks[headline + 1 : headline + 1 + MAX_HEADER_BLOCKS], headline + 1):
        if block.kind == DATELINE or block.end > dateline:
            return
        if (
            block.kind == PARAGRAPH and block.text[:1].isdigit() and _counters(block.text)
            and at + 1 < len(blocks) and is_lead(blocks[at + 1].text)
        ):
            # "0\n814" between the headline and the lead: the page's comment and view counters.
            for line in lines_of(block):
                yield block, line, COUNTER_REASON
            continue
        if block.kind != PARAGRAPH:
            if is_lead(block.text):
                return
            affiliation = opens_byline(block.text)
            continue  # a caption or byline the reader knew: the story's own
        lines = list(lines_of(block))
        counted = _leading_counters(lines)
        for line in counted:
            yield block, line, COUNTER_REASON  # "0" over "Bail Granted": the counters, then the page's lines
        for line in lines[len(counted) :]:
            text = line.text
            if len(text) <= MAX_PHOTO_CREDIT and _PHOTO_CREDIT.match(text) is not None:
                continue  # "Photo courtesy of ..., Inc.": the photo's credit, its stop no sentence's
            if len(text) > MAX_LINE or text[-1] in SENTENCE_END or text[-1] == ":":
                return  # the story has begun (prose, a short sentence, a subhead's question)
            if after_by or text.casefold() in ("by", "by:") or opens_byline(text):
                after_by = text.casefold() in ("by", "by:")  # "By" alone: the name is on the next line
                affiliation = not after_by
                continue
            if affiliation and len(text.split()) <= MAX_AFFILIATION_WORDS and text[:1].isupper():
                affiliation = False
                continue  # "By JANE DOE" over "Associated Press": the byline's own second line
            affiliation = False
            if source_credit(text) or dateline_credit(text) or labelled_byline(text):
                continue  # "Source: Provincial Government", "ANKARA-Anadolu Agency", "Pewarta : X": its credit
            if len(text) >= len(title) // 2 and compact(text) == title:
                continue  # the headline printed again (NL410's): the header goes on under it
            reason = header_reason(text)
            if reason is None and not headline and _short_label(text, blocks, at):
                reason = LABEL_REASON
            if headline and reason != MENU_REASON:
                reason = None  # under a site's name the page's source line and date are the story's credit
            if reason is not None and line.start not in done:
                yield block, line, reason
            elif any(c.isdigit() for c in text) and not date_widget(text) and not patterns()["ago"].fullmatch(text):
                return  # figures: the story (an agate table) has begun


# A photo's credit under the headline ("Photo courtesy of ...", "Photo by ...", "File photo: ...").
_PHOTO_CREDIT = compile_cached(
    r"[(\[]?(?i:(?:file[ \t]+)?(?:photo(?:graph)?|image|picture)s?[ \t]*(?:courtesy(?:[ \t]+of)?|by|credit)\b"
    r"|courtesy[ \t]+(?:photo|image)\b)"
)
MAX_PHOTO_CREDIT = 80
MAX_LABEL_LINE_WORDS = 3  # a site's label or name; a deck under the headline says more
LABEL_REASON = (
    "a short line between the headline and the lead, no sentence, no byline or date (a site's "
    "name, label or widget)"
)


def _short_label(text: str, blocks: list[Block], at: int) -> bool:
    """One to three words under the headline, above the lead, that are no sentence, byline, date,
    credit or person's name ("Focus Taiwan", "U.S. News", "QatarDay"): the page's, not the story's.
    A place alone that is no country or continent is the dateline's, and a place beside another a
    list's of places."""
    tokens = text.split()
    if not 1 <= len(tokens) <= MAX_LABEL_LINE_WORDS or len(text) > MAX_LABEL_CHARS:
        return False
    if not all(t[:1].isupper() for t in tokens):
        return False  # "Port reopens": a second title's words, in sentence case
    if any(c.isdigit() or c in "()[],;" for c in text) or text.casefold() in agency_names():
        return False  # a credit ("AFP", "Nile Post (Kampala)"), a venue and its city ("Murrayfield, Edinburgh")
    if len(tokens) > 1 and _given_name(tokens[0]) or any(t.casefold() in _byline_words() for t in tokens):
        return False  # "Noel Achariam", "Bernard Scanty" however the surname is written, "Ottawa Bureau": the byline
    place = _place(text)
    if place and text.strip().casefold() not in regions():
        return False  # "Doha" over the lead: the dateline on a line of its own (a country's name may label a section)
    if place and any(_place(blocks[i].text) for i in (at - 1, at + 1) if 0 < i < len(blocks)):
        return False  # "Hanoi" over "Vientiane": the story's list of places
    following = blocks[at + 1].text.lstrip() if at + 1 < len(blocks) else ""
    # "DHAKA" over "— The ministry said ...": the dateline; "Ewood Park" over "Tuesday, 1 March":
    # a fixture's ground over its day.
    first = following.split(maxsplit=1)[0].strip(",.") if following else ""
    return following[:1] not in "-–—" and not following[:1].isdigit() and first not in calendar_names()


def _place(text: str) -> bool:
    return text.strip().casefold() in compiled_gazetteer().targets


def _given_name(word: str) -> bool:
    return bool(compiled().code(word.casefold()) & GIVEN)


MAX_LABEL_CHARS = 40
MAX_LEADING_COUNTERS = 3  # bare figures opening a block of the header's other lines


def _leading_counters(lines: list[Line]) -> list[Line]:
    """The bare figures opening a block whose other lines are words: a few counters printed over
    the page's buttons or labels ("0", "541", "SHARE"); a column of figures is a table's."""
    k = 0
    while k < len(lines) and lines[k].text.strip().isdigit() and len(lines[k].text.strip()) <= MAX_COUNTER:
        k += 1
    if k > MAX_LEADING_COUNTERS or k == len(lines) or any(c.isdigit() for c in lines[k].text):
        return []
    if lines[k].text.strip() in calendar_names():
        return []  # "23" over "September": a date's day, not a counter
    return lines[:k]


def _counters(text: str) -> bool:
    """Lines of bare figures only, each a counter's ("0", "814")."""
    return all(line.strip().isdigit() and len(line.strip()) <= MAX_COUNTER for line in text.split("\n"))


def _before_title_repeat(blocks: list[Block]) -> Iterator[tuple[Block, Line, str]]:
    """The lines between a page's title (the first line) and the same title printed again as
    the story's headline a few blocks down: the site's or section's labels ("NEWS AGENCY OF
    NIGERIA", "Rural Affairs"). A sentence, a byline, a date or a "Source: ..." credit there is
    the story's own and stays."""
    title = blocks[0].text
    # Lengths and first letters first: a repeat is about as long as the title, the lead far longer.
    least, most, initial = len(title) // 2, 2 * len(title) + 8, title[:1].lower()
    alike = [
        i for i, b in enumerate(blocks[1 : 1 + MAX_HEADER_BLOCKS], 1)
        if least <= len(b.text) <= most and b.text[:1].lower() == initial and b.kind in (HEADLINE, PARAGRAPH)
    ]
    key = compact(title) if alike else b""
    repeat = next((i for i in alike if compact(blocks[i].text) == key), None) if key else None
    if repeat is None:
        return
    # A whole sentence on the first line is the page's summary printed again as the lead: a
    # title between the two is the story's headline ("HCM City marks ASEAN Dengue Day").
    summary = title.rstrip()[-1:] in SENTENCE_END and title.count(" ") >= PROSE_WORDS
    for block in blocks[1:repeat]:
        if block.kind != PARAGRAPH:
            continue
        for line in lines_of(block):
            text = line.text.strip()
            if (
                not text or len(text) > 60 or text[-1] in SENTENCE_END or opens_byline(text)
                or source_credit(text) or labelled_byline(text)
                or date_widget(text) or patterns()["dated"].search(text) or not any(c.isalpha() for c in text)
                or summary and text.count(" ") >= TITLE_SPACES
            ):
                continue
            yield block, line, TITLE_REPEAT_REASON


def source_credit(text: str) -> bool:
    """The story's credit line, "Source: ..." with a name after it (not "Source: Share")."""
    return text[:7].casefold() == "source:" and credit_line([text])


# A dateline's place in capitals and the agency after a dash or in brackets, alone on a line.
_DATELINE_CREDIT = compile_cached(
    r"\p{Lu}{3,}(?:[ \t]+\p{Lu}{2,})*[ \t]*(?:[-–—][ \t]*(?P<name>[^()]{2,40})|\((?P<bracketed>[^()]{2,40})\))"
)


def dateline_credit(text: str) -> bool:
    """A dateline's place and the agency alone on the line over the lead ("ANKARA-Anadolu Agency",
    "DHAKA (BSS)"): the story's credit, no site's name."""
    found = _DATELINE_CREDIT.fullmatch(text.strip())
    if found is None:
        return False
    name = (found.group("name") or found.group("bracketed")).strip()
    return outlet_name(name) or name.casefold() in agency_names()


def is_lead(text: str) -> bool:
    """The story has begun: prose, not a line of the page."""
    return len(text) > MAX_LINE or (text[-1:] in SENTENCE_END and text.count(" ") >= PROSE_WORDS)


def header_reason(text: str) -> str | None:
    """Why a short line of the page's header is chrome (menu words, a labelled date widget, the
    site's name), or None."""
    found = _shape_reason(text)
    if found is None and (
        masthead(text) or outlet_line(text) or _NAMED_SITE.fullmatch(text) is not None
        or _NEWS_AGENCY.fullmatch(text) is not None
    ):
        return MASTHEAD_REASON
    return found


# A news agency's name written out, in any case ("NEWS AGENCY OF NIGERIA", "Vietnam News Agency"):
# the site's masthead (its short name alone, "VNA", is the story's credit).
_NEWS_AGENCY = compile_cached(
    r"[ \t]*(?i:(?:\p{L}[\p{L}'’-]*[ \t]+){0,3}(?:news|press)[ \t]+agency"
    r"(?:[ \t]+of(?:[ \t]+\p{L}[\p{L}'’-]*){1,2})?)[ \t]*"
)
# A site's name with its web address after a dash or a bar ("The Daily Tribune – www.example.com").
_NAMED_SITE = compile_cached(
    r"[ \t]*(?:\p{Lu}[\p{L}\d&'’.-]*[ \t]+){0,4}\p{Lu}[\p{L}\d&'’.-]*[ \t]+[–—|-][ \t]+"
    rf"{WEB_DOMAIN}[ \t]*"
)


def outlet_line(text: str) -> bool:
    """A news organisation's name written out alone on a line under the headline, a bullet
    before it or not ("Kyodo News", "KYODO NEWS", "• Free Malaysia Today"): the page's source
    widget. An agency's short name alone ("Yonhap", "WAM") is the story's credit."""
    bare = text.strip(" \t•·-–—|*")
    return 0 < len(bare) <= 60 and outlet_name(bare.title() if bare.isupper() else bare)


def _shape_reason(text: str) -> str | None:
    if text.count(" ") >= LANGUAGE_SWITCH_SPACES and language_switch(text):
        return MENU_REASON  # "English French German Italian": the site's language switcher
    if editor_line(text):
        return EDITOR_REASON  # "Editor: huaxia": the page's credit of its web editor, no byline
    if len(text) <= MAX_TRAIL and _TRAIL_SPLIT.search(text) is not None and _trail(text):
        return MENU_REASON  # "General news / General - Local news - Thu, 23-Jan-2025"
    if len(text) > 60 or text[-1:] in ".?:,;" or text[0] in "([" or " - " in text:
        return None  # a sentence's end, a credit in brackets, "Name - Place"
    tokens = patterns()["token"].findall(text)
    if not tokens:
        return None
    if any(c.isdigit() for c in text):
        return _dated(text, tokens)
    if _SPEECH.search(text) is not None:
        return None  # "I won't quit": a speaker's words (a title quoting them), no menu's
    sections = len(tokens) <= MAX_SECTION_MENU_WORDS and _section_names(tokens)
    if not sections and (len(tokens) > MAX_MENU_WORDS or not all(map(_menu_word, tokens))):
        return None
    if not sections and len(tokens) > MAX_LABEL_WORDS and len({t.casefold() for t in tokens}) == len(tokens):
        return None
    if may_be_a_name(tokens) or any(t.casefold() in _byline_words() for t in tokens):
        return None  # a byline ("John Smith", "Headline staff", "Web Desk")
    return MENU_REASON


# "I" or a verb's contraction ("won't", "we're"): speech, which no menu or label holds ("Editor's
# Picks" holds a possessive).
_SPEECH = compile_cached(r"(?<![\w'’])I(?![\w'’.])|\w(?:n['’]t|['’](?:re|ve|ll|m|d))\b")


def _section_names(tokens: list[str]) -> bool:
    """Every word a section's ("NEWS SPORTS IN DEPTH ENTERTAINMENT"): a menu bar however long,
    where a subhead of as many words would say something."""
    return all(t.casefold() in _section_words() for t in tokens)


@cache
def _byline_words() -> frozenset[str]:
    return frozenset(str(word) for word in shipped("data/web_chrome.yaml")["byline_words"])


# A trail of sections split by " / ", " - ", " > " or " » ", a date after it or not.
MAX_TRAIL = 100
_TRAIL_SPLIT = compile_cached(r"[ \t]+[/>»›-][ \t]+")


def _trail(text: str) -> bool:
    """Every part a few menu words (a date may close the trail), two parts of words at least,
    one word at least repeated or three parts: a site's section trail, not "Name - Place"."""
    parts = [part.strip() for part in _TRAIL_SPLIT.split(text) if part.strip()]
    if parts and (date_widget(parts[-1]) or patterns()["dated"].search(parts[-1])):
        parts = parts[:-1]
    if len(parts) < 2:
        return False
    words: list[str] = []
    for part in parts:
        tokens = patterns()["token"].findall(part)
        if not tokens or len(tokens) > MAX_LABEL_WORDS or any(c.isdigit() for c in part):
            return False
        if not all(map(_menu_word, tokens)):
            return False
        words.extend(t.casefold() for t in tokens)
    return len(parts) >= 3 or len(set(words)) < len(words)


def _dated(text: str, tokens: list[str]) -> str | None:
    """A date widget with a section's label ("All News 09:05 May 23, 2017"); a date alone, or
    "Updated: ..." is the story's own date and stays."""
    if date_widget(text) or not patterns()["dated"].search(text) or credit_line([p.strip() for p in text.split("|")]):
        return None
    date_word = patterns()["date_word"]
    rest = [t for t in tokens if not date_word.fullmatch(t) and not t.isupper()]
    if len(rest) > 3 or not all(map(_menu_word, rest)):
        return None
    return DATE_REASON if rest else None


def _menu_word(token: str) -> bool:
    word = token.casefold().strip("'’.-+")
    if not word:
        return True  # "A+ A-": a sign
    code = compiled().code(word)
    return bool(code & WORD) and not code & PROPER and ZIPFS.get(word, 0) >= MENU_ZIPF
