"""The rule base: one declaration per rule, from which `newslint rules`, `rule CODE` and docs come."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar, Literal, NamedTuple

from .diagnostics import Diagnostic, Fix, Severity
from .document import Document

CATEGORIES = ("typo", "doubled-word", "duplicate", "residue", "count", "date", "style", "meta")
FixSafety = Literal["safe", "unsafe", "display-only", "none", "varies"]


class _SpecFields(NamedTuple):
    code: str
    name: str
    category: str
    summary: str
    rationale: str
    example: str
    example_fixed: str | None = None
    fix_safety: FixSafety = "none"
    severity: Severity = Severity.WARNING
    default_enabled: bool = True


class RuleSpec(_SpecFields):
    """What a rule is, for `newslint rules`, `rule CODE` and the docs. A named tuple (a frozen
    dataclass costs half a millisecond to declare at every start), checked when made."""

    __slots__ = ()

    def __new__(cls, *args: Any, **kwargs: Any) -> RuleSpec:
        spec = super().__new__(cls, *args, **kwargs)
        if spec.category not in CATEGORIES:
            raise ValueError(f"{spec.code}: unknown category {spec.category!r}")
        return spec

    @property
    def fixable(self) -> bool:
        return self.fix_safety in ("safe", "unsafe", "varies")

    def as_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "name": self.name,
            "category": self.category,
            "fixable": self.fixable,
            "fix_safety": self.fix_safety,
            "severity": self.severity.value,
            "summary": self.summary,
            "rationale": self.rationale,
            "example": self.example,
            "example_fixed": self.example_fixed,
        }


@dataclass(frozen=True)
class RuleOptions:
    """Per-rule options; each rule may subclass this, declaring fields with defaults (see
    `settings_model.setting`). Subclasses become frozen dataclasses; `validate` checks a config's
    values with pydantic, and unknown keys are errors."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        dataclass(frozen=True)(cls)

    @classmethod
    def validate(cls, values: dict[str, Any]) -> RuleOptions:
        from ..settings_model import validate

        return validate(cls, values)  # type: ignore[no-any-return]


class Rule:
    """A check: a pure function of a Document and the rule's options."""

    spec: RuleSpec
    Options: ClassVar[type[RuleOptions]] = RuleOptions
    # False for a rule whose settings live elsewhere (a pack rule's, in its pack file): the
    # config's `rules.CODE` table is then refused rather than ignored.
    takes_options: ClassVar[bool] = True

    def __init__(self, options: RuleOptions | None = None) -> None:
        self.options = options if options is not None else self.Options()

    @property
    def code(self) -> str:
        return self.spec.code

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def category(self) -> str:
        return self.spec.category

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        raise NotImplementedError

    def diagnostic(
        self, start: int, end: int, message: str, fix: Fix | None = None
    ) -> Diagnostic:
        return Diagnostic(
            code=self.spec.code,
            rule=self.spec.name,
            category=self.spec.category,
            severity=self.spec.severity,
            message=message,
            start=start,
            end=end,
            fix=fix,
        )


class FollowUpRule(Rule):
    """A check that reads what the other rules found in the same document (a short line between
    two lines of page chrome is chrome too): the linter runs it after them, on their findings
    before suppressions, since a suppressed finding is still evidence of what its line is."""

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return ()

    def follow(self, doc: Document, found: Sequence[Diagnostic]) -> Iterable[Diagnostic]:
        raise NotImplementedError
