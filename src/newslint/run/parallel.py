"""Many files on all cores: batches in a process pool, and what to do when a worker dies."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import TYPE_CHECKING

from .results import FileResult, pack, unpack
from .rulesets import rules_for
from .settings import Settings

if TYPE_CHECKING:
    from concurrent.futures import Executor

BatchWorker = Callable[[Sequence[str]], list[FileResult]]

# Below this many files a run stays in one process: each worker pays the data loading and
# first-time work that one process pays once, and a few files do not repay it (measured:
# `benchmarks/README.md`).
PARALLEL_FROM = 160
BATCH = 256  # files a worker takes at a time (at most)


def run_many(
    worker: Callable[[str], FileResult],
    paths: Sequence[str],
    jobs: int,
    batch_worker: BatchWorker | None = None,
    pool: Executor | None = None,
) -> Iterator[FileResult]:
    """Results in the order of `paths`, computed on `jobs` processes when there are enough of
    them (in `pool` when one was started for the run); by `batch_worker` a batch of files at a
    time when given, else by `worker` file by file."""
    if jobs < 2 or len(paths) < PARALLEL_FROM:
        if batch_worker is None:
            yield from map(worker, paths)
            return
        for start in range(0, len(paths), BATCH):
            yield from batch_worker(paths[start : start + BATCH])
        return
    size = max(1, min(BATCH, len(paths) // (jobs * 4)))
    if batch_worker is None:
        from concurrent.futures import ProcessPoolExecutor  # only runs over many files pay for it

        with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as own_pool:
            yield from own_pool.map(worker, paths, chunksize=size)
        return
    batches = _batches(paths, size, jobs)
    if pool is not None:
        yield from in_pool(pool, batch_worker, batches, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as own_pool:
        yield from in_pool(own_pool, batch_worker, batches, jobs)


def _batches(paths: Sequence[str], size: int, jobs: int) -> list[Sequence[str]]:
    """`paths` in batches of `size`, the last `jobs` batches' worth cut into quarters: the
    workers run out of work within a quarter batch of each other, not a whole one, and the
    few extra batches cost little against that idle core."""
    full = max(0, len(paths) - jobs * size) // size * size
    small = max(1, size // 4)
    return [paths[start : start + size] for start in range(0, full, size)] + [
        paths[start : start + small] for start in range(full, len(paths), small)
    ]


def in_pool(
    pool: Executor, batch_worker: BatchWorker, batches: list[Sequence[str]], jobs: int = 2
) -> Iterator[FileResult]:
    """The results of `batches`, in order, from the workers of `pool`."""
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    try:
        for batch, packed in zip(batches, pool.map(partial(packed_batch, batch_worker), batches), strict=True):
            yield from _unpacked(batch, packed)
            done += 1
    except BrokenProcessPool:
        yield from _after_a_worker_died(batch_worker, batches[done:], jobs)


def _unpacked(batch: Sequence[str], packed: list[FileResult | str | None]) -> Iterator[FileResult]:
    for path, item in zip(batch, packed, strict=True):
        yield unpack(path, item)


def _after_a_worker_died(batch_worker: BatchWorker, batches: list[Sequence[str]], jobs: int) -> Iterator[FileResult]:
    """A worker was killed (out of memory, say, or by a crash in compiled code), and with it the
    pool. The file to blame is in one of the batches that were running or queued: each is
    checked again in a process of its own, file by file if it kills that one too, so that file
    gets an error line; the batches after them go to a new pool."""
    suspects, rest = batches[: jobs + 1], batches[jobs + 1 :]
    for batch in suspects:
        packed = _in_own_process(batch_worker, batch)
        if packed is not None:
            yield from _unpacked(batch, packed)
            continue
        for path in batch:
            alone = _in_own_process(batch_worker, [path])
            if alone is not None:
                yield from _unpacked([path], alone)
            else:
                yield FileResult(path, error=f"{path}: the process checking it was killed (out of memory?)")
    if rest:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from in_pool(pool, batch_worker, rest, jobs)


def _in_own_process(batch_worker: BatchWorker, batch: Sequence[str]) -> list[FileResult | str | None] | None:
    """The batch's packed results from a fresh process; None if that process died too."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(packed_batch, batch_worker, batch).result()
        except BrokenProcessPool:
            return None


def start_workers(jobs: int, settings: Settings) -> Executor:
    """A process pool whose workers load what checking needs (word lists, compiled patterns)
    while this process is still finding the files, so a run over a folder starts warm."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs)
    for _ in range(jobs):
        pool.submit(warm_up, settings)
    return pool


def warm_up(settings: Settings) -> None:
    """Build the rule set and load the reference word sets: workers exist only for runs over
    many files, which the sets repay. Rules' patterns are left to compile on first need: doing
    it ahead for every rule (and importing ftfy) cost more than it saved (`benchmarks/README.md`)."""
    from ..spelling.lookup import compiled

    compiled().reference_sets()
    rules_for(settings)


def packed_batch(batch_worker: BatchWorker, batch: Sequence[str]) -> list[FileResult | str | None]:
    """A worker's results, each clean file's reduced by `pack`."""
    return [pack(path, result) for path, result in zip(batch, batch_worker(batch), strict=True)]


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
