"""A pack whose exact bytes were validated before is rebuilt from the user cache, without YAML
parsing or pydantic; an edited or damaged record is validated again."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newslint.packs import PackError, load_pack_file
from test_reliability_packs import GOOD

# The reliability tests' valid pack, with settings whose enum values must survive the cache.
PACK = GOOD + "severity: error\napplicability: unsafe\naction: delete\n"

_LOAD = """
import sys
from pathlib import Path
from newslint.packs import load_pack_file
rule = load_pack_file(Path(sys.argv[1]))
print(rule.code, rule.spec.severity.value, rule.model.applicability.value,
      "pydantic" in sys.modules, "yaml" in sys.modules)
"""


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def _load_in_fresh_process(path: Path, cache_home: Path) -> list[str]:
    env = {"XDG_CACHE_HOME": str(cache_home), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", _LOAD, str(path)], capture_output=True, text=True, env=env,
                         check=True).stdout
    return out.split()


def test_second_load_needs_neither_yaml_nor_pydantic(tmp_path: Path, cache_home: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(PACK)
    first = _load_in_fresh_process(path, cache_home)
    second = _load_in_fresh_process(path, cache_home)
    assert first == ["NL890", "error", "unsafe", "True", "True"]
    assert second == ["NL890", "error", "unsafe", "False", "False"]


def test_edited_pack_is_validated_again(tmp_path: Path, cache_home: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(PACK)
    load_pack_file(path)
    path.write_text(PACK.replace("category: style", "category: gossip"))
    with pytest.raises(PackError, match=r"house\.yaml:4: NL890: category: unknown category 'gossip'"):
        load_pack_file(path)


def test_damaged_record_is_ignored(tmp_path: Path, cache_home: Path) -> None:
    path = tmp_path / "house.yaml"
    path.write_text(PACK)
    load_pack_file(path)
    (record,) = (cache_home / "newslint" / "packs").glob("*.json")
    for damage in ("{not json", json.dumps({"kind": "existence", "code": "NL890"}), "[]"):
        record.write_text(damage)
        assert load_pack_file(path).spec.summary == "A test rule."
