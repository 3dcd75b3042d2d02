"""Human output: `path:line:col: CODE message`, the offending line with a caret, a summary."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import click

from ..core.findings import Finding


def _safe(finding: Finding) -> bool:
    """What a plain `newslint fix` repairs: an unsafe fix waits for `--unsafe-fixes`."""
    return finding.fix is not None and finding.fix["applicability"] == "safe"


def render_finding(finding: Finding, color: bool, show_source: bool = True) -> str:
    where = f"{finding.path}:{finding.line}:{finding.column}:"
    code = finding.code
    if color:
        where = click.style(where, bold=True)
        code = click.style(code, fg="red", bold=True)
    fixable = " [*]" if _safe(finding) else ""
    head = f"{where} {code}{fixable} {finding.message}"
    if not show_source or not finding.source_line:
        return head
    line = finding.source_line.expandtabs(1)
    start = finding.column - 1 - finding.source_shift
    if finding.source_shift:
        line = "…" + line
        start += 1
    width = (finding.end_column - finding.column) if finding.end_line == finding.line else len(line) - start
    width = max(1, width)
    if len(line) > 160:  # show a window around the finding on very long lines
        left = max(0, start - 60)
        line = ("…" if left else "") + line[left : left + 140] + "…"
        start = start - left + (1 if left else 0)
        width = min(width, 140 - (start - 1))
    caret = " " * start + "^" * width
    if color:
        caret = click.style(caret, fg="red")
    return f"{head}\n  | {line}\n  | {caret}"


def render(
    findings: Sequence[Finding], color: bool = False, show_source: bool = True, show_fixes: bool = False
) -> str:
    out = []
    for finding in findings:
        out.append(render_finding(finding, color, show_source) + "\n")
        if show_fixes and finding.fix is not None:
            out.append(f"  = fix ({finding.fix['applicability']}): {finding.fix['title']}\n")
    return "".join(out)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def summary(findings: Sequence[Finding], files: int, errors: int = 0) -> str:
    trouble = f"; {_plural(errors, 'file')} could not be checked (see errors above)" if errors else ""
    if not findings:
        lead = "All clear" if not errors else "No findings"
        return f"{lead}: {_plural(files, 'file')} checked{trouble}."
    safe = sum(1 for f in findings if _safe(f))
    unsafe = sum(1 for f in findings if f.fixable) - safe
    text = f"Found {_plural(len(findings), 'finding')} in {_plural(files, 'file')}"
    notes = [f"{safe} fixable with `newslint fix`"] if safe else []
    if unsafe:
        notes.append(f"{unsafe} more with `--unsafe-fixes`")
    if notes:
        text += f" ({'; '.join(notes)})"
    return text + trouble + "."


def statistics(findings: Sequence[Finding]) -> str:
    counts = Counter((f.code, f.rule) for f in findings)
    fixable = Counter((f.code, f.rule) for f in findings if _safe(f))
    rows = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return "".join(
        f"{n:6d}  {code}  {name}{'  [*]' if fixable[(code, name)] else ''}\n"
        for (code, name), n in rows
    )
