"""NL504 weekday-date-mismatch: "Tuesday, September 4, 2024" when that day was a Wednesday."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import NamedTuple

from ..analysis.numbers.locate import prose_locator
from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleOptions, RuleSpec

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_INDEX = {
    **{name.lower(): i for i, name in enumerate(_WEEKDAYS)},
    **{a: i for i, names in enumerate(
        (("mon",), ("tue", "tues"), ("wed",), ("thu", "thur", "thurs"), ("fri",), ("sat",), ("sun",))
    ) for a in names},
}
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAY = (
    r"(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.)"
)
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DAY = r"(?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:,?[ ](?P<year>1[89]\d\d|20\d\d)(?!\d))?"


class _DatePatterns(NamedTuple):
    # "Tuesday, September 4, 2024", "Tuesday (Sept. 4)", "Tuesday, 4 September 2024",
    # "Tuesday the 4th of September".
    date: re.Pattern[str]
    # "September 4, 2024, a Tuesday": the date first, the weekday after it.
    date_before: re.Pattern[str]
    full_weekday: re.Pattern[str]
    # "Monday and Tuesday, March 2 and 3": the date may belong to either day.
    weekday_before: re.Pattern[str]


@cache
def _date_patterns() -> _DatePatterns:
    """Compiled for the first weekday found: most articles name none."""
    return _DatePatterns(
        date=re.compile(
            rf"""{_WEEKDAY},?[ ]\(?(?:
                {_MONTH}[ ]{_DAY}(?![\d:])
              | (?:the[ ])?{_DAY.replace("day>", "day2>")}[ ](?:of[ ])?{_MONTH.replace("month>", "month2>")}
            ){_YEAR}(?P<after>[ ]?(?:-|–|to[ ]|and[ ]|through[ ]|&)[ ]?\d)?""",
            re.VERBOSE,
        ),
        date_before=re.compile(
            rf"{_MONTH}[ ]{_DAY}{_YEAR},[ ](?:a|which[ ](?:was|is|will[ ]be)[ ]a)[ ]\Z", re.VERBOSE
        ),
        full_weekday=re.compile(r"(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b"),
        weekday_before=re.compile(r"(?:day|\.)(?:,| and| or| to| through|-|–| &) ?$"),
    )


# Where a weekday may start: two cheap scans before the full pattern is tried. Each has a
# literal start ("day", "."), several times faster than one scan stopping at every capital;
# the look-behinds keep only real weekday names and abbreviations.
_FULL_NAME_END = re.compile(
    "day(?:" + "|".join(f"(?<={name})" for name in _WEEKDAYS) + ")"
)
_ABBREVIATIONS = ("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun")
_ABBREVIATION_END = re.compile(  # the class first: most full stops end no abbreviation
    r"\.(?<=[nesdurit]\.)(?:" + "|".join(rf"(?<={name}\.)" for name in _ABBREVIATIONS) + ")"
)
# The length of a name's stem ("Tues" of "Tuesday") or of an abbreviation, told by its last
# three letters before "day" or ".": "ues" is 4 long in "Tuesday" and in "Tues.".
_STEM_LENGTH = {stem[-3:]: len(stem) for stem in (*(n[:-3] for n in _WEEKDAYS), *_ABBREVIATIONS)}
_SEARCH_DAYS = 200  # a date without a year is read as the nearest one to the article's date


class Options(RuleOptions):
    article_date: dt.date | None = None  # the date an article without front matter was filed


def _weekday_starts(text: str) -> list[int]:
    """Where each weekday name ("Tuesday") or abbreviation ("Tue.") starts, in text order."""
    starts = [
        m.start() - _STEM_LENGTH[text[m.start() - 3 : m.start()]]
        for m in _FULL_NAME_END.finditer(text)
    ]
    abbreviations = [
        m.start() - _STEM_LENGTH[text[m.start() - 3 : m.start()]]
        for m in _ABBREVIATION_END.finditer(text)
    ]
    if abbreviations:
        starts = sorted(starts + abbreviations)
    return starts


def _weekday_name(template: str, index: int) -> str:
    name = _WEEKDAYS[index]
    return name if template.endswith("day") else name[:3] + "."


class WeekdayDateMismatch(Rule):
    spec = RuleSpec(
        code="NL504",
        name="weekday-date-mismatch",
        category="date",
        summary="A weekday that does not fall on the date it is printed with.",
        rationale=(
            "\"On Tuesday, September 4, 2024\" when September 4 was a Wednesday: one of the two "
            "was changed and the other was not. The date is checked against the calendar. "
            "When it has no year, the article's date (Markdown front matter `date`, or the "
            "`article_date` option) supplies the nearest year; without either, it is skipped. "
            "An editor decides whether the weekday or the date is wrong."
        ),
        example="The talks opened on Tuesday, September 4, 2024.",
        fix_safety="display-only",
    )
    Options = Options

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        article_date = doc.article_date or self.options.article_date
        text = doc.text
        locate = None
        for at in _weekday_starts(text):
            if at and text[at - 1].isalnum():
                continue
            patterns = _date_patterns()
            match = patterns.date.match(text, at)
            if match is not None:
                date_match = match
            else:
                if text[at - 2 : at] != "a ":
                    continue  # `date_before` ends in "a ": "September 4, 2024, a Tuesday"
                match = patterns.full_weekday.match(text, at)
                if match is None:
                    continue
                before = patterns.date_before.search(text, max(0, at - 45), at)
                if before is None:
                    continue
                date_match = before
            locate = locate or prose_locator(doc)
            block = locate(match.start())
            if block is None or match.end() > block.end or date_match.start() < block.start:
                continue
            if date_match.groupdict().get("after") or patterns.weekday_before.search(
                text, max(block.start, match.start() - 12), match.start()
            ):
                continue  # a span of days: "Tuesday, March 3-5"
            found = self._date(date_match, article_date)
            if found is None:
                continue
            written = match["weekday"]
            if _WEEKDAY_INDEX[written.rstrip(".").lower()] == found.weekday():
                continue
            start, end = match.start("weekday"), match.end("weekday")
            actual = _WEEKDAYS[found.weekday()]
            when = f"{found:%B} {found.day}, {found.year}"
            tense = "was" if article_date is None or found <= article_date else "is"
            fix = Fix.display_only(
                f"Say {actual}, or correct the date",
                Edit(start, end, _weekday_name(written, found.weekday())),
            )
            yield self.diagnostic(start, end, f'"{written}" but {when} {tense} a {actual}', fix)

    @staticmethod
    def _date(match: re.Match[str], article_date: dt.date | None) -> dt.date | None:
        groups = match.groupdict()
        month_name = groups["month"] or groups.get("month2")
        month = _MONTHS[month_name.rstrip(".").lower()[:3]]
        day = int(groups["day"] or groups.get("day2"))
        if groups["year"]:
            try:
                return dt.date(int(match["year"]), month, day)
            except ValueError:
                return None
        if article_date is None:
            return None
        best: dt.date | None = None
        for year in (article_date.year - 1, article_date.year, article_date.year + 1):
            try:
                candidate = dt.date(year, month, day)
            except ValueError:
                continue
            if best is None or abs(candidate - article_date) < abs(best - article_date):
                best = candidate
        if best is None or abs((best - article_date).days) > _SEARCH_DAYS:
            return None
        return best
