"""Configuration from newslint.toml / [tool.newslint]: discovery, validation, precedence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main
from newslint.config import ConfigError, find_config, parse_config

FAULTY = "Talks resume\n\nTalks resumed on the the border issue.\n"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_nearest_config_wins(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.newslint]\nignore = ['NL2']\n")
    inner = tmp_path / "desk"
    inner.mkdir()
    (inner / "newslint.toml").write_text("select = ['NL201']\n")
    found = find_config(inner / "story.txt")
    assert found.path == inner / "newslint.toml" and found.values.select == ["NL201"]
    assert find_config(tmp_path).values.ignore == ["NL2"]


def test_pyproject_without_section_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    assert find_config(tmp_path).path is None or find_config(tmp_path).path != tmp_path / "pyproject.toml"


@pytest.mark.parametrize(
    "content, message",
    [
        ("selec = ['NL2']\n", "unknown key 'selec'"),
        ("select = 'NL2'\n", "select: Input should be a valid list"),
        ("jobs = 0\n", "jobs: Input should be greater than or equal to 1"),
        ("select = [\n", "invalid TOML"),
        ("[per-file-ignores]\n'a.txt' = 'NL2'\n", "per-file-ignores.a.txt"),
    ],
)
def test_bad_config_is_one_line_naming_file_and_key(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "newslint.toml"
    path.write_text(content)
    with pytest.raises(ConfigError) as info:
        parse_config(path)
    assert str(path) in str(info.value) and message in str(info.value)
    (tmp_path / "a.txt").write_text(FAULTY)
    code, _, err = run("check", str(tmp_path / "a.txt"))
    assert code == 2 and message in err and len(err.strip().splitlines()) == 1


def test_pyproject_error_names_section(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.newslint]\nbogus = 1\n")
    (tmp_path / "a.txt").write_text(FAULTY)
    code, _, err = run("check", str(tmp_path / "a.txt"))
    assert code == 2 and "pyproject.toml: [tool.newslint] unknown key 'bogus'" in err


def test_config_ignore_and_flag_override(tmp_path: Path) -> None:
    (tmp_path / "newslint.toml").write_text("ignore = ['doubled-word']\n")
    (tmp_path / "a.txt").write_text(FAULTY)
    assert run("check", str(tmp_path))[0] == 0
    assert run("check", "--isolated", str(tmp_path))[0] == 1
    # A flag overrides: --select beats the file's selection.
    (tmp_path / "newslint.toml").write_text("select = ['NL4']\n")
    assert run("check", "--select", "NL201", str(tmp_path))[0] == 1


def test_unknown_rule_in_config(tmp_path: Path) -> None:
    (tmp_path / "newslint.toml").write_text("select = ['NL777']\n")
    (tmp_path / "a.txt").write_text(FAULTY)
    code, _, err = run("check", str(tmp_path))
    assert code == 2 and "unknown rule code or name: NL777" in err and "newslint.toml" in err


def test_longest_prefix_wins(tmp_path: Path) -> None:
    (tmp_path / "newslint.toml").write_text("select = ['NL201']\nignore = ['NL2']\n")
    (tmp_path / "a.txt").write_text(FAULTY)
    assert run("check", str(tmp_path))[0] == 1  # NL201 (5 chars) beats NL2 (3 chars)


def test_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "newslint.toml").write_text("[per-file-ignores]\n'archive/*.txt' = ['NL201']\n")
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(FAULTY)
    (tmp_path / "new.txt").write_text(FAULTY)
    code, out, _ = run("check", "--format", "json", str(tmp_path))
    assert [Path(f["path"]).name for f in json.loads(out)] == ["new.txt"]


def test_include_and_exclude(tmp_path: Path) -> None:
    (tmp_path / "newslint.toml").write_text("include = ['*.story']\nexclude = ['drafts/']\n")
    (tmp_path / "a.story").write_text(FAULTY)
    (tmp_path / "b.txt").write_text(FAULTY)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "c.story").write_text(FAULTY)
    code, out, _ = run("check", "--format", "json", str(tmp_path))
    assert [Path(f["path"]).name for f in json.loads(out)] == ["a.story"]


def test_rule_options_validated_by_rule(tmp_path: Path) -> None:
    (tmp_path / "newslint.toml").write_text("[rules.NL201]\nnope = 1\n")
    (tmp_path / "a.txt").write_text(FAULTY)
    code, _, err = run("check", str(tmp_path))
    assert code == 2 and "rules.NL201.nope: unknown option" in err
    (tmp_path / "newslint.toml").write_text("[rules.NL999]\nx = 1\n")
    code, _, err = run("check", str(tmp_path))
    assert code == 2 and "rules.NL999: no such rule" in err


def test_packs_from_config(tmp_path: Path) -> None:
    packs = tmp_path / "house"
    packs.mkdir()
    (packs / "NL801.yaml").write_text(
        "code: NL801\nname: house-style-percent\nkind: substitution\ncategory: style\n"
        "summary: Write per cent.\nrationale: House style.\nexample: 5 percent\nmessage: 'use {replacement}'\n"
        "swap: {percent: per cent}\n"
    )
    (tmp_path / "newslint.toml").write_text("packs = ['house']\n")
    (tmp_path / "a.txt").write_text("Prices\n\nPrices rose 5 percent.\n")
    code, out, _ = run("check", "--format", "json", str(tmp_path / "a.txt"))
    assert code == 1 and json.loads(out)[0]["code"] == "NL801"


def test_values_validated_once_are_rebuilt_from_the_user_cache(tmp_path: Path, monkeypatch) -> None:
    """A repository's config costs pydantic (tens of milliseconds at every pre-commit run) only
    when it is new or edited; values that were refused are refused every time."""
    from newslint import settings_model
    from newslint.config import FileConfig, _kebab
    from newslint.settings_model import Invalid, validate

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    built: list[type] = []
    real = settings_model._validator
    monkeypatch.setattr(settings_model, "_validator", lambda *args: built.append(args[0]) or real(*args))
    values = {"ignore": ["NL5 "], "jobs": 2, "per-file-ignores": {"wire/*.txt": ["NL101"]}}
    first = validate(FileConfig, values, alias_generator=_kebab)
    again = validate(FileConfig, values, alias_generator=_kebab)
    assert again == first and again.ignore == ["NL5"] and again.per_file_ignores == {"wire/*.txt": ["NL101"]}
    assert built == [FileConfig]
    validate(FileConfig, {**values, "jobs": 3}, alias_generator=_kebab)  # edited: checked again
    for _ in range(2):
        with pytest.raises(Invalid, match="jobs"):
            validate(FileConfig, {**values, "jobs": 0}, alias_generator=_kebab)
    assert built == [FileConfig] * 4
