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
from .features import StoryFeatures, features

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


def _decode(raw: bytes, encoding: str | None) -> str:
    text = raw.decode(encoding or "utf-8", errors="replace")
    return text[1:] if text.startswith("\ufeff") else text


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


def check_unit(unit: Unit, settings: Any, columns: Columns, with_features: bool
               ) -> tuple[list[dict[str, Any]], list[StoryFeatures], int]:
    """Per-file findings exactly as `check --format jsonl` gives them (through the public API),
    and each readable story's features."""
    findings: list[dict[str, Any]] = []
    kept: list[StoryFeatures] = []
    if unit.kind == "files":
        unreadable = set()
        for record in api.check_files(unit.paths, settings):
            if "error" in record:
                findings.append(error_record(record["path"], record["error"]))
                unreadable.add(record["path"])
            else:
                findings.append(record)
        for path in unit.paths if with_features else ():
            if path not in unreadable:
                try:
                    kept.append(features(path, _decode(Path(path).read_bytes(), settings.encoding)))
                except OSError:
                    continue
        return findings, kept, len(unit.paths)
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
        if with_features:
            kept.append(features(story, text, date))
    return findings, kept, stories


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
    if not _frozen:
        gc.freeze()
        _frozen = True
    started = time.process_time()
    collecting = gc.isenabled()
    gc.disable()
    try:
        findings, kept, stories = check_unit(unit, settings, columns, with_features)
    finally:
        if collecting:
            gc.enable()
    folder = Path(parts)
    if with_features:
        _write(folder / f"{part_name(index)}.features.pkl", pickle.dumps(kept, protocol=pickle.HIGHEST_PROTOCOL))
    import resource

    summary = {"stories": stories, "codes": dict(Counter(f["code"] for f in findings)),
               "worker": os.getpid(), "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
               "cpu": time.process_time() - started}
    _write(folder / f"{part_name(index)}.summary.json", json.dumps(summary).encode())
    lines = "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in findings)
    _write(folder / f"{part_name(index)}.jsonl", lines.encode("utf-8"))
    return summary
