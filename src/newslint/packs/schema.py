"""The YAML schema of a rule pack file: one rule per file, discriminated by `kind`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..diagnostics import Applicability, Severity
from ..document import PROSE_KINDS
from ..rule import CATEGORIES

_CODE = r"^NL\d{3}$"
_NAME = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"


class PackRuleBase(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(pattern=_CODE)
    name: str = Field(pattern=_NAME)
    category: str
    severity: Severity = Severity.WARNING
    summary: str = Field(min_length=1)
    rationale: str = Field(min_length=1)
    example: str = Field(min_length=1)
    example_fixed: str | None = None
    scope: list[str] = Field(default_factory=lambda: sorted(PROSE_KINDS))
    message: str = Field(min_length=1)
    ignorecase: bool = False
    default_enabled: bool = True

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORIES:
            raise ValueError(f"unknown category {value!r} (expected one of {', '.join(CATEGORIES)})")
        return value


class ExistencePack(PackRuleBase):
    """Report any of `tokens` (literal, word-bounded) or `patterns` (regex) found in scope."""

    kind: Literal["existence"]
    tokens: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    whole_block: bool = False
    # Also a whole line that opens or closes a block, where single-newline copy has glued a
    # debris line to its neighbour ("VNA\nSee more"); only where the rest is still a sentence.
    whole_line: bool = False
    action: Literal["none", "delete", "replace"] = "none"
    replacement: str = ""
    applicability: Applicability = Applicability.SAFE


class SubstitutionPack(PackRuleBase):
    """Replace each key of `swap` (a whole word or phrase) with its value, keeping the case."""

    kind: Literal["substitution"]
    swap: dict[str, str] = Field(default_factory=dict)
    applicability: Applicability = Applicability.SAFE


PackRuleModel = Annotated[ExistencePack | SubstitutionPack, Field(discriminator="kind")]


class PackFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    rule: PackRuleModel
