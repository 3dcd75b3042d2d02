"""One file's outcome, and the compact form a worker process sends it back in."""

from __future__ import annotations

from operator import attrgetter

from ..core.diagnostics import Diagnostic
from ..core.document import Document
from ..core.findings import Finding, to_finding


class FileResult:
    """One file's outcome: its findings, or why it was not checked; for `fix`, its texts."""

    __slots__ = ("path", "findings", "error", "note", "changed", "fixed", "new_text", "old_text", "digest")

    def __init__(
        self,
        path: str,
        findings: list[Finding] | None = None,
        error: str | None = None,
        note: str | None = None,
        changed: bool = False,
        fixed: int = 0,
        new_text: str | None = None,
        old_text: str | None = None,
        digest: str | None = None,  # content hash, for the results cache
    ) -> None:
        self.path = path
        self.findings: list[Finding] = [] if findings is None else findings
        self.error = error
        self.note = note
        self.changed = changed
        self.fixed = fixed
        self.new_text = new_text
        self.old_text = old_text
        self.digest = digest

    def _values(self) -> tuple:
        return _FILE_RESULT_VALUES(self)  # type: ignore[no-any-return]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FileResult):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self.__slots__, self._values(), strict=True))
        return f"FileResult({fields})"


# Every field at once, in C: `pack` compares each clean file's result with a blank one.
_FILE_RESULT_VALUES = attrgetter(*FileResult.__slots__)


def result_of(doc: Document, diagnostics: list[Diagnostic]) -> FileResult:
    return FileResult(doc.path, [to_finding(doc, d) for d in diagnostics])


def pack(path: str, result: FileResult) -> FileResult | str | None:
    """A clean file's result reduced to its content hash (or None): most files of an archive
    have nothing to report, and sending their empty results between processes costs more than
    checking them. Anything else is sent as it is."""
    return result.digest if result == FileResult(path, digest=result.digest) else result


def unpack(path: str, item: FileResult | str | None) -> FileResult:
    return item if isinstance(item, FileResult) else FileResult(path, digest=item)
