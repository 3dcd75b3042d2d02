"""The command line: exit codes, the JSON contract, fix and --diff, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main

FAULTY = "Talks resume\n\nTalks resumed on the the border issue.\n"
CLEAN = "Talks resume\n\nTalks resumed on the border issue.\n"
JSON_KEYS = {
    "path", "line", "column", "end_line", "end_column", "code", "rule", "category",
    "severity", "message", "fixable",
}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))
    return path


def test_check_clean_exits_0(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", CLEAN)
    result = runner.invoke(main, ["check", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "All clear: 1 file checked." in result.output


def test_check_findings_exit_1_and_text_format(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", FAULTY)
    result = runner.invoke(main, ["check", str(path)])
    assert result.exit_code == 1
    assert f"{path}:3:22: NL201" in result.output
    assert "Found 1 finding" in result.output


def test_json_contract(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", FAULTY)
    result = runner.invoke(main, ["check", "--format", "json", str(path)])
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    assert isinstance(findings, list) and len(findings) == 1
    finding = findings[0]
    assert JSON_KEYS <= set(finding)
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (3, 22, 3, 25)
    assert finding["category"] == "doubled-word" and finding["fixable"] is True


def test_columns_count_characters_not_bytes(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Tết\n\n“Ngọc” said the the thing.\n")
    result = runner.invoke(main, ["check", "--format", "json", str(path)])
    (finding,) = json.loads(result.stdout)
    assert (finding["line"], finding["column"]) == (3, 17)


def test_jsonl(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", FAULTY)
    write(tmp_path, "b.txt", FAULTY)
    result = runner.invoke(main, ["check", "--format", "jsonl", str(tmp_path)])
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(JSON_KEYS <= set(json.loads(line)) for line in lines)


def test_json_empty_list_when_clean(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", CLEAN)
    result = runner.invoke(main, ["check", "--format", "json", str(tmp_path)])
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_missing_file_is_error_but_others_checked(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", FAULTY)
    result = runner.invoke(main, ["check", str(tmp_path / "nope.txt"), str(path)])
    assert result.exit_code == 2
    assert "nope.txt: no such file or directory" in result.stderr
    assert "NL201" in result.stdout


def test_undecodable_file_names_byte(runner: CliRunner, tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.txt", b"Headline\n\nCaf\xe9 society.\n")
    good = write(tmp_path, "good.txt", FAULTY)
    result = runner.invoke(main, ["check", str(bad), str(good)])
    assert result.exit_code == 2
    (line,) = [x for x in result.stderr.splitlines() if "bad.txt" in x]
    assert "byte 13" in line and "--encoding" in line
    assert "NL201" in result.stdout


def test_declared_encoding(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Café\n\nThe the café.\n".encode("latin-1"))
    result = runner.invoke(main, ["check", "--encoding", "latin-1", str(path)])
    assert result.exit_code == 1 and "NL201" in result.output


def test_fix_writes_and_second_fix_changes_nothing(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", FAULTY)
    first = runner.invoke(main, ["fix", str(path)])
    assert first.exit_code == 1  # files changed
    assert path.read_text() == CLEAN
    second = runner.invoke(main, ["fix", str(path)])
    assert second.exit_code == 0 and path.read_text() == CLEAN


def test_fix_diff_does_not_write(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", FAULTY)
    result = runner.invoke(main, ["fix", "--diff", str(path)])
    assert result.exit_code == 1
    assert "-Talks resumed on the the border issue." in result.output
    assert "+Talks resumed on the border issue." in result.output
    assert path.read_text() == FAULTY


def test_fix_keeps_bom_crlf_and_missing_final_newline(runner: CliRunner, tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbfTalks\r\n\r\nTalks on the the border.\r\nNext line."
    path = write(tmp_path, "a.txt", raw)
    runner.invoke(main, ["fix", str(path)])
    assert path.read_bytes() == b"\xef\xbb\xbfTalks\r\n\r\nTalks on the border.\r\nNext line."


def test_stdin(runner: CliRunner) -> None:
    result = runner.invoke(main, ["check", "-"], input=FAULTY)
    assert result.exit_code == 1 and "<stdin>:3:22: NL201" in result.output
    fixed = runner.invoke(main, ["fix", "-"], input=FAULTY)
    assert fixed.stdout == CLEAN


def test_select_and_ignore(runner: CliRunner, tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", FAULTY)
    assert runner.invoke(main, ["check", "--ignore", "NL201", str(path)]).exit_code == 0
    assert runner.invoke(main, ["check", "--ignore", "doubled-word", str(path)]).exit_code == 0
    assert runner.invoke(main, ["check", "--select", "NL2", str(path)]).exit_code == 1
    unknown = runner.invoke(main, ["check", "--select", "XX1", str(path)])
    assert unknown.exit_code == 2 and "unknown rule" in unknown.output


def test_usage_error_exits_2(runner: CliRunner) -> None:
    assert runner.invoke(main, ["check"]).exit_code == 2
    assert runner.invoke(main, ["check", "--format", "nope", "x"]).exit_code == 2


def test_directory_walk_skips_other_suffixes_and_reports_empty_dirs(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "a.txt", FAULTY)
    write(tmp_path, "b.csv", FAULTY)
    (tmp_path / "empty").mkdir()
    result = runner.invoke(main, ["check", "--format", "json", str(tmp_path), str(tmp_path / "empty")])
    assert [Path(f["path"]).name for f in json.loads(result.stdout)] == ["a.txt"]
    assert "no articles found" in result.stderr


def test_binary_file_skipped_with_note(runner: CliRunner, tmp_path: Path) -> None:
    write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    result = runner.invoke(main, ["check", str(tmp_path)])
    assert "binary file" in result.stderr and result.exit_code == 0


def test_rules_json_and_rule_doc(runner: CliRunner) -> None:
    result = runner.invoke(main, ["rules", "--format", "json"])
    rules = json.loads(result.stdout)
    assert {"code", "name", "category", "fixable", "summary"} <= set(rules[0])
    assert any(r["code"] == "NL201" for r in rules)
    doc = runner.invoke(main, ["rule", "NL201"])
    assert doc.exit_code == 0 and "Why it matters" in doc.output
    assert runner.invoke(main, ["rule", "doubled-word"]).output == doc.output
    assert runner.invoke(main, ["rule", "NL000"]).exit_code == 2


def test_parallel_results_in_deterministic_order(tmp_path: Path) -> None:
    from newslint.run.parallel import PARALLEL_FROM

    count = PARALLEL_FROM + 10  # enough for worker processes
    for i in range(count):
        write(tmp_path, f"{i:03d}.txt", FAULTY)
    command = [sys.executable, "-m", "newslint.cli", "check", "--format", "json", "--jobs", "2", str(tmp_path)]
    out = subprocess.run(command, capture_output=True, text=True, env={**os.environ})
    paths = [Path(f["path"]).name for f in json.loads(out.stdout)]
    assert paths == [f"{i:03d}.txt" for i in range(count)]


def test_workers_start_only_for_enough_files(tmp_path: Path, monkeypatch) -> None:
    """A few files are checked in this process (workers would each pay the data loading); a
    walk that finds enough starts them while it goes on."""
    from newslint.cli import _Workers
    from newslint.run import parallel
    from newslint.run.settings import Settings

    started: list[int] = []
    monkeypatch.setattr("newslint.cli.start_workers", lambda jobs, settings: started.append(jobs))
    pools: list[int] = []
    real_pool = parallel.in_pool
    monkeypatch.setattr(parallel, "in_pool", lambda *a: pools.append(1) or real_pool(*a))
    small = tmp_path / "small"
    small.mkdir()
    for i in range(5):
        write(small, f"{i}.txt", FAULTY)
    result = CliRunner().invoke(main, ["check", "--no-cache", "--jobs", "2", str(small)])
    assert result.exit_code == 1 and "5 files" in result.output
    assert started == [] and pools == []
    workers = _Workers(2, Settings())
    for count in range(1, parallel.PARALLEL_FROM + 5):
        workers.found(count)
    assert started == [2]  # once, when the walk reached PARALLEL_FROM files
