"""The `scan` command. Imports nothing heavy until it runs: the CLI module imports it at start,
and hands it the CLI's own settings builder (so this package never imports the CLI: the layers
point one way)."""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable
from typing import Any

import click

from ..formats import NAMES as FORMAT_NAMES
from ..run.parallel import BATCH
from . import INSTALL_HINT, missing_extra


def _inputs(paths: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """Folders, files and globs; JSON Lines and Parquet files named are tables of stories."""
    from .run import table_kind

    expanded: list[str] = []
    for path in paths:
        matches = sorted(glob.glob(path, recursive=True)) if glob.has_magic(path) and not os.path.exists(path) else []
        expanded.extend(matches or [path])
    tables = [p for p in expanded if table_kind(p) and os.path.isfile(p)]
    return [p for p in expanded if p not in tables], tables


def scan_command(build: Callable[..., Any], gather: Callable[..., Any], report_problem: Callable[..., bool]
                 ) -> click.Command:
    """The command, given the CLI's `_build` (flags and config -> settings), `_gather` (the walk)
    and `_report_problem`."""

    @click.command("scan")
    @click.argument("paths", nargs=-1, required=True)
    @click.option("--output", "-o", "output", required=True, type=click.Path(dir_okay=False),
                  help="Findings file: .jsonl, or .parquet.")
    @click.option("--workers", type=click.IntRange(min=1), default=None, help="Local cluster workers (default: cores).")
    @click.option("--scheduler", envvar="DASK_SCHEDULER_ADDRESS", default=None,
                  help="Run on this Dask scheduler (tcp://host:8786) instead of a local cluster.")
    @click.option("--resume", is_flag=True, help="Skip the partitions an interrupted run finished.")
    @click.option("--partition-size", type=click.IntRange(min=1), default=BATCH, show_default=True,
                  help="Stories per partition (one task, one part file).")
    @click.option("--id-column", default="id", show_default=True, help="Story id column of JSON Lines/Parquet tables.")
    @click.option("--text-column", default="text", show_default=True, help="Story text column of tables.")
    @click.option("--date-column", default=None, help="Date column of tables (ISO dates: says which copy is older).")
    @click.option("--vocab-out", type=click.Path(dir_okay=False), default=None,
                  help="Write the names the archive spells consistently, as a vocab file.")
    @click.option("--keep-parts", is_flag=True, help="Keep the part files beside the output.")
    @click.option("--select", multiple=True, help="Only these rules (code prefix or name; comma-separated).")
    @click.option("--ignore", multiple=True, help="Skip these rules (code prefix or name).")
    @click.option("--extend-select", multiple=True, help="Add rules to the selection.")
    @click.option("--packs", "pack_dirs", multiple=True, type=click.Path(), help="Extra rule-pack folder.")
    @click.option("--vocab", "vocab", multiple=True, type=click.Path(), help="Accepted-word file.")
    @click.option("--encoding", default=None, help="Declare the files' encoding (default UTF-8).")
    @click.option("--input-format", "fmt", type=click.Choice(FORMAT_NAMES), default=None,
                  help="Read every file as this format (default: by suffix).")
    @click.option("--config", "config_path", type=click.Path(), default=None, help="Use this config file.")
    @click.option("--isolated", is_flag=True, help="Ignore configuration files.")
    def scan(paths, output, workers, scheduler, resume, partition_size, id_column, text_column, date_column,
             vocab_out, keep_parts, **opts) -> None:
        """Check an archive on a Dask cluster, with the cross-article checks (NL6xx)."""
        missing = missing_extra()
        if missing:
            raise click.ClickException(f"{INSTALL_HINT} ({missing} is not installed)")
        from ..registry import all_rules
        from .run import ARCHIVE_CODES, ScanError, plan, start_fork_server
        from .run import scan as run_scan
        from .work import Columns

        if not scheduler:
            start_fork_server()
        files_and_folders, tables = _inputs(paths)
        settings, config = build(list(paths), {**opts, "jobs": None})
        files: list[str] = []
        if files_and_folders:
            files, problems = gather(files_and_folders, config)
            if any(report_problem(p) for p in problems):
                sys.exit(2)
        units = plan(files, tables, partition_size)
        archive_rules = [r for r in all_rules() if r.code in ARCHIVE_CODES]
        codes = tuple(r.code for r in archive_rules if settings.selection.enabled(r))
        with click.progressbar(length=len(units), label="Scanning", file=sys.stderr) as bar:
            try:
                summary = run_scan(units, settings, output=output, columns=Columns(id_column, text_column, date_column),
                                   codes=codes, scheduler=scheduler, workers=workers or os.cpu_count() or 1,
                                   resume=resume, vocab_out=vocab_out, keep_parts=keep_parts,
                                   echo=lambda line: click.echo(line, err=True), progress=bar.update)
            except ScanError as exc:
                raise click.ClickException(str(exc)) from exc
        rate = summary.stories / summary.seconds if summary.seconds else 0.0
        click.echo(f"Scanned {summary.stories} stories in {summary.seconds:.1f}s ({rate:.0f} stories/s); "
                   f"{sum(summary.codes.values())} findings written to {output}.", err=True)
        click.echo("  " + "; ".join(f"{name} {seconds:.1f}s" for name, seconds in summary.phases.items())
                   + (f"; peak memory per worker {summary.worker_peak_mb:.0f} MB" if summary.worker_peak_mb else ""),
                   err=True)
        for code, count in sorted(summary.codes.items()):
            click.echo(f"  {code:<7} {count}", err=True)
        if vocab_out:
            click.echo(f"Learned vocabulary written to {vocab_out}.", err=True)

    return scan
