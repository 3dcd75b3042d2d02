"""NL505 part-exceeds-whole: "12 of the 10 member countries"."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import regex

from ..analysis.numbers.data import numbers_data
from ..analysis.numbers.locate import prose_locator
from ..analysis.numbers.parse import CARDINAL, parse_cardinal
from ..core.diagnostics import Diagnostic
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_v1

# A part ends in a digit or in one of these words ("twenty-one", "hundred"): the regex for the
# part runs only where the cue follows one.
_NUMBER_WORD_ENDS = tuple(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred".split()
)
_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
# What a part can end with: a digit or the last letter of a number word; any other character
# settles the cue with one set look-up (non-ASCII ones are left to the full test).
_LAST_CHARS = frozenset("0123456789eorxntydEORXNTYD")
# "of the", "out of": a two-character literal start for a fast scan; the look-behind then keeps
# only cues after a character in `_LAST_CHARS` (or a non-ASCII one, left to the full test), so
# few of the many "of the" reach Python.
# Written as "not one of the other ASCII characters": a class spanning all of Unicode costs
# milliseconds to compile.
_OTHER_ASCII = "".join(re.escape(chr(c)) for c in range(128) if chr(c) not in _LAST_CHARS)
_OF = re.compile(r" o(?<=[^" + _OTHER_ASCII + r"] o)(?:f the|ut of) ")
# "12 of the 10", "Twelve out of ten", ending/starting at the cue.
# Compiled on first need (the cardinal pattern is large): start-up time matters.
_PART = rf"(?<![\w.,$£€/-])(?P<n>(?i:{CARDINAL}))\Z"
_WHOLE = rf"(?P<m>(?i:{CARDINAL}))(?![\w%/-]|[.,]\d)(?P<next>[ ]+[\p{{L}}]+)?"


@cache
def _compiled(source: str) -> regex.Pattern[str]:
    return compile_v1(source)


# A number after one of these is a reference ("Article 12 of the 10 ...", "round 5 of the 3").
_REFERENCE_WORDS = frozenset(
    "article section chapter paragraph clause page item rule resolution part title no number "
    "table point stage round game hole lap day week year minute act amendment question line "
    "verse volume issue edition phase class grade level room floor gate platform track".split()
)


@cache
def _scale_words() -> frozenset[str]:
    scale = {"mln", "million", "millions", "billion", "billions", "bln", "thousand", "thousands",
             "hundred", "hundreds", "trillion", "pct", "percent", "per"}
    return frozenset(scale | set(numbers_data().unit_nouns))


def _is_reference(word: str) -> bool:
    """ "Article 12", "Section 301", "No. 5": a numbered thing, not a count."""
    return word.rstrip(".").casefold() in _REFERENCE_WORDS or word.startswith("#")


class PartExceedsWhole(Rule):
    spec = RuleSpec(
        code="NL505",
        name="part-exceeds-whole",
        category="count",
        summary='A part larger than its whole: "12 of the 10 countries".',
        rationale=(
            '"Twelve of the 10 member countries" cannot be: one of the two figures was changed '
            "and the other was not. Wholes that are amounts (\"500 of the 300 mln dlrs\"), "
            "years (\"Article 12 of the 1951 convention\") or hyphenated measures (\"12 of the "
            '10-year bonds") and numbered references ("Section 301 of the ...") are left alone.'
        ),
        example="Twelve of the 10 ASEAN countries signed the declaration.",
        fix_safety="none",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        text = doc.text
        locate = None
        for cue in _OF.finditer(text):
            at = cue.start()
            if not _may_end_number(text, at):
                continue
            part = _compiled(_PART).search(text, max(0, cue.start() - 30), cue.start())
            if part is None:
                continue
            whole = _compiled(_WHOLE).match(text, cue.end())
            if whole is None:
                continue
            n, m = parse_cardinal(part["n"]), parse_cardinal(whole["m"])
            if n is None or m is None or n <= m or m == 0:
                continue
            if n > 100 or n > 4 * m:
                continue  # "35,000 of the two models": units of a kind, not members of a set
            if whole["m"].isdigit() and 1000 <= m <= 2100:
                continue  # a year: "12 of the 1987 models"
            following = (whole["next"] or "").strip().casefold()
            if following in _scale_words():
                continue
            locate = locate or prose_locator(doc)
            block = locate(part.start())
            if block is None or whole.end("m") > block.end:
                continue
            before = text[max(block.start, part.start() - 25) : part.start()].split()
            if before and _is_reference(before[-1]):
                continue
            said = text[part.start("n") : whole.end("m")]
            yield self.diagnostic(
                part.start("n"),
                whole.end("m"),
                f'"{said}": the part ({n}) is larger than the whole ({m})',
            )


def _may_end_number(text: str, end: int) -> bool:
    """Whether a cardinal can end at `end`: a digit, or letters ending in a number word."""
    tail = text[max(0, end - 12) : end]
    if not tail.isascii():
        return True  # case-folding beyond ASCII: leave it to the regex
    if tail[-1:].isdigit():
        return True
    word = tail[len(tail.rstrip(_LETTERS)) :].lower()
    return word.endswith(_NUMBER_WORD_ENDS)
