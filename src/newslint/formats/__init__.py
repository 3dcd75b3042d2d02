"""Input formats: one registry of name -> suffixes -> reader, one module per format.

The CLI's `--input-format` choices, the folder walk's default suffixes and the pre-commit
hooks' file types all come from `FORMATS`. Readers of wire formats are imported only when a
file of theirs is read, so a plain-text run never loads an XML or JSON stack.

A file is read by its suffix; `.xml`, `.json` and extensionless files are told apart by their
root element or keys, and a plain `.txt` holding a byte-framed wire story (SOH/SYN first) is
read as one. XML, JSON or HTML of no format newslint reads is refused with one error line,
never linted (or fixed) as plain text.
"""

from __future__ import annotations

import importlib
import os.path
from typing import NamedTuple

from ..core.document import Document
from .errors import ReaderError
from .plain import read_plain


class Format(NamedTuple):
    name: str
    suffixes: tuple[str, ...]  # read as this format by suffix alone
    reader: str  # "module:function", imported on first use
    summary: str
    pre_commit_types: tuple[str, ...] = ()  # `identify` tags for the hooks' `types_or`


FORMATS: tuple[Format, ...] = (
    Format("text", (".txt", ".text"), "", "plain wire text: headline, blank line, paragraphs", ("plain-text",)),
    Format("markdown", (".md", ".markdown", ".mdown"), "markdown:read_markdown",
           "Markdown with optional YAML front matter", ("markdown",)),
    Format("nitf", (".nitf",), "newsxml:read_nitf", "NITF 3.x XML", ("xml",)),
    Format("newsml", (".newsml",), "newsxml:read_newsml", "NewsML-G2 items, messages and packages; NewsML 1.2",
           ("xml",)),
    Format("ninjs", (".ninjs",), "ninjs:read_ninjs", "IPTC ninjs 1.x, 2.x and 3.x JSON", ("json",)),
    Format("iptc7901", (".ipt", ".7901"), "wire:read_iptc7901", "IPTC 7901 byte-framed wire text", ()),
    Format("anpa", (".tst", ".anpa"), "wire:read_anpa", "ANPA-1312 byte-framed wire text", ()),
)

BY_NAME = {f.name: f for f in FORMATS}
# Suffixes whose format is read from the content: the root element, the keys, the framing.
CONTAINER_SUFFIXES = frozenset({".xml", ".json"})
# Markup newslint has no reader for: refused rather than read as text.
REFUSED_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUFFIX_FORMAT = {suffix: f.name for f in FORMATS for suffix in f.suffixes}
DEFAULT_SUFFIXES = frozenset({*SUFFIX_FORMAT, *CONTAINER_SUFFIXES})
MARKDOWN_SUFFIXES = frozenset(BY_NAME["markdown"].suffixes)
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
NAMES = tuple(f.name for f in FORMATS)

# Every suffix that is not plain text, for a cheap `endswith` test first.
_OTHER_ENDINGS = tuple(s for s in (*SUFFIX_FORMAT, *CONTAINER_SUFFIXES, *REFUSED_SUFFIXES) if s not in TEXT_SUFFIXES)


def format_for(path: str) -> str:
    """The format a path's suffix names: a registry name, "xml"/"json" (read from the
    content), "html" (refused) or "text"."""
    # `endswith` first: `splitext` costs more than reading a short article's structure.
    lowered = path.lower()
    if not lowered.endswith(_OTHER_ENDINGS):
        return "text"
    suffix = os.path.splitext(lowered)[1]
    if suffix in CONTAINER_SUFFIXES:
        return suffix[1:]
    if suffix in REFUSED_SUFFIXES:
        return "html"
    return SUFFIX_FORMAT.get(suffix, "text")


def reader(name: str):  # noqa: ANN201 - a reader: (text, path) -> Document
    if name == "text":
        return read_plain
    module, function = BY_NAME[name].reader.split(":")
    return getattr(importlib.import_module(f"{__name__}.{module}"), function)


# First characters that may open something other than plain text: XML, JSON, wire framing.
_SNIFF = frozenset("<{[\x01\x16")


def detect(text: str, guess: str) -> str:
    """The format of a file from its content, where the suffix leaves it open."""
    head = text[:1]
    if head.isspace():
        head = text.lstrip()[:1]
    if head in ("\x01", "\x16"):
        from .wire import detect_wire

        return detect_wire(text)
    if guess == "html":
        raise ReaderError("HTML is not an input format newslint reads; not read", line=1, column=1)
    if head == "<" and (guess == "xml" or text.lstrip().startswith("<?xml") or guess == "html"):
        from .xmltree import root_tag

        root = root_tag(text)
        if root == "nitf":
            return "nitf"
        from .newsxml import NEWSML_ROOTS

        if root in NEWSML_ROOTS:
            return "newsml"
        line, column = _line_column(text, text.find("<" + (root or "")))
        raise ReaderError(f"XML of no format newslint reads (root element <{root}>); not read",
                          line=line, column=column)
    if head in ("{", "[") and guess == "json":
        from .ninjs import detect_ninjs

        return detect_ninjs(text)
    if guess in ("xml", "json"):
        raise ReaderError(f"not {guess.upper()}: the file does not start like one", line=1, column=1)
    return "text"


_SNIFF_BYTES = 65536


def walk_takes(path: str) -> bool:
    """Whether a folder walk takes a `.xml`/`.json` file: only when its head looks like a news
    item (a news root element, or ninjs article keys), so a desk's `package.json` or build XML
    is passed over as quietly as any other file; a file named on the command line is always
    read, and refused if it is no news format. A file that cannot be sniffed is taken, so that
    reading it reports the problem."""
    suffix = os.path.splitext(path.lower())[1]
    if suffix not in CONTAINER_SUFFIXES:
        return True
    try:
        with open(path, "rb") as handle:
            head = handle.read(_SNIFF_BYTES).decode("utf-8", "replace")
    except OSError:
        return True
    if suffix == ".json":
        from .ninjs import _ARTICLE_KEYS

        return any(f'"{key}"' in head for key in _ARTICLE_KEYS)
    from .newsxml import NEWSML_ROOTS
    from .xmltree import root_tag

    root = root_tag(head)
    return root is None or root == "nitf" or root in NEWSML_ROOTS


def _line_column(text: str, offset: int) -> tuple[int, int]:
    offset = max(offset, 0)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def read_document(text: str, path: str = "<string>", fmt: str | None = None) -> Document:
    if fmt is None:
        fmt = format_for(path)
        if fmt == "text":
            if text[:1] not in _SNIFF or (text[:1] in "{[" and not path.lower().endswith(".json")):
                return read_plain(text, path)  # nearly every file: no look at the content
        if fmt in ("text", "xml", "json", "html"):
            fmt = detect(text, fmt)
    elif fmt not in BY_NAME:
        raise ReaderError(f"unknown input format {fmt!r}")
    if fmt == "text":
        return read_plain(text, path)
    return reader(fmt)(text, path)  # type: ignore[no-any-return]


__all__ = ["FORMATS", "ReaderError", "read_document", "format_for", "walk_takes", "DEFAULT_SUFFIXES", "NAMES"]
