"""Every switch of Python's garbage collector, in one place.

newslint makes a great many short-lived objects and almost no reference cycles, and loads data
(word lists, gazetteer, compiled patterns) that lives as long as the process. So: the collector
is paused while modules load and while a batch is checked, and once a process has checked its
first file, what it has loaded is frozen out of the collector's sight. Figures in
`benchmarks/README.md`.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_settled_in = 0  # the process that last settled the collector (a forked worker starts its own)


def _nothing() -> None:
    return None


@contextmanager
def paused(freeze_after: bool = False) -> Iterator[Callable[[], None]]:
    """No collection inside the block (one at most after it, as usual). Yields a function that
    switches the collector back on early (a batch that turns out huge); `freeze_after` freezes
    what exists at the end of the block (the modules loaded at start-up)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield gc.enable if collecting else _nothing
    finally:
        if freeze_after:
            gc.freeze()
        if collecting:
            gc.enable()


def settle_once() -> None:
    """After this process's first file its loaded data is frozen, and young collections are
    made rarer; a forked worker does it again for itself."""
    if _settled_in != os.getpid():
        _settle()


def _settle() -> None:
    global _settled_in
    _settled_in = os.getpid()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, 10_000), middle, old)


def settled_here() -> bool:
    """Whether this process has settled its collector."""
    return _settled_in == os.getpid()
