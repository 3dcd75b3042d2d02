"""Reading article files without losing a byte, and writing them back atomically."""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

BINARY_SNIFF = 8192
MAX_BYTES = 256 * 1024 * 1024


class SourceError(Exception):
    """A file that cannot be read or written; the message is one line naming the problem."""

    def __init__(self, path: str, message: str, *, skipped: bool = False) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.skipped = skipped


@dataclass(frozen=True)
class Source:
    path: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False

    def encode(self, text: str) -> bytes:
        data = text.encode(self.encoding)
        return (codecs.BOM_UTF8 + data) if self.bom else data


def decode(path: str, raw: bytes, encoding: str | None = None) -> Source:
    if b"\x00" in raw[:BINARY_SNIFF] and encoding is None:
        raise SourceError(path, "skipped: binary file (contains NUL bytes)", skipped=True)
    bom = raw.startswith(codecs.BOM_UTF8)
    body = raw[3:] if bom else raw
    name = encoding or "utf-8"
    try:
        # No newline translation: CRLF and lone CR stay in the text, so offsets are exact.
        text = body.decode(name)
    except UnicodeDecodeError as exc:
        offset = exc.start + (3 if bom else 0)
        raise SourceError(
            path,
            f"not valid {name} at byte {offset} (0x{body[exc.start]:02x}); "
            "use --encoding to declare the file's encoding",
        ) from exc
    except LookupError as exc:
        raise SourceError(path, f"unknown encoding {name!r}") from exc
    return Source(path, text, name, bom)


def read_source(path: str, encoding: str | None = None) -> Source:
    try:
        if os.path.isdir(path):
            raise SourceError(path, "is a directory")
        size = os.path.getsize(path)
        if size > MAX_BYTES:
            raise SourceError(path, f"skipped: file too large ({size} bytes)", skipped=True)
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError as exc:
        raise SourceError(path, "no such file or directory") from exc
    except PermissionError as exc:
        raise SourceError(path, "permission denied") from exc
    except OSError as exc:
        raise SourceError(path, f"cannot read: {exc.strerror or exc}") from exc
    return decode(path, raw, encoding)


def write_atomically(path: str, data: bytes, expected: bytes | None = None) -> None:
    """Replace the file's contents in one rename, keeping its permissions.

    When `expected` is given and the file no longer holds those bytes (another process changed
    it since we read it), nothing is written and SourceError says so.
    """
    target = Path(path)
    try:
        if expected is not None and target.read_bytes() != expected:
            raise SourceError(path, "changed by another process while being fixed; not written")
        mode = stat.S_IMODE(target.stat().st_mode)
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".newslint", dir=target.parent)
    except SourceError:
        raise
    except OSError as exc:
        raise SourceError(path, f"cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)
        os.replace(temp_name, target)
    except OSError as exc:
        try:
            os.unlink(temp_name)
        except OSError:
            pass
        raise SourceError(path, f"cannot write: {exc.strerror or exc}") from exc
