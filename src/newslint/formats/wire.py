"""IPTC 7901 and ANPA-1312: byte-framed wire copy as agencies still transmit it.

A transmission opens with SOH (ANPA: SYN SYN SOH) and an agency header line, has its text
between STX and ETX, and wraps lines with CRLF. IPTC 7901 (dpa and others) puts keywords
before STX, then catch-lines, the headline and a "By" line, the last of them ending " =",
then paragraphs separated by blank lines. ANPA puts a slug line after STX, then header lines
that begin with "^" (headline, photo notes, "Eds:", byline) ending "<" or "=", then one
paragraph per TAB-indented line; agate tables are lines framed by control characters. What
follows ETX (sign-off codes, times) is not the story. The text is the file's own characters:
the source map is the identity, piece by piece.
"""

from __future__ import annotations

import re

from ..core.document import BYLINE, HEADLINE, PARAGRAPH, TABLE, Document
from ..core.sourcemap import Builder, Run, escape_none
from ..structure import classify
from .errors import ReaderError

SOH, STX, ETX, SYN = "\x01", "\x02", "\x03", "\x16"

_LINE = re.compile(r"[^\r\n]*")
_CATCH_LINE = re.compile(r"^(?:\(.*\)|[^a-z]*)$")  # "1ST LEAD", "EXTRA", "(Achtung)"
_BY = re.compile(r"^By\b", re.IGNORECASE)
_ANPA_SKIP = re.compile(r"^(?:[A-Z]{2,3}-\S|\(?Eds?\b|AP Photos?\b|With AP Photos?\b)")


def detect_wire(text: str) -> str:
    head = text.lstrip()[:3]
    if head.startswith(SYN) or re.match(r"\x01[a-z]\d{4}\x1f", text.lstrip(SYN)[:7] or ""):
        return "anpa"
    return "iptc7901"


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line's content between `start` and `end`, without line breaks."""
    out = []
    pos = start
    while pos < end:
        match = _LINE.match(text, pos, end)
        out.append((pos, match.end()))  # type: ignore[union-attr]
        pos = match.end()  # type: ignore[union-attr]
        if text.startswith("\r\n", pos):
            pos += 2
        elif pos < end:
            pos += 1
    return out


def _frame(text: str) -> tuple[int, int]:
    start = text.find(STX)
    if start == -1:
        raise ReaderError("wire copy without STX (start of text); not read", line=1, column=1)
    end = text.find(ETX, start)
    return start + 1, len(text) if end == -1 else end


def _trim(text: str, start: int, end: int, endings: str) -> tuple[int, int]:
    """A header line without its terminator (" =", "<", "=") and surrounding blanks."""
    while end > start and text[end - 1] in " \t" + endings:
        end -= 1
    while start < end and text[start] in " \t^":
        start += 1
    return start, end


class _Wire:
    def __init__(self, text: str, fmt: str) -> None:
        self.text = text
        self.fmt = fmt
        self.builder = Builder(text)
        self.fields: dict[str, object] = {"headline": "", "dateline": "", "byline": "", "captions": []}

    def add(self, kind: str, spans: list[tuple[int, int]], field: str | None = None) -> None:
        runs = [Run(self.text[s:e], range(s, e + 1)) for s, e in spans]
        # Lines of one block are joined by their line breaks, which read as spaces.
        joined: list[Run] = []
        for (s, _e), run in zip(spans, runs, strict=True):
            if joined:
                gap_start = joined[-1].bounds[-1]
                joined.append(Run(" ", [gap_start, s]))
            joined.append(run)
        added = self.builder.add(kind, joined, escape_none)
        if field and added and not self.fields[field]:
            self.fields[field] = added

    def paragraphs(self, start: int, end: int) -> None:
        """Paragraphs separated by blank lines; a TAB-indented line starts a new one."""
        current: list[tuple[int, int]] = []
        table: list[tuple[int, int]] = []
        for s, e in _lines(self.text, start, end):
            line = self.text[s:e]
            if line[:1] in ("\x08", "\x10") or "\x10" in line or (line.count(";") >= 3 and "\t" not in line[:1]):
                if current:
                    self.add(PARAGRAPH, current)
                    current = []
                table.append((s, e))
                continue
            if table:
                self.builder.add(TABLE, [Run(self.text[table[0][0] : table[-1][1]],
                                             range(table[0][0], table[-1][1] + 1))], escape_none)
                table = []
            if not line.strip():
                if current:
                    self.add(PARAGRAPH, current)
                    current = []
                continue
            if line[:1] == "\t" and current:
                self.add(PARAGRAPH, current)
                current = []
            s, e = _trim(self.text, s, e, "")
            if s < e:
                current.append((s, e))
        if current:
            self.add(PARAGRAPH, current)

    def document(self, path: str) -> Document:
        text = self.builder.text()
        blocks, dateline, end_markers = classify(text, self.builder.chunks, first_is_headline=False)
        doc = Document(text=text, path=path, format=self.fmt, blocks=blocks, dateline=dateline,
                       end_markers=end_markers, own_markup=True, meta={"fields": self.fields, "items": [self.fields]})
        doc.source_map = self.builder.source_map()
        return doc


def read_iptc7901(text: str, path: str = "<string>") -> Document:
    wire = _Wire(text, "iptc7901")
    start, end = _frame(text)
    head: list[tuple[int, int]] = []
    body_start = start
    for s, e in _lines(text, start, end):
        if not text[s:e].strip():
            continue
        head.append((s, e))
        if text[s:e].rstrip().endswith("="):
            body_start = e
            break
    else:
        head = head[:1]
        body_start = head[0][1] if head else start
    head = [_trim(text, s, e, "=") for s, e in head]
    bylines = [h for h in head if _BY.match(text[h[0] : h[1]])]
    titles = [h for h in head if h not in bylines]
    while len(titles) > 1 and _CATCH_LINE.match(text[titles[0][0] : titles[0][1]]):
        titles.pop(0)
    if titles:
        wire.add(HEADLINE, titles, "headline")
    if bylines:
        wire.add(BYLINE, bylines, "byline")
    wire.paragraphs(body_start, end)
    return wire.document(path)


def _is_credit(line: str) -> bool:
    """A news organisation's name under a "By" line: short, in title case, no figures."""
    return len(line) < 40 and not line.isupper() and not any(c.isdigit() for c in line) and line.istitle()


def read_anpa(text: str, path: str = "<string>") -> Document:
    wire = _Wire(text, "anpa")
    start, end = _frame(text)
    lines = _lines(text, start, end)
    body_start = start
    headline_done = False
    byline: list[tuple[int, int]] = []
    by_index = -1
    for index, (s, e) in enumerate(lines):
        line = text[s:e]
        if index == 0 and not line.startswith("^"):
            body_start = e
            continue  # the slug line
        if not line.startswith("^"):
            break
        body_start = e
        span = _trim(text, s, e, "<=")
        content = text[span[0] : span[1]]
        if _ANPA_SKIP.match(content) or not content:
            continue
        if _BY.match(content):
            byline.append(span)
            by_index = index
        elif len(byline) == 1 and index == by_index + 1 and _is_credit(content):
            byline.append(span)  # "Associated Press" under the "By" line
        elif not headline_done:
            wire.add(HEADLINE, [span], "headline")
            headline_done = True
    if byline:
        wire.add(BYLINE, byline, "byline")
    wire.paragraphs(body_start, end)
    return wire.document(path)
