"""NL108's word-pair table: built once into the user cache, whole or not at all, and read from
memory when the cache cannot be written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newslint.spelling import context


@pytest.fixture()
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    context.pairs.cache_clear()
    yield
    context.pairs.cache_clear()


def test_the_table_is_built_in_the_user_cache(fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    table = context.pairs()
    assert table is not None
    built = list((tmp_path / "newslint").glob("bigrams-*.sqlite"))
    assert len(built) == 1
    assert not list((tmp_path / "newslint").glob("*.tmp"))
    assert table.count("willing", "to") > table.floor > 0
    assert table.count("wiling", "to") == 0


def test_an_unwritable_cache_reads_the_list_into_memory(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    table = context.pairs()
    assert table is not None
    assert table.count("willing", "to") > table.floor > 0
