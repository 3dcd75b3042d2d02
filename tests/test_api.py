"""The Python API, and using it from Dask when Dask is installed."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from newslint import api

FAULTY = "Talks resume\n\nTalks resumed on the the border issue.\n"


def test_check_text_and_fix_text() -> None:
    findings = api.check_text(FAULTY)
    assert [(f["code"], f["line"], f["column"]) for f in findings if f["code"] == "NL201"] == [("NL201", 3, 22)]
    assert "the the" not in api.fix_text(FAULTY)


def test_selection_and_pickling() -> None:
    config = api.settings(select=["NL201"])
    assert pickle.loads(pickle.dumps(config)) == config
    assert api.check_text("Head\n\nClean text.\n", config=config) == []


def test_check_records_and_files(tmp_path: Path) -> None:
    records = [("a.txt", FAULTY), ("b.txt", "Head\n\nClean.\n")]
    config = api.settings(select=["NL201"])
    assert [f["path"] for f in api.check_records(records, config)] == ["a.txt"]
    (tmp_path / "a.txt").write_text(FAULTY)
    out = list(api.check_files([str(tmp_path / "a.txt"), str(tmp_path / "missing.txt")], config))
    assert out[0]["code"] == "NL201" and "no such file" in out[1]["error"]


def test_dask_bag() -> None:
    bag = pytest.importorskip("dask.bag")
    config = api.settings(select=["NL201"])
    pairs = [(f"{i}.txt", FAULTY if i % 2 else "Head\n\nClean.\n") for i in range(8)]
    findings = (
        bag.from_sequence(pairs, npartitions=4)
        .map_partitions(lambda part: list(api.check_records(part, config)))
        .compute(scheduler="processes", num_workers=2)
    )
    assert sorted(f["path"] for f in findings) == ["1.txt", "3.txt", "5.txt", "7.txt"]
