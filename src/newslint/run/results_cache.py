"""The results cache around a run: unchanged files' results taken from it unread, new ones stored."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.findings import Finding
from ..data import packs_dir
from ..storage.results_index import ResultCache, content_hash
from .parallel import run_many
from .results import FileResult
from .settings import STDIN, Settings

if TYPE_CHECKING:
    from concurrent.futures import Executor


def open_cache(settings: Settings) -> ResultCache:
    assert settings.cache_dir is not None
    return ResultCache(settings.cache_dir, settings.rule_key(), (str(packs_dir()), *settings.pack_dirs), Finding)


def nothing_cached(settings: Settings) -> bool:
    """Whether no results are cached for this rule set yet (the cache is off, or this is a first
    run): every file will be checked."""
    return settings.cache_dir is None or not open_cache(settings).index_dir.is_dir()


def _cached_lookup(cache: ResultCache, path: str) -> list[Finding] | None:
    hit = cache.lookup(path)
    if hit is None and cache.knows(path):
        # Touched (mtime changed) but maybe not edited: compare the bytes' hash.
        try:
            hit = cache.lookup_content(path, content_hash(Path(path).read_bytes()))
        except OSError:
            hit = None
    return hit


def run_with_cache(
    paths: Sequence[str],
    settings: Settings,
    jobs: int,
    worker: Callable[[str], FileResult],
    reusable: Callable[[list[Finding]], bool],
    store: bool = True,
    batch_worker: Callable[[Sequence[str]], list[FileResult]] | None = None,
    pool: Executor | None = None,
) -> Iterator[FileResult]:
    """Results for `paths` in order: cached ones (when `reusable`) unread, the rest from `worker`
    on `jobs` processes; new results go into the cache."""
    cache = open_cache(settings) if settings.cache_dir else None
    known: dict[int, FileResult] = {}
    todo: list[str] = []
    for index, path in enumerate(paths):
        hit = _cached_lookup(cache, path) if cache is not None and path != STDIN else None
        if hit is not None and reusable(hit):
            known[index] = FileResult(path, hit)
        else:
            todo.append(path)
    computed = run_many(worker, todo, jobs, batch_worker, pool)
    try:
        for index, path in enumerate(paths):
            if index in known:
                yield known[index]
                continue
            result = next(computed)
            if cache is not None and store and result.digest and result.error is None and path != STDIN:
                cache.store(path, result.digest, result.findings)
            yield result
    finally:
        if cache is not None:
            cache.save()
