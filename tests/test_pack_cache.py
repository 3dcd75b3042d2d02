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


# A whole-block pack: a paragraph that is nothing but one of these lines.
WHOLE_BLOCK = GOOD.replace("tokens: [zzyzx]", "patterns: ['(?:see|read)\\s+more', 'advertisement']\n"
                           "whole_block: true\nwhole_line: true\nignorecase: true\nscope: [paragraph]")


def test_known_whole_block_pack_compiles_its_pattern_only_for_a_possible_opening(
    tmp_path: Path, cache_home: Path
) -> None:
    from newslint.formats import read_document

    path = tmp_path / "debris.yaml"
    path.write_text(WHOLE_BLOCK)
    prose = read_document("Talks resume\n\nThe delegates met.\n\nShe said more talks would follow.\n", "a.txt")
    debris = read_document("Talks resume\n\nThe delegates met.\n\nSEE  MORE\n", "a.txt")
    first = load_pack_file(path)  # seen for the first time: compiled as it loads, to fail there
    assert "pattern" in first.__dict__
    assert list(first.check(prose)) == []  # works out which openings may match, for the cache
    known = load_pack_file(path)
    assert "pattern" not in known.__dict__
    assert list(known.check(prose)) == []
    assert "pattern" not in known.__dict__  # no match can open with "The " or "She "
    (found,) = known.check(debris)
    assert debris.text[found.start : found.end] == "SEE  MORE"


def test_openings_never_rule_out_a_text_the_pattern_matches(cache_home: Path) -> None:
    import regex

    from newslint.packs.engines import Openings
    from newslint.regexes import compile_v1

    source = r"\A\s*(?:(?:see|read)\s+more|advertisement|\d+\s+comments?|[«»]\s*back)\s*\Z"
    pattern = compile_v1(source, regex.IGNORECASE)
    pairs = Openings.of(source, regex.IGNORECASE, lambda: pattern)
    assert Openings.of(source, regex.IGNORECASE, lambda: pytest.fail("the table is cached")) is not None
    for text in ("See more", "READ\tMORE", "  advertisement", "\nAdvertisement", "12 comments", "« back",
                 "S", "", "Ünïcode opening"):
        if pattern.match(text) or pattern.match(text, partial=True):
            assert pairs.may_open(text[:4]), text
    assert not pairs.may_open("The ")
    assert not pairs.may_open("Seem")
    assert pairs.may_open("1984")  # digits are "wide": left to the pattern
