"""GitLab Code Quality report (a JSON array of issues with fingerprints)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from ..core.findings import Finding
from ..core.rule import Rule

SEVERITIES = {"error": "major", "warning": "minor", "info": "info"}


def render(findings: Sequence[Finding], rules: Sequence[Rule] = ()) -> str:
    issues = []
    seen: dict[str, int] = {}
    for f in findings:
        base = f"{Path(f.path).as_posix()}:{f.fingerprint}"
        seen[base] = seen.get(base, 0) + 1
        issues.append(
            {
                "type": "issue",
                "description": f"{f.code} {f.message}",
                "check_name": f"{f.code} {f.rule}",
                "categories": ["Style"],
                "severity": SEVERITIES.get(f.severity, "minor"),
                "fingerprint": hashlib.md5(f"{base}:{seen[base]}".encode()).hexdigest(),
                "location": {
                    "path": Path(f.path).as_posix(),
                    "positions": {
                        "begin": {"line": f.line, "column": f.column},
                        "end": {"line": f.end_line, "column": f.end_column},
                    },
                },
            }
        )
    return json.dumps(issues, indent=2, ensure_ascii=False) + "\n"
