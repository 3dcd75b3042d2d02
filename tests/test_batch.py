"""Checking files a batch at a time (read all, parse all, lint each) gives exactly what checking
them one by one gives, in order, with each file's problems kept to that file."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.run import parallel, reading
from newslint.run.check import check_batch, check_path
from newslint.run.fix import fix_batch, fix_path
from newslint.run.results import FileResult, pack
from newslint.run.settings import Settings

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


def _view(result: FileResult) -> tuple:
    return result.path, result.findings, result.error, result.note, result.digest


@pytest.mark.parametrize("cache_dir", [None, "somewhere"])
def test_batch_equals_file_by_file(files: list[str], cache_dir: str | None) -> None:
    settings = Settings(cache_dir=cache_dir)
    one_by_one = [_view(check_path(path, settings)) for path in files]
    assert [_view(result) for result in check_batch(files, settings)] == one_by_one
    kinds = [(bool(f), e is not None, n is not None) for _, f, e, n, _ in one_by_one]
    assert kinds == [(True, False, False), (False, True, False), (False, False, True), (False, True, False),
                     (False, True, False), (False, False, False), (True, False, False)]


def _fix_view(result: FileResult) -> tuple:
    return (*_view(result), result.changed, result.fixed, result.new_text, result.old_text)


@pytest.mark.parametrize("cache_dir", [None, "somewhere"])
def test_fix_batch_equals_fixing_file_by_file(files: list[str], cache_dir: str | None, tmp_path: Path) -> None:
    settings = Settings(cache_dir=cache_dir)
    one_by_one = [_fix_view(fix_path(path, settings, write=False)) for path in files]
    assert [_fix_view(result) for result in fix_batch(files, settings, write=False)] == one_by_one
    assert [changed for *_, changed, _, _, _ in one_by_one] == [True, False, False, False, False, False, True]
    # Written: the same bytes as file by file.
    copies = tmp_path / "copies"
    copies.mkdir()
    for path in files:
        if Path(path).exists():
            (copies / Path(path).name).write_bytes(Path(path).read_bytes())
    for path in files:
        fix_path(path, settings)
    fix_batch([str(copies / Path(path).name) for path in files], settings)
    for path in files:
        if Path(path).exists():
            assert (copies / Path(path).name).read_bytes() == Path(path).read_bytes(), path


def test_fix_batch_reads_a_file_to_fix_once_more_and_lints_its_text_once(files: list[str], monkeypatch) -> None:
    parsed: list[str] = []
    real = reading.to_document
    monkeypatch.setattr(reading, "to_document", lambda text, *rest: parsed.append(text) or real(text, *rest))
    (result,) = fix_batch([files[0], files[5]], Settings(), write=False)[:1]
    assert result.changed and parsed.count(FAULTY) == 1  # the batch's parse and lint are reused
    assert len(parsed) == 3  # FAULTY, the clean file, and the fixed text


def test_a_crash_while_parsing_one_file_stays_with_that_file(files: list[str], monkeypatch) -> None:
    real = reading.to_document

    def fragile(text: str, path: str, fmt: str | None = None):
        if path.endswith("clean.txt"):
            raise RuntimeError("boom")
        return real(text, path, fmt)

    monkeypatch.setattr(reading, "to_document", fragile)
    results = check_batch(files, Settings())
    assert results[5].error == f"{files[5]}: internal error: RuntimeError: boom"
    assert results[0].findings and results[6].findings and results[0].error is None


def test_rule_by_rule_equals_document_by_document() -> None:
    from newslint.core.linter import lint, lint_many
    from newslint.formats import read_document
    from newslint.registry import all_rules

    texts = [FAULTY, "Talks resume\n\nTalks resumed on Monday.\n", "Talks resume\n\nTalks resumed on Monday.\n\n"
             "Talks resumed on Monday after a long pause, officials said.\n\n"
             "Talks resumed on Monday after a long pause, officials said.\n"]
    rules = all_rules()
    docs = [read_document(text, f"{n}.txt") for n, text in enumerate(texts)]
    expected = [lint(read_document(text, f"{n}.txt"), rules) for n, text in enumerate(texts)]
    assert lint_many(docs, rules) == expected and expected[0] and expected[2]


def test_a_rule_crashing_on_one_document_is_reported_for_it_alone(monkeypatch) -> None:
    from newslint.core.linter import lint_many
    from newslint.formats import read_document
    from newslint.rules.nl201_doubled_word import DoubledWord

    real = DoubledWord.check

    def fragile(self, doc):
        if doc.path == "bad.txt":
            raise ValueError("bad input")
        return real(self, doc)

    monkeypatch.setattr(DoubledWord, "check", fragile)
    docs = [read_document(FAULTY, "good.txt"), read_document(FAULTY, "bad.txt")]
    good, bad = lint_many(docs, [DoubledWord()])
    assert [d.code for d in good] == ["NL201"]
    assert [d.code for d in bad] == ["NL900"] and "ValueError: bad input" in bad[0].message


def test_per_file_ignores_hold_within_a_batch(files: list[str], tmp_path: Path) -> None:
    settings = Settings(per_file_ignores=(("z.md", ("NL201",)),), root=str(tmp_path))
    results = check_batch(files, settings)
    assert [f.code for f in results[0].findings] == ["NL201"]
    assert all(f.code != "NL201" for f in results[6].findings)
    assert [_view(r) for r in results] == [_view(check_path(path, settings)) for path in files]


@pytest.mark.parametrize("cache_dir", [None, "somewhere"])
def test_results_from_worker_processes_equal_those_made_here(
    files: list[str], cache_dir: str | None, monkeypatch
) -> None:
    from functools import partial

    monkeypatch.setattr(parallel, "PARALLEL_FROM", 8)
    many = files * 3  # enough files for a process pool
    settings = Settings(cache_dir=cache_dir)
    batch = partial(check_batch, settings=settings)
    here = [_view(r) for r in parallel.run_many(None, many, 1, batch)]  # type: ignore[arg-type]
    pooled = [_view(r) for r in parallel.run_many(None, many, 2, batch)]  # type: ignore[arg-type]
    assert pooled == here and len(here) == len(many)
    assert pack(files[5], check_batch([files[5]], settings)[0]) == here[5][4]  # a clean file: its hash


def _dies_on_poison(paths: list[str]) -> list[FileResult]:
    """A batch worker whose process is killed by one file, as the kernel kills a worker that
    runs out of memory."""
    import os

    if any(path.endswith("poison.txt") for path in paths):
        os._exit(9)
    return check_batch(paths, Settings())


def test_a_worker_killed_by_one_file_costs_that_file_only(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 8)
    paths = []
    for i in range(40):
        name = "poison.txt" if i == 13 else f"{i:02d}.txt"
        (tmp_path / name).write_text(FAULTY)
        paths.append(str(tmp_path / name))
    results = list(parallel.run_many(None, paths, 2, _dies_on_poison))  # type: ignore[arg-type]
    assert [r.path for r in results] == paths
    assert [r.path for r in results if r.error] == [paths[13]]
    assert "was killed" in results[13].error
    assert all(r.findings for i, r in enumerate(results) if i != 13)


def test_warm_up_loads_the_rule_set_and_word_sets_and_compiles_nothing_ahead() -> None:
    code = """
from newslint.run import rulesets
from newslint.run.parallel import warm_up
from newslint.run.settings import Settings
from newslint.rules import nl503_quantity_restated as nl503
from newslint.spelling import lookup as store
warm_up(Settings())
print(store.compiled.cache_info().currsize, rulesets.built(), store.compiled()._full is None,
      nl503._patterns.cache_info().currsize)
"""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "1", "False", "0"]


def test_collector_state_is_restored_after_a_batch(files: list[str]) -> None:
    import gc

    assert gc.isenabled()
    check_batch(files, Settings())
    assert gc.isenabled()
    gc.disable()
    try:
        check_batch(files, Settings())
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_a_checked_batch_leaves_no_reference_cycles(tmp_path: Path) -> None:
    """A batch's documents are freed as soon as it is done, not left to the garbage collector:
    each document keeps what the rules derived from it, so a cycle through it would hold the
    whole article until a full collection (memory on huge files, collector time on archives)."""
    import gc

    from newslint.registry import all_rules

    paths = []
    for number, rule in enumerate(all_rules()):  # each rule's own example reaches its machinery
        for kind, text in (("example", rule.spec.example), ("fixed", rule.spec.example_fixed)):
            if text:
                path = tmp_path / f"{number}-{kind}.txt"
                path.write_text(text, encoding="utf-8")
                paths.append(str(path))
    settings = Settings()
    check_batch(paths, settings)  # first: data loaded, patterns compiled, verdicts cached
    gc.collect()
    gc.disable()
    try:
        results = check_batch(paths, settings)
        assert any(result.findings for result in results)
        assert gc.collect() == 0
    finally:
        gc.enable()
