"""The words and patterns page chrome is made of, read once from `rules/data/web_chrome.yaml` and
compiled: button and section words, agencies' names, months and weekdays, the shared limits of a
line's length and a sentence's end.

Long on purpose: `patterns()` is the one table of compiled patterns every shape reads, built in
one place so that each pattern is compiled once per process."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import regex

from ....core.document import PARAGRAPH, Document
from ....data import shipped
from ....regexes import compile_cached

# Lines longer than this are prose or a table, never a button row or a widget.
MAX_LINE = 160
# Where words run together without their spaces split: a small letter (or a bracket) then a
# capital ("ContributorsPublishers", "HomeWorldPeru").
CAMEL_SPLIT = re.compile(r"(?<=[a-z)])(?=[A-Z])")
# A line that ends a sentence and has this many words is prose, whatever words it uses.
PROSE_WORDS = 6
CUT_PROSE_SPACES = 18  # a line of nineteen words or more is a sentence, cut or not, no title
SENTENCE_END = frozenset(".!?\"”’")

MIN_SITE_PREFIX = 2  # letters of a site's own name before the word it ends with ("Zw" + "news")


@cache
def _site_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped("data/web_chrome.yaml")["site_suffixes"])


@cache
def agency_names() -> frozenset[str]:
    """The news agencies' names and short forms the data lists, case-folded."""
    return frozenset(a.casefold() for a in shipped("data/agencies.yaml")["agencies"])


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped("data/web_chrome.yaml")["outlet_words"])


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
# The same count back in the languages of the aggregators that carry English copy: Italian
# ("2 ore 14 min fa"), Spanish and Portuguese ("hace 3 horas", "há 2 dias"), French ("il y a 5
# minutes"), German ("vor 2 Stunden").
# The words that stand before the count ("hace", "il y a"): a line holding none of them (nor
# Italian's closing " fa") needs no look with the pattern.
FOREIGN_AGO_OPENERS = ("hace", "há", "il y a", "vor")
FOREIGN_AGO = (
    r"(?:\d+\s*(?:ore|ora|minuti|minuto|min|giorni|giorno|secondi|settimane?)\s*,?\s*){1,3}fa|"
    + "(?:" + "|".join(word.replace(" ", r"\s+") for word in FOREIGN_AGO_OPENERS) + r")\s+"
    + r"(?:\d+\s*(?:horas?|minutos?|min|días?|dias?|semanas?|heures?|jours?|"
    r"semaines?|minutes?|Stunden?|Minuten?|Tagen?|Wochen?)\s*,?\s*){1,3}"
)


@cache
def sky_words() -> frozenset[str]:
    """The words of a weather widget's sky, one by one ("partly", "cloudy")."""
    data = shipped("data/web_chrome.yaml")["weather_sky"]
    return frozenset(w for kind in ("modifiers", "conditions") for item in data[kind] for w in item.split())


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
            rf"(?:https?://|www\.)[^\s<>\"]+|\(?@[A-Za-z0-9_]{{3,30}}\)?|{EMAIL_ADDRESS}|"
            # ... its scheme lost, a slash or two left before the host ("/cdn.site.com/images/x.jpg").
            r"/{1,2}(?:[A-Za-z0-9-]+\.)+[a-z]{2,6}/[^\s<>\"]*"
        ),
        # A site's host name alone on a line, no scheme ("UrduPoint.com", "rnz.co.nz"): a link or
        # masthead of the page; a generic or a country's two-letter domain ends it.
        "bare_host": compile_cached(
            r"(?:[A-Za-z0-9][A-Za-z0-9-]*\.)*[A-Za-z][A-Za-z0-9-]{2,}\.(?:com|net|org|info|news|tv|biz|gov|edu|"
            r"[a-z]{2})(?:\.[a-z]{2})?"
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
        # stamp (ISO 8601), its label glued on; two run together (published, modified).
        # "Kyodo News16-05-2025": a widget's label with a numeric date glued on, its space lost.
        "iso_stamp": compile_cached(
            rf"(?i)(?:\p{{L}}{{0,20}}[ \t]*(?:{ISO_STAMP}){{1,2}}|"
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
            # ... its count in words ("an hour ago", "a day ago").
            rf"(?:(?:(?:\d+\s*{TIME_UNIT}|an?\s+(?:second|minute|hour|day|week|month|year))\s*,?\s*){{1,3}}"
            rf"ago\.?|{FOREIGN_AGO})"
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
            r"|1(?:[ \t]+\d{1,3}){2,}"
            # A forum's pager under its label, the page shown in brackets ("Pages : [1] 2 3").
            r"|pages?[ \t]*:[ \t]*\[?\d{1,3}\]?(?:[ \t]+\[?\d{1,3}\]?)+)"
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
            r"(?i)^(?:\*[ \t]*)?(?:subscribe\b|sign\s+up\b|"
            r"already\s+(?:a\s+)?(?:subscriber|member|subscribed|registered)\b|"
            # "*The full text of the news item is available in the paid version of the ... web service".
            r"(?:the\s+)?full\s+(?:text|story|article|version)\s+"
            r"(?:of\s+(?:the|this)\s+(?:news\s+item|item|article|story|report)\s+)?"
            r"is\s+(?:only\s+)?available\s+(?:only\s+)?(?:to\s+(?:our\s+)?(?:paying\s+)?(?:subscribers|members)|"
            r"in\s+the\s+(?:paid|subscription|subscribers['’]?|premium|full)\s+(?:version|edition|service))\b|"
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
        # A page's code name alone on a line: an image's alt key or a plug-in's or style's name in
        # small letters joined by a hyphen or underscore ("image-language", "wp-statistics").
        "code_name": compile_cached(r"[a-z][a-z0-9]*(?:[-_][0-9]*[a-z][a-z0-9]*){1,3}"),
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
        # 23,460", "EUR/USD 1.0850", "1 USD = 23,450 VND", "4,85 RON").
        "rate_row": compile_cached(
            # "USD 23,150 23,460", "JPY 100¥ in 99.12 in 105.20": a code, then buying and selling
            # rates, a sign or a linking word between.
            r"(?:(?P<code>[A-Z]{3})(?:/(?P<code2>[A-Z]{3}))?(?:[ \t]+(?:[$€£¥]?\d[\d.,]*[$€£¥]?|in|at|buy|sell)){0,5}"
            r"[ \t]+\d[\d.,]*"
            r"|\d[\d.,]*[ \t]*(?P<code3>[A-Z]{3})[ \t]*=[ \t]*\d[\d.,]*[ \t]*(?P<code4>[A-Z]{3})"
            # "4,85 RON": a rate alone before its currency's code (a widget's column)
            r"|\d+[.,]\d+[ \t]+(?P<code5>[A-Z]{3})"
            # "¥10,000=P3,830", "$100=P5,680": an amount by its sign against another, a peso's P too
            r"|[$€£¥₱₩₫][ \t]?\d[\d.,]*[ \t]*=[ \t]*[$€£¥₱₩₫P]?[ \t]?\d[\d.,]*)"
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


# How a listing's teaser marks where it was cut ("... with the Philippines [...]").
CUT_MARKS = ("[...]", "[…]")

# An image's file extension: a literal "." first, which the engine scans for fast.
_IMAGE_EXTENSION = re.compile(r"\.(?:jpe?g|png|gif|webp|bmp|tiff?|svg)\b")

_BARE_EXTENSION = re.compile(r"\n\.?(?:jpe?g|png|gif|webp)[ \t]*(?:\n|$)")


_DATE_OPENERS = frozenset(
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july "
    "august september october november december mon tue wed thu fri sat sun monday tuesday "
    "wednesday thursday friday saturday sunday updated last created published posted first story".split()
)


def _tokens(line: str) -> list[str]:
    return patterns()["token"].findall(line)


@cache
def _meta_labels() -> tuple[str, ...]:
    """A post meta line's labels, with their colon ("categories:", "tags:")."""
    return tuple(f"{str(w).lower()}:" for w in shipped("data/web_chrome.yaml")["meta_labels"])


# A purpose clause before the request it leads to ("To subscribe, please ...").
_PURPOSE = re.compile(r"^(?i:to)[ \t]+\w+(?:[ \t]+\w+){0,2},[ \t]*")
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


# A content system's time stamp (ISO 8601): "2020-07-20T11:21:08+00:00", its zone's hour in one
# digit too ("+5:30").
ISO_STAMP = r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:[zZ]|[+-]\d{1,2}:?\d{2})?"
# A web address without its scheme or "www." too ("example.com", "www.example.ng/").
WEB_DOMAIN = r"(?:https?://)?(?:www\.)?[\w-]{2,40}(?:\.[\w-]{2,12}){1,3}/?"


def is_sentence(text: str) -> bool:
    """Even a short sentence ("Both sides were calm.") is the story, not its footer; an emoji
    after its stop too ("... the 12th Congress. 📜")."""
    end = text[-1:]
    if end and end not in SENTENCE_END and ord(end) >= _SYMBOLS_FROM:
        text = _TRAILING_SYMBOLS.sub("", text)
        end = text[-1:]
    return end in SENTENCE_END and text.count(" ") >= 2


# Emoji and pictographs (and the joiners and selectors that build them) closing a line.
_SYMBOLS_FROM = 0x2000
_TRAILING_SYMBOLS = re.compile(r"[\s\u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff]+$")


def _script_name(text: str) -> str:
    import unicodedata

    for ch in text:
        if ch.isalpha() and not patterns()["latin"].match(ch):
            name = unicodedata.name(ch, "")
            return name.split(" ")[0].title() if name else "another"
    return "another"


@cache
def _language_names() -> frozenset[str]:
    return frozenset(str(w).casefold() for w in shipped("data/web_chrome.yaml")["language_names"])


# A telephone or fax number or an e-mail address alone on a line, a contact label before it
# ("(800) 654-4262", "[Phone] 02-398-8585", "Hotline: 1900 1234", "[Mail] desk@example.com",
# "Feedback: desk@example.com").
_CONTACT_LABEL = (
    r"(?:[\[(]?(?:tel|telephone|phone|ph|mobile|mob|cell|fax|hotline|whatsapp|contact|call|e-?mail|mail|feedback|tips)\.?"
    r"[\])]?[ \t]*[:：]?[ \t]*)"
)
_PHONE = r"\+?\(?\d{1,4}\)?(?:[ .\-–]?\(?\d{1,5}\)?){1,6}"
_CONTACT = rf"(?:{_PHONE}|{EMAIL_ADDRESS})"


@cache
def _role_mailboxes() -> tuple[str, ...]:
    return tuple(str(w).casefold() for w in shipped("data/web_chrome.yaml")["role_mailboxes"])


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


@cache
def _currency_codes() -> frozenset[str]:
    import pycountry

    return frozenset(currency.alpha_3 for currency in pycountry.currencies)


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
