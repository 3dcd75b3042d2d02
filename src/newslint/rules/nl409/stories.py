"""NL409 on another story under this one: its title and lead run on, signed off again, or its
teasers."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import regex

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import DATELINE, HEADLINE, PARAGRAPH, SIGNOFF, Block, Document
from ...regexes import compile_cached, phrase_pattern
from ...structure import find_dateline, is_signoff
from ..support.chrome.lines import lines_of
from ..support.chrome.sites import publication_line
from ..support.chrome.vocabulary import (
    MONTH,
    PROSE_WORDS,
    agency_names,
    related_headers,
)
from ..support.chrome.widgets import date_widget
from .base import PassesBase
from .shared import (
    _SCOPE,
    MAX_HEADER,
    MAX_TITLE,
    NEXT_TITLE_SPACES,
    _prose,
    _teaser,
)


@cache
def _glued_header() -> regex.Pattern[str]:
    """A header with its colon run on to a paragraph's last sentence ("... the governor.(NAN).
    READ ALSO:"), the list under the paragraph."""
    headers = related_headers()
    words = phrase_pattern(headers)
    return compile_cached(rf"(?<=[.!?\"”’)])[ \t]*(?P<header>(?i:{words})[ \t]*:)[ \t]*$")


TEASERS = 3  # other stories' leads after a sign-off, at least


@cache
def _signed() -> regex.Pattern[str]:
    """A paragraph's last sentence closed by the agency's sign-off or end marker ("... An.-VNA",
    "... the region. --AKP", "... Hanoi./.")."""
    names = "|".join(regex.escape(n) for n in sorted(agency_names(), key=len, reverse=True))
    return compile_cached(rf"(?<=[.!?][\"”’)]?)[ \t]*(?:\./\.|(?:--?|–|—)[ \t]*(?i:{names}))[ \t]*$")


STORY_SPACES = 12  # a paragraph of the story above it: thirteen words or more, with its stop
_SOURCE_LINE = compile_cached(r"(?:Source|Sources|Sourced)[ \t]*:[ \t]*\S")
_RULE_LINE = compile_cached(r"[-=*_~]{5,}")
_BYLINE = compile_cached(r"[Bb]y[ \t]+\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]*$")
_PLACE_OPENER = compile_cached(r"(\p{Lu}[\p{L}'’.-]*(?:[ \t]\p{Lu}[\p{L}'’.-]*){0,2}):[ \t]")


def _next_title(block: Block) -> bool:
    """A story's title: one line in words with no stop, not the story's own prose."""
    text = block.text
    return (
        block.kind in (PARAGRAPH, HEADLINE) and "\n" not in text and len(text) <= MAX_TITLE + 40
        and text[-1:] not in ".:;,!?" and (text[:1].isupper() or text[:1] in "'\"‘“" and text[1:2].isupper())
        and NEXT_TITLE_SPACES[0] <= text.count(" ") <= NEXT_TITLE_SPACES[1]
        and any(w.islower() for w in text.split()[1:])
    )


# A story's dated opening: its place, a month and a day, then a colon, a dash or the agency in
# brackets ("Nayagarh, Dec 9: ...", "Patna, Dec 9 (IANS) - ...").
_DATED_OPENER = compile_cached(
    rf"\p{{Lu}}[\p{{L}}.'’]*(?:[ \t]\p{{Lu}}[\p{{L}}.'’]*){{0,2}},[ \t]+{MONTH}[ \t]*\d{{1,2}}(?:,[ \t]*\d{{4}})?"
    r"[ \t]*(?::|[-–—]|\([\p{L} ]{2,20}\)[ \t]*[-–—:]?)[ \t]"
)

_SIGN_OFF_OPENER = re.compile("\n[(\\-–—]")
_SIGN_OFF_ALONE = re.compile(r"(?m)^(?:\([A-Za-z][A-Za-z ]{1,20}\)|[-–—]+[ \t]*[A-Za-z][A-Za-z ]{1,20})[ \t]*$")
# Xinhua's and CNA's end of item with the operator's initials closing a line ("(By Wu Shu-wei)
# Enditem/kb").
_END_WORDS = ("Enditem", "ENDITEM", "Ends", "ENDS")
_ENDITEM = re.compile(
    r"(?m)(?:^|[ \t)])(?:" + "|".join(_END_WORDS) + r")(?:[ \t]*/[ \t]*[A-Za-z\d]{1,8}){0,3}[ \t]*$"
)


def _sign_off_line(text: str) -> bool:
    """A sign-off alone on a line: an agency's name after a dash or in brackets ("(IANS)")."""
    if text[:1] == "(" and text[-1:] == ")":
        return text[1:-1].strip().casefold() in agency_names()
    return is_signoff(text)


def _lead_line(block: Block, last: bool) -> bool:
    """A lead's paragraph: one line of prose ending with its stop (the last may be cut); unlike
    `_teaser`'s, a dateline may open it."""
    text = block.text
    return (
        block.kind == PARAGRAPH and "\n" not in text and text.count(" ") >= PROSE_WORDS
        and text[:1].isupper() and (text[-1:] in ".!?\"”’" or last)
    )


def _source_line(block: Block) -> bool:
    return len(block.text) < MAX_HEADER + 20 and _SOURCE_LINE.match(block.text) is not None


def _listed(block: Block) -> bool:
    """A line of a list of other stories: one line, a title's or a lead's opening, no byline or
    dateline (a second story of the page has them)."""
    text = block.text
    return (
        block.kind == PARAGRAPH and "\n" not in text and (text[:1].isupper() or text[:1] in "'\"‘“")
        and not text.startswith(("By ", "(By ")) and find_dateline(block) is None
    )


class StoryPasses(PassesBase):
    """Passes over other stories run on."""

    def _next_story(self, doc: Document) -> Iterable[Diagnostic]:
        """Another story of the page under this one, from its title to the end of the copy (an
        archive or a section page printing several stories in full), under two of the story's
        paragraphs at least: a title (printed once or twice) over a lead that opens with a
        dateline, over its byline, over the page's source line that the story carries under its
        own title ("Source: South Africa News Agency"), or over a lead opening with the place the
        story's own lead opens with ("Tunis: ..."); or a title under a date line or under the
        story's closing source line, over a lead. Not in a digest whose stories a rule line parts
        ("-----"). Shown."""
        blocks = doc.blocks
        if len(blocks) < 5:
            return
        prose_above = 0
        place: str | None = None
        for index in range(1, len(blocks) - 1):
            block = blocks[index]
            if prose_above >= 2 and _next_title(block):
                under = index + 1
                if under + 1 < len(blocks) and blocks[under].text == block.text:
                    under += 1  # the title printed twice, as story pages print it
                after = blocks[under]
                last = under + 1 == len(blocks)
                opener = _PLACE_OPENER.match(after.text)
                lead_below = not last and _lead_line(blocks[under + 1], under + 2 == len(blocks))
                if (
                    after.kind == DATELINE or after.kind == PARAGRAPH and find_dateline(after) is not None
                    or _BYLINE.match(after.text) and lead_below
                    or date_widget(blocks[index - 1].text) and _lead_line(after, last)
                    or _source_line(after) and lead_below and any(b.text == after.text for b in blocks[:4])
                    or opener is not None and opener[1] == place and _lead_line(after, last)
                    or _source_line(blocks[index - 1]) and _lead_line(after, last)
                ) and not any(_RULE_LINE.fullmatch(b.text.strip()) for b in blocks):
                    yield self.diagnostic(
                        block.start, blocks[-1].end,
                        "another story of the page under this one (its title over its lead), to the end of the copy",
                        Fix.display_only("Delete the other story", Edit(blocks[index - 1].end, blocks[-1].end, "")),
                    )
                    return
            if block.kind == PARAGRAPH and block.text.count(" ") >= STORY_SPACES and block.text[-1:] in ".!?\"”’":
                if prose_above == 0:
                    opener = _PLACE_OPENER.match(block.text)
                    place = opener[1] if opener else None
                prose_above += 1

    def _signed_off_story(self, doc: Document) -> Iterable[Diagnostic]:
        """Another story after this one's sign-off alone on its line ("(IANS)", "- BERNAMA"), its
        first line opening with a dateline ("Nayagarh, Dec 9: A man ..."): a listing page printing
        its stories one after another, in single-newline copy too. A story goes on after no
        sign-off; from the dated line to the end of the copy is the page's. Shown."""
        text = doc.text
        if (_SIGN_OFF_OPENER.search(text) is None or _SIGN_OFF_ALONE.search(text) is None) and (
            not any(map(text.__contains__, _END_WORDS)) or _ENDITEM.search(text) is None
        ):
            return  # C-level scans: nearly every story has no sign-off alone on a line
        lines = [line for block in doc.blocks if block.kind in (PARAGRAPH, SIGNOFF) for line in lines_of(block)]
        prose = 0
        for at, (line, after) in enumerate(zip(lines, lines[1:], strict=False)):
            text = line.text.strip()
            lead = after
            if _DATED_OPENER.match(after.text) is None and at + 2 < len(lines) and _next_title(
                Block(PARAGRAPH, after.start, after.end, after.text)
            ):
                lead = lines[at + 2]  # the next story's title over its dated lead
            if (
                prose >= 2 and (_sign_off_line(text) or _ENDITEM.search(text) is not None)
                and _DATED_OPENER.match(lead.text) is not None
            ):
                if not _lead_line(Block(PARAGRAPH, lead.start, lead.end, lead.text), True):
                    return
                yield self.diagnostic(
                    after.start, doc.blocks[-1].end,
                    "another story of the page after this one's sign-off (its dated lead), to the end of the copy",
                    Fix.display_only("Delete the other story", Edit(line.end, doc.blocks[-1].end, "")),
                )
                return
            if text.count(" ") >= STORY_SPACES and text[-1:] in ".!?\"”’":
                prose += 1

    def _teasers(self, doc: Document) -> Iterable[Diagnostic]:
        """Other stories' leads, one sentence a line with no title, byline or dateline, after the
        paragraph the story's sign-off closes ("... of Nghe An.-VNA"): a list whose links lost
        their titles. Shown: its lines are sentences."""
        blocks = doc.blocks
        for index in range(1, len(blocks) - TEASERS):
            block = blocks[index]
            text = block.text
            if block.kind != PARAGRAPH:
                continue
            if text[-1:].isalpha() or text.endswith("./."):
                if _signed().search(text, max(0, len(text) - 40)) is None:
                    continue
            elif not publication_line(text):
                continue
            items = blocks[index + 1 :]
            # Leads alone, or titles over them ("Who is supporting the bill?" / "Now that ...").
            if all(_listed(b) for b in items) and any(_teaser(b, last=False) for b in items):
                yield self.diagnostic(
                    items[0].start, items[-1].end,
                    "other stories' leads after the story's sign-off (a related list whose titles were lost)",
                    Fix.display_only("Delete the list", Edit(block.end, items[-1].end, "")),
                )
            return

    def _glued(self, doc: Document) -> Iterable[Diagnostic]:
        """A header glued to the end of the paragraph above its list: reported from the header
        on, the list under it as one finding."""
        blocks = doc.blocks
        for index, block in enumerate(blocks[:-1]):
            if block.kind != PARAGRAPH or block.text[-1:] != ":" or "\n" in block.text:
                continue
            match = _glued_header().search(block.text, max(0, len(block.text) - MAX_HEADER))
            if match is None:
                continue
            start = block.start + match.start("header")
            items = blocks[index + 1 :]
            end = items[-1].end
            certain = all(b.kind in _SCOPE for b in items) and not _prose(doc.text[block.end : end])
            title = "Delete the header and its list"
            fix = (Fix.safe if certain else Fix.display_only)(title, Edit(block.start + match.start(), end, ""))
            why = "glued to the paragraph above; its list of other stories goes with it"
            if not certain:
                why += "; the list holds sentences or more copy follows, so an editor decides"
            yield self.diagnostic(start, end, f"a related-stories header ({why})", fix)
            return
