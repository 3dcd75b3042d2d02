"""NL102 misspelling: a common misspelling of an English word ("recieve", "goverment")."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ..diagnostics import Diagnostic
from ..document import Document
from ..rule import Rule, RuleSpec
from ..spelling.names import compiled_gazetteer
from ..spelling.scan import text_words
from ..spelling.store import CORRECTIONS
from ..spelling.text import (
    WORD,
    QuoteMap,
    at_sentence_start,
    before_ticker,
    followed_by_sic,
    is_shouted,
)
from .nl1_common import SpellingOptions, correction_fix, rule_vocabulary

_NEXT_CAPITAL = regex.compile(r" \p{Lu}")


class Misspelling(Rule):
    spec = RuleSpec(
        code="NL102",
        name="misspelling",
        category="typo",
        summary="A common misspelling of an English word, such as \"recieve\".",
        rationale=(
            "Misspellings that people make again and again are listed (codespell's dictionary, "
            "derived from Wikipedia's lists of common misspellings, CC BY-SA 3.0). Entries that "
            "are valid British, American or Canadian spellings, or frequent in real text, are "
            "removed from the list, so \"defence\" and \"programme\" are never touched. One "
            "correction is a safe fix that keeps the case; several are listed for the editor."
        ),
        example="The ministry will recieve the report.",
        example_fixed="The ministry will receive the report.",
        fix_safety="varies",
    )
    Options = SpellingOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        table = CORRECTIONS
        hits = text_words(doc.text).misspelt
        if not hits:
            return
        vocab = rule_vocabulary(self)
        known = compiled_gazetteer().known
        occurrences = []
        for block in doc.prose:
            low = block.text.lower()
            if not any(h in low for h in hits):
                continue
            shouted: bool | None = None  # counted over the block only when a hit is in it
            for match in WORD.finditer(block.text):
                word = match.group()
                if word.lower() in hits:
                    if shouted is None:
                        shouted = is_shouted(block.text)
                    occurrences.append((block, match, shouted))
        # A capitalised word the article uses mid-sentence, or at the head of a run of
        # capitalised words, is a name ("Varity", "Groupe Bull"); so is a headline word the
        # story prints capitalised.
        names = {
            m.group().lower() for b, m, shouted in occurrences
            if m.group()[:1].isupper() and not shouted and (
                not at_sentence_start(b.text, m.start()) or _NEXT_CAPITAL.match(b.text, m.end())
            )
        }
        in_body = {
            m.group().lower() for b, m, shouted in occurrences
            if m.group()[:1].isupper() and not shouted
        }
        quote_maps: dict[int, QuoteMap] = {}
        for block, match, shouted in occurrences:
            word = match.group()
            folded = word.lower()
            if folded in vocab or followed_by_sic(block.text, match.end()):
                continue
            if word[:1].isupper() and before_ticker(block.text, match.end()):
                continue  # a listed company's own spelling
            proper = all(c[:1].isupper() for c in table[folded])  # "Phillipines"
            if word[:1].isupper() and not proper:
                if folded in names or folded in known:
                    continue
                if word.isupper() and (len(word) <= 4 or not shouted or folded in in_body):
                    continue  # an acronym, a ticker, or a name the story spells this way
            quotes = quote_maps.setdefault(block.start, QuoteMap(block.text))
            start, end = block.start + match.start(), block.start + match.end()
            fix, options_ = correction_fix(word, start, end, table[folded], quotes, block.start)
            listed = " or ".join(f'"{o}"' for o in options_)
            yield self.diagnostic(start, end, f'"{word}" is a misspelling of {listed}', fix)
