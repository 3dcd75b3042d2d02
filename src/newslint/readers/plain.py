"""Plain wire text: headline on the first line, then paragraphs separated by blank lines.

Single-newline layouts (one paragraph per line) and CRLF line endings are tolerated.
"""

from __future__ import annotations

import re

from ..document import PARAGRAPH, Document
from ..structure import classify, split_lines_into_paragraphs

# A run of lines that have text on them; blank (or whitespace-only) lines separate runs.
_NON_BLANK_RUN = re.compile(r"[^\S\r\n]*\S[^\r\n]*(?:(?:\r\n|\r|\n)[^\S\r\n]*\S[^\r\n]*)*")


def chunk_plain(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    end = len(text) if end is None else end
    chunks: list[tuple[int, int, str]] = []
    append = chunks.append
    for match in _NON_BLANK_RUN.finditer(text, start, end):
        s, e = match.span()
        if text.find("\n", s, e) != -1 or text.find("\r", s, e) != -1:
            chunks.extend((a, b, PARAGRAPH) for a, b in split_lines_into_paragraphs(text, s, e))
        else:
            append((s, e, PARAGRAPH))
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
