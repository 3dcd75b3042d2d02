"""NL401's passes over numbered items and the page's top: the same item of two numbered lists,
and a paragraph that repeats a line of the blocks above the lead."""

from __future__ import annotations

from collections.abc import Iterable

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import Block, Document
from ...core.rule import Rule
from ...regexes import compile_cached
from ..support.blocks import normalise, removal
from ..support.header import MAX_HEADER_BLOCKS, is_lead

# A numbered item's label opening a paragraph: "Article (3)", "Section 2:", "3.", "(iv)".
_ITEM_LABEL = compile_cached(
    r"(?:(?i:article|section|clause|item|point|paragraph|rule|chapter)[ \t]+)?"
    r"(?:\(\d{1,3}\)|\d{1,3}[.:)]?|\((?i:[ivx]{1,5})\))(?=[ \t])"
)


def parallel_items(doc: Document, first: Block, again: Block) -> bool:
    """Both copies open with the same numbered item's label, and the paragraphs above them are
    other items of their own lists that differ ("Article (2) cancels ... these amendments" and
    "Article (2) cancels ... this decree"): one item of two numbered lists worded alike on
    purpose (two decrees' closing articles), not a copy."""
    text, again_text = first.text, again.text
    label = _ITEM_LABEL.match(text)
    if label is None or _ITEM_LABEL.match(again_text) is None or label.group() != again_text[: label.end()]:
        return False
    i, j = doc.block_index(first), doc.block_index(again)
    if i < 1 or j - 1 <= i:
        return False
    above, above_again = doc.blocks[i - 1].text, doc.blocks[j - 1].text
    item = _ITEM_LABEL.match(above)
    return (
        item is not None and above_again[: item.end()] == item.group() and _ITEM_LABEL.match(above_again) is not None
        and normalise(above) != normalise(above_again)
    )


def top_line_again(rule: Rule, doc: Document, reported: set[int], min_words: int) -> Iterable[Diagnostic]:
    """A paragraph of the story that repeats one line of a block of several above the lead (the
    summary printed among the page's caption and credit lines, then again in the body): the
    second print, whole, however the two copies' case and stops differ."""
    blocks = doc.blocks
    top: dict[str, int] = {}
    for block in blocks[1 : 1 + MAX_HEADER_BLOCKS]:
        if is_lead(block.text):
            break
        if "\n" in block.text:
            at = block.start
            for line in block.text.split("\n"):
                key = normalise(line)
                if key.count(" ") + 1 >= min_words:
                    top.setdefault(key, at)
                at += len(line) + 1
    if not top:
        return
    for block in blocks:
        if block.start in reported or "\n" in block.text or (first := top.get(normalise(block.text))) is None:
            continue
        if first >= block.start:
            continue
        line_number = doc.position(first)[0]
        yield rule.diagnostic(
            block.start, block.end, f"paragraph repeats line {line_number}, a line of the page's top above the lead",
            Fix.unsafe("Delete the repeated paragraph", Edit(*removal(doc, block), "")),
        )
