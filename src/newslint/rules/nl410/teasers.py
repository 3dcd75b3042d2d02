"""NL410 on a teaser of the story printed again, whole or cut short."""

from __future__ import annotations

from collections.abc import Iterable

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import HEADLINE, PARAGRAPH, Document
from ..support.blocks import compact
from ..support.chrome.lines import Line, line_removal
from .base import PassesBase
from .shared import (
    _SCOPE,
    MIN_WORDS,
)

# A teaser on the page's first line: this many words at least, cut by one of these marks, and
# the story's opening lines it copies within this many blocks under it.
_TEASER_WORDS = 12
_TEASER_CUTS = ("…", "...")
_TEASER_BLOCKS = 6
# A title cut short with "..." over the whole one: this many words and letters at least.
_CUT_TITLE_WORDS = 4
_CUT_TITLE_LETTERS = 20
_SENTENCE_ENDS = ".!?\"”’)…"  # a teaser cut short ends with none of these
# The page's title cut inside a word with no mark over the headline printed whole, in capitals
# or not, this many blocks under it at most, the title this many words at least.
_CUT_TITLE_BLOCKS = 3
_CUT_TITLE_MIN_WORDS = 6


class TeaserPasses(PassesBase):
    """Passes over teasers printed again."""

    def _teaser_copy(self, doc: Document) -> Iterable[Diagnostic]:
        """The page's first line a teaser of the story under it, cut short ("PANAMA CITY, Fla.
        (AP) — The Latest on ...: 9:15 p.m. Authorities so far haven't attributed any deaths…"):
        the story's opening lines printed twice, the first copy run together and cut."""
        blocks = doc.blocks
        if len(blocks) < 3 or blocks[0].kind not in (HEADLINE, PARAGRAPH):
            return
        text = blocks[0].text.rstrip()
        if not text.endswith(_TEASER_CUTS) or "\n" in text:
            return
        key = compact(text.rstrip("….").rstrip())
        if text.count(" ") < _TEASER_WORDS - 1:
            # The page's title cut short over the headline printed whole ("Tanzania: State Almost
            # Done With Relo..." over "Tanzania: State Almost Done With Relocation to Dodoma").
            title = blocks[1].text.strip()
            if not (
                text.count(" ") >= _CUT_TITLE_WORDS - 1 and len(key) >= _CUT_TITLE_LETTERS and "\n" not in title
                and title[-1:] not in _SENTENCE_ENDS and len(title) > len(text) - 3
                and compact(title).startswith(key)
            ):
                return
            message = "the page's title cut short above the headline printed whole on line {line}"
            title_fix = "Delete the cut title"
        else:
            following = b""
            for block in blocks[1 : 1 + _TEASER_BLOCKS]:
                following += compact(block.text)
                if len(following) >= len(key):
                    break
            if not following.startswith(key):
                return
            message = "a teaser of the story's opening lines (from line {line}) printed above them, cut short"
            title_fix = "Delete the teaser"
        head = blocks[0]
        yield self.diagnostic(
            head.start, head.end, message.format(line=doc.position(blocks[1].start)[0]),
            Fix.display_only(title_fix, Edit(*line_removal(doc, head, Line(head.start, head.end, head.text)), "")),
        )

    def _cut_teaser(self, doc: Document) -> Iterable[Diagnostic]:
        """A paragraph near the page's top that a later paragraph opens with, word for word, cut
        short with no stop ("A clash has been reported ... took place on Wednesday in the Mayu
        mountains near" over the story's own lead, whole): the page's teaser of the story printed
        above it."""
        blocks = doc.blocks
        for at, block in enumerate(blocks[:_TEASER_BLOCKS]):
            cut = block.text.find("\n")  # a line of the page may follow ("Example Daily")
            text = (block.text if cut == -1 else block.text[:cut]).rstrip()
            if (
                block.kind != PARAGRAPH or text[-1:] in _SENTENCE_ENDS
                or text.count(" ") < _TEASER_WORDS - 1 or doc.text.count(text) < 2  # one C-level count first
            ):
                continue
            for later in blocks[at + 1 : at + 1 + _TEASER_BLOCKS]:
                whole = later.text
                # The copy goes on with the same sentence: the teaser stopped inside it.
                if later.kind == PARAGRAPH and whole[len(text) : len(text) + 1] == " " and whole.startswith(text):
                    span = line_removal(doc, block, Line(block.start, block.start + len(text), text))
                    yield self.diagnostic(
                        block.start, block.start + len(text),
                        f"a teaser of the paragraph on line {doc.position(later.start)[0]}, printed above it and "
                        "cut short",
                        Fix.display_only("Delete the teaser", Edit(*span, "")),
                    )
                    return

    def _title_cut_unmarked(self, doc: Document) -> Iterable[Diagnostic]:
        """The page's title cut inside a word with no mark, over the headline printed whole ("...
        Arms Export To Arm" over "... ARMS EXPORT TO ARMENIA"), a title too, no sentence: the
        whole print is the headline's second, shown."""
        blocks = doc.blocks
        if len(blocks) < 3 or blocks[0].kind != HEADLINE:
            return
        title = blocks[0].text.strip()
        if "\n" in title or title[-1:] in _SENTENCE_ENDS or title.count(" ") < _CUT_TITLE_MIN_WORDS - 1:
            return
        folded = title.casefold()
        for later in blocks[1 : 1 + _CUT_TITLE_BLOCKS]:
            whole = later.text.strip()
            if (
                "\n" not in whole and whole[-1:] not in _SENTENCE_ENDS and whole.casefold().startswith(folded)
                and whole[len(title) : len(title) + 1].isalpha()
            ):
                if whole.casefold()[len(title) :].startswith(folded[: len(folded) // 2]):
                    return  # the title printed twice on one line, glued: `_twice_on_a_line`'s
                yield self.diagnostic(
                    later.start, later.end,
                    "the headline printed again whole under the page's title, which is cut short inside a word",
                    Fix.display_only("Delete the repeated headline", Edit(*line_removal(
                        doc, later, Line(later.start, later.end, later.text)), "")),
                )
                return

    def _cut_copy(self, doc: Document) -> Iterable[Diagnostic]:
        """The text's last line is the opening of an earlier paragraph, cut inside a word ("The
        documents included a memoran" under "The documents included a memorandum ..."): the page
        printed the story a second time and the copy stops where the page or the scrape did."""
        blocks = doc.blocks
        if len(blocks) < 3 or blocks[-1].kind not in _SCOPE:
            return
        last = blocks[-1]
        text = last.text.rstrip()
        if (
            "\n" in text or text.count(" ") < MIN_WORDS - 1 or not text[-1:].isalpha()
            or doc.text.count(text) < 2  # one C-level count: nearly every story stops here
        ):
            return
        for block in blocks[:-1]:
            whole = block.text
            if block.kind in _SCOPE and whole.startswith(text) and whole[len(text) : len(text) + 1].isalpha():
                span = line_removal(doc, last, Line(last.start, last.end, last.text))
                yield self.diagnostic(
                    last.start, last.start + len(text),
                    f"the opening of line {doc.position(block.start)[0]} printed again, cut inside a word",
                    Fix.display_only("Delete the cut copy", Edit(*span, "")),
                )
                return
