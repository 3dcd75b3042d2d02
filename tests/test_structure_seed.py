"""The structure rules (NL4xx) on the seed article: `newslint fix --select NL4` end to end."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from newslint.cli import main

_DATELINE = "Vientiane (VNA) - "
_MARKER = "./."
_DEBRIS = "See more"


def _expected(original: str) -> str:
    """The seed with exactly its structural defects repaired, derived from the text itself."""
    paragraphs = original.split("\n\n")
    dated = next(p for p in paragraphs if p.startswith(_DATELINE))
    bare = dated[len(_DATELINE) :]
    text = original.replace("\n\n" + bare + "\n\n", "\n\n", 1)
    caption = next(p for p in paragraphs if "(Photo:" in p)
    first_line = caption.split("\n")[0]
    assert caption == first_line + "\n" + first_line  # the caption printed twice
    text = text.replace(caption, first_line, 1)
    text = text.replace("Vientiane" + _MARKER, "Vientiane.", 1)
    assert text.endswith("\n\n" + _DEBRIS)
    return text[: -len("\n\n" + _DEBRIS)]


def _fix(path: Path) -> str:
    result = CliRunner().invoke(main, ["fix", "--select", "NL4", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return path.read_text(encoding="utf-8")


def test_seed_fix(seed_text: str, tmp_path: Path) -> None:
    copy = tmp_path / "vna-amim21.txt"
    copy.write_text(seed_text, encoding="utf-8")
    fixed = _fix(copy)

    assert fixed == _expected(seed_text)  # every other character as it was
    assert fixed.count("(Photo: VNA broadcasts)") == 1
    lead = seed_text.split(_DATELINE, 1)[1].split("\n", 1)[0]
    assert fixed.count(lead) == 1 and (_DATELINE + lead) in fixed
    assert _DEBRIS not in fixed and _MARKER not in fixed
    assert "was also held in Vientiane.\n" in fixed

    # A second fix changes nothing.
    assert _fix(copy) == fixed
