"""Files a batch at a time: read them all, parse them all, then run each rule over them all.

Each phase keeps its own code and data hot in the processor's caches (figures in
`benchmarks/README.md`). Same results, and the same guard per file, as file by file.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.diagnostics import Diagnostic
from ..core.document import Document
from ..core.linter import lint, lint_many
from ..core.rule import Rule
from ..source import Source
from ..storage.results_index import content_hash
from . import collector, reading
from .guard import guard
from .results import FileResult
from .rulesets import rules_for
from .settings import Settings

# What a batch does with one linted file: (path, source, document, diagnostics, content hash).
Finish = Callable[[str, Source, Document, list[Diagnostic], "str | None"], FileResult]

PAUSE_COLLECTOR_UP_TO = 8 * 1024 * 1024  # characters in a batch; a huge article is checked as usual


def run_batch(paths: Sequence[str], settings: Settings, stdin_text: bytes | None, finish: Finish) -> list[FileResult]:
    """`finish` for each file of `paths`, linted a phase at a time; a file that cannot be read
    or parsed gets its note or error instead. A batch makes a great many short-lived objects
    and almost no reference cycles: the collector runs once after it."""
    with collector.paused() as resume:
        return _lint_batch(paths, settings, stdin_text, finish, resume)


def _lint_batch(
    paths: Sequence[str], settings: Settings, stdin_text: bytes | None, finish: Finish, resume: Callable[[], None]
) -> list[FileResult]:
    results: list[FileResult | None] = [None] * len(paths)
    loaded: list[tuple[int, Source, bytes]] = []
    for index, path in enumerate(paths):
        outcome = guard(path, reading.load, path, settings, stdin_text)
        if isinstance(outcome, FileResult):
            results[index] = outcome
        else:
            loaded.append((index, *outcome))
    if sum(len(source.text) for _, source, _ in loaded) > PAUSE_COLLECTOR_UP_TO:
        resume()
    parsed: list[tuple[int, Source, Document, str | None]] = []
    for index, source, raw in loaded:
        digest = content_hash(raw) if settings.cache_dir else None
        doc = guard(paths[index], reading.parse, source, settings)
        if isinstance(doc, FileResult):
            results[index] = doc
        else:
            parsed.append((index, source, doc, digest))
    loaded.clear()
    raw = b""  # the bytes are not needed past here (a huge file's would double its cost)
    # Rule by rule over the documents that share a rule set (per-file ignores may differ).
    groups: dict[tuple[str, ...], tuple[list[Rule], list[tuple[int, Source, Document, str | None]]]] = {}
    for member in parsed:
        ignored = settings.ignored_for(member[2].path)
        group = groups.get(ignored)
        if group is None:  # once per rule set in a batch: `rules_for` hashes the settings
            group = groups[ignored] = (rules_for(settings, member[2].path), [])
        group[1].append(member)
    for rules, members in groups.values():
        outcome = guard(paths[members[0][0]], lint_many, [doc for _, _, doc, _ in members], rules)
        for position, (index, source, doc, digest) in enumerate(members):
            path = paths[index]
            if isinstance(outcome, FileResult):  # a bug outside the rules: find its file one by one
                results[index] = guard(path, _alone, finish, path, source, doc, rules, digest)
            else:
                results[index] = guard(path, finish, path, source, doc, outcome[position], digest)
    return results  # type: ignore[return-value]  # every index was filled


def _alone(
    finish: Finish, path: str, source: Source, doc: Document, rules: Sequence[Rule], digest: str | None
) -> FileResult:
    return finish(path, source, doc, lint(doc, rules), digest)
