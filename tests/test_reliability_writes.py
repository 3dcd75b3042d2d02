"""Safe writes: only on change, atomically, keeping permissions and links, never outside the
folder that was asked for; a failed write is one error line and the file stays as it was.

Tests run as root in CI, where chmod does not stop a write, so failures are simulated by
patching the system calls the writer uses (os.replace, os.fsync, tempfile.mkstemp).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint import source as source_module
from newslint.cli import main
from newslint.source import SourceChanged, SourceError, write_atomically

FAULTY = "Talks resume\n\nTalks resumed on the the border issue.\n"
CLEAN = "Talks resume\n\nTalks resumed on the border issue.\n"


def run(*args: str):
    return CliRunner().invoke(main, [*args, "--jobs", "1"])


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("error:")]


def no_traceback(result) -> None:
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def test_clean_file_is_not_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(CLEAN)
    before = path.stat()
    calls: list[object] = []
    monkeypatch.setattr(source_module.os, "replace", lambda *a: calls.append(a))
    result = run("fix", "--no-cache", str(path))  # the cache index is written by a rename too
    assert result.exit_code == 0, result.output
    assert calls == []
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_write_is_a_rename_from_the_same_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FAULTY)
    renames: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src, dst):
        renames.append((str(src), str(dst)))
        # At the moment of the rename the article still holds its old text: no partial write.
        assert path.read_text() == FAULTY
        assert Path(src).read_text() == CLEAN
        real_replace(src, dst)

    monkeypatch.setattr(source_module.os, "replace", spy)
    result = run("fix", "--no-cache", str(path))
    assert result.exit_code == 1 and path.read_text() == CLEAN
    ((temp, target),) = renames
    assert Path(temp).parent == tmp_path and Path(target) == path
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_permissions_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FAULTY)
    os.chmod(path, 0o640)
    assert run("fix", str(path)).exit_code == 1
    assert path.read_text() == CLEAN
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_named_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text(FAULTY)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    assert run("fix", str(link)).exit_code == 1
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == CLEAN


def test_walk_does_not_leave_the_folder(tmp_path: Path) -> None:
    """Decision: a walk skips (with a note) symlinks to files or folders outside the walked
    folder; a symlink to a file inside it is fixed once, through the link."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text(FAULTY)
    (outside / "sub").mkdir()
    (outside / "sub" / "deep.txt").write_text(FAULTY)
    walked = tmp_path / "walked"
    walked.mkdir()
    (walked / "own.txt").write_text(FAULTY)
    (walked / "escape.txt").symlink_to(outside / "secret.txt")
    (walked / "escape-dir").symlink_to(outside / "sub")
    (walked / "again.txt").symlink_to(walked / "own.txt")
    result = run("fix", str(walked))
    no_traceback(result)
    assert (outside / "secret.txt").read_text() == FAULTY
    assert (outside / "sub" / "deep.txt").read_text() == FAULTY
    assert (walked / "own.txt").read_text() == CLEAN
    assert (walked / "escape.txt").is_symlink() and (walked / "again.txt").is_symlink()
    assert "escape.txt: skipped: symbolic link to outside" in result.stderr
    assert "escape-dir: skipped: symbolic link to a folder outside" in result.stderr
    assert "Fixed 1 finding in 1 file" in result.output


def test_same_file_twice_is_fixed_once(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FAULTY)
    result = run("fix", str(path), str(path))
    assert result.exit_code == 1 and "Fixed 1 finding in 1 file" in result.output
    assert path.read_text() == CLEAN


@pytest.mark.parametrize(
    "target, error",
    [
        ("replace", OSError(errno.ENOSPC, "No space left on device")),
        ("fsync", OSError(errno.ENOSPC, "No space left on device")),
        ("mkstemp", PermissionError(errno.EACCES, "Permission denied")),
        ("replace", OSError(errno.EROFS, "Read-only file system")),
    ],
)
def test_failed_write_is_one_line_and_leaves_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, error: OSError
) -> None:
    bad = tmp_path / "a.txt"
    good = tmp_path / "b.txt"
    bad.write_bytes(b"\xef\xbb\xbfTalks\r\n\r\nTalks on the the border.\r\n")
    good.write_text(FAULTY)
    original = bad.read_bytes()
    real = {"replace": os.replace, "fsync": os.fsync, "mkstemp": tempfile.mkstemp}[target]

    def failing(*args, **kwargs):
        names = [str(a) for a in args] + [str(v) for v in kwargs.values()]
        if any(".a.txt." in n for n in names) or (target == "fsync" and failing.armed):
            failing.armed = False
            raise error
        return real(*args, **kwargs)

    failing.armed = True  # fsync gets a file descriptor, not a name: fail the first call
    owner = tempfile if target == "mkstemp" else source_module.os
    monkeypatch.setattr(owner, target, failing)
    result = run("fix", str(bad), str(good))
    no_traceback(result)
    assert result.exit_code == 2
    (line,) = error_lines(result)
    assert line.startswith(f"error: {bad}: cannot write: ") and error.strerror in line
    assert bad.read_bytes() == original
    assert good.read_text() == CLEAN  # the run went on
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]  # no temp file left


def test_read_only_file_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Root may write anything, so the read-only check is simulated through os.access."""
    path = tmp_path / "a.txt"
    path.write_text(FAULTY)
    os.chmod(path, 0o444)
    real_access = os.access

    def access(target, mode):
        return False if str(target) == str(path) else real_access(target, mode)

    monkeypatch.setattr(source_module.os, "access", access)
    result = run("fix", str(path))
    no_traceback(result)
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: {path}: cannot write: read-only file"]
    assert path.read_text() == FAULTY and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_interrupted_write_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FAULTY)

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(source_module.os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(str(path), CLEAN.encode())
    assert path.read_text() == FAULTY
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_write_refused_when_file_changed_since_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("edited by someone else\n")
    with pytest.raises(SourceChanged) as info:
        write_atomically(str(path), b"our fix\n", expected=FAULTY.encode())
    assert str(info.value).startswith(f"{path}: changed by another process")
    assert path.read_text() == "edited by someone else\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_fix_starts_again_when_file_changes_under_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another writer saves between our read and our write: we re-read and fix its version."""
    path = tmp_path / "a.txt"
    path.write_text(FAULTY)
    theirs = "Talks resume\n\nTheir edit of of the story.\n"
    real_write = source_module.write_atomically
    calls: list[bytes] = []

    def interfering(target, data, expected=None):
        if not calls:
            Path(target).write_text(theirs)  # the editor saves first
        calls.append(data)
        return real_write(target, data, expected)

    monkeypatch.setattr("newslint.run.fix.write_atomically", interfering)
    result = run("fix", str(path))
    no_traceback(result)
    assert path.read_text() == "Talks resume\n\nTheir edit of the story.\n"
    assert len(calls) == 2


def test_unencodable_fix_is_reported_not_written(tmp_path: Path) -> None:
    from newslint.source import Source

    with pytest.raises(SourceError) as info:
        Source("a.txt", "x", "ascii").encode("caf\u00e9")
    assert "a.txt: the fixed text has" in str(info.value) and "ascii cannot encode" in str(info.value)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give files away")
def test_owner_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(FAULTY)
    os.chown(path, 1234, 5678)
    assert run("fix", str(path)).exit_code == 1
    assert path.read_text() == CLEAN
    assert (path.stat().st_uid, path.stat().st_gid) == (1234, 5678)
