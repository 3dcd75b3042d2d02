"""A results cache: unchanged files (same bytes, same rules and settings, same newslint) are not
re-checked.

One index file per rule set, mapping each path to its size, mtime, content hash and findings.
A file whose size and mtime match is taken from the index without being read; one whose stat
changed but whose content hash matches is reused too. The index is rewritten atomically (temp
file + rename) after merging what is on disk, so concurrent runs that share the folder can at
worst lose each other's new entries, never corrupt them.
"""

from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

from . import __version__
from .data import packs_dir
from .digests import blake2b, sha256
from .findings import Finding

CACHE_DIR_NAME = ".newslint_cache"
LAYOUT = 1


@cache
def _code_and_data_stamp(extra_dirs: tuple[str, ...]) -> str:
    """Sizes and mtimes of newslint's own code, its shipped data and any extra packs: an
    editable install or an edited pack changes the stamp, so stale results are never reused."""
    digest = sha256(f"{__version__}:{LAYOUT}".encode())
    for root in [Path(__file__).parent, packs_dir(), *map(Path, extra_dirs)]:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                stat = path.stat()
                digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def content_hash(data: bytes) -> str:
    return blake2b(data, digest_size=16).hexdigest()


def _as_dict(finding: Finding) -> dict:
    return finding._asdict()


class ResultCache:
    def __init__(self, folder: str | os.PathLike[str], settings_key: str, extra_dirs: tuple[str, ...] = ()) -> None:
        self.folder = Path(folder)
        salt = sha256(f"{settings_key}\0{_code_and_data_stamp(extra_dirs)}".encode()).hexdigest()
        self.index_path = self.folder / f"results-{salt[:24]}.json"
        self.entries: dict[str, list] = self._read()
        self.fresh: dict[str, list] = {}

    def _read(self) -> dict[str, list]:
        try:
            data = json.loads(self.index_path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}  # missing, or unreadable: start over

    @staticmethod
    def _key(path: str) -> str:
        return os.path.abspath(path)

    def lookup(self, path: str) -> list[Finding] | None:
        """Findings for an unchanged file, judged by size and mtime alone (no read)."""
        entry = self.entries.get(self._key(path))
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
        return self._key(path) in self.entries

    def lookup_content(self, path: str, digest: str) -> list[Finding] | None:
        """Findings for a file whose stat changed but whose bytes did not."""
        entry = self.entries.get(self._key(path))
        if entry is None or entry[2] != digest:
            return None
        found = self._findings(entry[3])
        if found is not None:
            self.store(path, digest, found)  # remember the new mtime
        return found

    @staticmethod
    def _findings(records: list) -> list[Finding] | None:
        try:
            return [Finding(**record) for record in records]
        except TypeError:
            return None

    def store(self, path: str, digest: str, findings: list[Finding]) -> None:
        try:
            stat = os.stat(path)
        except OSError:
            return
        self.fresh[self._key(path)] = [stat.st_size, stat.st_mtime_ns, digest, [_as_dict(f) for f in findings]]

    def save(self) -> None:
        if not self.fresh:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tag = self.folder / "CACHEDIR.TAG"
            if not tag.exists():
                tag.write_text("Signature: 8a477f597d28d172789f06886806bc55\n# newslint cache; safe to delete.\n")
                (self.folder / ".gitignore").write_text("*\n")
            merged = self._read()  # another run may have saved since we started
            merged.update(self.fresh)
            import tempfile  # only when writing

            fd, temp = tempfile.mkstemp(dir=self.folder, prefix=".results-", suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(merged, handle, separators=(",", ":"))
            os.replace(temp, self.index_path)
            self.entries, self.fresh = merged, {}
        except OSError:
            pass  # a cache that cannot be written only costs time
