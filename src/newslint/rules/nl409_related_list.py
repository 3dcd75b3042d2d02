"""NL409 related-list: a "Related posts" header and the list of other stories under it.

Long on purpose: a related-stories list is one header and the lines under it; telling the list from
the story's own lines (titles, teasers, dates, authors) is one decision its helpers make together."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import CAPTION, DATELINE, HEADLINE, PARAGRAPH, SIGNOFF, Block, Document
from ..core.rule import Rule, RuleSpec
from ..data import shipped
from ..regexes import compile_cached, phrase_pattern
from ..structure import find_dateline, is_signoff
from .support.chrome.lines import Line, line_removal, lines_of
from .support.chrome.sites import publication_line, section_label
from .support.chrome.vocabulary import (
    CUT_PROSE_SPACES,
    MONTH,
    PROSE_WORDS,
    TIME_UNIT,
    agency_names,
    header_openers,
    related_headers,
    story_above,
)
from .support.chrome.widgets import date_widget

# A header is short: "Related posts", "Other stories on the site include:".
MAX_HEADER = 60
# One linked title after a header on its line ("See also: Minister resigns") is a headline's length.
MAX_TITLE = 120
_SCOPE = (PARAGRAPH, CAPTION, SIGNOFF)


# A section's name or a site's initials before the header ('"Politics" POPULAR ARTICLE', "JN
# ACCESS RANKING").
_PREFIX = (
    r"(?:[\"“][^\"”\n]{1,24}[\"”][ \t]+|(?-i:\p{Lu}{2,4})[ \t]+"
    # ... or a site's or a place's name of one or two capitalised words ("Edmonton Top Stories").
    r"|(?-i:\p{Lu}[\p{L}\p{N}.'’-]*)[ \t]+(?:(?-i:\p{Lu}[\p{L}\p{N}.'’-]*)[ \t]+)?)?"
)


@cache
def _header() -> regex.Pattern[str]:
    data = shipped("data/web_chrome.yaml")
    headers = related_headers()
    words = phrase_pattern(headers)
    sectioned = data["related_sectioned"]
    section = (
        rf"(?:{'|'.join(sectioned['heads'])})\s+(?:\p{{L}}[\p{{L}}&-]*\s+){{1,2}}(?:{'|'.join(sectioned['tails'])})"
    )
    # The header alone ("Related posts:"), or a header with one linked title after a colon
    # ("See also: Minister resigns"), or a line closing "... include:".
    return compile_cached(
        rf"(?i)(?:[•·▪◦][ \t]*)?{_PREFIX}(?:{words}|{section})\b"
        rf"(?P<gap>[ \t]{{2,}}|[ \t]*:|[ \t]*[-–—][ \t]*(?=\p{{Lu}}))?(?P<rest>[^\n]{{0,{MAX_TITLE}}}?)[\s:.»›>…-]*|"
        rf"(?P<include>[^\n.!?]{{0,{MAX_HEADER}}}\b(?:stories|news|articles|posts|headlines)\b[^\n.!?]{{0,40}}\binclude):"
    )


@cache
def _glued_header() -> regex.Pattern[str]:
    """A header with its colon run on to a paragraph's last sentence ("... the governor.(NAN).
    READ ALSO:"), the list under the paragraph."""
    headers = related_headers()
    words = phrase_pattern(headers)
    return compile_cached(rf"(?<=[.!?\"”’)])[ \t]*(?P<header>(?i:{words})[ \t]*:)[ \t]*$")


NAMED_WORDS = 4  # words of a site's or section's name after a header ("More from Star Tribune")


def _header_alone(text: str, openers: frozenset[str], header_pattern: regex.Pattern[str]) -> bool:
    """A related-stories header with nothing else on its line ("Most Viewed", "Related News:")."""
    if len(text) > MAX_HEADER or text.split(None, 1)[0].lower() not in openers:
        return False  # one look-up: nearly every line opens with another word
    match = header_pattern.fullmatch(text)
    return match is not None and match["include"] is None and not (match["rest"] or "").strip(" :»›>…-")


def _named(header: str, rest: str) -> bool:
    """A header closing with "from", or followed by it or by "of", and a site's or section's name
    after it: one to four capitalised words ("More from Star Tribune", "Recommended from
    Editorial", "Other materials of «Politics»"), not a sentence."""
    words = rest.split()
    if not header.rstrip().lower().endswith(" from"):
        if words[:1] not in (["from"], ["From"], ["of"]):
            return False
        words = words[1:]
    return 0 < len(words) <= NAMED_WORDS and all(w.lstrip("«\"“")[:1].isupper() or w == "&" for w in words)


_SMALL = frozenset(("in", "of", "the", "this", "on", "for", "and", "&"))


def _titled(header: str, rest: str) -> bool:
    """A header with a few more words in its title case ("Most Viewed Video Stories", "Most Read
    in 24 Hours"): the list's heading, not a sentence ("Related talks begin") if a title follows."""
    words = rest.split()
    return (
        header[:1].isupper() and 0 < len(words) <= NAMED_WORDS and words[-1][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL for w in words)
    )


def _prose(text: str) -> bool:
    """A line of running text: a sentence with enough words (a teaser of the next story counts),
    or a line longer than any title or with more words than one, whatever it ends with (a story
    cut off by the scrape, or closed by its editor's initials: "... said Plumbly. IF/MO")."""
    return any(
        len(line.text) > MAX_TITLE or line.text.count(" ") >= CUT_PROSE_SPACES
        or line.text[-1] in ".!?\"”’" and line.text.count(" ") >= PROSE_WORDS - 1
        for line in lines_of(Block(PARAGRAPH, 0, len(text), text))
    )


TEASERS = 3  # other stories' leads after a sign-off, at least


@cache
def _signed() -> regex.Pattern[str]:
    """A paragraph's last sentence closed by the agency's sign-off or end marker ("... An.-VNA",
    "... the region. --AKP", "... Hanoi./.")."""
    names = "|".join(regex.escape(n) for n in sorted(agency_names(), key=len, reverse=True))
    return compile_cached(rf"(?<=[.!?][\"”’)]?)[ \t]*(?:\./\.|(?:--?|–|—)[ \t]*(?i:{names}))[ \t]*$")


TITLE_PAIRS = 3  # a title over its summary, this many pairs in a row at least
_PAIR_TITLE_SPACES = (1, 11)  # a title's spaces: two to twelve words
_PAIR_SUMMARY_SPACES = (3, 14)  # a summary's: four to fifteen words


def _pair_title(block: Block) -> bool:
    text = block.text
    return (
        block.kind in (PARAGRAPH, HEADLINE) and len(text) <= MAX_TITLE and text[-1:] not in ".!?:;,"
        and "\n" not in text and (text[:1].isupper() or text[:1].isdigit())
        and _PAIR_TITLE_SPACES[0] <= text.count(" ") <= _PAIR_TITLE_SPACES[1]
    )


def _pair_summary(block: Block, stopped: bool = True) -> bool:
    """A title's one-sentence summary; with `stopped` False, its stop may be missing."""
    text = block.text
    return (
        block.kind == PARAGRAPH and (text[-1:] in ".!?" or not stopped) and "\n" not in text and text[:1].isupper()
        and _PAIR_SUMMARY_SPACES[0] <= text.count(" ") <= _PAIR_SUMMARY_SPACES[1]
    )


def _span(doc: Document, first: int, last: int) -> tuple[int, int]:
    """Blocks `first` to `last` with the line breaks above them (or under them, at the top)."""
    blocks = doc.blocks
    if first > 0:
        return blocks[first - 1].end, blocks[last].end
    end = blocks[last + 1].start if last + 1 < len(blocks) else blocks[last].end
    return blocks[first].start, end


MARK_GAP = 4  # lines from one marked title to the next in one list, at most
_CODE_MARKS = frozenset("@;=<>{}")
_FIGURE = compile_cached(r"\d")
_RANK = compile_cached(r"[ \t]*(?:\d{1,2}|[-–—•·])[ \t]*")
_AGE = compile_cached(rf"[ \t]*[-–—•·|]?[ \t]*\d{{1,3}}[ \t]*{TIME_UNIT}[ \t]+ago[ \t]*")
_SOURCE_DATE = compile_cached(
    r"[ \t]*\p{L}[\p{L} .'’-]{1,30}[ \t]+[-–—|][ \t]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}[ \t]*"
)


MAX_MARK = MAX_TITLE // 2  # a list's mark is short: a rank, an age, a source and date


def _list_mark(text: str) -> bool:
    """A mark of a list of other stories: a rank, a dash, an age, a source and date."""
    bare = text.strip()
    if len(bare) <= 2:
        return _RANK.fullmatch(bare) is not None
    if _FIGURE.search(bare) is None:
        return False  # every other mark holds a figure: one C-level scan rules out most lines
    return bool("ago" in bare and _AGE.fullmatch(text) or _SOURCE_DATE.fullmatch(text) or date_widget(text))


def _dated_mark(text: str) -> bool:
    """A list's mark that dates its item (an age, a source and date, a date), not a rank."""
    return len(text.strip()) > 2 and len(text) <= MAX_MARK and _list_mark(text)


def _list_kind(text: str) -> str:
    """A line of a list of other stories that is no mark: "t" a title, "s" a teaser's sentence, "x"
    anything else."""
    stripped = text.strip()
    spaces = stripped.count(" ")
    if not stripped or len(stripped) > MAX_TITLE + 40:
        return "s" if stripped.count(" ") < 80 and stripped[-1:] in ".!?" else "x"
    if 1 <= spaces <= 20 and stripped[-1:] not in ".:;," and not _CODE_MARKS.intersection(stripped) and (
        sum(c.isdigit() for c in stripped) * 5 < len(stripped)
    ):
        return "t"  # no mail header's or code's line ("Received: from mail-hub ... (172.16.170.186) by")
    return "s" if stripped[-1:] in ".!?\"”’" or spaces >= CUT_PROSE_SPACES else "x"


def _trailing_title(block: Block, last: bool) -> bool:
    """A title of a list under the story: a line of two to twelve words with no stop, in words
    (not a fixture "A v B", a table's figures or a name alone); the very last may be cut."""
    return block.kind == PARAGRAPH and "\n" not in block.text and _title_line(block.text, last, NEXT_TITLE_SPACES[1])


def _title_line(text: str, last: bool, most: int = _PAIR_TITLE_SPACES[1]) -> bool:
    """`_trailing_title`'s test of one line; `most` spaces at most."""
    if len(text) > MAX_TITLE or text[-1:] in ".:;,":
        return False
    if not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "'\"‘“"):
        return False
    spaces = text.count(" ")
    if not (2 <= spaces <= most or last and spaces >= 1):
        return False
    digits = sum(c.isdigit() for c in text)
    return " v " not in text and digits * 4 < len(text) and any(w.islower() for w in text.split()[1:])


NEXT_TITLE_SPACES = (2, 18)  # a next story's title: three to nineteen words
# A list's bullet before a title ("- Title", "• Title").
_BULLET = re.compile(r"[ \t]*[-–—•·*][ \t]+")


def _bulleted_title(text: str) -> bool:
    """A title of a list, its bullet before it ("- Police identify suspect in shooting")."""
    bullet = _BULLET.match(text)
    return bullet is not None and _title_line(text[bullet.end() :], False, NEXT_TITLE_SPACES[1])


def _bulleted_titles(blocks: list[Block], after: int) -> bool:
    """Three bulleted titles, the first lines of these blocks after offset `after` (the header's
    own block may hold them in single-newline copy)."""
    lines = [line for block in blocks for line in lines_of(block) if line.start > after][:TITLE_PAIRS]
    return len(lines) == TITLE_PAIRS and all(_bulleted_title(line.text) for line in lines)


STORY_SPACES = 12  # a paragraph of the story above it: thirteen words or more, with its stop
_CAPTION_MARK = compile_cached(r"[ \t]/[ \t]|(?i:\bcourtesy\b|\bphoto\b)")
_CLOSING_SOURCE = compile_cached(r"\(?[ \t]*(?:Source|Sources)[ \t]*:[^\n]{1,60}?\)?[ \t]*")
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


# The story's credit closing it: "With IANS", "(With inputs from PTI)", "via Xinhua".
_CREDIT_CLOSE = compile_cached(
    r"[(\[]?[ \t]*(?i:with|via|from)(?:[ \t]+(?i:inputs|input)[ \t]+(?i:from))?[ \t]+\p{Lu}[\w.&-]{1,20}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*\p{Lu}[\w.&-]{1,20})*[ \t]*[)\]]?\.?[ \t]*"
)


def _closing_credit(block: Block) -> bool:
    """A sign-off, a source line or a credit line closing the story."""
    text = block.text
    return len(text) <= MAX_HEADER and "\n" not in text and (
        block.kind == SIGNOFF or _CLOSING_SOURCE.fullmatch(text) is not None
        or _CREDIT_CLOSE.fullmatch(text) is not None
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


def _story_end(block: Block) -> bool:
    """The story's last sentence: a paragraph of prose ending with its stop (a full-width one too,
    an end marker typed on an East Asian keyboard: "./。")."""
    return block.kind == PARAGRAPH and block.text[-1:] in ".!?\"”’。" and block.text.count(" ") >= PROSE_WORDS


def _listed(block: Block) -> bool:
    """A line of a list of other stories: one line, a title's or a lead's opening, no byline or
    dateline (a second story of the page has them)."""
    text = block.text
    return (
        block.kind == PARAGRAPH and "\n" not in text and (text[:1].isupper() or text[:1] in "'\"‘“")
        and not text.startswith(("By ", "(By ")) and find_dateline(block) is None
    )


def _teaser(block: Block, last: bool, cut: bool = False) -> bool:
    """One sentence of another story's lead alone on a line: no title, byline or dateline (the
    last may be cut off by the scrape; with `cut`, any may be, cut short by the page: "KATHMANDU:
    Preparations have been intensified at the temple premises")."""
    text = block.text
    return (
        block.kind == PARAGRAPH and "\n" not in text and text.count(" ") >= PROSE_WORDS
        and text[:1].isupper() and not text.startswith(("By ", "(By "))
        and (text[-1:] in ".!?\"”’" or last or cut and text[-1:].isalpha()) and find_dateline(block) is None
    )


class RelatedStories(Rule):
    spec = RuleSpec(
        code="NL409",
        name="related-list",
        category="residue",
        summary='A "Related posts" or "Other news" header with the list of other stories under it.',
        rationale=(
            "Story pages end with links to other stories under a header ('Related posts', "
            "'See also', 'Other stories include:'); a scrape keeps the header and the titles as "
            "if they were paragraphs. Removing the header alone would leave the titles standing "
            "as body text, so header and list are one finding and one fix. The fix is safe only "
            "when the list runs to the end of the copy and holds titles, dates and names but no "
            "sentence; a list with teaser sentences, or one followed by more copy, is shown for "
            "an editor to decide. A header closing with or followed by 'from' may name the site or section after it "
            "('More from Star Tribune', 'Recommended from Editorial': up to four capitalised words), and "
            "a header may close with dots ('You may also like...'); 'of' may name the section too ('Other materials "
            "of «Politics»'), and a site's or a place's name of one or two words may open a header under the story "
            "('Springfield Top Stories'). A header "
            "with its colon run on to the last sentence of the paragraph above its list ('... the "
            "governor.(NAN). READ ALSO:') is reported from the header on, and so is a header alone on the last line "
            "of a block ('... car. - BERNAMA' over 'Related Articles:'), or inside a block of single-newline "
            "copy under the story's first sentence (other stories' titles, 'Most Viewed', more titles). "
            "Other stories' leads, one "
            "sentence a line with no title, byline or dateline, after the paragraph the story's sign-off "
            "closes ('... of Nghe An.-VNA'), are such a list whose titles were lost: shown, as sentences. "
            "Three titles or more in a row, each over its one-sentence summary, are the page's ticker or "
            "trends banner, above the story or under it: shown; so are three titles or more, one a line "
            "from under the story's last sentence or its credit line ('With IANS') to the end with no header "
            "(not a fixture list 'A v B' "
            "or a table's figures; in single-newline copy the last block's lines, a source line under them, "
            "not the story's captions), or each over the opening of its lead there (the page may cut every "
            "lead short, and the story's date line may stand above the list); so are three titles or "
            "more each beside a list's mark: its rank ('-', "
            "'1'), its age ('- 17 hours ago') or its source and date ('Kyodo - Sep 06'), a ranking or a "
            "latest-news box anywhere on the page. Another story that an archive or section page prints "
            "in full under this one, from its title to the end (a title over a datelined lead, over the "
            "page's source line that the story carries too, over its byline, under its date line, or over "
            "a lead opening with the story's own place), is shown; a digest whose stories rule lines part "
            "is left alone. So is another story after this one's sign-off alone on its line ('(IANS)'), "
            "its lead dated ('Nayagarh, Dec 9: ...'): a story goes on after no sign-off. "
            "Headers are data (`rules/data/web_chrome.yaml`)."
        ),
        example="Talks resumed on Monday.\n\nRelated posts\n\nMinister resigns\n\nRain hits harvest",
        example_fixed="Talks resumed on Monday.",
        fix_safety="varies",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        blocks = doc.blocks
        # Another story after this one's sign-off: what follows it is that story's, headers too.
        other = next(iter(self._signed_off_story(doc)), None)
        if other is not None:
            yield other
            blocks = [b for b in blocks if b.end <= other.start]
        openers = header_openers()
        header_pattern = _header()
        for index, block in enumerate(blocks):
            text = block.text
            if index and "\n" in text and block.kind in _SCOPE:
                # A header alone on a later line of a block, single-newline copy having glued it to
                # the paragraph or the date line above ("... car. - BERNAMA" / "Related Articles:").
                last = self._later_line_header(doc, index, block, openers, header_pattern)
                if last is not None:
                    yield last
                    return
            if index == 0 or block.kind not in _SCOPE or len(text) > 400:
                continue
            if len(text) > MAX_HEADER + MAX_TITLE and "\n" not in text:
                continue  # a block is trimmed: its one line is too long for a header (most paragraphs)
            # Cheap test first: a header opens with one of a few words, or ends "include:".
            head = block.text[:60].lstrip("•·▪◦ \t").split(None, 3)  # a list's bullet before it
            if head and head[0].lower() not in openers and (
                head[0][:1] in "\"“" or head[0].isupper() and len(head) > 1 and len(head[0]) <= 4
            ):
                head = head[1:]  # a section's name or a site's initials before the header
            elif head and head[0].lower() not in openers and head[0][:1].isupper():
                # A site's or a place's name before it, one or two words ("Edmonton Top Stories"),
                # under the story (above it, "Kenyan Top Stories" is the site's own name).
                if not story_above(doc, block.start):
                    continue
                head = head[1:] if len(head) > 1 and head[1].lower() in openers else head[2:]
            if not head or head[0].strip(":\"”").lower() not in openers and "include:" not in block.text:
                continue
            first = next(lines_of(block), None)
            if first is None or len(first.text) > MAX_HEADER + MAX_TITLE:
                continue
            match = header_pattern.fullmatch(first.text)
            if match is None:
                continue
            rest = (match["rest"] or "").strip(" :»›>…-")
            header = first.text[: match.start("rest")]
            # A title-case heading over a sentence is the story's sub-heading ("Related Talks Begin").
            titled = _titled(header, rest) and (index + 1 == len(blocks) or not _prose(blocks[index + 1].text))
            named = match["include"] is None and (
                _named(header, rest) or titled
                # ... or a few words more over a bulleted list of titles ("Most watched News videos")
                or 0 < rest.count(" ") < NAMED_WORDS
                and _bulleted_titles(blocks[index : index + 1 + TITLE_PAIRS], first.end)
            )
            if match["include"] is None and rest and match["gap"] is None and first.text[-1:] != ":" and not named:
                continue  # "Related talks begin": a sentence that opens with a header word
            if match["include"] is None and rest and len(rest) > MAX_HEADER and _prose(rest):
                continue  # "See also: ..." that runs on into a sentence of its own
            inline = bool(rest) and match["include"] is None and not named
            yield self._report(doc, index, block, first, inline)
            if not inline:
                return  # the header's list runs to the end: nothing after it is the story's
        spans: list[Diagnostic] = []
        for found in (
            *self._top_titles(doc), *self._glued(doc), *self._teasers(doc), *self._title_pairs(doc),
            *self._trailing_titles(doc), *self._trailing_pairs(doc), *self._next_story(doc), *self._marked_titles(doc),
        ):
            if any(earlier.start <= found.start < earlier.end for earlier in spans):
                continue  # inside a list already reported ("another story" among its items)
            if other is None or found.start < other.start:
                spans.append(found)
                yield found

    def _later_line_header(
        self, doc: Document, index: int, block: Block, openers: frozenset[str], header_pattern: regex.Pattern[str]
    ) -> Diagnostic | None:
        """A header alone on a line of the block after its first, nothing else on it, with its list
        under it: on the last line, or on a line inside a block of single-newline copy under the
        story's first sentence (a list of titles, "Most Viewed", more titles)."""
        first, *lines = lines_of(block)
        if _header_alone(first.text, openers, header_pattern):
            lines = lines[-1:]  # the block's own header opens its list: only its last line may be another's
        for number, line in enumerate(lines, 1):
            if not _header_alone(line.text, openers, header_pattern):
                continue
            if number < len(lines) and not story_above(doc, line.start):
                continue  # a site's menu above the story
            return self._report(doc, index, block, line, False)
        return None

    def _marked_titles(self, doc: Document) -> Iterable[Diagnostic]:
        """Other stories' titles, each beside a list's mark: its rank ("1", "-"), its age ("- 17
        hours ago") or its source and date ("Kyodo - Sep 06"), three or more in a run (a "Most
        popular" ranking or a latest-news box). Shown."""
        blocks = [block for block in doc.blocks[1:] if block.kind == PARAGRAPH]
        # Marks first, on the short blocks and the lines of the blocks of several: most stories
        # have none, and no line's kind is asked for.
        found = 0
        for block in blocks:
            if "\n" in block.text:
                found += sum(1 for line in lines_of(block) if len(line.text) <= MAX_MARK and _list_mark(line.text))
            elif len(block.text) <= MAX_MARK and _list_mark(block.text):
                found += 1
        if found < TITLE_PAIRS:
            return
        lines = [line for block in blocks for line in lines_of(block)]
        kinds = [
            "m" if len(line.text) <= MAX_MARK and _list_mark(line.text) else _list_kind(line.text) for line in lines
        ]
        last = len(kinds) - 1
        titled = [
            i for i, kind in enumerate(kinds)
            if kind == "t" and (i > 0 and kinds[i - 1] == "m" or i < last and kinds[i + 1] == "m")
            # a teaser's sentence between two marks that are no rank ("NHK - Sep 12" / "Tokyo police
            # have ..." / "NHK - Sep 12"); between ranks, sentences are the story's numbered points
            or kind == "s" and i > 0 and _dated_mark(lines[i - 1].text)
            and (i == last or kinds[i + 1] == "m" and _dated_mark(lines[i + 1].text))
        ]
        runs: list[list[int]] = []
        for i in titled:
            if runs and i - runs[-1][-1] <= MARK_GAP and all(k in "mts" for k in kinds[runs[-1][-1] : i]):
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            if len(run) < TITLE_PAIRS:
                continue
            first, end = run[0], run[-1]
            while first > 0 and kinds[first - 1] == "m":
                first -= 1
            while end < last and kinds[end + 1] == "m":
                end += 1
            yield self.diagnostic(
                lines[first].start, lines[end].end,
                f"other stories' titles, each with its rank, age or date ({len(run)} titles: the page's list), "
                "not this story",
                Fix.display_only("Delete the list", Edit(lines[first].start, lines[end].end, "")),
            )

    def _top_titles(self, doc: Document) -> Iterable[Diagnostic]:
        """Other stories' titles, one a bulleted line, from the page's very first line: a
        latest-news box printed above the story's headline. A story's own points under its
        headline ("Britain puts army on standby" / "- Tanker drivers to be deployed") follow a
        title, not open the page. Shown."""
        if not _BULLET.match(doc.text):
            return  # one C-level test: nearly every page opens with its title
        titles: list[Line] = []
        for block in doc.blocks:
            for line in lines_of(block):
                if not _bulleted_title(line.text):
                    break
                titles.append(line)
            else:
                continue
            break
        if len(titles) < TITLE_PAIRS or titles[-1].end >= doc.blocks[-1].end:
            return  # a list that is all the page holds is no box above a story
        yield self.diagnostic(
            titles[0].start, titles[-1].end,
            f"other stories' titles above the story, one a bulleted line ({len(titles)} titles: the page's list)",
            Fix.display_only("Delete the list", Edit(titles[0].start, titles[-1].end, "")),
        )

    def _trailing_titles(self, doc: Document) -> Iterable[Diagnostic]:
        """Three titles or more, one a line, from under the story's last sentence to the end of
        the copy, with no header over them: the page's list of other stories. Shown."""
        blocks = doc.blocks
        at = len(blocks)
        while at > 1 and _trailing_title(blocks[at - 1], last=at == len(blocks)):
            at -= 1
        count = len(blocks) - at
        if count == 0 and len(blocks) > 2 and "\n" in blocks[-1].text:
            yield from self._titles_block(doc)
            return
        # The story's credit or sign-off may close it above the list ("With IANS", "- BERNAMA").
        end = at - 1 if at > 2 and _closing_credit(blocks[at - 1]) else at
        if count < TITLE_PAIRS or end < 2 or not _story_end(blocks[end - 1]):
            return
        yield self.diagnostic(
            blocks[at].start, blocks[-1].end,
            "other stories' titles under the story, one a line with no header (the page's list)",
            Fix.display_only("Delete the list", Edit(blocks[at - 1].end, blocks[-1].end, "")),
        )

    def _titles_block(self, doc: Document) -> Iterable[Diagnostic]:
        """The same list in single-newline copy: the last block's lines, three titles or more,
        under the story's last sentence; a source line may close it ("(Source: NDO)"). Shown."""
        block = doc.blocks[-1]
        if block.kind != PARAGRAPH or not _story_end(doc.blocks[-2]):
            return
        lines = list(lines_of(block))
        if _CLOSING_SOURCE.fullmatch(lines[-1].text):
            lines.pop()
        # A block of one-line titles is a list's own shape: titles as long as a next story's count.
        if len(lines) < TITLE_PAIRS or not all(_title_line(line.text, False, NEXT_TITLE_SPACES[1]) for line in lines):
            return
        if any(_CAPTION_MARK.search(line.text) for line in lines):
            return  # the story's photos' captions under it ("... / Courtesy of Big Hit Music")
        yield self.diagnostic(
            lines[0].start, lines[-1].end,
            "other stories' titles under the story, one a line with no header (the page's list)",
            Fix.display_only("Delete the list", Edit(doc.blocks[-2].end, lines[-1].end, "")),
        )

    def _trailing_pairs(self, doc: Document) -> Iterable[Diagnostic]:
        """Other stories' titles, each over the opening of its lead, three or more from under the
        story's last sentence to the end of the copy ("School lunch program to be 'pay what you
        can'" / "Nova Scotia Education Minister Becky Druhan says ..."): the page's list of other
        stories, whose leads are too long for a ticker's summaries. Shown: its lines are sentences."""
        blocks = doc.blocks
        if len(blocks) < 2:
            return
        last = blocks[-1]
        openings = [len(blocks)]
        if (
            _trailing_title(last, last=True)
            # a title in capitals every word ("Pristine Lieng Nung"): a name alone elsewhere, here
            # the list's last item, its lead cut by the scrape (the pairs above must make the list)
            or last.kind == PARAGRAPH and "\n" not in last.text and len(last.text) <= MAX_TITLE
            and last.text[:1].isupper() and last.text.rstrip()[-1:].isalpha()
        ):
            # the list's last title, the scrape's cut through it; or, where the page cut every lead
            # short, the last lead
            openings.insert(0, len(blocks) - 1)
        at = next((found for start in openings if (found := self._pairs_from(blocks, start)) is not None), None)
        if at is None:
            return
        yield self.diagnostic(
            blocks[at].start, blocks[-1].end,
            "other stories' titles, each over the opening of its lead, under the story to the end of "
            "the copy (the page's list), not this story",
            Fix.display_only("Delete the list", Edit(blocks[at - 1].end, blocks[-1].end, "")),
        )

    @staticmethod
    def _pairs_from(blocks: tuple[Block, ...], at: int) -> int | None:
        """Where the list of titles over their leads that ends above block `at` starts, under the
        story's last sentence (its date line between them or not) or a section's label; None when
        there is none of three pairs or more."""
        titles = 0
        cut = 0  # leads the page cut short in mid-sentence: the list's, when most of its leads are so
        while (
            at > 2 and _teaser(blocks[at - 1], at == len(blocks), cut=True) and _trailing_title(blocks[at - 2], False)
        ):
            cut += blocks[at - 1].text[-1:].isalpha()
            at -= 2
            titles += 1
        if titles < TITLE_PAIRS or cut and cut * 2 < titles:
            return None  # too few; or a lead or two without its stop among whole ones: no page's cut teasers
        if at > 2 and section_label(blocks[at - 1].text.strip()) and _story_end(blocks[at - 2]):
            at -= 1  # a section's label over the list ("News"): the list's header
        above = at - 1
        if above > 1 and not _story_end(blocks[above]) and date_widget(blocks[above].text.strip()):
            above -= 1  # the story's date line under it ("Publish Date : 01 August 2023 08:27 AM")
        return at if _story_end(blocks[above]) else None

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

    def _title_pairs(self, doc: Document) -> Iterable[Diagnostic]:
        """Other stories' titles, each over its one-sentence summary, three pairs or more in a row
        ("Google to invest $6.4bn" / "The investment is its biggest-ever in Germany."): a ticker
        or a trends banner of the page's, above the story or under it. Shown: its lines are
        sentences and titles."""
        blocks = doc.blocks
        index = 0
        while index < len(blocks) - 1:
            end = index
            whole = 0  # pairs whose summary ends with its stop: the run needs three of them
            while end + 1 < len(blocks) and _pair_title(blocks[end]) and (
                _pair_summary(blocks[end + 1])
                # a summary that lost its stop, between two whole pairs ("Acquires a 24.1% interest ...")
                or end > index and end + 3 < len(blocks) and _pair_summary(blocks[end + 1], False)
                and _pair_title(blocks[end + 2]) and _pair_summary(blocks[end + 3])
            ):
                whole += _pair_summary(blocks[end + 1])
                end += 2
            if whole >= TITLE_PAIRS:
                first, last = blocks[index], blocks[end - 1]
                yield self.diagnostic(
                    first.start, last.end,
                    "other stories' titles, each over its one-sentence summary (the page's ticker or "
                    "trends banner), not this story",
                    Fix.display_only("Delete the list", Edit(*_span(doc, index, end - 1), "")),
                )
                index = end
            else:
                index += 1

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

    def _report(self, doc: Document, index: int, block: Block, first: Line, inline: bool) -> Diagnostic:
        if inline:  # "See also: Minister resigns": one link on its own line
            span = line_removal(doc, block, first)
            certain = not _prose(first.text)
            fix = (Fix.safe if certain else Fix.display_only)("Delete the link line", Edit(*span, ""))
            return self.diagnostic(
                first.start, first.end, "a link to another story ('see also' line), not part of this one", fix
            )
        # The header's block from the header on, and every block after it to the end.
        items = list(doc.blocks[index + 1 :])
        body_after = [b for b in items if b.kind not in _SCOPE]
        list_text = doc.text[first.end : doc.blocks[-1].end] if items else block.text[first.end - block.start :]
        start = first.start
        while start > 0 and doc.text[start - 1] in " \t\r\n":
            start -= 1
        end = items[-1].end if items else block.end
        if start == 0:
            start = first.start
        certain = not body_after and not _prose(list_text)
        n = len(items) + (1 if "\n" in block.text[first.end - block.start :] else 0)
        title = "Delete the header and its list" if n else "Delete the header"
        fix = (Fix.safe if certain else Fix.display_only)(title, Edit(start, end, ""))
        why = "its list of other stories goes with it" if n else "nothing follows it"
        if not certain:
            why += "; the list holds sentences or more copy follows, so an editor decides"
        return self.diagnostic(first.start, end, f"a related-stories header ({why})", fix)
