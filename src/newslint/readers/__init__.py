"""Readers turn a file's text into a Document. One module per input format."""

from __future__ import annotations

import os.path

from ..document import Document
from .errors import ReaderError
from .plain import read_plain

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
DEFAULT_SUFFIXES = frozenset({".txt", ".md"})


_MARKDOWN_ENDINGS = tuple(MARKDOWN_SUFFIXES)


def format_for(path: str) -> str:
    # `endswith` first: `splitext` costs more than reading a short article's structure.
    if not path.lower().endswith(_MARKDOWN_ENDINGS):
        return "text"
    return "markdown" if os.path.splitext(path)[1].lower() in MARKDOWN_SUFFIXES else "text"


def read_document(text: str, path: str = "<string>", fmt: str | None = None) -> Document:
    fmt = fmt or format_for(path)
    if fmt == "markdown":
        from .markdown import read_markdown  # plain-text archives never load it

        return read_markdown(text, path)
    return read_plain(text, path)


__all__ = ["ReaderError", "read_document", "format_for", "DEFAULT_SUFFIXES"]
