"""NL106 capitalised-misspelling: a capitalised word in no list, typed one slip from a frequent
English word ("Adminstration", "Commmittee")."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..casing import match_case
from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..spelling.guess import Guess, likely_slip
from ..spelling.nameslots import foreign_context, person_slot
from ..spelling.scan import document_words
from ..spelling.slips import slip_kind
from ..spelling.text import QuoteMap, followed_by_sic
from .support.spelling import (
    SpellingOptions,
    at_cut,
    beside_foreign_particle,
    correction_fix,
    english_only,
    rule_vocabulary,
)

MIN_LENGTH = 6  # shorter capitalised words one slip from a word are mostly names ("Nexa", "Lasar")
# A capitalised word printed more often than this is the name the writer means ("Bening").
MAX_OCCURRENCES = 2


def _whole_word(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}]){regex.escape(word)}(?![\p{{L}}\p{{M}}])", regex.IGNORECASE)


class CapitalisedMisspelling(Rule):
    spec = RuleSpec(
        code="NL106",
        name="capitalised-misspelling",
        category="typo",
        summary="A capitalised word in no word or name list, typed one slip from a frequent "
        "English word, such as \"Adminstration\" or \"Commmittee\".",
        rationale=(
            "Words of organisation names and sentence openers are capitalised, so a slip in "
            "them (\"Food and Drug Adminstration\", \"Securities and Exchange Commmission\") "
            "looks like a name to a spell checker and passes. Real names sit one letter from "
            "English words too (\"Berson\", \"Lorimar\", \"Centel\"), but by a changed letter "
            "or at an end; this rule counts only the shapes typing makes: two letters swapped "
            "inside the word, a letter dropped from a long word, a doubled letter lost or made, "
            "a letter struck twice. A word in a person's slot (after a given name, title or "
            "role), in a line of another language, or in a desk's vocabulary is left alone. "
            "The fix is applied unattended only when one word fits and the article prints "
            "that word elsewhere; otherwise it is unsafe, or a suggestion when several fit."
        ),
        example="The Food and Drug Adminstration approved it. The administration said so.",
        example_fixed="The Food and Drug Administration approved it. The administration said so.",
        fix_safety="varies",
    )
    Options = SpellingOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        words = document_words(doc)
        slips: dict[str, Guess] = {}
        for token in words.unknown:
            if len(token) < MIN_LENGTH or not token.isalpha():
                continue
            guess = likely_slip(token)
            if guess is not None and slip_kind(token, guess.candidates[0]) is not None:
                slips[token] = guess
        if not slips:
            return
        vocab = rule_vocabulary(self)
        text = doc.text
        for token, (candidates, _, safe) in slips.items():
            if token in vocab:
                continue
            if len(_whole_word(token).findall(text)) > MAX_OCCURRENCES:
                continue
            prints_word = _whole_word(candidates[0]).search(text) is not None
            pattern = rf"(?<![\p{{L}}\p{{M}}\d_@/&<'’-]){regex.escape(token)}(?![\p{{L}}\p{{M}}\d_@/&>-])"
            for block in doc.prose:
                for match in regex.finditer(pattern, block.text, regex.IGNORECASE):
                    found = match.group()
                    if not (found[0].isupper() and found[1:].islower()):
                        continue  # all capitals (a ticker, a headline) or mixed ("AccuRay")
                    start, end = block.start + match.start(), block.start + match.end()
                    if followed_by_sic(block.text, match.end()) or at_cut(text, end):
                        continue
                    if person_slot(text, start) or foreign_context(text, start, end):
                        continue
                    if beside_foreign_particle(block.text, match.start(), match.end()):
                        continue  # a name in another language ("Fondation pour l'Enfance")
                    evidence = ""
                    if safe and not prints_word:
                        first = match_case(found, candidates[0])
                        fix = Fix.unsafe(
                            f"Replace with {first!r} (a guess: the article does not print it)",
                            Edit(start, end, first),
                        )
                        options = [first]
                    elif safe:
                        fix, options = correction_fix(
                            found, start, end, candidates, QuoteMap(block.text), block.start
                        )
                        evidence = " (the article prints it elsewhere)"
                    else:
                        fix, options = correction_fix(found, start, end, candidates, None)
                    listed = " or ".join(f'"{o}"' for o in options)
                    message = f'"{found}" is probably a misspelling of {listed}'
                    yield self.diagnostic(start, end, message + evidence, fix)
