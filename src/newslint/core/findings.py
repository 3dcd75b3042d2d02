"""Findings as reported: a diagnostic placed in a file, with display positions."""

from __future__ import annotations

from hashlib import sha256
from typing import NamedTuple

from .diagnostics import Diagnostic
from .document import Document


class Finding(NamedTuple):  # a named tuple: cheap to declare at every start, and to make
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    rule: str
    category: str
    severity: str
    message: str
    fixable: bool
    fix: dict | None
    fingerprint: str
    source_line: str  # the offending line, or a window of it on very long lines
    source_shift: int = 0  # characters of the line cut off before `source_line` starts

    def as_json(self) -> dict:
        record = self._asdict()
        record.pop("source_line")
        record.pop("source_shift")
        return record

    def sort_key(self) -> tuple:
        return (self.path, self.line, self.column, self.code, self.message)


def to_finding(doc: Document, diagnostic: Diagnostic, path: str | None = None) -> Finding:
    if doc.source_map is not None:  # an XML, JSON or wire file: place the finding in the file
        return to_finding(doc.derived(Document.in_file), doc.source_map.diagnostic(diagnostic), path)
    line, column = doc.position(diagnostic.start)
    end_line, end_column = doc.position(diagnostic.end)
    fix = None
    if diagnostic.fix is not None:
        fix = {
            "title": diagnostic.fix.title,
            "applicability": diagnostic.fix.applicability.value,
            "edits": [
                {
                    "start": _pos(doc, e.start),
                    "end": _pos(doc, e.end),
                    "content": e.content,
                }
                for e in diagnostic.fix.edits
            ],
        }
    return Finding(
        path=path or doc.path,
        line=line,
        column=column,
        end_line=end_line,
        end_column=end_column,
        code=diagnostic.code,
        rule=diagnostic.rule,
        category=diagnostic.category,
        severity=diagnostic.severity.value,
        message=diagnostic.message,
        fixable=diagnostic.fixable,
        fix=fix,
        fingerprint=fingerprint(doc, diagnostic),
        **_source_window(doc, line, column),
    )


WINDOW = 400


def _source_window(doc: Document, line: int, column: int) -> dict:
    """The line for display; on a huge line only a window around the finding, so thousands of
    findings on a one-line file do not each hold a copy of megabytes."""
    begin = doc.position_to_offset(line)
    end = doc.text.find("\n", begin)
    end = len(doc.text) if end == -1 else end
    if end - begin <= WINDOW:
        return {"source_line": doc.line_text(line), "source_shift": 0}
    shift = max(0, column - 1 - WINDOW // 3)
    window = doc.text[begin + shift : min(end, begin + shift + WINDOW)].rstrip("\r")
    return {"source_line": window, "source_shift": shift}


CONTEXT = 30


def fingerprint(doc: Document, diagnostic: Diagnostic) -> str:
    """Identifies a finding by what it says and the text around it, not by its line number,
    so it survives edits elsewhere in the file (used by baselines and GitLab reports)."""
    text = doc.text
    line_start = max(text.rfind("\n", 0, diagnostic.start) + 1, diagnostic.start - CONTEXT)
    line_end = text.find("\n", diagnostic.end)
    line_end = len(text) if line_end == -1 else line_end
    context = " ".join(text[line_start : min(line_end, diagnostic.end + CONTEXT)].split())
    digest = sha256(f"{diagnostic.code}\0{diagnostic.message}\0{context}".encode())
    return digest.hexdigest()[:20]


def _pos(doc: Document, offset: int) -> dict[str, int]:
    line, column = doc.position(offset)
    return {"line": line, "column": column}
