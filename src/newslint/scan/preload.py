"""What a local cluster's fork server loads before it forks the workers: newslint's rules and
the reference word sets, as a `check` worker loads them before its first batch. Imported for
that side effect only (`multiprocessing`'s forkserver preload takes module names); the workers
are then born warm and share the loaded pages, and the loading overlaps the client's own
start-up instead of delaying each worker's first partition."""

from __future__ import annotations

from ..registry import all_rules
from ..spelling.lookup import compiled
from . import work  # noqa: F401 - what a partition runs

compiled().reference_sets()
all_rules()
