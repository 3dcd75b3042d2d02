"""Checking files a batch at a time (read all, parse all, lint each) gives exactly what checking
them one by one gives, in order, with each file's problems kept to that file."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint import runner
from newslint.runner import Settings, check_batch, check_path

FAULTY = "Talks resume\n\nTalks resumed on the the border issue.\n"


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    made = {
        "a.txt": FAULTY.encode(),
        "binary.txt": b"\x00\x01\x02 not text",
        "latin1.txt": "Caf\xe9 society\n".encode("latin-1"),
        "front.md": b"---\ntitle: [unclosed\n---\nBody\n",
        "clean.txt": b"Talks resume\n\nTalks resumed on Monday.\n",
        "z.md": b"# Talks resume\n\nThe the talks resumed.\n",
    }
    for name, data in made.items():
        (tmp_path / name).write_bytes(data)
    names = ["a.txt", "missing.txt", "binary.txt", "latin1.txt", "front.md", "clean.txt", "z.md"]
    return [str(tmp_path / name) for name in names]


def _view(result: runner.FileResult) -> tuple:
    return result.path, result.findings, result.error, result.note, result.digest


@pytest.mark.parametrize("cache_dir", [None, "somewhere"])
def test_batch_equals_file_by_file(files: list[str], cache_dir: str | None) -> None:
    settings = Settings(cache_dir=cache_dir)
    one_by_one = [_view(check_path(path, settings)) for path in files]
    assert [_view(result) for result in check_batch(files, settings)] == one_by_one
    kinds = [(bool(f), e is not None, n is not None) for _, f, e, n, _ in one_by_one]
    assert kinds == [(True, False, False), (False, True, False), (False, False, True), (False, True, False),
                     (False, True, False), (False, False, False), (True, False, False)]


def test_a_crash_while_parsing_one_file_stays_with_that_file(files: list[str], monkeypatch) -> None:
    real = runner.read_document

    def fragile(text: str, path: str, fmt: str | None = None):
        if path.endswith("clean.txt"):
            raise RuntimeError("boom")
        return real(text, path, fmt)

    monkeypatch.setattr(runner, "read_document", fragile)
    results = check_batch(files, Settings())
    assert results[5].error == f"{files[5]}: internal error: RuntimeError: boom"
    assert results[0].findings and results[6].findings and results[0].error is None
