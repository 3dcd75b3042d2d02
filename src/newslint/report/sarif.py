"""SARIF 2.1.0 for code scanning: rules, results with regions (in code points) and fixes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from .. import __version__
from ..core.findings import Finding
from ..core.rule import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _uri(path: str) -> str:
    return Path(path).as_posix()


def _region(start: dict | Finding, end: dict | None = None) -> dict:
    if isinstance(start, Finding):
        return {
            "startLine": start.line,
            "startColumn": start.column,
            "endLine": start.end_line,
            "endColumn": start.end_column,
        }
    assert end is not None
    return {
        "startLine": start["line"],
        "startColumn": start["column"],
        "endLine": end["line"],
        "endColumn": end["column"],
    }


def _result(finding: Finding, index: dict[str, int]) -> dict:
    location = {"artifactLocation": {"uri": _uri(finding.path)}, "region": _region(finding)}
    result: dict = {
        "ruleId": finding.code,
        "level": LEVELS.get(finding.severity, "warning"),
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": location}],
        "partialFingerprints": {"newslint/v1": finding.fingerprint},
        "properties": {"category": finding.category, "rule": finding.rule},
    }
    if finding.code in index:
        result["ruleIndex"] = index[finding.code]
    if finding.fix is not None:
        replacements = [
            {
                "deletedRegion": _region(edit["start"], edit["end"]),
                "insertedContent": {"text": edit["content"]},
            }
            for edit in finding.fix["edits"]
        ]
        result["fixes"] = [
            {
                "description": {"text": f'{finding.fix["title"]} ({finding.fix["applicability"]})'},
                "artifactChanges": [
                    {"artifactLocation": {"uri": _uri(finding.path)}, "replacements": replacements}
                ],
            }
        ]
    return result


def _rule(rule: Rule) -> dict:
    spec = rule.spec
    return {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": spec.rationale},
        "help": {"text": f"{spec.summary}\n\nExample: {spec.example}"},
        "defaultConfiguration": {"level": LEVELS.get(spec.severity.value, "warning")},
        "properties": {"category": spec.category, "fix": spec.fix_safety},
    }


def render(findings: Sequence[Finding], rules: Sequence[Rule] = ()) -> str:
    index = {rule.code: i for i, rule in enumerate(rules)}
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/newslint/",
                        "rules": [_rule(r) for r in rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_result(f, index) for f in findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
