"""Wire formats (NITF, NewsML-G2, ninjs, IPTC 7901, ANPA): read in place, findings at file
positions, fixes written back with every other byte kept, unsafe or unknown input refused.

The articles are the repository's own examples (written for newslint); tests over the agency
items in ../shared/corpus/formats skip when it is absent.
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from newslint.cli import main
from newslint.core.diagnostics import Edit
from newslint.formats import DEFAULT_SUFFIXES, FORMATS, ReaderError, read_document
from newslint.source import read_source

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CORPUS = ROOT.parent / "shared" / "corpus" / "formats"
if not CORPUS.is_dir():
    CORPUS = ROOT.parents[1] / "shared" / "corpus" / "formats"

# For each example: the format it must be read as, and its planted defects (text as written
# in the file, and what the fix leaves), in headline, body and caption where the format has one.
PLANTED = {
    "nitf-story.xml": ("nitf", [("after the the storm", "after the storm"),
                                ("the the first crossing", "the first crossing"),
                                ("leaves leaves the harbour", "leaves the harbour")]),
    "newsml-g2-story.xml": ("newsml", [("opens its its doors", "opens its doors"),
                                       ("the the council&#8217;s", "the council&#8217;s")]),
    "newsml-g2-message.xml": ("newsml", [("year of of building", "year of building"),
                                         ("set up up lanterns", "set up lanterns")]),
    "ninjs-story.json": ("ninjs", [("close for for repairs", "close for repairs"),
                                   ("which the the city", "which the city"),
                                   ("bridge bridge over", "bridge over")]),
    "iptc7901-story.txt": ("iptc7901", [("close for for repairs", "close for repairs"),
                                        ("\r\nthe the city", "\r\nthe city")]),
    "anpa-story.tst": ("anpa", [("close for for repairs", "close for repairs"),
                                ("which the the city", "which the city")]),
}


def _position(data: str, needle: str) -> tuple[int, int]:
    """1-based line and column of the second word of a planted doubled word."""
    lead = len(needle) - len(needle.lstrip("\r\n"))
    words = needle[lead:].split(" ")
    twice = next(i for i in range(len(words) - 1) if words[i].lower() == words[i + 1].lower())
    offset = data.index(needle) + lead + len(" ".join(words[: twice + 1])) + 1
    line = data.count("\n", 0, offset) + 1
    return line, offset - (data.rfind("\n", 0, offset) + 1) + 1


def _text(path: Path) -> str:
    return read_source(str(path)).text


def _check_json(*paths: Path, extra: tuple[str, ...] = ()) -> tuple[int, list[dict]]:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *extra, *map(str, paths)])
    return result.exit_code, json.loads(result.stdout or "[]")


def _parses(path: Path, fmt: str) -> None:
    text = _text(path)
    doc = read_document(text, str(path))
    assert doc.format == fmt
    if fmt == "ninjs":
        json.loads(text)
    if fmt in ("nitf", "newsml"):
        import xml.parsers.expat

        xml.parsers.expat.ParserCreate().Parse(text.encode(), True)


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_planted_defects_are_reported_at_file_positions(name: str) -> None:
    fmt, planted = PLANTED[name]
    path = EXAMPLES / name
    data = _text(path)
    assert read_document(data, str(path)).format == fmt
    code, findings = _check_json(path)
    assert code == 1
    doubled = sorted((f["line"], f["column"]) for f in findings if f["code"] == "NL201")
    assert doubled == sorted(_position(data, needle) for needle, _ in planted)


@pytest.mark.parametrize("name", sorted(PLANTED))
def test_fix_changes_only_the_edits_and_the_file_still_parses(name: str, tmp_path: Path) -> None:
    fmt, planted = PLANTED[name]
    work = tmp_path / name
    original = (EXAMPLES / name).read_bytes()
    work.write_bytes(original)
    CliRunner().invoke(main, ["fix", "--no-cache", str(work)])
    expected = original.decode("latin-1")
    for needle, fixed in planted:
        assert expected.count(needle) == 1
        expected = expected.replace(needle, fixed)
    assert work.read_bytes() == expected.encode("latin-1")  # every other byte as it was
    _parses(work, fmt)
    CliRunner().invoke(main, ["fix", "--no-cache", str(work)])
    assert work.read_bytes() == expected.encode("latin-1")  # a second fix changes nothing


def _xsd(name: str):  # noqa: ANN202
    etree = pytest.importorskip("lxml.etree")
    path = CORPUS.parent / "formats" / "iptc-newsml-g2" / "examples" / name
    if not path.is_file() or path.stat().st_size == 0:
        pytest.skip(f"{name} is not at hand")
    return etree, etree.XMLSchema(etree.parse(str(path)))


@pytest.mark.parametrize(("name", "schema"), [("nitf-story.xml", "nitf-3-6.xsd"),
                                              ("newsml-g2-story.xml", "NewsML-G2_2.24-spec-All-Core.xsd"),
                                              ("newsml-g2-message.xml", "NewsML-G2_2.24-spec-All-Core.xsd")])
def test_xml_examples_validate_before_and_after_the_fix(name: str, schema: str, tmp_path: Path) -> None:
    etree, xsd = _xsd(schema)
    work = tmp_path / name
    work.write_bytes((EXAMPLES / name).read_bytes())
    assert xsd.validate(etree.parse(str(work))), xsd.error_log
    CliRunner().invoke(main, ["fix", "--no-cache", str(work)])
    assert xsd.validate(etree.parse(str(work))), xsd.error_log


NITF = """<?xml version="1.0"?>
<nitf><body><body.head><hedline><hl1>{head}</hl1></hedline></body.head>
<body.content><p>{body}</p></body.content></body></nitf>
"""


def test_entities_read_as_their_character_and_are_reported_at_the_entity(tmp_path: Path) -> None:
    path = tmp_path / "story.xml"
    path.write_text(NITF.format(head="Caf&#233; rules", body="The caf&#233; caf&#233; owners &amp; staff met."))
    doc = read_document(path.read_text(), str(path))
    assert doc.headline is not None and doc.headline.text == "Café rules"
    assert "The café café owners & staff met." in doc.text
    code, findings = _check_json(path)
    doubled = [f for f in findings if f["code"] == "NL201"]
    assert len(doubled) == 1 and doubled[0]["line"] == 3
    assert doubled[0]["column"] == len("<body.content><p>The caf&#233; ") + 1
    CliRunner().invoke(main, ["fix", "--no-cache", str(path)])
    assert "<p>The caf&#233; owners &amp; staff met.</p>" in path.read_text()


def test_an_edit_across_a_tag_is_refused_and_the_finding_kept(tmp_path: Path) -> None:
    path = tmp_path / "story.xml"
    body = "Talks went on into the <em>the</em> night, officials said."
    path.write_text(NITF.format(head="Talks go on", body=body))
    before = path.read_bytes()
    code, findings = _check_json(path)
    doubled = [f for f in findings if f["code"] == "NL201"]
    assert code == 1 and len(doubled) == 1 and not doubled[0]["fixable"]
    CliRunner().invoke(main, ["fix", "--no-cache", str(path)])
    assert path.read_bytes() == before


def test_replacements_are_escaped_for_where_they_land(tmp_path: Path) -> None:
    text = ('{"headline": "Deal done", "body_html": "<p>Fish and chips</p>",'
            ' "associations": {"photo": {"description_text": "Fish and chips"}}}')
    doc = read_document(text, "item.json")
    in_html = doc.text.index("and chips")
    edit = doc.source_map.edit(Edit(in_html, in_html + 3, 'A & "B"'))
    assert edit is not None and edit.content == 'A &amp; \\"B\\"'
    in_string = doc.text.rindex("and chips")
    edit = doc.source_map.edit(Edit(in_string, in_string + 3, 'A & "B"'))
    assert edit is not None and edit.content == 'A & \\"B\\"'
    xml = NITF.format(head="Fish", body="Fish and chips")
    doc = read_document(xml, "story.xml")
    at = doc.text.index("and")
    assert doc.source_map.edit(Edit(at, at + 3, "<&>")).content == "&lt;&amp;&gt;"
    # Between two blocks there is nothing in the file to edit.
    headline_end = doc.headline.end
    assert doc.source_map.edit(Edit(headline_end, headline_end + 2, " ")) is None


def test_json_escapes_read_as_characters(tmp_path: Path) -> None:
    path = tmp_path / "item.json"
    path.write_text('{"headline": "\\u201cNo\\u201d vote", "body_text": "He said \\"yes\\" to the the plan."}\n')
    doc = read_document(path.read_text(), str(path))
    assert doc.headline is not None and doc.headline.text == "“No” vote"
    code, findings = _check_json(path)
    doubled = [f for f in findings if f["code"] == "NL201"]
    assert [(f["line"], f["column"]) for f in doubled] == [(1, path.read_text().index("the plan") + 1)]


REFUSED = {
    "other.xml": '<?xml version="1.0"?>\n<project><name>x</name></project>\n',
    "package.json": '{"name": "x", "version": "1.0.0"}\n',
    "page.html": "<html><body><p>Hello</p></body></html>\n",
    "bad.json": '{"headline": "Talks",\n "body_text": }\n',
    "bad.xml": '<?xml version="1.0"?>\n<nitf><body>\n<p>open</body></nitf>\n',
    "xxe.xml": '<?xml version="1.0"?>\n<!DOCTYPE nitf [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
               "<nitf><body><body.content><p>&x;</p></body.content></body></nitf>\n",
    "bomb.xml": '<?xml version="1.0"?>\n<!DOCTYPE nitf [\n<!ENTITY a "aaaaaaaaaa">\n'
                + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n' for i in range(9))
                + "]>\n<nitf><body><body.content><p>&j;</p></body.content></body></nitf>\n",
    "deep.xml": '<?xml version="1.0"?>\n<nitf>' + "<block>" * 100_000 + "</block>" * 100_000 + "</nitf>\n",
    "deep.json": "[" * 100_000 + "]" * 100_000,
}


def test_unknown_malformed_and_hostile_input_is_refused_in_one_line(tmp_path: Path) -> None:
    for name, content in REFUSED.items():
        (tmp_path / name).write_text(content)
    good = tmp_path / "good.xml"
    good.write_text(NITF.format(head="Talks resume", body="Talks resumed on the the border."))
    started = time.process_time()
    result = CliRunner().invoke(main, ["check", "--no-cache", *sorted(map(str, tmp_path.iterdir()))])
    assert time.process_time() - started < 20  # nothing hangs
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == len(REFUSED)
    for name in REFUSED:
        line = next(e for e in errors if f"{tmp_path / name}:" in e)
        assert re.search(rf"{re.escape(name)}:\d+:\d+: ", line), line
    assert "NL201" in result.output  # the run went on to the good file
    assert "passwd" not in result.output.replace("/etc/passwd", "")


def test_a_folder_walk_passes_over_xml_and_json_that_are_no_news(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text('{"name": "desk-tools", "version": "1.0.0"}')
    (tmp_path / "build.xml").write_text('<?xml version="1.0"?>\n<project name="site"><target/></project>\n')
    (tmp_path / "story.xml").write_text(NITF.format(head="Talks resume", body="Talks resumed on the the border."))
    result = CliRunner().invoke(main, ["check", "--no-cache", str(tmp_path)])
    assert result.exit_code == 1 and "error:" not in result.output
    assert "NL201" in result.output and "package.json" not in result.output
    named = CliRunner().invoke(main, ["check", "--no-cache", str(tmp_path / "package.json")])
    assert named.exit_code == 2 and "package.json:1:1: JSON of no format newslint reads" in named.output
    hook = CliRunner().invoke(main, ["check", "--no-cache", "--skip-non-news", *sorted(map(str, tmp_path.iterdir()))])
    assert hook.exit_code == 1 and "error:" not in hook.output and "NL201" in hook.output


def test_input_format_overrides_the_suffix(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(NITF.format(head="Talks resume", body="Talks resumed on the the border."))
    code, findings = _check_json(path, extra=("--input-format", "nitf"))
    assert code == 1 and [f["line"] for f in findings if f["code"] == "NL201"] == [3]
    assert {f.name for f in FORMATS} >= {"nitf", "newsml", "ninjs", "iptc7901", "anpa"}


def test_plain_text_starting_with_markup_characters_stays_plain(tmp_path: Path) -> None:
    for text in ("<NGNA> Talks resume\n\nTalks resumed.\n", "{sic} Talks\n\nTalks resumed.\n"):
        assert read_document(text, "story.txt").format == "text"


def test_pre_commit_hooks_take_every_registry_suffix() -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    for hook in hooks:
        pattern = re.compile(hook["files"])
        assert {s for s in DEFAULT_SUFFIXES if s and pattern.search("a" + s)} == {s for s in DEFAULT_SUFFIXES if s}


# --- the agency items of ../shared/corpus/formats ---------------------------------------------


def _manifest() -> list[dict]:
    path = CORPUS / "manifest.jsonl"
    if not path.is_file():
        pytest.skip("../shared/corpus/formats is not at hand")
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def _norm(value: object) -> object:
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return " ".join(str(value or "").split())


def test_corpus_items_parse_and_match_the_manifest() -> None:
    items = _manifest()
    misses = []
    for index, item in enumerate(items):
        path = CORPUS / item["original"]
        doc = read_document(read_source(str(path)).text, str(path))
        nth = sum(1 for other in items[:index] if other["original"] == item["original"])
        fields = doc.meta["items"][nth]  # type: ignore[index]
        for ours, theirs in (("headline", "title"), ("dateline", "dateline"), ("byline", "byline"),
                             ("captions", "captions")):
            if _norm(fields[ours]) != _norm(item[theirs]):
                misses.append((item["converted_name"], ours, fields[ours], item[theirs]))
    assert not misses, misses


def test_corpus_items_check_without_reader_errors() -> None:
    items = _manifest()
    paths = sorted({CORPUS / item["original"] for item in items})
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", *map(str, paths)])
    assert result.exit_code in (0, 1), result.output[-2000:]


def test_reader_errors_carry_line_and_column() -> None:
    with pytest.raises(ReaderError) as caught:
        read_document('{"headline": "x",\n  "body_text": ]}', "item.json")
    assert (caught.value.line, caught.value.column) == (2, 16)


# --- fuzz: random XML, JSON and wire pieces never raise anything but ReaderError -------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = [
    '<?xml version="1.0"?>', "<nitf>", "</nitf>", "<body>", "</body>", "<body.head>", "</body.head>",
    "<hedline><hl1>", "</hl1></hedline>", "<body.content>", "</body.content>", "<p>", "</p>", "<em>",
    "</em>", "<block>", "</block>", "<media-caption>", "</media-caption>", "&amp;", "&#8220;", "&nbsp;",
    "<![CDATA[a<b]]>", "<!-- c -->", "<newsItem>", "</newsItem>", "<contentMeta><headline>", "</headline>",
    '{"headline": "', '", "body_html": "', '", "body_text": "', '"}', "\\u201c", "\\\"", "\\n", "<br/>",
    "\x01", "\x02", "\x03", "\x16", "^", "=", "<", "\r\n", "\n", "\t", " ", "the the ", "By Ann Lee",
    "Talks", "é", "[", "]", "{", "}", ",", ":",
]


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES) | st.text(max_size=2), max_size=60).map("".join),
       st.sampled_from(["a.xml", "a.json", "a.tst", "a.nitf", "a.ninjs", "a"]))
def test_wire_readers_fuzz(text: str, path: str) -> None:
    try:
        doc = read_document(text, path)
    except ReaderError as exc:
        assert str(exc) and (exc.line is None or exc.line >= 1)
        return
    for block in doc.blocks:
        assert doc.text[block.start : block.end] == block.text
    source_map = doc.source_map
    if source_map is None:
        return
    for segment in source_map.segments:
        bounds = list(segment.bounds)
        assert len(bounds) == segment.end - segment.start + 1
        assert all(0 <= a <= b <= len(text) for a, b in zip(bounds, bounds[1:], strict=False))
    for offset in range(len(doc.text) + 1):
        assert 0 <= source_map.offset(offset) <= len(text)


def test_defects_planted_in_corpus_items_are_reported_and_fixed_in_place(tmp_path: Path) -> None:
    """A doubled word planted at the start of each item's headline, first paragraph and first
    caption: wherever the same article as plain text gets the finding, the file gets it at the
    right line and column, and `fix` gives back exactly what fixing the unplanted file gives."""
    _manifest()
    import sys

    sys.path.insert(0, str(ROOT))
    from benchmarks.formats import plant

    paths = sorted({CORPUS / item["original"] for item in _manifest()})
    records = [r for path in paths for r in plant(path, tmp_path) if r["planted"]]
    assert len(records) >= 60
    missed = [r for r in records if r["in_plain"] and not (r["reported"] and r["fixed"])]
    assert not missed, missed
    assert sum(r["in_plain"] for r in records) >= 0.9 * len(records)


def test_a_plain_check_loads_no_wire_format_reader(tmp_path: Path) -> None:
    import subprocess
    import sys

    story = tmp_path / "story.txt"
    story.write_text("Talks resume\n\nTalks resumed on the the border.\n")
    probe = (
        "import sys\nfrom newslint.cli import main\n"
        f"sys.argv = ['newslint', 'check', '--no-cache', {str(story)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('LOADED', sorted(m for m in sys.modules if m.startswith(('newslint.formats.', 'newslint.core.sourcemap',"
        " 'pyexpat', 'html.parser', 'json.decoder'))))\n"
    )
    import os

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}  # the user cache as it is: usually warm
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env=env).stdout
    loaded = out.split("LOADED", 1)[1]
    for module in ("newsxml", "ninjs", "wire", "xmltree", "sourcemap", "pyexpat", "html.parser"):
        assert module not in loaded, loaded


def test_cdata_is_read_as_text_and_fixed_without_escaping(tmp_path: Path) -> None:
    path = tmp_path / "story.xml"
    path.write_text(NITF.format(head="Prices rise", body="<![CDATA[Prices of <b> rose on the the market.]]>"))
    code, findings = _check_json(path)
    assert [f["column"] for f in findings if f["code"] == "NL201"] == [path.read_text().splitlines()[2].index(
        "the market") + 1]
    CliRunner().invoke(main, ["fix", "--no-cache", str(path)])
    assert "<![CDATA[Prices of <b> rose on the market.]]>" in path.read_text()
    doc = read_document(path.read_text(), str(path))
    at = doc.text.index("market")
    assert doc.source_map.edit(Edit(at, at + 6, "a]]>b")) is None  # cannot be written inside CDATA
    assert doc.source_map.edit(Edit(at, at + 6, "a<b")).content == "a<b"
