"""Markdown articles with optional YAML front matter (title, date, captions).

Only the block structure matters to the rules: headings, paragraphs, list items, images with
their alt text as captions, tables, code (skipped) and HTML comments (kept for suppression).
"""

from __future__ import annotations

import datetime as dt

from ..core.document import (
    CAPTION,
    CODE,
    COMMENT,
    FRONT_MATTER,
    HEADING,
    HEADLINE,
    PARAGRAPH,
    TABLE,
    Block,
    Document,
)
from ..regexes import compile_cached
from ..structure import classify, split_lines_into_paragraphs
from .errors import ReaderError

_LINE = compile_cached(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_FENCE = compile_cached(r"^\s{0,3}(`{3,}|~{3,})")
_HEADING = compile_cached(r"^\s{0,3}#{1,6}[ \t]+")
_LIST_ITEM = compile_cached(r"^\s{0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTE = compile_cached(r"^\s{0,3}(?:>[ \t]?)+")
_IMAGE = compile_cached(r"^\s*!\[(?P<alt>[^\]]*)\]\([^)]*\)\s*$")
_TABLE_ROW = compile_cached(r"^\s*\|.*\|\s*$")
_COMMENT_START = compile_cached(r"^\s*<!--")


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end-without-newline, content) for every line."""
    out: list[tuple[int, int, str]] = []
    for match in _LINE.finditer(text):
        if match.start() == len(text):
            break
        raw = match.group()
        content = raw.rstrip("\r\n")
        out.append((match.start(), match.start() + len(content), content))
    return out


def _front_matter(text: str, lines: list[tuple[int, int, str]]) -> tuple[int, dict, list[Block]]:
    """Parse `---` front matter; returns (index of first body line, data, blocks)."""
    if not lines or lines[0][2].strip() != "---":
        return 0, {}, []
    for index in range(1, len(lines)):
        if lines[index][2].strip() in ("---", "..."):
            break
    else:
        raise ReaderError("front matter opened with '---' is never closed", line=1)
    body_start, body_end = lines[1][0] if len(lines) > 1 else 0, lines[index][0]
    raw = text[body_start:body_end]
    import yaml  # only for front matter: a plain-text run never needs it

    try:
        data = yaml.safe_load(raw) if raw.strip() else {}
    except yaml.YAMLError as exc:
        # The context mark points at what was left open ("[unclosed"), the better line to name.
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ReaderError(f"malformed front matter: {problem}", line=line) from exc
    except RecursionError as exc:  # PyYAML builds nested values recursively
        raise ReaderError("malformed front matter: nested too deeply", line=2) from exc
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. `date: 2024-13-45`, `!!int abc`
        raise ReaderError(f"malformed front matter: {exc}", line=_bad_value_line(raw)) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ReaderError("front matter must be a mapping of keys to values", line=2)
    blocks = [Block(FRONT_MATTER, lines[0][0], lines[index][1], text[lines[0][0] : lines[index][1]])]
    blocks.extend(_front_matter_values(text, lines[1:index], data))
    return index + 1, data, blocks


def _bad_value_line(raw: str) -> int:
    """The file line of the first front-matter value PyYAML cannot build (the block starts on
    line 2), found by building the values one by one."""
    import yaml

    try:
        loader = yaml.SafeLoader(raw)
        try:
            root = loader.get_single_node()
            pairs = root.value if isinstance(root, yaml.MappingNode) else []
            for _key, value in pairs:
                try:
                    loader.construct_object(value, deep=True)
                except (ValueError, TypeError, OverflowError):
                    return value.start_mark.line + 2
        finally:
            loader.dispose()
    except (yaml.YAMLError, RecursionError):
        pass
    return 2


def _front_matter_values(text: str, lines: list[tuple[int, int, str]], data: dict) -> list[Block]:
    """Point the title and captions at their place in the front matter, so findings land there."""
    wanted: list[tuple[str, str]] = []
    if isinstance(data.get("title"), str):
        wanted.append((HEADLINE, data["title"]))
    captions = data.get("captions") or ([data["caption"]] if "caption" in data else [])
    if isinstance(captions, list):
        wanted.extend((CAPTION, c) for c in map(_caption_text, captions) if c)
    blocks: list[Block] = []
    used: set[int] = set()
    for kind, value in wanted:
        value = value.strip()
        for start, _end, content in lines:
            column = content.find(value)
            if value and column != -1 and start not in used:
                used.add(start)
                begin = start + column
                blocks.append(Block(kind, begin, begin + len(value), value))
                break
    return blocks


def _caption_text(item: object) -> str | None:
    """A caption string; unquoted "Text. (Photo: Reuters)" parses as a one-key mapping."""
    if isinstance(item, str):
        return item
    if isinstance(item, dict) and len(item) == 1:
        key, value = next(iter(item.items()))
        return f"{key}: {value}"
    return None


def _coerce_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def read_markdown(text: str, path: str = "<string>") -> Document:
    lines = _lines(text)
    first_body, data, fixed_blocks = _front_matter(text, lines)
    chunks: list[tuple[int, int, str]] = []
    paragraph: list[tuple[int, int, str]] = []

    def flush() -> None:
        if paragraph:
            start, end = paragraph[0][0], paragraph[-1][1]
            chunks.extend((s, e, PARAGRAPH) for s, e in split_lines_into_paragraphs(text, start, end))
            paragraph.clear()

    index = first_body
    while index < len(lines):
        start, end, content = lines[index]
        fence = _FENCE.match(content)
        if fence:
            flush()
            closing = fence.group(1)[0] * len(fence.group(1))
            close = index + 1
            while close < len(lines) and not lines[close][2].strip().startswith(closing):
                close += 1
            last = min(close, len(lines) - 1)
            chunks.append((start, lines[last][1], CODE))
            index = close + 1
            continue
        if _COMMENT_START.match(content):
            flush()
            close = index
            while close < len(lines) and "-->" not in lines[close][2]:
                close += 1
            last = min(close, len(lines) - 1)
            chunks.append((start, lines[last][1], COMMENT))
            index = last + 1
            continue
        if not content.strip():
            flush()
        elif heading := _HEADING.match(content):
            flush()
            title = content.rstrip().rstrip("#").rstrip()
            chunks.append((start + heading.end(), start + max(len(title), heading.end()), HEADING))
        elif image := _IMAGE.match(content):
            flush()
            chunks.append((start + image.start("alt"), start + image.end("alt"), CAPTION))
        elif _TABLE_ROW.match(content):
            flush()
            if chunks and chunks[-1][2] == TABLE:
                chunks[-1] = (chunks[-1][0], end, TABLE)
            else:
                chunks.append((start, end, TABLE))
        elif item := (_LIST_ITEM.match(content) or _QUOTE.match(content)):
            if _LIST_ITEM.match(content):
                flush()
            paragraph.append((start + item.end(), end, content))
        else:
            paragraph.append((start, end, content))
        index += 1
    flush()

    has_title = any(b.kind == HEADLINE for b in fixed_blocks)
    if not has_title:
        # The first heading of the body is the headline.
        for i, (s, e, kind) in enumerate(chunks):
            if kind == HEADING:
                chunks[i] = (s, e, HEADLINE)
                break
            if kind == PARAGRAPH:
                break
    blocks, dateline, end_markers = classify(text, chunks, first_is_headline=False)
    all_blocks = tuple(sorted(fixed_blocks + list(blocks), key=lambda b: (b.start, b.end)))
    meta: dict[str, object] = {}
    if "title" in data:
        meta["title"] = data["title"]
    parsed = _coerce_date(data.get("date"))
    if parsed is not None:
        meta["date"] = parsed
    return Document(
        text=text,
        path=path,
        format="markdown",
        blocks=all_blocks,
        dateline=dateline,
        end_markers=end_markers,
        meta=meta,
        own_markup=True,  # HTML is part of Markdown
        quoted=frozenset(b.start for b in all_blocks if _in_block_quote(text, b.start)),
    )


def _in_block_quote(text: str, start: int) -> bool:
    """A `>` stands on the line before the block's start: it is quoted (or a pull-quote)."""
    line_start = max(text.rfind("\n", 0, start), text.rfind("\r", 0, start)) + 1
    return ">" in text[line_start:start]
