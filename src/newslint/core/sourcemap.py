"""SourceMap: where each character of an article's text stands in the file it was read from.

Plain text and Markdown need none (the article is the file). A wire format's article is made
of pieces of the file (XML text nodes, JSON strings, the lines of a wire story) whose
characters may be written as entities or escapes (`&amp;`, `\\u201c`) or as a run of
whitespace read as one space. Each piece is a `Segment`: a span of the article with, for every
character boundary in it, the file offset of that boundary, and the escaping that text needs
where it lands in the file.

Findings are mapped to the file through it; an edit is placed in the file only when it lies
inside one segment (never across a tag, an entity's expansion or a string's end) and its new
text is escaped for that place; otherwise the edit is refused and the finding kept, unfixed.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Sequence
from typing import NamedTuple

from .diagnostics import Diagnostic, Edit, Fix


def escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_json(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)[1:-1]


def escape_json_html(text: str) -> str:
    """HTML kept inside a JSON string (ninjs `body_html`)."""
    return escape_json(escape_xml(text))


def escape_none(text: str) -> str:
    return text


def escape_cdata(text: str) -> str | None:
    """Inside CDATA nothing is escaped, and "]]>" cannot be written at all."""
    return None if "]]>" in text else text


Escape = Callable[[str], "str | None"]  # None: this text cannot be written there


class Segment(NamedTuple):
    start: int  # article offsets
    end: int
    bounds: Sequence[int]  # file offset of every article boundary start..end (end - start + 1 of them)
    escape: Escape


class Run(NamedTuple):
    """Decoded text read from one place of the file, with the file offset of each boundary, and
    the escaping its place needs when it differs from its block's (CDATA inside XML text)."""

    text: str
    bounds: Sequence[int]
    escape: Escape | None = None


def append_run(runs: list, run: Run) -> None:
    """Add a run to a list of children or runs, merged with the run before it when the two
    are contiguous in the file (text, an entity, more text: one piece an edit may span)."""
    last = runs[-1] if runs else None
    if isinstance(last, Run) and last.bounds[-1] == run.bounds[0] and last.escape is run.escape:
        runs[-1] = Run(last.text + run.text, [*last.bounds, *run.bounds[1:]], run.escape)
    else:
        runs.append(run)


_SPACES = re.compile(r"\s+")


def collapse(run: Run) -> Run:
    """Runs of whitespace that hold a line break, a tab or several spaces read as one space
    (the file's layout, not the article's), mapped to the whole run."""
    text, bounds = run.text, run.bounds
    if not any(m.group() != " " for m in _SPACES.finditer(text)):
        return run
    out: list[str] = []
    out_bounds: list[int] = [bounds[0]]
    cursor = 0
    for match in _SPACES.finditer(text):
        if match.group() == " ":
            continue
        out.append(text[cursor : match.start()])
        out_bounds.extend(bounds[cursor + 1 : match.start() + 1])
        out.append(" ")
        out_bounds.append(bounds[match.end()])
        cursor = match.end()
    out.append(text[cursor:])
    out_bounds.extend(bounds[cursor + 1 :])
    return run._replace(text="".join(out), bounds=out_bounds)


def strip_runs(runs: list[Run]) -> list[Run]:
    """Leading whitespace of the first run and trailing whitespace of the last are not text."""
    runs = [r for r in runs if r.text]
    while runs and not runs[0].text.strip():
        runs.pop(0)
    while runs and not runs[-1].text.strip():
        runs.pop()
    if not runs:
        return runs
    first = runs[0]
    lead = len(first.text) - len(first.text.lstrip())
    runs[0] = first._replace(text=first.text[lead:], bounds=first.bounds[lead:])
    last = runs[-1]
    kept = len(last.text.rstrip())
    runs[-1] = last._replace(text=last.text[:kept], bounds=last.bounds[: kept + 1])
    return runs


class SourceMap:
    def __init__(self, file_text: str, segments: list[Segment]) -> None:
        self.file_text = file_text
        self.segments = segments
        self._starts = [s.start for s in segments]

    def _segment_at(self, offset: int) -> Segment | None:
        index = bisect.bisect_right(self._starts, offset) - 1
        if index < 0:
            return None
        segment = self.segments[index]
        if offset <= segment.end:
            return segment
        return None

    def offset(self, offset: int, end: bool = False) -> int:
        """The file offset of an article offset; one between pieces goes to the next piece (to
        the previous one for the `end` of a span, so a span never reaches over a closing tag)."""
        segment = self._segment_at(offset)
        if end and segment is not None and segment.start == offset:
            index = bisect.bisect_right(self._starts, offset) - 2
            if index >= 0 and self.segments[index].end == offset:
                segment = self.segments[index]
        if segment is not None:
            return segment.bounds[offset - segment.start]
        index = bisect.bisect_right(self._starts, offset)
        if index < len(self.segments):
            return self.segments[index].bounds[0]
        return self.segments[-1].bounds[-1] if self.segments else 0

    def edit(self, edit: Edit) -> Edit | None:
        """The edit in file offsets, or None where the map cannot place it."""
        segment = self._segment_at(edit.start)
        if segment is None or edit.end > segment.end:
            return None
        content = segment.escape(edit.content)
        if content is None:
            return None
        bounds = segment.bounds
        return Edit(bounds[edit.start - segment.start], bounds[edit.end - segment.start], content)

    def diagnostic(self, diagnostic: Diagnostic) -> Diagnostic:
        """The finding in file offsets; a fix with an edit the map cannot place is dropped."""
        fix = diagnostic.fix
        if fix is not None:
            edits = [self.edit(e) for e in fix.edits]
            fix = None if any(e is None for e in edits) else Fix(tuple(edits), fix.applicability, fix.title)  # type: ignore[arg-type]
        start, end = self.offset(diagnostic.start), self.offset(diagnostic.end, end=True)
        return diagnostic._replace(start=start, end=max(start, end), fix=fix)


class Builder:
    """Collects an article block by block: its text, its blocks' spans and its source map."""

    def __init__(self, file_text: str) -> None:
        self.file_text = file_text
        self.parts: list[str] = []
        self.length = 0
        self.segments: list[Segment] = []
        self.chunks: list[tuple[int, int, str]] = []

    def add(self, kind: str, runs: list[Run], escape: Escape) -> str:
        """One block from the runs of text it is made of (one per text node); returns its text."""
        runs = strip_runs([collapse(r) for r in runs if r.text])
        if not runs:
            return ""
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        first_part = len(self.parts)
        previous_space = False
        for run in runs:
            text, bounds = run.text, run.bounds
            if previous_space and text[:1] == " ":  # "a " + " b": one space between words
                text, bounds = text[1:], bounds[1:]
            if not text:
                continue
            self.segments.append(Segment(self.length, self.length + len(text), bounds, run.escape or escape))
            self.parts.append(text)
            self.length += len(text)
            previous_space = text.endswith(" ")
        self.chunks.append((start, self.length, kind))
        return "".join(self.parts[first_part:])

    def text(self) -> str:
        return "".join(self.parts)

    def source_map(self) -> SourceMap:
        return SourceMap(self.file_text, self.segments)


def literal(file_text: str, start: int, end: int) -> Run:
    """A run written in the file as it reads (no escapes)."""
    return Run(file_text[start:end], range(start, end + 1))
