from __future__ import annotations

import json
from collections.abc import Sequence

from ..core.findings import Finding
from ..core.rule import Rule


def render(findings: Sequence[Finding], rules: Sequence[Rule] = ()) -> str:
    return json.dumps([f.as_json() for f in findings], ensure_ascii=False, indent=2) + "\n"


def render_lines(findings: Sequence[Finding], rules: Sequence[Rule] = ()) -> str:
    return "".join(json.dumps(f.as_json(), ensure_ascii=False) + "\n" for f in findings)
