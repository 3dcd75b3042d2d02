"""The seed article (../shared/corpus/seed/vna-amim21.txt), end to end; skipped when absent."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newslint.cli import main


def test_seed_doubled_word_found_and_fixed(seed_text: str, tmp_path: Path) -> None:
    work = tmp_path / "seed.txt"
    work.write_text(seed_text, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--select", "NL201", "--format", "json", str(work)])
    import json

    (finding,) = json.loads(result.stdout)
    assert finding["category"] == "doubled-word"
    line = seed_text.splitlines()[finding["line"] - 1]
    assert line[finding["column"] - 1 : finding["end_column"] - 1] == "the"
    assert "such as the the ASEAN" in line
    runner.invoke(main, ["fix", "--select", "NL201", str(work)])
    fixed = work.read_text(encoding="utf-8")
    assert fixed == seed_text.replace("such as the the ASEAN", "such as the ASEAN")
    runner.invoke(main, ["fix", "--select", "NL201", str(work)])
    assert work.read_text(encoding="utf-8") == fixed
