"""Page chrome by its shape: the line detectors and vocabulary NL408 uses (NL409 and NL410 share
the line splitting and removal).

Longer than most modules on purpose: every shape reads the same compiled vocabulary and cheap
gates (`patterns`, `chrome_words`, `may_hold_chrome`), and split by shape the pieces would
import each other's private tables."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from typing import NamedTuple

import regex

from ...core.diagnostics import Diagnostic
from ...core.document import PARAGRAPH, Block, Document, block_removal
from ...data import shipped
from ...regexes import compile_cached
from .language import QUOTE_MARKS

# Lines longer than this are prose or a table, never a button row or a widget.
MAX_LINE = 160
# A line that ends a sentence and has this many words is prose, whatever words it uses.
PROSE_WORDS = 6
CUT_PROSE_SPACES = 18  # a line of nineteen words or more is a sentence, cut or not, no title
BAR_REASON = "a navigation or title bar (parts separated by '|'), not a sentence"
SENTENCE_END = frozenset(".!?\"”’")


class Line(NamedTuple):
    start: int
    end: int
    text: str


def masthead(text: str) -> bool:
    """A site's name as its masthead prints it: one to four capitalised words, no figure and no
    sentence, the last a word news sites end their names with ("VnExpress International",
    "ENA - ENA English"); an agency's name is a credit, not a masthead."""
    if len(text) > 40 or any(c.isdigit() or c in ".!?:,;()" for c in text):
        return False
    tokens = patterns()["token"].findall(text)
    if not 1 <= len(set(tokens)) <= 4 or not all(t[:1].isupper() for t in tokens):
        return False
    if len(tokens) == 1 and _glued_site_name(tokens[0]):
        return True  # "KuenselOnline", "Zwnews": the site's name run into the word it ends with
    return tokens[-1].casefold() in _site_words() and not agency_names().intersection(t.casefold() for t in tokens)


MIN_SITE_PREFIX = 2  # letters of a site's own name before the word it ends with ("Zw" + "news")


def _glued_site_name(token: str) -> bool:
    """One word that is a site's name glued to a word such names end with, no word of its own."""
    from ...spelling.lookup import KNOWN, compiled  # only for a one-word line that may be one

    folded = token.casefold()
    return any(
        len(folded) >= len(word) + MIN_SITE_PREFIX and folded.endswith(word) and token[-len(word) - 1].isalpha()
        for word in _site_words() if len(word) >= 4
    ) and not compiled().code(folded) & KNOWN


@cache
def _site_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped("data/web_chrome.yaml")["site_suffixes"])


@cache
def agency_names() -> frozenset[str]:
    """The news agencies' names and short forms the data lists, case-folded."""
    return frozenset(a.casefold() for a in shipped("data/agencies.yaml")["agencies"])


# An agency's name after a dash closing a text's last sentence ("... last night. - BERNAMA").
_SIGNED = re.compile(r"(?<=[.!?\"”’])[ \t]*[-–—]{1,2}[ \t]*([A-Z][A-Za-z.]{1,20})[ \t]*$")


def unsigned(text: str) -> str:
    """The text without an agency's sign-off after its last sentence's stop: a copy of a
    paragraph with the agency's name run on (a caption's) is that paragraph."""
    if not text[-1:].isupper():
        return text  # one C-level test: nearly every text ends otherwise
    signed = _SIGNED.search(text)
    return text[: signed.start()] if signed is not None and signed.group(1).casefold() in agency_names() else text


_OUTLET_JOINERS = frozenset(("of", "in", "and", "the", "de"))
_NAME_DASH = re.compile(r"\s+[-–—]\s+")
_NOT_IN_OUTLET = frozenset('.!?:,;()|"“”')
OUTLET_WORDS = 5


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped("data/web_chrome.yaml")["outlet_words"])


def outlet_name(text: str) -> bool:
    """A news organisation's name as its site prints it at the top: two to five capitalised
    words ending with a word such names end with ("Lana News", "Jiji Press"), or two names on
    either side of a dash ("SANA - Syrian Arab News Agency"). Capitals only are a wire
    headline's ("TEHRAN RADIO")."""
    text = text.strip()
    if not text or len(text) > 60 or text.isupper() or any(c.isdigit() or c in _NOT_IN_OUTLET for c in text):
        return False
    parts = _NAME_DASH.split(text)
    if len(parts) > 2:
        return False
    words = _outlet_words()
    ends = False
    for part in parts:
        tokens = patterns()["token"].findall(part)
        if not 1 <= len(tokens) <= OUTLET_WORDS or not all(
            t[:1].isupper() or t.casefold() in _OUTLET_JOINERS for t in tokens
        ) or any(t.casefold() == "the" for t in tokens[1:]):
            return False  # "Minister Attacks the Press" is a headline
        ends = ends or tokens[-1].casefold() in words
    return ends and (len(parts) == 2 or len(patterns()["token"].findall(text)) >= 2)


# Words that only join a section's name ("Arts and Culture"): never a label on their own.
_JOINERS = frozenset(("and", "of", "the", "&"))
SECTION_WORDS = 4


def section_label(text: str) -> bool:
    """A site's section label ("Latest News", "Front Page", "Politics"): one to four words,
    each a word news sites name sections with, no figure and no sentence."""
    if len(text) > 40 or "\n" in text or any(c.isdigit() or c in ".!?:,;()|" for c in text):
        return False
    words = text.casefold().replace("-", " ").split()
    if not 1 <= len(words) <= SECTION_WORDS or all(w in _JOINERS for w in words):
        return False
    sections, suffixes = _section_words(), _site_words()
    # A section's word at least: a name of site words only ("Daily Courier") is the site's.
    return all(w in sections or w in suffixes for w in words) and any(
        w in sections and w not in _JOINERS for w in words
    )


@cache
def _section_words() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in shipped("data/web_chrome.yaml")["section_words"])


@cache
def chrome_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = shipped("data/web_chrome.yaml")
    buttons = frozenset(w.lower() for w in data["buttons"])
    weak = frozenset(w.lower() for w in data["weak"])
    foreign_dates = frozenset(w.casefold() for w in data["foreign_dates"])
    return buttons, buttons - weak, foreign_dates


def alternatives(words: Iterable[str]) -> str:
    """Words and phrases as one alternation for a pattern, longest first, a phrase's spaces any
    run of white space ("privacy policy", "Scattered   Clouds")."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_LONE_LABEL = re.compile(r"(?m)^[ \t]*[^\W\d_][\w-]{1,11}:[ \t]*$")


@cache
def field_labels() -> frozenset[str]:
    """Words a page's template labels a field with ("Date", "Author", "Online")."""
    return frozenset(w.casefold() for w in shipped("data/web_chrome.yaml")["field_labels"])


@cache
def foreign_words() -> frozenset[str]:
    """Other languages' month and weekday names and common words: a line that opens with one
    may be another language's."""
    data = shipped("data/web_chrome.yaml")
    return chrome_words()[2] | frozenset(w.casefold() for w in data["foreign_words"])


# An English month's and weekday's name (pattern source, capitalised; the patterns that need
# any case say so): a date widget's words, a dateline's date.
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
WEEKDAY = r"(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?"


# Pattern sources shared by a line's shape and the pre-check that lets it be looked for: a link
# prompt ("Read more", "View full story", "Continue reading"), a newsletter's "emailed to you",
# a unit of time counted back ("2 hours ago").
_LINK_PROMPT = (
    r"(?:(?:read|view|see)[ \t]+(?:the[ \t]+)?(?:full[ \t]+)?(?:story|article|report|more)"
    r"|full[ \t]+(?:story|article|report)|continue[ \t]+reading)"
)
EMAIL_ADDRESS = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_SENT_TO_YOU = r"(?:emailed|delivered|sent)\s+(?:straight\s+)?to\s+(?:you|your\s+inbox)"
# A unit a page counts time back in ("2 hours ago", "5h ago"): NL408, NL409 and NL413 read it.
TIME_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[smhdw])"


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


@cache
def sky_words() -> frozenset[str]:
    """The words of a weather widget's sky, one by one ("partly", "cloudy")."""
    data = shipped("data/web_chrome.yaml")["weather_sky"]
    return frozenset(w for kind in ("modifiers", "conditions") for item in data[kind] for w in item.split())


def sky_line(bare: str) -> bool:
    """A weather widget's sky without a temperature ("Scattered Clouds", "cloudy-day")."""
    return _sky().fullmatch(bare) is not None


_LOCAL_TIME = compile_cached(
    r"(?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}(?i:time)[ \t]*:?[ \t]*\d{1,2}:\d\d(?::\d\d)?[ \t]*(?i:[ap]\.?m\.?)?"
    r"(?:[ \t]+(?i:on[ \t]+)?[\p{L}\p{N},. ]{3,30})?"
)


def local_time(bare: str) -> bool:
    """A clock widget's line: a place's time, its date after it ("Fiji Time: 10:01 AM on
    Saturday 24 June")."""
    return ":" in bare and _LOCAL_TIME.fullmatch(bare) is not None


# A logo's description naming the site, maybe its kind and the name again ("Logo of Phnom Penh
# Post newspaper Phnom Penh Post").
_LOGO_OF = (
    r"(?:Logo|logo|LOGO)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,4}"
    r"(?:\s+(?:newspaper|news\s+site|website|magazine|channel)(?:\s+\p{Lu}[\p{L}.&'’-]*){0,5})?"
)


@cache
def patterns() -> dict[str, regex.Pattern[str]]:
    return {
        "token": compile_cached(r"[\p{L}\p{N}@#+][\p{L}\p{N}\p{M}@#+'’._-]*"),
        "number": compile_cached(r"[\d.,:/%+-]+[kKmM]?"),
        "latin": compile_cached(r"\p{Script=Latin}"),
        "other": compile_cached(r"[^\P{L}\p{Script=Latin}]"),
        "script": compile_cached(r"[^\P{L}\p{Script=Latin}]+"),
        # An English date or time, weekday, clock or zone: what a date widget is made of.
        "date_word": compile_cached(
            rf"(?i){MONTH}|{WEEKDAY}\.?|"
            r"(?:a\.?m|p\.?m)\.?|(?:utc|gmt)(?:[+-]\d{1,2})?|ict|wib|jst|kst|cst|cdt|est|edt|mst|mdt|pst|pdt|bst|"
            r"cet|cest|sgt|hkt|ist|pkt|"
            r"aest|aedt|msk|pht|myt|[+-]\d{4}|[+-]\d{2}|"
            r"updated?|last|first|created|published|publish|posted|modified|mod|story|on|at|to|date|day|time|"
            r"\d+(?:st|nd|rd|th)|"
            r"\d{1,2}-[a-z]{3,9}-\d{2,4}|\d[\d:/.-]*"
        ),
        # A full date or a clock: a year, a numeric date or a time.
        "dated": compile_cached(r"\b(?:1[89]|20)\d\d\b|\d{1,2}:\d{2}|\d{1,4}[/-]\d{1,2}[/-]\d{2,4}"),
        # A web address or a social handle alone on a line ("https://asenatv.com", "@agency_eng").
        # ... or an e-mail address alone ("englishnews@aa.com.tr"): the page's contact.
        "bare_link": compile_cached(
            rf"(?:https?://|www\.)[^\s<>\"]+|\(?@[A-Za-z0-9_]{{3,30}}\)?|{EMAIL_ADDRESS}"
        ),
        # "ID :", "Author :": a template's field label left empty (the space before the colon is
        # the template's; prose introducing a quote writes "Thomas said:").
        "empty_field": compile_cached(r"\p{L}{1,12}(?:[ \t]\p{L}{1,12})?[ \t]+:[ \t]*"),
        # "Name: **", "What is your email? *", "Password *": a form's field label with its
        # required mark, a few words.
        "required_field": compile_cached(
            r"\p{L}[\p{L}'’.()/-]*(?:[ \t]+[\p{L}'’.()/-]+){0,5}[ \t]*[:?]?[ \t]*\*{1,2}[ \t]*"
        ),
        # "2020-07-20T11:21:08+00:00", "News2020-07-20T11:21:08+00:00": a content system's time
        # stamp (ISO 8601), its label glued on.
        # "Kyodo News16-05-2025": a widget's label with a numeric date glued on, its space lost.
        "iso_stamp": compile_cached(
            r"(?i)(?:\p{L}{0,20}[ \t]*\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?|"
            r"\p{L}[\p{L} ]{0,24}\p{L}"
            r"(?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d|(?:19|20)\d\d[-./]\d{1,2}[-./]\d{1,2}))[ \t]*"
        ),
        # "Wed, 23 May 2018 01:45:56 +0000": a feed's or server's time stamp (RFC 2822), seconds
        # and a numeric zone, which no story prints; the feed's words may stand around it.
        "feed_stamp": compile_cached(
            r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun),?[ \t]+\d{1,2}[ \t]+"
            r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[ \t]+(?:19|20)\d\d[ \t]+"
            r"\d{1,2}:\d{2}:\d{2}[ \t]+[+-]\d{4}\b"
        ),
        # "2013-10-13 21:35 Xinhua Web Editor: Yao Lan": a date and source line with the site's
        # editor credit in it.
        "editor_credit": compile_cached(r"(?i)\b(?:web|online|responsible|duty)[ \t]+editors?[ \t]*:[ \t]*\p{L}"),
        # "Full Story", "Continue reading »", "W140 Read more": a link prompt on a line of its own,
        # after at most a short code or icon text.
        "link_line": compile_cached(rf"(?i)(?:[\p{{L}}\d]{{1,6}}[ \t]+)?{_LINK_PROMPT}[ \t.…»›>]*"),
        # "Updated: 2 hours 31 min ago", "CHINA DAILY - 5 mins ago": a time the page counts from its reader's
        # clock, never a story's own date.
        "ago": compile_cached(
            # A commenter's name before it ("JokeyJack 2 weeks, 1 day ago"): a reader's comment's header.
            # A bar before it ("|Updated: 15 minutes ago"); the site's name run on to it
            # ("Straits Times4 days ago").
            r"(?i)(?:[|·•(][ \t]*)?"
            r"(?:[\p{L}\p{N}.&' ]{2,40}?\s+[-–—|·•]\s+|\p{L}[\p{L}\p{N}_.]{1,24}[ \t]+"
            r"|\p{Lu}[\p{L}.&' ]{1,40}?\p{Ll}(?=\d))?"
            r"(?:(?:last\s+)?(?:updated|posted|published)\s*:?\s*)?"
            # An icon font's ligature name printed before the figure ("time6 hours ago").
            r"(?:(?:access_)?time|schedule|clock|history)?"
            rf"(?:\d+\s*{TIME_UNIT}\s*,?\s*){{1,3}}ago\.?"
            # The site's initials after it ("15 hours ago TN"), or the item's counters ("998 Views 0 Comments").
            r"(?:[ \t]+\p{Lu}[\p{Lu}\d]{1,5}"
            r"|(?:[ \t]+\d[\d,.]*[kK]?[ \t]*(?:views?|comments?|shares?|likes?|reads?)){1,3})?"
            r"(?:[ \t]*\))?"  # in brackets: "( 2 hours ago )"
        ),
        # A blog's default user as the byline ("by admin"): shown, since a byline's place is the
        # story's own and a desk may keep the line.
        "default_byline": compile_cached(
            # (with the post's date between: "Posted on 19 August 2017 by admin")
            # ... or the user's name alone on a line, as the theme prints it under the story.
            r"(?i)(?:(?:posted[ \t]+(?:on[ \t]+[\w ,./-]{4,30}?[ \t]+)?)?by[ \t]+)?"
            r"(?:admin|administrator|webmaster|site[ \t]+admin)"
        ),
        # A reader's comment's header: the commenter's name, then the comment's weekday, date and
        # time ("Patriot Sunday, 23 November 2014 08:41 PM").
        "comment_header": compile_cached(
            r"(?:[\p{L}\d_.'’-]{1,30}[ \t]+){1,2}(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?"
            rf"[ \t]+\d{{1,2}}[ \t]+{MONTH}[ \t]+\d{{4}}[ \t]+\d{{1,2}}:\d{{2}}(?:[ \t]*(?i:[ap]m))?"
        ),
        # "USP Pacific Journalism Online: http://www.usp.ac.fj/journ/": a link under its label; or
        # the link in brackets after its name ("The Korea Post (http://www.koreapost.com/)").
        "labelled_link": compile_cached(
            r"\p{L}[\p{L}\d .&'’()-]{1,60}:[ \t]*(?:https?://|www\.)[^\s<>\"]+"
            r"|(?:[-•^ \t]+)?\p{L}[\p{L}\d .&'’-]{1,60}[ \t]\((?:https?://|www\.)[^\s<>\"()]+\)"
            # "from Asharq Al-Awsat https://...": the page's credit of the site it took the story from.
            r"|(?i:from|via)[ \t]+\p{Lu}[\p{L}\d.&'’-]*(?:[ \t]+[\p{L}\d.&'’-]+){0,4}[ \t]+(?:https?://|www\.)[^\s<>\"]+"
        ),
        # "View ArticleHousing minister meets ...": a listing's link prompt run into the next
        # item's title, the space between them lost.
        "glued_prompt": compile_cached(rf"(?i:{_LINK_PROMPT})(?=\p{{Lu}})"),
        # "IMG_3339", "DSC_0248", "Housing Banner.gif": an image's file name where the image was;
        # a phone's, named by the date and time it was taken ("IMG20210215175815", "PXL_20230101_
        # 123456789"), a number the page printed with it or not.
        "image_file": compile_cached(
            r"(?i)(?:IMG|DSC|DSCN|DSCF|PIC|PXL)[_-]?(?:\d{3,6}|\d{8}[_-]?\d{6,9})"
            r"(?:\.(?:jpe?g|png|gif|webp|heic))?(?:[ \t]+\d{1,4})?|"
            # ... its "_" turned into spaces by the page ("IMG 20170823 121422 72", "photo 2024 06 12
            # 16 48 19"), or a messenger's or a screenshot's ("WhatsApp Image 2024-06-12 at 16.48.19").
            r"(?:IMG|PXL)[ \t]\d{8}[ \t]\d{6,9}(?:[ \t]+\d{1,4})?|"
            r"(?:photo|image|screenshot)[ _\t](?:19|20)\d\d(?:[ _\t-]\d\d){5}(?:[ _\t]\d{1,4})?|"
            r"(?:whatsapp[ _]image|screenshot)[ _](?:19|20)\d\d-\d\d-\d\d[ _]at[ _]\d{1,2}\.\d\d\.\d\d"
            r"(?:[ _]?\(\d{1,3}\)|[ _]\w{1,12})?(?:\.(?:jpe?g|png|webp))?|"
            r"[^\n.!?]{1,60}(?:\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)){1,2}|"  # "7c-9273.jpg.jpg" too
            # A CMS's rendition of it ("police_1531623025617.JPG_48622233_ver1.0_640_360_15370.").
            r"[^\n.!?]{1,60}\.(?:jpe?g|png|gif|webp)_[\w.-]{1,80}|"
            # An image's file extension alone, its name lost ("jpg").
            r"\.?(?:jpe?g|png|gif|webp)"
        ),
        # "Views : 1204", "News Code: 84422939", "Okunma Sayısı : 594": a widget's counter or a
        # page's reference number under its label, alone on a line.
        # "Views: 1204", "News Code: 8442"; a code's or number's label without the colon too
        # ("News Code 148490").
        "labelled_counter": compile_cached(
            r"\p{L}{1,15}(?:[ \t]\p{L}{1,15}){0,2}[ \t]?:[ \t]?\d{1,12}[ \t]*"
            r"|(?:\p{L}{1,15}[ \t]){1,2}(?i:code|id|no\.?)[ \t]+\d{4,12}[ \t]*"
        ),
        # "exit_to_app", "access_time 16 Aug 2023 5:46 AM": an icon font's ligature name (words in
        # small letters joined by "_", which prose never prints) where the icon was, a date after it or not.
        "icon_name": compile_cached(r"[a-z]{2,12}(?:_[a-z]{2,12}){1,3}(?:[ \t]+[^\n]{1,40}?)?[ \t]*"),
        # "(Photo: Jane Doe)", "[Photo : Agency News]", "(Cover image via Agency.)": a photo's credit
        # alone on a line, where the photo was; its names split by commas too ("PHOTO: JANE DOE, TIMES").
        "photo_credit": compile_cached(
            r"(?i)[\[(][ \t]*(?:(?:cover|file|main|top|feature[d]?)[ \t]+)?(?:photo|image|picture|pic|video)s?"
            r"(?:[ \t]*[:/][ \t]*|[ \t]+(?:by|via|from|courtesy(?:[ \t]+of)?|credit)[ \t:]+)"
            r"[^\])\n]{1,60}[\])][ \t]*\|?[ \t]*"
            # ... or without brackets, a name or two after the label ("Photo: Agency/Jane Doe"),
            r"|(?:photo|image|picture|pic)s?(?:[ \t]+credit)?[ \t]*:[ \t]*(?-i:\p{Lu})[\p{L}\p{N}'’./&-]*"
            r"(?:,?[ \t]+(?:(?-i:[\p{Lu}/&@])[\p{L}\p{N}_'’./&-]*|of|de|via)){0,5}"
            # ... or a photo without its caption ("File photo", "No caption").
            r"|(?:file|archive)[ \t]+(?:photo|picture|image)|no[ \t]+caption"
        ),
        # "-- fotoAGENCY (2025) COPYRIGHT RESERVED": a short line closing with its rights reserved.
        "reserved_line": compile_cached(
            r"(?i)[^\n.!?]{0,60}(?:all[ \t]+)?(?:copyrights?|rights)[ \t]+reserved\.?[ \t]*"
        ),
        # "Mo Tu We Th Fr Sa Su": a calendar widget's weekdays.
        "weekdays": compile_cached(
            r"(?i)(?:(?:mo|tu|we|th|fr|sa|su|mon|tue|wed|thu|fri|sat|sun)[ \t]+){4,6}"
            r"(?:mo|tu|we|th|fr|sa|su|mon|tue|wed|thu|fri|sat|sun)"
        ),
        # "Homechevron_rightIndiachevron_rightIndia ...": a breadcrumb whose arrows are icon names.
        "glued_icon": compile_cached(r"\p{L}[a-z]{1,12}(?:_[a-z]{2,12}){1,3}(?=\p{Lu})"),
        # "1   2   3   4   5   >", "« 1 2 3 Next »": a listing's page numbers.
        "pages": compile_cached(
            # From 1, or from any page after a "previous" button ("Previous 4 5 6 7 8 Next").
            # After a "previous" arrow two numbers will do ("<  1  2").
            r"(?i)(?:(?:«|‹|<|prev(?:ious)?|first)(?:[ \t]+page)?[ \t]+\d{1,3}(?:[ \t]+\d{1,3})+"
            r"|1(?:[ \t]+\d{1,3}){2,})"
            r"(?:[ \t]+(?:…|\.\.\.))?"
            r"(?:[ \t]+(?:»|›|>|next|last)(?:[ \t]+page)?)*[ \t]*"  # "Previous Page 1 2 3 Next Page" too
        ),
        # 'Continue reading "Talks resume » Capital News"': a link prompt naming its story.
        "quoted_link": compile_cached(
            r"(?i)(?:continue[ \t]+reading|read[ \t]+more|read[ \t]+the[ \t]+rest[ \t]+of|read[ \t]+(?:the[ \t]+)?"
            r"full[ \t]+(?:story|article))[ \t]+[\"“][^\"”\n]{3,200}[\"”][ \t.…»›>]*"
        ),
        # A label in Chinese, Japanese or Korean with its colon ("来源:", "责任编辑：").
        "cjk_label": compile_cached(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]{2,12}[ \t]*[:：]"),
        # A page's tags under a label in any language: "Từ khóa: #High-Quality Rice #Mekong".
        "labelled_tags": compile_cached(
            r"(?:\p{L}[\p{L} ]{0,20}:|(?i:tags?|keywords?|topics?)(?=[ \t]+#))[ \t]*"
            r"(?:#\p{L}[\w'’.-]*(?:[ \t]+\p{L}[\w'’.-]*){0,3}[ \t]*){1,8}"
        ),
        # A copyright sentence naming the original author ("The copyright of the article and the
        # picture belongs to the original author.").
        # "This copy is for your personal, non-commercial use only.": the page's terms of use.
        "personal_use": compile_cached(
            r"(?i)(?:this|the)\s[^\n]{0,80}?\bfor\s+(?:your\s+)?personal,?\s+non-?commercial\s+use\b[^\n]{0,300}"
        ),
        # A publisher's disclaimer over what it republishes ("MENAFN provides the information
        # "as is" without warranty of any kind.").
        "no_warranty": compile_cached(
            r"(?i)[^\n]{0,60}?\b(?:provides?|is\s+provided|are\s+provided)\s+[^\n]{0,40}?[\"“']?as\s+is[\"”']?,?"
            r"\s+without\s+(?:any\s+)?warrant(?:y|ies)\b[^\n]{0,800}"
        ),
        # A publisher's disclaimer over the views of the writers it carries ("The views and
        # opinions expressed herein are the views and opinions of the author and do not ...").
        "views_disclaimer": compile_cached(
            r"(?i)(?:the\s+)?(?:views|opinions)(?:\s+and\s+opinions)?\s+expressed\s+(?:herein|here|in\s+this\s+"
            r"(?:article|story|post|column|piece|report))\s+are\s+(?:(?:the\s+)?(?:views|opinions)(?:\s+and\s+opinions)?"
            r"\s+of\s+|those\s+of\s+)?(?:the\s+)?(?:authors?|writers?|contributors?)\b[^\n]{0,300}"
        ),
        # A distributor's disclaimer over a press release it passes on ("Mekong Tourism ...
        # published this content on 26 September 2019 and is solely responsible for the
        # information contained therein.").
        "solely_responsible": compile_cached(
            r"(?i)[^\n]{0,100}?\bpublished\s+this\s+(?:content|release|article)\s+on\s+[^\n]{1,40}?\s+and\s+is\s+"
            r"solely\s+responsible\s+for\s+the\s+information\b[^\n]{0,600}"
        ),
        # The page's terms for reusing its copy, opening a paragraph: "While citing and using any
        # materials on the Internet, links to the website ... are mandatory", "Without written
        # authorization from X, such content shall not be republished", "This material may not be
        # published, broadcast, rewritten or redistributed", "No part of this article may be
        # reproduced ... without ... permission", "All rights reserved. The content ...".
        "reuse_terms": compile_cached(
            r"(?i)(?:(?:while|when)\s+(?:citing|quoting|using|reprinting|republishing)\b[^\n]{0,80}?\b(?:hyper)?links?"
            r"\s+to\b[^\n]{0,120}?\b(?:is|are)\s+(?:mandatory|required|obligatory|compulsory)"
            r"|without\s+(?:the\s+)?(?:prior\s+)?(?:express\s+)?written\s+(?:permission|authori[sz]ation|consent)\b"
            r"[^\n]{0,80}?\b(?:shall|may|must|can)\s*not\s+be\s+(?:re)?(?:published|produced|used|copied|printed)"
            r"|(?:this|the)\s+(?:material|content|article|story)\s+may\s+not\s+be\s+(?:re)?published,?\s+"
            r"(?:broadcast|rewritten|redistributed|reproduced)"
            r"|no\s+part\s+of\s+(?:this|these|the)\s+[^\n]{0,60}?\bmay\s+be\s+(?:re)?(?:produced|published|copied|"
            r"distributed|used|printed|transmitted)\b[^\n]{0,200}?\bwithout\b[^\n]{0,60}?\b(?:permission|"
            r"authori[sz]ation|consent)"
            r"|all\s+rights\s+reserved\.\s+(?:the|this|our)\s+(?:content|material|articles?)\b)[^\n]{0,1200}"
        ),
        "rights_sentence": compile_cached(
            r"(?i)(?:the\s+)?copyright\s+of\s+(?:the|this|all)\s+[^\n,;]{1,80}?\s+belongs?\s+to\s+(?:the\s+)?"
            r"(?:original\s+)?(?:authors?|owners?|publishers?|sources?|photographers?|writers?)\b[^\n,;]{0,60}"
        ),
        # A page's copyright line: "©", "(c)" or "Copyright" with a year or "©" opening it, maybe
        # after a bracket ("[© 2018 SMPKE, PMO]"); the word alone opens sentences ("Copyright law ...").
        "copyright": compile_cached(
            r"[\[(\s]{0,2}(?:©|\([cC]\)\s|(?i:copyrights?)[ \t]*(?:©|\([cC]\)|\d{4})|版[权權]所有|"
            # "Copyright APP (Associated Press of Pakistan), 2017": the holder's name, the year last.
            r"(?i:copyright)[ \t]+\p{Lu}[^\n]{0,70}?[, \t]+(?:19|20)\d\d[ \t.]*$|"
            # "[Copyright The Jiji Press, Ltd.]": the holder's name in brackets, the line's whole.
            r"(?<=^[\[(][ \t]?)(?i:copyright)[ \t]+\p{Lu}[^\n\])]{0,70}[\])][ \t]*$)"
        ),
        # "... Read More", "[Read more...] about X": a teaser cut short with a link prompt.
        "teaser": compile_cached(
            # The cut is marked with dots, or with them in brackets ("... departments. […] CONTINUE READING").
            r"(?i)(?:(?:\.{2,}|…|\[(?:\.{3}|…)\])\s*\[?\s*read\s+more\b[\s.…\]»›>]*|"
            # "... can move forward with… Continue reading Irfan Siddiqui urges PTI": a blog's
            # excerpt cut short, its link naming the post.
            r"(?:\.{2,}|…|\[(?:\.{3}|…)\])[ \t]*continue[ \t]+reading\b[^\n]{0,150}$|"
            # "... a museum in Uxmal…[More]", "... Commerce… Continue", "... the AP... More »": the
            # prompt alone after the cut.
            r"(?:\.{2,}|…|\[(?:\.{3}|…)\])[ \t]*(?-i:\[(?:More|more)\]|Continue|(?:More|MORE)[ \t]*[»›>]+)[ \t.…»›>]*$|"
            # "Festival opens Read More »", "... his heartfelt Read More": a title or a cut teaser.
            r"(?<=\S)[ \t]+read\s+more[ \t]*[»›>]+[ \t]*|(?<=\w)[ \t]+(?-i:Read[ \t]+(?:More|more))[ \t]*|"
            # "... we are ready to See more...", "... China could play an Full Story": the prompt
            # capitalised after a cut word, closing the paragraph.
            r"(?<=\w)[ \t]+(?-i:See[ \t]+(?:More|more)|Full[ \t]+Story)[ \t.…»›>]*$|"
            # "... through the SaharaRead More": the link glued to the cut word, its space lost.
            r"(?<=\p{Ll})(?-i:Read[ \t]+More)[ \t.…»›>]*|"
            r"\[\s*read\s+more\s*(?:\.{2,}|…)?\s*\](?:\s+about\s+[^\n]{1,150})?|"
            # "... to boost ties with the Philippines [...]": a listing's teaser, its cut marked.
            r"(?<=[\w,][ \t]+)\[(?:\.{3}|…)\])$"
        ),
        # "... as a path to peace. Read more at: https://...": a copy-paste script's link to the
        # page, added to whatever text a reader copied from it.
        "copied_link": compile_cached(
            r"(?i)(?<=[.!?\"”’…)])[ \t]*read[ \t]+more[ \t]+at[ \t]*:?[ \t]*(?:https?://|www\.)\S{1,200}$"
        ),
        # "... the project. Read full story", "... said. Full Story": a link prompt
        # closing a paragraph after its last sentence.
        "prompt": compile_cached(
            r"(?i)(?<=[.!?\"”’…)])[ \t]*\[?(?:(?:read|see|view)\s+(?:the\s+)?(?:full\s+)?(?:this\s+)?"
            r"(?:more|story|article|report)|full\s+(?:story|article|report)|continue\s+reading|"
            r"click\s+here(?:\s+to\s+read\s+more)?)"
            r"\b[\s.…\]»›>]*$"
        ),
        # "Subscribe now", "Already a subscriber? Log in", "To continue reading, ...": a paywall
        # or newsletter prompt at a short line's start.
        "paywall": compile_cached(
            r"(?i)^(?:subscribe\b|sign\s+up\b|already\s+(?:a\s+)?(?:subscriber|member|subscribed|registered)\b|"
            # "There's More To This Article": the wall's header over its prompt.
            r"there['’]?s\s+more\s+to\s+(?:this|the)\s+(?:article|story)[ \t.!…]*$|"
            # "Sign in to unlock member-only benefits!": a sign-in prompt that sells the page.
            r"(?:sign|log)\s*in\s+to\s+(?:unlock|access|enjoy|get|save)\b|"
            r"to\s+(?:continue|keep)\s+reading\b|(?:this|the)\s+(?:article|story|content|post)\s+is\s+"
            r"(?:only\s+)?(?:available|for|reserved)\s+(?:to\s+|for\s+)?(?:our\s+)?(?:paying\s+|paid\s+)?"
            r"(?:subscribers|members)\b|"
            r"become\s+a\s+(?:member|subscriber)\b|get\s+(?:unlimited|full)\s+(?:digital\s+)?access\b|"
            r"log\s*in\s+to\s+(?:read|continue)\b|you\s+have\s+reached\s+your\b|"
            # A plan's price and terms: "Billed as RM 9.73 for the 1st month", "Cancel anytime."
            r"billed\s+(?:as\s+)?(?:\p{Lu}{1,3}\s?)?[$€£¥]?\s?\d[\d.,]*\s+(?:for|per|a|each)\b|"
            r"cancel\s+(?:any\s*time|at\s+any\s+time)\b|"
            # A wall's own words: "The note you are trying to access is exclusively for subscribers",
            # "If you are already a subscriber you can", "Sign in with your username and password",
            # "Get 30% off with our ads free Premium Plan!".
            r"(?:the\s+)?(?:note|article|story|content|page)\s+you\s+are\s+trying\s+to\s+(?:access|read|view)\s+is\s+"
            r"(?:exclusively\s+|only\s+)?(?:for|available\s+to|reserved\s+for)\s+(?:our\s+)?(?:subscribers|members)\b|"
            r"if\s+you\s*(?:are|['’]re)\s+already\s+(?:a\s+)?(?:subscriber|member|registered)\b|"
            r"sign\s+in\s+with\s+your\s+(?:username|user\s+name|e-?mail|account)\b|"
            r"get\s+\d{1,3}\s?%\s+off\b|"
            rf"get\s+(?:the\s+)?(?:top|latest|best|our)\s+[^.\n]{{0,60}}?{_SENT_TO_YOU}\b)"
        ),
        # A weather widget: a place, its temperature and the sky ("Kuala Lumpur 29°C, Mostly Cloudy").
        "weather": compile_cached(
            # (the sky may come first, "Beijing   Cloudy/Light rain    11 / 7 ℃", the sign as one character)
            r"(?:\p{L}[\p{L}.'’/-]*:?\s+){0,4}(?:[-–|]\s+)?(?:[-−]?\d{1,2}(?:[.,]\d{1,2})?\s?(?:°?\s?[CcFf]?|[℃℉])\s*[-–~/]\s*)?"
            r"[-−]?\d{1,2}(?:[.,]\d{1,2})?\s?(?:°\s?[CcFf]?|[℃℉])(?:\s*[,/|–-]?\s*\p{L}[\p{L} ]{1,30})?,?"
            # and the widget's date after it ("Dublin: 15°C Monday 9 August 2021")
            r"(?:\s+(?:\p{L}+,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\p{L}{3,9},?(?:\s+\d{4})?)?"
        ),
        # A page's address slug left as a line: its title in small letters joined by hyphens
        # ("trudeau-once-again-assures-the-premiers-and-territorial-leaders").
        "slug": compile_cached(r"[a-z0-9]+(?:-[a-z0-9]+){4,}(?:\.s?html?|\.php|/)?"),
        # A forecast's high and low, the sky before them ("H 69° L 56°", "Mostly Cloudy. H 69° L 56°").
        "high_low": compile_cached(
            # (the sky before it in a word or a few: "Sct Thunderstorms. H 86° L 76°")
            r"(?:(?:\p{L}+[.,]?[ \t]+){1,3})?(?i:h|high|hi)[ \t]*:?[ \t]*[-−]?\d{1,3}°[CF]?"
            r"[ \t,/|]*(?i:l|low|lo)[ \t]*:?[ \t]*[-−]?\d{1,3}°[CF]?"
        ),
        # A temperature alone, its degree sign lost ("29.3 C"): a weather widget's reading.
        "bare_temperature": compile_cached(r"[-−]?\d{1,2}(?:[.,]\d)?[ \t]?[CF]"),
        # A market widget's row: a change in per cent, signed or zero, and an index's level, in
        # either order ("-1,39% 99.606", "0,00% 117", "5,6830 +1,24%").
        "market_row": compile_cached(
            r"(?:[-+−]\d[\d.,]*|0(?:[.,]0+)?)[ \t]?%[ \t]+\d[\d.,]*"
            r"|\d[\d.,]*[ \t]+(?:[-+−]\d[\d.,]*|0(?:[.,]0+)?)[ \t]?%"
        ),
        # An exchange-rate widget's row: a currency's code or pair, then its rates ("USD 23,150
        # 23,460", "EUR/USD 1.0850", "1 USD = 23,450 VND").
        "rate_row": compile_cached(
            # "USD 23,150 23,460", "JPY 100¥ in 99.12 in 105.20": a code, then buying and selling
            # rates, a sign or a linking word between.
            r"(?:(?P<code>[A-Z]{3})(?:/(?P<code2>[A-Z]{3}))?(?:[ \t]+(?:[$€£¥]?\d[\d.,]*[$€£¥]?|in|at|buy|sell)){0,5}"
            r"[ \t]+\d[\d.,]*"
            r"|\d[\d.,]*[ \t]*(?P<code3>[A-Z]{3})[ \t]*=[ \t]*\d[\d.,]*[ \t]*(?P<code4>[A-Z]{3}))"
        ),
        # The wire's note to its editors ("ATTN EDITORS: This story contains graphic content",
        # "NOTE TO EDITORS: ...", "EDS: updates with ..."), never meant for print.
        "editors_note": compile_cached(
            r"(?i)[(\[]?[ \t]*(?:(?:attn|attention)[ \t]*:?[ \t]*(?:all[ \t]+)?"
            r"(?:news[ \t]+|picture[ \t]+|photo[ \t]+)?(?:editors?|eds|desks?)"
            r"|note[ \t]+to[ \t]+(?:editors?|eds|desks?)|eds)[ \t]*[:.,-][^\n]{0,300}"
        ),
        # A logo's alternative text where the image was ("Business Recorder Logo").
        # ("Business Recorder Logo", or the word first: "Logo Agência Brasil")
        # "Focus Taiwan App", "ECNS App Download": a site's name and its phone app's banner.
        "app_banner": compile_cached(
            r"(?:\p{Lu}[\p{L}\d.&'’-]*[ \t]+){1,3}(?:App|APP)(?:[ \t]+(?:Download|DOWNLOAD|download))?"
        ),
        "logo": compile_cached(
            r"(?:\p{Lu}[\p{L}.&'’-]*\s+){1,5}(?:Logo|logo|LOGO)|(?:Logo|logo|LOGO)(?:\s+\p{Lu}[\p{L}.&'’-]*){1,5}"
            # "Logo of Phnom Penh Post newspaper Phnom Penh Post": the image's full description.
            rf"|{_LOGO_OF}"
        ),
        # The same description run on to the page's title: "Logo of ... Post - Villagers demand ...".
        "logo_title": compile_cached(rf"{_LOGO_OF}\s*[-–|]\s+(?=\p{{Lu}})"),
        # The page speaking to its reader: a greeting, a request or what "you can" do, at the
        # line's start ("Dear User, ...", "*Please visit the Politics section ...", "If you would
        # like to share a story idea, please submit it here", "You can download ... application").
        "reader_address": compile_cached(
            r"(?i)^[*•·\-–—>\s]*(?:dear\s+(?:valued\s+)?(?:user|reader|visitor|subscriber|viewer|listener)s?\b|"
            r"disclaimer\s*:\s*(?:this\s+(?:post|story|article|report|news)|we|the\s+(?:views|content|information|opinions))\b|"
            r"note\s*:\s*(?:only|you|comments?|please|registered|members?)\b|"
            r"(?:please|kindly)\s+\p{L}|if\s+you\b[^.!?\n]{1,120}?\bplease\b|"
            r"you\s+(?:can|could|may)\s+(?:also\s+|now\s+)?(?:download|listen|watch|follow|read|find|"
            r"subscribe|get|access|view|share|like|join|sign|register|contact|send|submit|visit|check)\b|"
            r"check\s+out\b|visit\s+(?:us|our)\b)"
        ),
        # ... about the page itself: its sections, its app, a link, the text on screen.
        "site_words": compile_cached(
            r"(?i)\b(?:us|our|here|(?:web)?site|web\s?page|page|section|app|application|podcasts?|"
            r"newsletter|comments?|browser|ctrl|gallery|link|button|account|text|forums?|"
            r"this\s+(?:content|article|story|post))\b"
        ),
    }


@cache
def first_word() -> re.Pattern[str]:
    """A line's first word, past a figure and its unit ("2.38K subscribers": "subscribers")."""
    return re.compile(r"(?<!\d)[^\W\d_]+")


# A line's first run of word characters, past any marks before it; a line opening with a figure
# (on the lowered text).
_LINE_FIRST = re.compile(r"\n[^\w\n]*(\w+)")
_DIGIT_LINE = re.compile(r"\n[^\w\n]*\d")


@cache
def _opening_words() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """The button words that are not weak, date words and foreign dates: those made of word
    characters only, as a set; the few others ("a+", "e-mail") as a pattern of a line's start,
    asked only when a line opens with their first part ("a", "e")."""
    _, strong, _ = chrome_words()
    words = strong | foreign_words() | _DATE_OPENERS
    plain = frozenset(word for word in words if re.fullmatch(r"\w+", word))
    others = sorted(words - plain, key=len, reverse=True)
    heads = frozenset(found.group() for word in others if (found := re.match(r"\w+", word)))
    pattern = "|".join(map(re.escape, others))
    return plain, heads, re.compile(rf"\n[^\w\n]*(?:{pattern})\b" if pattern else r"(?!)")


@cache
def icon_words() -> frozenset[str]:
    return frozenset(shipped("data/web_chrome.yaml")["icon_words"])


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


# Post navigation with the other post's title: "PREV The art of ...", "NEXT The best ...",
# "Next post: Talks resume", "Previous article » Talks end"; in small letters only with its
# "post", "article" or "story" (a sentence may open "Next week ...").
_POST_NAVIGATION = compile_cached(
    r"(?:(?:PREV|PREVIOUS|NEXT)(?:[ \t]+(?:POST|ARTICLE|STORY))?|(?i:prev|previous|next)[ \t]+(?i:post|article|story))"
    r"[ \t]*[:»›]?[ \t]+[\p{Lu}\d‘“\"'][^\n]{3,150}"
)


def post_navigation(line: str) -> bool:
    text = line.strip()
    return text[-1:] not in ".!" and _POST_NAVIGATION.fullmatch(text) is not None  # a title may ask


def _opens_with_word(lowered: str) -> bool:
    """Some line opens with a button word that is not weak, a date word, a foreign date or a
    digit: a set look-up of each line's first word, where a pattern of every word would cost
    more to compile than a short text takes to check."""
    runs = set(_LINE_FIRST.findall(lowered))
    plain, heads, others = _opening_words()
    if not plain.isdisjoint(runs) or (not heads.isdisjoint(runs) and others.search(lowered) is not None):
        return True
    return _DIGIT_LINE.search(lowered) is not None


@cache
def _line_hint() -> re.Pattern[str]:
    """A line opening with a paywall prompt, a notice to the reader, a section's label alone,
    a link, a field label or a tracking code's letters and digits (on the lowered text)."""
    sections = _trie(_section_words())
    verbs, goods = (_trie(words) for words in _news_promo())
    # Without IGNORECASE or '^', and with the literal newline first: several times faster in `re`.
    return re.compile(
        r"\n(?:subscribe|sign\s+up|already\s+(?:a|subscribed|registered)|to\s+continue|become\s+a|"
        r"there['’]?s\s+more\s+to\s+th|"
        r"(?:this|the)\s+(?:article|story|content|post)\s+is\s+(?:only\s+)?(?:available|for|reserved)|"
        r"(?:sign|log)\s*in\s+to\s|"
        r"get\s+unlimited|you\s+have\s+reached|billed\s|cancel\s+any|"
        # One long word alone on a line: maybe buttons that lost their spaces ("leftcenterrightdel").
        rf"[•·*-]?[ \t]*[a-z]{{{MIN_GLUED_LINE},}}[ \t]*(?:\n|$)|"
        # A notice to the reader ("please visit ...", "if you ...", "you can download ...").
        r"[*•\-]?(?:please|kindly|if\s+you|you\s+c|you\s+m|dear\s|check\s+out|visit\s+(?:us|our)\b|disclaimer\s*:|note\s*:)|"
        # ... or after what it is for ("for latest updates follow us on ...").
        r"for\s+(?:the\s+)?(?:latest|more|all\s+the\s+latest)\s|"
        # Post navigation with the other post's title ("prev the art of ...", "next post: ...").
        r"prev(?:ious)?\s|next\s+(?:post|article|story)|next\s*[:»›]|"
        # An icon font's word before a counter, a date or a reading time ("visibility 2").
        rf"(?:{_trie(icon_words())})[ \t]+\d|"
        # The page sending its reader to its news ("listen to the daily news from ...").
        rf"(?:{verbs})\s[^\n]{{0,80}}?\b(?:{goods})\b|"
        # A section's label alone on a line ("news", "world news").
        rf"(?:{sections})(?:[ -](?:{sections})){{0,2}}[ \t]*(?:\n|$)|"
        r"[a-z][a-z\d_-]{0,30}\d{9}|\s*(?:https?://|www\.|@\w)|(?:from|via)\s[^\n]{2,60}?\s(?:https?://|www\.)|"
        # An empty field label ("id :"), a time stamp with its label glued on ("news2020-07-20t11:").
        r"[a-z]{1,12}(?: [a-z]{1,12})? +:[ \t]*(?:\n|$)|[a-z]{1,20}\d{4}-\d\d-\d\dt\d\d:|"
        # A labelled counter or reference number ("views: 1204", "news code: 84422939").
        r"[a-z]{1,15}(?: [a-z]{1,15}){0,2} ?: ?\d{1,12}[ \t]*(?:\n|$)|"
        r"[a-z]{1,15} (?:code|id|no\.?) \d{4,12}[ \t]*(?:\n|$)|"
        r"[a-z][a-z ]{0,24}[a-z](?:\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d\d|(?:19|20)\d\d[-./]\d{1,2}[-./]\d)"
        r"[ \t]*(?:\n|$)|"
        # A news site's name alone on a line ("the kenyan daily post"): a masthead or a card's source.
        rf"(?:[a-z][\w'’.&-]*[ \t]+){{0,3}}(?:{_trie(_site_words())}|app(?:[ \t]+download)?)[ \t]*(?:\n|$)|"
        # ... or run into the word it ends with ("zwnews", "kuenselonline")
        rf"[a-z]{{{MIN_SITE_PREFIX},20}}(?:{_trie(_site_words())})[ \t]*(?:\n|$))"
    )


# A link prompt anywhere (on the lowered text): each behind a test for its first word, which
# `in` finds faster than any pattern that may start with several letters.
_PROMPTS = (
    ("read", r"read\s+(?:more|(?:the\s+)?full)"),
    ("continue", r"continue\s+reading"),
    ("see", r"see\s+more"),
    ("to you", _SENT_TO_YOU),
    ("view ", r"view\s+(?:article|more|full)"),
    ("click", r"click\s+here"),
    (" ago", rf"\d\s*{TIME_UNIT}\s+ago\b"),
    ("yesterday", r"(?:^|\n)[ \t]*yesterday[ \t]*(?:\n|$)"),
    ("just now", r"(?:^|\n)[ \t]*just now[ \t]*(?:\n|$)"),
    ("full story", r"full\s+story"),
)


@cache
def _prompt(source: str) -> re.Pattern[str]:
    return re.compile(source)


_CREDIT_OPENERS = (
    "\n(photo", "\n[photo", "\n(image", "\n[image", "\n(cover", "\n(file photo", "\n(picture", "\nphoto:",
    "\nphoto credit", "\nfile photo", "\nno caption",
)


def may_hold_chrome(lowered: str) -> bool:
    """Whether a line of the lowered text opens with a button word that is not weak, a digit,
    a date word or a foreign date, or a link or paywall prompt or an image's file name stands
    anywhere: what every shape but a footer needs. One scan of the line starts and a few `in`
    tests."""
    if _opens_with_word(lowered) or _line_hint().search(lowered) is not None or _file_hint(lowered):
        return True
    if ": #" in lowered or ":#" in lowered or "copyright of" in lowered:
        return True  # a page's tags under a label, a copyright sentence
    if "attn" in lowered or "to editors" in lowered or "\neds:" in lowered:
        return True  # a note to the wire's editors
    if "appeared first on" in lowered:
        return True  # a blog feed's footer
    if " am\n" in lowered or " pm\n" in lowered:
        return True  # maybe a reader's comment's header, its time closing the line
    if "by admin" in lowered or "by webmaster" in lowered:
        return True  # a blog's default user as the byline
    if "not responsible for" in lowered or "commercial use" in lowered or "solely responsible" in lowered:
        return True  # the site disowning what it quotes or links to, its terms of use
    if "first to comment" in lowered or "first one to comment" in lowered or "no comments yet" in lowered:
        return True  # a comment box's invitation
    if "*\n" in lowered or "* \n" in lowered:
        return True  # maybe a form's field label and its required mark
    if glued_stamp_hint(lowered):
        return True  # a listing's titles with their dates run on
    if " expressed here" in lowered or " expressed in this" in lowered:
        return True  # the site disowning its writers' views
    if " read" in lowered and ("min read" in lowered or "minute read" in lowered or "min. read" in lowered):
        return True  # a byline's or a story card's reading time
    if "automatically generated" in lowered or "automatically translated" in lowered or "machine translat" in lowered:
        return True  # the page's notice of its machine translations
    if "contact us" in lowered or "°" in lowered or " logo\n" in lowered or "www." in lowered:
        return True  # a notice closing by addressing the reader, a weather widget, a logo's text
    if "forecast\n" in lowered and " / " in lowered:
        return True  # a weather widget whose degree signs were lost ("... 34 / 24   City Forecast")
    if " +0" in lowered or " -0" in lowered:
        return True  # maybe a feed's time stamp ("wed, 23 may 2018 01:45:56 +0000")
    if "editor:" in lowered or " > " in lowered or "\nprev" in lowered or any(map(lowered.__contains__, CUT_MARKS)):
        return True  # a site's editor credit, a breadcrumb trail, page numbers, a teaser's cut mark
    if _glued_hint().search(lowered, 0, GLUED_WITHIN) is not None:
        return True  # a widget glued after the credit's date near the top
    if ("our " in lowered or "you" in lowered or " us " in lowered) and _site_voice(True).search(lowered) is not None:
        return True  # the site speaking to its reader of itself
    if "reserved" in lowered or "_" in lowered or any(map(lowered.__contains__, _CREDIT_OPENERS)):
        return True  # a rights line, an icon font's ligature name, a photo's credit alone
    if " id:" in lowered or "\nid:" in lowered or "\n#" in lowered:
        return True  # a labelled identifier, a hashtag opening a line
    if "comments:" in lowered or "views:" in lowered:
        return True  # a listing's counters after its date ("... 13:16 Comments: 0")
    if ":\n" in lowered and _LONE_LABEL.search(lowered) is not None:
        return True  # a field's label alone on its line ("date:")
    if (" is a" in lowered or " is the" in lowered) and _self_description(True).search(lowered) is not None:
        return True  # an outlet saying what it is
    return any(word in lowered and _prompt(source).search(lowered) is not None for word, source in _PROMPTS)


# How a listing's teaser marks where it was cut ("... with the Philippines [...]").
CUT_MARKS = ("[...]", "[…]")


# An image's file extension: a literal "." first, which the engine scans for fast.
_IMAGE_EXTENSION = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)\b")


_BARE_EXTENSION = re.compile(r"\n\.?(?:jpe?g|png|gif|webp)[ \t]*(?:\n|$)")


def _file_hint(lowered: str) -> bool:
    """An image's file name may stand in the text ("dsc_0248", "img-1234", "banner.gif")."""
    return (
        "_" in lowered or "dsc" in lowered or "img-" in lowered or _IMAGE_EXTENSION.search(lowered) is not None
        or _BARE_EXTENSION.search(lowered) is not None
    )


def _trie(words: frozenset[str]) -> str:
    """An alternation of `words` with shared openings factored out; it matches the same
    strings as the words' plain alternation, and at a `\\b` after it any one of them."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def branches(node: dict[str, dict]) -> str:
        alternatives = [re.escape(char) + branches(node[char]) for char in sorted(node) if char]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 and "" not in node else f"(?:{'|'.join(alternatives)})"
        return body + ("?" if "" in node else "")

    return f"(?:{branches(root)})"


_PAYWALL_OPENERS = frozenset(
    "subscribe sign already to this the become get log login you billed cancel if there".split()
)


_DATE_OPENERS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
    "august september october november december mon tue wed thu fri sat sun monday tuesday "
    "wednesday thursday friday saturday sunday updated last created published posted first story".split()
)


def _tokens(line: str) -> list[str]:
    return patterns()["token"].findall(line)


_COUNTED = re.compile(r"^\d{1,3}-(?=[A-Za-z]+$)")


# "Editor: huaxia", "Editors: Jane Doe, John Roe": the label, then a few words of names.
_EDITOR_LINE = compile_cached(r"(?i:editors?)[ \t]*:[ \t]*\p{L}[\p{L}.'’-]*(?:[ \t,]+\p{L}[\p{L}.'’-]*){0,5}")


def editor_line(text: str) -> bool:
    """The page's credit of its web editor alone on a line ("Editor: huaxia"), no byline."""
    text = text.strip()
    return text[:6].casefold() == "editor" and _EDITOR_LINE.fullmatch(text) is not None


def chrome_reason(line: str) -> tuple[str, bool] | None:
    """Why a line is page chrome, and whether that is certain (safe to delete); None for text."""
    text = line.strip()
    if not text or len(text) > MAX_LINE:
        return None
    tokens = _tokens(text)
    if text[-1] in SENTENCE_END and len(tokens) >= PROSE_WORDS:
        return None
    pats = patterns()
    buttons, strong, _ = chrome_words()
    # A count joined to its unit ("1-min read"): the unit is the word a widget is known by.
    words = [_COUNTED.sub("", t) if "-" in t else t for t in tokens if not pats["number"].fullmatch(t)]
    latin = [w for w in words if pats["latin"].search(w)]
    if not tokens:
        return None
    if not latin and pats["other"].search(text):
        script = _script_name(text)
        return f"a line in {script} script inside English copy", False
    if latin and all(w.lower().strip("'’.") in buttons for w in latin):
        if any(w.lower().strip("'’.") in strong for w in latin):
            return _button_kind({w.lower().strip("'’.") for w in latin}), True
        if len(latin) <= 2 and len(tokens) == len(latin) + 1 and pats["number"].fullmatch(tokens[0]):
            # A count before a word the page's widgets use ("1 photo", "12 views"): a counter.
            return "a counter of the page's photos, views or links, not a sentence", False
    if "|" in text and is_bar(text):
        return BAR_REASON, False
    if headline_ticker(text):
        return HEADLINES_REASON, False
    if latin and len(text) <= MAX_GLUED_ROW:
        if "(s)" in text:  # "Comment(s)": a button's plural written for any count
            latin = [w for w in _tokens(text.replace("(s)", "")) if pats["latin"].search(w)]
        pieces = _unglued(latin)
        # Three button words or more in one run are no English word, weak ones too
        # ("leftcenterrightdel": an image's alignment toolbar).
        if pieces and all(p in buttons for p in pieces) and (
            any(p in strong for p in pieces) or len(pieces) >= MIN_GLUED_WEAK
        ):
            kind = widget_kind(set(pieces))
            return f"{kind} run together (their spaces lost), not a sentence", False
    return None


GLUED_MENU_REASON = "a menu's links run together (their spaces lost: 'ContributorsPublishersAdvertisers'), not text"
# Links run together: a word of this many capitalised parts; a firm's name has two at most.
GLUED_MENU_PARTS = 3
MENU_PART_ZIPF = 30  # x10 Zipf: each part a common English word (once in a million words or more)


def glued_menu(line: str) -> bool:
    """A menu whose links lost their spaces: a word of three capitalised common English words
    or more run together ("ContributorsPublishersAdvertisers"), with any other glued word of the
    line made of such words too; a firm's name is two words at most ("SoftBank"). No sentence."""
    text = line.strip()
    if not text or len(text) > MAX_LINE or text[-1] in SENTENCE_END:
        return False
    glued = [parts for word in text.split() if len(parts := _CAMEL.split(word.strip("'’.,:;"))) > 1]
    if not glued or max(map(len, glued)) < GLUED_MENU_PARTS:
        return False
    from ...spelling.lookup import PROPER, WORD, ZIPFS, compiled  # only for a line with such words

    data = compiled()
    for parts in glued:
        if len(parts[-1]) < MIN_GLUED_PART and len(parts) > GLUED_MENU_PARTS:
            parts = parts[:-1]  # the next line's first word run on ("...SportIn the world")
        for index, part in enumerate(parts):
            low = part.casefold()
            if (
                len(part) < MIN_GLUED_PART or not (part[0].isupper() or index == 0) or not part[1:].islower()
                or not data.code(low) & WORD or data.code(low) & PROPER or ZIPFS.get(low, 0) < MENU_PART_ZIPF
            ):
                return False  # the first part may be the end of a line run on ("worldHorizon")
    return True


# A row of buttons that lost its spaces is short ("0 Comment(s)Print E-mail").
MAX_GLUED_ROW = 60
MIN_GLUED_LINE = 10  # one lower-case word this long alone on a line may be buttons run together
MIN_GLUED_PART = 3  # each button word found inside a run-together word is this long at least
MIN_GLUED_WEAK = 3  # this many button words run together count even when all are weak
_CAMEL = re.compile(r"(?<=[a-z)])(?=[A-Z])")


def _unglued(words: list[str]) -> list[str] | None:
    """The button words of a row whose spaces were lost ("Comment(s)Print", "urlprintemail"),
    lowered; None unless some word was split and every part is a button word."""
    buttons = chrome_words()[0]
    pieces: list[str] = []
    split = False
    for word in words:
        parts = _CAMEL.split(word)
        split = split or len(parts) > 1
        for part in parts:
            low = part.lower().strip("'’.")
            if low in buttons:
                pieces.append(low)
                continue
            found = _segments(low, buttons)
            if found is None:
                return None
            pieces.extend(found)
            split = True
    return pieces if split else None


def _segments(word: str, buttons: frozenset[str]) -> list[str] | None:
    """`word` cut into two or more button words, each MIN_GLUED_PART letters or longer."""
    if not word.isalpha() or len(word) < 2 * MIN_GLUED_PART:
        return None
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(MIN_GLUED_PART, len(word) + 1):
        for start in range(0, end - MIN_GLUED_PART + 1):
            head = best[start]
            if head is not None and word[start:end] in buttons:
                best[end] = head + [word[start:end]]
                break
    found = best[len(word)]
    return found if found is not None and len(found) > 1 else None


# The page's top, where a widget glued after the credit's date stands: this many characters.
GLUED_WITHIN = 800


@cache
def _glued_hint() -> re.Pattern[str]:
    """A figure, then words ending with a strong button word at a line's end (on the lowered text)."""
    _, strong, _ = chrome_words()
    return re.compile(rf"\d[ \t]+(?:[a-z+-]+[ \t]+)*?(?:{_trie(strong)})\b[^\n\d]{{0,30}}\n")


GLUED_BUTTONS = 2  # words of a widget glued after a credit's date at least ("Adjust font size:")
CREDIT_WORDS = 6  # a credit and its date before them ("Xinhua, July 25, 2016"), not a sentence


def glued_buttons(line: str) -> tuple[int, str] | None:
    """Where a row of the page's buttons glued after the story's date begins on a line, and what the
    buttons are ("Xinhua, July 25, 2016 Adjust font size:"); None for any other line. Needs a strong
    button word among them and a figure just before them."""
    buttons, strong, _ = chrome_words()
    tokens = list(patterns()["token"].finditer(line))
    begin = len(tokens)
    while begin and tokens[begin - 1].group().lower().strip("'’.:") in buttons:
        begin -= 1
    found = [t.group().lower().strip("'’.:") for t in tokens[begin:]]
    if len(found) < GLUED_BUTTONS or not 0 < begin <= CREDIT_WORDS or not any(word in strong for word in found):
        return None
    if not tokens[begin - 1].group()[-1:].isdigit() or line[tokens[-1].end() :].strip(" \t:") != "":
        return None
    return tokens[begin].start(), widget_kind(set(found))


def leading_buttons(line: str) -> tuple[int, str] | None:
    """Where a row of the page's buttons that lost their spaces ends, when it opens a line
    before the story's credit and date ("0 CommentsPrint E-mail Xinhua, June 25, 2010"), and
    what the buttons are; None for any other line."""
    # "Comment(s)": the plural's brackets blanked, each character kept, so offsets stay the line's.
    tokens = list(patterns()["token"].finditer(line.replace("(s)", "   ")))
    if len(tokens) < 3 or not tokens[0].group().isdigit():
        return None
    buttons, strong, _ = chrome_words()
    end = 1
    while end < len(tokens) and (
        tokens[end].group().lower().strip("'’.:") in buttons or _unglued([tokens[end].group()]) is not None
    ):
        end += 1
    words = [t.group() for t in tokens[1:end]]
    # Glued ("CommentsPrint"), or split by the plural's brackets ("Comment(s)Print").
    found = _unglued(words) or ([w.lower() for w in words] if "(s)" in line and len(words) >= 2 else None)
    if found is None or not any(word in strong for word in found) or end == len(tokens):
        return None
    if patterns()["dated"].search(line, tokens[end].start()) is None:
        return None  # the credit's date follows the buttons
    return tokens[end - 1].end(), widget_kind(set(found))


_KINDS = (
    (frozenset({"advertisement", "advertisements", "sponsored"}), "an advertising label"),
    (frozenset({"minute", "minutes", "min", "mins"}), "a reading-time widget"),
    (frozenset({"skip", "jump", "contents", "navigation"}), "an accessibility or navigation link"),
    (frozenset({"subscriber", "subscribers", "subscription", "newsletter", "subscribe", "unlimited"}),
     "a subscription prompt"),
    (frozenset({"a+", "a-", "font", "px"}), "a text-size widget"),
    (frozenset({"left", "center", "centre", "right", "justify"}), "an image's alignment toolbar"),
)


def _button_kind(words: set[str]) -> str:
    """What the page's buttons are for, said in the finding."""
    kind = widget_kind(words)
    return f"{kind}, not a sentence" if kind.endswith("counters") else f"{kind} of the page, not a sentence"


def widget_kind(words: set[str]) -> str:
    """What a row of the page's buttons is ("a text-size widget")."""
    return next((kind for vocabulary, kind in _KINDS if words & vocabulary),
                "share, print or page-control buttons and counters")


_CLOCK_DATELINE = compile_cached(
    rf"\d{{1,2}}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]*\|[ \t]*\p{{Lu}}[^|,\n]{{1,60}},[ \t]*{MONTH}[ \t]*\d{{1,2}}\.?"
)


def is_bar(text: str) -> bool:
    """Parts separated by '|', none of them a sentence; "By X | Jan. 3" is a byline, and "Source:
    Xinhua | 2019/12/10 9:33:34 | Editor: ZX" the story's credit and date."""
    parts = [p.strip() for p in text.split("|")]
    if text[:3].lower() == "by " and not any(p.lower().startswith(_meta_labels()) for p in parts[1:]):
        return False
    if credit_line(parts):
        return False
    if len(parts) == 2 and _CLOCK_DATELINE.fullmatch(text.strip()) is not None:
        return False  # "11:35 | Lima, Sep. 30.": the story's dateline with its time
    if len(parts) == 3 and not parts[0] and not parts[2] and may_be_a_name(parts[1].split(), unlisted_surname=True):
        return False  # a person's name between two bars: the byline ("| Danial Norjidi |")
    return len(parts) >= 2 and not any(
        len(p.split()) >= PROSE_WORDS and (p[-1] in ".!?" or _SENTENCE_INSIDE.search(p) is not None)
        for p in parts if p
    )


def may_be_a_name(tokens: list[str], unlisted_surname: bool = False) -> bool:
    """Two or three capitalised words opening with a given name and closing with a surname
    ("Rose Hill", "John Smith"), or with a word no English list holds when `unlisted_surname`
    ("Danial Norjidi"): a byline or a credit, not a menu."""
    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() for t in tokens):
        return False
    from ...spelling.lookup import GIVEN, PERSON, WORD, compiled  # only for a line that may be one

    data = compiled()
    last = data.code(tokens[-1].casefold())
    return bool(data.code(tokens[0].casefold()) & GIVEN) and bool(last & PERSON or unlisted_surname and not last & WORD)


HEADLINES_REASON = "a ticker of other stories' headlines parted by bullets or bars, not text"
MIN_TICKER_ITEMS = 3  # headlines in a bullet-parted ticker, at least
MIN_TICKER_WORDS = 3  # words of each
MAX_TICKER = 2000  # a ticker's line is this long at most


def headline_ticker(text: str) -> bool:
    """Three headlines or more parted by bullets or bars ("3 injured as blast hits NW Pakistan •
    Chinese shares close lower Friday • ..."), none of them a sentence with its stop: a
    ticker of other stories, not a list of the story's own (whose items are shorter)."""
    if " • " in text:
        mark = " • "
    elif text.count("|") >= MIN_TICKER_ITEMS:
        mark = "|"  # a site's ticker parted by bars, maybe with no space ("Rain hits harvest|Port opens")
    else:
        return False  # C-level tests: nearly every line has no bullet or bar between words
    if len(text) > MAX_TICKER:
        return False
    parts = [p.strip() for p in text.split(mark)]
    filled = [p for p in parts if p]
    return len(filled) >= MIN_TICKER_ITEMS and all(
        len(p.split()) >= MIN_TICKER_WORDS and (p[:1].isupper() or p[:1].isdigit()) and p[-1] not in ".!?:;,"
        for p in filled
    )


# The labels of a story's own credit line ("Source: Xinhua", "Editor: huaxia", "By Jane Doe").
_CREDIT_LABEL = compile_cached(
    r"(?i:source|editor|author|reporter|writer|photo|updated|posted|published|by)\b[ \t]*:?[ \t]*[\p{L}\p{N}]"
)
CREDIT_NAME_WORDS = 3  # a name alone in a credit line ("Thanh Hà"): this many words at most


def credit_line(parts: list[str]) -> bool:
    """The parts of a '|'-separated line are the story's credit and date: every part a credit,
    a date or a person's or agency's name, one at least a credit or a date; a button, a section's
    label or a label of the page's post meta ("Filed under:") is none of them."""
    filled = [p for p in parts if p]
    if not filled:
        return False
    buttons = chrome_words()[0]
    meta = _meta_labels()
    anchored = False
    for part in filled:
        if any(label in part.lower() for label in meta):
            return False
        if date_widget(part.replace("(", "").replace(")", "")) or _CREDIT_LABEL.match(part) is not None:
            if any(w.lower().strip(":()") in buttons - _CREDIT_WORDS for w in part.split()[1:2]):
                return False  # "Posted in News" or "Source: Share": the page's
            anchored = True
            continue
        words = part.split()
        if (
            len(words) > CREDIT_NAME_WORDS or not all(w[:1].isupper() for w in words) or part[-1] in ":-–—"
            or any(w.lower().strip(":()") in buttons for w in words) or section_label(part)
        ):
            return False
    return anchored


# Button words that are also a credit's own label ("source", "editor", "by", "updated").
_CREDIT_WORDS = frozenset(("source", "editor", "by", "updated", "published", "photo", "on", "at"))


@cache
def _meta_labels() -> tuple[str, ...]:
    """A post meta line's labels, with their colon ("categories:", "tags:")."""
    return tuple(f"{str(w).lower()}:" for w in shipped("data/web_chrome.yaml")["meta_labels"])


# A sentence's end inside a part ("... on Monday. -- PTI |"): the part is prose with a tail.
_SENTENCE_INSIDE = compile_cached(r"\p{Ll}{2}[.!?][\"”’)]?[ \t]")


def is_paywall(line: str) -> bool:
    word = first_word().search(line[:20])
    return (
        word is not None and word.group().lower() in _PAYWALL_OPENERS and len(line) <= MAX_LINE
        and patterns()["paywall"].search(line) is not None
    )


# A notice to the reader is a line or two, not a paragraph of the story.
MAX_NOTICE = 300
MAX_GREETED_NOTICE = 600
MAX_NOTICE_SENTENCES = 3
# `reader_address`'s first words
_NOTICE_OPENERS = frozenset(("dear", "please", "kindly", "if", "you", "check", "disclaimer", "note", "visit"))


def reader_notice(text: str) -> bool:
    """The page's notice to its reader: it opens by addressing the reader and speaks of the page
    (its sections, app, links or comments), or greets the reader ("Dear User"); or it closes
    so ("... in summarized form. Please contact us for subscription options."); or it sells the
    page to its reader (`reader_promo`). A quoted plea ("Please help us," she said) is the
    story's."""
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1]  # a notice in brackets ("(If you want to contribute, ... contact us at ...)")
    word = first_word().search(text[:20])
    if word is None or word.group().lower() not in _NOTICE_OPENERS:
        # the few words a notice opens with: nearly every line stops here
        return (
            _closing_notice(text) or reader_promo(text) or news_promo(text) or disclaimer(text) or cookie_notice(text)
            or comment_policy(text) or channel_promo(text) or site_voice(text) or translation_notice(text)
        )
    if len(text) > MAX_GREETED_NOTICE or sum(map(text.count, ".!?")) > MAX_NOTICE_SENTENCES:
        return False
    found = patterns()["reader_address"].match(text)
    if found is None:
        return news_promo(text) or site_voice(text)
    if found.group().lstrip("*•·-–—> \t").lower().startswith(("dear", "disclaimer")):
        # The page greets its reader ("Dear User, please ..."), or says where its copy came
        # from ("Disclaimer: This post has been auto-published ..."): its notice may run on.
        return True
    return (
        len(text) <= MAX_NOTICE and patterns()["site_words"].search(text) is not None or news_promo(text)
        or site_voice(text)
    )


# A purpose clause before the request it leads to ("To subscribe, please ...").
_PURPOSE = re.compile(r"^(?i:to)[ \t]+\w+(?:[ \t]+\w+){0,2},[ \t]*")


def _closing_notice(text: str) -> bool:
    """A short paragraph about the page whose last sentence addresses the reader ("This is
    cached page on Talk Vietnam. If you want remove this page, please contact us.")."""
    if len(text) > MAX_GREETED_NOTICE or any(mark in text for mark in QUOTE_MARKS):
        return False
    text = text.strip().removeprefix("(").removesuffix(")")  # a notice in brackets
    stop = max(text.rfind(". ", 0, len(text) - 2), text.rfind("! ", 0, len(text) - 2))
    if stop < 0:
        return False
    last = _PURPOSE.sub("", text[stop + 2 :], count=1)  # "To subscribe, please read here."
    word = first_word().search(last[:20])
    if word is None or word.group().lower() not in _NOTICE_OPENERS:
        return False
    return patterns()["reader_address"].match(last) is not None and patterns()["site_words"].search(last) is not None


_SECOND_PERSON = re.compile(r"(?i)\byou(?:r|rs|['’](?:re|ve|ll|d))?\b")


@cache
def _promo() -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    """(openers, goods as a pattern, goods only a page sells) of `reader_promo` (data file)."""
    data = shipped("data/web_chrome.yaml")["reader_promo"]
    pattern = re.compile(r"(?i)\b(?:" + alternatives(data["goods"] + data["page_goods"]) + r")\b")
    return frozenset(data["openers"]), pattern, frozenset(data["page_goods"])


# A speaker's name before a colon opens a line of an interview: two to four capitalised words.
_SPEAKER = compile_cached(r"(?:\p{Lu}[\p{Ll}'’-]+[ \t]){1,3}\p{Lu}[\p{Ll}'’-]+:[ \t]")


def reader_promo(text: str) -> bool:
    """The page selling itself to its reader: an imperative it opens with or "you" said twice,
    and the page's goods ("As a subscriber, you can gift 3 to 5 articles each month")."""
    if len(text) > MAX_NOTICE or any(mark in text for mark in QUOTE_MARKS):
        return False
    openers, goods_pattern, page_goods = _promo()
    word = first_word().search(text[:20])
    opener = word is not None and word.group().lower() in openers
    you = len(_SECOND_PERSON.findall(text))
    if not opener and (you < 2 or _SPEAKER.match(text)):
        return False  # an interview's question to its guest ("Jane Doe: ... your work experience")
    goods = {" ".join(found.lower().split()) for found in goods_pattern.findall(text)}
    if you:
        return len(goods) >= 1
    # With no "you", a good only a page sells must be among them ("Share prices ... access").
    return len(goods) >= 2 and not goods.isdisjoint(page_goods)


MAX_NEWS_PROMO_WORDS = 12
_PROMO_PURPOSE = re.compile(
    r"(?i)for[ \t]+(?:the[ \t]+)?(?:latest|more|all[ \t]+the[ \t]+latest)[ \t]+(?:news|updates|stories|headlines)"
    r"(?:[ \t]+\w+){0,2}?[ \t]*[,:–-]?[ \t]*(?=\w)"
)


@cache
def _news_promo() -> tuple[frozenset[str], frozenset[str]]:
    data = shipped("data/web_chrome.yaml")["reader_promo"]
    return frozenset(data["news_verbs"]), frozenset(data["news_goods"])


@cache
def _news_openers() -> tuple[str, ...]:
    """What a line sending its reader to the news opens with, lowered: a verb, or "please"."""
    return (*sorted(_news_promo()[0]), "please")


# A site's channel on a messaging app or news reader, and the link to join it ("Deccan Herald
# News now on Telegram - Click here to subscribe", "X is now on WhatsApp Channels. Click to join").
_CHANNEL_PROMO = re.compile(
    r"(?i)^[^\n]{0,60}?\b(?:now|is\s+now|also)\s+on\s+(?:whatsapp|telegram|google\s+news|signal|viber)"
    r"(?:\s+channels?)?[\s.!:,–—-]*(?:click|tap|join|subscribe|follow)\b[^\n]{0,60}$"
)
MAX_CHANNEL_PROMO = 160


# The site asking its reader to follow it on social networks, its handles and mail after it
# ("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner ... or email us at ...").
_SOCIAL_FOLLOW = compile_cached(
    r"(?i)^(?:please\s+)?follow\s+(?:us|(?-i:\p{Lu}[\w.&'’-]*(?:\s+\p{Lu}[\w.&'’-]*){0,3}))\s+on\s+"
    r"(?:twitter|facebook|instagram|linkedin|tiktok|youtube|telegram|whatsapp|threads|x)\b"
)
MAX_SOCIAL_FOLLOW = 300


def channel_promo(text: str) -> bool:
    if text[:6].lower() in ("follow", "please") and len(text) <= MAX_SOCIAL_FOLLOW and (
        _SOCIAL_FOLLOW.match(text) is not None and _REPORTED.search(text) is None
    ):
        return True
    return len(text) <= MAX_CHANNEL_PROMO and " on " in text and _CHANNEL_PROMO.match(text) is not None


# The site speaking to its reader of itself: "our" or "your" a word or two before one of its
# goods ("join our channel", "our digital replica newspaper", "your current comment"), or "you"
# or "us" a few words before one ("Want us to email you top stories"). A line this long at most;
# quotations, reported speech and a reader's letter (a question inside it) are the story's.
SITE_VOICE_WORDS = 45
_REPORTED = re.compile(r"(?i)\b(?:said|says|told|according)\b")


@cache
def _site_voice(lowered: bool = False) -> re.Pattern[str]:
    """The pattern; `lowered`, for a lowered text (the pre-check: "US" is then "us" too)."""
    listed = alternatives(shipped("data/web_chrome.yaml")["reader_promo"]["site_goods"])
    owner, person = ("our|your", "you|us") if lowered else ("[Oo]ur|[Yy]our|OUR|YOUR", "[Yy]ou|us")
    # A pronoun inside a compound ("pay-as-you-go service") is no one's.
    return re.compile(
        rf"(?<![\w-])(?:{owner})\s+(?:[\w-]+\s+){{0,2}}(?i:{listed})\b"
        rf"|(?<![\w-])(?:{person})(?![\w-])[^.!?\n]{{0,40}}\b(?i:{listed})\b"
    )


def site_voice(text: str) -> bool:
    """The site speaking to its reader of itself ("Access News Break, our award-winning app")."""
    if len(text) > MAX_GREETED_NOTICE or any(mark in text for mark in QUOTE_MARKS):
        return False
    if len(text.split()) > SITE_VOICE_WORDS or "?" in text.rstrip()[:-1] or _REPORTED.search(text):
        return False
    return _site_voice().search(text) is not None


def news_promo(text: str) -> bool:
    """The page sending its reader to its news ("Listen to the daily news from Bulgaria",
    "Please read more Khmer news and listen to our radio"): a short imperative line that names
    the site's news, with no colon or figure, and no comma or quote unless it ends as a sentence
    does (a headline's "Join the fight against fake news, PM urges" has its speaker after a
    comma)."""
    verbs, goods = _news_promo()
    if text[:4].lower() == "for " and (purpose := _PROMO_PURPOSE.match(text)) is not None:
        text = text[purpose.end() :]  # what the request is for first ("For Latest Updates Follow us on ...")
    if not text.lstrip()[:12].lower().startswith(_news_openers()):
        return False  # one C-level test: nearly every line a notice is asked about stops here
    words = text.split()
    # A sentence's stop: a line a headline is not, so it may name a podcast in quotes after a comma.
    stop = text.rstrip()[-1:] == "."
    marks = ":;?" if stop else ",:;?\"“”'‘"
    if not 2 <= len(words) <= MAX_NEWS_PROMO_WORDS + 4 * stop or any(c.isdigit() or c in marks for c in text):
        return False
    first = words[1] if words[0].casefold() == "please" else words[0]
    return first.casefold() in verbs and any(w.casefold().strip(".!") in goods for w in words[1:])


# A site disowning what it quotes or links to ("The Iran Project is not responsible for the
# content of quoted articles.", "We are not responsible for the content of external sites").
_DISCLAIMER = re.compile(
    r"(?i)[^\n.!?]{1,60}?\b(?:is|are)\s+not\s+responsible\s+for\s+(?:the\s+)?contents?\s+of\s+"
    r"(?:external|quoted|linked|third[\s-]party|other|these)\s+[^\n.!?]{0,40}[.!]?\s*"
)


def publication_line(text: str) -> bool:
    """The agency's line closing its story ("This report by The Canadian Press was first published
    March 28, 2024."): NL411 shows it, NL409 takes the lines under it for the page's list."""
    return text.startswith("This ") and _PUBLISHED_BY.fullmatch(text) is not None


_PUBLISHED_BY = compile_cached(
    r"This[ \t]+(?:report|story|article)[ \t]+(?:by|from)[ \t]+\p{Lu}[^\n]{1,60}?[ \t]+was[ \t]+(?:first[ \t]+)?"
    r"(?:published|distributed|filed)[ \t]+(?:on[ \t]+)?\p{Lu}[\p{L}.]*[ \t]+\d{1,2},?[ \t]+\d{4}\.?[ \t]*"
)


def translation_notice(text: str) -> bool:
    """The page's notice that its versions are machine translations ("The English, Chinese ...
    versions are automatically generated by the AI. So there may still be inaccuracies ..."):
    it names the versions or the translation and warns of their errors."""
    return (
        len(text) <= MAX_NOTICE and ("utomatic" in text or "achine" in text)
        and _MACHINE_MADE.search(text) is not None and _MADE_WARNING.search(text) is not None
    )


_MACHINE_MADE = compile_cached(
    r"(?i)\b(?:versions?|translations?|this\s+(?:article|story|page|text))\b[^.\n]{0,60}?"
    r"\b(?:automatically|machine)[\s-]+(?:generated|translated)"
)
_MADE_WARNING = compile_cached(
    r"(?i)\b(?:inaccurac(?:y|ies)|errors?|mistakes?|original\s+(?:text|language|version)|main\s+language)\b"
)


def disclaimer(text: str) -> bool:
    return len(text) <= MAX_NOTICE and "responsible" in text and _DISCLAIMER.fullmatch(text) is not None


# A comment box's policy: the site keeps the right to delete comments, disowns its readers'
# comments, or bans some ("Comments that are abusive ... are strictly prohibited"). A story's
# report of one has its speaker ("the paper said it reserves the right ...").
_COMMENT_POLICY = compile_cached(
    r"(?i)[-•*·\s]*(?:(?:[^\n.!?]|\.(?=\w)){1,60}?\breserves?\s+the\s+right\s+to\s+(?:delete|remove|edit|block|reject|refuse|moderate)"
    r"\b[^\n.!?]{0,80}?\bcomments?\b"
    r"|(?:[^\n.!?]|\.(?=\w)){1,60}?\b(?:is|are)\s+not\s+responsible\s+for\s+(?:its\s+|the\s+|our\s+|any\s+)?"
    r"(?:readers?|users?|visitors?)['’]?\s+comments?\b"
    r"|comments?\s+(?:that|which)\s+(?:are|is)\s+[^\n.!?]{1,80}?\s+(?:are|is|will\s+be)\s+(?:strictly\s+)?"
    r"(?:prohibited|removed|deleted|not\s+(?:allowed|published|permitted))\b"
    # ... or the comment box's invitation ("No comments yet. Be the first one to comment.").
    r"|(?:(?:there\s+are\s+)?no\s+comments?\s+yet[.!]?\s*)?be\s+the\s+first\s+(?:one\s+|person\s+)?to\s+"
    r"(?:comment|leave\s+a\s+comment|write\s+a\s+comment)\b|(?:there\s+are\s+)?no\s+comments?\s+yet(?=[.!]?\s*$))[^\n]{0,600}"
)


def comment_policy(text: str) -> bool:
    return (
        len(text) <= MAX_GREETED_NOTICE and "omment" in text and _COMMENT_POLICY.fullmatch(text) is not None
        and _REPORTED.search(text) is None
    )


# A cookie banner's notice: the site uses cookies or tracking for the reader's experience, or
# the reader agrees to them ("Focus Taiwan (CNA) uses tracking technologies to provide better
# reading experiences ..."); a story about tracking speaks of no reader's experience on the site.
_COOKIES = compile_cached(r"\b(?i:uses?|using)\s+(?i:cookies|tracking\s+technolog(?:y|ies)|similar\s+technologies)\b")
_COOKIE_READER = compile_cached(
    r"(?i:\b(?:reading|browsing|user)\s+experiences?\b|\b(?:our|this)\s+(?:site|website)\b|"
    r"\byou\s+(?:agree|consent|accept)\b|\bby\s+(?:continuing|using|clicking)\b)"
)


def cookie_notice(text: str) -> bool:
    return (
        len(text) <= MAX_NOTICE and ("ookie" in text or "racking" in text)
        and _COOKIES.search(text) is not None and _COOKIE_READER.search(text) is not None
    )


def may_tease(text: str) -> bool:
    tail = text[-200:].lower()
    return (
        "more" in tail or "read" in tail or "story" in tail or "click" in tail or tail.endswith(CUT_MARKS)
        or tail.endswith("continue")
    )


def is_sentence(text: str) -> bool:
    """Even a short sentence ("Both sides were calm.") is the story, not its footer."""
    return text[-1:] in SENTENCE_END and text.count(" ") >= 2


def _script_name(text: str) -> str:
    import unicodedata

    for ch in text:
        if ch.isalpha() and not patterns()["latin"].match(ch):
            name = unicodedata.name(ch, "")
            return name.split(" ")[0].title() if name else "another"
    return "another"


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


def foreign_language(line: str) -> bool:
    """Words of another language written in Latin letters ("Đăng ký:", "Kamis, 24 Februari"):
    lower-case words with letters English does not use, or month and day names of other
    languages. Capitalised words with such letters are names and do not count."""
    text = line.strip()
    if not text or len(text) > MAX_LINE:
        return False
    foreign = foreign_words()
    tokens = [t for t in _tokens(text) if any(c.isalpha() for c in t)]
    if not tokens:
        return False
    odd = [t for t in tokens if t.casefold() in foreign or (t[0].islower() and _accented(t))]
    label = text.find(":")
    if label != -1 and 0 < label <= 20 and any(_accented(t) for t in _tokens(text[:label])):
        return len(odd) >= 1
    if len(odd) == 1 and len(tokens) <= SHORT_FOREIGN_LINE and all(map(_accented, tokens)):
        return True  # "Đăng ẩn": every word in letters English does not use, one in lower case
    return len(odd) >= 2 and len(odd) * 5 >= len(tokens) * 2


# A line this short may be another language's with one lower-case word in letters English
# does not use, when all its words use them; a name's words are all capitalised.
SHORT_FOREIGN_LINE = 3


def _accented(token: str) -> bool:
    return any(ord(c) > 127 and c.isalpha() for c in token)


def lines_of(block: Block) -> Iterator[Line]:
    pos = 0
    text = block.text
    while pos <= len(text):
        newline = text.find("\n", pos)
        end = len(text) if newline == -1 else newline
        raw = text[pos:end].rstrip("\r")
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield Line(block.start + pos + lead, block.start + pos + lead + len(stripped), stripped)
        if newline == -1:
            break
        pos = newline + 1


def line_removal(doc: Document, block: Block, line: Line) -> tuple[int, int]:
    """Delete one line of a block and exactly one line break, so no two blocks are joined; a
    block that is this line alone goes with the blank line before it."""
    if line.start == block.start and line.end == block.end:
        return block_removal(doc, block)
    text = doc.text
    if line.end < block.end:  # a line with more of the block after it: take its own break
        end = line.end
        while end < block.end and text[end] in " \t\r":
            end += 1
        start = line.start
        while start > block.start and text[start - 1] in " \t":
            start -= 1
        return start, end + 1
    start = line.start  # the block's last line: take the break before it
    while start > block.start and text[start - 1] in " \t\r\n":
        start -= 1
    return start, line.end


# A navigation menu printed one item per line: this many such lines in a row at least.
MENU_RUN = 5
MENU_WORDS = 4
MENU_REASON = "one of {n} short lines in a row with no sentence (a navigation menu or a list of links)"
MENU_SMALL_WORDS = frozenset("a an and & of the to in on for at by or -".split())
# A market ticker: symbol, price, then a change given as a percentage ("HBL 114.29 Increased
# By ▲ 1.55 (1.37%)", "KSE100 75,983 +868.6 +1.16%").
_TICKER = (
    r"[\p{Lu}][\p{Lu}\d&./-]{1,11}[ \t]+(?:=[ \t]+)?\d[\d,]*(?:\.\d+)?[ \t]+[^\n]{0,40}?"
    r"[(]?[-+−]?\d+(?:\.\d+)?[ \t]?%[)]?"
)
TICKER_RUN = 3
TICKER_REASON = "one of {n} market-ticker lines in a row (symbol, price, change), not the story"


# What opens an item of a bulleted list, before its text ("  • Uzbekistan").
_BULLETS = " \t•·▪►*"


def bulleted(text: str) -> bool:
    """A list's item: a bullet opens the line, after its indent ("  • Email Service")."""
    return text.lstrip(" \t")[:1] in _BULLETS.strip()


def unbulleted(text: str) -> str:
    """A line without the indent and bullet a list item opens with."""
    return text.lstrip(_BULLETS) if text[:1] in _BULLETS else text


def menu_item(text: str) -> bool:
    """A menu's item: a line of one to four capitalised words, no figure, no sentence; a digit
    may be part of a word or a channel's number ("COVID-19", "2Day FM", "FBC 2")."""
    if "\n" in text or len(text) > 40 or not text[:1].isupper():
        return False
    words = text.split()
    if len(words) > MENU_WORDS or text[-1] in "!?:;\"”’," or text[-1] == "." and "." not in text[:-1]:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in MENU_SMALL_WORDS for w in words) and (
        not _menu_figure(text)
    )


def _menu_figure(text: str) -> bool:
    """A figure a menu's item never holds: a number of more than one digit standing alone (a
    year, a count, a date's day), or a digit in a line that reads as a date."""
    return any(c.isdigit() for c in text) and (
        any(token.isdigit() and len(token) > 1 for token in text.split()) or date_widget(text)
    )


def odd_menu_item(text: str) -> bool:
    """A short line a menu may carry between its items ("Expat Corner nom-nom"): capitalised
    first, up to six words, no figure, no sentence."""
    if "\n" in text or len(text) > 40 or not text[:1].isupper() or _menu_figure(text):
        return False
    return len(text.split()) <= MENU_ODD_WORDS and text[-1] not in ".!?:;\"”’,"


MENU_ODD_WORDS = 6
LANGUAGE_RUN = 3
LANGUAGE_LINE = 24  # a language's name, with a list's indent and bullet
LANGUAGE_REASON = "one of {n} languages' names in a row, one per line (the page's language switcher), not the story"


@cache
def _language_names() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in shipped("data/web_chrome.yaml")["language_names"])


def language_item(text: str) -> bool:
    """An item of a site's language switcher: a language's name alone ("Arabic", "Français")."""
    return len(text) <= LANGUAGE_LINE and text.strip().casefold() in _language_names()


def language_switch(text: str) -> bool:
    """A line of a site's language switcher: languages' names and a few words of the switch
    ("en Español", "English | Français", "This text available in Հայերեն and Русский"), one name
    at least in its own language (not English's)."""
    if "\n" in text or len(text) > MAX_SWITCH_LINE:
        return False
    words = [w for w in _SWITCH_SPLIT.split(text.strip(" \t•·*-–—|").casefold()) if w]
    names = _language_names()
    rest = [w for w in words if w not in _SWITCH_WORDS]
    # Two-word names ("bahasa indonesia", "tiếng việt") are read as pairs.
    found, at = [], 0
    while at < len(rest):
        pair = " ".join(rest[at : at + 2])
        if pair in names:
            found.append(pair)
            at += 2
        elif rest[at] in names:
            found.append(rest[at])
            at += 1
        else:
            return False
    return bool(found) and any(not name.isascii() for name in found)


# A telephone or fax number or an e-mail address alone on a line, a contact label before it
# ("(800) 654-4262", "[Phone] 02-398-8585", "Hotline: 1900 1234", "[Mail] desk@example.com").
_CONTACT_LABEL = (
    r"(?:[\[(]?(?:tel|telephone|phone|ph|mobile|mob|cell|fax|hotline|whatsapp|contact|call|e-?mail|mail)\.?"
    r"[\])]?[ \t]*[:：]?[ \t]*)"
)
_PHONE = r"\+?\(?\d{1,4}\)?(?:[ .\-–]?\(?\d{1,5}\)?){1,6}"
_CONTACT = rf"(?:{_PHONE}|{EMAIL_ADDRESS})"
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


@cache
def _role_mailboxes() -> tuple[str, ...]:
    return tuple(str(w).casefold() for w in shipped("data/web_chrome.yaml")["role_mailboxes"])


def glued_switch(text: str) -> bool:
    """A short line holding two languages' own names or more, run on to the menu's words with
    their spaces lost ("Global EditionASIA 中文双语Français"): a site's language switcher."""
    if "\n" in text or len(text) > MAX_SWITCH_LINE or text.isascii():
        return False
    folded = text.casefold()
    own = {name for name in _language_names() if not name.isascii() and name in folded}
    # "简体中文" holds "中文": one language.
    return len({name for name in own if not any(name != other and name in other for other in own)}) >= 2


MAX_SWITCH_LINE = 80
_SWITCH_SPLIT = re.compile(r"[\s|/·•,]+")
_SWITCH_WORDS = frozenset(("en", "in", "and", "this", "text", "page", "is", "also", "available", "read", "version"))


# Links listed one per line, each closed by the page's separator ("Two people died of dengue -",
# "SHARE MARKET |"): no sentence of a story ends so, three such lines in a row are a list.
SEPARATED_RUN = 3
SEPARATED_REASON = "one of {n} lines in a row each closed by the page's separator (a list of links), not the story"
_SEPARATED = re.compile(r"\S[ \t]+[-–|•»][ \t]*$")


def separated_item(text: str) -> bool:
    return "\n" not in text and " " in text.strip() and _SEPARATED.search(text) is not None


def ticker_line(text: str) -> bool:
    return "\n" not in text and len(text) <= 80 and compile_cached(_TICKER).fullmatch(text) is not None


CRUMB_REASON = "a breadcrumb trail of the page's sections ('Home › News › World'), not a sentence"
_CRUMB_SEPARATOR = compile_cached(r"[ \t]+(?:[›»]|>>?)[ \t]+")
CRUMB_WORDS = 4  # words of one step of a trail
CRUMB_TITLE_WORDS = 16  # ... and of its last, the page's own title, after three steps or more


def breadcrumb(line: str) -> bool:
    """Three steps or more, each a few words with no sentence mark, between '›', '»', '>' or '>>'
    ("SITENAME › News › World News", "You are here: Home > Politics > Asia"); after three steps
    the last may be the page's title ("Home >> Daily News >> Politics >> Briefing on ..."). Steps
    glued to '>>' are a trail from two on ("People's Daily Online>>China Society")."""
    steps = _CRUMB_SEPARATOR.split(line.strip())
    if len(steps) < 3 and ">>" in line:
        steps = line.strip().split(">>")  # "English>>China Society": steps glued to '>>', two are a trail
        if len(steps) != 2 or any(step[:1].isspace() or step[-1:].isspace() for step in steps):
            return False
        return all(_crumb_step(step) and len(step.split()) <= CRUMB_WORDS for step in steps)
    if len(steps) < 3 or any(not step or any(c in ".!?,;" for c in step) for step in steps):
        return False
    last = len(steps[-1].split()) <= (CRUMB_TITLE_WORDS if len(steps) >= 4 else CRUMB_WORDS)
    return last and all(len(step.split()) <= CRUMB_WORDS for step in steps[:-1])


def _crumb_step(step: str) -> bool:
    """A section's name: opens with a capital, holds letters and no sentence mark."""
    return step[:1].isupper() and not any(c in ".!?,;:\"“”" or c.isdigit() for c in step)


_BLURB_VERBS = frozenset(("provides", "offers", "delivers", "distributes", "publishes", "is"))


# An outlet saying what it is, in its page's box: "IANS, also known as Indo-Asian News Service is
# a private news agency", "The National News Agency (RSS), having nationwide network, is the
# largest and longest serving news agency in Nepal", "X, the news division of Y, is the world's
# largest multimedia news provider".
_SELF_DESCRIPTION = (
    r"^(?:The[ \t]+)?[\w&./-]+(?:[ \t]+[\w&./()-]+){0,6}?,?[ \t]+(?:\([\w/-]+\)[ \t]*,?[ \t]+)?"
    r"(?:also[ \t]+known[ \t]+as[ \t]+[^,.\n]{2,60},?[ \t]+)?(?:having[ \t]+[^,.\n]{2,60},[ \t]+)?"
    r"(?:the[ \t]+[^,.\n]{2,80},[ \t]+)?"  # "Reuters, the news and media division of ..., is"
    # "is a ...", or a country's ("NEWS EXPRESS is Nigeria's leading online newspaper")
    r"is[ \t]+(?:a|an|the|\p{Lu}\p{L}+['’]s)[ \t]+(?:[\w'’-]+[ \t]+){0,6}?"
    r"(?:news[ \t]+agency|newspaper|news[ \t]+(?:portal|website|site|outlet|service|network|organi[sz]ation|provider)|"
    r"broadcaster|"
    r"media[ \t]+(?:group|outlet|company|house))\b"
)


@cache
def _self_description(lines: bool = False) -> regex.Pattern[str]:
    """`_SELF_DESCRIPTION` opening a text, or, with `lines`, any line of it (the pre-check)."""
    return compile_cached(("(?m)" if lines else "") + _SELF_DESCRIPTION)


def agency_blurb(text: str) -> bool:
    """An agency describing itself under its story ("BERNAMA provides up-to-date authentic and
    comprehensive news ... via BERNAMA Wires; www.bernama.com; ..."): its name, a verb of what
    it offers, and its own address or channels; or its name and what it is (`_SELF_DESCRIPTION`)."""
    if " is " in text[:120] and _self_description().match(text) is not None and _REPORTED.search(text) is None:
        return True  # not "..., the minister said": the story's
    words = text.split(None, 2)
    if len(words) < 3 or words[1].lower() not in _BLURB_VERBS:
        return False
    if words[0].strip(",.:").casefold() not in agency_names():
        return False
    return any(mark in text.lower() for mark in ("www.", ".com", "subscri", "channels"))


@cache
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


def rate_row(line: str) -> bool:
    """An exchange-rate widget's row whose codes are currencies' (ISO 4217, from pycountry)."""
    if len(line) > 60 or not any(c.isdigit() for c in line):
        return False
    found = patterns()["rate_row"].fullmatch(line.strip())
    if found is None:
        return False
    codes = [code for code in found.group("code", "code2", "code3", "code4") if code]
    return all(code in _currency_codes() for code in codes)


def lost_crumb(line: str) -> bool:
    """A breadcrumb trail whose separators were lost: "Home" and one to three capitalised
    words ("Home Lao", "Home Politics & Laws")."""
    words = line.split()
    return 2 <= len(words) <= CRUMB_WORDS and not any(c in ".!?,;:" for c in line) and all(
        w[:1].isupper() or w in ("&", "and", "of") for w in words
    )


_SITE_SEPARATOR = compile_cached(r"[ \t]+[-–—|:»](?:[ \t]+|(?=\p{Lu}))(?=\S)|,[ \t]+(?=\p{Lu}\S*[ \t]+\p{Lu})")


def site_suffix(title_line: str, bare: str) -> int | None:
    """Where the site's name starts after a page's title ("Police search for man - WAFB 9
    News Baton Rouge, Weather, Sports" over "Police search for man"): the title line is the bare
    title, a dash, bar or colon, or a comma before two capitalised words or more ("..., Latest
    World News - The New Paper"), and more; else None."""
    title = bare.strip()
    if len(title) < MIN_TITLE_LETTERS or not title_line.startswith(title):
        return None
    separator = _SITE_SEPARATOR.match(title_line, len(title))
    if separator is None:
        return None
    # A site's name and sections are capitalised words ("KXYZ 7 News Springfield, Weather");
    # a headline's own second half runs on in small letters ("- officials meet again").
    # After a second bar the site's own tagline may run in small letters ("| Greenwatch Dhaka |
    # The leading online daily of Bangladesh"): the site's name is the part up to it.
    rest = title_line[separator.end() :].lstrip("-–—|:» \t")  # a separator doubled: "... - - Tyler, ..."
    name = rest.split(" | ", 1)[0] if rest.count(" | ") == 1 else rest
    # Words, a bar glued to one taken off ("Jacksonville |ETX News").
    words = [w.lstrip("|") for w in name.split() if w.lower() not in ("&", "and", "of", "the", "|")]
    words = [w for w in words if w.strip("-–—:»")]  # a section's and the site's name: "- ECONOMY - Humanrights"
    named = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return separator.start() if words and named * 4 >= len(words) * 3 else None


MIN_TITLE_LETTERS = 20


@cache
@cache
def header_openers() -> frozenset[str]:
    """The first words of the related-stories headers and of a section's list header ("Related",
    "Latest", "More"): a line opening with none of them is no such header."""
    data = shipped("data/web_chrome.yaml")
    return frozenset(h.split()[0] for h in related_headers()) | set(data["related_sectioned"]["heads"])


def related_headers() -> tuple[str, ...]:
    """The headers of related-stories lists, lower case, longest first (data: `related_headers`):
    NL409 reports them with their lists, NL411 looks above them for the story's sign-off."""
    headers = (str(header).lower() for header in shipped("data/web_chrome.yaml")["related_headers"])
    return tuple(sorted(headers, key=len, reverse=True))


@cache
def related_header_set() -> frozenset[str]:
    return frozenset(related_headers())


def story_above(doc: Document, at: int) -> bool:
    """A sentence of the story stands above `at`: what follows is under the story (a list of
    other stories, a site's header), not a listing page's own items."""
    return any(
        b.end <= at and b.text[-1:] in SENTENCE_END and b.text.count(" ") >= PROSE_WORDS
        for b in doc.blocks if b.kind == PARAGRAPH
    )


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
MIN_TAGS = 3


def tag_list(line: str) -> bool:
    """The page's tags joined by " , " (a space before each comma, as a template joins them):
    three or more short phrases, no sentence."""
    parts = [part.strip() for part in line.split(" , ")]
    return (
        len(parts) >= MIN_TAGS and line.rstrip()[-1:] not in ".!?" and len(line) <= MAX_LINE
        and all(0 < len(part.split()) <= CRUMB_WORDS for part in parts)
    )


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


# A line of another script may carry a few Latin letters ("...官方app下载"): up to this share of
# its other letters.
MAX_LATIN_SHARE = 0.34


def other_script(text: str) -> str | None:
    """The reason for a line of letters of another script, with no Latin letter or very few
    ("Появились новые статьи.", "花辨直播官方版_花辨直播平台官方app下载"), inside English copy; else None."""
    pats = patterns()
    if not pats["other"].search(text):
        return None
    if pats["latin"].search(text):
        latin = len(pats["latin"].findall(text))
        if latin > MAX_LATIN_SHARE * len(pats["other"].findall(text)):
            return None
    return f"a line in {_script_name(text)} script inside English copy"


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The text's lines (split at "\n") and the offset each one starts at."""
    lines = text.split("\n")
    starts: list[int] = []
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return lines, starts


def covered_lines(text: str, starts: list[int], found: Sequence[Diagnostic]) -> set[int]:
    """The numbers of the lines that a residue finding covers from their first to last
    character (a line of debris, not a garbled letter or a lost space inside a sentence)."""
    covered: set[int] = set()
    for diagnostic in found:
        if diagnostic.category != "residue":
            continue
        first = bisect_right(starts, diagnostic.start) - 1
        last = bisect_right(starts, max(diagnostic.start, diagnostic.end - 1)) - 1
        for number in range(first, last + 1):
            begin = starts[number]
            end = starts[number + 1] - 1 if number + 1 < len(starts) else len(text)
            line = text[begin:end]
            stripped = line.strip()
            if not stripped:
                continue
            head = begin + len(line) - len(line.lstrip())
            if diagnostic.start <= head and diagnostic.end >= head + len(stripped):
                covered.add(number)
    return covered


# A line this short at most (characters, words) may be a widget's or a menu's label; a longer one is text.
MAX_LABEL = 40
MAX_LABEL_WORDS = 4
_LABEL_ENDS = ".!?\"”'’"


def label_line(line: str) -> bool:
    """A few words with no stop, not a "Source:" credit: alone, a subheading or a label."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= MAX_LABEL and len(stripped.split()) <= MAX_LABEL_WORDS
        and stripped[-1] not in _LABEL_ENDS and not stripped.casefold().startswith("source")
    )
