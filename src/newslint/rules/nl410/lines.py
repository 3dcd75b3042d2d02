"""NL410 on a title printed again and glued to the paragraph under it, and on a title or name printed
twice on one line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import PARAGRAPH, Block, Document
from ..support.chrome.lines import lines_of
from .base import PassesBase
from .shared import (
    _SCOPE,
    MAX_TITLE,
    MIN_LETTERS,
    MIN_WORDS,
)

# A line's first letters found again further on it: the start of a second copy.
TWICE_PROBE = 16
# A sentence printed twice in a row on a line ("... arrival.A heavy police presence ... arrival.")
# has this many words at least; a shorter one may be repeated on purpose ("Go home. Go home.").
MIN_SENTENCE_WORDS = 8
# A title printed again opening a paragraph up to this many blocks under it, with only short
# lines of the page between them (a widget's "Font size:").
_TITLE_GAP = 3
_SHORT_LINE = 40  # characters, in at most four words, no sentence's stop
MIN_GLUED_COPY = 8  # letters of a short copy run on to itself ("Northern RailNorthern Rail")
MAX_GLUED_COPY = 60


def _short_line(text: str) -> bool:
    return len(text) <= _SHORT_LINE and text.count(" ") < 4 and text[-1:] not in ".!?"


def _copy_under(blocks: Sequence[Block], at: int, text: str) -> Block | None:
    """The block a few under blocks[at] that opens with its text, only short lines of the page
    between them; None when a paragraph of the story comes first (nearly every block: one
    C-level test of the next block's start, one of its length)."""
    for index in range(at + 1, min(at + 1 + _TITLE_GAP, len(blocks))):
        block = blocks[index]
        if block.text.startswith(text):
            return block
        if not _short_line(block.text):
            return None
    return None


class LinePasses(PassesBase):
    """Passes over one line's repeats."""

    def _glued_titles(self, doc: Document) -> Iterable[Diagnostic]:
        """A title printed again at the start of the paragraph under it, the paragraph's own
        text glued after it ("Festival opens in Sonargaon" over "Festival opens in Sonargaon
        DHAKA, Feb 12 (BSS) - ...", or after a stop the title never had), or a short line of the
        page between them ("Font size:"): listing pages print a story's title, then its teaser
        with the title again. The copy is reported; deleting it is offered, not applied, since
        a lead may open with its headline's words."""
        blocks = doc.blocks
        for at, title in enumerate(blocks):
            text = title.text
            block = _copy_under(blocks, at, text)
            if block is None:
                continue
            if (
                title.kind not in _SCOPE or block.kind != PARAGRAPH or len(text) > MAX_TITLE
                or "\n" in text or text.count(" ") < MIN_WORDS - 1 or text[-1:] in ".!?"
            ):
                continue
            rest = block.text[len(text) :]
            if rest[:1] in (".", "!", "?") and rest[1:2] == " ":
                rest = rest[1:]  # the title made the paragraph's first sentence ("... situation. Minister ...")
            after = rest.lstrip(" \t")
            if len(after) < MIN_LETTERS or not after[:1].isupper():
                continue  # the lead goes on from its headline's words ("Talks resume, ...")
            end = block.start + len(block.text) - len(after)
            yield self.diagnostic(
                block.start, block.start + len(text),
                f"the title on line {doc.position(title.start)[0]} printed again at the start of "
                "the paragraph under it",
                Fix.unsafe("Delete the repeated title", Edit(block.start, end, "")),
            )

    def _twice_on_a_line(self, doc: Document) -> Iterable[Diagnostic]:
        """A title printed twice on one line, glued or with a space ("Air Namibia resumes
        flights to ZimbabweAir Namibia resumes flights to Zimbabwe"), perhaps with the lead run
        on after the second copy; a sentence of eight words or more likewise. The second copy is
        reported; the fix deletes it when the line
        is the two copies alone."""
        yield from self._glued_double(doc)
        # One C-level search per block first: a line's opening letters found again on it.
        blocks = [
            b for b in doc.blocks
            if b.kind in _SCOPE and ("\n" in (text := b.text) or text.find(text[:TWICE_PROBE], TWICE_PROBE) != -1)
        ]
        for block in blocks:
            for line in lines_of(block):
                text = line.text
                probe = text[:TWICE_PROBE]
                if len(probe) < TWICE_PROBE:
                    continue
                at = text.find(probe, TWICE_PROBE)  # one C-level search: nearly every line stops here
                while at != -1:
                    copy = text[:at].rstrip()
                    if text.startswith(copy, at) and copy.count(" ") >= (
                        MIN_SENTENCE_WORDS - 1 if copy[-1:] in ".!?" else MIN_WORDS - 1
                    ):
                        start = line.start + len(copy)
                        end = line.start + at + len(copy)
                        alone = not text[at + len(copy) :].strip()
                        title = "Delete the second copy"
                        edit = Edit(start, end, "")
                        yield self.diagnostic(
                            line.start + at, end, "the line's text printed twice in a row on one line",
                            Fix.safe(title, edit) if alone else Fix.unsafe(title, edit),
                        )
                        break
                    at = text.find(probe, at + 1)

    def _glued_double(self, doc: Document) -> Iterable[Diagnostic]:
        """A line that is two copies of a name or a caption of two or three words run together at a
        small letter and a capital ("Northern RailNorthern Rail"): too few words for
        `_twice_on_a_line`. The second copy goes."""
        for block in doc.blocks:
            text = block.text
            half = len(text) // 2
            if (
                block.kind not in _SCOPE or len(text) % 2 or not MIN_GLUED_COPY <= half <= MAX_GLUED_COPY
                or text[:half] != text[half:] or not (text[half - 1].islower() and text[half].isupper())
                or not 1 <= text.count(" ", 0, half) < MIN_WORDS - 1
            ):
                continue
            start, end = block.start + half, block.end
            yield self.diagnostic(
                start, end, "the line's text printed twice in a row on one line",
                Fix.safe("Delete the second copy", Edit(start, end, "")),
            )
