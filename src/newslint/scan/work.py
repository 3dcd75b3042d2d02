"""What one Dask task does: check one partition of the archive and write its part files.

A partition's findings go to `part-NNNNN.jsonl` and its stories' features to
`part-NNNNN.features.pkl`, each written under a temporary name and renamed into place, features
first: a part whose findings file exists is finished, so `--resume` can trust it, and a task
killed half-way leaves only a temporary file that the rerun overwrites."""

from __future__ import annotations

import gc
import json
import os
import pickle
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from .. import api
from ..run.batch import run_batch
from ..run.check import checked
from ..run.parallel import BATCH, warm_up
from .features import Features, extract

ERROR_CODE = "error"
_frozen = False


class Unit(NamedTuple):
    """One partition's stories: a run of files, or a run of a table's rows."""

    kind: str  # "files", "jsonl" or "parquet"
    paths: tuple[str, ...] = ()  # the files, or the table
    start: int = 0  # rows [start, stop) of a JSON Lines table; the row group of a Parquet one
    stop: int = 0


class Columns(NamedTuple):
    id: str = "id"
    text: str = "text"
    date: str | None = None


def part_name(index: int) -> str:
    return f"part-{index:05d}"


def error_record(path: str, message: str) -> dict[str, Any]:
    """An unreadable story, in the shape of a finding, so the output has one schema."""
    return {"path": path, "line": 1, "column": 1, "end_line": 1, "end_column": 1, "code": ERROR_CODE,
            "rule": "unreadable-story", "category": "meta", "severity": "error", "message": message,
            "fixable": False, "fix": None}


def _rows(unit: Unit, columns: Columns) -> Iterator[tuple[str, str, str | None]]:
    if unit.kind == "jsonl":
        from itertools import islice

        with open(unit.paths[0], encoding="utf-8") as table:
            for number, line in enumerate(islice(table, unit.start, unit.stop), unit.start + 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    story, text = str(row[columns.id]), row[columns.text]
                except (ValueError, KeyError, TypeError) as exc:
                    yield f"{unit.paths[0]}:{number}", f"\0{type(exc).__name__}: {exc}", None
                    continue
                date = row.get(columns.date) if columns.date else None
                yield story, text if isinstance(text, str) else f"\0text column is {type(text).__name__}", date
    else:
        import pyarrow.parquet as pq

        wanted = [c for c in (columns.id, columns.text, columns.date) if c]
        group = pq.ParquetFile(unit.paths[0]).read_row_group(unit.start, columns=wanted).to_pydict()
        dates = group.get(columns.date) if columns.date else None
        for i, (story, text) in enumerate(zip(group[columns.id], group[columns.text], strict=True)):
            date = dates[i] if dates else None
            yield str(story), text if isinstance(text, str) else "\0text column is empty", \
                None if date is None else str(date)


def _check_files(paths: tuple[str, ...], settings: Any, texts: list[tuple[str, str, str | None]] | None
                 ) -> list[dict[str, Any]]:
    """Findings exactly as `api.check_files` gives them (batches of files, a phase at a time),
    keeping each checked file's text for the features when `texts` is given: the file is read
    and decoded once."""
    def finish(path: str, source: Any, doc: Any, diagnostics: list, digest: str | None) -> Any:
        if texts is not None:
            texts.append((path, source.text, None))
        return checked(path, source, doc, diagnostics, digest)

    findings: list[dict[str, Any]] = []
    for start in range(0, len(paths), BATCH):
        for result in run_batch(paths[start : start + BATCH], settings, None, finish):
            if result.error:
                findings.append(error_record(result.path, result.error))
            findings.extend(finding.as_json() for finding in result.findings)
    return findings


def check_unit(unit: Unit, settings: Any, columns: Columns, with_features: bool
               ) -> tuple[list[dict[str, Any]], Features | None, int]:
    """Per-file findings exactly as `check --format jsonl` gives them, and the features of the
    stories that could be checked."""
    texts: list[tuple[str, str, str | None]] | None = [] if with_features else None
    if unit.kind == "files":
        findings = _check_files(unit.paths, settings, texts)
        return findings, extract(texts) if texts is not None else None, len(unit.paths)
    findings = []
    stories = 0
    for story, text, date in _rows(unit, columns):
        stories += 1
        if text.startswith("\0"):
            findings.append(error_record(story, text[1:]))
            continue
        try:
            findings.extend(api.check_records([(story, text)], settings))
        except Exception as exc:  # a story the readers reject must not end the run
            findings.append(error_record(story, f"{type(exc).__name__}: {exc}"))
            continue
        if texts is not None:
            texts.append((story, text, date))
    return findings, extract(texts) if texts is not None else None, stories


def _write(path: Path, data: bytes) -> None:
    temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def run_part(parts: str, index: int, unit: Unit, settings: Any, columns: Columns, with_features: bool
             ) -> dict[str, Any]:
    """Check a partition and write its part files; returns its counts for the summary."""
    global _frozen
    # As `check`'s workers do: the collector waits while a partition makes its many short-lived
    # objects, and what the worker has loaded (word lists, Dask itself) is frozen out of its scans.
    started = time.process_time()
    if not _frozen:
        # What `check`'s workers load before their first batch (the reference word sets): the
        # per-file findings then do not depend on how many stories a worker has seen.
        warm_up(settings)
        gc.freeze()
        _frozen = True
    collecting = gc.isenabled()
    gc.disable()
    try:
        findings, kept, stories = check_unit(unit, settings, columns, with_features)
    finally:
        if collecting:
            gc.enable()
    folder = Path(parts)
    if kept is not None:
        _write(folder / f"{part_name(index)}.features.pkl", pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
    import resource

    summary = {"stories": stories, "codes": dict(Counter(f["code"] for f in findings)),
               "worker": os.getpid(), "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               "cpu": time.process_time() - started}
    _write(folder / f"{part_name(index)}.summary.json", json.dumps(summary).encode())
    lines = "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in findings)
    _write(folder / f"{part_name(index)}.jsonl", lines.encode("utf-8"))
    return summary
