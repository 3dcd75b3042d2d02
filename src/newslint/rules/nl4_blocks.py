"""Shared helpers for the structure rules (NL4xx): comparable paragraph text and safe removal."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..document import Block, Document, block_removal

# Punctuation, symbols and every kind of quote go: "Talks resume." and 'talks resume' compare equal.
_PUNCT = regex.compile(r"[\p{P}\p{S}]+")
# A sentence ends the block: agate lines ("Shr 12 cts vs 10 cts"), table headings and sub-headings
# ("NOTE:") do not.
_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*\s*\Z")


def normalise(text: str) -> str:
    """Lower-case words without punctuation, separated by single spaces."""
    return " ".join(_PUNCT.sub("", text).casefold().split())


@dataclass(frozen=True, slots=True)
class Comparable:
    """A block with its normalised words, ready to compare with others."""

    block: Block
    full_key: str  # the whole block, normalised
    key: str  # the block without its dateline, normalised
    words: tuple[str, ...]  # the words of `key`
    has_dateline: bool = False


def body_text(doc: Document, block: Block) -> tuple[str, bool]:
    """The block's text without its dateline, and whether it had one."""
    dateline = doc.dateline
    if dateline is not None and block.start <= dateline.start < block.end:
        return doc.text[dateline.end : block.end], True
    return block.text, False


def substantial(
    text: str, words: tuple[str, ...], min_words: int, need_sentence: bool = True
) -> bool:
    """Running prose, long enough that a repeat cannot be a legitimate listing line.

    Captions are captions by structure, so they need no sentence ending ("... (Photo: VNA)").
    """
    if len(words) < min_words:
        return False
    if sum(len(w) for w in words) < 5 * min_words:
        return False
    if not need_sentence:
        return True
    return len(words) >= 3 * min_words or bool(_SENTENCE_END.search(text))


def line_prefix(doc: Document, block: Block) -> str:
    """What stands on the block's first line before it (Markdown `> `, `- `, `![`…)."""
    line_start = max(doc.text.rfind("\n", 0, block.start), doc.text.rfind("\r", 0, block.start)) + 1
    return doc.text[line_start : block.start]


def stands_alone(doc: Document, block: Block) -> bool:
    """The block fills its lines, so deleting it cannot leave markup or half a line behind."""
    if line_prefix(doc, block).strip():
        return False
    text = doc.text
    end = block.end
    while end < len(text) and text[end] in " \t":
        end += 1
    return end == len(text) or text[end] in "\r\n"


def is_quote_markup(doc: Document, block: Block) -> bool:
    """A Markdown block quote: a pull-quote may repeat the body on purpose."""
    return ">" in line_prefix(doc, block)


def comparables(
    doc: Document, blocks: list[Block], min_words: int, need_sentence: bool = True
) -> list[Comparable]:
    out: list[Comparable] = []
    for block in blocks:
        if is_quote_markup(doc, block):
            continue
        text, has_dateline = body_text(doc, block)
        key = normalise(text)
        words = tuple(key.split())
        if substantial(text, words, min_words, need_sentence):
            full_key = normalise(block.text) if has_dateline else key
            out.append(Comparable(block, full_key, key, words, has_dateline))
    return out


def pools(doc: Document, min_words: int) -> list[list[Comparable]]:
    """Paragraphs are compared with paragraphs, captions with captions."""
    return [
        comparables(doc, doc.paragraphs, min_words),
        comparables(doc, doc.captions, min_words, need_sentence=False),
    ]


def removal(doc: Document, block: Block) -> tuple[int, int]:
    return block_removal(doc, block)
