"""Where the shipped data files (rule packs, word lists, gazetteers) live, and loading them once."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


class DataError(Exception):
    """A data file that cannot be used; the message names the file and the problem."""


@cache
def packs_dir() -> Path:
    """The `rules/` folder: bundled in the wheel as `newslint/_packs`, or the source checkout's."""
    bundled = Path(__file__).with_name("_packs")
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parents[2] / "rules"


def load_yaml(path: Path) -> Any:
    import yaml  # imported on first use: a cached run need not pay for it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml is ~10x faster when present
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=loader)  # noqa: S506 - a safe loader
    except OSError as exc:
        raise DataError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 (byte {exc.start})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise DataError(f"{path}{where}: invalid YAML: {problem}") from exc


def shipped_as(name: str, shape: type[T]) -> T:
    """A shipped data file as the dataclass `shape` (its keys checked). Shipped files are not
    edited by users, so their types are checked by the test suite with pydantic
    (tests/test_shipped_data.py) rather than on every run."""
    raw = shipped(name)
    try:
        if not isinstance(raw, dict):
            raise TypeError("expected a mapping")
        return shape(**raw)
    except (TypeError, ValueError) as exc:
        raise DataError(f"{packs_dir() / name}: {exc}") from exc


@cache
def shipped(name: str) -> Any:
    """A shipped data file by name, e.g. `shipped("data/agencies.yaml")`, parsed once per process.
    The parsed value is kept in the user cache too (as JSON, for this file's size and mtime):
    a new process then needs no YAML parser."""
    from .storage import user_records

    path = packs_dir() / name
    try:
        stat = path.stat()
        key = user_records.key_of(f"{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    except OSError:
        return load_yaml(path)  # which names the problem
    found = user_records.read("shipped", key)
    if isinstance(found, dict) and "value" in found:
        return found["value"]
    value = load_yaml(path)
    if _json_safe(value):
        user_records.write("shipped", key, {"value": value})
    return value


@cache
def calendar_names() -> frozenset[str]:
    """The days of the week and the months, as the shipped calendar pack spells them ("Monday")."""
    return frozenset(shipped("data/names/calendar.yaml")["names"])


def _json_safe(value: Any) -> bool:
    """Whether JSON gives back exactly this value (YAML can hold dates, or keys that are not text)."""
    import json

    try:
        return json.loads(json.dumps(value)) == value
    except (TypeError, ValueError):
        return False
