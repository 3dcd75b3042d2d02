"""A results cache: unchanged files (same bytes, same rules and settings, same newslint) are not
re-checked.

One index per rule set, mapping each path to its size, mtime, content hash and findings. A file
whose size and mtime match is taken from the index without being read; one whose stat changed
but whose content hash matches is reused too. The index is split into SHARDS files by a hash of
the path, each read on first need: a pre-commit run over one article in a repository of a
million reads and rewrites one small file, not the whole index. A shard is rewritten atomically
(temp file + rename) after merging what is on disk, so concurrent runs that share the folder can
at worst lose each other's new entries, never corrupt them.
"""

from __future__ import annotations

import json
import os
from functools import cache
from hashlib import blake2b, sha256
from pathlib import Path
from typing import Any, NamedTuple

from .. import __version__
from .atomic import write_atomically

CACHE_DIR_NAME = ".newslint_cache"
LAYOUT = 2  # 2: the index split into shards
SHARDS = 256  # files per index; a path's shard is the first byte of its hash


@cache
def _code_and_data_stamp(data_dirs: tuple[str, ...]) -> str:
    """Sizes and mtimes of newslint's own code and of the data folders given (its shipped data,
    any extra packs): an editable install or an edited pack changes the stamp, so stale results
    are never reused."""
    digest = sha256(f"{__version__}:{LAYOUT}".encode())
    for root in [Path(__file__).parents[1], *map(Path, data_dirs)]:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def content_hash(data: bytes) -> str:
    return blake2b(data, digest_size=16).hexdigest()


def _as_dict(finding: NamedTuple) -> dict:
    return finding._asdict()


def _shard_of(key: str) -> str:
    return blake2b(key.encode(), digest_size=1).hexdigest()


class ResultCache:
    def __init__(
        self, folder: str | os.PathLike[str], settings_key: str, data_dirs: tuple[str, ...], record: type[Any]
    ) -> None:
        """`record`: the named tuple each finding is stored as (its fields) and read back into."""
        self.folder = Path(folder)
        self.record = record
        salt = sha256(f"{settings_key}\0{_code_and_data_stamp(data_dirs)}".encode()).hexdigest()
        self.index_dir = self.folder / f"results-{salt[:24]}"
        self._read_shards: dict[str, dict[str, list]] = {}
        self.fresh: dict[str, dict[str, list]] = {}  # shard -> new entries
        self._keys: dict[str, str] = {}

    def _read(self, shard: str) -> dict[str, list]:
        try:
            data = json.loads((self.index_dir / f"{shard}.json").read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}  # missing, or unreadable: start over

    def _entry(self, key: str) -> list | None:
        shard = _shard_of(key)
        entries = self._read_shards.get(shard)
        if entries is None:
            entries = self._read_shards[shard] = self._read(shard)
        return entries.get(key)

    def _key(self, path: str) -> str:
        key = self._keys.get(path)  # asked up to three times per file: look-up, hash check, store
        if key is None:
            key = self._keys[path] = os.path.abspath(path)
        return key

    def lookup(self, path: str) -> list[Any] | None:
        """Findings for an unchanged file, judged by size and mtime alone (no read)."""
        entry = self._entry(self._key(path))
        if entry is None:
            return None
        try:
            stat = os.stat(path)
        except OSError:
            return None
        size, mtime, _digest, findings = entry
        if stat.st_size != size or stat.st_mtime_ns != mtime:
            return None
        return self._findings(findings)

    def knows(self, path: str) -> bool:
        return self._entry(self._key(path)) is not None

    def lookup_content(self, path: str, digest: str) -> list[Any] | None:
        """Findings for a file whose stat changed but whose bytes did not."""
        entry = self._entry(self._key(path))
        if entry is None or entry[2] != digest:
            return None
        found = self._findings(entry[3])
        if found is not None:
            self.store(path, digest, found)  # remember the new mtime
        return found

    def _findings(self, records: list) -> list[Any] | None:
        try:
            return [self.record(**record) for record in records]
        except TypeError:
            return None

    def store(self, path: str, digest: str, findings: list[Any]) -> None:
        try:
            stat = os.stat(path)
        except OSError:
            return
        key = self._key(path)
        entry = [stat.st_size, stat.st_mtime_ns, digest, [_as_dict(f) for f in findings]]
        self.fresh.setdefault(_shard_of(key), {})[key] = entry

    def save(self) -> None:
        """Write the shards that have new entries, each merged with what is on disk now (another
        run may have saved since this one read it). A cache that cannot be written only costs
        time."""
        if not self.fresh:
            return
        try:
            self.index_dir.mkdir(parents=True, exist_ok=True)
            tag = self.folder / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# newslint cache; safe to delete.\n")
                (self.folder / ".gitignore").write_text("*\n")
            for stale in self.folder.glob("results-*.json"):  # layout 1: one file per rule set
                stale.unlink(missing_ok=True)
        except OSError:
            return
        for shard, fresh in self.fresh.items():
            merged = self._read(shard)
            merged.update(fresh)
            if self._write(shard, merged):
                self._read_shards[shard] = merged
        self.fresh = {}

    def _write(self, shard: str, entries: dict[str, list]) -> bool:
        try:
            # dumps, not dump: json.dump streams through the pure-Python encoder.
            data = json.dumps(entries, separators=(",", ":")).encode("utf-8")
            write_atomically(self.index_dir / f"{shard}.json", data)
            return True
        except OSError:
            return False
