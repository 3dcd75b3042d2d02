"""NL502 ordinal-acronym-mismatch: "the 21st ASEAN Military Intelligence Meeting (AMIM-22)"."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

import regex

from ..analysis.numbers.locate import prose_locator
from ..analysis.numbers.parse import ORDINAL, parse_ordinal
from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_v1

# The acronym with its number, in parentheses: (AMIM-21), (COP26), (SEA Games 31) is not.
_ACRONYM = re.compile(
    r"\((?P<acronym>[A-Z][A-Za-z&]{1,9}?(?:[- ][A-Z][A-Za-z&]{1,9}?)?)(?P<sep>[- ]?)(?P<number>[1-9]\d{0,2})\)"
)
# The ordinal and the name it numbers, ending right before the parenthesis.
@cache
def _ordinal_name() -> regex.Pattern[str]:
    """Compiled when an article first has an acronym with a number: most never do."""
    return compile_v1(
        rf"""
        (?<![\w-])(?P<ordinal>(?i:{ORDINAL}))
        (?P<name>(?:[ ](?:\p{{Lu}}[\p{{L}}'’.&-]*|\p{{Ll}}+)){{1,12}})
        [ ]?\Z""",
        regex.VERBOSE,
    )
_LOOK_BACK = 160


@cache
def _other_edition() -> re.Pattern[str]:
    """Words that put a bare acronym in another edition than the one the article is about
    (compiled on first need: few articles get this far)."""
    return re.compile(
        r"\b(?:next|last|previous|prior|upcoming|coming|future|will|would|shall|host|hosts|hosted|"
        r"hosting|since|until|ahead|before|after|following|preceding|earlier|later|year|years|"
        r"following)\b|\b(?:19|20)\d\d\b",
        re.IGNORECASE,
    )


_CONNECTORS = frozenset(("of", "the", "and", "on", "for", "in", "de", "&"))


class OrdinalAcronymMismatch(Rule):
    spec = RuleSpec(
        code="NL502",
        name="ordinal-acronym-mismatch",
        category="count",
        summary="An ordinal disagrees with the number in the acronym that follows it.",
        rationale=(
            "Meetings and conferences carry their number twice: \"the 21st ASEAN Military "
            "Intelligence Meeting (AMIM-21)\". When one is updated from last year's story and "
            "the other is not, the article contradicts itself. Ordinals in words "
            "(\"twenty-first\") count the same as digits. An editor decides which is right."
        ),
        example="The 21st ASEAN Military Intelligence Meeting (AMIM-22) opened in Vientiane.",
        fix_safety="display-only",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        text = doc.text
        locate = None
        defined: dict[str, tuple[int, str]] = {}  # stem -> (number, "21st ... (AMIM-21)")
        spans: list[tuple[int, int]] = []
        for match in _ACRONYM.finditer(text):
            locate = locate or prose_locator(doc)
            block = locate(match.start())
            if block is None:
                continue
            found = _ordinal_name().search(text, max(block.start, match.start() - _LOOK_BACK), match.start())
            if found is None:
                continue
            words = found["name"].split()
            capitals = sum(1 for w in words if w[:1].isupper())
            # A name: mostly capitalised words ("Asia-Pacific Economic Cooperation summit"),
            # not a phrase ("21st in the race").
            if words[-1] in _CONNECTORS or capitals < 2 and len(words) > 1 or capitals * 2 < len(words):
                continue
            ordinal = parse_ordinal(found["ordinal"])
            number = int(match["number"])
            if ordinal is None:
                continue
            acronym = text[match.start("acronym") : match.end("number")]
            spans.append((match.start(), match.end()))
            if ordinal == number:
                defined.setdefault(match["acronym"], (number, f"{found['ordinal']}{found['name']} ({acronym})"))
                continue
            fix = Fix.display_only(
                f"Number the acronym {ordinal}, or correct the ordinal",
                Edit(match.start("number"), match.end("number"), str(ordinal)),
            )
            yield self.diagnostic(
                match.start("acronym"),
                match.end("number"),
                f'"{found["ordinal"]}{found["name"]}" but the acronym says {acronym}',
                fix,
            )
        if defined:
            yield from self._later_mentions(doc, defined, spans)

    def _later_mentions(
        self, doc: Document, defined: dict[str, tuple[int, str]], spans: list[tuple[int, int]]
    ) -> Iterator[Diagnostic]:
        """"AMIM-22 also discussed ..." after "the 21st ... (AMIM-21)": the same meeting with
        another number. A sentence about another edition ("AMIM-22 will be held in ...") is
        left alone."""
        text = doc.text
        stems = "|".join(re.escape(stem) for stem in sorted(defined, key=len, reverse=True))
        mention = re.compile(rf"(?<![\w-])(?P<stem>{stems})(?P<sep>[- ]?)(?P<number>[1-9]\d{{0,2}})(?![\w-])")
        locate = prose_locator(doc)
        for match in mention.finditer(text):
            if any(start <= match.start() < end for start, end in spans):
                continue
            number, definition = defined[match["stem"]]
            if int(match["number"]) == number:
                continue
            block = locate(match.start())
            if block is None:
                continue
            sentence_start = max(text.rfind(". ", block.start, match.start()) + 2, block.start)
            sentence_end = text.find(". ", match.end(), block.end)
            sentence = text[sentence_start : sentence_end if sentence_end != -1 else block.end]
            if _other_edition().search(sentence):
                continue
            yield self.diagnostic(
                match.start(),
                match.end(),
                f"{match.group()} but the article calls the meeting {definition}",
            )
