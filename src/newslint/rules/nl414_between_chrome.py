"""NL414 between-chrome: a short line between lines that the other rules found to be the page's,
under the story's first sentence: the same footer's, menu's or widget's ("Mobile" between two
footer lines)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import FollowUpRule, RuleSpec
from .support.chrome.lines import covered_lines, label_line, line_removal, lines_of, split_lines
from .support.chrome.widgets import bare_date

# Chrome above and below within this many lines, every line between as short.
REACH = 3
# The story's first sentence: a line of this many words at least, closed by a stop or a quote.
SENTENCE_WORDS = 8
_SENTENCE_ENDS = ".!?\"”'’"
_MESSAGE = (
    "page chrome: a short line between two lines of the page's debris, under the story "
    "(the same footer's, menu's or widget's label)"
)
_ABOVE_MESSAGE = (
    "page chrome: a short line above the story with the page's debris right above and below it "
    "(the same widget's or menu's label)"
)
# Two to four capitalised words: a byline's name ("Yang Jian") or a title, the story's.
_NAME_LIKE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*")
_BYLINE = re.compile(r"(?i)by\b|(?:words|text|photos?|reporting)\s*(?:by\b|:)")
_TAIL_MESSAGE = (
    "page chrome: a short line under the story's last sentence with only the page's debris after it "
    "(the footer's section links)"
)


class BetweenChrome(FollowUpRule):
    spec = RuleSpec(
        code="NL414",
        name="between-chrome",
        category="residue",
        summary="A short line between two lines of web debris under the story, such as \"Mobile\" "
        "between two lines of a page's footer.",
        rationale=(
            "A page's footer, menu or widget prints labels that no list of debris can hold ('Mobile', "
            "'Desktop', 'Company Name', 'Conversation'), and alone such a line may be a subheading. "
            "Between two lines that other rules report as the page's (web debris, page chrome, "
            "markup, a related list, readers' comments, a sign-off), each within three lines and "
            "with only such short lines between, it is the same block's label. Under the story's "
            "first sentence (a line of eight words or more closed by a stop); above it, the headline, "
            "the byline and the date stand between the page's lines and stay, and a short line counts "
            "only with the page's lines right beside it on both sides and a line of the story's own "
            "(its headline) above, and not a name, a byline or a line with figures ('The latest "
            "traffic report' between an audio player's 'PAUSE' and '00:00 | 00:00'). A line of four words "
            "at most and forty characters, not closed by a stop, counts; a 'Source:' credit is the "
            "story's, and so are a labelled byline ('Original Author: Jane Doe') and a date alone "
            "('Sunday, March 29, 2009'), a post's own. Under the story's "
            "last sentence, a short line (three at most in a row) with only the page's lines and such "
            "short lines after it to the end, two of them the page's, is the "
            "same footer's section links ('China Focus' over 'About Us', 'Contact Us'). Shown, with the "
            "line's deletion offered."
        ),
        example="Talks resume\n\nThe two sides met on Monday for the first time in a year, officials said.\n\n"
        "Share on Facebook\n\nCompany Name\n\nAdvertisement\n\nThey will meet again next week, the ministry said on "
        "Tuesday.\n",
        fix_safety="display-only",
    )

    def follow(self, doc: Document, found: Sequence[Diagnostic]) -> Iterable[Diagnostic]:
        if len(found) < 2 or doc.own_markup:
            return
        text = doc.text
        lines, starts = split_lines(text)
        covered = covered_lines(text, starts, found)
        if len(covered) < 2:
            return
        first = next(
            (n for n, line in enumerate(lines)
             if len(line.split()) >= SENTENCE_WORDS and line.rstrip()[-1:] in _SENTENCE_ENDS),
            None,
        )
        if first is None:
            return
        yield from self._above_lead(doc, lines, starts, covered, first)
        filled = [n for n, line in enumerate(lines) if line.strip() and n > first]
        # From each line to the end, counted once (the tail's test stays linear): the first index
        # after which every line is the page's or short, and the page's lines from each index on.
        clean_from = len(filled)
        while clean_from and (filled[clean_from - 1] in covered or label_line(lines[filled[clean_from - 1]])):
            clean_from -= 1
        page_lines_from = [0] * (len(filled) + 1)
        for index in range(len(filled) - 1, -1, -1):
            page_lines_from[index] = page_lines_from[index + 1] + (filled[index] in covered)
        for index, number in enumerate(filled):
            if number in covered or not label_line(lines[number]) or bare_date(lines[number]):
                continue  # a date alone is a post's or the story's own, the date rules' to judge
            above = filled[max(0, index - REACH) : index][::-1]
            below = filled[index + 1 : index + 1 + REACH]
            if not self._reaches(below, covered, lines):
                continue
            if self._reaches(above, covered, lines):
                message = _MESSAGE
            elif index + 1 >= clean_from and page_lines_from[index + 1] >= 2 and self._after_sentence(
                filled, index, covered, lines
            ):
                message = _TAIL_MESSAGE
            else:
                continue
            found_line = self._finding(doc, lines, starts, number, message)
            if found_line is not None:
                yield found_line

    def _above_lead(
        self, doc: Document, lines: list[str], starts: list[int], covered: set[int], first: int
    ) -> Iterator[Diagnostic]:
        """Above the story's first sentence, a short line whose next lines on both sides are the
        page's, right beside it ("The latest traffic report" between an audio player's "ERROR"
        and its "00:00 | 00:00"): the widget's label. Only under a line of the story's own above
        it (its headline): the first such line may be the headline under the page's bars. A
        byline, a name and a line with figures (a date, the date rules' to judge) stay."""
        filled = [n for n, line in enumerate(lines[:first]) if line.strip()]
        headed = False
        for index in range(1, len(filled) - 1):
            number = filled[index]
            headed = headed or filled[index - 1] not in covered
            if not headed:
                continue
            line = lines[number].strip()
            if (
                number in covered or filled[index - 1] not in covered or filled[index + 1] not in covered
                or not label_line(line) or _BYLINE.match(line) or any(c.isdigit() for c in line)
                or _NAME_LIKE.fullmatch(line)
            ):
                continue
            found = self._finding(doc, lines, starts, number, _ABOVE_MESSAGE)
            if found is not None:
                yield found

    def _finding(
        self, doc: Document, lines: list[str], starts: list[int], number: int, message: str
    ) -> Diagnostic | None:
        text_line = lines[number]
        start = starts[number] + len(text_line) - len(text_line.lstrip())
        end = starts[number] + len(text_line.rstrip())
        block = doc.block_at(start)
        if block is None:
            return None
        line = next((line for line in lines_of(block) if line.start <= start < line.end), None)
        if line is None:
            return None
        edit = Edit(*line_removal(doc, block, line), "")
        return self.diagnostic(start, end, message, Fix.display_only("Delete the line", edit))

    @staticmethod
    def _after_sentence(filled: list[int], index: int, covered: set[int], lines: list[str]) -> bool:
        """The line stands under the story's last sentence, REACH short lines at most between (the
        page's tail, when every line after it is the page's or short)."""
        for number in filled[max(0, index - REACH) : index][::-1]:
            if number in covered:
                return False  # chrome above: the between test's, not the tail's
            if not label_line(lines[number]):
                return lines[number].rstrip()[-1:] in _SENTENCE_ENDS
        return False

    @staticmethod
    def _reaches(numbers: list[int], covered: set[int], lines: list[str]) -> bool:
        """A covered line comes first among `numbers`, only short lines before it."""
        for number in numbers:
            if number in covered:
                return True
            if not label_line(lines[number]):
                return False
        return False
