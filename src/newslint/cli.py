"""The `newslint` command: check, fix, rules, rule CODE.

Exit codes: 0 no findings, 1 findings (or, for fix, files changed), 2 usage/config/input error.
"""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Sequence
from functools import partial

import click

from . import __version__
from .data import DataError
from .docs import rule_text, rules_markdown
from .findings import Finding
from .packs import PackError
from .registry import RegistryError, Selection, all_rules, find_rule
from .report import FORMATS
from .report import text as text_report
from .runner import (
    STDIN,
    STDIN_NAME,
    FileResult,
    Settings,
    check_path,
    default_jobs,
    discover,
    fix_path,
    rules_for,
    run_many,
)

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _split(values: Sequence[str]) -> tuple[str, ...]:
    return tuple(part.strip() for value in values for part in value.split(",") if part.strip())


def _selection_options(func):
    options = [
        click.option("--select", multiple=True, help="Only these rules (code prefix or name; comma-separated)."),
        click.option("--ignore", multiple=True, help="Skip these rules (code prefix or name)."),
        click.option("--extend-select", multiple=True, help="Add rules to the selection."),
        click.option("--packs", "pack_dirs", multiple=True, type=click.Path(), help="Extra rule-pack folder."),
        click.option("--encoding", default=None, help="Declare the files' encoding (default UTF-8)."),
        click.option(
            "--input-format",
            "fmt",
            type=click.Choice(["text", "markdown"]),
            default=None,
            help="Read every file as this format (default: by suffix).",
        ),
        click.option("--jobs", "-j", type=click.IntRange(min=1), default=None, help="Processes to use (default: all cores)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _settings(select, ignore, extend_select, pack_dirs, encoding, fmt, unsafe_fixes=False) -> Settings:
    selection = Selection(_split(select), _split(ignore), _split(extend_select))
    settings = Settings(selection, tuple(pack_dirs), unsafe_fixes, encoding, fmt)
    try:
        rules = all_rules(tuple(__import__("pathlib").Path(p) for p in pack_dirs))
    except (PackError, RegistryError, DataError) as exc:
        raise click.ClickException(str(exc)) from exc
    unknown = selection.unknown_entries(rules)
    if unknown:
        raise click.UsageError(f"unknown rule code or name: {', '.join(unknown)}")
    rules_for(settings)
    return settings


def _stdin_bytes(paths: Sequence[str]) -> bytes | None:
    return sys.stdin.buffer.read() if STDIN in paths else None


def _gather(paths: Sequence[str]) -> tuple[list[str], list[FileResult]]:
    files: list[str] = []
    problems: list[FileResult] = []
    for item in discover(paths):
        if isinstance(item, FileResult):
            problems.append(item)
        else:
            files.append(item)
    return files, problems


def _report_problem(result: FileResult) -> bool:
    """Print a file's error or note; True when it was an error."""
    if result.error:
        click.echo(f"error: {result.error}", err=True)
        return True
    if result.note:
        click.echo(f"note: {result.note}", err=True)
    return False


class ErrorExit(click.ClickException):
    exit_code = EXIT_ERROR


click.ClickException.exit_code = EXIT_ERROR  # config and usage problems exit 2 as well
click.UsageError.exit_code = EXIT_ERROR


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newslint")
def main() -> None:
    """newslint: find and fix the defects that wire copy carries."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_selection_options
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", *FORMATS]),
    default="text",
    show_default=True,
)
@click.option("--statistics", is_flag=True, help="Show counts per rule instead of each finding.")
@click.option("--no-source", is_flag=True, help="Do not show the offending line under each finding.")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when there are findings.")
@click.option("--color/--no-color", default=None, help="Colour the text output (default: when a terminal).")
def check(paths, select, ignore, extend_select, pack_dirs, encoding, fmt, jobs, output_format,
          statistics, no_source, exit_zero, color) -> None:
    """Report defects in articles (files or folders; `-` reads standard input)."""
    settings = _settings(select, ignore, extend_select, pack_dirs, encoding, fmt)
    files, problems = _gather(paths)
    stdin = _stdin_bytes(files)
    errors = [p for p in problems if _report_problem(p) and p.error]
    worker = partial(check_path, settings=settings, stdin_text=stdin)
    findings: list[Finding] = []
    for result in run_many(worker, files, jobs or default_jobs()):
        if _report_problem(result):
            errors.append(result)
        findings.extend(result.findings)
    if output_format == "text":
        use_color = sys.stdout.isatty() if color is None else color
        if statistics:
            click.echo(text_report.statistics(findings), nl=False)
        else:
            click.echo(text_report.render(findings, use_color, not no_source), nl=False)
        click.echo(text_report.summary(findings, len(files)), err=not sys.stdout.isatty() and False)
    else:
        click.echo(FORMATS[output_format](findings), nl=False)
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if findings and not exit_zero else EXIT_CLEAN)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_selection_options
@click.option("--diff", is_flag=True, help="Show the changes as a unified diff; write nothing.")
@click.option("--unsafe-fixes", is_flag=True, help="Also apply fixes marked unsafe.")
def fix(paths, select, ignore, extend_select, pack_dirs, encoding, fmt, jobs, diff, unsafe_fixes) -> None:
    """Apply safe fixes in place (or show them with --diff)."""
    settings = _settings(select, ignore, extend_select, pack_dirs, encoding, fmt, unsafe_fixes)
    files, problems = _gather(paths)
    stdin = _stdin_bytes(files)
    errors = [p for p in problems if _report_problem(p) and p.error]
    write = not diff
    worker = partial(fix_path, settings=settings, write=write, stdin_text=stdin)
    changed = 0
    fixed = 0
    remaining: list[Finding] = []
    for result in run_many(worker, files, jobs or default_jobs()):
        if _report_problem(result):
            errors.append(result)
        if result.changed:
            changed += 1
            fixed += result.fixed
            if diff:
                _echo_diff(result)
            elif result.path == STDIN_NAME:
                click.echo(result.new_text, nl=False)
        elif result.path == STDIN_NAME and not diff and result.old_text is not None:
            click.echo(result.old_text, nl=False)
        remaining.extend(result.findings)
    out_err = files == [STDIN] and not diff
    if not diff and remaining:
        click.echo(text_report.render(remaining, False, False), nl=False, err=out_err)
    verb = "Would fix" if diff else "Fixed"
    click.echo(
        f"{verb} {fixed} finding{'s' if fixed != 1 else ''} in {changed} file{'s' if changed != 1 else ''}; "
        f"{len(remaining)} remaining.",
        err=out_err,
    )
    if errors:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if changed or remaining else EXIT_CLEAN)


def _echo_diff(result: FileResult) -> None:
    old = (result.old_text or "").splitlines(keepends=True)
    new = (result.new_text or "").splitlines(keepends=True)
    for line in difflib.unified_diff(old, new, f"a/{result.path.lstrip('/')}", f"b/{result.path.lstrip('/')}"):
        click.echo(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n", nl=False)


@main.command("rules")
@click.option("--format", "output_format", type=click.Choice(["text", "json", "md"]), default="text")
@click.option("--packs", "pack_dirs", multiple=True, type=click.Path())
def list_rules(output_format, pack_dirs) -> None:
    """List every rule."""
    rules = _all(pack_dirs)
    if output_format == "json":
        click.echo(json.dumps([r.spec.as_dict() for r in rules], indent=2, ensure_ascii=False))
    elif output_format == "md":
        click.echo(rules_markdown(rules), nl=False)
    else:
        for rule in rules:
            mark = "[*]" if rule.spec.fixable else "   "
            click.echo(f"{rule.code}  {mark}  {rule.name:<28} {rule.category:<13} {rule.spec.summary}")


@main.command("rule")
@click.argument("code")
@click.option("--packs", "pack_dirs", multiple=True, type=click.Path())
def show_rule(code, pack_dirs) -> None:
    """Explain one rule (by code or name)."""
    rule = find_rule(_all(pack_dirs), code)
    if rule is None:
        raise click.UsageError(f"unknown rule: {code}")
    click.echo(rule_text(rule.spec), nl=False)


def _all(pack_dirs):
    from pathlib import Path

    try:
        return all_rules(tuple(Path(p) for p in pack_dirs))
    except (PackError, RegistryError, DataError) as exc:
        raise click.ClickException(str(exc)) from exc


if __name__ == "__main__":  # pragma: no cover
    main()
