"""The vocabulary every rule speaks: edits, fixes and diagnostics.

Positions are absolute character offsets into the document text; line and column are
computed only for display (see `Document.position`).
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Applicability(str, Enum):
    """How far a fix may be trusted, decided where the finding is made."""

    SAFE = "safe"  # applied by `newslint fix`
    UNSAFE = "unsafe"  # applied only with --unsafe-fixes
    DISPLAY_ONLY = "display-only"  # shown as a suggestion, never applied

    @property
    def rank(self) -> int:
        return {"safe": 0, "unsafe": 1, "display-only": 2}[self.value]


# The value types are named tuples: immutable, hashable and cheap to declare (a frozen
# dataclass costs half a millisecond at every start of the command) and to create.


class Edit(NamedTuple):
    """Replace text[start:end] with `content` (empty content deletes, start == end inserts)."""

    start: int
    end: int
    content: str = ""

    def overlaps(self, other: Edit) -> bool:
        if self.start == self.end == other.start == other.end:
            return True  # two insertions at one point: order would be arbitrary
        return self.start < other.end and other.start < self.end


class Fix(NamedTuple):
    edits: tuple[Edit, ...]
    applicability: Applicability
    title: str

    @classmethod
    def safe(cls, title: str, *edits: Edit) -> Fix:
        return cls(tuple(edits), Applicability.SAFE, title)

    @classmethod
    def unsafe(cls, title: str, *edits: Edit) -> Fix:
        return cls(tuple(edits), Applicability.UNSAFE, title)

    @classmethod
    def display_only(cls, title: str, *edits: Edit) -> Fix:
        return cls(tuple(edits), Applicability.DISPLAY_ONLY, title)

    def apply(self, text: str) -> str:
        return apply_edits(text, self.edits)


class Diagnostic(NamedTuple):
    """A finding in one document. Two are equal when they say the same thing at the same place,
    whatever fix they offer (two rules may report one defect: it is reported once)."""

    code: str
    rule: str
    category: str
    severity: Severity
    message: str
    start: int
    end: int
    fix: Fix | None = None  # not compared, not hashed

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Diagnostic):
            return NotImplemented
        return self[:7] == other[:7]

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, Diagnostic):
            return NotImplemented
        return self[:7] != other[:7]

    def __hash__(self) -> int:
        return hash(self[:7])

    @property
    def fixable(self) -> bool:
        return self.fix is not None and self.fix.applicability is not Applicability.DISPLAY_ONLY

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.start, self.end, self.code, self.message)


def apply_edits(text: str, edits: tuple[Edit, ...] | list[Edit]) -> str:
    """Apply non-overlapping edits; callers guarantee they do not overlap."""
    parts: list[str] = []
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        parts.append(text[cursor : edit.start])
        parts.append(edit.content)
        cursor = edit.end
    parts.append(text[cursor:])
    return "".join(parts)


class MetaCode(NamedTuple):
    """A finding about the run itself, made by the linter rather than by a rule's check. The
    rules that document these codes (`rules/nl9_meta.py`) take their names from here, so the
    engine never imports a rule module."""

    code: str
    name: str
    category: str
    severity: Severity


INTERNAL_ERROR = MetaCode("NL900", "internal-error", "meta", Severity.ERROR)
UNUSED_SUPPRESSION = MetaCode("NL902", "unused-suppression", "meta", Severity.INFO)
