"""What NL411's passes share: the forms of end markers, agencies' names and sign-offs, and where the
story ends on a page (its last sentence, the page's lines under it)."""

from __future__ import annotations

from functools import cache

import regex

from ...core.document import END_MARKER, PARAGRAPH, SIGNOFF, Block, Document
from ...data import shipped
from ...regexes import compile_cached
from ...spelling.lookup import PROPER_WORDS, WORDS
from ..support.chrome.bars import chrome_reason
from ..support.chrome.notices import reader_notice
from ..support.chrome.sites import outlet_name
from ..support.chrome.vocabulary import MAX_LINE, SENTENCE_END, related_header_set
from ..support.chrome.widgets import date_widget

# The dashes a sign-off or the desk's codes open with ("-- BERNAMA", "– VNS", "― Bernama"):
# a string for tests, a class for patterns.
_DASHES = "-–—―"
_DASH = f"[{_DASHES}]"

# How many blocks from the end a marker may sit above the page's debris.
_TAIL_BLOCKS = 3
_TAIL_KINDS = (PARAGRAPH, END_MARKER, SIGNOFF)


@cache
def _agency_names() -> str:
    """The agencies of the data as one alternation, longest first."""
    agencies = sorted(shipped("data/agencies.yaml")["agencies"], key=len, reverse=True)
    return "|".join(regex.escape(a) for a in agencies)


@cache
def _agency_set() -> frozenset[str]:
    return frozenset(shipped("data/agencies.yaml")["agencies"])


def _signoff_name(name: str) -> bool:
    """A sign-off's name is no English word ("MORE" is the wire's instruction, "-Sources" a
    word), unless the data lists it as an agency's ("(ANI/WAM)": "ani" is a word too)."""
    if name in _agency_set():
        return True
    # Of two words, one no English word names the outlet ("Colombo Gazette", not "Full Story"),
    # or the last is an outlet's ("Penguin News").
    return any(not (folded in WORDS and folded not in PROPER_WORDS) for folded in name.lower().split()) or (
        " " in name and outlet_name(name)
    )


@cache
def _outlet_words() -> frozenset[str]:
    return frozenset(str(word) for word in shipped("data/web_chrome.yaml")["outlet_words"])


# "Source: VNA", "Source: Agence Kampuchea Presse": the agency named as the story's source.
_SOURCE = compile_cached(
    r"Sources?(?:\(s\))?[ \t]*:[ \t]*(?P<name>\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,4})\.?[ \t]*"
)


def _source_credit(text: str) -> bool:
    """An agency listed, or a name with a word naming an outlet ("Lao News Agency"), as the source."""
    match = _SOURCE.fullmatch(text)
    if match is None:
        return False
    name = match.group("name")
    # In capitals too ("Sources: BERNAMA"): the data spells the agency as its name reads.
    return name in _agency_set() or name.casefold() in _agency_folded() or not _outlet_words().isdisjoint(
        name.lower().split()
    )


@cache
def _agency_folded() -> frozenset[str]:
    return frozenset(name.casefold() for name in _agency_set())


# The wire's credit under a story: "(Reporting by Jane Doe; Editing by John Roe)".
_CREDIT_NAME = r"\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}"
_CREDIT_NAMES = (
    rf"{_CREDIT_NAME}(?:(?:,[ \t]*|[ \t]+and[ \t]+){_CREDIT_NAME})*"
    r"(?:[ \t]+in[ \t]+\p{Lu}\p{L}*(?:[ \t]+\p{Lu}\p{L}*)?)?"
)
_REPORTING_CREDIT = compile_cached(
    # "(With inputs from PTI)": a paper's credit to the agencies it took the story from.
    rf"(?:\((?i:with[ \t]+(?:inputs?|input[ \t]+and[ \t]+photos?)[ \t]+from)[ \t]+[^()\n]{{2,60}}\)|"
    rf"\(?(?:(?:Additional[ \t]+)?Reporting|Writing|Editing|Edited|Compiled)[ \t]+by[ \t]+{_CREDIT_NAMES}"
    rf"(?:;[ \t]*(?:Additional[ \t]+reporting|Writing|Editing|Compiled)[ \t]+by[ \t]+{_CREDIT_NAMES})*\)?)"
)
_CREDIT_LINE = 160
_LAST_LINE = 40  # codes or a sign-off on the last line: this long at most
_ATTRIBUTION = "(its attribution: a desk's style decides whether it stays)"
_PROSE_SPACES = 5
_CLOSING = "closing a story, with more copy after it (another story or the page's)"


def _under_sentence(above: Block) -> bool:
    """The block above is a story's sentence: a paragraph of prose ending with its stop."""
    return above.kind == PARAGRAPH and above.text[-1:] in SENTENCE_END and above.text.count(" ") >= _PROSE_SPACES


def _prose_after(doc: Document, block: Block) -> bool:
    """Whether a sentence of the story follows: then the marker closes an earlier story. Under a
    related-stories header ("Related Articles") the sentences are other stories' teasers."""
    headers = related_header_set()
    for after in doc.blocks:
        if after.start < block.end:
            continue
        if _story_sentence(after):
            return True
        if len(after.text) <= _HEADER_BLOCK and any(
            line.strip().rstrip(":").casefold() in headers for line in after.text.split("\n")
        ):
            return False
    return False


_HEADER_BLOCK = 400  # a block of the page's short lines that may end with the list's header


def _story_sentence(block: Block) -> bool:
    """A paragraph of six words or more ending as a sentence does; the page's notice to its
    reader is no sentence of a story, nor another story's teaser cut short ("... will wo...")."""
    text = block.text.rstrip()
    return (
        block.kind == PARAGRAPH and text[-1:] in ".!?\"”’" and text.count(" ") >= 5
        and not text.endswith(("...", "…")) and not reader_notice(text)
    )


def _story_after(doc: Document, block: Block) -> bool:
    """Whether a story follows a marker alone on its line: two sentences of prose at least (a
    related story's title or a share widget's one instruction, "To get the link, tap the URL.",
    is no story), one of them longer than a title (related stories' titles under the marker,
    one a line, may end with a stop: "... confrontation with U.S.")."""
    sentences, long = 0, False
    for after in doc.blocks:
        if after.start >= block.end and _story_sentence(after):
            sentences += 1
            long = long or after.text.count(" ") >= TITLE_SPACES
            if long and sentences >= STORY_SENTENCES:
                return True
    return False


# A sign-off with no sentence after it, only the page's lines (a list of other stories, its header).
_PAGE_BELOW = "at the end of the story, with only the page's lines after it"
STORY_SENTENCES = 2
TITLE_SPACES = 16  # a paragraph with this many spaces is longer than any title

_PAGE_TAIL = 4  # lines of the page under the story's last sentence, at most


def _above_page_lines(doc: Document, floor: int, credits: bool = False) -> tuple[int, bool]:
    """The index of the block above the few lines of the page's at the text's end
    (`_PAGE_TAIL` at most; scraps, `_page_line`s and, with `credits`, a "Source: ..." credit),
    never below `floor`; and whether one of them is a `_page_line`."""
    blocks = doc.blocks
    at, paged = len(blocks) - 1, False
    while at > floor and len(blocks) - at <= _PAGE_TAIL:
        block = blocks[at]
        page = _page_line(block)
        if not (
            page or _scrap(block)
            or credits and (block.text[:6] == "Source" and _source_credit(block.text) or _written_by(block.text))
        ):
            break
        paged = paged or page
        at -= 1
    return at, paged


# A line crediting the story's writer or translator under it ("Article in English by Ravuth M.",
# "Written by Jane Doe"): a few words, "by", then a name of capitalised words or initials.
_WRITTEN_BY = compile_cached(
    r"(?:\p{L}+[ \t]+){0,4}(?i:by)[ \t]+\p{Lu}[\p{L}'’-]*\.?(?:[ \t]+\p{Lu}[\p{L}'’-]*\.?){0,3}"
)
MAX_WRITTEN_BY = 60


def _written_by(text: str) -> bool:
    """Every line of the block credits the story's writer or translator (`_WRITTEN_BY`)."""
    return all(len(line) <= MAX_WRITTEN_BY and _WRITTEN_BY.fullmatch(line.strip()) for line in text.split("\n"))


def _page_line(block: Block) -> bool:
    """A line of the page's by its shape: buttons, a date or time widget, a notice to its reader,
    a widget's label alone ("No comments:"); or a few such lines, or scraps, run together
    ("SHARE ARTICLE\narrow up\nhome icon")."""
    text = block.text
    if block.kind != PARAGRAPH:
        return False
    if "\n" in text:
        lines = text.split("\n")
        return len(lines) <= _PAGE_TAIL and all(_scrap_text(line) or _page_text(line) for line in lines)
    return _page_text(text)


def _page_text(text: str) -> bool:
    return len(text) <= MAX_LINE and (
        text.endswith(":") and text.count(" ") < _LABEL_WORDS
        or chrome_reason(text) is not None or date_widget(text) or reader_notice(text)
    )


_LABEL_WORDS = 3  # a widget's label alone under the story: this many words at most


def _scrap(block: Block) -> bool:
    """A line of a few words with no stop or colon: not a sentence of the story."""
    return block.kind == PARAGRAPH and _scrap_text(block.text)


def _scrap_text(text: str) -> bool:
    return len(text) <= 30 and text.count(" ") < 4 and not any(c in text for c in ".!?:")


def _tail(doc: Document) -> list[Block]:
    """The last few paragraphs, markers and sign-offs, last first."""
    found: list[Block] = []
    for block in reversed(doc.blocks):
        if block.kind in _TAIL_KINDS:
            found.append(block)
            if len(found) == _TAIL_BLOCKS:
                break
    return found


# The formats whose last block is a line of the copy as typed (a feed's fields hold no rule line).
_RULE_FORMATS = frozenset(("text", "markdown"))
# A rule of one character typed three times or more ("====", "*****", "* * *") on the last line:
# the end of the item as an agency's or a site's template draws it, no word of the story.
_CLOSING_RULE = compile_cached(r"[ \t]*(?:([=*~_#-])\1{2,}|\*(?:[ \t]+\*){2,})[ \t]*")


def _closing_rule(doc: Document) -> Block | None:
    """The story's last block when it is a rule line (`_CLOSING_RULE`) under more copy; None
    otherwise."""
    if doc.format not in _RULE_FORMATS or len(doc.blocks) < 3:
        return None
    last = doc.blocks[-1]
    if last.kind not in (PARAGRAPH, END_MARKER) or _CLOSING_RULE.fullmatch(last.text) is None:
        return None
    return last


# The place and date with the agency after them, closing the story ("Tehran, Dec 4, IRNA").
_DATED_AGENCY = compile_cached(
    r"[ \t]*\p{Lu}[\p{L}'’.-]+(?:[ \t]\p{Lu}[\p{L}'’.-]+){0,2},[ \t]*(?:\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2}"
    r"|\d{1,2}[ \t]+\p{Lu}\p{Ll}{2,8})\.?,?[ \t]+([\p{L}-]{2,12})[ \t.]*"
)


# The agency credited for a share of the copy, in brackets ("(With PTI inputs)", "(With inputs
# from IANS)", "(With agency inputs)").
_WITH_INPUTS = compile_cached(
    r"[ \t]*\([ \t]*(?i:with)[ \t]+(?:(?i:inputs?[ \t]+from)[ \t]+)?([\p{L}-]{2,12})"
    r"(?:[ \t]+(?i:inputs?))?[ \t]*\)[ \t.]*"
)
_AGENCY_WORDS = ("agency", "agencies")


def _with_inputs(text: str) -> bool:
    match = _WITH_INPUTS.fullmatch(text)
    return match is not None and (match.group(1) in _agency_set() or match.group(1).casefold() in _AGENCY_WORDS)


def _dated_agency(text: str) -> bool:
    match = _DATED_AGENCY.fullmatch(text)
    return match is not None and match.group(1) in _agency_set()
