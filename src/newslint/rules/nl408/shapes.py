"""What one line of a page is by its shape alone, wherever it stands: buttons, a widget, a
credit, a notice to the reader, a rights line; the reason NL408 gives, and whether the line is
certainly the page's.

Long on purpose: `line_reason` tries the shapes in one order, cheap gates first, and its reasons
are the words the line pass (`lines.py`) reports with too."""

from __future__ import annotations

import re
from functools import cache

from ...data import shipped
from ...regexes import compile_cached
from ...spelling.lookup import KNOWN, PROPER, compiled
from ..support.chrome.bars import (
    BAR_REASON,
    GLUED_MENU_REASON,
    HEADLINES_REASON,
    MIN_GLUED_LINE,
    chrome_reason,
    glued_menu,
    headline_ticker,
    is_bar,
    post_navigation,
)
from ..support.chrome.foreign import foreign_language, other_script
from ..support.chrome.menus import (
    CRUMB_REASON,
    GLUED_CRUMB_REASON,
    breadcrumb,
    glued_crumb,
    glued_switch,
    language_switch,
    lost_crumb,
    tag_list,
    unbulleted,
)
from ..support.chrome.notices import is_paywall, reader_notice
from ..support.chrome.sites import masthead, section_label
from ..support.chrome.vocabulary import (
    MAX_LINE,
    MONTH,
    chrome_words,
    first_word,
    foreign_words,
    icon_words,
    patterns,
    sky_words,
)
from ..support.chrome.widgets import (
    ID_REASON,
    contact_line,
    counted_date,
    date_widget,
    dated_section,
    dated_title,
    editor_line,
    icon_counter,
    id_code,
    local_time,
    rate_row,
    reporter_address,
    sky_line,
)
from .shared import (
    _AGO,
    _GLUED_LINKS,
    _LANGUAGE_SWITCH,
    _LOGO,
    _NOTICE,
    MAX_BAR,
    MAX_WIDGET,
    _counted_back,
    host_line,
)

# The first blocks after the headline may hold the story's own date: a date line there is left.
DATE_GRACE = 4
# A line with no capital, figure or stop: maybe a page's keywords in small letters ...
_SMALL = r"[a-z#][a-z ,#'-]{10,}"
_SMALL_LINE = re.compile(_SMALL)
# A whole number alone on its line, too long for a list's number and no year's: a page's
# counter or an item's number ("25311", "20091227").
_BARE_NUMBER = re.compile(r"\d{4,9}")
_YEARS = re.compile(r"(?:(?:19|20)\d\d[ \t]+){4,}(?:19|20)\d\d")  # an archive's years, one link each
_BARE_FIGURES = "a number alone on a line (the page's counter or an item's number), not text"
_YEARS_REASON = "an archive's years, one link each, not text"
_LINK_LINE = "a link prompt on a line of its own ('Full story', 'Continue reading')"
_GLUED_PROMPT = "a listing's link prompt run into the next item's title ('View ArticleHousing ...'), not text"
_PROMPT_WORDS = frozenset(("read", "view", "see", "full", "continue"))
_REQUIRED_FIELD = "a form's field label with its required mark ('Name: *', 'Password *'), not text"
MAX_FIELD = 50
_EMPTY_FIELD = "a template's field label left empty ('ID :', 'Author :'), not text"
_STAMP = (
    "a content system's time stamp ('2020-07-20T11:21:08+00:00') or a widget's date with its label glued on, "
    "not the story's dateline"
)
MAX_STAMP = 60
ENGLISH_SWITCH_SPACES = 3  # four words at least: a switcher listing languages by their English names
_FEED_STAMP = "a feed's or server's time stamp ('Wed, 23 May 2018 01:45:56 +0000') with its fields, not the story"
MAX_FEED_LINE = 120
MAX_CREDIT_LINE = 100
# A reading time among a byline's or a story card's words ("Matthew Scace, The Canadian Press 5
# minute read Sunday, Jan. 26, 2025", "By X | May 18th 2014 | 5 min read"): the page's widget.
# A date's year glued to it counts too ("Wed., July 6, 20221 min. read").
_READ_TIME = re.compile(r"(?i)(?:\b|(?<=(?:19|20)\d\d))\d{1,2}[ -]?min(?:ute)?s?\.?[ -]read\b")
_READ_TIME_LINE = "a byline or story card with the page's reading time, not a sentence"
_EDITOR_CREDIT = "the site's editor credit ('Web Editor: ...'), the page's, not the story's"
_STAMP_ENDS = "0123456789Zz"
_CONTACT = "a telephone number or a labelled e-mail address alone on a line (the page's contact), not text"
_BARE_LINK = "a web address, social handle or e-mail address alone on a line (a link of the page), not text"
_COMMENT_HEADER = "a reader's comment's header (the commenter's name and the comment's time), not the story"
_DEFAULT_USER_OPENERS = frozenset(("by", "posted", "admin", "administrator", "webmaster", "site"))
_DEFAULT_BYLINE = "a blog's default user as the byline ('By admin'), not a person's name"
_LABELLED_LINK = "a web address under its label ('Pacific Journalism Online: http://...'), a link of the page, not text"
_AWAY_DATE = "a date or time widget line away from the story's top"
_ICON_COUNTER = (
    "an icon font's word where its icon was, before the page's counter, date or reading time ('visibility 2')"
)
MAX_ICON_COUNTER = 70
_POST_NAVIGATION = (
    "a link to the site's previous or next post, with its title ('PREV ...', 'Next post: ...'), not the story"
)
_NAVIGATION_WORDS = frozenset(("prev", "previous", "next"))
# A Chinese site's licence number in its footer ("京ICP备16065310号", "蜀ICP备14024942号-1").
_ICP_LICENCE = re.compile(r"\w?ICP[备證证][ \t]?\d{5,12}号")
_ICP_REASON = "the site's licence number (its ICP registration), a line of the page's footer"
# A time alone in the style of a timeline's entries ("4:55 p.m.", "10 a.m."): the story's own.
_TIMELINE_TIME = re.compile(r"\d{1,2}(?::\d{2})?\s?[ap]\.m\.")
_PERSONAL_USE = "the page's terms of use ('... for your personal, non-commercial use only'), not the story"
_DATED_TITLE = "another story's title with its date run on ('... yearsGMT 11:18 2018 Friday'), a listing's item"
MAX_DATED_TITLE = 200
_LABELLED_TAGS = "the page's tags under a label, in any language ('Từ khóa: #High-Quality Rice')"
# A site's section label alone on a line away from the story's top ("News", "World"): a page's
# heading over the next stories. This long at most.
_LONE_SECTION = 20
_LONE_SECTION_REASON = "a site's section label alone on a line, away from the story's top (section words only)"
_PAYWALL = "a paywall or subscription prompt of the page, not the story"
# A news site's name alone on a line further down ("The Bangkok Post", "Famagusta Gazette"): the
# page's masthead, a card's source or a credit, not the story's sentence.
_AWAY_MASTHEAD = "a news site's name alone on a line away from the story's top (a masthead or a card's source)"
MAX_MASTHEAD = 40
_IMAGE_FILE = "an image's file name where the image was, not text"
_IMAGE_FILE_LINE = 128  # a file name, with a CMS's rendition codes after it, is no longer

_HASHTAG_REASON = "a hashtag alone on a line (a tag's link of the page), not text"
MAX_HASHTAG = 40
_HASHTAG = compile_cached(r"#[\p{L}\p{N}][\p{L}\p{N}_&.+-]{1,38}")
_GALLERY_ALONE = "a photo gallery's counter alone on a line ('1 of 47'), not text"
MAX_GALLERY_COUNTER = 12
_LONE_GALLERY_COUNT = compile_cached(r"\d{1,3} of \d{1,3}")
# A gallery's or pager's counter with a spaced slash, its buttons beside it or not ("1 / 21",
# "Previous 157 / 191 Next"); an unspaced one may be a date or a fraction ("3/4").
_PAGER = "a gallery's or pager's counter alone on a line ('1 / 21', 'Previous 157 / 191 Next'), not text"
MAX_PAGER = 30
_PAGER_COUNT = compile_cached(r"(?:(?i:previous|prev)[ \t]+)?(\d{1,4})[ \t]+/[ \t]+(\d{1,4})(?:[ \t]+(?i:next))?")
_CALENDAR = "a calendar widget's row (the weekdays' initials or a week's days), not text"
MAX_WEEKDAYS = 40
# Letters every photo's credit holds ("Photo", "Image", "Picture", "caption"): a cheap test first.
_CREDIT_HINTS = (
    "hoto", "HOTO", "mage", "MAGE", "icture", "ICTURE", "aption", "APTION", "ic:", "IC:", "ics", "ICS", "ideo", "IDEO",
)
_WEEKDAY_OPENINGS = frozenset(("mo", "tu", "we", "th", "fr", "sa", "su"))
_PHOTO_CREDIT = "a photo's credit alone on a line, where the photo was ('(Photo: Jane Doe)'), not text"
MAX_PHOTO_CREDIT = 80
MAX_RESERVED = 80
_ICON_NAME = "an icon font's ligature name where the icon was ('exit_to_app', 'access_time'), not text"
# A page's layout class named for a screen size ("medium-browser-and-portrait-tablet", "above-phone"),
# printed when a scrape takes a responsive template's markers for text.
_LAYOUT_CLASS = re.compile(r"[a-z]+(?:-[a-z]+){1,6}")
_SCREEN_WORDS = ("phone", "tablet", "browser", "desktop", "mobile")
_LAYOUT_CLASS_NAME = "a page's layout class named for a screen size ('medium-wide-browser'), not text"
_ICON_CRUMBS = "a breadcrumb whose arrows are an icon font's names run into its words ('Homechevron_rightIndia')"
MAX_CRUMBS = 160
_COUNTED_DATE = "a date widget with the page's counter after it ('Nov 21, 2025 79'), not the story's date"
_RIGHTS_LINE = "the page's copyright line ('Name © 2024 All Rights Reserved'), not the story"
_TAG_LIST = "the page's tags joined by ' , ' ('flood victims , relief centres , floods'), not a sentence"
_EDITORS_NOTE = "the wire's note to its editors ('ATTN EDITORS: ...', 'NOTE TO EDITORS: ...'), never meant for print"
_NOTE_OPENERS = frozenset(("attn", "attention", "note", "eds"))
_RATE_ROW = "an exchange-rate widget's row (a currency's code and its rates), not text"
_WEATHER = "a weather widget (a place, its temperature, the sky), not text"
_CLOCK_WIDGET = "a clock widget (a place's time and date: 'Fiji Time: 10:01 AM on Saturday'), not text"
_SLUG = "a page's address slug (its title in small letters joined by hyphens), not text"
_CODE_NAME = (
    "a page's code name alone on a line (an image's alt key, a plug-in's or style's name: 'wp-statistics'), not text"
)
MAX_CODE_NAME = 40
_DATED_SECTION = "a listing's date stamp with its item's section ('10/15/2024 09:13 AM - Sports'), not text"
MAX_DATED_SECTION = 90
SLUG_HYPHENS = 4
_MARKET_ROW = "a market widget's row (an index's change in per cent and its level), not text"
_APP_BANNER = "the site's banner for its phone app ('Focus Taiwan App', 'ECNS App Download'), not text"
_LABELLED_COUNTER = (
    "a counter or reference number of the page under its label ('Views: 1204', 'News Code: 8442'), not text"
)
_PAGES = "a listing's page numbers ('1 2 3 4 5 >'), not text"
_PAGE_OPENERS = frozenset("1«‹<PpFf")


@cache
def _counter_nouns() -> frozenset[str]:
    return frozenset(shipped("data/web_chrome.yaml")["counter_nouns"])


def _fact_field(line: str) -> bool:
    """A fact box's field, its label a phrase of three words ("AGE WHEN ABDUCTED: 52"), not a
    page's counter, whose label is a word or two or ends with a counter's noun (data)."""
    label = line.split(":", 1)[0].split()
    return ":" in line and len(label) >= FACT_LABEL_WORDS and label[-1].casefold() not in _counter_nouns()


FACT_LABEL_WORDS = 3


def _figures(line: str) -> str | None:
    """Why a line of figures alone is the page's: a number (four figures or more, no year
    between 1800 and 2100) or an archive's years (five or more); None for any other line."""
    if _BARE_NUMBER.fullmatch(line) is not None:
        return None if len(line) == 4 and 1800 <= int(line) <= 2100 else _BARE_FIGURES
    if _YEARS.fullmatch(line) is not None:
        return _YEARS_REASON
    return _CALENDAR if _calendar_week(line) else None


def _calendar_week(line: str) -> bool:
    """A calendar widget's week: three to seven days' numbers in a row, the month turning over
    after the 28th at the earliest ("28 29 30 31 1 2 3")."""
    days = line.split()
    if not 3 <= len(days) <= 7 or not all(d.isdigit() and len(d) <= 2 for d in days):
        return False
    numbers = [int(d) for d in days]
    return all(0 < n <= 31 for n in numbers) and all(
        b == a + 1 or a >= 28 and b == 1 for a, b in zip(numbers, numbers[1:], strict=False)
    )


def _keyword_line(line: str) -> bool:
    """A page's keywords or tags in small letters ("nigerian oil militants, nigeria pipeline
    attack"): three words or more with no capital, figure or stop and no English function word,
    most of them words or names the lists know, and a name written small ("nigeria") or items
    parted by commas or '#'. A line of prose that a scrape broke ("the government affairs in a
    better manner") holds function words."""
    bare = line.strip()
    if _SMALL_LINE.fullmatch(bare) is None:
        return False
    words = _SMALL_WORDS.findall(bare)
    if len(words) < KEYWORD_WORDS or any(word in _FUNCTION_WORDS for word in words):
        return False
    codes = [compiled().code(word) for word in words]
    if sum(1 for code in codes if code & KNOWN) * 2 < len(codes):
        return False  # codes, not words: a wire's routing line ("dpa wsz jln npr")
    if bare.count(",") >= 2 or bare.count("#") >= 2:
        return True
    return any(code & PROPER for code in codes)


KEYWORD_WORDS = 3
_SMALL_WORDS = re.compile(r"[a-z]+(?:['-][a-z]+)*")
_FUNCTION_WORDS = frozenset(
    "the a an of to in and that is was were are be been being for with as by at from it its he she they we you "
    "his her their our said says has have had will would shall should can could may might not this these those "
    "which who whom whose but or if than then there here when where while also after before into over about".split()
)
_KEYWORDS = "the page's keywords or tags in small letters (no sentence, names written small), not text"


# An archive's calendar: a month, maybe its year, then its days in a row ("October 2003:   2 3 4 ...").
_MONTH_DAYS = compile_cached(rf"(?i:{MONTH})(?:[ \t]+\d{{4}})?[ \t]*:?((?:[ \t]+\d{{1,2}}){{7,31}})[ \t]*")
_MONTH_DAYS_REASON = "an archive's calendar: a month and its days in a row, not text"


def _month_days(bare: str) -> bool:
    match = _MONTH_DAYS.fullmatch(bare)
    if match is None:
        return False
    days = [int(day) for day in match.group(1).split()]
    return all(b == a + 1 for a, b in zip(days, days[1:], strict=False)) and days[-1] <= 31


def _spaced_line(text: str) -> str | None:
    """The reason for a breadcrumb trail, a listing's page numbers or an archive's calendar,
    shapes a page often spaces out with runs of spaces; else None."""
    bare = text.strip()
    if bare[:1] in _PAGE_OPENERS and patterns()["pages"].fullmatch(bare):
        return _PAGES
    if bare[-1:].isdigit() and _month_days(bare):
        return _MONTH_DAYS_REASON
    if ("›" in bare or "»" in bare or ">" in bare) and breadcrumb(bare):
        return CRUMB_REASON
    if bare[:5] == "Home " and lost_crumb(bare):
        return CRUMB_REASON
    if bare[:4] == "Home" and glued_crumb(bare):
        return GLUED_CRUMB_REASON
    if " , " in bare and tag_list(bare):
        return _TAG_LIST
    return None


def _widget(bare: str) -> str | None:
    """The reason a short line is a weather widget, an exchange-rate row or a logo's alternative
    text, wherever it stands; else None."""
    if ("°" in bare or "℃" in bare or "℉" in bare) and (
        patterns()["weather"].fullmatch(bare) or patterns()["high_low"].fullmatch(bare) or _dated_weather(bare)
    ):
        return _WEATHER
    if bare[-1:] in "CF" and len(bare) <= 7 and patterns()["bare_temperature"].fullmatch(bare):
        return _WEATHER
    if sky_line(bare) or "/" in bare and _sky_pair(bare):
        return _WEATHER
    if local_time(bare):
        return _CLOCK_WIDGET
    if "%" in bare and patterns()["market_row"].fullmatch(bare):
        return _MARKET_ROW
    if rate_row(bare):
        return _RATE_ROW
    if (bare[-4:].lower() == "logo" or bare[:5].lower() == "logo ") and patterns()["logo"].fullmatch(bare):
        return _LOGO
    if ("App" in bare or "APP" in bare) and patterns()["app_banner"].fullmatch(bare):
        return _APP_BANNER
    return None


# A temperature among a widget's date, clock and place ("12 March, 2026, 7:38 am Central -
# 26°C Rain"): no sentence, no word in small letters but a clock's "am" or "pm", and a figure
# besides the temperature.
# (a letter may touch it: the widget's date runs on, "October 9th13.2°C")
# (a forecast strip may print the unit small: "Sep. 8, 6 PM: 22°c Cloudy Sep. 9, 12 AM: 16°c Partly cloudy")
_TEMPERATURE = re.compile(r"(?<![\d.])[-−]?\d{1,2}(?:[.,]\d)?\s?°\s?[CFcf]\b")

# Small letters a date widget prints: the time of day and a day's ordinal ("9th13.2°C").
_DATE_SMALL_WORDS = frozenset(("am", "pm", "st", "nd", "rd", "th"))

# A place, its sky and the day's high and low with the degree sign lost, the forecast's link
# after it ("Beijing   Cloudy    34 / 24   City Forecast").
_SKY_PAIR = compile_cached(
    r"(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}(?P<sky>\p{L}[\p{L}/ \t]{2,30}?)[ \t]+[-−]?\d{1,2}[ \t]*/[ \t]*[-−]?\d{1,2}"
    r"(?:[ \t]+(?i:(?:city[ \t]+)?forecast))?"
)


def _sky_pair(bare: str) -> bool:
    found = _SKY_PAIR.fullmatch(bare)
    return found is not None and all(
        word in sky_words() for word in re.split(r"[/ \t]+", found.group("sky").casefold()) if word
    )


def _dated_weather(bare: str) -> bool:
    if bare[-1:] in ".!?" or _TEMPERATURE.search(bare) is None:
        return False
    small = [
        w for w in re.findall(r"[^\W\d_]+", _TEMPERATURE.sub(" ", bare)) if w.islower() and w not in _DATE_SMALL_WORDS
    ]
    # A forecast strip's sky in small letters ("Partly cloudy"): its two temperatures or more tell it
    # from a sentence's.
    if small and len(_TEMPERATURE.findall(bare)) >= 2:
        small = [w for w in small if w not in sky_words()]
    return not small and any(c.isdigit() for c in _TEMPERATURE.sub("", bare))


def _code_name(text: str) -> tuple[str | None, bool]:
    """The reason for a line that is a code name alone, in small letters joined by hyphens or
    underscores ("image-language", "wp-statistics"), the line's last shape looked for; not a
    hyphenated phrase of three words or more ("state-of-the-art")."""
    if len(text) > MAX_CODE_NAME or ("-" not in text and "_" not in text):
        return None, False
    if patterns()["code_name"].fullmatch(text) is None:
        return None, False
    parts = re.split(r"[-_]", text)
    if len(parts) > 2 and all(compiled().code(part) & KNOWN for part in parts):
        return None, False
    return _CODE_NAME, False


def line_reason(line: str, position: int) -> tuple[str | None, bool]:
    """Why a line is the page's by its shape alone, and whether that is certain (a safe fix);
    (None, False) for a line of the story. `position` counts the blocks under the headline: a date
    within the first few (`DATE_GRACE`) is the story's own."""
    if len(line) > MAX_LINE:
        if "|" in line and len(line) <= MAX_BAR and is_bar(line):
            return BAR_REASON, False
        ticker = headline_ticker(line)
        return (HEADLINES_REASON, False) if ticker else (None, False)
    # Cheap tests first: nearly every line is prose or an agate line, and none of these
    # shapes can hold unless its first word, a '|' or a letter outside ASCII says so.
    ascii_line = line.isascii()
    word = first_word().search(line)
    first = word.group().lower() if word is not None else ""
    buttons = chrome_words()[0]
    foreign = foreign_words()
    if is_paywall(line):
        return _PAYWALL, False
    if line[-1:].isdigit() and counted_date(line):
        return _COUNTED_DATE, False
    if "©" in line and "rights reserved" in line.lower():
        return _RIGHTS_LINE, False  # "Bulgarian National Radio © 2024 All Rights Reserved"
    if len(line) <= MAX_RESERVED and "eserved" in line[-12:].lower() and patterns()["reserved_line"].fullmatch(
        line
    ):
        return _RIGHTS_LINE, False  # "-- fotoAGENCY (2025) COPYRIGHT RESERVED"
    if (
        line[:1] in "[(PpFfNnIi" and len(line) <= MAX_PHOTO_CREDIT and any(map(line.__contains__, _CREDIT_HINTS))
        and patterns()["photo_credit"].fullmatch(line.strip())
    ):
        return _PHOTO_CREDIT, False
    if reader_notice(line):
        return _NOTICE, False
    if len(line) <= MAX_DATED_TITLE and dated_title(line):
        return _DATED_TITLE, False
    if "commercial use" in line and patterns()["personal_use"].fullmatch(line.strip()):
        return _PERSONAL_USE, False
    if "#" in line and patterns()["labelled_tags"].fullmatch(line.strip()):
        return _LABELLED_TAGS, False
    if len(line) <= 40 and patterns()["link_line"].fullmatch(line.strip()):
        return _LINK_LINE, False
    if ('"' in line or "“" in line) and patterns()["quoted_link"].fullmatch(line.strip()):
        return _LINK_LINE, False
    if (line[-1:].isdigit() or "@" in line) and contact_line(line):
        return _CONTACT, False
    if ("/" in line or "@" in line or "www." in line) and patterns()["bare_link"].fullmatch(line.strip()):
        return (None, False) if reporter_address(line.strip()) else (_BARE_LINK, False)
    if host_line(line):
        return _BARE_LINK, False
    if line.count("-") >= SLUG_HYPHENS and " " not in line.strip() and patterns()["slug"].fullmatch(line.strip()):
        return _SLUG, False
    if line[-1:] in "Mm" and patterns()["comment_header"].fullmatch(line.strip()):
        return _COMMENT_HEADER, False
    if first in _DEFAULT_USER_OPENERS and patterns()["default_byline"].fullmatch(line.strip()):
        return _DEFAULT_BYLINE, False
    if ("://" in line or "www." in line) and patterns()["labelled_link"].fullmatch(line.strip()):
        return _LABELLED_LINK, False
    bare = unbulleted(line).strip()  # a list's bullet before a code or a file name
    if "_" in bare[:26] and patterns()["icon_name"].fullmatch(bare) and (
        " " not in bare or patterns()["dated"].search(bare)
    ):
        return _ICON_NAME, False
    if "-" in bare and bare.islower() and _LAYOUT_CLASS.fullmatch(bare) and any(
        w in bare for w in _SCREEN_WORDS
    ):
        return _LAYOUT_CLASS_NAME, False
    if "_" in line and len(line) <= MAX_CRUMBS and patterns()["glued_icon"].search(line):
        return _ICON_CRUMBS, False
    if id_code(bare):
        return ID_REASON, False
    if "ICP" in line and _ICP_LICENCE.search(line):
        return _ICP_REASON, False
    if len(line) <= _IMAGE_FILE_LINE and patterns()["image_file"].fullmatch(bare):
        return _IMAGE_FILE, False
    if first in _NOTE_OPENERS and patterns()["editors_note"].fullmatch(bare):
        return _EDITORS_NOTE, False
    widget = _widget(bare) if len(line) <= MAX_WIDGET else None
    if widget is not None:
        return widget, False
    if (":" in line or line[-1:].isdigit()) and len(line) <= 60 and first not in buttons and patterns()[
        "labelled_counter"
    ].fullmatch(bare) and not _fact_field(bare):
        return _LABELLED_COUNTER, False  # a button word's counter ("Visitors: 406") is certain, below
    spaced = _spaced_line(bare)
    if spaced is not None:
        return spaced, False
    if first in _PROMPT_WORDS and patterns()["glued_prompt"].match(line):
        return _GLUED_PROMPT, False
    if _counted_back(line.strip()):
        return _AGO, False
    if line.rstrip()[-1:] == ":" and patterns()["empty_field"].fullmatch(line):
        return _EMPTY_FIELD, False
    if line.rstrip()[-1:] == "*" and len(line) <= MAX_FIELD and patterns()["required_field"].fullmatch(
        line.strip()
    ):
        return _REQUIRED_FIELD, False
    if len(line) <= MAX_CREDIT_LINE and "ditor" in line and (
        patterns()["editor_credit"].search(line) or editor_line(line)
    ):
        return _EDITOR_CREDIT, False
    if "read" in line and len(line) <= MAX_CREDIT_LINE and line.rstrip()[-1:] not in ".!?" and (
        (read_time := _READ_TIME.search(line)) is not None
        and len(line[: read_time.start()].split()) >= 2  # a byline's words before it; alone, a widget below
    ):
        return _READ_TIME_LINE, False
    if len(line) <= MAX_FEED_LINE and ":" in line and patterns()["feed_stamp"].search(line):
        return _FEED_STAMP, False
    stamp = len(line) <= MAX_STAMP and line.rstrip()[-1:] in _STAMP_ENDS
    if stamp and patterns()["iso_stamp"].fullmatch(line.strip()):
        return _STAMP, False
    if ascii_line and line.islower() and _keyword_line(line):
        return _KEYWORDS, False
    if (not ascii_line or line.count(" ") >= ENGLISH_SWITCH_SPACES) and language_switch(line):
        return _LANGUAGE_SWITCH, False
    if not ascii_line and glued_switch(line):
        return _LANGUAGE_SWITCH, False  # "Global EditionASIA 中文双语Français", wherever it stands
    if first in icon_words() and len(line) <= MAX_ICON_COUNTER and icon_counter(line):
        return _ICON_COUNTER, False
    if first in _NAVIGATION_WORDS and post_navigation(line):
        return _POST_NAVIGATION, False
    if line[:1].isdigit() and (figures := _figures(line.strip())) is not None:
        return figures, False
    if len(line) <= MAX_WEEKDAYS and line.count(" ") >= 4 and line.lstrip()[:2].lower() in _WEEKDAY_OPENINGS and (
        patterns()["weekdays"].fullmatch(line.strip())
    ):
        return _CALENDAR, False
    if line[:1] == "#" and len(line) <= MAX_HASHTAG and _HASHTAG.fullmatch(line.strip()):
        return _HASHTAG_REASON, False
    if " of " in line and len(line) <= MAX_GALLERY_COUNTER and _LONE_GALLERY_COUNT.fullmatch(line.strip()):
        return _GALLERY_ALONE, False
    if " / " in line and len(line) <= MAX_PAGER and (pager := _PAGER_COUNT.fullmatch(line.strip())) is not None:
        return (_PAGER, False) if int(pager.group(1)) <= int(pager.group(2)) else (None, False)
    if line[:1].isdigit() and _TIMELINE_TIME.fullmatch(line.strip()):
        return None, False  # "4:55 p.m.": an entry's time in a timeline story (AP's "The Latest")
    if ascii_line and "|" not in line and first not in foreign and position >= DATE_GRACE:
        # A date widget and a site's name are whole shapes of their own: a first word that is a
        # button's too ("First published: May 7, 2022", "The Kenyan DAILY POST") does not matter.
        if len(line) <= 60 and date_widget(line):
            return _AWAY_DATE, False
        if " - " in line and len(line) <= MAX_DATED_SECTION and dated_section(line):
            return _DATED_SECTION, False
        if first not in buttons and len(line) <= _LONE_SECTION and section_label(line.strip()):
            return _LONE_SECTION_REASON, False
        if len(line) <= MAX_MASTHEAD and masthead(line.strip()):
            return _AWAY_MASTHEAD, False
    if ascii_line and "|" not in line and first not in buttons and first not in foreign:
        bare_word = unbulleted(line).strip()
        if len(bare_word) >= MIN_GLUED_LINE and bare_word.isalpha() and bare_word.islower():
            return chrome_reason(bare_word) or (None, False)  # buttons that lost their spaces?
        if len(bare_word) >= MIN_GLUED_LINE and bare_word.isalpha() and not bare_word[1:].islower() and (
            glued := chrome_reason(bare_word)
        ):
            return glued  # and in camel case ("FacebookTwitter")
        if _GLUED_LINKS.match(bare_word) is not None and glued_menu(bare_word):
            return GLUED_MENU_REASON, False
        return _code_name(bare_word)
    found = chrome_reason(line)
    if found is not None:
        return found
    if ":" in line and len(line) <= 60 and first in buttons and patterns()["labelled_counter"].fullmatch(bare):
        return _LABELLED_COUNTER, False  # under a label opening with a button word: "Story Code: 43159"
    if (not ascii_line or first in foreign) and foreign_language(line):
        return "a line in another language inside English copy", False
    if not ascii_line and (script := other_script(line)) is not None:
        return script, False
    if position >= DATE_GRACE and date_widget(line):
        return _AWAY_DATE, False
    return _code_name(bare)
