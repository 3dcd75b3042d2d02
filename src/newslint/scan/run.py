"""A scan: plan the partitions, run them on a Dask cluster, gather the cross-article findings,
write the output. Resumable: each partition writes its own part files next to the output."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import shutil
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from .archive import ArchiveOptions, cross_findings, prepare
from .features import Features, extract
from .names import learned_vocabulary
from .work import Columns, Unit, part_name, run_part

PLAN_VERSION = 3  # the features' columns; parts of another version are not resumed
ARCHIVE_CODES = ("NL601", "NL602", "NL603")


class ScanError(Exception):
    pass


class Summary(NamedTuple):
    stories: int
    codes: Counter[str]
    seconds: float
    skipped_parts: int
    parts: int
    worker_peak_mb: float  # the largest peak resident memory of a worker process (this run's parts)
    phases: dict[str, float]


def table_kind(path: str) -> str | None:
    lowered = path.lower()
    if lowered.endswith((".jsonl", ".ndjson")):
        return "jsonl"
    if lowered.endswith(".parquet"):
        return "parquet"
    return None


def plan(files: Sequence[str], tables: Sequence[str], partition_size: int) -> list[Unit]:
    """Partitions of at most `partition_size` stories, in input order (so the output lists
    per-file findings in the order `check` does)."""
    units = [Unit("files", tuple(files[i : i + partition_size])) for i in range(0, len(files), partition_size)]
    for table in tables:
        if table_kind(table) == "jsonl":
            with open(table, "rb") as handle:
                rows = sum(1 for _ in handle)
            units.extend(Unit("jsonl", (table,), i, min(i + partition_size, rows))
                         for i in range(0, rows, partition_size))
        else:
            import pyarrow.parquet as pq

            groups = pq.ParquetFile(table).metadata.num_row_groups
            units.extend(Unit("parquet", (table,), group) for group in range(groups))
    return units


def _key(units: Sequence[Unit], settings: Any, columns: Columns, with_features: bool) -> str:
    stamp = [PLAN_VERSION, [list(u) for u in units], settings.rule_key(), list(columns), with_features]
    return hashlib.sha256(json.dumps(stamp, sort_keys=True).encode()).hexdigest()


def _prepare(parts: Path, key: str, resume: bool) -> set[int]:
    """The parts already finished by an earlier run of the same plan (with --resume)."""
    plan_file = parts / "plan.json"
    if resume and plan_file.exists():
        if json.loads(plan_file.read_text())["key"] != key:
            raise ScanError(f"{parts}: the inputs or settings changed since the interrupted run; "
                            "rerun without --resume")
        return {int(p.name[5:10]) for p in parts.glob("part-?????.jsonl")}
    if parts.exists():
        shutil.rmtree(parts)
    parts.mkdir(parents=True)
    plan_file.write_text(json.dumps({"key": key}))
    return set()


# A local cluster's processes share the machine with the work: no statistical profiler sampling
# each worker's thread a hundred times a second, no event-loop watchdog every 20 ms, memory
# polled every second rather than ten times a second, no work stealing between two workers
# that each hold one task; and workers are forked from a server that has imported Dask once,
# instead of each importing it anew.
LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.scheduler.work-stealing": False,
    "distributed.worker.multiprocessing-method": "forkserver",
}


def start_fork_server() -> None:
    """Start the local cluster's fork server now, with newslint loaded in it (`preload.py`), so
    that it loads while this process imports Dask, walks the inputs and starts the scheduler."""
    import multiprocessing
    from multiprocessing import forkserver

    multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", f"{__package__}.preload"])
    forkserver.ensure_running()


class Cluster:
    """A client on the scheduler given, or on a local cluster of `workers` processes."""

    def __init__(self, scheduler: str | None, workers: int) -> None:
        self.scheduler = scheduler
        self.workers = workers
        self.cluster: Any = None
        self.client: Any = None

    def __enter__(self) -> Any:
        from distributed import Client, LocalCluster

        if self.scheduler:
            self.client = Client(self.scheduler, timeout="30s")
        else:
            import dask

            # One thread per worker process: the rules are pure Python and hold the GIL.
            with dask.config.set(LOCAL_CONFIG):
                self.cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                            dashboard_address=":0", silence_logs=40)
            self.client = Client(self.cluster)
        return self.client

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _own_cpu() -> float:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _descendants_cpu() -> float:
    """CPU seconds of this process's descendants so far (a local cluster's workers and the
    server they are forked from, which the operating system does not count as our children)."""
    import psutil

    total = 0.0
    for process in psutil.Process().children(recursive=True):
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def _load_features(parts: Path, index: int) -> Features | None:
    path = parts / f"{part_name(index)}.features.pkl"
    return pickle.loads(path.read_bytes()) if path.exists() else None


def _features(parts: Path, count: int, loaded: dict[int, Features | None]) -> tuple[Features, list[int]]:
    """Every partition's features (those `loaded` while the scan ran, the rest read now), and
    the partition each story comes from."""
    found: list[Features] = []
    owner: list[int] = []
    for index in range(count):
        part = loaded[index] if index in loaded else _load_features(parts, index)
        if part is not None:
            found.append(part)
            owner.extend([index] * len(part))
    return (Features.concat(found) if found else extract([])), owner


def texts_loader(stories: Features, owner: list[int], units: Sequence[Unit], settings: Any, columns: Columns
                 ) -> Callable[[Sequence[int]], dict[int, str]]:
    """Fetches the texts of a few stories again (a file, or its partition's rows), for the
    cross-article checks' second look at the pairs they found."""
    from ..source import SourceError, read_source
    from .work import _rows

    def load(wanted: Sequence[int]) -> dict[int, str]:
        out: dict[int, str] = {}
        by_unit: dict[int, dict[str, int]] = {}
        for index in wanted:
            unit = units[owner[index]]
            if unit.kind == "files":
                try:
                    out[index] = read_source(stories.stories[index], settings.encoding).text
                except SourceError:
                    continue
            else:
                by_unit.setdefault(owner[index], {})[stories.stories[index]] = index
        for unit_index, ids in by_unit.items():
            for story, text, _ in _rows(units[unit_index], columns):
                if story in ids and not text.startswith("\0"):
                    out[ids[story]] = text
        return out

    return load


def _records(parts: Path, count: int, cross: list[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    for index in range(count):
        with open(parts / f"{part_name(index)}.jsonl", encoding="utf-8") as part:
            yield [json.loads(line) for line in part]
    if cross:
        yield cross


def write_output(output: str, parts: Path, count: int, cross: list[dict[str, Any]]) -> None:
    """The parts and the cross-article findings into one file, renamed into place when whole."""
    temporary = Path(output + ".tmp")
    if output.lower().endswith(".parquet"):
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([("path", pa.string()), ("line", pa.int64()), ("column", pa.int64()),
                            ("end_line", pa.int64()), ("end_column", pa.int64()), ("code", pa.string()),
                            ("rule", pa.string()), ("category", pa.string()), ("severity", pa.string()),
                            ("message", pa.string()), ("fixable", pa.bool_()), ("fix", pa.string()),
                            ("fingerprint", pa.string())])
        with pq.ParquetWriter(temporary, schema) as writer:
            for batch in _records(parts, count, cross):
                rows = [{**r, "fix": None if r.get("fix") is None else json.dumps(r["fix"], ensure_ascii=False)}
                        for r in batch]
                writer.write_table(pa.Table.from_pylist(rows, schema=schema))
    else:
        with open(temporary, "w", encoding="utf-8") as out:
            for index in range(count):
                with open(parts / f"{part_name(index)}.jsonl", encoding="utf-8") as part:
                    shutil.copyfileobj(part, out)
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in cross)
    os.replace(temporary, output)


def write_vocabulary(path: str, names: Sequence[str], options: ArchiveOptions) -> None:
    header = (f"# Names this archive prints in at least {options.vocab_min_stories} stories, always the same way.\n"
              "# Learned by `newslint scan --vocab-out`; feed it back with `--vocab` or `vocab = [...]`.\n")
    temporary = Path(path + ".tmp")
    temporary.write_text(header + "".join(n + "\n" for n in names), encoding="utf-8")
    os.replace(temporary, path)


DEFAULT_COLUMNS = Columns()
DEFAULT_OPTIONS = ArchiveOptions()


def scan(units: Sequence[Unit], settings: Any, *, output: str, columns: Columns = DEFAULT_COLUMNS,
         codes: Sequence[str] = ARCHIVE_CODES, options: ArchiveOptions = DEFAULT_OPTIONS,
         scheduler: str | None = None, workers: int = 2, resume: bool = False, vocab_out: str | None = None,
         keep_parts: bool = False, echo: Callable[[str], None] = lambda _: None,
         progress: Callable[[int], Any] | None = None) -> Summary:
    started = time.perf_counter()
    with_features = bool(codes) or vocab_out is not None
    parts = Path(output + ".parts")
    done = _prepare(parts, _key(units, settings, columns, with_features), resume)
    pending = [i for i in range(len(units)) if i not in done]
    if done:
        echo(f"Resuming: {len(done)} of {len(units)} partitions already finished.")
    phases: dict[str, float] = {}
    helpers_cpu = 0.0
    peak_kb = 0
    loaded: dict[int, Features | None] = {}
    task_cpu = 0.0
    if pending:
        from distributed import as_completed

        mark = time.perf_counter()
        with Cluster(scheduler, workers) as client:
            phases["cluster start"] = time.perf_counter() - mark
            mark = time.perf_counter()
            link = getattr(client, "dashboard_link", None)
            echo(f"Dask scheduler {client.scheduler.address}" + (f"; dashboard {link}" if link else ""))
            futures = {client.submit(run_part, str(parts.resolve()), i, units[i], settings, columns, with_features,
                                     pure=False, key=f"newslint-{part_name(i)}-{time.time_ns()}"): i for i in pending}
            running = len(futures)
            for future in as_completed(futures):
                try:
                    result = future.result()
                    peak_kb = max(peak_kb, result["peak_kb"])
                    task_cpu += result["cpu"]
                except Exception as exc:  # the failed partition's part stays unfinished
                    raise ScanError(f"a partition failed ({type(exc).__name__}: {exc}); "
                                    "finished partitions are kept: rerun with --resume") from exc
                running -= 1
                if with_features:
                    # Read as they come: the cross-article checks start with all in memory.
                    loaded[futures[future]] = _load_features(parts, futures[future])
                    if running < workers:  # a worker is idle from now on (loaded once)
                        prepare()
                if progress:
                    progress(1)
            phases["per-file checks"] = time.perf_counter() - mark
            phases["(CPU in tasks)"] = task_cpu
            helpers_cpu = _descendants_cpu()
    stories = 0
    codes_found: Counter[str] = Counter()
    for index in range(len(units)):
        summary = json.loads((parts / f"{part_name(index)}.summary.json").read_text())
        stories += summary["stories"]
        codes_found.update(summary["codes"])
    cross: list[dict[str, Any]] = []
    mark = time.perf_counter()
    if with_features:
        gathered, owner = _features(parts, len(units), loaded)
        cross, counts = cross_findings(gathered, set(codes), options,
                                       texts_loader(gathered, owner, units, settings, columns))
        codes_found.update(f["code"] for f in cross)
        if vocab_out:
            write_vocabulary(vocab_out, learned_vocabulary(counts, options), options)
        phases["cross-article checks"] = time.perf_counter() - mark
    mark = time.perf_counter()
    write_output(output, parts, len(units), cross)
    phases["output"] = time.perf_counter() - mark
    if not keep_parts:
        shutil.rmtree(parts, ignore_errors=True)
    phases["(CPU, all processes)"] = helpers_cpu + _own_cpu()
    return Summary(stories, codes_found, time.perf_counter() - started, len(done), len(units), peak_kb / 1024, phases)
