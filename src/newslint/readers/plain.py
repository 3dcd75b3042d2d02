"""Plain wire text: headline on the first line, then paragraphs separated by blank lines.

Single-newline layouts (one paragraph per line) and CRLF line endings are tolerated.
"""

from __future__ import annotations

import regex

from ..document import PARAGRAPH, Document
from ..structure import classify, split_lines_into_paragraphs

# A blank line: a line break, optional horizontal space, another line break.
_BLANK_LINE = regex.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t\f\v]*(?=\r|\n)")


def chunk_plain(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    end = len(text) if end is None else end
    chunks: list[tuple[int, int, str]] = []
    cursor = start
    for match in _BLANK_LINE.finditer(text, start, end):
        chunks.extend(_paragraphs(text, cursor, match.start()))
        cursor = match.end()
    chunks.extend(_paragraphs(text, cursor, end))
    return chunks


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    if not text[start:end].strip():
        return []
    return [(s, e, PARAGRAPH) for s, e in split_lines_into_paragraphs(text, start, end)]


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
