"""The same files fixed by several `newslint fix` processes at once (pre-commit may run hooks on
overlapping files) never end corrupted: one process wins, the others re-read and find nothing
left to do, or report. Real processes, not threads."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from newslint.run.fix import fix_path
from newslint.run.settings import Settings

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def faulty(index: int) -> bytes:
    # CRLF and a BOM on some files, so a mixed-up write would show in the bytes.
    ending = "\r\n" if index % 2 else "\n"
    bom = b"\xef\xbb\xbf" if index % 3 == 0 else b""
    lines = [f"Story {index} headline", "", f"Talks on file {index} resumed on the the border.",
             "It was was the second round.", "See more"]
    return bom + ending.join(lines).encode() + ending.encode()


@functools.cache
def fixed(index: int) -> bytes:
    """What one `newslint fix` alone makes of file `index` (computed in this process)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one.txt"
        path.write_bytes(faulty(index))
        result = fix_path(str(path), Settings())
        assert result.error is None and result.changed, result
        return path.read_bytes()


def fixer(*paths: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "newslint.cli", "fix", "--jobs", "1", *map(str, paths)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV, cwd=ROOT,
    )


def test_expected_fix_is_what_one_process_writes(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(faulty(1))
    done = fixer(path)
    done.communicate(timeout=60)
    assert path.read_bytes() == fixed(1) != faulty(1)
    assert b"the the" not in fixed(1) and fixed(1).endswith(b"\r\n")


def test_several_processes_fixing_the_same_files(tmp_path: Path) -> None:
    paths = [tmp_path / f"{i:02d}.txt" for i in range(6)]
    for round_ in range(2):
        for index, path in enumerate(paths):
            path.write_bytes(faulty(index))
        # Each process takes the files in a different order, so they collide mid-run.
        processes = [fixer(*(paths[k:] + paths[:k])) for k in range(4)]
        outputs = [p.communicate(timeout=120) for p in processes]
        for process, (out, err) in zip(processes, outputs, strict=True):
            assert "Traceback" not in err, err
            if process.returncode == 2:  # allowed only as a clear one-line report of the race
                errors = [line for line in err.splitlines() if line.startswith("error:")]
                assert errors and all("changed by another process" in line for line in errors), err
            else:
                assert process.returncode in (0, 1), (process.returncode, out, err)
        for index, path in enumerate(paths):
            assert path.read_bytes() == fixed(index), f"round {round_}: {path.name} corrupted"
        assert sorted(p.name for p in tmp_path.iterdir()) == [p.name for p in paths], "temp files left"


def test_fixer_racing_an_editor_that_saves_new_versions(tmp_path: Path) -> None:
    """An editor keeps saving new versions (atomically, as editors do); fixers run meanwhile.
    At every moment the file is one whole version, fixed or not, never a splice of two."""
    path = tmp_path / "story.txt"
    versions = [faulty(i) for i in range(30)]
    allowed = set(versions) | {fixed(i) for i in range(30)}
    path.write_bytes(versions[0])
    processes = [fixer(path) for _ in range(3)]
    seen: set[bytes] = set()
    for index, version in enumerate(versions[1:], start=1):
        temp = tmp_path / f".editor-{index}.swp"
        temp.write_bytes(version)
        os.replace(temp, path)
        seen.add(path.read_bytes())
        time.sleep(0.01)
        if index % 10 == 0:
            processes.append(fixer(path))
    for process in processes:
        _out, err = process.communicate(timeout=120)
        assert "Traceback" not in err, err
    seen.add(path.read_bytes())
    # Whole versions only. Which version is last is not promised: an editor that does not
    # take the folder lock can land its save between a fixer's check and its rename (a known
    # gap, tests/PROMISES.md); the re-read on a lost race is tested deterministically below.
    assert seen <= allowed, [s[:60] for s in seen - allowed]
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != "story.txt"]
    assert leftovers == [], leftovers


@pytest.mark.skipif(not Path("/proc/locks").exists() or fcntl is None, reason="needs Linux flock and /proc/locks")
def test_fixer_waiting_to_write_re_reads_what_another_process_saved(tmp_path: Path) -> None:
    """Deterministic version of the race: while this test holds the folder lock, a fixer has
    read version 0 and waits to write; we save version 1 and let go. The fixer must notice,
    re-read and write the fix of version 1, not overwrite it with its fix of version 0."""
    path = tmp_path / "story.txt"
    path.write_bytes(faulty(0))
    folder = os.open(tmp_path, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        process = fixer(path)
        deadline = time.monotonic() + 60
        while not _someone_waits_for_a_flock():
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the fixer never tried to write"
            time.sleep(0.05)
        saved = tmp_path / ".editor.swp"
        saved.write_bytes(faulty(1))
        os.replace(saved, path)
    finally:
        os.close(folder)  # releases the lock
    out, err = process.communicate(timeout=60)
    assert "Traceback" not in err, err
    assert path.read_bytes() == fixed(1), (out, err)


def _someone_waits_for_a_flock() -> bool:
    # Blocked requests are listed with "->" in /proc/locks.
    return any("->" in line and "FLOCK" in line for line in Path("/proc/locks").read_text().splitlines())
