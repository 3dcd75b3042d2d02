"""Encodings and line endings are kept byte for byte outside the edited spans; undecodable input
is reported with the file and byte offset and left untouched unless --encoding declares it."""

from __future__ import annotations

import codecs
import itertools
from pathlib import Path

import pytest
from click.testing import CliRunner

from newslint.cli import main
from newslint.source import SourceError, decode

BOM = codecs.BOM_UTF8


def run(*args: str):
    return CliRunner().invoke(main, [*args, "--jobs", "1"])


def article(ending: str | list[str], final: bool) -> tuple[str, str]:
    """(faulty, fixed) with the given line ending(s) and with or without a final newline."""
    lines = ["Tết talks resume", "", "Talks resumed on the the border issue, “Ngọc” said.", "Next line here."]
    endings = itertools.cycle([ending] if isinstance(ending, str) else ending)
    breaks = [next(endings) for _ in lines]
    def join(body: list[str]) -> str:
        text = "".join(line + end for line, end in zip(body, breaks, strict=True))
        return text if final else text[: -len(breaks[-1])]
    fixed = [line.replace("the the", "the") for line in lines]
    return join(lines), join(fixed)


ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r", "mixed": ["\r\n", "\n", "\r", "\r\n"]}


@pytest.mark.parametrize("bom", [False, True], ids=["no-bom", "bom"])
@pytest.mark.parametrize("ending", ENDINGS, ids=list(ENDINGS))
@pytest.mark.parametrize("final", [True, False], ids=["final-newline", "no-final-newline"])
def test_bytes_kept_outside_the_edit(tmp_path: Path, bom: bool, ending: str, final: bool) -> None:
    faulty, fixed = article(ENDINGS[ending], final)
    prefix = BOM if bom else b""
    path = tmp_path / "a.txt"
    path.write_bytes(prefix + faulty.encode("utf-8"))
    result = run("fix", str(path))
    assert result.exit_code == 1, result.output
    assert path.read_bytes() == prefix + fixed.encode("utf-8")
    # And fixing again leaves every byte alone.
    assert run("fix", str(path)).exit_code == 0
    assert path.read_bytes() == prefix + fixed.encode("utf-8")


def test_lone_cr_positions_are_lines(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(b"Talks\r\rTalks on the the border.\r")
    result = run("check", "--format", "json", str(path))
    assert '"line": 3' in result.stdout and '"column": 13' in result.stdout


@pytest.mark.parametrize(
    "raw, offset",
    [
        (b"Headline\n\nCaf\xe9 society met the the board.\n", 13),  # Latin-1
        (BOM + b"Headline\n\nCaf\xe9 society.\n", 16),  # the offset counts the BOM
        (b"Headline\n\n\xe2\x80 truncated sequence.\n", 10),
    ],
)
def test_undecodable_reported_with_byte_offset_and_untouched(tmp_path: Path, raw: bytes, offset: int) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(raw)
    good = tmp_path / "good.txt"
    good.write_text("Talks\n\nTalks on the the border.\n")
    result = run("fix", str(bad), str(good))
    assert result.exit_code == 2
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert line.startswith(f"error: {bad}: not valid utf-8 at byte {offset} ")
    assert "--encoding" in line
    assert bad.read_bytes() == raw
    assert good.read_text() == "Talks\n\nTalks on the border.\n"


def test_declared_encoding_fixes_and_keeps_latin1(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Café\r\n\r\nThe the café opened.\r\n".encode("latin-1"))
    result = run("fix", "--encoding", "latin-1", str(path))
    assert result.exit_code == 1, result.output
    assert path.read_bytes() == "Café\r\n\r\nThe café opened.\r\n".encode("latin-1")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_is_named_and_kept_with_its_byte_order(tmp_path: Path, codec: str) -> None:
    text = "\ufeffTalks\r\n\r\nTalks on the the border.\r\n"
    path = tmp_path / "wide.txt"
    path.write_bytes(text.encode(codec))
    result = run("check", str(path))
    assert result.exit_code == 2 and "looks like utf-16 (byte-order mark); use --encoding utf-16" in result.stderr
    fixed = run("fix", "--encoding", "utf-16", str(path))
    assert fixed.exit_code == 1, fixed.output
    assert path.read_bytes() == text.replace("the the", "the").encode(codec)


def test_utf8_sig_does_not_double_the_bom(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(BOM + b"Talks\n\nTalks on the the border.\n")
    assert run("fix", "--encoding", "utf-8-sig", str(path)).exit_code == 1
    assert path.read_bytes() == BOM + b"Talks\n\nTalks on the border.\n"


def test_unknown_encoding_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Talks\n\nText.\n")
    result = run("check", "--encoding", "klingon", str(path))
    assert result.exit_code == 2 and "unknown encoding 'klingon'" in result.stderr
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    "raw, encoding",
    [(b"a\r\nb\rc\n", None), (BOM + b"x", None), ("\ufeffx".encode("utf-16-be"), "utf-16"),
     ("x\r\n".encode("utf-32-le"), "utf-32"), (b"caf\xe9", "cp1252"), (BOM + b"y", "utf-8-sig")],
)
def test_decode_encode_round_trip(raw: bytes, encoding: str | None) -> None:
    source = decode("a.txt", raw, encoding)
    assert source.encode(source.text) == raw


def test_binary_is_a_skip_not_an_error() -> None:
    with pytest.raises(SourceError) as info:
        decode("img.txt", b"\x89PNG\r\n\x1a\n\x00\x00")
    assert info.value.skipped and "binary file" in str(info.value)
