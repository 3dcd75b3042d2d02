"""NL107 real-word-slip: a real word typed for a part of a well-known name or an official's
title ("Unites States", "Finance Minster")."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..spelling.context import name_pair_slips
from ..spelling.realword import RealWordSlip as Slip
from ..spelling.realword import article_slips, famous_slips, listed_country_slips, lone_slips, real_word_slips
from ..spelling.text import followed_by_sic
from .support.spelling import SpellingOptions, english_only, rule_vocabulary


class RealWordSlip(Rule):
    spec = RuleSpec(
        code="NL107",
        name="real-word-slip",
        category="typo",
        summary=(
            'A real word typed for part of a well-known name, a title or a name the article prints '
            'right elsewhere, such as "Unites States", "Finance Minster" or "Development Back".'
        ),
        rationale=(
            "A slip that lands on another real word passes every word list: \"Unites\", \"Raca\" "
            "and \"Minster\" are words. Beside the rest of a well-known multi-word name (\"Unites "
            "States\", \"Costa Raca\"), or between a title's first word and a person's name "
            "(\"Finance Minster Gerhard Stoltenberg\") or as the one who speaks (\"the Minster said\", "
            "\"..., added the Minster.\"), "
            "the neighbours give it away. Reported "
            "when the word is one slip from the name's part or the title, keeps its first letter, "
            "is no other form of it than a plural (\"United Kingdoms\": a name is not counted), "
            "and is far rarer in real text (a plural in common use, beside two more words of the "
            "name printed exact: \"Philippines News Agency\", not two bodies named at once, \"the "
            "Departments of Agriculture and Commerce\", \"the Yangtze and Pearl River Deltas\": a plural shared by a "
            "list, after \"and\" or \"or\" and closing the phrase, is no slip either; \"the Nevada and New "
            "Jerseys gaming commissions\" is one); in a list of countries (two of its other items "
            "countries), a word one slip from a country, its first letter kept, that is no country nor "
            "a big city and is printed once (\"Ireland, Swede and Norway\", \"Brazil, Columbia, Vietnam\"); "
            "a place that is "
            "really called so is known and left alone. A name the article itself prints right "
            "is evidence too: \"Asian Development Back\" once beside \"Asian Development Bank\" "
            "twice (printed as often, the slip must be far rarer in real text; two given names are "
            "two people). So is a capitalised word the article prints right elsewhere inside a sentence, with "
            "no neighbour shared: a rare real word capitalised inside a sentence (\"Brinish Comedy awards\" "
            "where \"British\" is printed twice), one slip from the far commoner word with the same first "
            "and last letters (any last letter when the word has no frequency at all: \"Kores\" beside "
            "\"Korea\"), printed no more often and never in lower case (a possessive counts: \"Brail's\" beside "
            "\"Brazil\"); a place no English text uses counts only for a famous name (\"Moxico\" beside "
            "\"Mexico\"). So is a rare real word printed "
            "once in a pair of capitalised words that the books (symspellpy's English bigram list) print "
            "often with a far commoner word one letter away and never as it stands (\"Wold Cup\", a rare "
            "plural such as \"Informations Systems\"; not \"Trades Union\", a plural of its own; a letter changed "
            "only in a word of a well-known multi-word name, \"Notional Development\": \"Realty Trust\" is no "
            "slip of \"really\"). "
            "So, with no neighbour at all, is a capitalised word of the lists that no English text uses, "
            "one slip from a country, a big place or a people's word with the same first and last letters, "
            "printed once and never in lower case (\"Rissian oil giant\", \"Flench consumer spending\"). "
            "The fix is offered, not applied unattended: a rare real word may still be meant."
        ),
        example="Talks with the Unites States resumed on Monday.",
        example_fixed="Talks with the United States resumed on Monday.",
        fix_safety="unsafe",
    )
    Options = SpellingOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        vocab = rule_vocabulary(self)
        seen: set[int] = set()
        slips = (
            *real_word_slips(doc), *article_slips(doc), *lone_slips(doc), *_pair_slips(doc), *famous_slips(doc),
            *listed_country_slips(doc),
        )
        for slip in slips:
            if slip.start in seen:
                continue  # a well-known name the article prints right too: said once
            seen.add(slip.start)
            folded = slip.found.casefold()
            if folded in vocab.words or followed_by_sic(doc.text, slip.end):
                continue
            if slip.kind in ("name", "pair"):
                message = f'"{slip.context}" may be a misspelling of "{slip.corrected}"'
            elif slip.kind == "article":
                message = (
                    f'"{slip.context}" may be a misspelling of "{slip.corrected}", as the article prints it elsewhere'
                )
            elif slip.kind == "list":
                message = f'"{slip.found}" in a list of countries may be a misspelling of "{slip.intended}"'
            elif slip.kind == "speaker":
                message = f'"the {slip.found}" who speaks may be a misspelling of the title "{slip.intended}"'
            else:
                message = f'"{slip.found}" before a name may be a misspelling of the title "{slip.intended}"'
            fix = Fix.unsafe(f"Replace with {slip.intended!r}", Edit(slip.start, slip.end, slip.intended))
            yield self.diagnostic(slip.start, slip.end, message, fix)


def _pair_slips(doc: Document) -> Iterable[Slip]:
    """`name_pair_slips` in the shape of the other passes' slips."""
    for pair in name_pair_slips(doc):
        context = f"{pair.before} {pair.after}"
        at = context.find(pair.found) if context.startswith(pair.found) else context.rfind(pair.found)
        corrected = context[:at] + pair.intended + context[at + len(pair.found) :]
        yield Slip(pair.start, pair.end, pair.found, pair.intended, context, corrected, "pair")
