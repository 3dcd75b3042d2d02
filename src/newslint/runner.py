"""Per-file work (check or fix) and running it over many files on all cores."""

from __future__ import annotations

import fnmatch
import gc
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial, wraps
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from .cache import ResultCache, content_hash
from .diagnostics import Applicability, Diagnostic
from .document import Document
from .findings import Finding, to_finding
from .linter import lint, lint_many
from .formats import DEFAULT_SUFFIXES, ReaderError, read_document
from .registry import Selection, all_rules, configure_rules, select_rules
from .rule import Rule
from .source import Source, SourceChanged, SourceError, decode, read_source_bytes, write_atomically

if TYPE_CHECKING:
    from concurrent.futures import Executor

T = TypeVar("T")

STDIN = "-"
STDIN_NAME = "<stdin>"


class Settings(NamedTuple):
    """Everything that decides what a run reports; hashable and picklable, so worker processes
    can rebuild and cache the rule set. (The value types here are named tuples or plain
    classes: declaring dataclasses costs milliseconds at every start of the command.)"""

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


_RULES: dict[tuple[Settings, tuple[str, ...]], list[Rule]] = {}


def rules_for(settings: Settings, path: str = STDIN_NAME) -> list[Rule]:
    """The selected, configured rules for one file (per-file ignores applied); built once."""
    ignored = settings.ignored_for(path)
    key = (settings, ignored)  # hashed field by field: cheaper than rule_key() once per file
    if key not in _RULES:
        rules = all_rules(tuple(Path(p) for p in settings.pack_dirs))
        rules = configure_rules(rules, json.loads(settings.rule_options), settings.vocab)
        selection = settings.selection
        if ignored:
            selection = Selection(selection.select, selection.ignore + ignored, selection.extend_select)
        _RULES[key] = select_rules(rules, selection)
    return _RULES[key]


class FileResult:
    """One file's outcome: its findings, or why it was not checked; for `fix`, its texts."""

    __slots__ = ("path", "findings", "error", "note", "changed", "fixed", "new_text", "old_text", "digest")

    def __init__(
        self,
        path: str,
        findings: list[Finding] | None = None,
        error: str | None = None,
        note: str | None = None,
        changed: bool = False,
        fixed: int = 0,
        new_text: str | None = None,
        old_text: str | None = None,
        digest: str | None = None,  # content hash, for the results cache
    ) -> None:
        self.path = path
        self.findings: list[Finding] = [] if findings is None else findings
        self.error = error
        self.note = note
        self.changed = changed
        self.fixed = fixed
        self.new_text = new_text
        self.old_text = old_text
        self.digest = digest

    def _values(self) -> tuple:
        return _FILE_RESULT_VALUES(self)  # type: ignore[no-any-return]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, FileResult):
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={value!r}" for name, value in zip(self.__slots__, self._values(), strict=True))
        return f"FileResult({fields})"


# Every field at once, in C: `_pack` compares each clean file's result with a blank one.
_FILE_RESULT_VALUES = attrgetter(*FileResult.__slots__)


class _FixLinter:
    """The fixer's linter for one file. It keeps the last document it linted with its
    diagnostics: the fixer's last pass lints the text the fixes settle on (for nearly every
    file, the text as read), so what is left to report needs no second parse and lint. It may
    start from the text as read already parsed, and linted too (by a batch)."""

    def __init__(
        self, first: Document, fmt: str | None, rules: Sequence[Rule], diagnostics: list[Diagnostic] | None = None
    ) -> None:
        self.fmt, self.rules = fmt, rules
        self._first = first
        self.last: tuple[Document, list[Diagnostic]] | None = None if diagnostics is None else (first, diagnostics)

    def __call__(self, text: str) -> list[Diagnostic]:
        if self.last is None or self.last[0].file_text != text:
            doc = self._first if self._first.file_text == text else read_document(text, self._first.path, self.fmt)
            self.last = (doc, lint(doc, self.rules))
        doc, found = self.last
        # The fixer edits the file: a wire format's findings go to it through the source map.
        return found if doc.source_map is None else [doc.source_map.diagnostic(d) for d in found]

    def findings_for(self, text: str) -> FileResult | None:
        """The findings of `text` if it was the last text linted."""
        if self.last is None or self.last[0].file_text != text:
            return None
        return _result(*self.last)


def _reader_error(source: Source, exc: ReaderError) -> FileResult:
    where = f":{exc.line}" if exc.line else ""
    where += f":{exc.column}" if exc.line and getattr(exc, "column", None) else ""
    return FileResult(source.path, error=f"{source.path}{where}: {exc}")


def check_source(source: Source, settings: Settings) -> FileResult:
    doc = _parse(source, settings)
    return doc if isinstance(doc, FileResult) else _findings(doc, settings)


def _parse(source: Source, settings: Settings) -> Document | FileResult:
    try:
        return read_document(source.text, source.path, settings.fmt)
    except ReaderError as exc:
        return _reader_error(source, exc)


def _findings(doc: Document, settings: Settings) -> FileResult:
    return _result(doc, lint(doc, rules_for(settings, doc.path)))


def _result(doc: Document, diagnostics: list[Diagnostic]) -> FileResult:
    return FileResult(doc.path, [to_finding(doc, d) for d in diagnostics])


def _load(path: str, settings: Settings, stdin_text: bytes | None = None) -> tuple[Source, bytes] | FileResult:
    try:
        if path == STDIN:
            raw = stdin_text or b""
            return decode(STDIN_NAME, raw, settings.encoding), raw
        return read_source_bytes(path, settings.encoding)
    except SourceError as exc:
        if exc.skipped:
            return FileResult(path, note=str(exc))
        return FileResult(path, error=str(exc))


def _guard(path: str, work: Callable[..., T], *args: object, **kwargs: object) -> T | FileResult:
    """A bug anywhere in one file's work (a reader or rule crash, memory running out) becomes one
    error line for that file instead of a traceback that stops the run or kills a worker pool."""
    try:
        return work(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - reported, and the run goes on
        name = STDIN_NAME if path == STDIN else path
        return FileResult(name, error=f"{name}: internal error: {type(exc).__name__}: {exc}")
    finally:
        if _settled_in != os.getpid():
            _settle_collector()


def _guarded(work: Callable[..., FileResult]) -> Callable[..., FileResult]:
    @wraps(work)
    def run(path: str, *args: object, **kwargs: object) -> FileResult:
        return _guard(path, work, path, *args, **kwargs)

    return run


_settled_in = 0  # the process that last settled the collector (a forked worker starts its own)


def _settle_collector() -> None:
    """Once a process has checked its first file, the rules' data (word lists, gazetteer,
    compiled patterns) is loaded and lives as long as the process. Freezing it keeps the garbage
    collector from walking those hundreds of thousands of objects again at every full collection
    (a fifth of the CPU of a run over an archive); fewer young collections help as well."""
    global _settled_in
    _settled_in = os.getpid()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, 10_000), middle, old)


@_guarded
def check_path(path: str, settings: Settings, stdin_text: bytes | None = None) -> FileResult:
    loaded = _load(path, settings, stdin_text)
    if isinstance(loaded, FileResult):
        return loaded
    source, raw = loaded
    result = check_source(source, settings)
    # The hash keys the results cache, which keeps only files that could be checked.
    result.digest = content_hash(raw) if settings.cache_dir and result.error is None else None
    return result


# What a batch does with one linted file: (path, source, document, diagnostics, content hash).
Finish = Callable[[str, Source, Document, list[Diagnostic], "str | None"], FileResult]


def check_batch(paths: Sequence[str], settings: Settings, stdin_text: bytes | None = None) -> list[FileResult]:
    """check_path over several files, in phases: read them all, parse them all, then run each
    rule over them all. Each phase keeps its own code and data hot in the processor's caches,
    which costs about a fifth less CPU over an archive than going file by file. Same results,
    same guard per file."""
    return _batch(paths, settings, stdin_text, _checked)


def _checked(path: str, source: Source, doc: Document, diagnostics: list[Diagnostic], digest: str | None) -> FileResult:
    result = _result(doc, diagnostics)
    result.digest = digest
    return result


def _batch(paths: Sequence[str], settings: Settings, stdin_text: bytes | None, finish: Finish) -> list[FileResult]:
    collecting = gc.isenabled()
    # A batch makes a great many short-lived objects and almost no reference cycles: the
    # collector runs once after it instead of every few thousand allocations (5% of the CPU).
    gc.disable()
    try:
        return _lint_batch(paths, settings, stdin_text, finish, collecting)
    finally:
        if collecting:
            gc.enable()


PAUSE_COLLECTOR_UP_TO = 8 * 1024 * 1024  # characters in a batch; a huge article is checked as usual


def _lint_batch(
    paths: Sequence[str], settings: Settings, stdin_text: bytes | None, finish: Finish, collecting: bool = False
) -> list[FileResult]:
    results: list[FileResult | None] = [None] * len(paths)
    loaded: list[tuple[int, Source, bytes]] = []
    for index, path in enumerate(paths):
        outcome = _guard(path, _load, path, settings, stdin_text)
        if isinstance(outcome, FileResult):
            results[index] = outcome
        else:
            loaded.append((index, *outcome))
    if collecting and sum(len(source.text) for _, source, _ in loaded) > PAUSE_COLLECTOR_UP_TO:
        gc.enable()
    parsed: list[tuple[int, Source, Document, str | None]] = []
    for index, source, raw in loaded:
        digest = content_hash(raw) if settings.cache_dir else None
        doc = _guard(paths[index], _parse, source, settings)
        if isinstance(doc, FileResult):
            results[index] = doc
        else:
            parsed.append((index, source, doc, digest))
    loaded.clear()
    raw = b""  # the bytes are not needed past here (a huge file's would double its cost)
    # Rule by rule over the documents that share a rule set (per-file ignores may differ).
    groups: dict[tuple[str, ...], tuple[list[Rule], list[tuple[int, Source, Document, str | None]]]] = {}
    for member in parsed:
        ignored = settings.ignored_for(member[2].path)
        group = groups.get(ignored)
        if group is None:  # once per rule set in a batch: `rules_for` hashes the settings
            group = groups[ignored] = (rules_for(settings, member[2].path), [])
        group[1].append(member)
    for rules, members in groups.values():
        outcome = _guard(paths[members[0][0]], lint_many, [doc for _, _, doc, _ in members], rules)
        for position, (index, source, doc, digest) in enumerate(members):
            path = paths[index]
            if isinstance(outcome, FileResult):  # a bug outside the rules: find its file one by one
                results[index] = _guard(path, _alone, finish, path, source, doc, rules, digest)
            else:
                results[index] = _guard(path, finish, path, source, doc, outcome[position], digest)
    return results  # type: ignore[return-value]  # every index was filled


def _alone(
    finish: Finish, path: str, source: Source, doc: Document, rules: Sequence[Rule], digest: str | None
) -> FileResult:
    return finish(path, source, doc, lint(doc, rules), digest)


def open_cache(settings: Settings) -> ResultCache:
    assert settings.cache_dir is not None
    return ResultCache(settings.cache_dir, settings.rule_key(), settings.pack_dirs)


def nothing_cached(settings: Settings) -> bool:
    """Whether no results are cached for this rule set yet (the cache is off, or this is a first
    run): every file will be checked."""
    return settings.cache_dir is None or not open_cache(settings).index_dir.is_dir()


def _cached_lookup(cache: ResultCache, path: str) -> list[Finding] | None:
    hit = cache.lookup(path)
    if hit is None and cache.knows(path):
        # Touched (mtime changed) but maybe not edited: compare the bytes' hash.
        try:
            hit = cache.lookup_content(path, content_hash(Path(path).read_bytes()))
        except OSError:
            hit = None
    return hit


def _run_with_cache(
    paths: Sequence[str],
    settings: Settings,
    jobs: int,
    worker: Callable[[str], FileResult],
    reusable: Callable[[list[Finding]], bool],
    store: bool = True,
    batch_worker: Callable[[Sequence[str]], list[FileResult]] | None = None,
    pool: Executor | None = None,
) -> Iterator[FileResult]:
    """Results for `paths` in order: cached ones (when `reusable`) unread, the rest from `worker`
    on `jobs` processes; new results go into the cache."""
    cache = open_cache(settings) if settings.cache_dir else None
    known: dict[int, FileResult] = {}
    todo: list[str] = []
    for index, path in enumerate(paths):
        hit = _cached_lookup(cache, path) if cache is not None and path != STDIN else None
        if hit is not None and reusable(hit):
            known[index] = FileResult(path, hit)
        else:
            todo.append(path)
    computed = run_many(worker, todo, jobs, batch_worker, pool)
    try:
        for index, path in enumerate(paths):
            if index in known:
                yield known[index]
                continue
            result = next(computed)
            if cache is not None and store and result.digest and result.error is None and path != STDIN:
                cache.store(path, result.digest, result.findings)
            yield result
    finally:
        if cache is not None:
            cache.save()


def check_many(
    paths: Sequence[str], settings: Settings, jobs: int, stdin_text: bytes | None = None,
    pool: Executor | None = None,
) -> Iterator[FileResult]:
    """check_path over many files, in order; unchanged files come from the cache unread."""
    worker = partial(check_path, settings=settings, stdin_text=stdin_text)
    batch = partial(check_batch, settings=settings, stdin_text=stdin_text)
    return _run_with_cache(paths, settings, jobs, worker, reusable=lambda hit: True, batch_worker=batch, pool=pool)


WRITE_ATTEMPTS = 3


@_guarded
def fix_path(
    path: str, settings: Settings, write: bool = True, stdin_text: bytes | None = None,
    linted: tuple[Document, list[Diagnostic]] | None = None,
) -> FileResult:
    """Fix one file. When another process rewrites it while we work (pre-commit hooks, an
    editor), start again from its new contents, so nobody's change is overwritten. `linted`:
    a document already linted, with its diagnostics, used if the file still holds its text."""
    for _attempt in range(WRITE_ATTEMPTS):
        result = _fix_once(path, settings, write, stdin_text, linted)
        if not isinstance(result, SourceChanged):
            return result
    return FileResult(path, error=str(result))


def _fix_once(
    path: str, settings: Settings, write: bool, stdin_text: bytes | None,
    linted: tuple[Document, list[Diagnostic]] | None = None,
) -> FileResult | SourceChanged:
    loaded = _load(path, settings, stdin_text)
    if isinstance(loaded, FileResult):
        return loaded
    source, raw = loaded
    rules = rules_for(settings, source.path)
    if linted is not None and linted[0].file_text == source.text:
        linter = _FixLinter(linted[0], settings.fmt, rules, linted[1])
    else:
        try:
            linter = _FixLinter(read_document(source.text, source.path, settings.fmt), settings.fmt, rules)
        except ReaderError as exc:
            return _reader_error(source, exc)
    from .fixer import fix_text  # only `fix` needs it

    outcome = fix_text(source.text, linter, settings.allowed)
    # The text as read travels back from a worker only where it is shown: in a diff, or echoed
    # for standard input (an archive's unchanged articles would cross as a copy of the archive).
    result = FileResult(source.path, old_text=source.text if path == STDIN else None)
    if not outcome.converged:
        result.error = f"{source.path}: fixes not applied: {outcome.reason}; file left unchanged"
    elif outcome.text != source.text:
        result.changed = True
        result.old_text = source.text
        result.fixed = outcome.applied
        result.new_text = outcome.text
        try:
            data = source.encode(outcome.text)  # may fail under --encoding: then nothing is written
            if write and path != STDIN:
                write_atomically(path, data, expected=raw)
        except SourceChanged as exc:
            return exc
        except SourceError as exc:
            result.error = str(exc)
            result.changed = False
            result.new_text = None
    final = source._replace(text=result.new_text or source.text)
    remaining = linter.findings_for(final.text) or check_source(final, settings)
    result.findings = remaining.findings
    if settings.cache_dir and not result.error:
        result.digest = content_hash(final.encode(final.text))
    if remaining.error and not result.error:
        result.error = remaining.error
    return result


def fix_batch(
    paths: Sequence[str], settings: Settings, write: bool = True, stdin_text: bytes | None = None
) -> list[FileResult]:
    """fix_path over several files. They are read, parsed and linted a batch at a time, as
    `check_batch` does, and nearly every file of an archive has nothing to fix: its findings
    are the batch's. A file with something to fix goes to fix_path, which reads it again, so an
    edit saved meanwhile is never overwritten. A lone file goes there directly."""
    if len(paths) == 1:
        return [fix_path(paths[0], settings, write, stdin_text)]
    return _batch(paths, settings, stdin_text, partial(_fixed, settings=settings, write=write, stdin_text=stdin_text))


def _fixed(
    path: str, source: Source, doc: Document, diagnostics: list[Diagnostic], digest: str | None, *,
    settings: Settings, write: bool, stdin_text: bytes | None,
) -> FileResult:
    from .fixer import select_fixes  # only `fix` needs it

    if select_fixes(diagnostics, settings.allowed):
        return fix_path(path, settings, write, stdin_text, linted=(doc, diagnostics))
    result = _checked(path, source, doc, diagnostics, digest)
    result.old_text = source.text if path == STDIN else None  # echoed for standard input
    return result


def fix_many(
    paths: Sequence[str], settings: Settings, jobs: int, write: bool = True, stdin_text: bytes | None = None,
    pool: Executor | None = None,
) -> Iterator[FileResult]:
    """fix_path over many files, in order. A file the cache knows to be unchanged and to have
    nothing fixable is not read; what a fix leaves behind is cached for the next `check`."""
    allowed = {a.value for a in settings.allowed}

    def nothing_to_fix(hit: list[Finding]) -> bool:
        return not any(f.fix and f.fix["applicability"] in allowed for f in hit)

    worker = partial(fix_path, settings=settings, write=write, stdin_text=stdin_text)
    batch = partial(fix_batch, settings=settings, write=write, stdin_text=stdin_text)
    return _run_with_cache(
        paths, settings, jobs, worker, reusable=nothing_to_fix, store=write, batch_worker=batch, pool=pool
    )


class FileFilter:
    """Which files a folder walk takes: by suffix or `include` globs, minus `exclude` globs."""

    def __init__(self, include: tuple[str, ...] = (), exclude: tuple[str, ...] = (), root: str = ".") -> None:
        self.include = include
        self.exclude = exclude
        self.root = root
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
            if not filters.included(candidate) or filters.excluded(candidate):
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


# Below this many files a run stays in one process: each worker pays the data loading and
# first-time work (about 0.1 s) that one process pays once, and a few files do not repay it
# (measured on Reuters: 100 to 200 articles take as long either way, 400 a third less on two).
PARALLEL_FROM = 160
BATCH = 256  # files a worker takes at a time (at most)


def run_many(
    worker: Callable[[str], FileResult],
    paths: Sequence[str],
    jobs: int,
    batch_worker: Callable[[Sequence[str]], list[FileResult]] | None = None,
    pool: Executor | None = None,
) -> Iterator[FileResult]:
    """Results in the order of `paths`, computed on `jobs` processes when there are enough of
    them (in `pool` when one was started for the run); by `batch_worker` a batch of files at a
    time when given, else by `worker` file by file."""
    if jobs < 2 or len(paths) < PARALLEL_FROM:
        if batch_worker is None:
            yield from map(worker, paths)
            return
        for start in range(0, len(paths), BATCH):
            yield from batch_worker(paths[start : start + BATCH])
        return
    size = max(1, min(BATCH, len(paths) // (jobs * 4)))
    if batch_worker is None:
        from concurrent.futures import ProcessPoolExecutor  # only runs over many files pay for it

        with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as own_pool:
            yield from own_pool.map(worker, paths, chunksize=size)
        return
    batches = [paths[start : start + size] for start in range(0, len(paths), size)]
    if pool is not None:
        yield from _in_pool(pool, batch_worker, batches, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=min(jobs, len(paths))) as own_pool:
        yield from _in_pool(own_pool, batch_worker, batches, jobs)


def _in_pool(
    pool: Executor, batch_worker: Callable[[Sequence[str]], list[FileResult]], batches: list[Sequence[str]],
    jobs: int = 2,
) -> Iterator[FileResult]:
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    try:
        for batch, packed in zip(batches, pool.map(partial(_packed, batch_worker), batches), strict=True):
            yield from _unpacked(batch, packed)
            done += 1
    except BrokenProcessPool:
        yield from _after_a_worker_died(batch_worker, batches[done:], jobs)


def _unpacked(batch: Sequence[str], packed: list[FileResult | str | None]) -> Iterator[FileResult]:
    for path, item in zip(batch, packed, strict=True):
        yield item if isinstance(item, FileResult) else FileResult(path, digest=item)


def _after_a_worker_died(
    batch_worker: Callable[[Sequence[str]], list[FileResult]], batches: list[Sequence[str]], jobs: int
) -> Iterator[FileResult]:
    """A worker was killed (out of memory, say, or by a crash in compiled code), and with it the
    pool. The file to blame is in one of the batches that were running or queued: each is
    checked again in a process of its own, file by file if it kills that one too, so that file
    gets an error line; the batches after them go to a new pool."""
    suspects, rest = batches[: jobs + 1], batches[jobs + 1 :]
    for batch in suspects:
        packed = _in_own_process(batch_worker, batch)
        if packed is not None:
            yield from _unpacked(batch, packed)
            continue
        for path in batch:
            alone = _in_own_process(batch_worker, [path])
            if alone is not None:
                yield from _unpacked([path], alone)
            else:
                yield FileResult(path, error=f"{path}: the process checking it was killed (out of memory?)")
    if rest:
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from _in_pool(pool, batch_worker, rest, jobs)


def _in_own_process(
    batch_worker: Callable[[Sequence[str]], list[FileResult]], batch: Sequence[str]
) -> list[FileResult | str | None] | None:
    """The batch's packed results from a fresh process; None if that process died too."""
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    with ProcessPoolExecutor(max_workers=1) as pool:
        try:
            return pool.submit(_packed, batch_worker, batch).result()
        except BrokenProcessPool:
            return None


def start_workers(jobs: int, settings: Settings) -> Executor:
    """A process pool whose workers load what checking needs (word lists, compiled patterns)
    while this process is still finding the files, so a run over a folder starts warm."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs)
    for _ in range(jobs):
        pool.submit(warm_up, settings)
    return pool


def warm_up(settings: Settings) -> None:
    """Build the rule set and load the reference word sets: workers exist only for runs over
    many files, which the sets repay. Rules' patterns are left to compile on first need: doing
    it ahead for every rule (and importing ftfy) cost more than it saved (Reuters folder, six
    alternating runs: 1.98 s with this warm-up, 2.08 s with the patterns too, 2.12 s without
    the sets)."""
    from .spelling.store import compiled

    compiled().reference_sets()
    rules_for(settings)


def _packed(
    batch_worker: Callable[[Sequence[str]], list[FileResult]], batch: Sequence[str]
) -> list[FileResult | str | None]:
    """A worker's results with each clean file reduced to its content hash (or None): most
    files of an archive have nothing to report, and sending their empty results between
    processes costs more than checking them."""
    return [_pack(path, result) for path, result in zip(batch, batch_worker(batch), strict=True)]


def _pack(path: str, result: FileResult) -> FileResult | str | None:
    return result.digest if result == FileResult(path, digest=result.digest) else result


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1
