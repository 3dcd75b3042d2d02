"""IPTC ninjs 1.x, 2.x and 3.x (JSON), with Superdesk's extended 1.x.

The standard library's `json` checks the file (and names the line and column of what is
wrong); a walk beside it, built on `json.decoder.scanstring`, finds where each string value
stands, so a finding in `\\u201c...` or HTML kept inside a JSON string is placed at its escape
in the file and a fix is escaped for where it lands.
"""

from __future__ import annotations

import html.entities
import json
import re
from html.parser import HTMLParser
from json.decoder import scanstring

from ..core.document import BYLINE, CAPTION, HEADING, HEADLINE, PARAGRAPH, Document
from ..core.sourcemap import Builder, Run, append_run, escape_json, escape_json_html
from ..structure import classify
from .errors import ReaderError

MAX_CHARS = 32 * 1024 * 1024
MAX_DEPTH = 256

# Keys that only ninjs has; a JSON object with none of them is not read.
_NINJS_KEYS = frozenset({
    "uri", "guid", "headline", "headlines", "body_text", "body_html", "body_xhtml", "bodies",
    "description_text", "descriptions", "byline", "by", "versioncreated", "versionCreated",
})
_ARTICLE_KEYS = frozenset({"headline", "headlines", "body_text", "body_html", "body_xhtml", "bodies"})


class JStr(str):
    """A JSON string value that knows its place: `start` is the opening quote's offset."""

    start: int
    end: int


_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _value(text: str, pos: int, depth: int) -> tuple[object, int]:
    pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
    char = text[pos : pos + 1]
    if char == '"':
        value, end = scanstring(text, pos + 1)
        placed = JStr(value)
        placed.start, placed.end = pos, end
        return placed, end
    if char in "{[":
        if depth >= MAX_DEPTH:
            raise ReaderError(f"JSON nested more than {MAX_DEPTH} levels deep; not read", *_line_column(text, pos))
        closing = "}" if char == "{" else "]"
        items: list[object] = []
        pairs: dict[str, object] = {}
        pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
        if text[pos] == closing:
            return (pairs if char == "{" else items), pos + 1
        while True:
            if char == "{":
                key, pos = _value(text, pos, depth + 1)
                pos = _WS.match(text, pos).end() + 1  # type: ignore[union-attr]  # past ':'
                value, pos = _value(text, pos, depth + 1)
                pairs[str(key)] = value
            else:
                value, pos = _value(text, pos, depth + 1)
                items.append(value)
            pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
            if text[pos] == closing:
                return (pairs if char == "{" else items), pos + 1
            pos += 1  # ','
    for word, meaning in (("true", True), ("false", False), ("null", None)):
        if text.startswith(word, pos):
            return meaning, pos + len(word)
    match = _NUMBER.match(text, pos)
    return float(match.group()), match.end()  # type: ignore[union-attr]


def _line_column(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse(text: str) -> object:
    if len(text) > MAX_CHARS:
        raise ReaderError(f"JSON file too large to read ({len(text)} characters)", line=1, column=1)
    try:
        json.loads(text)  # the check, with its exact messages
    except json.JSONDecodeError as exc:
        raise ReaderError(f"malformed JSON: {exc.msg}", line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:
        raise ReaderError("JSON nested too deeply; not read", line=1, column=1) from exc
    return _value(text, 0, 0)[0]


def _bounds(text: str, value: JStr) -> list[int]:
    """File offset of every character boundary of a string value, escapes included."""
    bounds = [value.start + 1]
    pos = value.start + 1
    for char in value:
        if text[pos] == "\\":
            if text[pos + 1] == "u":
                pos += 12 if ord(char) > 0xFFFF and text[pos + 6 : pos + 8] == "\\u" else 6
            else:
                pos += 2
        else:
            pos += 1
        bounds.append(pos)
    return bounds


def _run(text: str, value: JStr) -> Run:
    return Run(str(value), _bounds(text, value))


# --- HTML kept in a JSON string -------------------------------------------------------------

_BLOCKS = {"p": PARAGRAPH, "li": PARAGRAPH, "blockquote": PARAGRAPH, "div": PARAGRAPH, "pre": PARAGRAPH,
           "figcaption": CAPTION, "caption": CAPTION, "h1": HEADING, "h2": HEADING, "h3": HEADING,
           "h4": HEADING, "h5": HEADING, "h6": HEADING, "td": PARAGRAPH, "br": PARAGRAPH}
_SKIP = frozenset({"script", "style", "head", "title"})


class _HtmlBlocks(HTMLParser):
    """Blocks of an HTML string, each a list of runs whose bounds are file offsets."""

    def __init__(self, source: str, value: JStr) -> None:
        super().__init__(convert_charrefs=False)
        self.value = str(value)
        self.file_bounds = _bounds(source, value)
        self.line_starts = [0, *(m.end() for m in re.finditer(r"\n", self.value))]
        self.blocks: list[tuple[str, list[Run]]] = []
        self.kind = PARAGRAPH
        self.runs: list[Run] = []
        self.skipping = 0

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _flush(self) -> None:
        if any(r.text.strip() for r in self.runs):
            self.blocks.append((self.kind, self.runs))
        self.runs = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCKS:
            self._flush()
            self.kind = _BLOCKS[tag]

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._flush()
            self.kind = PARAGRAPH

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        at = self._offset()
        append_run(self.runs, Run(data, self.file_bounds[at : at + len(data) + 1]))

    def _entity(self, char: str) -> None:
        if self.skipping:
            return
        at = self._offset()
        end = self.value.find(";", at) + 1 or at + 1
        append_run(self.runs, Run(char, [self.file_bounds[at]] * len(char) + [self.file_bounds[end]]))

    def handle_entityref(self, name: str) -> None:
        point = html.entities.name2codepoint.get(name)
        self._entity(chr(point) if point is not None else f"&{name};")

    def handle_charref(self, name: str) -> None:
        try:
            point = int(name[1:], 16) if name[:1] in "xX" else int(name)
            self._entity(chr(point))
        except (ValueError, OverflowError):
            self._entity(f"&#{name};")

    def close(self) -> None:
        super().close()
        self._flush()


def _html_blocks(source: str, value: JStr) -> list[tuple[str, list[Run]]]:
    parser = _HtmlBlocks(source, value)
    parser.feed(str(value))
    parser.close()
    return parser.blocks


# --- ninjs -----------------------------------------------------------------------------------


def _text_paragraphs(builder: Builder, source: str, value: JStr, kind: str = PARAGRAPH) -> None:
    run = _run(source, value)
    start = 0
    for piece in re.split(r"\n\s*\n|\r\n\s*\r\n", run.text) if "\n" in run.text else [run.text]:
        start = run.text.find(piece, start)
        end = start + len(piece)
        builder.add(kind, [Run(piece, run.bounds[start : end + 1])], escape_json)
        start = end


def _first_str(*values: object) -> JStr | None:
    for value in values:
        if isinstance(value, JStr) and value.strip():
            return value
    return None


def _valued(items: object, role_word: str | None = None) -> list[dict]:
    """ninjs 2.x/3.x lists of {value, role, contenttype}."""
    if not isinstance(items, list):
        return []
    return [i for i in items if isinstance(i, dict) and isinstance(i.get("value"), JStr)
            and (role_word is None or role_word in str(i.get("role", "")).lower())]


def _is_html(entry: dict) -> bool:
    kind = str(entry.get("contenttype") or entry.get("contentType") or entry.get("content_type") or "").lower()
    return "html" in kind or "xml" in kind or str(entry["value"]).lstrip().startswith("<")


class _Ninjs:
    def __init__(self, source: str) -> None:
        self.source = source
        self.builder = Builder(source)
        self.fields: dict[str, object] = {"headline": "", "dateline": "", "byline": "", "captions": []}

    def string(self, kind: str, value: JStr | None, field: str | None = None) -> None:
        if value is None:
            return
        added = self.builder.add(kind, [_run(self.source, value)], escape_json)
        if field == "captions" and added:
            self.fields["captions"].append(added)  # type: ignore[union-attr]
        elif field and added and not self.fields[field]:
            self.fields[field] = added

    def html(self, value: JStr, default: str = PARAGRAPH, field: str | None = None) -> None:
        for kind, runs in _html_blocks(self.source, value):
            added = self.builder.add(default if kind == PARAGRAPH else kind, runs, escape_json_html)
            if field == "captions" and added:
                self.fields["captions"].append(added)  # type: ignore[union-attr]

    def item(self, data: dict) -> None:
        headlines = _valued(data.get("headlines"))
        main = [h for h in headlines if str(h.get("role", "main")).lower() in ("main", "")] or headlines
        self.string(HEADLINE, _first_str(data.get("headline"), *(h["value"] for h in main[:1])), "headline")
        self.string(BYLINE, _first_str(data.get("byline"), data.get("by")), "byline")
        located = data.get("located")
        if isinstance(located, str):
            self.fields["dateline"] = " ".join(located.split())
        for entry in _valued(data.get("descriptions")):
            kind = CAPTION if "caption" in str(entry.get("role", "")).lower() else PARAGRAPH
            field = "captions" if kind == CAPTION else None
            if _is_html(entry):
                self.html(entry["value"], kind, field)
            else:
                self.string(kind, entry["value"], field)
        self.body(data)
        associations = data.get("associations")
        members = associations.values() if isinstance(associations, dict) else associations
        for member in members if isinstance(members, (list, type({}.values()))) else ():
            if isinstance(member, dict):
                self.caption(member)

    def body(self, data: dict) -> None:
        text = _first_str(data.get("body_text"))
        markup = _first_str(data.get("body_html"), data.get("body_xhtml"))
        if markup is not None:
            self.html(markup)
        elif text is not None:
            _text_paragraphs(self.builder, self.source, text)
        bodies = _valued(data.get("bodies"))
        if bodies:
            html_bodies = [b for b in bodies if _is_html(b)]
            chosen = html_bodies[0] if html_bodies else bodies[0]
            if _is_html(chosen):
                self.html(chosen["value"])
            else:
                _text_paragraphs(self.builder, self.source, chosen["value"])

    def caption(self, member: dict) -> None:
        """An associated picture's or video's caption: its description."""
        value = _first_str(member.get("description_text"))
        if value is not None:
            self.string(CAPTION, value, "captions")
            return
        for entry in _valued(member.get("descriptions")):
            if _is_html(entry):
                self.html(entry["value"], CAPTION, "captions")
            else:
                self.string(CAPTION, entry["value"], "captions")
            return
        markup = _first_str(member.get("description_html"))
        if markup is not None:
            self.html(markup, CAPTION, "captions")

    def document(self, path: str) -> Document:
        text = self.builder.text()
        blocks, dateline, end_markers = classify(text, self.builder.chunks, first_is_headline=False)
        doc = Document(text=text, path=path, format="ninjs", blocks=blocks, dateline=dateline,
                       end_markers=end_markers, own_markup=True, meta={"fields": self.fields, "items": [self.fields]})
        doc.source_map = self.builder.source_map()
        return doc


def detect_ninjs(text: str) -> str:
    """"ninjs" when the JSON looks like a ninjs item; otherwise a one-line refusal."""
    data = parse(text)
    if isinstance(data, dict) and _NINJS_KEYS & data.keys():
        return "ninjs"
    raise ReaderError("JSON of no format newslint reads (no ninjs keys such as headline or body_html); not read",
                      line=1, column=1)


def read_ninjs(text: str, path: str = "<string>") -> Document:
    data = parse(text)
    if not isinstance(data, dict):
        raise ReaderError("not ninjs: the JSON is not an object", line=1, column=1)
    reader = _Ninjs(text)
    reader.item(data)
    if not reader.fields["headline"] and not _ARTICLE_KEYS & data.keys():
        raise ReaderError("not ninjs: no headline and no body", line=1, column=1)
    return reader.document(path)
