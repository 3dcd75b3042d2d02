"""Which files a run takes: a deterministic walk of the folders named, filtered by suffix or globs."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..formats import DEFAULT_SUFFIXES, walk_takes
from .results import FileResult
from .settings import STDIN


class FileFilter:
    """Which files a folder walk takes: by suffix or `include` globs, minus `exclude` globs."""

    def __init__(
        self, include: tuple[str, ...] = (), exclude: tuple[str, ...] = (), root: str = ".", sniff_named: bool = False
    ) -> None:
        self.include = include
        self.exclude = exclude
        self.root = root
        # Named files pass the walk's content test too (pre-commit names every staged file).
        self.sniff_named = sniff_named
        # Resolved once: a walk over an archive asks about every file.
        self._root = os.path.realpath(root).rstrip(os.sep) + os.sep

    def _relative(self, path: str) -> str:
        absolute = os.path.abspath(path)
        root = self._root
        if absolute.startswith(root):
            absolute = absolute[len(root) :]
        return absolute.replace(os.sep, "/")

    def excluded(self, path: str | Path) -> bool:
        if not self.exclude:
            return False
        path = str(path)
        relative = self._relative(path)
        name = os.path.basename(path)
        return any(
            fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) or relative.startswith(p.rstrip("/") + "/")
            for p in self.exclude
        )

    def included(self, path: str | Path) -> bool:
        path = str(path)
        if self.include:
            relative = self._relative(path)
            name = os.path.basename(path)
            return any(fnmatch.fnmatch(relative, p) or fnmatch.fnmatch(name, p) for p in self.include)
        return os.path.splitext(path)[1].lower() in DEFAULT_SUFFIXES


def discover(paths: Iterable[str], filters: FileFilter | None = None) -> Iterator[str | FileResult]:
    """Files to check, in a deterministic order. Explicit files are taken whatever their suffix
    (but `exclude` still applies, so pre-commit honours it).

    A file named on the command line is followed even when it is a symlink (the user asked for
    it). A folder walk never leaves the folder: symlinked folders are not entered, and a
    symlink to a file or folder outside it is skipped with a note. A file reached twice (a link
    to a listed file, a path given twice) is visited once, so two workers never fix one file.
    """
    filters = filters or FileFilter()
    seen: set[str] = set()

    def first_visit(real: str) -> bool:
        if real in seen:
            return False
        seen.add(real)
        return True

    for raw in paths:
        if raw == STDIN:
            yield raw
            continue
        path = Path(raw)
        if path.is_dir():
            found = False
            for item in _walk(path, filters):
                found = True
                if isinstance(item, FileResult):
                    yield item
                elif first_visit(item[1]):
                    yield item[0]
            if not found:
                yield FileResult(raw, note=f"{raw}: no articles found")
        elif path.exists():
            if filters.sniff_named and not walk_takes(raw):
                continue
            if not filters.excluded(raw) and first_visit(os.path.realpath(raw)):
                yield raw
        elif path.is_symlink():
            yield FileResult(raw, error=f"{raw}: broken symbolic link")
        else:
            yield FileResult(raw, error=f"{raw}: no such file or directory")


def _walk(folder: Path, filters: FileFilter) -> Iterator[tuple[str, str] | FileResult]:
    """(path, real path) of each article under `folder`, or a note/error for what is skipped;
    folders top-down and names sorted, as `os.walk` would give them, but from `os.scandir`
    entries, which know a symbolic link without a system call per file."""
    root = os.path.realpath(folder)
    pending = [os.fspath(folder)]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=_entry_name)
        except OSError as error:  # unreadable folder: reported, not silently skipped
            yield _unlistable(error)
            continue
        folders = [e for e in entries if _is_folder(e)]
        folders = [e for e in folders if not e.name.startswith(".") and not filters.excluded(e.path)]
        for entry in folders:
            if entry.is_symlink() and not _inside(os.path.realpath(entry.path), root):
                yield FileResult(entry.path, note=f"{entry.path}: skipped: symbolic link to a folder outside {folder}")
        real_current = os.path.realpath(current)  # once per folder, not once per file
        for entry in entries:
            name = entry.name
            if name.startswith(".") or _is_folder(entry):
                continue
            candidate = entry.path
            if not filters.included(candidate) or filters.excluded(candidate) or not walk_takes(candidate):
                continue
            if entry.is_symlink():
                real = os.path.realpath(candidate)
                if not os.path.exists(real):
                    yield FileResult(candidate, note=f"{candidate}: skipped: broken symbolic link")
                    continue
                if not _inside(real, root):
                    yield FileResult(candidate, note=f"{candidate}: skipped: symbolic link to outside {folder}")
                    continue
                yield candidate, real
            else:
                yield candidate, os.path.join(real_current, name)
        # Linked folders are not entered; the rest in name order (a stack, so pushed reversed).
        pending.extend(reversed([e.path for e in folders if not e.is_symlink()]))


def _entry_name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()  # follows a link, as os.walk does
    except OSError:
        return False


def _inside(real: str, root: str) -> bool:
    return real == root or real.startswith(root.rstrip(os.sep) + os.sep)


def _unlistable(error: OSError) -> FileResult:
    where = error.filename or "?"
    return FileResult(str(where), error=f"{where}: cannot list folder: {error.strerror or error}")
