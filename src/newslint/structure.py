"""Assign wire-copy roles (headline, byline, dateline, caption, sign-off, end marker) to blocks.

Readers cut a file into raw blocks; this module decides what each block is, the same way for
every input format.

Long on purpose: each role is decided with the others in view (a dateline ends the header, a
sign-off is what a caption is not, an end marker is the last short block), so the detectors share
one pass over the blocks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import islice, repeat
from operator import attrgetter

import regex

from .core.document import (
    BYLINE,
    CAPTION,
    DATELINE,
    END_MARKER,
    HEADLINE,
    PARAGRAPH,
    SIGNOFF,
    TABLE,
    Block,
)
from .data import shipped
from .regexes import compile_cached

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_PLACE_WORD = r"[\p{Lu}][\p{L}'’.-]*"
# A dateline's place and region ("HANOI", "Santa Cruz", "NEW YORK"; ", Calif."), and its date (", Feb 26").
_PLACE_REGION = (
    rf"(?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,4}})"
    rf"(?P<region>(?:,[ ]{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}}){{0,2}}?)"
)
_DATE = rf"(?P<date>,[ ]{_MONTH}[ ]\d{{1,2}})"
_DATELINE = compile_cached(
    rf"""
    {_PLACE_REGION}
    {_DATE}?
    (?:[ ]\((?P<agency>[\p{{L}}][\p{{L}} /&.-]{{0,30}})\))?           # (Reuters)
    [ ]?(?:-{{1,2}}|–|—)(?:[ ]|\p{{So}}+[ ]?)                          # the dash (an emoji after it)
    """,
    regex.VERBOSE,
)
# The patterns below are compiled on first need, behind cheap tests: most articles have no
# byline or caption, and compiling is much of a one-article check's start-up.


@cache
def _byline() -> regex.Pattern[str]:
    return compile_cached(r"(?i:by)\s+\p{Lu}[\p{L}.'’ -]+(?:,\s*[\p{L} .]+)?")


# A caption opens with "Photo:" or closes with a credit "(Photo ...)"; each half is matched
# where it can start.
@cache
def _caption_lead() -> regex.Pattern[str]:
    return compile_cached(r"(?i:photo|photos|picture|caption|image)\s*:")


@cache
def _caption_credit() -> regex.Pattern[str]:
    return compile_cached(r"\((?i:photo|photos|photograph|picture|image|file\ photo)\b[^()]*\)\s*$")


# How far from the end a closing credit "(Photo: ...)" may open.
_CREDIT_WINDOW = 300
_TAIL_KINDS = (PARAGRAPH, END_MARKER)
_start = attrgetter("start")
_PROSE_AFTER_HEADLINE = (PARAGRAPH, CAPTION)
_SENTENCE_END = frozenset('.!?:;"”’)]')


@cache
def _agencies() -> frozenset[str]:
    return frozenset(shipped("data/agencies.yaml")["agencies"])


@cache
def _end_marker_pattern() -> regex.Pattern[str]:
    markers = sorted(shipped("data/agencies.yaml")["end_markers"], key=len, reverse=True)
    alternatives = "|".join(regex.escape(m) for m in markers)
    return compile_cached(rf"(?:{alternatives})")


@cache
def _marker_set() -> frozenset[str]:
    return frozenset(shipped("data/agencies.yaml")["end_markers"])


@cache
def _marker_endings() -> tuple[str, ...]:
    return (*shipped("data/agencies.yaml")["end_markers"], *_cut_markers())


# A word marker cut short where a page or a feed cut the text ("... from Dec. 2 to 5. Endi" for
# "Enditem"): its first letters, this many at least, after a sentence's end.
MIN_CUT_MARKER = 4
_BEFORE_CUT = (".", "!", "?", '."', ".”", ".’")


@cache
def _cut_markers() -> tuple[str, ...]:
    markers = shipped("data/agencies.yaml")["end_markers"]
    cuts = {
        marker[:n] for marker in markers if marker.isalpha() and len(marker) > MIN_CUT_MARKER
        for n in range(MIN_CUT_MARKER, len(marker))
    }
    return tuple(sorted(cuts - set(markers), key=lambda cut: (-len(cut), cut)))


@cache
def _longest_marker() -> int:
    return max(len(m) for m in shipped("data/agencies.yaml")["end_markers"])


# The widest a hard-wrapped line runs (wire copy wraps at 60 to 80 characters, e-mail at 72).
HARD_WRAP_MAX = 150


def _longest_line(text: str, start: int, end: int) -> int:
    longest = 0
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        stop = end if newline == -1 else newline
        longest = max(longest, stop - pos)
        if newline == -1:
            break
        pos = newline + 1
    return longest


_CURRENCY = frozenset("$€£¥₹₩₽¢")


def _marks_line(line: str) -> bool:
    """A line of marks alone, no letter or figure ("|", "* * *"): a divider, not wrapped text. A
    currency sign stays with the figures under it (a price widget's "$" over "0")."""
    return not any(ch.isalnum() or ch in _CURRENCY for ch in line)


def split_lines_into_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one blank-line-separated chunk where a line ends a sentence.

    Wire text often comes with one paragraph per line and no blank lines; hard-wrapped text
    breaks lines mid-sentence. A line that ends with sentence punctuation closes a paragraph.
    """
    pieces: list[tuple[int, int]] = []
    piece_start = start
    pos = start
    # Nobody hard-wraps at this width: a chunk with such a line has one paragraph a line, and
    # a short line in it (a title, a caption, a button) is a paragraph of its own.
    one_per_line = _longest_line(text, start, end) > HARD_WRAP_MAX
    while pos < end:
        newline = text.find("\n", pos, end)
        if newline == -1:
            break
        line_end = newline - 1 if newline > start and text[newline - 1] == "\r" else newline
        line = text[pos:line_end].rstrip()
        if line and not one_per_line and pos > piece_start and _marks_line(line):
            pieces.append((piece_start, pos - 1))  # nobody wraps a sentence onto marks alone ("|")
            piece_start = pos
        if line and (one_per_line or line[-1] in _SENTENCE_END or _marks_line(line)) and newline + 1 < end:
            pieces.append((piece_start, line_end))
            piece_start = newline + 1
        pos = newline + 1
    pieces.append((piece_start, end))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


def looks_tabular(block_text: str) -> bool:
    """Agate, results and figures: columns separated by tabs or runs of spaces."""
    if "\t" not in block_text and "   " not in block_text:
        return False
    lines = [line for line in block_text.splitlines() if line.strip()]
    if not lines:
        return False
    if len(lines) == 1:
        cells = _GAP.split(lines[0].strip())
        if len(cells) == 2 and (_signed_sentence(cells) or _titled_page(cells) or _labelled_sentence(cells)):
            return False
        if _spaced_sentences(cells):
            return False
    columnar = sum(1 for line in lines if "\t" in line.strip() or "   " in line.strip())
    return columnar * 2 >= len(lines) and columnar >= 1


def _signed_sentence(cells: list[str]) -> bool:
    """One line of prose whose only wide gap (its two cells) follows its last sentence ("... said
    a trader.   -Reuters" with the sign-off spaced off): a paragraph, not two columns."""
    return cells[0][-1:] in _STOPS and cells[0].count(" ") >= 5 and len(cells[1]) <= 30


def _spaced_sentences(cells: list[str]) -> bool:
    """One line of prose whose sentences a wide gap parts ("... from December 2-13 in Madrid.   When
    receiving the award, ..."): each part a sentence of many words, each but the last closed by its
    stop; a table's cells are figures, names and labels. A paragraph, not columns."""
    return len(cells) >= 2 and all(cell.count(" ") >= PROSE_CELL_WORDS for cell in cells) and all(
        cell[-1:] in _STOPS for cell in cells[:-1]
    )


# A label spaced off before a paragraph's prose is this short at most ("Staff Correspondent :").
LABEL_CELL = 40
PROSE_CELL_WORDS = 10


def _labelled_sentence(cells: list[str]) -> bool:
    """One line of prose after a short label and a wide gap ("Staff Correspondent :   Home
    Minister ... said on Thursday ..."): a paragraph, not two columns."""
    return (
        len(cells[0]) <= LABEL_CELL and not any(c.isdigit() for c in cells[0])
        and cells[1][:1].isupper() and cells[1][-1:] in _STOPS and cells[1].count(" ") >= PROSE_CELL_WORDS
    )


def _titled_page(cells: list[str]) -> bool:
    """A page's title with the site's name spaced off after a dash or a bar ("Men charged over
    attack on officer   - Solomon Star News"): one line of words, not two columns."""
    return (
        cells[0].count(" ") >= 3 and cells[1][:1] in "-–—|"
        and cells[1][1:].strip()[:1].isupper() and len(cells[1]) <= 60
    )


_GAP = re.compile(r"\t+| {3,}")
_STOPS = frozenset(".!?\"”’)")


def is_caption(block_text: str) -> bool:
    text = block_text.strip()
    # Cheap tests first: this runs on every paragraph of every article.
    if text.endswith(")"):
        return _has_closing_credit(text)
    colon = text.find(":", 0, 12)
    return colon != -1 and _caption_lead().match(text[: colon + 1]) is not None


def _has_closing_credit(text: str) -> bool:
    """Whether the last 300 characters of a text ending in ")" hold a caption's lead or credit,
    without a search from every place. The credit "(Photo ...)" holds no bracket, so it can only
    open at the last "("; the lead "Photo:" can only match at the start of the window.
    """
    window_start = max(0, len(text) - _CREDIT_WINDOW)
    opening = text.rfind("(", window_start)
    if opening != -1 and _caption_credit().match(text, opening):
        return True
    return _caption_lead().match(text, window_start) is not None


def is_signoff(block_text: str) -> bool:
    text = block_text.strip()
    if len(text) > 30:
        return False
    agencies = _agencies()
    if text[:1] in "-–—―":  # "-- BERNAMA", "- VNA"
        text = text.lstrip("-–—― ")
        return text.rstrip(".").strip() in agencies or text.title() in agencies
    if "/" not in text:  # one agency ("REUTER"), as nearly every sign-off
        return text.rstrip(".").strip() in agencies
    return all(w.strip() in agencies for w in text.rstrip(".").split("/"))


@cache
def _ascii_dateline() -> re.Pattern[str]:
    """`_DATELINE` for ASCII text, where its letter classes are [A-Z] and [A-Za-z]: the stdlib
    engine finds the same match about twice as fast."""
    place_word = r"[A-Z][A-Za-z'’.-]*"
    return re.compile(
        rf"""
        (?P<place>{place_word}(?:[ ]{place_word}){{0,4}})
        (?P<region>(?:,[ ]{place_word}(?:[ ]{place_word}){{0,2}}){{0,2}}?)
        (?P<date>,[ ]{_MONTH}[ ]\d{{1,2}})?
        (?:[ ]\((?P<agency>[A-Za-z][A-Za-z /&.-]{{0,30}})\))?
        [ ]?(?:-{{1,2}}|–|—)[ ]
        """,
        re.VERBOSE,
    )


@cache
def _slashed_dateline() -> regex.Pattern[str]:
    """A dateline that closes with its date's stop and the agency between slashes, no dash
    ("MOSCOW, June 26. /TASS/."): TASS prints every story so."""
    return compile_cached(rf"{_PLACE_REGION}{_DATE}\.?[ ]/(?P<agency>\p{{Lu}}[\p{{L}}-]{{1,15}})/\.?[ ]")


# How far into a paragraph the slashed agency of such a dateline may stand.
_SLASHED_WITHIN = 60


def find_dateline(block: Block) -> Block | None:
    text = block.text
    if text.isascii():
        # The dash of ASCII text is "-", and a space follows it: one `in` rules out most
        # paragraphs.
        match = _ascii_dateline().match(text) if "- " in text else None
    else:
        match = _DATELINE.match(text)
    if match is None and "/" in text[:_SLASHED_WITHIN]:
        match = _slashed_dateline().match(text)
    if match is None:
        return _agency_opening(block) if text[:1] == "(" else None
    place = match["place"]
    # A dateline needs one sure sign: an all-caps place, an agency, or a date.
    if not (place.isupper() and len(place) > 1 or match["agency"] or match["date"]):
        return None
    if match["agency"] and not (match["date"] or place.isupper()):
        if match["agency"].strip() not in _agencies():
            return None
    end = block.start + match.end()
    return Block(DATELINE, block.start, end, block.text[: match.end()])


# An agency in brackets opening the lead, with no place or dash ("(KPL) The Lao State Fuel
# Company signed ..."): how some agencies' sites print their dateline.
_AGENCY_OPENING = compile_cached(r"\((?P<agency>[\p{L}][\p{L} /&.-]{0,30})\)[ ]+(?=\p{Lu}\p{Ll})")


def _agency_opening(block: Block) -> Block | None:
    match = _AGENCY_OPENING.match(block.text)
    if match is None or match["agency"].strip() not in _agencies():
        return None
    return Block(DATELINE, block.start, block.start + match.end(), block.text[: match.end()])


# The desk's codes after a word marker ("Enditem/kb", "ENDS/ab/cd"): the operator's initials.
_DESK_CODES = compile_cached(r"(?:/\p{Ll}{2,4}){1,3}$")
DESK_CODES_REACH = 16  # a block whose last characters hold a slash may end with such codes


def _desk_codes(stripped: str) -> int:
    """Where the desk's codes after the block's last word start, or the block's length."""
    if "/" not in stripped[-DESK_CODES_REACH:]:
        return len(stripped)
    codes = _DESK_CODES.search(stripped, max(0, len(stripped) - DESK_CODES_REACH))
    return len(stripped) if codes is None else codes.start()


def find_glued_end_marker(block: Block) -> Block | None:
    """An end marker stuck to the last sentence, such as VNA's `./.`, a word marker with the
    desk's codes after it too ("... on Monday. Enditem/kb")."""
    stripped = block.text.rstrip()
    end = _desk_codes(stripped)
    if not stripped.endswith(_marker_endings(), 0, end):
        return None  # nearly every paragraph: one C-level test instead of a regex scan
    tail_start = max(0, end - _longest_marker())
    for match in _end_marker_pattern().finditer(stripped, tail_start, end, overlapped=True):
        if match.end() != end:
            continue
        marker = match.group()
        if end < len(stripped) and not marker.isalpha():
            continue  # only a word marker takes the desk's codes
        # "END" or "###" only count as their own token; "./." may follow a word directly.
        before = stripped[: match.start()]
        if marker[0].isalnum() and before and not before[-1].isspace():
            continue
        if not before.strip():
            return None  # the whole block is a marker: a standalone end marker
        return Block(END_MARKER, block.start + match.start(), block.start + len(stripped), stripped[match.start() :])
    if end < len(stripped):
        return None
    for cut in _cut_markers():
        if stripped.endswith(cut):
            before = stripped[: -len(cut)]
            if before[-1:] == " " and before.rstrip().endswith(_BEFORE_CUT):
                return Block(END_MARKER, block.start + len(before), block.start + len(stripped), cut)
            break
    return None


def classify(
    text: str,
    chunks: Sequence[tuple[int, int, str]],
    *,
    first_is_headline: bool = True,
) -> tuple[tuple[Block, ...], Block | None, tuple[Block, ...]]:
    """Turn raw (start, end, kind) chunks into blocks with wire roles.

    A chunk whose kind is already settled by its format (a Markdown heading, a table, front
    matter) keeps it; "paragraph" chunks are examined.
    """
    return _roles(text, _first_pass(text, chunks), first_is_headline)


def classify_lines(
    text: str, starts: Sequence[int], ends: Sequence[int], texts: Sequence[str]
) -> tuple[tuple[Block, ...], Block | None, tuple[Block, ...]]:
    """`classify` for paragraph chunks already cut and trimmed (`texts[i]` is
    `text[starts[i]:ends[i]]`, non-empty, with no blank space at either end), the first one
    the headline: plain text in its usual layout, one paragraph a line."""
    longest_marker = _longest_marker() + 4
    if "\t" in text or "   " in text:
        kinds = [_paragraph_kind(t) for t in texts]
    else:  # cheap string tests first, as in `_first_pass`
        kinds = [
            _paragraph_kind(t) if t[-1] == ")" or t.find(":", 0, 12) != -1 or len(t) <= longest_marker
            else PARAGRAPH
            for t in texts
        ]
    # `starts` and `ends` may run one past the texts (the reader's running sums): zip stops there.
    blocks = list(map(_new_block, repeat(Block), zip(kinds, starts, ends, texts, strict=False)))
    return _roles(text, blocks, True)


def _roles(
    text: str, blocks: list[Block], first_is_headline: bool
) -> tuple[tuple[Block, ...], Block | None, tuple[Block, ...]]:
    """The roles a block has by its place among the others: headline, byline, sign-off,
    dateline, end markers."""
    if first_is_headline and len(blocks) > 1 and blocks[0].kind == PARAGRAPH:
        first = blocks[0]
        long_sentence = len(first.text) > 150 and first.text[-1:] in ".!?"
        has_more_prose = blocks[1].kind in _PROSE_AFTER_HEADLINE or any(
            b.kind in _PROSE_AFTER_HEADLINE for b in islice(blocks, 2, None)
        )
        if has_more_prose and "\n" not in first.text and not long_sentence:
            blocks[0] = _new_block(Block, (HEADLINE, first.start, first.end, first.text))

    for i, block in enumerate(blocks[:5]):
        if (
            block.kind == PARAGRAPH
            and len(block.text) <= 80
            and block.text[:2].lower() == "by"
            and _byline().fullmatch(block.text)
        ):
            blocks[i] = _new_block(Block, (BYLINE, block.start, block.end, block.text))

    _mark_signoffs(blocks)

    paragraphs = [b for b in blocks if b.kind == PARAGRAPH]
    dateline = None
    for block in paragraphs[:6]:
        dateline = find_dateline(block)
        if dateline is not None:
            break

    end_markers = [b for b in blocks if b.kind == END_MARKER]
    # Web scrapes put debris ("See more") after the marker, so look at the last few paragraphs.
    endings = _marker_endings()
    for block in reversed(paragraphs[-3:]):
        if not block.text.rstrip().endswith(endings) and "/" not in block.text[-DESK_CODES_REACH - 2 :]:
            continue  # nearly every paragraph: `find_glued_end_marker`'s own first test, inline
        glued = find_glued_end_marker(block)
        if glued is not None:
            end_markers.append(glued)
            break
    else:
        # A longer footer: the story's last paragraph of prose that ends with a marker, above
        # the page's short lines and its sentences of chrome ("Follow ... to join the conversation.").
        last = next(
            (b for b in reversed(paragraphs[-_FOOTER_LINES:-3]) if b.text.rstrip().endswith(endings)
             and b.text.count(" ") >= _PROSE_SPACES), None,
        )
        if last is not None:
            glued = find_glued_end_marker(last)
            if glued is not None:
                end_markers.append(glued)
    # Archive and listing pages run several stories together, each closed by its marker; only
    # a marker no sentence can end with ("./.", "-0-") counts there, and "./." inside a
    # paragraph with the next story run on after it.
    if "/." in text or "-0-" in text or "-30-" in text or "(END)" in text:
        held = {m.start for m in end_markers}
        end_markers.extend(m for m in _inner_markers(paragraphs) if m.start not in held)
    end_markers.sort(key=_start)
    return tuple(blocks), dateline, tuple(end_markers)


_INNER_MARKERS = ("./.", "-0-", "- 0 -", "-30-", "(END)")
_FOOTER_LINES = 12  # a page's lines under the story's last paragraph, at most, for its marker
_PROSE_SPACES = 7  # a paragraph of prose has this many spaces at least (eight words)


def _inner_markers(paragraphs: Sequence[Block]) -> list[Block]:
    found: list[Block] = []
    for block in paragraphs:
        stripped = block.text.rstrip()
        if stripped.endswith(_INNER_MARKERS):
            glued = find_glued_end_marker(block)
            if glued is not None:
                found.append(glued)
    # "./." with the next story's headline run on after it, in any paragraph.
    for block in paragraphs:
        pos = block.text.find("./.")
        while pos != -1:
            end = pos + 3
            rest = block.text[end : end + 2].lstrip()
            if pos > 0 and block.text[pos - 1].isalnum() and rest[:1].isupper():
                found.append(_new_block(Block, (END_MARKER, block.start + pos, block.start + end, "./.")))
            pos = block.text.find("./.", end)
    return found


# `Block(...)` runs a Python-level `__new__`; this builds the same named tuple in C. Blocks are
# made for every paragraph of every article.
_new_block = tuple.__new__


def _first_pass(text: str, chunks: Sequence[tuple[int, int, str]]) -> list[Block]:
    """Trim each chunk and settle the kinds a paragraph can have on its own: table, caption,
    end marker. Cheap string tests come before any regex: this runs on every paragraph."""
    blocks: list[Block] = []
    append = blocks.append
    maybe_tabular = "\t" in text or "   " in text
    longest_marker = _longest_marker() + 4
    for start, end, kind in chunks:
        block_text = text[start:end]
        if not block_text:
            continue
        if block_text[0].isspace() or block_text[-1].isspace():
            # Trim surrounding whitespace so spans cover only the words.
            stripped = block_text.strip()
            if not stripped:
                continue
            start += len(block_text) - len(block_text.lstrip())
            end = start + len(stripped)
            block_text = stripped
        if kind == PARAGRAPH and (
            maybe_tabular
            or block_text[-1] == ")"  # a caption ends "(Photo: ...)" or opens "Photo:"
            or block_text.find(":", 0, 12) != -1
            or len(block_text) <= longest_marker  # an end marker is short
        ):
            kind = _paragraph_kind(block_text)
        append(_new_block(Block, (kind, start, end, block_text)))
    return blocks


def _paragraph_kind(block_text: str) -> str:
    """What a trimmed paragraph chunk really is: a table, a caption, an end marker or a paragraph."""
    if looks_tabular(block_text):
        return TABLE
    if (block_text[-1] == ")" or ":" in block_text[:12]) and is_caption(block_text):
        return CAPTION
    if len(block_text) <= _longest_marker() + 4 and (block_text in _marker_set() or _dressed_end(block_text)):
        return END_MARKER  # the markers' pattern is an alternation of literals: a whole match is one of them
    return PARAGRAPH


# "End" between marks a desk chose, the same on both sides, brackets mirrored ("//End//",
# "==END==", "[End]", "<<END>>"): the wire's end marker however it is dressed.
_DRESSED_END = compile_cached(r"([-/=*~_#<\[({]{1,3})[ \t]?(?i:end|ends|enditem)[ \t]?([-/=*~_#>\])}]{1,3})")
_MIRROR = str.maketrans("<[({", ">])}")


def _dressed_end(text: str) -> bool:
    match = _DRESSED_END.fullmatch(text)
    return match is not None and match.group(1)[::-1].translate(_MIRROR) == match.group(2)


def _mark_signoffs(blocks: list[Block]) -> None:
    """A short agency line ("Reuter", "AFP/dpa") among the last three paragraphs or markers."""
    seen = 0
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if b.kind not in _TAIL_KINDS:
            continue
        if b.kind == PARAGRAPH and len(b.text) <= 30 and is_signoff(b.text):
            blocks[i] = _new_block(Block, (SIGNOFF, b.start, b.end, b.text))
        seen += 1
        if seen == 3:
            break
