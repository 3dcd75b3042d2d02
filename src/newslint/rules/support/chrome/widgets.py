"""A page's widgets by their shape: dates and clocks, a weather or exchange-rate row, counters, a
contact or a reporter's address, labels and codes."""

from __future__ import annotations

import re
from functools import cache

import regex

from ....data import shipped
from ....regexes import compile_cached
from .vocabulary import (
    _CONTACT,
    _CONTACT_LABEL,
    EMAIL_ADDRESS,
    MONTH,
    SENTENCE_END,
    WEEKDAY,
    _currency_codes,
    _role_mailboxes,
    _section_words,
    _tokens,
    alternatives,
    chrome_words,
    icon_words,
    patterns,
)


@cache
def _sky() -> regex.Pattern[str]:
    data = shipped("data/web_chrome.yaml")["weather_sky"]
    return compile_cached(
        rf"(?i:(?:{alternatives(data['modifiers'])})\s+(?:{alternatives(data['conditions'])})"
        rf"|(?:{alternatives(data['icons'])})(?:-[a-z]{{2,10}}){{0,2}}-(?:day|night)"
        rf"|{alternatives(data['labels'])})[ \t]*[.:]?"
        # and the forecast's high and low after the sky ("Chance of Rain. H 54° L 42°")
        r"(?:[ \t]+(?i:h|high|hi)[ \t]*:?[ \t]*[-−]?\d{1,3}°[CF]?"
        r"[ \t,/|]*(?i:l|low|lo)[ \t]*:?[ \t]*[-−]?\d{1,3}°[CF]?)?"
    )


def sky_line(bare: str) -> bool:
    """A weather widget's sky without a temperature ("Scattered Clouds", "cloudy-day")."""
    return _sky().fullmatch(bare) is not None


@cache
def _forecast_cell() -> regex.Pattern[str]:
    data = shipped("data/web_chrome.yaml")["weather_sky"]
    return compile_cached(
        r"(?i:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
        r"(?:[ \t]+\d{1,2}:\d\d(?:[ \t]*[ap]m)?)?)"  # a day, with the hour of the reading
        r"|[-−]?\d{1,3}(?:[.,]\d{1,2})?[ \t]*(?:°[ \t]*[CF]?)?|°[ \t]*[CF]?|[CF]"  # a temperature, its unit
        # the sky, its words run together too ("mostlycloudy")
        rf"|(?i:(?:{alternatives(data['modifiers'])})?[ \t-]?(?:{alternatives(data['conditions'])}))"
    )


def forecast_cell(bare: str) -> bool:
    """One cell of a weather widget's forecast printed on a line of its own: a day ("Thu",
    "Wed 9:00"), a temperature or its unit ("19.87", "°", "C"), the sky ("mostlycloudy")."""
    return _forecast_cell().fullmatch(bare) is not None


_LOCAL_TIME = compile_cached(
    r"(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}(?i:time)[ \t]*:?[ \t]*\d{1,2}:\d\d(?::\d\d)?[ \t]*(?i:[ap]\.?m\.?)?"
    r"(?:[ \t]+(?i:on[ \t]+)?[\p{L}\p{N},. ]{3,30})?"
)


def local_time(bare: str) -> bool:
    """A clock widget's line: a place's time, its date after it ("Fiji Time: 10:01 AM on
    Saturday 24 June")."""
    return ":" in bare and _LOCAL_TIME.fullmatch(bare) is not None


# An icon font's word where its icon was, before the page's counter, date or reading time
# ("visibility 2", "schedule 3 min read", "event 12 May 2023"): a word of the font's, then
# figures and the widget's words only.
_ICON_COUNTER = compile_cached(r"(?P<icon>[a-z_]{3,24})[ \t]+(?P<rest>\d[^\n]{0,40})")
_READ_TIME_REST = compile_cached(r"\d{1,3}[ \t]*(?:min(?:ute)?s?\.?|m)[ \t]+read")
_COUNT_REST = compile_cached(r"\d[\d,.]*[ \t]*[KkMm]?(?:[ \t]+(?:views?|comments?|reads?|shares?|likes?))?")


def icon_counter(line: str) -> bool:
    found = _ICON_COUNTER.fullmatch(line.strip())
    if found is None or found.group("icon") not in icon_words():
        return False
    rest = found.group("rest").strip()
    return bool(_COUNT_REST.fullmatch(rest) or _READ_TIME_REST.fullmatch(rest) or date_widget(rest))


# "Editor: huaxia", "Editors: Jane Doe, John Roe": the label, then a few words of names.
_EDITOR_LINE = compile_cached(r"(?i:editors?)[ \t]*:[ \t]*\p{L}[\p{L}.'’-]*(?:[ \t,]+\p{L}[\p{L}.'’-]*){0,5}")


def editor_line(text: str) -> bool:
    """The page's credit of its web editor alone on a line ("Editor: huaxia"), no byline."""
    text = text.strip()
    return text[:6].casefold() == "editor" and _EDITOR_LINE.fullmatch(text) is not None


_DIGIT = re.compile(r"\d")
_WEEKDAY_OR_CLOCK = re.compile(
    rf"\b{WEEKDAY}\b|\d{{1,2}}:\d{{2}}|"
    r"\b(?:updated|posted|published|created|date|day|time)\b",
    re.IGNORECASE,
)


def date_widget(line: str) -> bool:
    """A line of dates, weekdays, clock times and "Updated:" alone."""
    text = line.strip()
    if not text or len(text) > 60 or _DIGIT.search(text) is None:
        return False
    tokens = _tokens(text)
    _, _, foreign = chrome_words()
    date_word = patterns()["date_word"]
    if "  " in text or not patterns()["dated"].search(text):
        return False  # "April 3", "0.00004", a table's columns: not a widget's full date
    return all(date_word.fullmatch(t) or t.casefold() in foreign for t in tokens)


# A listing item's section after its date stamp: one to three capitalised words ("Sports",
# "World News"), this long at most.
_SECTION_AFTER = compile_cached(r"\p{Lu}\p{Ll}+(?:[ \t]\p{Lu}\p{Ll}+){0,2}")
MAX_SECTION_AFTER = 25


def dated_section(line: str) -> bool:
    """A listing's date stamp with its item's section after a dash ("10/15/2024 09:13 AM -
    Sports")."""
    left, dash, right = line.strip().rpartition(" - ")
    return bool(dash) and len(right) <= MAX_SECTION_AFTER and _SECTION_AFTER.fullmatch(right) is not None and (
        date_widget(left)
    )

# Where a listing's date stamp starts, run on to its item's title with no space ("... trebles in
# sizeGMT 12:29 2018 Sunday ,21 January"): a small letter or a closing mark, then a zone (a
# figure before it too: "in 2017GMT 23:57"), a weekday or a month before a figure.
_GLUED_STAMP = compile_cached(
    rf"(?<=[\p{{Ll}}\d'’\")])(?=(?:GMT|UTC)\b)|(?<=[\p{{Ll}}'’\")])(?={WEEKDAY}\b[ ,]|{MONTH}[ \t]\d)"
)
_GLUE = re.compile(r"(?:[^\W_A-Z]|['’\")])[A-Z]")  # a prefilter: a letter, figure or mark, then a capital
_GLUED_STAMP_HINT = compile_cached(r"[a-z\d'’\")](?:gmt|utc) \d")
MIN_TITLE_WORDS = 3


def dated_title(line: str) -> bool:
    """Another story's title with its date stamp run on ("Spotted hyena returns to Gabon park
    after 20 yearsGMT 11:18 2018 Friday ,19 January"): a title of a few words and no sentence's
    end, then a date widget's line."""
    if _GLUE.search(line) is None:
        return False  # one C-level scan: nearly every line has no small letter run into a capital
    for match in _GLUED_STAMP.finditer(line):
        head, tail = line[: match.start()].strip(), line[match.start() :]
        if head.count(" ") + 1 >= MIN_TITLE_WORDS and head[-1:] not in ".!?" and date_widget(tail):
            return True
    return False


def glued_stamp_hint(lowered: str) -> bool:
    """Whether the lowered text may hold a title with its time zone's stamp run on, the
    commonest shape ("sizegmt 12"): two `in` tests, then the search where one passes."""
    if "gmt " not in lowered and "utc " not in lowered:
        return False
    return _GLUED_STAMP_HINT.search(lowered) is not None


def dated_widget(line: str) -> bool:
    """A date widget that says more than a date: with a weekday, a clock time or a label
    ("Tuesday, August 25, 2009", "23:07, 17.05.2020", "Updated: ..."). A bare date above a
    story may be its own."""
    if _DIGIT.search(line) is None:
        return False  # one C-level test: a widget's date has figures, most headlines none
    return _WEEKDAY_OR_CLOCK.search(line) is not None and date_widget(line)


_BARE_DATE_WORDS = re.compile(
    rf"\b(?:{WEEKDAY}|jan(?:uary)?|"
    r"feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|\d{1,2}(?:st|nd|rd|th)?|(?:19|20)\d\d)\b|[ ,./-]",
    re.IGNORECASE,
)

# A date or a time closing the part before a counter: a year, a numeric date or a clock.
_DATE_CLOSE = re.compile(
    r"(?:(?:19|20)\d\d|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)$", re.IGNORECASE
)
MAX_COUNTER_DIGITS = 7


def counted_date(line: str) -> bool:
    """A date widget with the page's counter after it ("Nov 21, 2025 79", "08.10.2021, 18:23
    18091"): a date or a time, then a number of its own."""
    head, _, last = line.strip().rpartition(" ")
    head = _COUNTER_LABEL.sub("", head.rstrip())  # "... 13:16 Comments: 0": the counter's label
    if head and head.split(None, 1)[0].casefold() in _section_words() and " " in head:
        head = head.split(None, 1)[1]  # "Politics Thursday, October 19, 2017": the section's label before it
    return (
        last.isdigit() and len(last) <= MAX_COUNTER_DIGITS and bool(head)
        and _DATE_CLOSE.search(head) is not None and date_widget(head)
    )


_COUNTER_LABEL = re.compile(r"[ \t]+(?i:(?:view[ \t]+)?count|comments?|views?|reads?|hits|visits)[ \t]*:?$")


def bare_date(line: str) -> bool:
    """A date and at most its weekday, in English, with no clock time, label or counter
    ("Saturday, June 01, 2013", "26 October, 2016"): under a title, a listing item's own date."""
    text = line.strip()
    return date_widget(text) and not _BARE_DATE_WORDS.sub("", text)


_YEAR = re.compile(r"(?:19|20)\d\d")
DATE_PREFIX = 30


def date_stamp(text: str) -> bool:
    """A short date stamp, perhaps with a stray letter ("07 may,Q 2024", "12.03.2021"): a
    year, and nothing but date words and separators besides at most two characters."""
    text = text.strip()
    return (
        0 < len(text) <= DATE_PREFIX and _YEAR.search(text) is not None
        and len(_BARE_DATE_WORDS.sub("", text)) <= 2
    )


def title_line(line: str) -> bool:
    """A line shaped like a headline: a few words with no sentence end and no date."""
    text = line.strip()
    return (
        bool(text) and (text[0].isupper() or text[0].isdigit()) and text[-1] not in SENTENCE_END
        and 2 <= len(text.split()) <= 25 and not date_widget(text)
    )
_CONTACT_LINE = re.compile(rf"(?i)({_CONTACT_LABEL})?{_CONTACT}(?:[ \t]*[,/;|][ \t]*{_CONTACT_LABEL}?{_CONTACT})*")
MIN_PHONE_DIGITS = 7  # under a contact label; unlabelled, a number needs more to be no date or code
MIN_BARE_PHONE_DIGITS = 9
MAX_CONTACT_LINE = 80


def contact_line(line: str) -> bool:
    """A telephone number or a labelled e-mail address alone on a line: the page's contact
    widget. An unlabelled number has nine digits at least and is no date ("2018-03-23")."""
    bare = line.strip()
    if len(bare) > MAX_CONTACT_LINE:
        return False
    match = _CONTACT_LINE.fullmatch(bare)  # first: it fails on a line's first letters
    if match is None:
        return False
    digits = sum(ch.isdigit() for ch in bare)
    if digits < MIN_PHONE_DIGITS and "@" not in bare:
        return False
    if match.group(1):
        return True
    # Unlabelled: one number in groups, one of three digits or more (not a counters' row
    # "24,463 1,293 0", nor a calendar's "28 29 30 31 1 2 3").
    return (
        "@" not in bare and digits >= MIN_BARE_PHONE_DIGITS and not any(mark in bare for mark in ",/;|")
        and _LONG_GROUP.search(bare) is not None and _DATE_LIKE.search(bare) is None
        and not bare.lstrip("+").isdigit()  # a long figure or code in one piece is no number to call
    )


_LONG_GROUP = re.compile(r"\d{3}")

_DATE_LIKE = re.compile(r"\b(?:1[89]|20)\d\d[-./]\d{1,2}[-./]\d{1,2}\b|\b\d{1,2}[-./]\d{1,2}[-./](?:1[89]|20)\d\d\b")


def reporter_address(text: str) -> bool:
    """An e-mail address alone, a person's and not a desk's mailbox ("kdon@yna.co.kr", not
    "englishnews@aa.com.tr"): the reporter's contact line under the story."""
    if _EMAIL.fullmatch(text) is None:
        return False
    local = text.partition("@")[0].casefold()
    return not any(role in local for role in _role_mailboxes())


_EMAIL = re.compile(EMAIL_ADDRESS)


def rate_row(line: str) -> bool:
    """An exchange-rate widget's row whose codes are currencies' (ISO 4217, from pycountry)."""
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return False
    found = patterns()["rate_row"].fullmatch(line.strip())
    if found is None:
        return False
    codes = [code for code in found.group("code", "code2", "code3", "code4", "code5") if code]
    return all(code in _currency_codes() for code in codes)


def feed_footer(text: str) -> bool:
    """The line a blog's feed adds under each story it passes on ("The post Milne Bay's
    notorious 11 appeared first on Post Courier.")."""
    return text.startswith("The post ") and " appeared first on " in text and len(text) <= MAX_FEED_FOOTER


MAX_FEED_FOOTER = 300
WIDGET_LABEL_WORDS = 3


def widget_label(line: str) -> bool:
    """A label of a widget's item ("Subuh", "HOTLINE", "GENERAL INQUIRY"): one word, or up to
    three in capitals (capitalised words may be an author's name), opening with a capital, with
    no digit, no sentence mark and no byline's "By"."""
    words = line.split()
    return (
        (len(words) == 1 or len(words) <= WIDGET_LABEL_WORDS and line.isupper())
        and len(line) <= MAX_WIDGET_LABEL and line.lstrip()[:1].isupper()
        and words[0].lower() != "by" and not any(c.isdigit() or c in ".!?,;\"“”" for c in line)
    )


MAX_WIDGET_LABEL = 30


def footer_label(line: str) -> bool:
    """A label with nothing after it ("Reactions:", "Related Topics:"): one to three words and a colon."""
    bare = line.strip()
    return bare.endswith(":") and 1 <= len(bare.split()) <= 3 and bare[:1].isupper() and len(bare) <= 30


ID_REASON = "an identifier code of the page or feed (a long run of digits, with letters or alone), not text"
_ID_DIGITS = 10


def id_code(line: str) -> bool:
    """A labelled identifier (a UUID, or one token under a label closing with "ID"); one token of
    letters and ten or more digits, perhaps joined by "_" or "-"
    ("MENAFN28092023000071011013ID1107157706", "QNA_AMIR-TAMIM22-0140902022"): a feed's or a
    page's tracking code or a photo's file name; or twenty digits or more with no separator, which
    no figure is printed as."""
    if ":" in line and _LABELLED_ID.fullmatch(line):
        return True
    if " " in line or not 16 <= len(line) <= 80 or not line.isascii():
        return False
    if line.isdigit():
        return len(line) >= _DIGITS_ONLY_CODE
    return (
        line.replace("_", "").replace("-", "").isalnum()
        and sum(c.isdigit() for c in line) >= _ID_DIGITS and any(c.isalpha() for c in line)
    )


_DIGITS_ONLY_CODE = 20
# A labelled identifier: a UUID under any short label ("ID: 499b62bc-9b93-..."), or one token
# with a letter under a label closing with "ID" ("Category ID: nhk"; a number alone under it,
# "Reader ID: 2231", is the labelled counter's).
_LABELLED_ID = compile_cached(
    r"(?:\p{L}[\p{L} ]{0,20}:[ \t]*)?[0-9a-fA-F]{8}(?:-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}"
    r"|(?:\p{L}{1,15}[ \t])?ID[ \t]*:[ \t]*(?=[\w.-]*[A-Za-z])[\w.-]{1,30}"
)
