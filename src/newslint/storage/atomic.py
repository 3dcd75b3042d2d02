"""The one temp-file-then-rename write for newslint's own files (caches and records)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from itertools import count
from pathlib import Path

_serial = count()


def write_atomically(target: str | os.PathLike[str], data: bytes | Iterable[bytes]) -> None:
    """Replace `target` with `data` in one rename: a reader sees the old file or the new one,
    never half of it. The temporary file sits in the same folder (a rename does not cross file
    systems) and never stays behind. Raises OSError. (No `tempfile`: its import would be paid
    at the start of a check that writes a cache.)"""
    target = Path(target)
    temp = target.with_name(f".{target.name}.{os.getpid()}.{next(_serial)}.tmp")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, bytes):
                handle.write(data)
            else:
                handle.writelines(data)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
