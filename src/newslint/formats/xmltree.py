"""A small, safe XML tree whose text knows where it stands in the file.

Parsed with the standard library's expat, configured for untrusted input: a document that
declares entities is refused (no entity expansion, so no "billion laughs"; no external
entities, so no XXE), nothing is ever fetched, and size and depth are bounded. Text is kept as
`Run`s: each character with the file offset it was read from, so an entity (`&amp;`,
`&#8220;`) reads as its character and is reported at the entity.
"""

from __future__ import annotations

import bisect
import html.entities
import re
from collections.abc import Iterator

from ..core.sourcemap import Run, append_run, escape_cdata
from .errors import ReaderError

MAX_CHARS = 32 * 1024 * 1024
MAX_DEPTH = 256


class Element:
    __slots__ = ("tag", "attrs", "children", "start")

    def __init__(self, tag: str, attrs: dict[str, str], start: int) -> None:
        self.tag = tag  # local name, without namespace
        self.attrs = attrs
        self.children: list[Element | Run] = []
        self.start = start

    def elements(self) -> Iterator[Element]:
        return (c for c in self.children if isinstance(c, Element))

    def iter(self, *tags: str) -> Iterator[Element]:
        """This element and every element under it with one of `tags` (all if none), in order."""
        stack: list[Element] = [self]
        while stack:
            node = stack.pop()
            if not tags or node.tag in tags:
                yield node
            stack.extend(reversed([c for c in node.children if isinstance(c, Element)]))

    def find(self, *path: str) -> Element | None:
        """The first descendant reached by child tags `path` (each step: first match)."""
        node: Element | None = self
        for tag in path:
            node = next((c for c in node.elements() if c.tag == tag), None) if node else None
        return node

    def first(self, tag: str) -> Element | None:
        return next((e for e in self.iter(tag) if e is not self), None)

    def runs(self, skip: frozenset[str] = frozenset()) -> list[Run]:
        """Every text run under this element, in document order (elements in `skip` left out)."""
        out: list[Run] = []
        stack: list[Element | Run] = [self]
        while stack:
            node = stack.pop()
            if isinstance(node, Run):
                out.append(node)
            elif node is self or node.tag not in skip:
                stack.extend(reversed(node.children))
        return out

    def text(self) -> str:
        return "".join(r.text for r in self.runs())


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1].split(":")[-1]


class _ByteToChar:
    """File character offset of an expat byte index (expat counts UTF-8 bytes)."""

    def __init__(self, text: str) -> None:
        self.byte_at: list[int] = []  # byte offset of each non-ASCII character
        self.extra: list[int] = []  # bytes beyond one, up to and including that character
        total = 0
        for match in re.finditer(r"[^\x00-\x7f]", text):
            width = len(match.group().encode("utf-8", "surrogatepass"))
            self.byte_at.append(match.start() + total)
            total += width - 1
            self.extra.append(total)

    def __call__(self, byte: int) -> int:
        index = bisect.bisect_left(self.byte_at, byte) - 1
        return byte - (self.extra[index] if index >= 0 else 0)


def _entity_end(text: str, at: int) -> int:
    end = text.find(";", at)
    return end + 1 if end != -1 else at + 1


def _map_data(text: str, at: int, data: str) -> tuple[list[int], int]:
    """Boundaries in the file of `data` read from `at` on: literal characters, entities and
    character references, and CRLF (which XML reads as one line feed)."""
    bounds = [at]
    pos = at
    for char in data:
        here = text[pos : pos + 1]
        if here == char:
            pos += 1
        elif here == "&":
            pos = _entity_end(text, pos)
        elif char == "\n" and here == "\r":
            pos += 2 if text[pos + 1 : pos + 2] == "\n" else 1
        else:  # not where we expected it (should not happen): stop mapping this piece
            raise ValueError
        bounds.append(pos)
    return bounds, pos


def parse(text: str, path: str) -> Element:
    import pyexpat

    if len(text) > MAX_CHARS:
        raise ReaderError(f"XML file too large to read ({len(text)} characters)", line=1, column=1)
    parser = pyexpat.ParserCreate(encoding="utf-8", namespace_separator=" ")
    parser.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = False
    to_char = (lambda b: b) if text.isascii() else _ByteToChar(text)
    root: list[Element] = []
    stack: list[Element] = []
    in_cdata = [False]

    def where() -> tuple[int, int]:
        return parser.CurrentLineNumber, parser.CurrentColumnNumber + 1

    def refuse(message: str) -> None:
        line, column = where()
        raise ReaderError(message, line=line, column=column)

    def start(name: str, attrs: dict[str, str]) -> None:
        if len(stack) >= MAX_DEPTH:
            refuse(f"XML nested more than {MAX_DEPTH} elements deep; not read")
        element = Element(_local(name), {_local(k): v for k, v in attrs.items()}, to_char(parser.CurrentByteIndex))
        if stack:
            stack[-1].children.append(element)
        else:
            root.append(element)
        stack.append(element)

    def end(_name: str) -> None:
        stack.pop()

    def data(chunk: str) -> None:
        if not stack:
            return
        at = to_char(parser.CurrentByteIndex)
        try:
            bounds, _ = _map_data(text, at, chunk)
        except ValueError:
            bounds = list(range(at, at + len(chunk) + 1))
        append_run(stack[-1].children, Run(chunk, bounds, escape_cdata if in_cdata[0] else None))

    def skipped(name: str, is_parameter: bool) -> None:
        # An entity the external DTD (never read) would define, such as `&nbsp;`.
        if is_parameter or not stack:
            return
        at = to_char(parser.CurrentByteIndex)
        point = html.entities.name2codepoint.get(name)
        char = chr(point) if point is not None else f"&{name};"
        append_run(stack[-1].children, Run(char, [at] * len(char) + [_entity_end(text, at)]))

    def entity_declared(name: str, *_args: object) -> None:
        refuse(f"XML declares the entity {name!r}; entity declarations are not read (unsafe input)")

    def external(*_args: object) -> int:
        refuse("XML refers to an external entity; not fetched (unsafe input)")
        return 0

    def cdata(inside: bool) -> None:
        in_cdata[0] = inside

    parser.StartCdataSectionHandler = lambda: cdata(True)
    parser.EndCdataSectionHandler = lambda: cdata(False)
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.SkippedEntityHandler = skipped
    parser.EntityDeclHandler = entity_declared
    parser.UnparsedEntityDeclHandler = entity_declared
    parser.ExternalEntityRefHandler = external
    # A default handler keeps expat from expanding internal entities on its own.
    parser.DefaultHandler = lambda _data: None
    try:
        parser.Parse(text, True)
    except pyexpat.ExpatError as exc:
        message = pyexpat.ErrorString(exc.code) if exc.code else str(exc)
        raise ReaderError(f"malformed XML: {message}", line=exc.lineno, column=exc.offset + 1) from exc
    except RecursionError as exc:
        raise ReaderError("XML nested too deeply; not read", line=1, column=1) from exc
    if not root:
        raise ReaderError("no XML element found", line=1)
    return root[0]


def root_tag(text: str) -> str | None:
    """The local name of the root element, read from the head of the file without parsing."""
    match = _ROOT.search(text, 0, 65536)
    return _local(match.group(1)) if match else None


_ROOT = re.compile(r"<([A-Za-z_][\w.:-]*)[\s/>]")
