"""The YAML schema of a rule pack file: one rule per file, its shape chosen by `kind`.

Declared as frozen dataclasses: pydantic checks a pack the first time its exact text is seen
(`settings_model.validate`), and a pack already known to be valid is built without it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..core.diagnostics import Applicability, Severity
from ..core.document import PROSE_KINDS
from ..core.rule import CATEGORIES
from ..settings_model import Invalid, setting

_CODE = r"^NL\d{3}$"
_NAME = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"


@dataclass(frozen=True, kw_only=True)
class PackRuleBase:
    code: str = setting(pattern=_CODE)
    name: str = setting(pattern=_NAME)
    category: str
    severity: Severity = Severity.WARNING
    summary: str = setting(min_length=1)
    rationale: str = setting(min_length=1)
    example: str = setting(min_length=1)
    example_fixed: str | None = None
    scope: list[str] = setting(factory=lambda: sorted(PROSE_KINDS))
    message: str = setting(min_length=1)
    ignorecase: bool = False
    default_enabled: bool = True

    def __post_init__(self) -> None:
        if self.category not in CATEGORIES:
            expected = ", ".join(CATEGORIES)
            problem = f"unknown category {self.category!r} (expected one of {expected})"
            raise Invalid(("category",), "value_error", problem)
        # A pack rebuilt from its validated values carries the enums' values.
        object.__setattr__(self, "severity", Severity(self.severity))
        if hasattr(self, "applicability"):
            object.__setattr__(self, "applicability", Applicability(self.applicability))


@dataclass(frozen=True, kw_only=True)
class ExistencePack(PackRuleBase):
    """Report any of `tokens` (literal, word-bounded) or `patterns` (regex) found in scope."""

    kind: Literal["existence"]
    tokens: list[str] = setting(factory=list)
    patterns: list[str] = setting(factory=list)
    whole_block: bool = False
    # Also a whole line that opens or closes a block, where single-newline copy has glued a
    # debris line to its neighbour ("VNA\nSee more"); only where the rest is still a sentence;
    # and a capitalised line inside a block of the page's short lines ("5 photos\nSave Story\n...").
    whole_line: bool = False
    action: Literal["none", "delete", "replace"] = "none"
    replacement: str = ""
    applicability: Applicability = Applicability.SAFE


@dataclass(frozen=True, kw_only=True)
class SubstitutionPack(PackRuleBase):
    """Replace each key of `swap` (a whole word or phrase) with its value, keeping the case."""

    kind: Literal["substitution"]
    swap: dict[str, str] = setting(factory=dict)
    applicability: Applicability = Applicability.SAFE


SCHEMAS: dict[str, type[PackRuleBase]] = {"existence": ExistencePack, "substitution": SubstitutionPack}
