"""NL413 reader-comments: the readers' comments under a story, scraped with it."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import PARAGRAPH, Document
from ..core.rule import Rule, RuleSpec
from ..data import shipped
from ..regexes import compile_cached, phrase_pattern
from .support.chrome.lines import Line, lines_of
from .support.chrome.menus import unbulleted
from .support.chrome.vocabulary import TIME_UNIT, story_above
from .support.chrome.widgets import date_widget

MAX_META = 100  # a comment's meta line: a name, a date or time and its links
MAX_INDENT = 8  # the indent and bullet before it
MAX_NAME_LINE = 40  # a commenter's name alone ("• golfcronie")
MAX_HEADER = 40  # a comments section's header ("Disclaimer & comment rules")
MAX_TITLE = 120  # ... or one with the post's title after its count ("13 Responses to ...")
NAME_REACH = 8  # lines above the first comment's links where its commenter's name may stand
HEADER_REACH = 2  # lines above the first comment where the section's header may stand

_RELATIVE = rf"\d{{1,3}}\s*{TIME_UNIT}(?:,?\s+\d{{1,3}}\s*{TIME_UNIT})?\s+ago"
_DATE_AT = (
    r"(?:\p{L}{3,9}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}[ \t]+\p{L}{3,9}\.?,?[ \t]+\d{4}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})[ \t]+at[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*(?i:[ap]\.?m\.?))?"
)
_NUMBERED = compile_cached(r"\d{1,3}[.)][ \t]+")
# A blog's comments header with their count and the post's title ("13 Responses to PM heads ...").
_COUNTED_HEADER = compile_cached(r"(?i)\d{1,4}[ \t]+(?:responses?|comments?|thoughts?|replies)[ \t]+(?:to|on)[ \t]+\S")
# Words of a page's own time stamps, which are no commenter's name ("Updated 2 hours ago").
_NOT_NAMES = frozenset(
    ("updated", "posted", "published", "modified", "edited", "last", "about", "he", "she", "they", "it", "we")
)


@cache
def _actions() -> regex.Pattern[str]:
    """The links closing a comment's meta line, with its vote count ("- Link - Report abuse -3")."""
    action = phrase_pattern(shipped("data/web_chrome.yaml")["comment_actions"])
    return compile_cached(
        rf"(?i)(?:[ \t]*[-–·|•][ \t]*|[ \t]+)(?:{action})(?:(?:[ \t]*[-–·|•][ \t]*|[ \t]+)(?:{action}))*"
        r"(?:[ \t]*[+-]?\d{1,5})?[ \t]*$"
    )


@cache
def _named_time() -> regex.Pattern[str]:
    """A commenter's name and the comment's age or date: "JokeyJack 2 weeks, 1 day ago", "jlt • 3
    years ago", "Jane says:", "Jane on March 3, 2020 at 4:52 pm said:"."""
    name = r"(?P<name>[\p{L}@][\p{L}\p{N}_.@'’-]*(?:[ \t][\p{L}\p{N}_.@'’-]+){0,2})"
    # A name of letters only, its clock time glued on or after it ("Anonymous12:33 PM").
    lettered = r"(?P<name>\p{L}[\p{L}_.'’-]*(?:[ \t][\p{L}_.'’-]+){0,2})"
    return compile_cached(
        rf"{name}(?:[ \t]+|[ \t]*[•·|][ \t]*)"
        rf"(?:{_RELATIVE}|(?P<on>on[ \t]+[^\n]{{6,40}}?[ \t]+)?(?P<says>says|said|wrote)[ \t]*:"
        # "hcalndre February 15, 2017 at 4:30 am": a blog's comment, its date and clock time.
        rf"|{_DATE_AT}"
        # Blogger's "Anonymous said...": the commenter's name over the comment.
        r"|said(?:\.\.\.|…))"
        rf"|{lettered}[ \t]*\d{{1,2}}:\d\d[ \t]*(?:AM|PM|am|pm)"
    )


@cache
def _aged() -> regex.Pattern[str]:
    """A comment's age before its links, a word (its commenter's) before it or not ("3 years ago")."""
    return compile_cached(rf"(?:\S+[ \t]+)?{_RELATIVE}")


@cache
def _header_words() -> regex.Pattern[str]:
    words = phrase_pattern(shipped("data/web_chrome.yaml")["comment_headers"])
    return compile_cached(rf"(?i)\b(?:{words})\b")


def _meta(text: str) -> str | None:
    """The kind of a comment's meta line: its links after a date ("after") or the commenter's
    name with the comment's age before its text ("before"); None for any other line."""
    line = unbulleted(text.strip())
    numbered = _NUMBERED.match(line)
    if numbered is not None:
        line = line[numbered.end() :]  # "1. hcalndre February 15, 2017 at 4:30 am": a blog numbers its comments
    if not line or len(line) > MAX_META or line[-1:] in ".!?" and not line.endswith("said..."):
        return None
    actions = _actions().search(line)
    if actions is not None and actions.start() > 0:
        head = line[: actions.start()].strip(" \t-–·|•")
        if date_widget(head) or _aged().fullmatch(head):
            return "after"
    named = _named_time().fullmatch(line)
    if named is not None and named["name"].split()[0].casefold() not in _NOT_NAMES:
        # "The minister said:" is the story's; a commenter's "says:" has the date beside or under it.
        return "says" if named["says"] and not named["on"] else "before"
    return None


def _name_line(text: str) -> bool:
    """A commenter's name alone: one to three words, no stop or other punctuation of a sentence."""
    line = unbulleted(text.strip())
    return 0 < len(line) <= MAX_NAME_LINE and line.count(" ") <= 2 and not any(c in line for c in ".!?:,;")


def _header(text: str) -> bool:
    line = text.strip()
    if 0 < len(line) <= MAX_HEADER + MAX_TITLE and _COUNTED_HEADER.match(line) is not None:
        return True
    return 0 < len(line) <= MAX_HEADER and line[-1:] not in ".!?" and _header_words().search(line) is not None


class ReaderComments(Rule):
    spec = RuleSpec(
        code="NL413",
        name="reader-comments",
        category="residue",
        summary="Readers' comments under the story (names, dates, 'Reply' and 'Report abuse' links), scraped with it.",
        rationale=(
            "A story page may close with its readers' comments: each with the commenter's name, its "
            "date or age and the page's links ('Aug 13th, 2019 - 01:21 pm - Link - Report abuse -3', "
            "'JokeyJack 2 weeks, 1 day ago', 'Jane says:', a blog's numbered '1. jane February 15, 2017 at "
            "4:30 am'). A scrape keeps them as paragraphs, and "
            "their sentences read like the story's, so a line-by-line check misses them. Two comments' "
            "meta lines of one shape under a sentence of the story, or one under a comments header "
            "('Disclaimer & comment rules', '9 Comments', "
            "'13 Responses to <the post's title>'), mark the thread: it is reported from its "
            "header, or its first commenter's name, to the end of the copy, as one finding. With two "
            "comments or more the fix deletes the thread; with one it is shown for an editor. The "
            "links' and headers' words are data (`rules/data/web_chrome.yaml`)."
        ),
        example=(
            "Vote count\n\nThe count ended on Monday, officials said.\n\nComments\n\n• jlt\n\n"
            "Great news for the country.\n\nAug 13th, 2019 - 01:21 pm - Link - Report abuse +2\n\n"
            "• golfcronie\n\nNot so sure.\n\nAug 13th, 2019 - 04:05 pm - Link - Report abuse 0"
        ),
        example_fixed="Vote count\n\nThe count ended on Monday, officials said.",
        fix_safety="varies",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        text = doc.text
        # Cheap tests first: every meta line holds one of these (C-level scans).
        if not (
            "ago" in text or "eply" in text or "eport" in text or "says:" in text or "said:" in text
            or "said..." in text or "said…" in text or "omment" in text and ("M\n" in text or "m\n" in text)
            or " at " in text and ("esponse" in text or "omment" in text)
        ):
            return
        lines: list[Line] = []
        metas: list[tuple[int, str]] = []
        pending: Line | None = None
        for block in doc.blocks[1:]:
            if block.kind != PARAGRAPH:
                continue
            for line in lines_of(block):
                if lines and lines[-1] is pending and date_widget(line.text):
                    metas.append((len(lines) - 1, "before"))  # the date under "Jane says:"
                pending = None
                if len(line.text) <= MAX_META + MAX_INDENT:
                    kind = _meta(line.text)
                    if kind == "says":
                        pending = line
                    elif kind is not None:
                        metas.append((len(lines), kind))
                lines.append(line)
        if not metas:
            return
        first, kind = metas[0]
        same = sum(1 for _, k in metas if k == kind)
        if not story_above(doc, lines[first].start):
            return
        start = first
        if kind == "after":
            # The comment's text stands above its links: its commenter's name opens it.
            for at in range(first - 1, max(0, first - NAME_REACH) - 1, -1):
                if _header(lines[at].text) or _name_line(lines[at].text):
                    start = at
                    break
            else:
                return
        reach = range(start, max(0, start - HEADER_REACH) - 1, -1)
        header = next((at for at in reach if _header(lines[at].text)), None)
        if same < 2 and header is None:
            return
        if header is not None:
            start = header
        shown = lines[start].start + len(lines[start].text) - len(lines[start].text.lstrip())
        begin = lines[start].start
        while begin > 0 and text[begin - 1] in " \t\r\n":
            begin -= 1
        end = doc.blocks[-1].end
        certain = same >= 2
        fix = (Fix.safe if certain else Fix.display_only)("Delete the readers' comments", Edit(begin, end, ""))
        count = f"{same} comments" if same >= 2 else "a comment"
        yield self.diagnostic(
            shown, end,
            f"readers' comments under the story ({count}: names, dates and the page's links), not the story",
            fix,
        )
