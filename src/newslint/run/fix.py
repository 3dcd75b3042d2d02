"""Fixing: one file (with retries when another process rewrites it), a batch, or many files."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from ..core.diagnostics import Diagnostic
from ..core.document import Document
from ..core.findings import Finding
from ..core.linter import lint
from ..core.rule import Rule
from ..formats import ReaderError
from ..source import Source, SourceChanged, SourceError, write_atomically
from ..storage.results_index import content_hash
from . import reading
from .batch import run_batch
from .check import check_source, checked
from .guard import guarded
from .results import FileResult, result_of
from .results_cache import run_with_cache
from .rulesets import rules_for
from .settings import STDIN, Settings

if TYPE_CHECKING:
    from concurrent.futures import Executor

WRITE_ATTEMPTS = 3


class FixLinter:
    """The fixer's linter for one file. It keeps the last document it linted with its
    diagnostics: the fixer's last pass lints the text the fixes settle on (for nearly every
    file, the text as read), so what is left to report needs no second parse and lint. It may
    start from the text as read already parsed, and linted too (by a batch)."""

    def __init__(
        self, first: Document, fmt: str | None, rules: Sequence[Rule], diagnostics: list[Diagnostic] | None = None
    ) -> None:
        self.fmt, self.rules = fmt, rules
        self._first = first
        self.last: tuple[Document, list[Diagnostic]] | None = None if diagnostics is None else (first, diagnostics)

    def __call__(self, text: str) -> list[Diagnostic]:
        if self.last is None or self.last[0].file_text != text:
            first = self._first
            doc = first if first.file_text == text else reading.to_document(text, first.path, self.fmt)
            self.last = (doc, lint(doc, self.rules))
        doc, found = self.last
        # The fixer edits the file: a wire format's findings go to it through the source map.
        return found if doc.source_map is None else [doc.source_map.diagnostic(d) for d in found]

    def findings_for(self, text: str) -> FileResult | None:
        """The findings of `text` if it was the last text linted."""
        if self.last is None or self.last[0].file_text != text:
            return None
        return result_of(*self.last)


@guarded
def fix_path(
    path: str, settings: Settings, write: bool = True, stdin_text: bytes | None = None,
    linted: tuple[Document, list[Diagnostic]] | None = None,
) -> FileResult:
    """Fix one file. When another process rewrites it while we work (pre-commit hooks, an
    editor), start again from its new contents, so nobody's change is overwritten. `linted`:
    a document already linted, with its diagnostics, used if the file still holds its text."""
    for _attempt in range(WRITE_ATTEMPTS):
        result = _fix_once(path, settings, write, stdin_text, linted)
        if not isinstance(result, SourceChanged):
            return result
    return FileResult(path, error=str(result))


def _fix_once(
    path: str, settings: Settings, write: bool, stdin_text: bytes | None,
    linted: tuple[Document, list[Diagnostic]] | None = None,
) -> FileResult | SourceChanged:
    loaded = reading.load(path, settings, stdin_text)
    if isinstance(loaded, FileResult):
        return loaded
    source, raw = loaded
    rules = rules_for(settings, source.path)
    if linted is not None and linted[0].file_text == source.text:
        linter = FixLinter(linted[0], settings.fmt, rules, linted[1])
    else:
        try:
            linter = FixLinter(reading.to_document(source.text, source.path, settings.fmt), settings.fmt, rules)
        except ReaderError as exc:
            return reading.reader_error(source, exc)
    from ..core.fixer import fix_text  # only `fix` needs it

    outcome = fix_text(source.text, linter, settings.allowed)
    # The text as read travels back from a worker only where it is shown: in a diff, or echoed
    # for standard input (an archive's unchanged articles would cross as a copy of the archive).
    result = FileResult(source.path, old_text=source.text if path == STDIN else None)
    if not outcome.converged:
        result.error = f"{source.path}: fixes not applied: {outcome.reason}; file left unchanged"
    elif outcome.text != source.text:
        result.changed = True
        result.old_text = source.text
        result.fixed = outcome.applied
        result.new_text = outcome.text
        try:
            data = source.encode(outcome.text)  # may fail under --encoding: then nothing is written
            if write and path != STDIN:
                write_atomically(path, data, expected=raw)
        except SourceChanged as exc:
            return exc
        except SourceError as exc:
            result.error = str(exc)
            result.changed = False
            result.new_text = None
    final = source._replace(text=result.new_text or source.text)
    remaining = linter.findings_for(final.text) or check_source(final, settings)
    result.findings = remaining.findings
    if settings.cache_dir and not result.error:
        result.digest = content_hash(final.encode(final.text))
    if remaining.error and not result.error:
        result.error = remaining.error
    return result


def fix_batch(
    paths: Sequence[str], settings: Settings, write: bool = True, stdin_text: bytes | None = None
) -> list[FileResult]:
    """fix_path over several files. They are read, parsed and linted a batch at a time, as
    `check_batch` does, and nearly every file of an archive has nothing to fix: its findings
    are the batch's. A file with something to fix goes to fix_path, which reads it again, so an
    edit saved meanwhile is never overwritten. A lone file goes there directly."""
    if len(paths) == 1:
        return [fix_path(paths[0], settings, write, stdin_text)]
    finish = partial(_fixed, settings=settings, write=write, stdin_text=stdin_text)
    return run_batch(paths, settings, stdin_text, finish)


def _fixed(
    path: str, source: Source, doc: Document, diagnostics: list[Diagnostic], digest: str | None, *,
    settings: Settings, write: bool, stdin_text: bytes | None,
) -> FileResult:
    from ..core.fixer import select_fixes  # only `fix` needs it

    if select_fixes(diagnostics, settings.allowed):
        return fix_path(path, settings, write, stdin_text, linted=(doc, diagnostics))
    result = checked(path, source, doc, diagnostics, digest)
    result.old_text = source.text if path == STDIN else None  # echoed for standard input
    return result


def fix_many(
    paths: Sequence[str], settings: Settings, jobs: int, write: bool = True, stdin_text: bytes | None = None,
    pool: Executor | None = None,
) -> Iterator[FileResult]:
    """fix_path over many files, in order. A file the cache knows to be unchanged and to have
    nothing fixable is not read; what a fix leaves behind is cached for the next `check`."""
    allowed = {a.value for a in settings.allowed}

    def nothing_to_fix(hit: list[Finding]) -> bool:
        return not any(f.fix and f.fix["applicability"] in allowed for f in hit)

    worker = partial(fix_path, settings=settings, write=write, stdin_text=stdin_text)
    batch = partial(fix_batch, settings=settings, write=write, stdin_text=stdin_text)
    return run_with_cache(
        paths, settings, jobs, worker, reusable=nothing_to_fix, store=write, batch_worker=batch, pool=pool
    )
