"""A results cache: unchanged files (same bytes, same rules and settings, same newslint) are not
re-checked. One small JSON file per entry, written atomically, so concurrent runs can share it."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path

from . import __version__
from .data import packs_dir
from .findings import Finding

CACHE_DIR_NAME = ".newslint_cache"


@cache
def _code_and_data_stamp(extra_dirs: tuple[str, ...]) -> str:
    """Sizes and mtimes of newslint's own code, its shipped data and any extra packs: an
    editable install or an edited pack changes the stamp, so stale results are never reused."""
    digest = hashlib.sha256(__version__.encode())
    roots = [Path(__file__).parent, packs_dir(), *map(Path, extra_dirs)]
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".yaml", ".yml", ".txt", ".json", ".tsv") and "__pycache__" not in path.parts:
                stat = path.stat()
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


class ResultCache:
    def __init__(self, folder: str | os.PathLike[str], settings_key: str, extra_dirs: tuple[str, ...] = ()) -> None:
        self.folder = Path(folder)
        self.salt = hashlib.sha256(f"{settings_key}\0{_code_and_data_stamp(extra_dirs)}".encode()).hexdigest()

    def _entry(self, data: bytes, path: str) -> Path:
        key = hashlib.sha256(self.salt.encode() + b"\0" + path.encode() + b"\0" + data).hexdigest()
        return self.folder / key[:2] / f"{key[2:]}.json"

    def get(self, data: bytes, path: str) -> list[Finding] | None:
        try:
            records = json.loads(self._entry(data, path).read_text(encoding="utf-8"))
            return [Finding(**record) for record in records]
        except (OSError, ValueError, TypeError):
            return None  # missing, half-written by a crashed run, or from an older layout

    def put(self, data: bytes, path: str, findings: list[Finding]) -> None:
        entry = self._entry(data, path)
        try:
            entry.parent.mkdir(parents=True, exist_ok=True)
            if not (self.folder / "CACHEDIR.TAG").exists():
                (self.folder / "CACHEDIR.TAG").write_text(
                    "Signature: 8a477f597d28d172789f06886806bc55\n# newslint cache; safe to delete.\n"
                )
                (self.folder / ".gitignore").write_text("*\n")
            payload = json.dumps([_as_dict(f) for f in findings])
            fd, temp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(payload)
            os.replace(temp, entry)
        except OSError:
            pass  # a cache that cannot be written only costs time


def _as_dict(finding: Finding) -> dict:
    return {name: getattr(finding, name) for name in finding.__slots__}
