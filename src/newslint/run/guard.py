"""A bug in one file's work becomes that file's error line, never the end of the run."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar

from . import collector
from .results import FileResult
from .settings import STDIN, STDIN_NAME

T = TypeVar("T")


def guard(path: str, work: Callable[..., T], *args: object, **kwargs: object) -> T | FileResult:
    """A bug anywhere in one file's work (a reader or rule crash, memory running out) becomes one
    error line for that file instead of a traceback that stops the run or kills a worker pool."""
    try:
        return work(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - reported, and the run goes on
        name = STDIN_NAME if path == STDIN else path
        return FileResult(name, error=f"{name}: internal error: {type(exc).__name__}: {exc}")
    finally:
        collector.settle_once()


def guarded(work: Callable[..., FileResult]) -> Callable[..., FileResult]:
    """`work(path, ...)` under `guard`."""

    @wraps(work)
    def run(path: str, *args: object, **kwargs: object) -> FileResult:
        return guard(path, work, path, *args, **kwargs)

    return run
