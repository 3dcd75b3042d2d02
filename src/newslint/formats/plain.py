"""Plain wire text: headline on the first line, then paragraphs separated by blank lines.

Single-newline layouts (one paragraph per line) and CRLF line endings are tolerated.
"""

from __future__ import annotations

import re
from itertools import accumulate

from ..core.document import PARAGRAPH, Document
from ..structure import classify, classify_lines, split_lines_into_paragraphs

# A run of lines that have text on them; blank (or whitespace-only) lines separate runs. Group 1
# is the run without the whitespace around it, so a one-line run is a finished block span.
_NON_BLANK_RUN = re.compile(
    r"[^\S\r\n]*+(\S(?:[^\r\n]*\S)?(?:[^\S\r\n]*+(?:\r\n|\r|\n)[^\S\r\n]*+\S(?:[^\r\n]*\S)?)*)"
)
# The same for text without a carriage return (nearly all of it): a set of one character
# ([^\n]) is matched much faster than a set of two.
_NON_BLANK_RUN_LF = re.compile(r"[^\S\n]*+(\S(?:[^\n]*\S)?(?:[^\S\n]*+\n[^\S\n]*+\S(?:[^\n]*\S)?)*)")


# A line break with text right before it and a line with text after it (two lines of one run),
# or with other blank space right before it (left to `chunk_plain` to tell apart). One
# scan that starts at line breaks alone: nearly every article has no run of several lines.
_MAY_JOIN = re.compile(r"\n(?:(?<=[^\S\n]\n)|(?<=\S\n)[^\S\n]*+\S)")
# A line's text without the blank space around it; with no run of several lines (`_MAY_JOIN`),
# `_LINE.split` gives the same paragraphs as `_NON_BLANK_RUN_LF`, between the blank runs.
_LINE = re.compile(r"(\S(?:[^\n]*\S)?)")


def chunk_plain(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    end = len(text) if end is None else end
    has_cr = "\r" in text
    runs = (_NON_BLANK_RUN if has_cr else _NON_BLANK_RUN_LF).finditer(text, start, end)
    spans = [match.span(1) for match in runs]
    find = text.find
    if has_cr:
        several = [i for i, (s, e) in enumerate(spans) if find("\n", s, e) != -1 or find("\r", s, e) != -1]
    else:
        several = [i for i, (s, e) in enumerate(spans) if find("\n", s, e) != -1]
    if not several:  # one paragraph a line with blank lines between: the usual layout
        return [(s, e, PARAGRAPH) for s, e in spans]
    chunks: list[tuple[int, int, str]] = []
    done = 0
    for i in several:
        chunks.extend((s, e, PARAGRAPH) for s, e in spans[done:i])
        chunks.extend((s, e, PARAGRAPH) for s, e in split_lines_into_paragraphs(text, *spans[i]))
        done = i + 1
    chunks.extend((s, e, PARAGRAPH) for s, e in spans[done:])
    return chunks


def _split_off_first_line(text: str, chunks: list[tuple[int, int, str]]) -> None:
    """The headline is the first line, even when no blank line follows it."""
    if not chunks:
        return
    start, end, kind = chunks[0]
    newline = text.find("\n", start, end)
    if newline == -1 or not text[newline + 1 : end].strip():
        return
    line_end = newline - 1 if text[newline - 1] == "\r" else newline
    chunks[0:1] = [(start, line_end, kind), (newline + 1, end, kind)]


def read_plain(text: str, path: str = "<string>") -> Document:
    if "\r" not in text and _MAY_JOIN.search(text) is None:
        # The usual layout, one paragraph a line: the paragraphs and the blank runs between
        # them come out of one split, and their offsets are the running sum of their lengths.
        pieces = _LINE.split(text)
        offsets = list(accumulate(map(len, pieces)))
        blocks, dateline, end_markers = classify_lines(text, offsets[0::2], offsets[1::2], pieces[1::2])
    else:
        chunks = chunk_plain(text)
        _split_off_first_line(text, chunks)
        blocks, dateline, end_markers = classify(text, chunks)
    return Document(
        text=text,
        path=path,
        format="text",
        blocks=blocks,
        dateline=dateline,
        end_markers=end_markers,
    )
