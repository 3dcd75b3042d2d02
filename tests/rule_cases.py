"""Load the data-driven rule cases in tests/cases/<CODE>.yaml."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

CASES_DIR = Path(__file__).with_name("cases")


@dataclass
class ExpectedFinding:
    line: int
    column: int
    end_line: int | None = None
    end_column: int | None = None
    message: str | None = None  # a substring the message must contain


@dataclass
class RuleCase:
    code: str
    name: str
    text: str
    path: str = "case.txt"
    findings: list[ExpectedFinding] = field(default_factory=list)
    fixed: str | None = None  # expected text after `newslint fix`; None: the text stays as it is
    unsafe_fixes: bool = False
    options: dict[str, object] = field(default_factory=dict)  # the rule's options, as a config sets them

    @property
    def id(self) -> str:
        return f"{self.code}-{self.name}"


def load_cases() -> list[RuleCase]:
    cases: list[RuleCase] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        code = data["rule"]
        for raw in data["cases"]:
            findings = [ExpectedFinding(**f) for f in raw.get("findings", [])]
            cases.append(
                RuleCase(
                    code=code,
                    name=raw["name"],
                    text=raw["text"],
                    path=raw.get("path", "case.txt"),
                    findings=findings,
                    fixed=raw.get("fixed"),
                    unsafe_fixes=raw.get("unsafe_fixes", False),
                    options=raw.get("options", {}),
                )
            )
    return cases
