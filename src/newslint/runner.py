"""Per-file work (check or fix) and running it over many files on all cores."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from .diagnostics import Applicability, Diagnostic
from .findings import Finding, to_finding
from .fixer import fix_text
from .linter import lint
from .readers import DEFAULT_SUFFIXES, ReaderError, read_document
from .registry import Selection, all_rules, select_rules
from .rule import Rule
from .source import Source, SourceError, decode, read_source, write_atomically

STDIN = "-"
STDIN_NAME = "<stdin>"


@dataclass(frozen=True)
class Settings:
    """Everything that decides what a run reports; hashable, so workers can cache rule sets."""

    selection: Selection = Selection()
    pack_dirs: tuple[str, ...] = ()
    unsafe_fixes: bool = False
    encoding: str | None = None
    fmt: str | None = None

    @property
    def allowed(self) -> tuple[Applicability, ...]:
        if self.unsafe_fixes:
            return (Applicability.SAFE, Applicability.UNSAFE)
        return (Applicability.SAFE,)


_RULES: dict[Settings, list[Rule]] = {}


def rules_for(settings: Settings) -> list[Rule]:
    key = Settings(settings.selection, settings.pack_dirs)
    if key not in _RULES:
        rules = all_rules(tuple(Path(p) for p in settings.pack_dirs))
        _RULES[key] = select_rules(rules, settings.selection)
    return _RULES[key]


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    note: str | None = None
    changed: bool = False
    fixed: int = 0
    new_text: str | None = None
    old_text: str | None = None


def _linter(path: str, fmt: str | None, rules: Sequence[Rule]) -> Callable[[str], list[Diagnostic]]:
    return lambda text: lint(read_document(text, path, fmt), rules)


def check_source(source: Source, settings: Settings) -> FileResult:
    rules = rules_for(settings)
    try:
        doc = read_document(source.text, source.path, settings.fmt)
    except ReaderError as exc:
        where = f":{exc.line}" if exc.line else ""
        return FileResult(source.path, error=f"{source.path}{where}: {exc}")
    diagnostics = lint(doc, rules)
    return FileResult(source.path, [to_finding(doc, d) for d in diagnostics])


def _load(path: str, settings: Settings, stdin_text: bytes | None = None) -> Source | FileResult:
    try:
        if path == STDIN:
            return decode(STDIN_NAME, stdin_text or b"", settings.encoding)
        return read_source(path, settings.encoding)
    except SourceError as exc:
        if exc.skipped:
            return FileResult(path, note=str(exc))
        return FileResult(path, error=str(exc))


def check_path(path: str, settings: Settings, stdin_text: bytes | None = None) -> FileResult:
    loaded = _load(path, settings, stdin_text)
    if isinstance(loaded, FileResult):
        return loaded
    return check_source(loaded, settings)


def fix_path(
    path: str, settings: Settings, write: bool = True, stdin_text: bytes | None = None
) -> FileResult:
    loaded = _load(path, settings, stdin_text)
    if isinstance(loaded, FileResult):
        return loaded
    rules = rules_for(settings)
    try:
        read_document(loaded.text, loaded.path, settings.fmt)
    except ReaderError as exc:
        where = f":{exc.line}" if exc.line else ""
        return FileResult(loaded.path, error=f"{loaded.path}{where}: {exc}")
    outcome = fix_text(loaded.text, _linter(loaded.path, settings.fmt, rules), settings.allowed)
    result = FileResult(loaded.path, old_text=loaded.text)
    if not outcome.converged:
        result.error = f"{loaded.path}: fixes not applied: {outcome.reason}; file left unchanged"
    elif outcome.text != loaded.text:
        result.changed = True
        result.fixed = outcome.applied
        result.new_text = outcome.text
        if write and path != STDIN:
            try:
                write_atomically(path, loaded.encode(outcome.text), expected=loaded.encode(loaded.text))
            except SourceError as exc:
                result.error = str(exc)
                result.changed = False
    remaining = check_source(
        Source(loaded.path, result.new_text or loaded.text, loaded.encoding, loaded.bom), settings
    )
    result.findings = remaining.findings
    if remaining.error and not result.error:
        result.error = remaining.error
    return result


def discover(paths: Iterable[str], suffixes: frozenset[str] = DEFAULT_SUFFIXES) -> Iterator[str | FileResult]:
    """Files to check, in a deterministic order. Explicit files are taken whatever their suffix."""
    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                        found = True
                        yield str(Path(root) / name)
            if not found:
                yield FileResult(raw, note=f"{raw}: no articles found (looked for {', '.join(sorted(suffixes))})")
        elif path.exists():
            yield raw
        else:
            yield FileResult(raw, error=f"{raw}: no such file or directory")


def run_many(
    worker: Callable[[str], FileResult], paths: Sequence[str], jobs: int
) -> Iterator[FileResult]:
    """Results in the order of `paths`, computed on `jobs` processes when it is worth it."""
    if jobs <= 1 or len(paths) < 4:
        yield from map(worker, paths)
        return
    chunk = max(1, min(64, len(paths) // (jobs * 8) or 1))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(worker, paths, chunksize=chunk)


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


__all__ = ["Settings", "FileResult", "check_path", "fix_path", "discover", "run_many", "partial"]
