"""NL108 context-slip: a real word that the words on both sides give away as a slip of a far
commoner word ("prepared to discus with")."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import chain

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..spelling.context import context_slips, headline_slips, than_slips
from ..spelling.echo import echo_slips
from ..spelling.text import followed_by_sic
from .support.spelling import SpellingOptions, english_only, rule_vocabulary


class ContextSlip(Rule):
    spec = RuleSpec(
        code="NL108",
        name="context-slip",
        category="typo",
        summary=(
            'A rare real word where its neighbours, or the article itself, call for a far commoner word '
            'one slip from it, such as "prepared to discus with" or "2.5 billon dlrs" beside "billion".'
        ),
        rationale=(
            "A letter lost or two letters swapped can make another real word (\"discus\", \"moths\", "
            "\"form\"), which every word list passes. The words on both sides give it away: English "
            "prints \"to discuss\" and \"discuss with\" millions of times, and \"to discus\" and "
            "\"discus with\" too rarely to be counted. Reported when the word is in small letters (or in a "
            "title in title case, read in small letters: \"Offers Readiness to Discus with\"), "
            "printed once in the article (or the same slip up to four times, where the books print the word "
            "beside none of its neighbours and the commoner word fits both neighbours of one place, and "
            "the article never prints the commoner word), between two words on the same line, and one lost letter or "
            "one swapped pair from exactly one word that is printed some 300 times as often and that "
            "English prints beside both neighbours often, while it prints the word itself beside "
            "neither. Pair counts are symspellpy's English bigram list (Google Books n-grams). A word "
            "merely rarer than its look-alike is left alone (\"suing for\", \"the rust\"): rare words "
            "are meant more often than not; and where only the neighbours speak, so is a word in use in "
            "its own right (Zipf above 3.2: \"a trough of low pressure\", \"the only gong on the night\"), "
            "whose pairs the list, which keeps only the commonest, may simply not hold. The article is "
            "evidence too: a rare word in small letters "
            "printed once (\"billon\", \"minsters\", \"praty\"), that one lost inner letter or two "
            "swapped inner letters make of exactly one far commoner word the article prints elsewhere "
            "(\"billion\", \"ministers\", \"party\"); a less rare word (\"minster\", \"polices\") only "
            "where the article prints the word meant twice or more, in any case (\"Prime Minister\"); "
            "a lost or swapped last letter makes another form "
            "of a word (\"demerge\", \"demerged\"), not a slip. \"then\" after a comparative (\"more important "
            "then others\", \"higher then expected\", \"less then one\") is a slip for \"than\" when the books print "
            "\"than\" before the next word a million times or more and fifteen times as often as \"then\", or "
            "the next word is a figure (\"more then 20\"; \"later then resumed\" stays). The fix is offered, "
            "never applied unattended."
        ),
        example="The minister said he was prepared to discus with the unions.",
        example_fixed="The minister said he was prepared to discuss with the unions.",
        fix_safety="unsafe",
    )
    Options = SpellingOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        vocab = rule_vocabulary(self)
        reported: set[int] = set()
        body = list(context_slips(doc))
        for slip in chain(body, headline_slips(doc, frozenset(slip.found for slip in body))):
            if slip.found in vocab.words or followed_by_sic(doc.text, slip.end):
                continue
            if slip.times > 1:
                before, after = slip.fitted
                message = (
                    f'"{slip.found}" may be a slip for "{slip.intended}", made {slip.times} times: English seldom '
                    f'prints "{slip.before} {slip.found}" or "{slip.found} {slip.after}", and often prints '
                    f'"{before} {slip.intended}" and "{slip.intended} {after}"'
                )
            else:
                meant, found = slip.intended.lower(), slip.found.lower()  # a title's words in title case
                message = (
                    f'"{slip.found}" may be a slip for "{slip.intended}": English often prints "{slip.before} '
                    f'{meant}" and "{meant} {slip.after}", seldom "{slip.before} {found}" or "{found} {slip.after}"'
                )
            fix = Fix.unsafe(f"Replace with {slip.intended!r}", Edit(slip.start, slip.end, slip.intended))
            reported.add(slip.start)
            yield self.diagnostic(slip.start, slip.end, message, fix)
        for slip in than_slips(doc):
            if slip.start in reported or followed_by_sic(doc.text, slip.end):
                continue
            message = (
                f'"then" after a comparative may be a slip for "than": English often prints "than '
                f'{slip.after}", seldom "then {slip.after}"' if not slip.after[0].isdigit()
                else f'"then" after a comparative, before a figure, may be a slip for "than" ("than {slip.after}")'
            )
            fix = Fix.unsafe("Replace with 'than'", Edit(slip.start, slip.end, "than"))
            reported.add(slip.start)
            yield self.diagnostic(slip.start, slip.end, message, fix)
        for echo in echo_slips(doc):
            if echo.start in reported or echo.found in vocab.words or followed_by_sic(doc.text, echo.end):
                continue
            times = "once" if echo.times == 1 else "twice" if echo.times == 2 else f"{echo.times} times"
            how = "a letter lost" if len(echo.found) < len(echo.intended) else "two letters swapped"
            message = (
                f'"{echo.found}" may be a slip for "{echo.intended}", which the article prints {times} '
                f'(a rare word: "{echo.intended}" with {how})'
            )
            fix = Fix.unsafe(f"Replace with {echo.intended!r}", Edit(echo.start, echo.end, echo.intended))
            yield self.diagnostic(echo.start, echo.end, message, fix)
