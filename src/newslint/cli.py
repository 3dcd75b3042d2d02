"""The `newslint` command: check, fix, rules, rule CODE.

Exit codes: 0 no findings, 1 findings (or, for fix, files changed), 2 usage/config/input error.

Long on purpose: the subcommands' options, exit codes and one-line errors are the interface other
tools rely on, and they read best side by side (`scan` lives in scan/command.py)."""

from __future__ import annotations

import codecs
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import click

from . import __version__
from .config import ConfigError, LoadedConfig, load_config
from .core.findings import Finding
from .data import DataError
from .formats import NAMES as FORMAT_NAMES
from .packs import PackError
from .registry import RegistryError, Selection, all_rules, find_rule
from .report import FORMATS, renderer
from .report import text as text_report
from .run.check import check_many
from .run.files import FileFilter, discover
from .run.fix import fix_many
from .run.parallel import PARALLEL_FROM, default_jobs, start_workers
from .run.results import FileResult
from .run.results_cache import nothing_cached
from .run.rulesets import rules_for
from .run.settings import STDIN, STDIN_NAME, Settings
from .storage.results_index import CACHE_DIR_NAME

if TYPE_CHECKING:
    from concurrent.futures import Executor  # the process pool is imported only when started

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

# Configuration and usage problems exit 2, like input errors.
click.ClickException.exit_code = EXIT_ERROR
click.UsageError.exit_code = EXIT_ERROR


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _common_options(func):
    options = [
        click.option("--select", multiple=True, help="Only these rules (code prefix or name; comma-separated)."),
        click.option("--ignore", multiple=True, help="Skip these rules (code prefix or name)."),
        click.option("--extend-select", multiple=True, help="Add rules to the selection."),
        click.option("--packs", "pack_dirs", multiple=True, type=click.Path(), help="Extra rule-pack folder."),
        click.option("--vocab", "vocab", multiple=True, type=click.Path(), help="Accepted-word file."),
        click.option("--encoding", default=None, help="Declare the files' encoding (default UTF-8)."),
        click.option(
            "--input-format",
            "fmt",
            type=click.Choice(FORMAT_NAMES),
            default=None,
            help="Read every file as this format (default: by suffix).",
        ),
        click.option(
            "--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes to use (default: all cores)."
        ),
        click.option("--config", "config_path", type=click.Path(), default=None, help="Use this config file."),
        click.option("--isolated", is_flag=True, help="Ignore configuration files."),
        click.option(
            "--skip-non-news",
            is_flag=True,
            help="Pass over named .xml/.json files that are no news item, as a folder walk does (pre-commit).",
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _resolve(config: LoadedConfig, values: Sequence[str]) -> tuple[str, ...]:
    return tuple(config.resolve(v) for v in values)


def _build(
    paths: Sequence[str], opts: dict, *, unsafe_fixes: bool = False, use_cache: bool = False
) -> tuple[Settings, LoadedConfig]:
    """Merge the config file and command-line flags (flags win) into run settings."""
    try:
        config = load_config(list(paths), opts["config_path"], opts["isolated"])
    except ConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    values = config.values
    encoding = opts["encoding"] or values.encoding
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise click.UsageError(f"unknown encoding {encoding!r}") from None
    select = _split(opts["select"]) or tuple(values.select)
    ignore = tuple(values.ignore) + _split(opts["ignore"])
    extend = tuple(values.extend_select) + _split(opts["extend_select"])
    if opts.get("report_unused_suppressions") or values.report_unused_suppressions:
        extend += ("NL902",)
    pack_dirs = _resolve(config, values.packs) + tuple(opts["pack_dirs"])
    vocab = _resolve(config, values.vocab) + tuple(os.path.abspath(v) for v in opts["vocab"])
    cache_dir = None
    if use_cache and values.cache:
        cache_dir = opts.get("cache_dir") or (config.resolve(values.cache_dir) if values.cache_dir else None)
        cache_dir = cache_dir or str(config.root / CACHE_DIR_NAME)
    settings = Settings(
        selection=Selection(select, ignore, extend),
        pack_dirs=pack_dirs,
        unsafe_fixes=unsafe_fixes or values.unsafe_fixes,
        encoding=encoding,
        fmt=opts["fmt"],
        rule_options=json.dumps(values.rules, sort_keys=True, default=str),
        vocab=vocab,
        per_file_ignores=tuple(sorted((k, tuple(v)) for k, v in values.per_file_ignores.items())),
        root=str(config.root),
        cache_dir=cache_dir,
    )
    where = f"{config.path}: " if config.path else ""
    try:
        rules = all_rules(tuple(Path(p) for p in pack_dirs))
        unknown = settings.selection.unknown_entries(rules)
        if unknown:
            raise click.UsageError(f"{where}unknown rule code or name: {', '.join(unknown)}")
        rules_for(settings)
    except (PackError, DataError) as exc:
        raise click.ClickException(str(exc)) from exc
    except RegistryError as exc:
        raise click.ClickException(f"{where}{exc}") from exc
    return settings, config


def _gather(
    paths: Sequence[str], config: LoadedConfig, workers: _Workers | None = None, skip_non_news: bool = False
) -> tuple[list[str], list[FileResult]]:
    filters = FileFilter(
        tuple(config.values.include), tuple(config.values.exclude), str(config.root), sniff_named=skip_non_news
    )
    files: list[str] = []
    problems: list[FileResult] = []
    for item in discover(paths, filters):
        if isinstance(item, FileResult):
            problems.append(item)
            continue
        files.append(item)
        if workers is not None:
            workers.found(len(files))
    return files, problems


def _report_problem(result: FileResult) -> bool:
    """Print a file's error or note on stderr; True when it was an error."""
    if result.error:
        click.echo(f"error: {result.error}", err=True)
        return True
    if result.note:
        click.echo(f"note: {result.note}", err=True)
    return False


def _with_progress(results: Iterator[FileResult], total: int, show: bool) -> Iterator[FileResult]:
    """A progress bar on stderr for long runs at a terminal; never in pre-commit or CI logs."""
    if not show:
        yield from results
        return
    with click.progressbar(length=total, label="Checking", file=sys.stderr) as bar:
        for result in results:
            bar.update(1)
            yield result


def _progress_wanted(total: int, machine_output: bool) -> bool:
    return (
        total >= 50
        and not machine_output
        and sys.stderr.isatty()
        and not os.environ.get("PRE_COMMIT")
        and not os.environ.get("CI")
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """newslint: find and fix the defects that wire copy carries."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_common_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", *FORMATS]),
    default="text",
    show_default=True,
)
@click.option("--output", "-o", "output_file", type=click.Path(dir_okay=False), help="Write the report to a file.")
@click.option("--statistics", is_flag=True, help="Show counts per rule instead of each finding.")
@click.option("--show-fixes", is_flag=True, help="List the fix available for each finding.")
@click.option("--no-source", is_flag=True, help="Do not show the offending line under each finding.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when a terminal).")
@click.option(
    "--baseline", "baseline", type=click.Path(), default=None, help="Report only findings not in this baseline."
)
@click.option("--write-baseline", type=click.Path(), default=None, help="Record today's findings as the baseline.")
@click.option("--report-unused-suppressions", is_flag=True, help="Report suppression comments that suppress nothing.")
@click.option("--no-cache", is_flag=True, help="Check every file, ignoring cached results.")
@click.option(
    "--cache-dir",
    type=click.Path(file_okay=False),
    default=None,
    help=f"Cache folder (default: {CACHE_DIR_NAME} beside the config).",
)
def check(
    paths,
    output_format,
    output_file,
    statistics,
    show_fixes,
    no_source,
    exit_zero,
    color,
    baseline,
    write_baseline,
    no_cache,
    **opts,
) -> None:
    """Report defects in articles (files or folders; `-` reads standard input)."""
    settings, config = _build(paths, opts, use_cache=not no_cache)
    jobs = opts["jobs"] or config.values.jobs or default_jobs()
    with _Workers(jobs, settings) as workers:
        files, problems = _gather(paths, config, workers, opts["skip_non_news"])
        stdin = sys.stdin.buffer.read() if STDIN in files else None
        errors = [p for p in problems if _report_problem(p)]
        findings: list[Finding] = []
        results = check_many(files, settings, jobs, stdin, workers.pool)
        for result in _with_progress(results, len(files), _progress_wanted(len(files), output_format != "text")):
            if _report_problem(result):
                errors.append(result)
            findings.extend(result.findings)
    baseline = baseline or (config.resolve(config.values.baseline) if config.values.baseline else None)
    from .baseline import BaselineError, filter_new
    from .baseline import write_baseline as record_baseline

    try:
        if write_baseline:
            count = record_baseline(write_baseline, findings)
            click.echo(f"Wrote {count} findings to the baseline {write_baseline}.", err=True)
            sys.exit(EXIT_ERROR if errors else EXIT_CLEAN)
        if baseline:
            findings = filter_new(findings, baseline)
    except BaselineError as exc:
        raise click.ClickException(str(exc)) from exc
    out = _open_output(output_file)
    if output_format == "text":
        use_color = (out is sys.stdout and sys.stdout.isatty()) if color is None else color
        if statistics:
            out.write(text_report.statistics(findings))
        else:
            out.write(text_report.render(findings, use_color, not no_source, show_fixes))
        out.write(text_report.summary(findings, len(files), len(errors)) + "\n")
    else:
        rules = rules_for(settings)
        out.write(renderer(output_format)(findings, rules))
    if out is not sys.stdout:
        out.close()
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if findings and not exit_zero else EXIT_CLEAN)


def _open_output(output_file: str | None):
    if not output_file:
        return sys.stdout
    try:
        return open(output_file, "w", encoding="utf-8")  # noqa: SIM115 - closed by the caller
    except OSError as exc:
        raise click.ClickException(f"{output_file}: cannot write: {exc.strerror or exc}") from exc


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_common_options
@click.option("--diff", is_flag=True, help="Show the changes as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes marked unsafe.")
@click.option("--no-cache", is_flag=True, help="Read every file, ignoring cached results.")
@click.option("--cache-dir", type=click.Path(file_okay=False), default=None, help="Cache folder.")
def fix(paths, diff, unsafe_fixes, no_cache, **opts) -> None:
    """Apply safe fixes in place (or show them with --diff)."""
    settings, config = _build(paths, opts, unsafe_fixes=unsafe_fixes, use_cache=not no_cache)
    jobs = opts["jobs"] or config.values.jobs or default_jobs()
    changed = fixed = 0
    remaining: list[Finding] = []
    with _Workers(jobs, settings) as workers:
        files, problems = _gather(paths, config, workers, opts["skip_non_news"])
        stdin = sys.stdin.buffer.read() if STDIN in files else None
        errors = [p for p in problems if _report_problem(p)]
        for result in fix_many(files, settings, jobs, write=not diff, stdin_text=stdin, pool=workers.pool):
            if _report_problem(result):
                errors.append(result)
            if result.changed:
                changed += 1
                fixed += result.fixed
                if diff:
                    _echo_diff(result)
            if result.path == STDIN_NAME and not diff and result.old_text is not None:
                click.echo(result.new_text if result.changed else result.old_text, nl=False)
            remaining.extend(result.findings)
    to_stderr = STDIN in files and not diff
    if not diff and remaining:
        click.echo(text_report.render(remaining, False, False), nl=False, err=to_stderr)
    verb = "Would fix" if diff else "Fixed"
    click.echo(
        f"{verb} {fixed} finding{'s' if fixed != 1 else ''} in {changed} file{'s' if changed != 1 else ''}; "
        f"{len(remaining)} remaining.",
        err=to_stderr,
    )
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if changed or remaining else EXIT_CLEAN)


class _Workers:
    """The worker processes of a run over many files, started as soon as the walk has found
    enough files to share (run.parallel.PARALLEL_FROM), so they warm up while it goes on. Not once
    results for these rules are cached: most of a folder then comes from the cache, unread."""

    def __init__(self, jobs: int, settings: Settings) -> None:
        self.jobs, self.settings = jobs, settings
        self.pool: Executor | None = None

    def found(self, count: int) -> None:
        if count == PARALLEL_FROM and self.jobs > 1 and nothing_cached(self.settings):
            self.pool = start_workers(self.jobs, self.settings)

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def _echo_diff(result: FileResult) -> None:
    import difflib  # only for --diff

    old = (result.old_text or "").splitlines(keepends=True)
    new = (result.new_text or "").splitlines(keepends=True)
    name = result.path.lstrip("/")
    for line in difflib.unified_diff(old, new, f"a/{name}", f"b/{name}"):
        click.echo(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n", nl=False)


def _all(pack_dirs: Sequence[str]):
    try:
        return all_rules(tuple(Path(p) for p in pack_dirs))
    except (PackError, RegistryError, DataError) as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "md"]), default="text")
@click.option("--packs", "pack_dirs", multiple=True, type=click.Path())
def list_rules(output_format, pack_dirs) -> None:
    """List every rule."""
    from .docs import rules_markdown

    rules = _all(pack_dirs)
    if output_format == "json":
        click.echo(json.dumps([r.spec.as_dict() for r in rules], indent=2, ensure_ascii=False))
    elif output_format == "md":
        click.echo(rules_markdown(rules), nl=False)
    else:
        for rule in rules:
            mark = "[*]" if rule.spec.fixable else "   "
            off = "" if rule.spec.default_enabled else " (off by default)"
            click.echo(f"{rule.code}  {mark}  {rule.name:<28} {rule.category:<13} {rule.spec.summary}{off}")


@main.command("rule")
@click.argument("code")
@click.option("--packs", "pack_dirs", multiple=True, type=click.Path())
def show_rule(code, pack_dirs) -> None:
    """Explain one rule (by code or name)."""
    from .docs import rule_text

    rule = find_rule(_all(pack_dirs), code)
    if rule is None:
        raise click.UsageError(f"unknown rule: {code}")
    click.echo(rule_text(rule.spec), nl=False)


from .scan.command import scan_command  # noqa: E402 - the command's module imports nothing heavy

main.add_command(scan_command(_build, _gather, _report_problem))

if __name__ == "__main__":  # pragma: no cover
    main()
