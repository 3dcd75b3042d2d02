"""NL111 ordinal-suffix: a figure with another number's ordinal ending ("32th", "21th", "12nd")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import PROSE_KINDS, Document
from ..core.rule import Rule, RuleSpec

# A figure and an ordinal ending, a word of its own: not inside a code, an address or a decimal
# ("A32th", "v1.2nd", "/3rd/").
_ORDINAL = re.compile(r"(?<![\w.,/-])(\d{1,6})(st|nd|rd|th|ST|ND|RD|TH)(?![\w])")
_ENDINGS = {1: "st", 2: "nd", 3: "rd"}


def _ending(figure: str) -> str:
    """English's ending for the number: 1st, 2nd, 3rd, and "th" for 11 to 13 and the rest."""
    number = int(figure)
    return "th" if number % 100 in (11, 12, 13) else _ENDINGS.get(number % 10, "th")


class OrdinalSuffix(Rule):
    spec = RuleSpec(
        code="NL111",
        name="ordinal-suffix",
        category="typo",
        summary='A figure with another number\'s ordinal ending, such as "32th", "21th" or "12nd".',
        rationale=(
            "A figure's ordinal ending follows its last digits: 1st, 2nd, 3rd, and 11th, 12th, 13th "
            "and every other number with \"th\" (21st, 32nd, 113th). Typed by analogy (\"32th\", "
            "\"21th\") or by habit (\"12nd\"), the wrong ending passes every spell checker, which skips "
            "words with digits. The fix writes the ending the figure takes, in the case it is printed "
            "(\"32TH\" -> \"32ND\"), unattended: nothing else can be meant. A figure inside a code, an "
            "address or a decimal is left alone."
        ),
        example="The 32th summit of the bloc opened on Monday.",
        example_fixed="The 32nd summit of the bloc opened on Monday.",
        fix_safety="safe",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        # One scan of the whole text (a figure and its ending never span two blocks); a wrong
        # ending is then placed in its block, which must be prose.
        for match in _ORDINAL.finditer(doc.text):
            figure, printed = match.group(1), match.group(2)
            right = _ending(figure)
            if printed.lower() == right:
                continue
            block = doc.block_at(match.start())
            if block is None or block.kind not in PROSE_KINDS:
                continue
            if printed.isupper():
                right = right.upper()
            start, end = match.span(2)
            yield self.diagnostic(
                match.start(), end, f'"{match.group()}" takes the ending "{right}": "{figure}{right}"',
                Fix.safe(f"Replace with {figure + right!r}", Edit(start, end, right)),
            )
