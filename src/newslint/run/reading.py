"""A file's bytes to a `Source`, and the one place where a file's text becomes a Document."""

from __future__ import annotations

from ..core.document import Document
from ..formats import ReaderError, read_document
from ..source import Source, SourceError, decode, read_source_bytes
from .results import FileResult
from .settings import STDIN, STDIN_NAME, Settings


def to_document(text: str, path: str, fmt: str | None) -> Document:
    """The one place a file's text becomes a Document: every check and fix comes through here
    (a reader error raises `ReaderError`)."""
    return read_document(text, path, fmt)


def load(path: str, settings: Settings, stdin_text: bytes | None = None) -> tuple[Source, bytes] | FileResult:
    """The file's text and bytes as read, or the note or error of a file that cannot be read."""
    try:
        if path == STDIN:
            raw = stdin_text or b""
            return decode(STDIN_NAME, raw, settings.encoding), raw
        return read_source_bytes(path, settings.encoding)
    except SourceError as exc:
        if exc.skipped:
            return FileResult(path, note=str(exc))
        return FileResult(path, error=str(exc))


def parse(source: Source, settings: Settings) -> Document | FileResult:
    try:
        return to_document(source.text, source.path, settings.fmt)
    except ReaderError as exc:
        return reader_error(source, exc)


def reader_error(source: Source, exc: ReaderError) -> FileResult:
    where = f":{exc.line}" if exc.line else ""
    where += f":{exc.column}" if exc.line and getattr(exc, "column", None) else ""
    return FileResult(source.path, error=f"{source.path}{where}: {exc}")
