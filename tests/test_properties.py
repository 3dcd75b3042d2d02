"""Property tests over generated articles: the fixer's promises hold for every default rule.

Articles are built from wire-copy parts (headline, dateline, byline, caption, sign-off, end
marker) plus every paragraph of every rule case file (`tests/cases/*.yaml`), so each rule's own
triggers are in the mix and new rules are covered as soon as they have cases. Defects are
injected on top: doubled words, duplicated and glued paragraphs, web debris, stray markup,
mojibake, numbers. Line endings are drawn per line break (LF, CRLF, lone CR), with or without a
final newline, and the file may start with a UTF-8 BOM.

Promises (see tests/PROMISES.md): fixing never raises and no rule crashes (NL900); fixes
converge; a second fix changes nothing; text outside the edited spans is unchanged; `check`
after `fix` reports no finding a safe fix could still remove; the readers never raise anything
but ReaderError and every block's text is `doc.text[start:end]`.
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.core.diagnostics import Applicability, Diagnostic, Edit, apply_edits
from newslint.core.fixer import fix_text, select_fixes
from newslint.core.linter import lint
from newslint.core.rule import Rule
from newslint.formats import ReaderError, read_document
from newslint.registry import Selection, all_rules, select_rules
from newslint.run.fix import fix_path
from newslint.run.settings import Settings
from newslint.source import read_source
from rule_cases import CASES_DIR

INTERNAL = "NL900"
SAFE = (Applicability.SAFE,)
SAFE_AND_UNSAFE = (Applicability.SAFE, Applicability.UNSAFE)
PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)


@functools.cache
def default_rules() -> tuple[Rule, ...]:
    """What `newslint fix` runs by default, built-in and shipped packs alike."""
    return tuple(select_rules(all_rules(plugins=False), Selection()))


@functools.cache
def case_paragraphs() -> tuple[str, ...]:
    """Every paragraph of every rule case, the triggers each rule's author chose."""
    found: list[str] = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        for case in yaml.safe_load(path.read_text(encoding="utf-8")).get("cases", []):
            text = str(case.get("text", "")).replace("\r\n", "\n").replace("\r", "\n")
            found.extend(p.strip() for p in text.split("\n\n") if p.strip())
    return tuple(dict.fromkeys(found)) or ("The talks resumed.",)


WORDS = (
    "the minister said talks would resume on Monday in Hanoi after a week of "
    "strikes at the port where 3 workers and two unions met police officials"
).split()
DEFECTS = [
    "the the", "in in", "./.", "See more", "Advertisement", "<b>", "</p>", "&nbsp;", "[[", "]]",
    "Ã©", "â€™", "Ä‘", "**", "three ministers: Lan, Minh and Hoa", "2nd", "on Monday, May 3",
    "(Photo: VNA)", "“the the”", "'quoted'", "—", "…", "  ", "\t", "#",
]
DATELINES = ["HANOI (VNA) - ", "LONDON, May 2 (Reuters) - ", "PARIS -- ", "Vientiane (VNA) – ", ""]


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(WORDS + DEFECTS), min_size=1, max_size=14))
    text = " ".join(parts)
    return text[:1].upper() + text[1:] + draw(st.sampled_from([".", ".", "?", "", ":", "./."]))


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return draw(
        st.one_of(
            st.lists(sentences(), min_size=1, max_size=3).map(" ".join),
            st.sampled_from(case_paragraphs()),
            st.sampled_from(["See more", "Advertisement", "VNA", "Reuters", "./.", "(END)", "By Jane Smith"]),
            st.sampled_from(["Photo: Workers return to the port. (Photo: VNA)", "![Waves](w.jpg)", "# Heading"]),
        )
    )


@st.composite
def articles(draw: st.DrawFn) -> str:
    """An article with generated structure, defects and line endings."""
    body = draw(st.lists(paragraphs(), min_size=1, max_size=7))
    if draw(st.booleans()) and len(body) > 1:  # a duplicated paragraph, as wire desks send
        body.insert(draw(st.integers(0, len(body))), draw(st.sampled_from(body)))
    headline = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8).map(" ".join)).title()
    body[0] = draw(st.sampled_from(DATELINES)) + body[0]
    blocks = [headline, *body]
    separator = draw(st.sampled_from(["\n\n", "\n", "\n\n\n", "\n \n"]))
    text = separator.join(blocks)
    if draw(st.booleans()):
        text += "\n"
    # Line endings: all LF, all CRLF, all CR, or a mix drawn break by break.
    style = draw(st.sampled_from(["lf", "crlf", "cr", "mixed"]))
    if style == "crlf":
        text = text.replace("\n", "\r\n")
    elif style == "cr":
        text = text.replace("\n", "\r")
    elif style == "mixed":
        pieces = text.split("\n")
        endings = draw(st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=len(pieces), max_size=len(pieces)))
        text = "".join(p + e for p, e in zip(pieces[:-1], endings, strict=False)) + pieces[-1]
    return text


def _lint(path: str, rules: Sequence[Rule]):
    return lambda text: lint(read_document(text, path), rules)


def _internal_errors(diagnostics: Sequence[Diagnostic]) -> list[str]:
    return [d.message for d in diagnostics if d.code == INTERNAL]


def _check_untouched_outside(before: str, after: str, edits: Sequence[Edit]) -> None:
    """Every character outside the edits is in `after`, at its place shifted by earlier edits.

    Computed independently of `apply_edits`: walk the gaps between edits and compare slices.
    """
    shift = 0
    cursor = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        assert 0 <= edit.start <= edit.end <= len(before), f"edit out of range: {edit}"
        assert edit.start >= cursor, f"overlapping edits applied: {edits}"
        gap = before[cursor : edit.start]
        assert after[cursor + shift : edit.start + shift] == gap
        shift += len(edit.content) - (edit.end - edit.start)
        cursor = edit.end
    assert after[cursor + shift :] == before[cursor:]
    assert len(after) == len(before) + shift


@PROPERTY_SETTINGS
@given(articles(), st.sampled_from(["story.txt", "story.md"]), st.sampled_from([SAFE, SAFE_AND_UNSAFE]))
def test_fix_converges_is_idempotent_and_touches_only_edited_spans(
    text: str, path: str, allowed: tuple[Applicability, ...]
) -> None:
    """`fix` (and `fix --unsafe-fixes`) on any generated article."""
    rules = default_rules()
    linter = _lint(path, rules)
    outcome = fix_text(text, linter, allowed)  # must not raise
    assert outcome.converged, f"fixes did not converge ({outcome.reason}) on {text!r}"

    # Replay the passes: every pass changes only what its chosen edits cover.
    current = text
    for _ in range(20):
        diagnostics = linter(current)
        assert not _internal_errors(diagnostics), (_internal_errors(diagnostics), current)
        fixes = select_fixes(diagnostics, allowed)
        if not fixes:
            break
        edits = [edit for fix in fixes for edit in fix.edits]
        following = apply_edits(current, edits)
        _check_untouched_outside(current, following, edits)
        current = following
    assert current == outcome.text

    # A second fix changes nothing, and check after fix finds nothing a safe fix could remove.
    again = fix_text(outcome.text, linter, allowed)
    assert again.converged and again.text == outcome.text and again.applied == 0
    remaining = linter(outcome.text)
    assert not _internal_errors(remaining)
    fixable_left = [d for d in remaining if d.fix is not None and d.fix.applicability in allowed]
    assert not fixable_left, [(d.code, d.message) for d in fixable_left]


@PROPERTY_SETTINGS
@given(articles(), st.booleans(), st.sampled_from(["story.txt", "story.md"]))
def test_fix_file_keeps_every_byte_outside_edits(text: str, bom: bool, name: str) -> None:
    """On disk: BOM, line endings and a missing final newline survive; only edits differ."""
    raw = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        Path(path).write_bytes(raw)
        result = fix_path(path, Settings(), write=True)
        assert result.error is None, result.error
        expected = fix_text(text, _lint(path, default_rules()), SAFE).text
        written = Path(path).read_bytes()
        assert written == (b"\xef\xbb\xbf" if bom else b"") + expected.encode("utf-8")
        if expected == text:
            assert written == raw
        assert read_source(path).bom == bom
        assert sorted(os.listdir(folder)) == [name], "a temporary file was left behind"


# Readers: random text and Markdown never raise anything but ReaderError, and spans are exact.
_READER_PIECES = list("ab Z1.,:;-#>|*![]()`~_\t\u00a0\u2014\u201c\u201d'\"") + [
    "\n", "\r\n", "\r", "\n\n", "---", "...", "```", "~~~", "<!--", "-->", "title: ", "date: ",
    "captions:\n  - ", "HANOI (VNA) - ", "By ", "Photo: ", "(Photo: VNA)", "./.", "Reuters", "VNA",
    "the the ", "# ", "> ", "- ", "1. ", "| a | b |", "[x]", "{", "}", "&", "*",
]


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_READER_PIECES) | st.text(max_size=3), max_size=80).map("".join),
       st.sampled_from(["a.txt", "a.md"]))
def test_readers_fuzz(text: str, path: str) -> None:
    try:
        doc = read_document(text, path)
    except ReaderError as exc:
        assert str(exc) and (exc.line is None or exc.line >= 1)
        return
    spans = [*doc.blocks, *doc.end_markers, *([doc.dateline] if doc.dateline else [])]
    for block in spans:
        assert 0 <= block.start <= block.end <= len(text), block
        assert doc.text[block.start : block.end] == block.text, block
    for block in doc.blocks:
        line, column = doc.position(block.start)
        assert line >= 1 and column >= 1


# Whole pipeline on random bytes: never an internal error; a file not fixed is left as it was.
_BYTE_PIECES = [
    b"the the ", b"\xef\xbb\xbf", b"\r\n", b"\r", b"\n", b"\n\n", b"---\n", b"title: [", b"\xe9",
    b"\x00", b"\xff\xfe", b"See more", b"HANOI (VNA) - ", b"# ", b"> ", b"./.", b"\xc3\xa9",
    b"\xe2\x80\x99", b"Talks ", b".",
]


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_BYTE_PIECES) | st.binary(max_size=3), max_size=40).map(b"".join),
       st.sampled_from(["a.txt", "a.md"]), st.sampled_from([None, "latin-1", "utf-16"]))
def test_any_bytes_any_encoding_never_crash_or_damage(raw: bytes, name: str, encoding: str | None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        Path(path).write_bytes(raw)
        result = fix_path(path, Settings(encoding=encoding))
        assert "internal error" not in (result.error or ""), result.error
        if result.error or not result.changed:
            assert Path(path).read_bytes() == raw, result.error
        assert os.listdir(folder) == [name]


@given(st.text(alphabet="abcd", max_size=7), st.text(alphabet="abcd", max_size=7))
@settings(max_examples=500, deadline=None)
def test_within_one_edit_is_an_osa_distance_of_at_most_one(a: str, b: str) -> None:
    from rapidfuzz.distance import OSA

    from newslint.spelling.index import within_one_edit

    assert within_one_edit(a, b) == (OSA.distance(a, b) <= 1)
