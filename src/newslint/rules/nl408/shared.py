"""NL408's vocabulary that more than one family of passes reads: reasons, limits and small shape tests."""

from __future__ import annotations

import re

from ...core.document import CAPTION, HEADLINE, PARAGRAPH, Block
from ...regexes import compile_cached
from ..support.chrome.vocabulary import FOREIGN_AGO_OPENERS, MONTH, SENTENCE_END, patterns

_SCOPE = (PARAGRAPH, CAPTION)
# A line opening with three capitalised words run together: maybe a menu's links.
_GLUED_LINKS = re.compile(r"(?:^|(?<=\n))[^\S\n]*[A-Z][a-z]{2,}[A-Z][a-z]{2,}[A-Z]")
# A page's clock counting back in words, alone on a line ("Yesterday"): no story prints the word
# alone without a stop.
_RELATIVE_DAYS = frozenset(("yesterday", "just now"))
_RELATIVE_DAY_LENGTH = max(map(len, _RELATIVE_DAYS))

# The page's clock time on the reader's day ("Updated at 7:15 am today", "Posted 10:30 yesterday").
_CLOCK_TODAY = compile_cached(
    r"(?i)(?:(?:last[ \t]+)?(?:updated|posted|published)[ \t]*(?:at|on)?[ \t]*:?[ \t]*)?"
    r"\d{1,2}[:.]\d{2}[ \t]*(?:[ap]\.?m\.?)?[ \t]+(?:today|yesterday)"
)


# Other languages' "ago" before its count, each with its space (Italian "fa" ends the line).
_FOREIGN_AGO_WORDS = tuple(f"{word} " for word in FOREIGN_AGO_OPENERS)


def _counted_back(text: str) -> bool:
    """A time the page counts back from its reader's clock ("1 hour ago", "Yesterday",
    "Updated at 7:15 am today")."""
    if "ago" in text or text[-3:] == " fa" or any(word in text for word in _FOREIGN_AGO_WORDS):
        return patterns()["ago"].fullmatch(text) is not None
    if "day" in text and len(text) <= MAX_CLOCK_TODAY and _CLOCK_TODAY.fullmatch(text.strip()):
        return True
    return len(text) <= _RELATIVE_DAY_LENGTH and text.casefold() in _RELATIVE_DAYS


MAX_CLOCK_TODAY = 50
_AGO = "a time counted back from the reader's clock ('2 hours 31 min ago'): the page's widget, not the story's date"
# A '|' bar may be a long ticker of other stories' headlines.
MAX_BAR = 600
_NOTICE = "the page's notice to its reader ('Please visit ...', 'If you ..., please submit it here'), not the story"
_LONE_KINDS = (HEADLINE, PARAGRAPH)
# A site or section name above the headline: this many words at most.
SITE_WORDS = 3
MAX_TITLE_LINE = 200  # a page's title is no longer; a first line past this is the story's copy
_LOGO = "a site's logo where the image was, by its alternative text ('Business Recorder Logo')"

_LANGUAGE_SWITCH = "the page's language switcher (languages' names: 'en Español'), not the story"

MAX_WIDGET = 60  # a widget's line is no longer than this
MAX_HOST_LINE = 60  # characters of a line that is a site's host name alone


def host_line(text: str) -> bool:
    """A site's host name alone on a line, no scheme ("UrduPoint.com", "rnz.co.nz")."""
    return "." in text and len(text) <= MAX_HOST_LINE and patterns()["bare_host"].fullmatch(text.strip()) is not None


def _prose(block: Block) -> bool:
    """A paragraph of the story's prose: a sentence of nine words or more."""
    body = block.text
    return block.kind == PARAGRAPH and body[-1:] in SENTENCE_END and body.count(" ") >= 8


def _title_shape(text: str) -> bool:
    """One line of a title's length that is not a sentence (figures allowed: "G20")."""
    return "\n" not in text and 4 <= len(text.split()) <= 25 and text[-1] not in SENTENCE_END


# A month's day, as a year, a clock or a numeric date (`patterns()["dated"]`): a date widget's
# line or a dateline, not a headline ("20 suspects arrested" is one).
_MONTH_DAY = compile_cached(rf"(?i:\b{MONTH})[ \t]+\d{{1,2}}\b")
_TRAIL = frozenset("/\\|»›>")


def _label_like(text: str) -> bool:
    """A site's or section's name: a few words on one line, no digit, no sentence."""
    return 1 <= len(text.split()) <= SITE_WORDS and "\n" not in text and not any(
        c.isdigit() or c in ".!?:" for c in text
    )
