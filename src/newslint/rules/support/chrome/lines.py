"""A block's lines with their offsets, and what removing one takes: the unit every chrome rule
reports and deletes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

import regex

from ....core.diagnostics import Diagnostic
from ....core.document import Block, Document, block_removal
from ....data import shipped
from ....regexes import compile_cached


class Line(NamedTuple):
    start: int
    end: int
    text: str


def lines_of(block: Block) -> Iterator[Line]:
    pos = 0
    text = block.text
    while pos <= len(text):
        newline = text.find("\n", pos)
        end = len(text) if newline == -1 else newline
        raw = text[pos:end].rstrip("\r")
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            yield Line(block.start + pos + lead, block.start + pos + lead + len(stripped), stripped)
        if newline == -1:
            break
        pos = newline + 1


def line_removal(doc: Document, block: Block, line: Line) -> tuple[int, int]:
    """Delete one line of a block and exactly one line break, so no two blocks are joined; a
    block that is this line alone goes with the blank line before it."""
    if line.start == block.start and line.end == block.end:
        return block_removal(doc, block)
    text = doc.text
    if line.end < block.end:  # a line with more of the block after it: take its own break
        end = line.end
        while end < block.end and text[end] in " \t\r":
            end += 1
        start = line.start
        while start > block.start and text[start - 1] in " \t":
            start -= 1
        return start, end + 1
    start = line.start  # the block's last line: take the break before it
    while start > block.start and text[start - 1] in " \t\r\n":
        start -= 1
    return start, line.end


def split_lines(text: str) -> tuple[list[str], list[int]]:
    """The text's lines (split at "\n") and the offset each one starts at."""
    lines = text.split("\n")
    starts: list[int] = []
    at = 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return lines, starts


def covered_lines(text: str, starts: list[int], found: Sequence[Diagnostic]) -> set[int]:
    """The numbers of the lines that a residue finding covers from their first to last
    character (a line of debris, not a garbled letter or a lost space inside a sentence)."""
    covered: set[int] = set()
    for diagnostic in found:
        if diagnostic.category != "residue":
            continue
        first = bisect_right(starts, diagnostic.start) - 1
        last = bisect_right(starts, max(diagnostic.start, diagnostic.end - 1)) - 1
        for number in range(first, last + 1):
            begin = starts[number]
            end = starts[number + 1] - 1 if number + 1 < len(starts) else len(text)
            line = text[begin:end]
            stripped = line.strip()
            if not stripped:
                continue
            head = begin + len(line) - len(line.lstrip())
            if diagnostic.start <= head and diagnostic.end >= head + len(stripped):
                covered.add(number)
    return covered


# A line this short at most (characters, words) may be a widget's or a menu's label; a longer one is text.
MAX_LABEL = 40
MAX_LABEL_WORDS = 4
_LABEL_ENDS = ".!?\"”'’"


def label_line(line: str) -> bool:
    """A few words with no stop, not a "Source:" credit or a labelled byline: alone, a
    subheading or a label."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= MAX_LABEL and len(stripped.split()) <= MAX_LABEL_WORDS
        and stripped[-1] not in _LABEL_ENDS and not stripped.casefold().startswith("source")
        and not labelled_byline(stripped)
    )


@cache
def _labelled_byline() -> regex.Pattern[str]:
    labels = "|".join(
        r"\s+".join(map(regex.escape, label.split()))
        for label in sorted(shipped("data/web_chrome.yaml")["byline_labels"], key=len, reverse=True)
    )
    return compile_cached(rf"(?i:{labels})[ \t]*:[ \t]*\p{{L}}[\p{{L}}.'’-]*(?:[ \t]+\p{{L}}[\p{{L}}.'’-]*){{0,3}}")


def labelled_byline(text: str) -> bool:
    """A byline's label and a name, alone on the line ("Pewarta : Komang Suparta", "Original
    Author: Jane Doe"): the story's credit (labels: `web_chrome.yaml`'s byline_labels)."""
    return ":" in text and _labelled_byline().fullmatch(text.strip()) is not None
