"""Kept so `from newslint.formats import read_document` goes on working: readers live in
`newslint.formats` now, one module per input format behind one registry."""

from __future__ import annotations

from ..formats import DEFAULT_SUFFIXES, ReaderError, format_for, read_document

__all__ = ["ReaderError", "read_document", "format_for", "DEFAULT_SUFFIXES"]
