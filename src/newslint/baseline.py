"""Baselines: adopt newslint on an archive by recording today's findings and reporting only new ones.

Findings are matched by path and fingerprint (what the finding says and the text around it), so a
recorded finding stays recorded when lines are added or removed elsewhere in the file.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from .core.findings import Finding
from .source import SourceError, write_atomically

VERSION = 1


class BaselineError(Exception):
    pass


def _key(path: str, root: Path) -> str:
    try:
        return Path(os.path.abspath(path)).relative_to(root.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


def write_baseline(target: str, findings: Sequence[Finding]) -> int:
    root = Path(target).resolve().parent
    records = sorted((_key(f.path, root), f.code, f.fingerprint) for f in findings)
    payload = {
        "version": VERSION,
        "tool": "newslint",
        "findings": [{"path": p, "code": c, "fingerprint": fp} for p, c, fp in records],
    }
    data = (json.dumps(payload, indent=2) + "\n").encode()
    if not Path(target).exists():
        Path(target).touch()
    try:
        write_atomically(target, data)
    except SourceError as exc:
        raise BaselineError(str(exc)) from exc
    return len(records)


def load_baseline(source: str) -> Counter[tuple[str, str, str]]:
    try:
        payload = json.loads(Path(source).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise BaselineError(f"{source}: baseline file not found") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise BaselineError(f"{source}: not a newslint baseline: {exc}") from exc
    if not isinstance(payload, dict) or payload.get("version") != VERSION:
        raise BaselineError(f"{source}: not a newslint baseline (version {VERSION} expected)")
    try:
        return Counter((r["path"], r["code"], r["fingerprint"]) for r in payload["findings"])
    except (KeyError, TypeError) as exc:
        raise BaselineError(f"{source}: malformed baseline entry") from exc


def filter_new(findings: Sequence[Finding], source: str) -> list[Finding]:
    """Findings not recorded in the baseline (each recorded entry absorbs one finding)."""
    recorded = load_baseline(source)
    root = Path(source).resolve().parent
    fresh: list[Finding] = []
    for finding in findings:
        key = (_key(finding.path, root), finding.code, finding.fingerprint)
        if recorded[key] > 0:
            recorded[key] -= 1
        else:
            fresh.append(finding)
    return fresh
