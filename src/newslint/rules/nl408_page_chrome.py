"""NL408 page-chrome: lines that are web-page furniture by their shape, not by a fixed phrase.

Long on purpose, for now: most shapes are judged in one pass over the page's lines (`_page`,
`_reason`) behind shared cheap gates, and split by shape each would repeat that pass. The
standalone passes (runs, listing lines, other scripts and languages) are the candidates to move
into modules of their own."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import CAPTION, END_MARKER, HEADLINE, PARAGRAPH, SIGNOFF, TABLE, Block, Document
from ..core.rule import Rule, RuleOptions, RuleSpec
from ..data import shipped
from ..regexes import compile_cached
from ..spelling.lookup import KNOWN, NAME, PROPER, WORD, compiled
from .support.chrome import (
    BAR_REASON,
    CRUMB_REASON,
    CUT_MARKS,
    CUT_PROSE_SPACES,
    GLUED_MENU_REASON,
    HEADLINES_REASON,
    ID_REASON,
    LANGUAGE_LINE,
    LANGUAGE_REASON,
    LANGUAGE_RUN,
    MAX_LINE,
    MENU_REASON,
    MENU_RUN,
    MENU_SMALL_WORDS,
    MIN_GLUED_LINE,
    MONTH,
    PROSE_WORDS,
    SENTENCE_END,
    SEPARATED_REASON,
    SEPARATED_RUN,
    TICKER_REASON,
    TICKER_RUN,
    WEEKDAY,
    Line,
    agency_blurb,
    agency_names,
    bare_date,
    breadcrumb,
    bulleted,
    chrome_reason,
    chrome_words,
    contact_line,
    counted_date,
    credit_line,
    date_widget,
    dated_title,
    dated_widget,
    editor_line,
    feed_footer,
    field_labels,
    first_word,
    footer_label,
    foreign_language,
    foreign_words,
    glued_buttons,
    glued_menu,
    glued_switch,
    header_openers,
    headline_ticker,
    icon_counter,
    icon_words,
    id_code,
    is_bar,
    is_paywall,
    is_sentence,
    language_item,
    language_switch,
    leading_buttons,
    line_removal,
    lines_of,
    local_time,
    lost_crumb,
    masthead,
    may_hold_chrome,
    may_tease,
    menu_item,
    odd_menu_item,
    other_script,
    outlet_name,
    patterns,
    post_navigation,
    rate_row,
    reader_notice,
    reporter_address,
    section_label,
    separated_item,
    site_suffix,
    sky_line,
    sky_words,
    story_above,
    tag_list,
    ticker_line,
    title_line,
    unbulleted,
    widget_label,
)
from .support.dates import days_apart, full_date
from .support.header import MAX_HEADER_BLOCKS, header_lines, header_reason, is_lead, may_be_a_name, outlet_line
from .support.header import MENU_REASON as HEADER_MENU_REASON
from .support.language import QUOTE_MARKS, english_text, may_hold_other_language, other_language, same_language

# The first blocks after the headline may hold the story's own date: a date line there is left.
DATE_GRACE = 4
_SCOPE = (PARAGRAPH, CAPTION)
MAX_TITLE_TEASER = 150  # a title slot's text longer than this is a paragraph that took its place
# The story's prose must start within this many blocks of the page's top.
SITE_PROSE_WITHIN = 6
# Under a section label, past the headline and its byline, date and credit lines.
SECTION_PROSE_WITHIN = 8
# A listing page's line printed with each story: this short, this often.
LISTING_LINE = 60
LISTING_WORDS = 10
LISTING_REPEATS = 3
LISTING_PROSE_WORDS = 10  # a table's row or a title is shorter
_FIGURES = re.compile(r"\d+")
# A line opening with three capitalised words run together: maybe a menu's links.
_GLUED_LINKS = re.compile(r"(?:^|(?<=\n))[^\S\n]*[A-Z][a-z]{2,}[A-Z][a-z]{2,}[A-Z]")
# A line with no capital, figure or stop: maybe a page's keywords in small letters ...
_SMALL = r"[a-z#][a-z ,#'-]{10,}"
_SMALL_LINE = re.compile(_SMALL)
# ... and, for the pre-check, such a line or figures alone (a counter, an archive's years).
_SMALL_OR_FIGURES = re.compile(rf"(?m)^[^\S\n]*(?:{_SMALL}|\d[\d \t]{{3,}})$")
# A whole number alone on its line, too long for a list's number and no year's: a page's
# counter or an item's number ("25311", "20091227").
_BARE_NUMBER = re.compile(r"\d{4,9}")
_YEARS = re.compile(r"(?:(?:19|20)\d\d[ \t]+){4,}(?:19|20)\d\d")  # an archive's years, one link each
_BARE_FIGURES = "a number alone on a line (the page's counter or an item's number), not text"
_YEARS_REASON = "an archive's years, one link each, not text"
_DISPLAYED_FIGURE = re.compile(r"[$€£]?\d[\d.,]*%?")
# "Place, Country", "Helsinki, March 18 (STT)": a dateline printed on its own line, the story's,
# however often a listing shows it.
_PLACE_NAME = r"\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}"
_MONTH_DAY = rf"{MONTH} \d{{1,2}}"
_PLACE_LINE = compile_cached(
    rf"{_PLACE_NAME}(?:, {_PLACE_NAME}(?:, {_MONTH_DAY})?|, {_MONTH_DAY})(?: \(\p{{Lu}}[\p{{L}} /&.-]{{0,30}}\))?"
)
_NO_FIGURES = str.maketrans("", "", "0123456789#")
_LISTING_REASON = "a line a listing page prints with each of its stories (the same, figures aside)"
_LISTING_ITEM = "another story's teaser between the lines a listing page prints with each of its stories"
LISTING_ITEM_WORDS = 60  # a teaser's words, at most: a story between two such lines is longer
_LINK_LINE = "a link prompt on a line of its own ('Full story', 'Continue reading')"
_CLOSING_TAG = "a tag of the page (a place's or topic's link) after the story's last sentence, not text"
_GLUED_ALSO_REASON = (
    "a 'Read also' link glued to the linked story's title at a paragraph's start ('Read alsoPoroshenko: "
    "...'), the page's, not the story's"
)
MAX_PROMPT_LINE = 160  # a prompt and its title alone on a line are no longer
_ALSO_HINTS = ("ead also", "ee also", "EAD ALSO", "EE ALSO", "ead Also", "ee Also")
# At a line's start, the title's capital straight after it.
_GLUED_ALSO = compile_cached(r"(?m)^[ \t]*((?i:read|see)[ \t]+(?i:also))(?=\p{Lu})")
# A link to another story in brackets after a paragraph's sentence ("... in Marawi City. (READ:
# Timeline of the clashes)"), the label in capitals or capitalised.
_LINK_HINTS = ("(READ", "(Read", "(SEE", "(See", "(WATCH", "(Watch", "(ALSO READ", "(Also read", "(RELATED", "(Related")
_BRACKETED_LINK = compile_cached(
    r"(?<=[.!?\"”’])[ \t]*(\((?:ALSO[ \t]+READ|Also[ \t]+read|READ|Read|SEE|See|WATCH|Watch|RELATED|Related)"
    r"[ \t]*:[^()\n]{1,150}\))"
)
_BRACKETED_LINK_REASON = "a link to another story in brackets after the paragraph's sentence ('(READ: ...)')"
_GLUED_PROMPT = "a listing's link prompt run into the next item's title ('View ArticleHousing ...'), not text"
_PROMPT_WORDS = frozenset(("read", "view", "see", "full", "continue"))
# What the "teaser" pattern may find.
_TEASER_PROMPTS = ("read more", "see more", "full story", "continue", "[more]", "more »", "more ›", "more >")
_PROMPT_INITIALS = frozenset(word[0] for word in _PROMPT_WORDS)
_COPIED_LINK = "the page's address that a copy-paste script adds to copied text ('Read more at: https://...')"
MAX_RIGHTS = 200  # a rights line with its stop: the notice, not a paragraph that quotes one
_REQUIRED_FIELD = "a form's field label with its required mark ('Name: *', 'Password *'), not text"
MAX_FIELD = 50
_EMPTY_FIELD = "a template's field label left empty ('ID :', 'Author :'), not text"
_STAMP = (
    "a content system's time stamp ('2020-07-20T11:21:08+00:00') or a widget's date with its label glued on, "
    "not the story's dateline"
)
MAX_STAMP = 60
_FEED_STAMP = "a feed's or server's time stamp ('Wed, 23 May 2018 01:45:56 +0000') with its fields, not the story"
MAX_FEED_LINE = 120
MAX_CREDIT_LINE = 100
# A reading time among a byline's or a story card's words ("Matthew Scace, The Canadian Press 5
# minute read Sunday, Jan. 26, 2025", "By X | May 18th 2014 | 5 min read"): the page's widget.
_READ_TIME = re.compile(r"(?i)\b\d{1,2}[ -]?min(?:ute)?s?\.?[ -]read\b")
_READ_TIME_LINE = "a byline or story card with the page's reading time, not a sentence"
_EDITOR_CREDIT = "the site's editor credit ('Web Editor: ...'), the page's, not the story's"
_STAMP_ENDS = "0123456789Zz"
# A time of day alone on the page's first line ("12:56", "7:37 pm"): the site's clock, no title.
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?")
_CLOCK_REASON = "a time of day alone on the first line: the page's clock, not the story's title"
# A page's clock counting back in words, alone on a line ("Yesterday"): no story prints the word
# alone without a stop.
_RELATIVE_DAYS = frozenset(("yesterday", "just now"))
_RELATIVE_DAY_LENGTH = max(map(len, _RELATIVE_DAYS))


# The page's clock time on the reader's day ("Updated at 7:15 am today", "Posted 10:30 yesterday").
_CLOCK_TODAY = compile_cached(
    r"(?i)(?:(?:last[ \t]+)?(?:updated|posted|published)[ \t]*(?:at|on)?[ \t]*:?[ \t]*)?"
    r"\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]+(?:today|yesterday)"
)


def _counted_back(text: str) -> bool:
    """A time the page counts back from its reader's clock ("1 hour ago", "Yesterday",
    "Updated at 7:15 am today")."""
    if "ago" in text:
        return patterns()["ago"].fullmatch(text) is not None
    if "day" in text and len(text) <= MAX_CLOCK_TODAY and _CLOCK_TODAY.fullmatch(text.strip()):
        return True
    return len(text) <= _RELATIVE_DAY_LENGTH and text.casefold() in _RELATIVE_DAYS


MAX_CLOCK_TODAY = 50
_AGO = "a time counted back from the reader's clock ('2 hours 31 min ago'): the page's widget, not the story's date"
_CONTACT = "a telephone number or a labelled e-mail address alone on a line (the page's contact), not text"
_BARE_LINK = "a web address, social handle or e-mail address alone on a line (a link of the page), not text"
_COMMENT_HEADER = "a reader's comment's header (the commenter's name and the comment's time), not the story"
_DEFAULT_USER_OPENERS = frozenset(("by", "posted", "admin", "administrator", "webmaster", "site"))
_DEFAULT_BYLINE = "a blog's default user as the byline ('By admin'), not a person's name"
_LABELLED_LINK = "a web address under its label ('Pacific Journalism Online: http://...'), a link of the page, not text"
_TOP_DATE = "a date widget with a weekday, clock time or label above the headline"
_AWAY_DATE = "a date or time widget line away from the story's top"
_ICON_COUNTER = (
    "an icon font's word where its icon was, before the page's counter, date or reading time ('visibility 2')"
)
MAX_ICON_COUNTER = 70
_POST_NAVIGATION = (
    "a link to the site's previous or next post, with its title ('PREV ...', 'Next post: ...'), not the story"
)
_NAVIGATION_WORDS = frozenset(("prev", "previous", "next"))
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
# A Chinese site's licence number in its footer ("京ICP备16065310号", "蜀ICP备14024942号-1").
_ICP_LICENCE = re.compile(r"\w?ICP[备證证][ \t]?\d{5,12}号")
_ICP_REASON = "the site's licence number (its ICP registration), a line of the page's footer"
# A time alone in the style of a timeline's entries ("4:55 p.m.", "10 a.m."): the story's own.
_TIMELINE_TIME = re.compile(r"\d{1,2}(?::\d{2})?\s?[ap]\.m\.")
_PERSONAL_USE = "the page's terms of use ('... for your personal, non-commercial use only'), not the story"
_RIGHTS_SENTENCE = "the page's copyright notice for what it reprints, not the story"
_SOLELY = (
    "a distributor's disclaimer over the release it passes on ('... is solely responsible for the information'), "
    "not the story"
)
_REUSE_TERMS = "the page's terms for reusing its copy ('Without written authorization ...'), not the story"
_DATED_TITLE = "another story's title with its date run on ('... yearsGMT 11:18 2018 Friday'), a listing's item"
MAX_DATED_TITLE = 200
_VIEWS = "the publisher's disclaimer over its writers' views ('The views ... expressed herein are ...'), not the story"
_NO_WARRANTY = "the publisher's disclaimer over what it republishes ('as is', without warranty), not the story"
_LABELLED_TAGS = "the page's tags under a label, in any language ('Từ khóa: #High-Quality Rice')"
# A site's section label alone on a line away from the story's top ("News", "World"): a page's
# heading over the next stories. This long at most.
_LONE_SECTION = 20
_LONE_SECTION_REASON = "a site's section label alone on a line, away from the story's top (section words only)"
_ENDS = (SIGNOFF, END_MARKER)
# A blog post's comment counter closing its credit and date line ("By August 6, 2024 No Comments",
# "By admin | August 6, 2024 | 2 Comments").
_COMMENT_TAIL = compile_cached(r"(?<=\d)[ \t|·•-]*((?:No|One|\d{1,5})[ \t]+Comments?)[ \t]*$")
_COMMENT_COUNTER = "the post's comment counter, glued after the credit's date"
_BUTTON_ENDS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ:+-")
# A '|' bar may be a long ticker of other stories' headlines.
MAX_BAR = 600
MENU_BAR_PARTS = 4  # bars between a menu's items on the first line: a title has one at most
_PAYWALL = "a paywall or subscription prompt of the page, not the story"
_NOTICE = "the page's notice to its reader ('Please visit ...', 'If you ..., please submit it here'), not the story"
# A share or comment counter alone on a line: this many digits at most.
LONE_COUNTER = 3
LONE_SEPARATORS = frozenset("-–—|#•·×Xx$€£¥")  # "X", "x", "×": a close button or a social network's
_LONE_KINDS = (HEADLINE, PARAGRAPH)
# A short line of marks alone, no letter or figure in it, of two kinds of mark or more ("![]() |",
# "| ▲"): what a page leaves of an empty image or a menu's arrows. One mark repeated ("***",
# "---", "###", "// //") is a section break, a divider or an end marker.
LONE_MARKS = 12
LONE_BUTTONS = 40  # ... and a block of one button a line ("• A" three times) this long at most
_MARKS = "marks alone on a line (an empty image, a menu's arrows or separators), not text"
def _holds_story(blocks: list[Block]) -> bool:
    """Whether the page holds a story at all: a paragraph of prose."""
    return any(b.kind == PARAGRAPH and b.text.count(" ") >= PROSE_WORDS for b in blocks)


def _counter(text: str) -> bool:
    """A counter of up to three figures."""
    return text.isdigit() and text.isascii() and len(text) <= LONE_COUNTER


def _counter_mark(text: str) -> bool:
    """A counter, or a currency sign alone (an empty price)."""
    return _counter(text) or text in _CURRENCY_SIGNS


_COUNTER = "a counter alone on a line (a share, view or comment count of the page), not text"
_SEPARATOR = "a separator character alone on a line (the page's divider), not text"
SUBHEAD_WORD = 6  # letters: a sub-heading's one word the paragraph under it prints; a button's is shorter


def _names_subject(word: str, below: str) -> bool:
    """The paragraph under a lone word prints it, singular or plural: the word heads it."""
    stem = word[:-1] if word.endswith("s") else word
    return compile_cached(rf"(?i)(?<![\p{{L}}]){re.escape(stem)}s?(?![\p{{L}}])").search(below) is not None


_LONE_WORD_REASON = "one everyday word alone between the story's paragraphs (a button's or a label's), not text"
_LONE_WORD = compile_cached(r"\p{Lu}\p{Ll}{2,}")
LONE_WORD_LENGTH = 16  # characters: longer than any one word such a label is
_EMPTY_PRICE = "a currency sign alone on a line (a price or rate widget left empty), not text"
_CURRENCY_SIGNS = frozenset("$€£¥")
_LONE_LETTER = "a small letter alone on a line (an icon font's glyph: 'r', 'f'), not text"
_TEXT_SIZE = "a text-size widget's 'A' buttons, one a line, not text"
# Letters set one by one with a space between ("C H A N D I G A R H   S T O R I E S"): a page's
# styled banner or section title; no sentence is printed so. Five letters at least (not "U S A").
_SPACED = compile_cached(r"\p{L}(?: \p{L}){4,}(?:[ ]{2,4}\p{L}(?: \p{L})*)*")
_SPACED_KINDS = (HEADLINE, PARAGRAPH, CAPTION, TABLE)
# A time in milliseconds since 1970 alone on a line, between the years 2000 and 2035 ("1551273655000"):
# a date the page's script failed to format.
_EPOCH_MS = (946_684_800_000, 2_051_222_400_000)
_EPOCH_LINE = re.compile(r"(?m)^[ \t]*\d{13}[ \t]*$")
_SPACED_LINE = re.compile(r"(?m)^[ \t]*[^\W\d_](?: [^\W\d_]){4}")
_EPOCH_REASON = "a time in milliseconds since 1970 alone on a line (a date the page's script left unformatted)"
# Section labels one a line closing the page, a list's bullet before each or not ("- Latest" over
# "- Trending"): the tabs of a widget under the story. Two at least: one may be a heading.
TRAILING_TABS = 2
_TABS_REASON = "one of the section labels closing the page, one a line (a widget's tabs), not the story"
_SPACED_REASON = "letters set one by one with spaces between (a page's styled banner or section title), not text"


def _text_size_lines(text: str) -> bool:
    """Lines of "A" only, a list's bullet before each or not: the text-size buttons."""
    return {line.strip().lstrip("•·▪◦ \t") for line in text.split("\n")} == {"A"}


def _beside_same(doc: Document, block: Block) -> bool:
    """The block above or below prints the same text (a list's letters would run A, B, C)."""
    blocks, at = doc.blocks, doc.block_index(block)
    return any(0 <= i < len(blocks) and blocks[i].text.strip() == block.text.strip() for i in (at - 1, at + 1))
_CLOSE = "a close button or a social network's 'X' alone on a line, not text"
# A site or section name above the headline: this many words at most.
SITE_WORDS = 3
# The first line is judged the page's when the story's prose starts within this many blocks ...
FIRST_LINE_PROSE_WITHIN = 10
# ... and, for menu words, when it holds this many words at most (a title of common words is longer).
FIRST_LINE_MENU_WORDS = 3
FIRST_LINE_TITLE_WORDS = 16  # a headline's words at most; a longer line without a stop is a cut sentence
# A server's error notice names the script and its line ("in /var/www/wp-includes/functions.php on
# line 6114"); its sentence may run over this many lines above.
_SERVER_NOTICE = compile_cached(r"(?:\bin[ \t]+)?/[\w./-]+\.php on line \d+")
MAX_NOTICE_LINES = 2
_SERVER_NOTICE_REASON = "a web server's error notice (a script's file and line), not the story"
_ADS_RECORD = compile_cached(
    r"[\w.-]+\.[a-z]{2,},[ \t]*[\w-]{4,40},[ \t]*(?:DIRECT|RESELLER)(?:,[ \t]*[0-9a-f]{9,16})?"
)
_ADS_RECORD_REASON = "a line of the site's ads.txt file (an advertising system's account), not text"
_ADS_KINDS = (HEADLINE, PARAGRAPH, TABLE)  # the first line too: no title is one


def _runs_on(above: Line, line: Line) -> bool:
    """The line right above, with no blank line between, whose sentence the line goes on with."""
    return line.start == above.end + 1 and above.text.rstrip()[-1:] not in SENTENCE_END


_SITE = (
    "a site or section name above the headline-like line under it (a few words, no sentence), "
    "not the story's headline"
)
_OUTLET = "a news organisation's name at the top of the page (the site's masthead), not the story's headline"
# A news site's name alone on a line further down ("The Bangkok Post", "Famagusta Gazette"): the
# page's masthead, a card's source or a credit, not the story's sentence.
_AWAY_MASTHEAD = "a news site's name alone on a line away from the story's top (a masthead or a card's source)"
MAX_MASTHEAD = 40
_BYLINED = re.compile(r"(?im)^[ \t]*(?:written[ \t]+|posted[ \t]+)?by[ \t]+[A-Z]")
_IMAGE_FILE = "an image's file name where the image was, not text"
_IMAGE_FILE_LINE = 128  # a file name, with a CMS's rendition codes after it, is no longer
_ALT_TITLED = "a related story's title after its thumbnail's text (the page's title in small letters), not text"
ALT_TITLE_WORDS = 3
_DATELINE_TEASER = "another story's title and the first words of its lead, cut short, under the story, not text"
DATELINE_TEASERS = 2
# A lead's dateline: "KATHMANDU: ", "NEW DELHI, Jan 5 (IANS) - ".
_TEASER_DATELINE = compile_cached(
    r"\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2}(?::|,[^\n:]{0,40}?[ \t](?:--?|–|—))[ \t]+\p{L}"
)
_TEASER_DATELINES = compile_cached(r"(?m)^" + _TEASER_DATELINE.pattern)
_CUT_TEASER = "another story's teaser, cut at the width a listing gives each of its items, not text"
CUT_TEASERS = 4
CUT_TEASER_MIN = 60
_PROMPTED_ITEM = "another story's title and teaser over its 'Read more' link, under the story, not text"
PROMPTED_ITEMS = 2
_ELLIPSIS_TEASER = "another story's teaser cut short with an ellipsis, one of a run under the story, not text"
ELLIPSIS_TEASERS = 3
MIN_ELLIPSIS_TEASER = 40
_TWICE_TITLED = "another story's title printed twice with its date between, and its teaser, under the story"
TWICE_TITLED = 2
# Every link prompt of a line of its own holds one of these (`patterns()["link_line"]`).
_PROMPT_WORDS_SEEN = ("more", "story", "article", "report", "continue reading")
_AUTHOR_BOX = "the author's box under the story (the writer's name and who they are), not text"
MAX_AUTHOR_BIO = 300
# "Jane Doe is a seasoned reporter who ...": a writer's name, then who they are.
_AUTHOR_BIO = compile_cached(r"(?P<name>\p{Lu}[\p{L}'’.-]+(?:[ \t]\p{Lu}[\p{L}'’.-]+){1,2})[ \t]+is[ \t]+an?[ \t]")


@cache
def _author_words() -> frozenset[str]:
    """What a writer is: the byline's words ("reporter", "correspondent") and a few more."""
    words = shipped("data/web_chrome.yaml")["byline_words"]
    return frozenset(str(w) for w in words) | {"journalist", "journalists", "author", "columnist", "freelance"}


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
# The wire's reporting or editing credit over the page's footer: the story's, not the page's.
_REPORTING_CREDIT = compile_cached(
    r"[ \t]*\(?(?i:(?:additional[ \t]+)?reporting|written|writing|edited|editing|compiled|translated)"
    r"[ \t]+by[ \t]+\p{Lu}"
)
# Letters every photo's credit holds ("Photo", "Image", "Picture", "caption"): a cheap test first.
_CREDIT_HINTS = (
    "hoto", "HOTO", "mage", "MAGE", "icture", "ICTURE", "aption", "APTION", "ic:", "IC:", "ics", "ICS", "ideo", "IDEO",
)
_WEEKDAY_OPENINGS = frozenset(("mo", "tu", "we", "th", "fr", "sa", "su"))
_DASHED_TITLE = "another story's title in a list after a dash at the end of the text, no header above it"
DASHED_TITLES = 3  # titles in a row at least
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
_BLURB = (
    "the agency describing itself and its channels ('BERNAMA provides ... www.bernama.com') or saying "
    "what it is, not the story"
)
# The story's own credit under its end ("Edited by ...", "Reporting by ..."), not the page's.
_STAFF_CREDIT = compile_cached(
    r"(?i)[ \t]*\(?(?:edited|reported|written|compiled|translated|reporting|writing|editing)[ \t]+by[ \t]"
)
_COUNTED_DATE = "a date widget with the page's counter after it ('Nov 21, 2025 79'), not the story's date"
_RIGHTS_LINE = "the page's copyright line ('Name © 2024 All Rights Reserved'), not the story"
_TITLE_LINK = compile_cached(r"[ \t]+(?:https?://)?www\.[^\s]+$")
MAX_TITLE_LINE = 200  # a page's title is no longer; a first line past this is the story's copy
_TITLE_LINK_REASON = "the site's web address run on to the page's title"
_FEED_FOOTER = "a blog feed's line under the story it passed on ('The post ... appeared first on ...')"
_TITLE_SUFFIX = "the site's name after the page's title, which the page prints again alone below it"
_WIDGET_LABEL = "a widget's label between two of its lines that are chrome (a name between two prayer times)"
_EMPTY_LABEL = "a label of the page's footer with nothing after it ('Reactions:'), above its buttons"
_TAG_LIST = "the page's tags joined by ' , ' ('flood victims , relief centres , floods'), not a sentence"
_ISO_PREFIX = "a labelled date stamp opening the page ('date 2017-10-05'), the page's metadata, not its title"
# "date 2017-10-05 Indonesia, Jordan seek ...", "Published: 2019-08-10": the stamp and the space after it.
_LABELLED_ISO_DATE = re.compile(
    r"[ \t]*((?i:date|published|posted|updated)[ \t]*:?[ \t]*(?:19|20)\d\d-\d\d-\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?)"
    r"(?:[ \t]+|(?=\n)|\Z)"
)
_SCRIPT_PREFIX_REASON = "a word in another script opening an English paragraph (an agency's or the page's label)"
# Letters of scripts other than Latin, a word or a few, then the paragraph's English text.
_SCRIPT_PREFIX = compile_cached(
    r"([^\P{L}\p{Script=Latin}]{2,}(?:[ \t]+[^\P{L}\p{Script=Latin}]+){0,3})[ \t]+(?=[(\[\p{Lu}])"
)
_SCRIPT_SUFFIX_REASON = (
    "words in another script after an English paragraph's last sentence (the page's label or button)"
)
# Words in another script glued after the closing stop of an English paragraph ('... are "sacred."اضافة اعلان').
_SCRIPT_SUFFIX = compile_cached(
    r"(?<=[\p{Script=Latin}\d][.!?]?[.!?\"”’)])[ \t]*"
    r"([^\P{L}\p{Script=Latin}]{2,}(?:[ \t]+[^\P{L}\p{Script=Latin}]+){0,5})[ \t]*$"
)
SCRIPT_SUFFIX_LATIN = 60  # English letters before the tail, at least: the paragraph is English copy
_EDITORS_NOTE = "the wire's note to its editors ('ATTN EDITORS: ...', 'NOTE TO EDITORS: ...'), never meant for print"
_NOTE_OPENERS = frozenset(("attn", "attention", "note", "eds"))
_RATE_ROW = "an exchange-rate widget's row (a currency's code and its rates), not text"
_WEATHER = "a weather widget (a place, its temperature, the sky), not text"
_CLOCK_WIDGET = "a clock widget (a place's time and date: 'Fiji Time: 10:01 AM on Saturday'), not text"
_SLUG = "a page's address slug (its title in small letters joined by hyphens), not text"
SLUG_HYPHENS = 4
_MARKET_ROW = "a market widget's row (an index's change in per cent and its level), not text"
_LOGO = "a site's logo where the image was, by its alternative text ('Business Recorder Logo')"
_APP_BANNER = "the site's banner for its phone app ('Focus Taiwan App', 'ECNS App Download'), not text"
_FOREIGN_LABEL = "a label in another script run into the line's English text ('国内英语新闻:'), the page's"
_FOREIGN_LABELS = "a line of the page's labels in another script ('来源:', '责任编辑:') and their values, not text"
_FOREIGN_LABEL_KINDS = (HEADLINE, PARAGRAPH, CAPTION, TABLE)
_OTHER_LANGUAGE = "a line in another language ({}) inside English copy: the page's, not the story's"
FOREIGN_LABEL_WORDS = 3  # a line of labels holds this many English words at most (a source's name)
_TWEET = "an embedded tweet's link, author and date, as the page printed the tweet, not the story's text"
# "pic.twitter.com/Kj7RifvXW7— KFA-UK (@Korea_Friend_UK) September 15, 2020"
# The signature may stand on a line of its own, the link ending the tweet's text above it.
_TWEET_TAIL = compile_cached(
    r"(?m:(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)[ \t]*[—–-]+|^[ \t]*[—–]+)[ \t]*[^\n()]{1,60}\(@\w{1,30}\)[ \t]+"
    rf"{MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}"
)
_GALLERY = "a photo gallery's counter before the caption, not the caption's text"
# "1 of 4. Authorities monitor ...": the gallery's counter opening a caption.
_GALLERY_COUNTER = compile_cached(r"(?:(?i:photo|image|picture|slide)\s+)?(\d{1,2})\s+of\s+(\d{1,2})[.:]\s+(?=\p{Lu})")
_ANY_COUNTER = re.compile(r"\d of \d")  # the counter's core, with the standard engine's fast scan
_SITE_TAIL = "the site's name after the title, as the page's title bar prints it, not the story's"
_LABELLED_COUNTER = (
    "a counter or reference number of the page under its label ('Views: 1204', 'News Code: 8442'), not text"
)
_PAGES = "a listing's page numbers ('1 2 3 4 5 >'), not text"
_PAGE_OPENERS = frozenset("1«‹<PpFf")
_FIRST_LINE_MENU = (
    "the page's first line holds buttons, menu words or a label, not a title: the story's headline is under it"
)
_SECTION_UNDER_SITE = "a site's section label under the site's name, above the story's headline (menu words only)"
FOOTER_CHROME = 2  # lines of chrome after the story's last sentence that begin its footer
_ABOVE_TITLE = (
    "a line of the page between its first line and the story's headline (a menu, widget or label; "
    "no date, byline or credit)"
)
ABOVE_TITLE_LETTERS = 0.6  # a headline is mostly letters; a widget's row of figures is not
AGENCY_LETTERS = 5  # "PTI", "BSS": an agency's short name in capitals, the story's credit
_CLOCK = re.compile(r"\d{1,2}[:.h]?\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})?")  # "2000 GMT", "10:51 am"
_SECTION = "a site's section label above the story (section words only: 'Latest News', 'Politics'), not its headline"




class PageChromeOptions(RuleOptions):
    # A scrape's first line is the page's title slot. Unset, a site's or section's name printed
    # there above a headline and the story ("VnExpress International") is shown, and the page's
    # date there ("Sunday, December 31, 2017"), which reads as the story's own, is left; `true`
    # reports both, `false` neither.
    title_slot: bool | None = None


class PageChrome(Rule):
    spec = RuleSpec(
        code="NL408",
        name="page-chrome",
        category="residue",
        summary="A line that is web-page furniture by its shape: buttons and counters, a "
        "navigation bar, another script or language, a date widget, a teaser's 'Read more'.",
        rationale=(
            "Scraped copy keeps the page around the story: share and print buttons one per line "
            "or in a row with their counters, '|'-separated navigation and title bars (not the "
            "story's own credit and date so separated: 'Source: Xinhua | 2019/12/10 9:33:34 | Editor: "
            "ZX'), widgets "
            "in another script or language, date and author widgets, teasers of other stories "
            "cut short with 'Read more', 'See more...', 'Full Story' or '... Continue reading' and the "
            "post's title. A fixed list of phrases "
            "never keeps up with every site, so the line's shape decides: no sentence, nothing but button words "
            "(`rules/data/web_chrome.yaml`), counters and separators, or letters English copy "
            "does not use, or button words that lost their spaces ('0 Comment(s)Print E-mail', also before "
            "the credit's date: '0 CommentsPrint E-mail Xinhua, June 25, 2010', and a post's comment counter "
            "after it: 'By August 6, 2024 No Comments'); a label in Chinese, "
            "Japanese or Korean with its colon run into an English line ('国内英语新闻:China, Chile agree "
            "...'), or a line of such labels and their values ('来源: Xinhua 责任编辑: ...'); "
            "a run of five or more paragraphs of a few capitalised words each (or two or three words in "
            "sentence case, 'Digital life'; a byline, 'By Jane Doe', ends the run), a digit allowed in a "
            "word or as a channel's number but no figure ('COVID-19', 'FBC 2'; a "
            "menu printed one item per line, bulleted or not, with an odd short item now and then "
            "and its first line when the page opens with it; not when a line ends with a small "
            "word such as 'at the': a caption broken into lines), of three or more market-ticker lines "
            "or of three or more languages' names (a language switcher: '• Arabic', '• Français'; on the "
            "first line two languages' own names run on to the menu do, 'Global EditionASIA "
            "中文双语Français'); a short "
            "line a listing page prints with each of its stories (the same, figures aside, three "
            "or more times with a story's text between), and, when it is dated and one short paragraph "
            "stands between each two ('Mar 25'), those paragraphs, the listing's teasers; a "
            "site's section label alone on a line away from the story's top ('News', 'World'); the "
            "page's tags under a label in any language ('Từ khóa: #High-Quality Rice'); the page's "
            "notice to its reader, which opens by addressing the reader and speaks of the page ('Please "
            "visit the Politics section ...', 'If you would like to share a story idea, please submit it "
            "here', 'Dear User, ...', 'Disclaimer: This post has been auto-published ...'), closes "
            "so ('... Please contact us for subscription options.') or sells the page to its reader "
            "('Quickly share this news with your network', 'As a subscriber, you can gift ...'), "
            "sends the reader to its news ('Listen to the daily news from ...', 'Get News Fast': an "
            "imperative and the site's news, radio, podcast or app, no comma unless it ends as a "
            "sentence does) or disowns what it quotes ('... is not responsible for the content of "
            "quoted articles.', a distributor's '... published this content on ... and is solely responsible "
            "for the information', or its writers' views: 'The views and opinions expressed herein are ...') "
            "or states its terms of use ('... for your personal, non-commercial use') or for reusing its copy "
            "('While citing and using any materials ..., links to the website ... are mandatory', 'Without "
            "written authorization from ..., such content shall not be republished', 'This material may not be "
            "published, broadcast, rewritten or redistributed') "
            "or speaks to its reader of itself ('our' or 'your' a word or two before its website, "
            "readers, channel or comments: 'Access News Break, our award-winning app', 'This will "
            "delete your current comment'; not in reported speech); a template's field label alone, its value lost "
            "('Date:', 'Online:' over the story's prose or at its end; a heading such as 'Background:' is none), "
            "or a form's field label with its required mark ('Name: *', 'What is your email? **'); "
            "a plea quoted in the story is the story's; the page's "
            "copyright notice for what it reprints ('The copyright of the article ... belongs to the "
            "original author.'); a "
            "date widget with a weekday, clock or "
            "label away from the story's top (a bare date under a listing "
            "item's headline is the item's own, a date alone between the page's lines and the story's lead "
            "right under it, no story above it, is the story's own, and so is one above the story's first "
            "sentence, 'Published : Jan. 3, 2014 - 20:36', and a time alone in a timeline's style, "
            "'4:55 p.m.', a timeline story's entry); a Chinese site's licence number ('京ICP备16065310号'); "
            "the page's notice "
            "that its versions are machine translations ('... versions are automatically generated by the AI. So "
            "there may still be inaccuracies ...'); "
            "another story's title with its date stamp run on, a listing's item ('Panda cub born in the "
            "zooGMT 08:06 2018 Tuesday ,16 January'); "
            "a time counted back from the reader's clock "
            "('2 hours 31 min ago', the site's initials after it or not, a bar or the site's name run on before it: "
            "'|Updated: 15 minutes ago', 'Straits Times4 days ago'); a feed's or server's time "
            "stamp with seconds and a numeric zone, "
            "whatever fields stand around it ('Local Wed, 23 May 2018 01:45:56 +0000 theSundaily 549646'); "
            "a label line between the page's title and the same title printed again as the "
            "story's headline ('Source: Government of South Africa'); a link prompt on a line of its "
            "own ('Full Story', 'Continue reading \"...\"') or run into the next item's title ('View "
            "ArticleHousing minister ...'); the "
            "site's name after a title and a '»' or '|' ('... » Capital News'); an image's file name "
            "('DSC_0248', 'Banner.gif', or its extension alone: 'jpg'), a web address, social handle "
            "or e-mail address alone on a line or under its label ('Pacific Journalism Online: "
            "http://...', or after the site the page took the story from: 'from Asharq Al-Awsat https://...'; "
            "a person's e-mail address alone, not a desk's mailbox, is the reporter's contact "
            "line under the story, 'kdon@yna.co.kr', and stays: NL411 shows it as the agency's sign-off), "
            "a telephone number alone on a line "
            "('(800) 654-4262': in groups, nine digits or more, no date) or under a contact label ('[Phone] "
            "02-398-8585', 'Fax: ...', '[Mail] desk@...'), "
            "or an identifier code (twenty digits or more alone count too), "
            "bulleted or not; a menu's links run together, a word of three capitalised common words "
            "or more ('ContributorsPublishersAdvertisers'; a firm's name has two: 'SoftBank'); a counter or reference "
            "number under its label ('Views: 1204', 'News Code: 84422939', or a code's label without "
            "the colon: 'News Code 148490'); a breadcrumb trail ('Home › "
            "News › World', or two steps glued to '>>': 'English>>China Society'); a listing's page "
            "numbers ('1 2 3 4 5 >'); an embedded tweet's link, author "
            "and date ('pic.twitter.com/... "
            "— Name (@handle) September 15, 2020'); a photo gallery's counter opening a caption ('1 of 4. "
            "Police stand guard ...'); marks alone on a short line, two kinds or more ('![]() |') or a "
            "trail's separators without their links ('// // //') or an ellipsis alone ('...'); one "
            "separator character or a "
            "counter of one to three digits alone on a line ('-', '|', '0'), or a block of such counters "
            "one a line ('$' over '0' over '0'); the page's copyright line "
            "under the story ('[© 2018 SMPKE, PMO]', 'Copyright APP (...), 2017') with the short lines "
            "between the story's last "
            "sentence and it and the lines under it up to another story's paragraph (an update "
            "date, a read counter, the publisher's address); between the headline and the lead, "
            "navigation and section labels (common words only, no name; a trail of them split by "
            "' / ', ' - ' or ' > ', a date after it or not), labelled date widgets, the web editor's credit "
            "('Editor: huaxia'), the page's counters "
            "alone on their lines ('0', '814') and "
            "the site's or a news organisation's name written out ('VnExpress International', 'KYODO "
            "NEWS'; an agency's short name alone, 'Yonhap', is the story's credit, and so is a dateline's "
            "place in capitals with the agency after a dash or in brackets, 'ANKARA-Anadolu Agency'), and "
            "away from the "
            "top a news site's name alone on a line ('The Bangkok Post', 'The Kenyan DAILY POST', or run "
            "into the word it ends with: 'Zwnews'); a weather "
            "widget ('Kuala Lumpur 29°C, Mostly Cloudy', '29.3 C', 'Mostly Cloudy. H 69° L 56°', the sky and its high "
            "and low with the degree signs lost, 'Beijing Cloudy 34 / 24 City Forecast'), a market "
            "widget's row ('-1,39% 99.606'), a page's address slug ('trudeau-once-again-assures-the-premiers'), "
            "a ticker of three headlines or more parted by bullets, an exchange-rate widget's row whose codes "
            "are currencies' ('USD 23,150 23,460', '1 USD = 23,450 VND'), a labelled date stamp "
            "opening the page ('date 2017-10-05 ...'), the day the page was served in the site's top "
            "bar (a weekday and a date on its first two lines whose day has an ordinal, 'Monday, "
            "January 19th, 2026', or that lies days from the story's own date printed on the page; a "
            "top date line nothing contradicts may be the story's and stays; or the day in the Gregorian and the "
            "Islamic calendar, 'Thursday, March 28, 2024 | Ramadan 17, 1445 H') or a logo's alternative "
            "text ('Business "
            "Recorder Logo'), the site's banner for its phone app ('Focus Taiwan App') or a line of buttons "
            "('Menu', '1 min read'), on the first line too; "
            "a trail that lost its separators ('Home "
            "Politics & Laws'); tags joined by ' , '; a label left empty above the footer's buttons "
            "('Reactions:'); a reader's comment's header, the commenter's name before the comment's "
            "weekday, date and time ('Patriot Sunday, 23 November 2014 08:41 PM'); the page's tags "
            "after the story's last sentence, two short capitalised "
            "lines or more closing the text ('Jammu and Kashmir', 'Srinagar'); a 'Read also' link "
            "glued to the linked title at a paragraph's start, "
            "the text run on after it (only the prompt is shown); a blog's default user as the "
            "byline ('By admin', or 'administrator' alone: shown, as a byline's "
            "place is the story's); a word in another script opening an English paragraph ('ຂປລ (KPL) The "
            "government's ...'); the wire's note to its editors ('ATTN EDITORS: ...', 'NOTE TO EDITORS: "
            "...'); a currency sign alone (an empty price widget, deleted by the fix); a small letter "
            "alone on a line other than 'a' and 'i' (an icon font's glyph, shown), and an icon font's ligature "
            "name ('exit_to_app', 'access_time 3 May 2024': words in small letters joined by '_', which prose "
            "never prints) alone, before a date or run into a breadcrumb's words ('Homechevron_rightWorld'), "
            "shown, and one of the font's plain words before a counter, date or reading time ('visibility 2', "
            "'schedule 3 min read'; `icon_words` in the data); links to the previous and next posts with their "
            "titles ('PREV The art of ...', 'Next post: ...'); a photo's credit alone on a line once the story "
            "has begun ('(Photo: Jane Doe)', 'Photo: "
            "Agency/Jane Doe', 'File photo', 'No caption', '[Image via "
            "Agency]': the photo is gone; under the headline, above the lead, it is the story's own), shown; a "
            "short line closing with its rights reserved ('-- fotoAGENCY (2025) COPYRIGHT RESERVED'), shown; "
            "other stories' titles each over the first words of its lead, cut short ('KATHMANDU: Several areas "
            "will see'; two such pairs at least), shown; related stories' titles each after its thumbnail's text,"
            " the page's title in small letters ('talks resume in the capital Minister resigns'), shown; other "
            "stories' teasers under the story, cut at the one width a listing gives its items (four lines or more"
            " of the same length, each opening with a capital and cut short of a stop; hard-wrapped copy breaks "
            "at words, so its lines differ), shown; a calendar widget's rows ('Mo Tu We Th Fr Sa Su', "
            "'28 29 30 31 1 2 3'); a hashtag alone ('#Energy'); a gallery's counter alone ('1 of 47'), "
            "or a gallery's or pager's with a spaced slash ('1 / 21', 'Previous 157 / 191 Next'); "
            "the author's box under the story ('Jane Doe is a seasoned reporter who "
            "...', the name alone above it or not); other stories' titles and teasers each over a link prompt "
            "of its own line ('Read More'; two such items at least, the story above them), or each title printed "
            "twice with its date between, or each teaser cut short with an ellipsis (three in a row at least), "
            "or each title after a dash at the text's end (three at least, not under the story's own 'covers:'); "
            "a link to another story in brackets after a paragraph's sentence ('... in the city. (READ: ...)'); "
            "one everyday word, "
            "capitalised, alone between two of the story's sentences ('Details', 'Popular': a button's or "
            "a tab's label; not a name, a place, an agency, a month, a table's label in capitals or a "
            "heading with its colon, 'Background:', nor a sub-heading the paragraph under it prints, "
            "'Agreements'), shown; the "
            "agency describing itself and its channels ('BERNAMA provides ... www.bernama.com') or saying "
            "what it is ('NEWS EXPRESS is Nigeria's leading online newspaper'); "
            "the site's name and sections after the page's title when the page prints the title "
            "again alone below it ('... a deputy - KXYZ 7 News Springfield, Weather, Sports'), and the "
            "site's web address run on to the title ('... their cooperation www.montsame.mn'); "
            "a blog feed's line under the story it passed on ('The post ... appeared first on ...'); "
            "a copyright line with the sign inside it ('Bulgarian National Radio © 2024 All Rights "
            "Reserved'); a counter after a list's bullet ('• 16'); a date with the page's counter "
            "after it ('Nov 21, 2025 79', '... at 12:00 AM  Count : 18'), wherever it stands; "
            "a widget's label between two lines this rule reports (a prayer's name between two "
            "times: one word, or up to three in capitals, since capitalised words may be an author's "
            "name); "
            "anywhere, a "
            "line of running words in another language, named by a language identifier (a page's "
            "notice in Italian inside English copy; a quotation in it, or a line opening one, is the story's). The "
            "finding says which shape. A web server's error notice printed into the page (\"... in "
            "/home/site/wp-includes/functions.php on line 6114\") is shown up to its line number, with "
            "the lines right above that its sentence runs on from; so is a line of the site's ads.txt file "
            "(\"google.com, pub-..., DIRECT, f08c47fec0942fa0\"). Only a line of buttons and counters, or a separator "
            "character alone, is certain and deleted by the fix, with its own line break and no more; the other "
            "shapes are shown for an editor to decide. A scrape's first line is the page's title slot: "
            "a news organisation's name ('Lana News', 'SANA - Syrian Arab News Agency') or a site's or "
            "section's name printed there above a headline and the story is shown (the `title_slot` "
            "option `false` leaves the slot alone); a date widget there reads as the story's own date and "
            "is reported only with `title_slot = true`, as copy editors leave it; a section's label "
            "(menu words only) on the line under such a name, above the headline, is reported, and so "
            "are menu and section labels between the headline under it and the lead (a byline's word, "
            "'Staff Reporter', 'Agencies', makes none). "
            "A first line that holds no title is the page's whatever the option: a notice to the reader, "
            "a bar or trail ('calendar>>July 8. 2024 |'; a menu's items between four bars or more, however "
            "long: 'China Politics | CPC News| Foreign Affairs | World | ...'), a language switch "
            "('en Español', also run on "
            "to the site's name), buttons and menu words (three words at most, no section's or "
            "site's name) over the story's headline, or the page's clock ('12:56', '1 hour ago'). "
            "Anywhere: three lines or more in a row each closed by the page's separator (' -', ' |': a "
            "list of links); a relative day alone ('Yesterday') "
            "or after a clock time ('Updated at 7:15 am today'); a page's keywords in small letters "
            "('nigerian oil militants, nigeria pipeline attack': no function word, a name written small "
            "or items parted by commas), a number alone on a line that is no year and stands under no "
            "other figure ('25311'), an archive's years in a row, a language switcher's names. "
            "Under a first line that is a label (no title's shape), every line above the story's "
            "headline (the first line of a title's shape with the story's prose under it) is the "
            "page's menus and widgets, save a date, a byline, a person's name, a credit or an "
            "agency's short name, which are the story's own. After the story's last sentence, a "
            "sign-off, an end marker, a row of buttons or two lines of chrome begin the page's "
            "footer: the short lines under them are shown too (not a staff credit)."
        ),
        example="Talks resumed on Monday.\n\nShare\n\nFacebook\n\nTwitter",
        example_fixed="Talks resumed on Monday.",
        fix_safety="varies",
    )
    Options = PageChromeOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        found = list(self._check_all(doc))
        yield from found
        if len(found) >= 2:
            yield from self._between_widgets(doc, {d.start for d in found})

    def _between_widgets(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A widget's label between two of its lines that are reported ("Subuh" between two
        prayer times, "GENERAL INQUIRY" between two lines of buttons): one word, or up to three in
        capitals, with no sentence and no digit, whose neighbours above and below are both chrome."""
        lines = [(block, line) for block in doc.blocks if block.kind in _SCOPE for line in lines_of(block)]
        for (_, above), (block, line), (_, below) in zip(lines, lines[1:], lines[2:], strict=False):
            if above.start in reported and below.start in reported and line.start not in reported and (
                widget_label(line.text)
            ):
                yield self._line(doc, block, line, _WIDGET_LABEL, False)

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        site = _site_line(doc.blocks)
        found = list(self._page(doc, site))
        yield from found
        reported = {d.start for d in found}
        if not doc.own_markup:  # a format's own lists (keywords, places) are its fields
            lone = [d for d in (*self._lone_marks(doc), *self._lone_words(doc)) if d.start not in reported]
            yield from lone
            reported.update(d.start for d in lone)
            runs = [d for d in self._runs(doc) if d.start not in reported]
            yield from runs
            reported.update(d.start for d in runs)
            yield from (d for d in self._listing_lines(doc) if d.start not in reported)
            yield from (d for d in self._cut_teasers(doc) if d.start not in reported)
            yield from (d for d in self._alt_titled(doc) if d.start not in reported)
            yield from (d for d in self._dateline_teasers(doc) if d.start not in reported)
            yield from (d for d in self._author_box(doc) if d.start not in reported)
            yield from (d for d in self._prompted_items(doc) if d.start not in reported)
            yield from (d for d in self._twice_titled(doc) if d.start not in reported)
            yield from (d for d in self._ellipsis_teasers(doc) if d.start not in reported)
            yield from (d for d in self._dashed_titles(doc) if d.start not in reported)
            yield from self._site_tails(doc, reported)
            yield from self._copyright_footer(doc, reported)
            yield from self._tweet_tails(doc)
            yield from self._glued_also(doc)
            yield from (d for d in self._bracketed_links(doc) if d.start not in reported)
            yield from (d for d in self._closing_tags(doc) if d.start not in reported)
            yield from self._gallery_counters(doc)
            yield from (d for d in self._spaced_letters(doc) if d.start not in reported)
            yield from (d for d in self._trailing_tabs(doc) if d.start not in reported)
            yield from (d for d in self._epoch_stamps(doc) if d.start not in reported)
            yield from (d for d in self._logo_titles(doc) if d.start not in reported)
            if ".php on line " in doc.text:  # one C-level test: nearly every page has none
                yield from (d for d in self._server_notices(doc) if d.start not in reported)
            if "DIRECT" in doc.text or "RESELLER" in doc.text:
                yield from (d for d in self._ads_records(doc) if d.start not in reported)
            if not doc.text.isascii():
                yield from self._foreign_labels(doc, reported)
                yield from self._script_ends(doc, reported)
            yield from self._other_language(doc, reported)
        if site is not None and site[1] in (_SITE, _OUTLET) or doc.own_markup:
            # Under a site's name the headline is the second line; a reader that knows the
            # format put each field (abstract, credit, keywords) in its place.
            if not doc.own_markup:
                under = list(self._section_under_site(doc, reported))
                yield from under
                # The header under the headline, the line after the site's name and its section's.
                yield from self._header(doc, reported, 1 + len(under))
            return
        yield from self._header(doc, reported, 0)

    def _header(self, doc: Document, reported: set[int], headline: int) -> Iterator[Diagnostic]:
        for block, line, reason in header_lines(doc, headline):
            if line.start not in reported:
                yield self._line(doc, block, line, reason, False)

    def _check_all(self, doc: Document) -> Iterator[Diagnostic]:
        found = list(self._check(doc))
        yield from found
        if not doc.own_markup:
            # Last: a line above the title that a pass with a closer reason reported stays theirs.
            starts = {d.start for d in found}
            later = [
                d for d in (
                    *self._above_title(doc), *self._first_line(doc), *self._counter_rows(doc), *self._served_date(doc)
                )
                if d.start not in starts
            ]
            yield from later
            starts.update(d.start for d in later)
            options: PageChromeOptions = self.options  # type: ignore[assignment]
            if options.title_slot is None:
                # Unset: a site's or section's name in the title slot that no closer reason took.
                site = _site_line(doc.blocks)
                if site is not None and not any(site[0].start <= at < site[0].end for at in starts):
                    head, reason = site
                    yield self._line(doc, head, Line(head.start, head.end, head.text), reason, False)

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
                    # A trail spaced out over a row of its own among other rows.
                    at = block.start
                    for row in block.text.split("\n"):
                        if row.strip() and _spaced_line(row) == CRUMB_REASON:
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
                reason, certain = self._reason(line.text, index - first_body)
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

    @staticmethod
    def _reason(line: str, position: int) -> tuple[str | None, bool]:
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
        ].fullmatch(bare):
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
        if not ascii_line and language_switch(line):
            return _LANGUAGE_SWITCH, False
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
            return None, False
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
        return None, False

    def _lone_marks(self, doc: Document) -> Iterator[Diagnostic]:
        """A paragraph that is one separator character or a small counter alone ("-", "|", "0",
        "7"), or a few marks of two kinds or more ("| ▲"): what a page leaves of a divider, a share
        or comment counter, an empty image. Longer rules
        ("---") are a digest's dividers and longer figures ("78,000") a figure the story
        displays, so neither is taken."""
        blocks = doc.blocks
        if len(blocks) < 3:
            return
        story = None  # whether the page holds a story at all, asked once a mark is seen
        # One length test in a comprehension: nearly every block is longer.
        for block in [b for b in blocks if len(b.text) <= LONE_MARKS or len(b.text) <= LONE_BUTTONS and "\n" in b.text]:
            if block.kind not in _LONE_KINDS:
                continue
            text = block.text.strip()
            buttons = "\n" in text and _text_size_lines(text)
            if len(text) > LONE_MARKS and not buttons:
                continue
            # A list's bullet before a counter ("• 16") is the page's list of counters.
            figure = text.lstrip("•·▪◦ \t") if text[:1] in "•·▪◦" else text
            counter = _counter(figure)
            if counter or len(text) == 1 and text in LONE_SEPARATORS:
                reason = (
                    _COUNTER if counter else _CLOSE if text in ("X", "x", "×")
                    else _EMPTY_PRICE if text in _CURRENCY_SIGNS else _SEPARATOR
                )
            elif _marks_only(text) and not any(block.start <= m.start < block.end for m in doc.end_markers):
                reason = _MARKS  # an end marker ("./.", "(*)") is the story's, not the page's
            elif len(text) == 1 and text.isascii() and text.islower() and text not in "ai":
                reason = _LONE_LETTER  # an icon font's glyph ("r"), shown: a list's letter may stand so
            elif figure == "A" and _beside_same(doc, block):
                reason = _TEXT_SIZE  # "A" over "A" over "A": the text-size buttons, one a line
            elif buttons:
                reason = _TEXT_SIZE  # the same buttons as one block, a list's bullet before each
            else:
                continue
            if story is None:
                story = _holds_story(blocks)
            if not story:
                return
            line = Line(block.start, block.end, block.text)
            # A divider alone carries nothing; a figure alone might be a list's number; marks
            # are shown for an editor to decide.
            yield self._line(doc, block, line, reason, reason in (_SEPARATOR, _CLOSE, _EMPTY_PRICE))

    def _server_notices(self, doc: Document) -> Iterator[Diagnostic]:
        """A web server's error notice printed into the page ("... was triggered too early. ...
        in /home/site/wp-includes/functions.php on line 6114"): the line up to the line number,
        with the lines right above it that its sentence runs on from; what a scrape glued after
        the number stays."""
        lines = [line for block in doc.blocks for line in lines_of(block)]
        done = -1  # the last line reported: a notice above ends where the next one's lines begin
        for k, line in enumerate(lines):
            found = _SERVER_NOTICE.search(line.text) if ".php on line " in line.text else None
            if found is None:
                continue
            first = k
            while first - 1 > done and k - first < MAX_NOTICE_LINES and _runs_on(lines[first - 1], lines[first]):
                first -= 1
            for above in lines[first:k]:
                yield self.diagnostic(above.start, above.end, f"page chrome: {_SERVER_NOTICE_REASON}")
            yield self.diagnostic(line.start, line.start + found.end(), f"page chrome: {_SERVER_NOTICE_REASON}")
            done = k

    def _ads_records(self, doc: Document) -> Iterator[Diagnostic]:
        """A line of the site's ads.txt file ("google.com, pub-2626443220899894, DIRECT,
        f08c47fec0942fa0": IAB's domain, account, relationship and authority's id)."""
        for block in doc.blocks:
            if block.kind in _ADS_KINDS and ("DIRECT" in block.text or "RESELLER" in block.text):
                for line in lines_of(block):
                    if _ADS_RECORD.fullmatch(line.text.strip()):
                        yield self._line(doc, block, line, _ADS_RECORD_REASON, False)

    def _logo_titles(self, doc: Document) -> Iterator[Diagnostic]:
        """A logo's description run on to the title after it ("Logo of Phnom Penh Post newspaper
        Phnom Penh Post - Villagers demand ..."): the image's words go, the title stays."""
        if "ogo of " not in doc.text and "OGO of " not in doc.text:
            return  # one C-level test: nearly every page has none
        for block in doc.blocks:
            if block.kind not in _SPACED_KINDS or "ogo of " not in block.text:
                continue
            for line in lines_of(block):
                found = patterns()["logo_title"].match(line.text)
                if found is not None:
                    start, end = line.start + found.start(), line.start + found.end()
                    yield self.diagnostic(
                        start, end, f"page chrome: {_LOGO}, run on to the title after it",
                        Fix.safe("Delete the logo's description", Edit(start, end, "")),
                    )

    def _epoch_stamps(self, doc: Document) -> Iterator[Diagnostic]:
        """Thirteen figures alone on a line that read as a time of this century in milliseconds
        ("1551273655000"): the page's unformatted date. Removed unattended: it carries no words."""
        if _EPOCH_LINE.search(doc.text) is None:
            return  # one scan of the text: nearly every page has no such line
        for block in doc.blocks:
            if block.kind not in _SPACED_KINDS:
                continue
            for line in lines_of(block):
                text = line.text.strip()
                if len(text) == 13 and text.isdigit() and text.isascii() and _EPOCH_MS[0] <= int(text) < _EPOCH_MS[1]:
                    yield self._line(doc, block, line, _EPOCH_REASON, True)

    def _trailing_tabs(self, doc: Document) -> Iterator[Diagnostic]:
        """Section labels one a line at the very end of the page, under the story's prose ("- Latest",
        "- Trending"): a widget's tabs. Shown."""
        tail: list[tuple[Block, Line]] = []
        for block in reversed(doc.blocks):
            if block.kind not in _SCOPE:
                break
            lines = list(lines_of(block))
            for line in reversed(lines):
                if not section_label(line.text.strip().lstrip("-–•·▪◦* \t")):
                    break
                tail.append((block, line))
            else:
                continue  # the whole block is labels: the run may go on above it
            break
        if len(tail) < TRAILING_TABS or not _holds_story(doc.blocks):
            return
        for block, line in reversed(tail):
            yield self._line(doc, block, line, _TABS_REASON, False)

    def _spaced_letters(self, doc: Document) -> Iterator[Diagnostic]:
        """A line of letters set one by one with spaces between them ("S T O R I E S"): a
        banner's styling that a scrape kept as text. Removed unattended: it carries no words."""
        if _SPACED_LINE.search(doc.text) is None:
            return  # one scan of the text: nearly every page has no such line
        for block in doc.blocks:
            if block.kind not in _SPACED_KINDS or " " not in block.text:
                continue  # the gaps between its words make such a line a table's row too
            for line in lines_of(block):
                text = line.text.strip()
                # The second character a space: one test rules out nearly every line.
                if text[1:2] == " " and _SPACED.fullmatch(text):
                    yield self._line(doc, block, line, _SPACED_REASON, True)

    def _counter_rows(self, doc: Document) -> Iterator[Diagnostic]:
        """A block of two counters or more, one a line ("0" over "0", "$" over "0" over "0"): the
        share and comment counts of a page whose buttons' words were lost. Shown."""
        # One length test in a comprehension: nearly every block is longer.
        for block in [b for b in doc.blocks if len(b.text) <= LONE_MARKS * 2]:
            if "\n" not in block.text or block.kind not in _LONE_KINDS:
                continue
            lines = list(lines_of(block))
            marks = [line.text.strip() for line in lines]
            if not all(_counter_mark(m) for m in marks) or not any(m.isdigit() for m in marks):
                continue
            if not _holds_story(doc.blocks):
                return
            for line in lines:
                yield self._line(doc, block, line, _COUNTER, False)

    def _lone_words(self, doc: Document) -> Iterator[Diagnostic]:
        """A paragraph that is one everyday word, capitalised, between two of the story's
        sentences ("Details", "Popular", "Print"): a button's, a tab's or a widget's
        label that the page printed inside the story. A name, a place's or an agency's, a
        demonym, a month or a word no dictionary lists may be the story's own line (a dateline,
        a credit, a list's item); a table's row label is in capitals; with a colon
        ("Background:") it heads the prose under it."""
        blocks = doc.blocks
        # One length test in a comprehension: nearly every block is longer.
        candidates = [i for i, b in enumerate(blocks) if len(b.text) <= LONE_WORD_LENGTH and b.kind in _LONE_KINDS]
        if not candidates:
            return
        prose = [i for i, b in enumerate(blocks) if _prose(b)]
        if len(prose) < 2:
            return
        data = compiled()
        for index in candidates:
            block = blocks[index]
            word = block.text.strip()
            if _LONE_WORD.fullmatch(word) is None or not prose[0] < index < prose[-1]:
                continue
            bare = word.casefold()
            code = data.code(bare)
            if not code & WORD or code & (NAME | PROPER) or bare in agency_names():
                continue
            if len(bare) >= SUBHEAD_WORD and _names_subject(bare, blocks[index + 1].text):
                continue  # "Agreements" over "... signed 17 Free Trade Agreements": the story's sub-heading
            yield self._line(doc, block, Line(block.start, block.end, block.text), _LONE_WORD_REASON, False)

    def _listing_lines(self, doc: Document) -> Iterator[Diagnostic]:
        """A short line a listing page prints with each of its stories ("8 months ago Web Desk
        0", "Updated: 3 hr ago", "Pacific Islands"): the same line, figures aside, three or more
        times with a story's text between each two. An agate table's repeated rows have none
        between them."""
        blocks = doc.blocks
        # A necessary condition first: three short blocks alike once figures (and "#") are
        # gone, or lines of one block to compare. Nearly every story stops here.
        short = [text for b in blocks if len(text := b.text) <= LISTING_LINE]
        if len(short) < LISTING_REPEATS:
            return
        alike = [text.translate(_NO_FIGURES) for text in short]
        if len(alike) - len(set(alike)) < LISTING_REPEATS - 1 and "\n" not in "".join(b.text for b in blocks):
            return
        where: dict[str, list[tuple[int, Block, Line]]] = {}
        prose: list[int] = []
        above = ""  # the line above: a listing item's date under its headline is the item's
        for index, block in enumerate(blocks):
            text = block.text
            if block.kind == PARAGRAPH and "  " not in text and len(text.split()) >= LISTING_PROSE_WORDS:
                prose.append(index)  # a story's text or its teaser (cut, "... Read More")
                above = ""
                continue
            if block.kind not in (HEADLINE, PARAGRAPH, CAPTION):
                above = ""
                continue
            for line in lines_of(block):
                text, previous, above = line.text.strip(), above, line.text
                if bare_date(text) and title_line(previous) and not section_label(previous):
                    continue
                if (
                    not text or len(text) > LISTING_LINE or text[-1] in SENTENCE_END or "  " in text
                    or len(text.split()) > LISTING_WORDS or not any(c.isalnum() for c in text)
                ):
                    continue
                if _PLACE_LINE.fullmatch(text):
                    continue  # each story's dateline set on its own line ("Nuku'alofa, Tonga")
                where.setdefault(_FIGURES.sub("#", text), []).append((index, block, line))
        for places in where.values():
            if len(places) < LISTING_REPEATS:
                continue
            apart = sum(
                1 for (a, _, _), (b, _, _) in zip(places, places[1:], strict=False)
                if any(a < p < b for p in prose)
            )
            if apart < LISTING_REPEATS - 1:
                continue
            for _, block, line in places:
                yield self._line(doc, block, line, _LISTING_REASON, False)
            if any(c.isdigit() for c in places[0][2].text):
                # Dated marks ("Mar 25", "25.11.2014 16:34"); an advert's label between the story's
                # own paragraphs ("Advertisement") parts no listing.
                yield from self._listing_items(doc, [index for index, _, _ in places])

    def _listing_items(self, doc: Document, marks: list[int]) -> Iterator[Diagnostic]:
        """The listing's stories between its lines, when one paragraph of a few sentences at most
        stands between each two of them ("Mar 25" / "Springtime cherry blossoms are drawing
        crowds ..." / "Mar 25"), and the one under the last when the text ends there."""
        blocks = doc.blocks
        if any(b - a != 2 for a, b in zip(marks, marks[1:], strict=False)):
            return  # one story between each two lines, or the lines are no such listing's
        items = marks if marks[-1] == len(blocks) - 2 else marks[:-1]  # the last one's too where the text ends
        for mark in items:
            item = blocks[mark + 1]
            if item.kind == PARAGRAPH and "\n" not in item.text and len(item.text.split()) <= LISTING_ITEM_WORDS:
                yield self._line(doc, item, Line(item.start, item.end, item.text), _LISTING_ITEM, False)

    def _alt_titled(self, doc: Document) -> Iterator[Diagnostic]:
        """Related stories' titles, each after its thumbnail's alternative text, which the page
        set to its own title in small letters ("vietnamese in laos work to strengthen solidarity
        Annual border meeting held"): no line of the story opens with its headline so written."""
        head = doc.blocks[0] if doc.blocks and doc.blocks[0].kind == HEADLINE else None
        if head is None or "\n" in head.text or len(head.text.split()) < ALT_TITLE_WORDS:
            return
        low = head.text.strip().lower()
        if low == head.text.strip() or low + " " not in doc.text:
            return  # one C-level search: nearly every story stops here
        for block in doc.blocks[1:]:
            if block.kind != PARAGRAPH:
                continue
            for line in lines_of(block):
                if line.text.startswith(low + " ") and len(line.text) > len(low) + 1:
                    yield self._line(doc, block, line, _ALT_TITLED, False)

    def _dateline_teasers(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories under the story, each a title over the first words of its lead, cut short
        of a stop ("Power outages in several areas" over "KATHMANDU: Several areas will see
        outages throughout"): two such pairs at least, under a sentence of the story."""
        found = _TEASER_DATELINES.finditer(doc.text)
        if next(found, None) is None or next(found, None) is None:
            return  # two leads' datelines at lines' starts at least: nearly never
        lines = doc.derived(_paragraph_lines)
        pairs: list[tuple[tuple[Block, Line], tuple[Block, Line]]] = []
        begun = False
        for (title_block, title), (lead_block, lead) in zip(lines, lines[1:], strict=False):
            text = title.text.strip()
            if text[-1:] in SENTENCE_END and text.count(" ") >= PROSE_WORDS:
                begun = True
                continue
            if not begun or not _title_shape(text) or len(text) > MAX_TITLE_LINE:
                continue
            cut = lead.text.rstrip()
            if cut[-1:] not in SENTENCE_END and cut[-1:] not in "\"”’)" and _TEASER_DATELINE.match(cut):
                pairs.append(((title_block, title), (lead_block, lead)))
        if len(pairs) >= DATELINE_TEASERS:
            for pair in pairs:
                for block, line in pair:
                    yield self._line(doc, block, line, _DATELINE_TEASER, False)

    def _ellipsis_teasers(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories' teasers under the story, each cut short with an ellipsis ("... has
        expanded its premium spirits…"): three lines in a row at least, the story's text above."""
        if doc.text.count("…") + doc.text.count("..") < ELLIPSIS_TEASERS:
            return  # C-level counts: nearly every story stops here
        lines = doc.derived(_paragraph_lines)
        run: list[tuple[Block, Line]] = []
        for block, line in [*lines, (None, None)]:
            text = line.text.rstrip() if line is not None else ""
            body = text.rstrip(".…")
            if (
                len(text) >= MIN_ELLIPSIS_TEASER and text.endswith(("…", "..")) and text.count(" ") >= 5
                and "…" not in body and ".." not in body  # a wire's items split by "..." are one paragraph
            ):
                run.append((block, line))
                continue
            if len(run) >= ELLIPSIS_TEASERS and story_above(doc, run[0][1].start):
                for item_block, item in run:
                    yield self._line(doc, item_block, item, _ELLIPSIS_TEASER, False)
            run = []

    def _twice_titled(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories listed under the story, each title printed twice with its date between
        ("Holding the key" / "05 Dec, 2024" / "Holding the key"), its teaser under it: two such
        items at least, the story's text above the first."""
        raw = doc.text.split("\n")
        if len(raw) - len(set(raw)) - max(raw.count("") - 1, 0) < TWICE_TITLED:
            return  # two lines printed twice at least (C-level counts): nearly every story stops here
        lines = doc.derived(_paragraph_lines)
        texts = [line.text.strip() for _, line in lines]
        items: list[list[int]] = []
        for i, title in enumerate(texts[:-2]):
            if not (title and len(title) <= MAX_TITLE_LINE and title[-1] not in SENTENCE_END and " " in title):
                continue
            if texts[i + 2] == title and date_widget(texts[i + 1]):
                item = [i, i + 1, i + 2]
                if i + 3 < len(texts) and texts[i + 3].count(" ") >= PROSE_WORDS:
                    item.append(i + 3)  # the item's teaser
                items.append(item)
        if len(items) < TWICE_TITLED:
            return
        if not story_above(doc, lines[items[0][0]][1].start):
            return  # a listing page's own items: its copy
        for item in items:
            for i in item:
                yield self._line(doc, lines[i][0], lines[i][1], _TWICE_TITLED, False)

    def _prompted_items(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories listed under the story, each a title and its teaser over a link prompt of
        its own line ("Read More"): two such items at least, the story's text above the first."""
        low = doc.text.lower()
        if sum(map(low.count, _PROMPT_WORDS_SEEN)) < PROMPTED_ITEMS:
            return  # two link prompts at least: C-level counts rule out nearly every story
        lines = doc.derived(_paragraph_lines)
        prompts = [
            i for i, (_, line) in enumerate(lines)
            if i >= 2 and len(line.text) <= 40 and patterns()["link_line"].fullmatch(line.text.strip())
        ]
        if len(prompts) < PROMPTED_ITEMS:
            return
        items = [
            (lines[i - 2], lines[i - 1]) for i in prompts
            if _title_shape(lines[i - 2][1].text.strip()) and lines[i - 1][1].text.count(" ") >= PROSE_WORDS
        ]
        if len(items) < PROMPTED_ITEMS:
            return
        if not story_above(doc, items[0][0][1].start):
            return  # a listing page's own items: its copy
        for pair in items:
            for block, line in pair:
                yield self._line(doc, block, line, _PROMPTED_ITEM, False)

    def _dashed_titles(self, doc: Document) -> Iterator[Diagnostic]:
        """Other stories' titles listed at the text's end without a header, each after a dash
        ("- China rebuffs criticism over drills"): three or more such lines in a row, no
        sentence among them, the story's text above."""
        if "\n- " not in doc.text and "\n– " not in doc.text:
            return  # one C-level scan each: nearly every story has no dashed line
        run: list[tuple[Block, Line]] = []
        lines = doc.derived(_paragraph_lines)
        for block, line in reversed(lines):
            text = line.text.strip()
            if text[:2] not in ("- ", "– ") or not _title_shape(text[2:].strip()):
                break
            run.append((block, line))
        if len(run) < DASHED_TITLES or not story_above(doc, run[-1][1].start):
            return
        above = len(lines) - len(run) - 1
        if above >= 0 and lines[above][1].text.rstrip()[-1:] == ":":
            return  # a list the story opens itself ("The pact covers:"): its points
        for block, line in reversed(run):
            yield self._line(doc, block, line, _DASHED_TITLE, False)

    def _author_box(self, doc: Document) -> Iterator[Diagnostic]:
        """The author's box under the story: a line telling who the writer is ("Jane Doe is a
        seasoned reporter who ..."), the name alone on the line above it or not."""
        if " is a" not in doc.text and " is an" not in doc.text:
            return
        blocks = [b for b in doc.blocks if b.kind == PARAGRAPH]
        begun = False
        for index, block in enumerate(blocks):
            text = block.text.strip()
            match = _AUTHOR_BIO.match(text) if begun and "\n" not in text and len(text) <= MAX_AUTHOR_BIO else None
            if match is not None and may_be_a_name(match["name"].split(), unlisted_surname=True) and (
                # Who the writer is, within a few words ("is a seasoned reporter"), not whom a
                # person of the story spoke to ("is a farmer, he told reporters").
                not _author_words().isdisjoint(w.casefold().strip(",.") for w in text[match.end() :].split()[:4])
            ):
                above = blocks[index - 1] if index else None
                if above is not None and above.text.strip() == match["name"]:
                    yield self._line(doc, above, Line(above.start, above.end, above.text), _AUTHOR_BOX, False)
                yield self._line(doc, block, Line(block.start, block.end, block.text), _AUTHOR_BOX, False)
            if text[-1:] in SENTENCE_END and text.count(" ") >= PROSE_WORDS:
                begun = True

    def _cut_teasers(self, doc: Document) -> Iterator[Diagnostic]:
        """Teasers of other stories that a listing cut at one width ("Indian cricket team's star
        batsman Virat Kohli on Monday decided to withdraw from the first two T"): four lines or
        more of the same length, each opening with a capital and cut short of a stop, a shorter
        title between two of them at most, under a sentence of the story. Hard-wrapped copy breaks
        at words, so its lines differ."""
        widths = Counter(map(len, doc.text.split("\n")))
        if not any(n >= CUT_TEASERS - 1 and width >= CUT_TEASER_MIN for width, n in widths.items()):
            return  # four lines of one length at least (a trailing space aside): nearly never
        lines = doc.derived(_paragraph_lines)
        run: list[tuple[Block, Line]] = []
        gap: list[tuple[Block, Line]] = []
        width = 0
        for block, line in [*lines, (None, None)]:
            text = line.text.rstrip() if line is not None else ""
            cut = (
                len(text) >= CUT_TEASER_MIN and (text[:1].isupper() or text[:1].isdigit()) and text.count(" ") >= 5
                and text[-1] not in SENTENCE_END and text[-1] not in "\"”’)"
            )
            if cut and run and abs(len(text) - width) <= 1:
                run.extend(gap)
                gap = []
                run.append((block, line))
                continue
            if run and line is not None and len(text) < width - 1 and not gap:
                gap.append((block, line))  # one shorter title between two teasers
                continue
            if sum(1 for _, item in run if abs(len(item.text.rstrip()) - width) <= 1) >= CUT_TEASERS and (
                story_above(doc, run[0][1].start)  # under the story: a listing page's own teasers are its copy
            ):
                for item_block, item in run:
                    yield self._line(doc, item_block, item, _CUT_TEASER, False)
            run, gap, width = ([(block, line)], [], len(text)) if cut else ([], [], 0)

    def _site_tails(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A title with the site's name after a separator, as the page's title bar prints it
        ("US sanctions Rwanda minister » Capital News", "... | Lana News"): the name is shown."""
        if "»" not in doc.text and " | " not in doc.text:
            return  # one C-level test: nearly every story has neither
        for block in doc.blocks:
            if block.kind not in (HEADLINE, PARAGRAPH) or ("»" not in block.text and " | " not in block.text):
                continue
            for line in lines_of(block):
                text = line.text
                at = max(text.rfind(" » "), text.rfind(" | "))
                if at == -1 or line.start in reported:
                    continue
                head, tail = text[:at].strip(), text[at + 3 :].strip()
                if head.count(" ") < 2 or head[-1:] in SENTENCE_END or "|" in head or not outlet_name(tail):
                    continue
                start, end = line.start + at, line.start + len(text.rstrip())
                yield self.diagnostic(
                    start + 1, end, f"page chrome: {_SITE_TAIL}",
                    Fix.display_only("Delete the site's name", Edit(start, end, "")),
                )

    def _foreign_labels(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A label in Chinese, Japanese or Korean with its colon opening an English line ("国内英语
        新闻:China, Chile agree ..."), the site's section or digest name; or a line of such labels
        and their values ("2017-08-02 11:54:18 来源: Xinhua 责任编辑: 兰楚文")."""
        label, latin = patterns()["cjk_label"], patterns()["latin"]
        for block in doc.blocks:
            if block.kind not in _FOREIGN_LABEL_KINDS or label.search(block.text) is None:
                continue
            for line in lines_of(block):
                if line.start in reported or len(line.text) > MAX_LINE:
                    continue
                bare = unbulleted(line.text).lstrip("-–— \t")  # a list's dash too: "- 英语文摘:..."
                found = label.match(bare)
                rest = bare[found.end() :].lstrip() if found is not None else ""
                if found is not None and rest[:1].isascii() and rest[:1].isalnum():
                    start = line.start + len(line.text) - len(bare)
                    end = line.start + len(line.text) - len(rest)
                    yield self.diagnostic(
                        start, end, f"page chrome: {_FOREIGN_LABEL}",
                        Fix.display_only("Delete the label", Edit(start, end, "")),
                    )
                elif (
                    label.search(line.text) is not None and not is_sentence(line.text)
                    and sum(1 for word in line.text.split() if latin.search(word)) <= FOREIGN_LABEL_WORDS
                ):
                    yield self._line(doc, block, line, _FOREIGN_LABELS, False)

    def _script_ends(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A word in another script opening an English paragraph ("ຂປລ (KPL) The government's
        ..."): the agency's name or the page's label in its own script, left by the scrape; or
        closing it after its last sentence's stop, a button's label run on to the text."""
        for block in doc.blocks:
            if block.kind != PARAGRAPH or block.start in reported:
                continue
            if not block.text[-1:].isascii():
                yield from self._script_suffix(block)
            if block.text[:1].isascii():
                continue
            match = _SCRIPT_PREFIX.match(block.text)
            if match is None or not patterns()["latin"].search(block.text, match.end(), match.end() + 40):
                continue
            start, end = block.start, block.start + match.end()
            yield self.diagnostic(
                start, block.start + match.end(1), f"page chrome: {_SCRIPT_PREFIX_REASON}",
                Fix.display_only("Delete the word in another script", Edit(start, end, "")),
            )

    def _script_suffix(self, block: Block) -> Iterator[Diagnostic]:
        match = _SCRIPT_SUFFIX.search(block.text, max(0, len(block.text) - 120))
        if match is None or len(patterns()["latin"].findall(block.text, 0, match.start())) < SCRIPT_SUFFIX_LATIN:
            return
        start, end = block.start + match.start(), block.end
        yield self.diagnostic(
            block.start + match.start(1), block.start + match.end(1), f"page chrome: {_SCRIPT_SUFFIX_REASON}",
            Fix.display_only("Delete the words in another script", Edit(start, end, "")),
        )

    def _other_language(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A line of running words in another language inside English copy: the page's notice,
        menu or prompt in its own language ("Se hai scelto di non accettare i cookie ...")."""
        if not may_hold_other_language(doc.text) or not english_text(doc.text):
            return
        lines = [
            (block, line) for block in doc.blocks if block.kind in _FOREIGN_LABEL_KINDS
            for line in lines_of(block) if line.start not in reported
        ]
        found = [other_language(line.text) for _, line in lines]
        if not any(found):
            return
        # A shorter line between or beside lines in one language joins them when the
        # identifier, less sure, puts it in that language too.
        for index, (_, line) in enumerate(lines):
            if found[index] is None:
                for near in (index - 1, index + 1):
                    language = found[near] if 0 <= near < len(lines) else None
                    if language is not None and same_language(line.text, language):
                        found[index] = language
                        break
        for (block, line), language in zip(lines, found, strict=True):
            if language is None:
                continue
            opening = line.text.lstrip()[:1]
            if opening and opening in QUOTE_MARKS:
                continue  # a speaker's words in their language (a governor quoted in Tagalog): the story's
            yield self._line(doc, block, line, _OTHER_LANGUAGE.format(language), False)

    def _gallery_counters(self, doc: Document) -> Iterator[Diagnostic]:
        """A photo gallery's counter opening a caption ("1 of 4. Authorities monitor ..."): the
        caption stays; the counter, never the story's, is offered for deletion."""
        if _ANY_COUNTER.search(doc.text) is None:
            return  # one scan of the text: nearly every story prints no counter
        for block in doc.blocks:
            text = block.text
            if block.kind not in (PARAGRAPH, CAPTION) or not (text[:1].isdigit() or text[:1] in "PpIiSs"):
                continue
            match = _GALLERY_COUNTER.match(text)
            if match is None or int(match.group(1)) > int(match.group(2)) or not 0 < int(match.group(1)):
                continue
            start, end = block.start, block.start + match.end()
            yield self.diagnostic(
                start, start + len(match.group().rstrip()), f"page chrome: {_GALLERY}",
                Fix.unsafe("Delete the counter", Edit(start, end, "")),
            )

    def _closing_tags(self, doc: Document) -> Iterator[Diagnostic]:
        """The page's tags printed after the story's last sentence, one a line ("Jammu and
        Kashmir", "Srinagar"): two or more short capitalised lines closing the text, prose right
        above them. An agency's name is a sign-off (NL411's), a line with "by" a credit."""
        blocks = doc.blocks
        run: list[Block] = []
        for block in reversed(blocks):
            if block.kind != PARAGRAPH or not _tag_like(block.text):
                break
            run.append(block)
        if len(run) < MIN_TAGS or len(run) == len(blocks):
            return
        above = blocks[len(blocks) - len(run) - 1]
        if above.kind != PARAGRAPH or not _story_sentence(above.text):
            return
        for block in reversed(run):
            yield self._line(doc, block, Line(block.start, block.end, block.text), _CLOSING_TAG, False)

    def _glued_also(self, doc: Document) -> Iterator[Diagnostic]:
        """A "Read also" link opening a paragraph, the linked story's title glued to it and the
        story's text run on after the title ("Read alsoPoroshenko: ... regionSo in my opinion,
        ..."): the prompt is shown; where the title ends only an editor can tell."""
        text = doc.text
        if not any(map(text.__contains__, _ALSO_HINTS)):
            return  # a few C-level tests: nearly every story stops here ("also" alone would not)
        for match in _GLUED_ALSO.finditer(text):
            block = doc.block_at(match.start())
            if block is None or len(block.text) <= MAX_PROMPT_LINE:
                continue  # the prompt and its title alone: NL405's line
            yield self.diagnostic(
                match.start(1), match.end(1), f"page chrome: {_GLUED_ALSO_REASON}",
                Fix.display_only("Delete the prompt", Edit(match.start(1), match.end(1), "")),
            )

    def _bracketed_links(self, doc: Document) -> Iterator[Diagnostic]:
        """A link to another story in brackets after a sentence of a paragraph ("... in Marawi
        City. (READ: Timeline of the clashes)"): the page's, shown with its deletion."""
        text = doc.text
        if not any(map(text.__contains__, _LINK_HINTS)):
            return  # a few C-level tests: nearly every story stops here
        for match in _BRACKETED_LINK.finditer(text):
            block = doc.block_at(match.start(1))
            if block is None or block.kind != PARAGRAPH:
                continue
            yield self.diagnostic(
                match.start(1), match.end(1), f"page chrome: {_BRACKETED_LINK_REASON}",
                Fix.display_only("Delete the link", Edit(match.start(), match.end(), "")),
            )

    def _tweet_tails(self, doc: Document) -> Iterator[Diagnostic]:
        """An embedded tweet's link, author and date where the page printed the tweet ("...
        Province pic.twitter.com/Kj7RifvXW7— KFA-UK (@Korea_Friend_UK) September 15, 2020", or
        the signature on a line of its own):
        the tweet's text may be quoted in the story, its tail never is. Shown, never fixed."""
        if "twitter.com/" not in doc.text and "(@" not in doc.text:
            return  # two C-level tests: nearly every story has neither
        for block in doc.blocks:
            if block.kind not in (HEADLINE, PARAGRAPH) or "twitter.com/" not in block.text and "(@" not in block.text:
                continue
            for match in _TWEET_TAIL.finditer(block.text):
                start, end = block.start + match.start(), block.start + match.end()
                yield self.diagnostic(
                    start, end, f"page chrome: {_TWEET}",
                    Fix.display_only("Delete the tweet's link, author and date", Edit(start, end, "")),
                )

    def _runs(self, doc: Document) -> Iterator[Diagnostic]:
        """Menus and tickers printed one item per paragraph or one item per line of a paragraph: no
        single line of them is telling, a run of them is."""
        # A block of another kind ends a run: its line is no item.
        items = [
            (block, line) for block in doc.blocks
            for line in (lines_of(block) if "\n" in block.text else (Line(block.start, block.end, block.text),))
        ]
        # Items are short lines: a story with too few of them has no run.
        if sum(
            block.kind == PARAGRAPH
            and (len(line.text) <= 80 or len(line.text) <= SEPARATED_TITLE and line.text[-1:] in "-|")
            for block, line in items
        ) < min(MENU_RUN, TICKER_RUN):
            return
        shapes = ((menu_item, MENU_RUN, MENU_REASON), (ticker_line, TICKER_RUN, TICKER_REASON),
                  (language_item, LANGUAGE_RUN, LANGUAGE_REASON), (separated_item, SEPARATED_RUN, SEPARATED_REASON))
        reported: set[int] = set()
        for shape, least, reason in shapes:
            if shape is language_item and sum(len(line.text) <= LANGUAGE_LINE for _, line in items) < least:
                continue  # a switcher's items are a few characters each: nearly every story has none
            # A link's title closed by the separator is a headline's length, not a menu item's.
            longest = SEPARATED_TITLE if shape is separated_item else 80
            runs = _menu_runs(items) if shape is menu_item else _shape_runs(items, shape, longest)
            for run in runs:
                enough = len(run) >= least or shape is menu_item and _bulleted_tail(doc, run)
                if enough and not (shape is menu_item and (_broken_text(run) or _introduced(items, run))):
                    for block, line in run:
                        if line.start not in reported:  # a menu of languages is one finding a line
                            reported.add(line.start)
                            yield self._line(doc, block, line, reason.format(n=len(run)), False)

    def _line(self, doc: Document, block: Block, line: Line, reason: str, certain: bool) -> Diagnostic:
        span = line_removal(doc, block, line)
        title = f"Delete the line {line.text[:40]!r}"
        fix = Fix.safe(title, Edit(*span, "")) if certain else Fix.display_only(title, Edit(*span, ""))
        return self.diagnostic(line.start, line.end, f"page chrome: {reason}", fix)

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

    def _copyright_footer(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """The page's copyright line under the story ("[© 2018 SMPKE, PMO]") marks its footer:
        the short lines between the story's last sentence and it (an update date, a read
        counter), the line itself, and the lines under it (the publisher's address, its phone,
        a visitors' counter) up to the next story's paragraph. Shown, never fixed."""
        text = doc.text
        if "©" not in text and "opyright" not in text and "OPYRIGHT" not in text:
            return  # one C-level scan: nearly every story has none
        lines = [(block, line) for block in doc.blocks if block.kind in _SCOPE for line in lines_of(block)]
        mark = next(
            (i for i, (_, line) in enumerate(lines) if i and patterns()["copyright"].match(line.text)
             and (line.text.count(" ") < _COPYRIGHT_WORDS or _RESERVED.search(line.text, 0, _RESERVED_WITHIN))
             and not _PHOTO_RIGHTS.fullmatch(line.text)),
            None,
        )
        if mark is None:
            return
        # The story's last sentence may be short ("The cause is under investigation."): a footer's
        # lines are no sentences.
        last = next((i for i in range(mark - 1, -1, -1) if _short_sentence(lines[i][1].text)), None)
        if last is None:
            return  # no story above it: a page of the site's own
        for i in range(last + 1, len(lines)):
            block, line = lines[i]
            if i > mark and (line.text.count(" ") >= _COPYRIGHT_WORDS or len(line.text) > _FOOTER_LINE):
                break  # another story's paragraph under the footer, or a line too long for one
            if line.start in reported or i < mark and _story_sentence(line.text) or _RIGHTS.search(line.text):
                continue  # another pass's, a sentence of the story, or the debris rule's own line
            if i < mark and line.text.count(" ") >= CUT_PROSE_SPACES:
                continue  # the story's last paragraph, its stop cut off by the scrape
            if i < mark and (_REPORTING_CREDIT.match(line.text) or _SIGNED_BY.match(line.text)):
                continue  # the story's own credit ("Reporting by ...", "By Jane Doe - Translated by ...")
            where = "the page's copyright line" if i == mark else (
                "a line of the page's footer, " + ("above" if i < mark else "under") + " its copyright line"
            )
            yield self._line(doc, block, line, where, False)

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


# A photo's credit with the sign ("© Valery Sharifulin/TASS"): a photographer and an agency, no year.
_PHOTO_RIGHTS = compile_cached(
    r"[ \t]*©[ \t]*\p{Lu}[\p{L}.'’-]+(?:[ \t]\p{Lu}[\p{L}.'’-]+){0,3}[ \t]*/[ \t]*\S{2,20}[ \t]*"
)
# A copyright line is a few words ("© 2018 SMPKE, PMO"); a paragraph of this many is a story's.
_COPYRIGHT_WORDS = 25
_FOOTER_LINE = 100  # a footer's line (an address, a hotline) is no longer than this
# The story's byline closing it, above the page's copyright line ("By Jane Doe - Translated by ...").
_SIGNED_BY = compile_cached(r"[Bb]y[ \t]+\p{Lu}[^\n]{1,80}$")
# A longer paragraph is the copyright line when it says so at once ("Copyright 1995 - . All rights
# reserved. The content ... shall not be republished"): the site's legal notice, not a story's.
_RESERVED = re.compile(r"(?i)\ball\s+rights\s+reserved\b")
_RESERVED_WITHIN = 80
# The copyright and rights notice the web-debris rule (NL405) reports as a whole line.
_RIGHTS = re.compile(r"(?i:copyright|©)\s.{0,80}all\s+rights\s+reserved")


MIN_TAGS = 2  # one short line closing a story may be its credit or its place
MAX_TAG_WORDS = 4
_TAG_JOINERS = frozenset(("and", "of", "the", "&", "in", "de"))


def _tag_like(text: str) -> bool:
    """A tag link's text: up to four words, each capitalised (joiners aside), no figure, no
    sentence's mark, no agency's name, no credit ("by"), no capital inside a word."""
    words = text.split()
    if not 1 <= len(words) <= MAX_TAG_WORDS or "\n" in text or len(text) > 40:
        return False
    if any(c.isdigit() or c in ".!?:;,()|/@" for c in text) or text.casefold() in agency_names():
        return False
    return all(w[:1].isupper() or w.casefold() in _TAG_JOINERS for w in words) and not any(
        w.casefold() == "by" or not w.isupper() and any(c.isupper() for c in w[1:]) for w in words
    )  # a word with a capital inside ("BlackRock") is a brand's, or links run together


def _figures(line: str) -> str | None:
    """Why a line of figures alone is the page's: a number (four figures or more, no year
    between 1800 and 2100) or an archive's years (five or more); None for any other line."""
    if _BARE_NUMBER.fullmatch(line) is not None:
        return None if len(line) == 4 and 1800 <= int(line) <= 2100 else _BARE_FIGURES
    if _YEARS.fullmatch(line) is not None:
        return _YEARS_REASON
    return _CALENDAR if _calendar_week(line) else None


def _paragraph_lines(doc: Document) -> list[tuple[Block, Line]]:
    """Every line of the document's paragraphs, with its block (made once a document, for the
    listing passes)."""
    return [(block, line) for block in doc.blocks if block.kind == PARAGRAPH for line in lines_of(block)]


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
_LANGUAGE_SWITCH = "the page's language switcher (languages' names: 'en Español'), not the story"
_KEYWORDS = "the page's keywords or tags in small letters (no sentence, names written small), not text"


def _short_sentence(text: str) -> bool:
    """A sentence, however short: five words or more ("Close this search box." is a button's), a
    capital first and its stop last."""
    return text.count(" ") >= 4 and text[:1].isupper() and text[-1:] in SENTENCE_END


def _story_sentence(text: str) -> bool:
    """A sentence of the story: long enough, ending with its stop."""
    return text.count(" ") >= PROSE_WORDS and text[-1:] in SENTENCE_END


def _prompt_name(teaser: str) -> str:
    """The link prompt of a teaser's tail, as the finding names it; "" for a cut mark alone."""
    lowered = teaser.lower()
    if "continue" in lowered:
        return "Continue reading" if "reading" in lowered else "Continue"
    return "Read more" if "read" in lowered else "More" if "more" in lowered else ""


def _spaced_line(text: str) -> str | None:
    """The reason for a breadcrumb trail or a listing's page numbers, shapes a page often
    spaces out with runs of spaces; else None."""
    bare = text.strip()
    if bare[:1] in _PAGE_OPENERS and patterns()["pages"].fullmatch(bare):
        return _PAGES
    if ("›" in bare or "»" in bare or ">" in bare) and breadcrumb(bare):
        return CRUMB_REASON
    if bare[:5] == "Home " and lost_crumb(bare):
        return CRUMB_REASON
    if " , " in bare and tag_list(bare):
        return _TAG_LIST
    return None


MAX_WIDGET = 60  # a widget's line is no longer than this


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


SEPARATED_TITLE = 120  # a link's title closed by the page's separator, at most


def _shape_runs(
    items: list[tuple[Block, Line]], shape: Callable[[str], bool], longest: int = 80
) -> Iterator[list[tuple[Block, Line]]]:
    """Runs of paragraph lines of one shape, in order."""
    run: list[tuple[Block, Line]] = []
    for item in (*items, None):
        if (
            item is not None and item[0].kind == PARAGRAPH and len(item[1].text) <= longest
            and shape(unbulleted(item[1].text))
        ):
            run.append(item)
            continue
        if run:
            yield run
        run = []


# A menu's run may carry an odd item among its capitalised ones ("Expat Corner nom-nom",
# "Outlook Op-Ed In the Spotlight"): one in this many at most, each between two items.
MENU_ODD_SHARE = 3
# A first line this short opens the menu when a menu's run follows it ("Society").
MENU_HEAD_WORDS = 2


def _menu_runs(items: list[tuple[Block, Line]]) -> Iterator[list[tuple[Block, Line]]]:
    """Runs of menu items: paragraph lines of one to four capitalised words (or a label of two or
    three in sentence case), with odd short
    lines between them bridged, and a short first line when the run starts right under it."""
    run: list[tuple[Block, Line]] = []
    odd: list[tuple[Block, Line]] = []  # odd lines after the run's last item, not yet bridged
    strict = 0
    for index, item in enumerate((*items, None)):
        if item is not None and len(item[1].text) <= 80:
            block, line = item
            text = unbulleted(line.text)
            head = index == 0 and block.kind == HEADLINE and len(text.split()) <= MENU_HEAD_WORDS
            if (block.kind == PARAGRAPH or head) and (menu_item(text) or _label_item(text)) and (
                text[:3] != "By " or not text[3:4].isupper()  # a byline, the story's own
            ):
                run.extend(odd)
                run.append(item)
                odd = []
                strict += 1
                continue
            if block.kind == PARAGRAPH and run and not odd and odd_menu_item(text):
                odd.append(item)
                continue
        if run and strict * MENU_ODD_SHARE >= len(run) * (MENU_ODD_SHARE - 1):
            yield run
        run, odd, strict = [], [], 0


BULLETED_MENU_RUN = 3
LABEL_ITEM_WORDS = 3
MAX_LABEL_ITEM = 40


def _label_item(text: str) -> bool:
    """A menu's item in sentence case ("Digital life", "Public bulletin board"): two or three
    words, the first capitalised, the others small, letters only, no sentence."""
    if len(text) > MAX_LABEL_ITEM or " " not in text:
        return False  # nearly every line: one comparison
    words = text.split()
    return (
        2 <= len(words) <= LABEL_ITEM_WORDS and words[0][:1].isupper()
        and all(w.isalpha() and w.islower() for w in words[1:]) and words[0].replace("'", "").replace("’", "").isalpha()
    )


def _bulleted_tail(doc: Document, run: list[tuple[Block, Line]]) -> bool:
    """A shorter run of menu items, each behind a list's bullet ("  • Email Service"), with no
    prose under it: the links of the page's footer, not a list of the story's."""
    if len(run) < BULLETED_MENU_RUN or not all(bulleted(line.text) for _, line in run):
        return False
    last = run[-1][1].end
    return not any(_prose(block) for block in doc.blocks if block.start >= last)


INTRO_WORDS = 3  # a sentence introducing a list ("Here are the ministers:"), not a menu's label ("Menu:")


def _introduced(items: list[tuple[Block, Line]], run: list[tuple[Block, Line]]) -> bool:
    """The run's line above is the story's sentence introducing a list with a colon ("Here are
    the ministers:" over "Andrew Langa, Education"): the story's own list, not a menu."""
    at = next((i for i, item in enumerate(items) if item[1].start == run[0][1].start), 0)
    if at == 0:
        return False
    above = items[at - 1][1].text.strip()
    words = above.split()
    # "Read more about:", "More from The Star:": a header of the page's links, not a sentence.
    return above[-1:] == ":" and len(words) >= INTRO_WORDS and words[0].lower() not in header_openers()



def _broken_text(run: list[tuple[Block, Line]]) -> bool:
    """A run of short capitalised lines one of which ends with a small word a menu's item may
    hold but never ends with ("Dumsile Khumalo at the" over "Hilton Garden"): a caption or
    sentence broken into lines, not a menu."""
    return any(line.text.split()[-1] in MENU_SMALL_WORDS for _, line in run)


def _site_line(blocks: tuple[Block, ...]) -> tuple[Block, str] | None:
    """The first line, with the reason, when it is a site's section label ("Latest News",
    "Politics") with the story's prose under it, or a site or section name ("VietnamPlus",
    "World News") above a headline-like line: a few words with no digit, then (past at most one
    more such label, "News" over "Royal News") a line of title length with no sentence end,
    then the story's prose; or a news organisation's name above a page that holds a story."""
    if len(blocks) < 3 or blocks[0].kind != HEADLINE or blocks[1].kind not in _SCOPE:
        return None
    site = blocks[0].text
    if section_label(site) and any(_prose(block) for block in blocks[1 : 1 + SECTION_PROSE_WITHIN]):
        return blocks[0], _SECTION
    found = _named_site(blocks)
    if found is not None:
        return found, _SITE
    if outlet_name(site) and any(_prose(block) for block in blocks[1:]):
        return blocks[0], _OUTLET
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
    word = line[:-1].strip().casefold()
    if word not in field_labels() or "\n" in block.text:
        return False
    return index + 1 == len(blocks) or _prose(blocks[index + 1])


def _prose(block: Block) -> bool:
    """A paragraph of the story's prose: a sentence of nine words or more."""
    body = block.text
    return block.kind == PARAGRAPH and body[-1:] in SENTENCE_END and body.count(" ") >= 8


def _named_site(blocks: tuple[Block, ...]) -> Block | None:
    site = blocks[0].text
    if not _label_like(site):
        return None
    at = 1
    if len(blocks) > 3 and blocks[2].kind in _SCOPE and (
        _label_like(blocks[1].text) or len(blocks[1].text) <= MAX_WIDGET and chrome_reason(blocks[1].text) is not None
    ):
        at = 2  # a second label, the section under the site's name, or a widget ("2 MIN READ")
    title = blocks[at].text
    if not _headline_like(title):
        return None
    if masthead(site):
        return blocks[0]  # a site's name by its words: the lines under the title may be widgets
    # The story's prose under the title, past a photo's caption or the title printed again.
    for block in blocks[at + 1 : SITE_PROSE_WITHIN + at - 1]:
        if _prose(block) and len(block.text) > len(title):
            return blocks[0]
    return None


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
    if "(" in bare or bare.casefold().startswith(("by ", "source", "from ")) or bare.casefold() == "by":
        return True
    if bare.isupper() and bare.isalpha() and len(bare) <= AGENCY_LETTERS:
        return True
    tokens = patterns()["token"].findall(bare)
    return may_be_a_name(tokens) or outlet_line(bare) or bool(credit_line([bare]))


def _title_shape(text: str) -> bool:
    """One line of a title's length that is not a sentence (figures allowed: "G20")."""
    return "\n" not in text and 4 <= len(text.split()) <= 25 and text[-1] not in SENTENCE_END


# A month's day, as a year, a clock or a numeric date (`patterns()["dated"]`): a date widget's
# line or a dateline, not a headline ("20 suspects arrested" is one).
_MONTH_DAY = compile_cached(rf"(?i:\b{MONTH})[ \t]+\d{{1,2}}\b")


def _headline_like(title: str) -> bool:
    """A headline's shape: one line of five to twenty words, capitalised, no date or clock, no
    sentence's stop, no bar, no buttons."""
    return (
        "\n" not in title and 5 <= len(title.split()) <= 20 and title[-1] not in SENTENCE_END
        and "|" not in title and title[:1].isupper()
        and not patterns()["dated"].search(title) and not _MONTH_DAY.search(title)
        and chrome_reason(title) is None
    )


def _marks_only(text: str) -> bool:
    """No letter or figure, and two kinds of mark or more besides spaces ("| ▲"), or a trail's
    separators left without their links ("// // //"); dashes of any length mixed ("———-") are
    still a divider."""
    marks = set(text) - {" ", "\t"}
    if "\n" in text or any(c.isalnum() for c in text):
        return False
    if text in ("...", "…"):
        return True  # what a teaser leaves when its text is lost
    return len(marks) >= 2 and not marks <= _RULES or marks <= _TRAIL and (
        len(text.split()) >= 2 or len(text) >= TRAIL_RUN
    )


TRAIL_RUN = 3  # a trail's separators run together ("|||||||||"): this many at least


_RULES = frozenset("-‐‑‒–—―_=~*")
_TRAIL = frozenset("/\\|»›>")

_TRAIL_PARTS = re.compile("[" + re.escape("".join(sorted(_TRAIL))) + "]")  # a trail's parts, split


def _label_like(text: str) -> bool:
    """A site's or section's name: a few words on one line, no digit, no sentence."""
    return 1 <= len(text.split()) <= SITE_WORDS and "\n" not in text and not any(
        c.isdigit() or c in ".!?:" for c in text
    )


def _mostly_other_script(text: str) -> bool:
    pats = patterns()
    sample = text[:2000]
    latin = len(pats["latin"].findall(sample))
    other = len(pats["other"].findall(sample))
    return other > latin
