"""Golden end-to-end tests: each article in examples/ fixes to its twin in examples/fixed/."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main
from newslint.formats import DEFAULT_SUFFIXES

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
# One article per input format the registry knows (plain, Markdown, NITF, NewsML-G2, ninjs,
# IPTC 7901, ANPA), each with its fixed twin.
BEFORE = sorted(p for p in EXAMPLES.iterdir() if p.suffix in DEFAULT_SUFFIXES and p.is_file())


def test_every_example_has_a_fixed_twin() -> None:
    assert BEFORE, "examples/ is empty"
    for path in BEFORE:
        assert (EXAMPLES / "fixed" / path.name).is_file(), f"no examples/fixed/{path.name}"


@pytest.mark.parametrize("example", BEFORE, ids=lambda p: p.name)
def test_example_fixes_to_golden(example: Path, tmp_path: Path) -> None:
    work = tmp_path / example.name
    work.write_bytes(example.read_bytes())
    runner = CliRunner()
    before = runner.invoke(main, ["check", str(work)])
    assert before.exit_code == 1, "an example must show at least one finding"
    runner.invoke(main, ["fix", str(work)])
    assert work.read_bytes() == (EXAMPLES / "fixed" / example.name).read_bytes()
    runner.invoke(main, ["fix", str(work)])
    assert work.read_bytes() == (EXAMPLES / "fixed" / example.name).read_bytes()


@pytest.mark.parametrize("example", BEFORE, ids=lambda p: p.name)
def test_fixed_example_has_nothing_left_to_fix(example: Path) -> None:
    result = CliRunner().invoke(main, ["fix", "--diff", str(EXAMPLES / "fixed" / example.name)])
    assert "Would fix 0 findings" in result.output
