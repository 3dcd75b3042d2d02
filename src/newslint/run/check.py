"""Checking: one file, one batch of files, or many files (cached, on all cores)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from ..core.diagnostics import Diagnostic
from ..core.document import Document
from ..core.linter import lint
from ..source import Source
from ..storage.results_index import content_hash
from . import reading
from .batch import run_batch
from .guard import guarded
from .results import FileResult, result_of
from .results_cache import run_with_cache
from .rulesets import rules_for
from .settings import Settings

if TYPE_CHECKING:
    from concurrent.futures import Executor


def check_source(source: Source, settings: Settings) -> FileResult:
    doc = reading.parse(source, settings)
    return doc if isinstance(doc, FileResult) else result_of(doc, lint(doc, rules_for(settings, doc.path)))


@guarded
def check_path(path: str, settings: Settings, stdin_text: bytes | None = None) -> FileResult:
    loaded = reading.load(path, settings, stdin_text)
    if isinstance(loaded, FileResult):
        return loaded
    source, raw = loaded
    result = check_source(source, settings)
    # The hash keys the results cache, which keeps only files that could be checked.
    result.digest = content_hash(raw) if settings.cache_dir and result.error is None else None
    return result


def check_batch(paths: Sequence[str], settings: Settings, stdin_text: bytes | None = None) -> list[FileResult]:
    """check_path over several files, a phase at a time (`batch`): same results."""
    return run_batch(paths, settings, stdin_text, checked)


def checked(path: str, source: Source, doc: Document, diagnostics: list[Diagnostic], digest: str | None) -> FileResult:
    """A batch's result for a file it has linted."""
    result = result_of(doc, diagnostics)
    result.digest = digest
    return result


def check_many(
    paths: Sequence[str], settings: Settings, jobs: int, stdin_text: bytes | None = None,
    pool: Executor | None = None,
) -> Iterator[FileResult]:
    """check_path over many files, in order; unchanged files come from the cache unread."""
    worker = partial(check_path, settings=settings, stdin_text=stdin_text)
    batch = partial(check_batch, settings=settings, stdin_text=stdin_text)
    return run_with_cache(paths, settings, jobs, worker, reusable=lambda hit: True, batch_worker=batch, pool=pool)
