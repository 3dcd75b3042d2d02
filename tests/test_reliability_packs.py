"""Malformed rule packs passed with --packs DIR: one line naming the file and, where it applies,
the line; exit 2; never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main
from newslint.packs import PackError, load_pack_dir
from newslint.registry import RegistryError, all_rules

GOOD = """\
kind: existence
code: NL890
name: house-test
category: style
summary: A test rule.
rationale: Tests need one.
example: "Talks resumed."
message: 'found "{match}"'
tokens: [zzyzx]
"""


def pack(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


BROKEN = {
    "bad-yaml": (GOOD.replace("tokens: [zzyzx]", "tokens: [zzyzx\n  bad: value"), 10, "invalid YAML"),
    "unknown-kind": (GOOD.replace("kind: existence", "kind: frobnicate"), 1, "unknown kind 'frobnicate'"),
    "missing-kind": (GOOD.replace("kind: existence\n", ""), None, "missing `kind`"),
    "invalid-regex": (GOOD.replace("tokens: [zzyzx]", "patterns:\n  - 'fine'\n  - '(unclosed'"), 11,
                      "invalid regex '(unclosed'"),
    "unknown-key": (GOOD + "colour: red\n", 10, "colour: unknown key"),
    "wrong-type": (GOOD.replace("tokens: [zzyzx]", "tokens: 12"), 9, "tokens: Input should be a valid list"),
    "bad-category": (GOOD.replace("category: style", "category: gossip"), 4, "unknown category 'gossip'"),
    "bad-placeholder": (GOOD.replace('found "{match}"', 'found "{word}"'), 8, "bad placeholder 'word'"),
    "not-a-mapping": ("- just\n- a list\n", None, "a pack file must be a mapping"),
    "not-utf8": (None, None, "not UTF-8"),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_pack_is_one_line_naming_file_and_line(tmp_path: Path, case: str) -> None:
    text, line, words = BROKEN[case]
    folder = tmp_path / "packs"
    folder.mkdir()
    path = folder / "house.yaml"
    if text is None:
        path.write_bytes(GOOD.replace("Tests need one.", "Caf\xe9").encode("latin-1"))
    else:
        path.write_text(text)
    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nTalks resumed.\n")
    result = CliRunner().invoke(main, ["check", "--packs", str(folder), str(article)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 2, result.output
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, lines
    where = f"{path}:{line}:" if line else f"{path}"
    assert where in lines[0] and words in lines[0], lines[0]


def test_duplicate_codes_within_a_pack_folder_name_both_files(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    first = pack(folder, "a.yaml", GOOD)
    second = pack(folder, "b.yaml", GOOD.replace("house-test", "house-other"))
    with pytest.raises(PackError) as info:
        load_pack_dir(folder)
    message = str(info.value)
    assert message.startswith(f"{second}:2: NL890: duplicate rule code") and str(first) in message


def test_pack_reusing_a_builtin_code_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    pack(folder, "a.yaml", GOOD.replace("NL890", "NL201"))
    with pytest.raises((PackError, RegistryError)) as info:
        all_rules((folder,))
    message = str(info.value)
    assert message.startswith(f"{folder / 'a.yaml'}: duplicate rule code or name 'NL201'")
    assert "nl201_doubled_word" in message


def test_missing_pack_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", "--packs", str(tmp_path / "nope"), str(tmp_path)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{tmp_path / 'nope'}" in result.stderr and "not found" in result.stderr


def test_good_pack_loads_and_runs(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    pack(folder, "a.yaml", GOOD)
    article = tmp_path / "a.txt"
    article.write_text("Talks\n\nThe zzyzx road.\n")
    result = CliRunner().invoke(main, ["check", "--packs", str(folder), str(article)])
    assert result.exit_code == 1 and "NL890" in result.output
