"""The results cache: reuse for unchanged files, never for changed ones, safe to share."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from newslint.cli import main
from newslint.run import reading

FAULTY = "Talks resume\n\nTalks resumed on the the border issue.\n"
CLEAN = "Talks resume\n\nTalks resumed on the border issue.\n"


def check(*args: str) -> list[dict]:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--jobs", "1", *args])
    return json.loads(result.stdout)


def test_unchanged_files_come_from_the_cache(tmp_path: Path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    story = tmp_path / "story.txt"
    story.write_text(FAULTY)
    first = check("--cache-dir", str(cache), str(story))
    assert list(cache.glob("results-*/*.json")) and (cache / "CACHEDIR.TAG").exists()

    calls: list[str] = []
    real = reading.to_document
    monkeypatch.setattr(reading, "to_document", lambda text, path, fmt: calls.append(path) or real(text, path, fmt))
    second = check("--cache-dir", str(cache), str(story))
    assert second == first and calls == []

    story.write_text(CLEAN)  # changed content: checked again, never served stale
    assert check("--cache-dir", str(cache), str(story)) == [] and calls == [str(story)]


def test_touched_but_identical_file_reuses_by_hash(tmp_path: Path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    story = tmp_path / "story.txt"
    story.write_text(FAULTY)
    first = check("--cache-dir", str(cache), str(story))
    os.utime(story, ns=(1, 1))
    calls: list[str] = []
    real = reading.to_document
    monkeypatch.setattr(reading, "to_document", lambda text, path, fmt: calls.append(path) or real(text, path, fmt))
    assert check("--cache-dir", str(cache), str(story)) == first and calls == []


def test_different_rules_do_not_share_results(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    story = tmp_path / "story.txt"
    story.write_text(FAULTY)
    assert check("--cache-dir", str(cache), str(story))
    assert check("--cache-dir", str(cache), "--ignore", "NL201", str(story)) == []
    assert len(list(cache.glob("results-*"))) == 2


def test_index_files_of_the_earlier_layout_are_removed(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "results-0123456789abcdef01234567.json").write_text("{}")
    story = tmp_path / "story.txt"
    story.write_text(FAULTY)
    check("--cache-dir", str(cache), str(story))
    assert not list(cache.glob("results-*.json")) and list(cache.glob("results-*/*.json"))


def test_no_cache_writes_nothing(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(FAULTY)
    check("--no-cache", "--cache-dir", str(tmp_path / "cache"), str(story))
    assert not (tmp_path / "cache").exists()


def test_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    story = tmp_path / "story.txt"
    story.write_text(FAULTY)
    first = check("--cache-dir", str(cache), str(story))
    for index in cache.glob("results-*/*.json"):
        index.write_text("{half-written")
    assert check("--cache-dir", str(cache), str(story)) == first


def test_two_runs_sharing_a_cache(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    for i in range(30):
        (tmp_path / f"{i:02d}.txt").write_text(FAULTY if i % 3 == 0 else CLEAN)
    command = [
        sys.executable,
        "-m",
        "newslint.cli",
        "check",
        "--format",
        "json",
        "--cache-dir",
        str(cache),
        str(tmp_path),
    ]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [json.loads(p.communicate()[0]) for p in runs]
    assert outputs[0] == outputs[1] and len(outputs[0]) == 10
    again = subprocess.run(command, stdout=subprocess.PIPE, text=True)
    assert json.loads(again.stdout) == outputs[0]


def test_one_article_reads_and_rewrites_one_shard_of_a_large_index(tmp_path: Path, monkeypatch) -> None:
    """A pre-commit run over one article in a repository of many must not load or rewrite the
    whole index: its cost would grow with the archive."""
    from newslint.storage.results_index import ResultCache

    cache = tmp_path / "cache"
    folder = tmp_path / "archive"
    folder.mkdir()
    for i in range(300):
        (folder / f"{i:03d}.txt").write_text(FAULTY if i % 7 == 0 else CLEAN)
    everything = check("--cache-dir", str(cache), str(folder))
    shards = {p.name: p.stat().st_mtime_ns for p in cache.glob("results-*/*.json")}
    assert len(shards) > 100  # the index is spread over many files

    read: list[str] = []
    real_read = ResultCache._read
    monkeypatch.setattr(ResultCache, "_read", lambda self, shard: read.append(shard) or real_read(self, shard))
    story = folder / "007.txt"
    story.write_text(CLEAN)
    assert check("--cache-dir", str(cache), str(story)) == []
    assert len(set(read)) == 1
    changed = [p.name for p in cache.glob("results-*/*.json") if p.stat().st_mtime_ns != shards[p.name]]
    assert changed == [f"{read[0]}.json"]
    assert check("--cache-dir", str(cache), str(folder)) == [f for f in everything if "007" not in f["path"]]
