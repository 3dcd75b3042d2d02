"""NL409 on lists of other stories' titles with no header: marked with bullets or dates, at the
page's top or under the story."""

from __future__ import annotations

from collections.abc import Iterable

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import PARAGRAPH, SIGNOFF, Block, Document
from ...regexes import compile_cached
from ..support.chrome.lines import Line, lines_of
from ..support.chrome.vocabulary import (
    CUT_PROSE_SPACES,
    TIME_UNIT,
)
from ..support.chrome.widgets import date_widget
from .base import PassesBase
from .shared import (
    _BULLET,
    MAX_HEADER,
    MAX_TITLE,
    NEXT_TITLE_SPACES,
    TITLE_PAIRS,
    _bulleted_title,
    _story_end,
    _title_line,
    _trailing_title,
)

MARK_GAP = 4  # lines from one marked title to the next in one list, at most
_CODE_MARKS = frozenset("@;=<>{}")
_FIGURE = compile_cached(r"\d")
_RANK = compile_cached(r"[ \t]*(?:\d{1,2}|[-–—•·])[ \t]*")
_AGE = compile_cached(rf"[ \t]*[-–—•·|]?[ \t]*\d{{1,3}}[ \t]*{TIME_UNIT}[ \t]+ago[ \t]*")
_SOURCE_DATE = compile_cached(
    r"[ \t]*\p{L}[\p{L} .'’-]{1,30}[ \t]+[-–—|][ \t]+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}[ \t]*"
)

MAX_MARK = MAX_TITLE // 2  # a list's mark is short: a rank, an age, a source and date


def _list_mark(text: str) -> bool:
    """A mark of a list of other stories: a rank, a dash, an age, a source and date."""
    bare = text.strip()
    if len(bare) <= 2:
        return _RANK.fullmatch(bare) is not None
    if _FIGURE.search(bare) is None:
        return False  # every other mark holds a figure: one C-level scan rules out most lines
    return bool("ago" in bare and _AGE.fullmatch(text) or _SOURCE_DATE.fullmatch(text) or date_widget(text))


def _dated_mark(text: str) -> bool:
    """A list's mark that dates its item (an age, a source and date, a date), not a rank."""
    return len(text.strip()) > 2 and len(text) <= MAX_MARK and _list_mark(text)


def _list_kind(text: str) -> str:
    """A line of a list of other stories that is no mark: "t" a title, "s" a teaser's sentence, "x"
    anything else."""
    stripped = text.strip()
    spaces = stripped.count(" ")
    if not stripped or len(stripped) > MAX_TITLE + 40:
        return "s" if stripped.count(" ") < 80 and stripped[-1:] in ".!?" else "x"
    if 1 <= spaces <= 20 and stripped[-1:] not in ".:;," and not _CODE_MARKS.intersection(stripped) and (
        sum(c.isdigit() for c in stripped) * 5 < len(stripped)
    ):
        return "t"  # no mail header's or code's line ("Received: from mail-hub ... (172.16.170.186) by")
    return "s" if stripped[-1:] in ".!?\"”’" or spaces >= CUT_PROSE_SPACES else "x"
_CAPTION_MARK = compile_cached(r"[ \t]/[ \t]|(?i:\bcourtesy\b|\bphoto\b)")
_CLOSING_SOURCE = compile_cached(r"\(?[ \t]*(?:Source|Sources)[ \t]*:[^\n]{1,60}?\)?[ \t]*")

# The story's credit closing it: "With IANS", "(With inputs from PTI)", "via Xinhua".
_CREDIT_CLOSE = compile_cached(
    r"[(\[]?[ \t]*(?i:with|via|from)(?:[ \t]+(?i:inputs|input)[ \t]+(?i:from))?[ \t]+\p{Lu}[\w.&-]{1,20}"
    r"(?:[ \t]*(?:,|and|&)[ \t]*\p{Lu}[\w.&-]{1,20})*[ \t]*[)\]]?\.?[ \t]*"
)


def _closing_credit(block: Block) -> bool:
    """A sign-off, a source line or a credit line closing the story."""
    text = block.text
    return len(text) <= MAX_HEADER and "\n" not in text and (
        block.kind == SIGNOFF or _CLOSING_SOURCE.fullmatch(text) is not None
        or _CREDIT_CLOSE.fullmatch(text) is not None
    )


class TitlePasses(PassesBase):
    """Passes over lists of titles."""

    def _marked_titles(self, doc: Document) -> Iterable[Diagnostic]:
        """Other stories' titles, each beside a list's mark: its rank ("1", "-"), its age ("- 17
        hours ago") or its source and date ("Kyodo - Sep 06"), three or more in a run (a "Most
        popular" ranking or a latest-news box). Shown."""
        blocks = [block for block in doc.blocks[1:] if block.kind == PARAGRAPH]
        # Marks first, on the short blocks and the lines of the blocks of several: most stories
        # have none, and no line's kind is asked for.
        found = 0
        for block in blocks:
            if "\n" in block.text:
                found += sum(1 for line in lines_of(block) if len(line.text) <= MAX_MARK and _list_mark(line.text))
            elif len(block.text) <= MAX_MARK and _list_mark(block.text):
                found += 1
        if found < TITLE_PAIRS:
            return
        lines = [line for block in blocks for line in lines_of(block)]
        kinds = [
            "m" if len(line.text) <= MAX_MARK and _list_mark(line.text) else _list_kind(line.text) for line in lines
        ]
        last = len(kinds) - 1
        titled = [
            i for i, kind in enumerate(kinds)
            if kind == "t" and (i > 0 and kinds[i - 1] == "m" or i < last and kinds[i + 1] == "m")
            # a teaser's sentence between two marks that are no rank ("NHK - Sep 12" / "Tokyo police
            # have ..." / "NHK - Sep 12"); between ranks, sentences are the story's numbered points
            or kind == "s" and i > 0 and _dated_mark(lines[i - 1].text)
            and (i == last or kinds[i + 1] == "m" and _dated_mark(lines[i + 1].text))
        ]
        runs: list[list[int]] = []
        for i in titled:
            if runs and i - runs[-1][-1] <= MARK_GAP and all(k in "mts" for k in kinds[runs[-1][-1] : i]):
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in runs:
            if len(run) < TITLE_PAIRS:
                continue
            first, end = run[0], run[-1]
            while first > 0 and kinds[first - 1] == "m":
                first -= 1
            while end < last and kinds[end + 1] == "m":
                end += 1
            yield self.diagnostic(
                lines[first].start, lines[end].end,
                f"other stories' titles, each with its rank, age or date ({len(run)} titles: the page's list), "
                "not this story",
                Fix.display_only("Delete the list", Edit(lines[first].start, lines[end].end, "")),
            )

    def _top_titles(self, doc: Document) -> Iterable[Diagnostic]:
        """Other stories' titles, one a bulleted line, from the page's very first line: a
        latest-news box printed above the story's headline. A story's own points under its
        headline ("Britain puts army on standby" / "- Tanker drivers to be deployed") follow a
        title, not open the page. Shown."""
        if not _BULLET.match(doc.text):
            return  # one C-level test: nearly every page opens with its title
        titles: list[Line] = []
        for block in doc.blocks:
            for line in lines_of(block):
                if not _bulleted_title(line.text):
                    break
                titles.append(line)
            else:
                continue
            break
        if len(titles) < TITLE_PAIRS or titles[-1].end >= doc.blocks[-1].end:
            return  # a list that is all the page holds is no box above a story
        yield self.diagnostic(
            titles[0].start, titles[-1].end,
            f"other stories' titles above the story, one a bulleted line ({len(titles)} titles: the page's list)",
            Fix.display_only("Delete the list", Edit(titles[0].start, titles[-1].end, "")),
        )

    def _trailing_titles(self, doc: Document) -> Iterable[Diagnostic]:
        """Three titles or more, one a line, from under the story's last sentence to the end of
        the copy, with no header over them: the page's list of other stories. Shown."""
        blocks = doc.blocks
        at = len(blocks)
        while at > 1 and _trailing_title(blocks[at - 1], last=at == len(blocks)):
            at -= 1
        count = len(blocks) - at
        if count == 0 and len(blocks) > 2 and "\n" in blocks[-1].text:
            yield from self._titles_block(doc)
            return
        # The story's credit or sign-off may close it above the list ("With IANS", "- BERNAMA").
        end = at - 1 if at > 2 and _closing_credit(blocks[at - 1]) else at
        if count < TITLE_PAIRS or end < 2 or not _story_end(blocks[end - 1]):
            return
        yield self.diagnostic(
            blocks[at].start, blocks[-1].end,
            "other stories' titles under the story, one a line with no header (the page's list)",
            Fix.display_only("Delete the list", Edit(blocks[at - 1].end, blocks[-1].end, "")),
        )

    def _titles_block(self, doc: Document) -> Iterable[Diagnostic]:
        """The same list in single-newline copy: the last block's lines, three titles or more,
        under the story's last sentence; a source line may close it ("(Source: NDO)"). Shown."""
        block = doc.blocks[-1]
        if block.kind != PARAGRAPH or not _story_end(doc.blocks[-2]):
            return
        lines = list(lines_of(block))
        if _CLOSING_SOURCE.fullmatch(lines[-1].text):
            lines.pop()
        # A block of one-line titles is a list's own shape: titles as long as a next story's count.
        if len(lines) < TITLE_PAIRS or not all(_title_line(line.text, False, NEXT_TITLE_SPACES[1]) for line in lines):
            return
        if any(_CAPTION_MARK.search(line.text) for line in lines):
            return  # the story's photos' captions under it ("... / Courtesy of Big Hit Music")
        yield self.diagnostic(
            lines[0].start, lines[-1].end,
            "other stories' titles under the story, one a line with no header (the page's list)",
            Fix.display_only("Delete the list", Edit(doc.blocks[-2].end, lines[-1].end, "")),
        )
