"""What decides a run's results: the rule selection and options, packs, encoding, format."""

from __future__ import annotations

import fnmatch
import json
import os
from pathlib import Path
from typing import NamedTuple

from ..core.diagnostics import Applicability
from ..registry import Selection

STDIN = "-"
STDIN_NAME = "<stdin>"


class Settings(NamedTuple):
    """Everything that decides what a run reports; hashable and picklable, so worker processes
    can rebuild and cache the rule set. (The value types here are named tuples or plain
    classes: declaring dataclasses costs start-up time at every run of the command.)"""

    selection: Selection = Selection()
    pack_dirs: tuple[str, ...] = ()
    unsafe_fixes: bool = False
    encoding: str | None = None
    fmt: str | None = None
    rule_options: str = "{}"  # JSON: {code or name: {option: value}}
    vocab: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    root: str = "."
    cache_dir: str | None = None

    @property
    def allowed(self) -> tuple[Applicability, ...]:
        if self.unsafe_fixes:
            return (Applicability.SAFE, Applicability.UNSAFE)
        return (Applicability.SAFE,)

    def rule_key(self) -> str:
        return json.dumps(
            [
                self.selection.select,
                self.selection.ignore,
                self.selection.extend_select,
                self.pack_dirs,
                self.rule_options,
                self.vocab,
                self.per_file_ignores,
                self.fmt,
                self.encoding,
            ],
            sort_keys=True,
        )

    def ignored_for(self, path: str) -> tuple[str, ...]:
        if not self.per_file_ignores or path == STDIN_NAME:
            return ()
        try:
            relative = Path(os.path.abspath(path)).relative_to(Path(self.root).resolve()).as_posix()
        except ValueError:
            relative = Path(path).as_posix()
        codes: list[str] = []
        for pattern, ignored in self.per_file_ignores:
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(Path(relative).name, pattern):
                codes.extend(ignored)
        return tuple(codes)
