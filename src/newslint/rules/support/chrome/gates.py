"""The cheap test of whether a page may hold chrome at all, asked before the shapes are tried."""

from __future__ import annotations

import re
from functools import cache

from ....regexes import trie_pattern
from .bars import (
    MIN_GLUED_LINE,
)
from .notices import (
    _news_promo,
)
from .sites import site_blurb_hint
from .vocabulary import (
    _BARE_EXTENSION,
    _DIGIT_LINE,
    _IMAGE_EXTENSION,
    _LINE_FIRST,
    _SENT_TO_YOU,
    CUT_MARKS,
    MIN_SITE_PREFIX,
    TIME_UNIT,
    _opening_words,
    _section_words,
    _self_description,
    _site_voice,
    _site_words,
    chrome_words,
    icon_words,
)
from .widgets import (
    glued_stamp_hint,
)

_LONE_LABEL = re.compile(r"(?m)^[ \t]*[^\W\d_][\w-]{1,11}:[ \t]*$")


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
    sections = trie_pattern(_section_words())
    verbs, goods = (trie_pattern(words) for words in _news_promo())
    # Without IGNORECASE or '^', and with the literal newline first: several times faster in `re`.
    return re.compile(
        r"\n(?:subscribe|sign\s+up|already\s+(?:a|subscribed|registered)|to\s+continue|become\s+a|"
        r"there['’]?s\s+more\s+to\s+th|"
        r"(?:this|the)\s+(?:article|story|content|post)\s+is\s+(?:only\s+)?(?:available|for|reserved)|"
        r"\*?[ \t]*(?:the\s+)?full\s+(?:text|story|article|version)\s[^\n]{0,40}?is\s+(?:only\s+)?available|"
        r"pages?[ \t]*:[ \t]*\[?\d|"
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
        rf"(?:{trie_pattern(icon_words())})[ \t]+\d|"
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
        rf"(?:[a-z][\w'’.&-]*[ \t]+){{0,3}}(?:{trie_pattern(_site_words())}|app(?:[ \t]+download)?)[ \t]*(?:\n|$)|"
        # ... or run into the word it ends with ("zwnews", "kuenselonline")
        rf"[a-z]{{{MIN_SITE_PREFIX},20}}(?:{trie_pattern(_site_words())})[ \t]*(?:\n|$))"
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
    if " news" in lowered and site_blurb_hint(lowered):
        return True  # a site naming the news it offers
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
    if " by ai" in lowered or " by an ai" in lowered or " using ai" in lowered or " with ai" in lowered:
        return True  # the page's notice that its audio or summary is a machine's
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


def _file_hint(lowered: str) -> bool:
    """An image's file name may stand in the text ("dsc_0248", "img-1234", "banner.gif")."""
    return (
        "_" in lowered or "dsc" in lowered or "img-" in lowered or _IMAGE_EXTENSION.search(lowered) is not None
        or _BARE_EXTENSION.search(lowered) is not None
    )


# The page's top, where a widget glued after the credit's date stands: this many characters.
GLUED_WITHIN = 800


@cache
def _glued_hint() -> re.Pattern[str]:
    """A figure, then words ending with a strong button word at a line's end (on the lowered text)."""
    _, strong, _ = chrome_words()
    return re.compile(rf"\d[ \t]+(?:[a-z+-]+[ \t]+)*?(?:{trie_pattern(strong)})\b[^\n\d]{{0,30}}\n")
