"""Reading article files without losing a byte, and writing them back atomically.

The promises kept here (see tests/PROMISES.md): the text is decoded without newline
translation, so CRLF, lone CR and a missing final newline survive; a UTF-8 BOM is remembered
and written back; undecodable bytes are reported with their byte offset; a write goes to a
temporary file in the target's own folder and is renamed over it, keeping permissions (and,
where allowed, the owner); a symlink is written through, never replaced by a plain file; and
nothing is written when the file changed since it was read.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

try:  # POSIX only: serialises newslint processes writing into the same folder.
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

BINARY_SNIFF = 8192
MAX_BYTES = 256 * 1024 * 1024

# Byte-order marks of encodings that are not UTF-8: such a file is not "binary", it needs --encoding.
_OTHER_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z][\w.-]*)["']""")
_WIRE_FRAMING = (b"\x01", b"\x16")  # SOH, SYN: the first byte of a wire transmission

_UNICODE_BOMS = {
    "utf-16": ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")),
    # utf-32's little-endian mark begins with utf-16's, so the two families are looked up apart.
    "utf-32": ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be")),
}


class SourceError(Exception):
    """A file that cannot be read or written; the message is one line naming the problem."""

    def __init__(self, path: str, message: str, *, skipped: bool = False) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.skipped = skipped


class SourceChanged(SourceError):
    """The file on disk no longer holds the bytes we read: someone else wrote it meanwhile."""


class Source(NamedTuple):  # a named tuple: cheaper to declare at start-up than a dataclass
    path: str
    text: str
    encoding: str = "utf-8"
    bom: bool = False
    prefix: bytes = b""  # the byte-order mark read from the file, written back as it was

    def encode(self, text: str) -> bytes:
        try:
            data = text.encode(self.encoding)
        except UnicodeEncodeError as exc:
            bad = exc.object[exc.start : exc.end]
            raise SourceError(
                self.path, f"the fixed text has {bad!r}, which {self.encoding} cannot encode; not written"
            ) from exc
        if self.prefix:
            return self.prefix + data
        return (codecs.BOM_UTF8 + data) if self.bom else data


def _codec_name(encoding: str, path: str) -> str:
    try:
        return codecs.lookup(encoding).name
    except LookupError as exc:
        raise SourceError(path, f"unknown encoding {encoding!r}") from exc


def decode(path: str, raw: bytes, encoding: str | None = None) -> Source:
    if encoding is None:
        for mark, name in _OTHER_BOMS:
            if raw.startswith(mark):
                raise SourceError(path, f"looks like {name} (byte-order mark); use --encoding {name}")
        if b"\x00" in raw[:BINARY_SNIFF]:
            raise SourceError(path, "skipped: binary file (contains NUL bytes)", skipped=True)
    name, prefix = _with_bom(_codec_name(encoding or "utf-8", path), raw)
    body = raw[len(prefix) :]
    try:
        # No newline translation: CRLF and lone CR stay in the text, so offsets are exact.
        text = body.decode(name)
    except UnicodeDecodeError as exc:
        if encoding is None and raw[:1] in _WIRE_FRAMING:
            # Byte-framed wire copy (IPTC 7901, ANPA) is sent in 8-bit Latin-1, not UTF-8.
            return Source(path, raw.decode("latin-1"), "latin-1", False, b"")
        declared = _XML_ENCODING.match(raw) if encoding is None else None
        if declared is not None:  # XML says how it is encoded: believe it
            return decode(path, raw, declared.group(1).decode("ascii"))
        offset = exc.start + len(prefix)
        hint = "" if encoding else "; use --encoding to declare the file's encoding"
        raise SourceError(path, f"not valid {name} at byte {offset} (0x{body[exc.start]:02x}){hint}") from exc
    return Source(path, text, name, prefix == codecs.BOM_UTF8, prefix)


def _with_bom(name: str, raw: bytes) -> tuple[str, bytes]:
    """The exact codec and the byte-order mark to strip now and write back later.

    Codecs that add or guess a BOM themselves ("utf-8-sig", "utf-16") are pinned to the byte
    order the file actually has, so writing never adds, drops or flips a BOM.
    """
    if name in ("utf-8", "utf-8-sig"):
        return "utf-8", codecs.BOM_UTF8 if raw.startswith(codecs.BOM_UTF8) else b""
    marks = _UNICODE_BOMS.get(name)
    if marks is None:
        return name, b""
    for mark, exact in marks:
        if raw.startswith(mark):
            return exact, mark
    return f"{name}-le", b""  # what Python's codec assumes when there is no mark
    return name, b""


def read_source(path: str, encoding: str | None = None) -> Source:
    return read_source_bytes(path, encoding)[0]


# Opening never blocks (a FIFO named on the command line is refused after the open, not hung on).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_source_bytes(path: str, encoding: str | None = None) -> tuple[Source, bytes]:
    """The file decoded, and its bytes as read (for content hashes and the unchanged-since-read
    check of a fix). One open, one fstat and one read: this runs once per file of an archive."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise SourceError(path, "is a directory")
            if not stat.S_ISREG(info.st_mode):
                # A FIFO or device would block or never end; standard input is read with `-`.
                raise SourceError(path, "not a regular file (use `-` to read standard input)")
            if info.st_size > MAX_BYTES:
                raise SourceError(path, f"skipped: file too large ({info.st_size} bytes)", skipped=True)
            raw = _read_all(fd, info.st_size)
        finally:
            os.close(fd)
    except FileNotFoundError as exc:
        broken = os.path.islink(path)
        raise SourceError(path, "broken symbolic link" if broken else "no such file or directory") from exc
    except PermissionError as exc:
        raise SourceError(path, "permission denied") from exc
    except IsADirectoryError as exc:  # where a folder cannot be opened for reading
        raise SourceError(path, "is a directory") from exc
    except OSError as exc:
        raise SourceError(path, f"cannot read: {exc.strerror or exc}") from exc
    return decode(path, raw, encoding), raw


def _read_all(fd: int, size: int) -> bytes:
    """Everything up to the end of the file, even if it grew since fstat (or /proc says 0)."""
    chunks = []
    want = size + 1
    while chunk := os.read(fd, want):
        chunks.append(chunk)
        want = 1 << 20
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on the folder while comparing and replacing a file in it.

    Two `newslint fix` processes on one file (pre-commit runs hooks on overlapping file sets)
    then cannot both pass the "unchanged since read" check before either renames.
    """
    if fcntl is None:
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield  # cannot open the folder for locking: the rename is still atomic
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def write_atomically(path: str, data: bytes, expected: bytes | None = None) -> None:
    """Replace the file's contents in one rename, keeping its permissions.

    When `expected` is given and the file no longer holds those bytes (another process changed
    it since we read it), nothing is written and SourceChanged says so. On any failure the file
    is left exactly as it was and no temporary file remains.
    """
    # Write through a symlink: renaming onto the link itself would turn it into a plain file
    # and leave the article it points at unfixed.
    target = Path(os.path.realpath(path))
    with _folder_lock(target.parent):
        try:
            if expected is not None and target.read_bytes() != expected:
                raise SourceChanged(path, "changed by another process while being fixed; not written")
            info = target.stat()
            if not os.access(target, os.W_OK):
                # Renaming over it would succeed in a writable folder; a read-only article is
                # a "do not touch", so honour it.
                raise SourceError(path, "cannot write: read-only file")
            import tempfile  # only `fix` writes

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
            os.chmod(temp_name, stat.S_IMODE(info.st_mode))
            _keep_owner(temp_name, info)
            os.replace(temp_name, target)
        except BaseException as exc:  # also Ctrl-C: never leave a temporary file behind
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
            if isinstance(exc, OSError):
                raise SourceError(path, f"cannot write: {exc.strerror or exc}") from exc
            raise
        _sync_folder(target.parent)


def _keep_owner(temp_name: str, info: os.stat_result) -> None:
    """Give the new file the old one's owner when we may (as root, or the same user)."""
    if not hasattr(os, "chown"):  # pragma: no cover - Windows
        return
    with contextlib.suppress(OSError):
        current = os.stat(temp_name)
        if (current.st_uid, current.st_gid) != (info.st_uid, info.st_gid):
            os.chown(temp_name, info.st_uid, info.st_gid)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; best effort, since not every file system allows it."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
