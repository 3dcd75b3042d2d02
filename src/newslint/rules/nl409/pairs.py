"""NL409 on other stories printed as pairs: a title and its date or teaser, again and again."""

from __future__ import annotations

from collections.abc import Iterable

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import HEADLINE, PARAGRAPH, Block, Document
from ..support.chrome.sites import section_label
from ..support.chrome.widgets import date_widget
from .base import PassesBase
from .shared import (
    _PAIR_TITLE_SPACES,
    MAX_TITLE,
    TITLE_PAIRS,
    _story_end,
    _teaser,
    _trailing_title,
)

_PAIR_SUMMARY_SPACES = (3, 14)  # a summary's: four to fifteen words


def _pair_title(block: Block) -> bool:
    text = block.text
    return (
        block.kind in (PARAGRAPH, HEADLINE) and len(text) <= MAX_TITLE and text[-1:] not in ".!?:;,"
        and "\n" not in text and (text[:1].isupper() or text[:1].isdigit())
        and _PAIR_TITLE_SPACES[0] <= text.count(" ") <= _PAIR_TITLE_SPACES[1]
    )


def _pair_summary(block: Block, stopped: bool = True) -> bool:
    """A title's one-sentence summary; with `stopped` False, its stop may be missing."""
    text = block.text
    return (
        block.kind == PARAGRAPH and (text[-1:] in ".!?" or not stopped) and "\n" not in text and text[:1].isupper()
        and _PAIR_SUMMARY_SPACES[0] <= text.count(" ") <= _PAIR_SUMMARY_SPACES[1]
    )


def _span(doc: Document, first: int, last: int) -> tuple[int, int]:
    """Blocks `first` to `last` with the line breaks above them (or under them, at the top)."""
    blocks = doc.blocks
    if first > 0:
        return blocks[first - 1].end, blocks[last].end
    end = blocks[last + 1].start if last + 1 < len(blocks) else blocks[last].end
    return blocks[first].start, end


class PairPasses(PassesBase):
    """Passes over title pairs."""

    def _trailing_pairs(self, doc: Document) -> Iterable[Diagnostic]:
        """Other stories' titles, each over the opening of its lead, three or more from under the
        story's last sentence to the end of the copy ("School lunch program to be 'pay what you
        can'" / "Nova Scotia Education Minister Becky Druhan says ..."): the page's list of other
        stories, whose leads are too long for a ticker's summaries. Shown: its lines are sentences."""
        blocks = doc.blocks
        if len(blocks) < 2:
            return
        last = blocks[-1]
        openings = [len(blocks)]
        if (
            _trailing_title(last, last=True)
            # a title in capitals every word ("Pristine Lieng Nung"): a name alone elsewhere, here
            # the list's last item, its lead cut by the scrape (the pairs above must make the list)
            or last.kind == PARAGRAPH and "\n" not in last.text and len(last.text) <= MAX_TITLE
            and last.text[:1].isupper() and last.text.rstrip()[-1:].isalpha()
        ):
            # the list's last title, the scrape's cut through it; or, where the page cut every lead
            # short, the last lead
            openings.insert(0, len(blocks) - 1)
        at = next((found for start in openings if (found := self._pairs_from(blocks, start)) is not None), None)
        if at is None:
            return
        yield self.diagnostic(
            blocks[at].start, blocks[-1].end,
            "other stories' titles, each over the opening of its lead, under the story to the end of "
            "the copy (the page's list), not this story",
            Fix.display_only("Delete the list", Edit(blocks[at - 1].end, blocks[-1].end, "")),
        )

    @staticmethod
    def _pairs_from(blocks: tuple[Block, ...], at: int) -> int | None:
        """Where the list of titles over their leads that ends above block `at` starts, under the
        story's last sentence (its date line between them or not) or a section's label; None when
        there is none of three pairs or more."""
        titles = 0
        cut = 0  # leads the page cut short in mid-sentence: the list's, when most of its leads are so
        while (
            at > 2 and _teaser(blocks[at - 1], at == len(blocks), cut=True) and _trailing_title(blocks[at - 2], False)
        ):
            cut += blocks[at - 1].text[-1:].isalpha()
            at -= 2
            titles += 1
        if titles < TITLE_PAIRS or cut and cut * 2 < titles:
            return None  # too few; or a lead or two without its stop among whole ones: no page's cut teasers
        if at > 2 and section_label(blocks[at - 1].text.strip()) and _story_end(blocks[at - 2]):
            at -= 1  # a section's label over the list ("News"): the list's header
        above = at - 1
        if above > 1 and not _story_end(blocks[above]) and date_widget(blocks[above].text.strip()):
            above -= 1  # the story's date line under it ("Publish Date : 01 August 2023 08:27 AM")
        return at if _story_end(blocks[above]) else None

    def _title_pairs(self, doc: Document) -> Iterable[Diagnostic]:
        """Other stories' titles, each over its one-sentence summary, three pairs or more in a row
        ("Google to invest $6.4bn" / "The investment is its biggest-ever in Germany."): a ticker
        or a trends banner of the page's, above the story or under it. Shown: its lines are
        sentences and titles."""
        blocks = doc.blocks
        index = 0
        while index < len(blocks) - 1:
            end = index
            whole = 0  # pairs whose summary ends with its stop: the run needs three of them
            while end + 1 < len(blocks) and _pair_title(blocks[end]) and (
                _pair_summary(blocks[end + 1])
                # a summary that lost its stop, between two whole pairs ("Acquires a 24.1% interest ...")
                or end > index and end + 3 < len(blocks) and _pair_summary(blocks[end + 1], False)
                and _pair_title(blocks[end + 2]) and _pair_summary(blocks[end + 3])
            ):
                whole += _pair_summary(blocks[end + 1])
                end += 2
            if whole >= TITLE_PAIRS:
                first, last = blocks[index], blocks[end - 1]
                yield self.diagnostic(
                    first.start, last.end,
                    "other stories' titles, each over its one-sentence summary (the page's ticker or "
                    "trends banner), not this story",
                    Fix.display_only("Delete the list", Edit(*_span(doc, index, end - 1), "")),
                )
                index = end
            else:
                index += 1
