"""Small JSON records in the user cache folder (`$XDG_CACHE_HOME/newslint`, else `~/.cache`):
work that depends only on a file's exact bytes, kept so the next process need not redo it.

Best effort: a missing, unwritable or corrupt cache only means the work is done again.
"""

from __future__ import annotations

import json
import os
from hashlib import blake2b
from pathlib import Path
from typing import Any

from .. import __version__
from .atomic import write_atomically
from .folders import user_cache_dir

KEEP = 200  # records kept per kind; the oldest go first


def _folder(kind: str) -> Path | None:
    base = user_cache_dir()
    return None if base is None else base / kind


def key_of(*parts: bytes) -> str:
    """A record name for these inputs and this newslint version."""
    digest = blake2b(__version__.encode(), digest_size=16)
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.hexdigest()


def read(kind: str, key: str) -> Any:
    folder = _folder(kind)
    if folder is None:
        return None
    try:
        with open(folder / f"{key}.json", encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def write(kind: str, key: str, value: Any) -> None:
    """Store `value` atomically (temp file + rename), then trim the folder to the newest KEEP."""
    folder = _folder(kind)
    if folder is None:
        return
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        return  # not representable: simply not cached
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(folder / f"{key}.json", text.encode("utf-8"))
        _trim(folder)
    except OSError:
        pass


def _trim(folder: Path) -> None:
    records = []
    for entry in os.scandir(folder):
        try:
            records.append((entry.stat().st_mtime, entry.path))
        except OSError:
            continue
    for _, path in sorted(records, reverse=True)[KEEP:]:
        try:
            os.unlink(path)
        except OSError:
            pass
