"""NL109 case-slip: a word typed with the Shift key held a letter too long ("WIth", "APril")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..spelling.lookup import PROPER, WORD, ZIPFS, Compiled, compiled
from .support.spelling import english_only

# Two capitals, then two lower-case letters or more, a whole word (not in an address, a handle
# or a compound): "WIth", "GOvernment".
_SLIP = re.compile(r"(?<![\w@/.#&'’-])[A-Z]{2}[a-z]{2,}(?![\w@'’]|-(?![A-Za-z])|\.\w)")
_ROUGH = re.compile(r"[A-Z][A-Z][a-z][a-z]")
# Lower-case letters, then one capital that ends the word: Shift pressed for the next word's
# first letter a moment early ("conditionS,", "futurE").
_LAST_SLIP = re.compile(r"(?<![\w@/.#&'’-])[a-z]{3,}[A-Z](?![\w@'’-]|\.\w)")
# x10 Zipf: a word this frequent, typed so, is a slip beyond doubt and fixed unattended.
SAFE_ZIPF = 40
# e- and i- products keep a capital inside at a sentence's start ("EBay", "ITunes"): the word
# after the letter is a word of its own.
_PRODUCT_PREFIXES = frozenset("EI")


def _acronym_printed(text: str, letters: str) -> bool:
    """The word's two capitals printed as a word of their own in running text (not in a line
    of capitals, where "IN" and "MA" are words)."""
    for match in re.finditer(rf"(?<![\w-]){letters}(?![\w-])", text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if not line.isupper():
            return True
    return False


class CaseSlip(Rule):
    spec = RuleSpec(
        code="NL109",
        name="case-slip",
        category="typo",
        summary=(
            "A word whose second or last letter is a capital by a slip of the Shift key, such as \"WIth\" "
            "or \"futurE\"."
        ),
        rationale=(
            "Holding Shift a moment too long types \"WIth\", \"APril\", \"GOvernment\". A spell "
            "checker that folds case never sees it; readers do. The rule reports a word of two "
            "capitals and then lower-case letters whose form with one capital is an English word "
            "or a known name, and fixes it unattended when that word is common. An acronym with "
            "a plural or a suffix (\"MPs\", \"TVs\") has one lower-case letter and is not matched; "
            "an e- or i- product at a sentence's start (\"EBay\", \"ITunes\") and a brand built "
            "on an acronym the story prints (\"GE ... GEnie\") are left alone; a less common word "
            "is shown, not fixed; so is a name in no list, or the first part of a compound, that the article "
            "prints elsewhere with one capital (\"AKufo-Addo\" beside \"Akufo-Addo\"). A word of small letters "
            "that ends in a capital (\"futurE\", "
            "\"conditionS\": Shift pressed early for the next word) is shown with the word in small letters."
        ),
        example="Talks resumed on Monday WIth both sides present.",
        example_fixed="Talks resumed on Monday With both sides present.",
        fix_safety="varies",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        data = compiled()
        yield from self._last_letter(doc, data)
        if _ROUGH.search(doc.text) is None:
            return  # one C-level scan: nearly every story has no such word
        for block in doc.prose:
            text = block.text
            for match in _SLIP.finditer(text):
                token = match.group()
                lower = token.lower()
                code = data.code(lower)
                intended = token[0] + lower[1:]
                compound = text[match.end() : match.end() + 1] == "-"
                if compound or not code & (WORD | PROPER):
                    # "SKorea", "USAid": letters run together, not a held Shift; but a name the
                    # article prints with one capital elsewhere ("AKufo-Addo" beside "Akufo-Addo") is.
                    if not re.search(rf"(?<![\w-]){intended}(?![\w])", doc.text):
                        continue
                if token[0] in _PRODUCT_PREFIXES and data.code(token[1:].lower()) & WORD:
                    continue
                if _acronym_printed(doc.text, token[:2]):
                    continue  # "GE said GEnie ...": a brand built on the acronym
                start, end = block.start + match.start(), block.start + match.end()
                edit = Edit(start, end, intended)
                title = f"Replace with {intended!r}"
                fix = Fix.safe(title, edit) if ZIPFS.get(lower, 0) >= SAFE_ZIPF else Fix.display_only(title, edit)
                yield self.diagnostic(start, end, f'"{token}" has a capital too many: "{intended}"?', fix)

    def _last_letter(self, doc: Document, data: Compiled) -> Iterable[Diagnostic]:
        """A word of small letters with a capital for its last letter ("futurE"): the word in
        small letters when it is a word, shown (a code or a unit may be written so)."""
        if _LAST_SLIP.search(doc.text) is None:
            return  # one C-level scan: nearly every story has no such word
        for block in doc.prose:
            for match in _LAST_SLIP.finditer(block.text):
                token = match.group()
                lower = token.lower()
                if not data.code(lower) & WORD:
                    continue  # "todmpB": no word under it
                start, end = block.start + match.start(), block.start + match.end()
                fix = Fix.display_only(f"Replace with {lower!r}", Edit(start, end, lower))
                yield self.diagnostic(start, end, f'"{token}" ends in a capital by a slip: "{lower}"?', fix)
