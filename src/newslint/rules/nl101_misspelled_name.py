"""NL101 misspelled-name: a near miss of a known name ("Timor-Lester", "Ecaudor")."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..spelling.dateslips import month_slips, state_slips
from ..spelling.givennames import given_name_slips
from ..spelling.namecheck import NameFinding, checker_for
from ..spelling.nameslots import whole_word_count
from ..spelling.scan import document_words
from ..spelling.text import QuoteMap
from .support.accents import plain
from .support.chrome.vocabulary import chrome_words
from .support.spelling import (
    SpellingOptions,
    correction_fix,
    cut_inside,
    cut_off_at,
    english_only,
    rule_vocabulary,
)


class MisspelledName(Rule):
    spec = RuleSpec(
        code="NL101",
        name="misspelled-name",
        category="typo",
        summary="A name one or two letters away from a well-known name, such as \"Timor-Lester\".",
        rationale=(
            "The typo that reaches print in wire copy is rarely a common word: it is a name. Dictionary "
            "spell checkers flag every unfamiliar name, and lists of typos know no names. This rule knows "
            "countries, cities, regions, organisations and companies (plus a desk's own vocabulary) and "
            "reports a capitalised word that is not a word or name itself but sits one or two edits from "
            "a name that is far more common. A real name is left alone: an English word, a word in real "
            "use, a common given name or surname of any country (\"Tyurin\", \"Magne\", \"Chinh\"), and "
            "any word in a person's slot, after a title, a role or a given name (\"Prime Minister Pham "
            "Minh ___\", \"coach ___\", \"29-year-old ___\"), and an area's own name before its "
            "\"District\", \"Province\" or \"County\" (\"Krachi District\") unless the article prints the "
            "name it is near, and a word with its first letter changed for one whose key is not beside it "
            "(\"Minjiang\", \"Cottenham\": names differ at their start; \"Narch\" for March is typing's) "
            "unless the article prints the name. "
            "A name far more common than the token is wanted, except that a token of nine letters or "
            "more that real text never prints, one keyboard slip (two letters swapped, a double lost "
            "or a letter struck twice) from a listed place however rare, is shown as that name's slip "
            "(\"Bucaramagna\"), never fixed unattended. "
            "The fix is applied unattended only when the evidence is overwhelming and "
            "the message says which: the token is used nowhere and the name is printed elsewhere in the "
            "article, or it is a very common name and the token is long, or the rest of a multi-word name "
            "is printed beside it with its capitals (\"Timor-Lester\"; \"Porp said\" is no \"Port Said\"; "
            "the fix keeps the \"-ization\" or \"-isation\" the slip was typed in), "
            "and never beside a small word of another language (\"San Antonio de Torontoy\": shown); a "
            "common English word one slip from a word of a "
            "name of three words or more, the rest printed right beside it with a rare word of the name "
            "among them, is that name's slip (\"Agency France-Presse\"), where a name in its own right is "
            "not (\"Hercegovina\"); such an English word for the name's own (\"Press\" for \"Presse\") is "
            "shown, not fixed, unless the article prints the name right: the name may be put into English "
            "on purpose. Two words of such a name, one slip each (two in a word of five letters or more: "
            "\"Agent\" for \"Agence\"), around the rest printed right with a "
            "rare word of the name (\"Agency Kampuchea Press\") are shown as the name's slip too; a name "
            "two slips away loses to a common word one slip away (\"Philippene\": \"Philippine\") and to "
            "a word made of the name one slip away (\"Bangladesis\": \"Bangladeshis\"), and a "
            "name one slip away is only suggested beside a commoner word as near (\"Standord\": "
            "\"Stanford\" or \"Standard\"), as is a word of a multi-word name one slip from a longer word "
            "made of it too (\"South Korena\": \"Korea\" or \"Korean\"). A real name somewhere a vowel "
            "off the name's word (\"Addis Abeba\") is the name transliterated another way: fixed "
            "unattended only where the article prints the name right twice. Otherwise it is a suggestion. A "
            "word no list knows, in a "
            "given name's place before a surname (or a middle initial: \"Jmes M. Fitzgibbons\"), with one "
            "inner letter off a common given name (\"Travor "
            "Mallard\") is shown as that name's slip, never fixed: the person may spell it so (a letter "
            "changed counts only from a given name as common as \"Trevor\", two letters swapped from a "
            "rarer one too: names of other countries sit a changed letter from rarer given names; an "
            "inner letter added or lost counts only from one as common as \"Andrew\": names vary so far "
            "more often; a four-letter word only from one of the commonest given names, \"Davd Lyon\", "
            "\"Jakc Reichert\", never one a longer word is near that is a word too, \"Wiang\" and "
            "\"Wing\"); so is such a word right after a given name with two inner letters of a common "
            "name swapped (\"Mohammad Ibrhaim\"); a names list's rare entry one edit from a famous name, "
            "as profiles' own slips fill such lists, counts as unknown there, with a letter more or less "
            "or two swapped (\"Roobert Davis\"), not a changed one (\"Morio\", a name of its own); "
            "a word opening a firm's or a place's name is no given name (\"Enzon Inc\", \"Buyant Ukhaa "
            "International Airport\": a run that a legal form or a place's kind closes within three words). "
            "A word no list knows, of four letters or more, one slip "
            "from one month's name before a day's number or a year is that month, whatever the slip "
            "(\"ATLANTA, Ga., Jutne 1\", \"payable Ujne 15\"): an unsafe fix; a market table's "
            "three-letter month (\"Jne\") and another language's month (\"Desember\") stay, though a three-letter "
            "one in a dateline's date, after the city and before the day and its dash, is the month "
            "(\"WALTHAM, Mass., Jne 19 -\"). So is a word no "
            "list knows, of four letters or more, one slip from one US state or Canadian province as a "
            "dateline prints it (`rules/data/dateline_states.txt`) in a dateline's place, after the city "
            "and before the date or the agency (\"SAN DIEGO, Calmif., March 2\"): an unsafe fix. A known place "
            "too obscure to correct to on its own (\"Siem Reap\", \"Khyber Pakhtunkhwa\") still is where "
            "the rest of it, a distinctive word, is printed exactly beside a word no list knows one slip "
            "from its part (two in a long part): a suggestion, never applied unattended; an umlaut "
            "written out (\"Wuerttemberg\") is no slip, nor is a variant the article prints twice or more "
            "and the name never (\"Negri Sembilan\"), nor the name written with accents its list writes "
            "without (\"Parañaque\" for \"Paranaque\"). A name its list writes in capitals is put back "
            "in the article's own capitals where the article prints it so and the slip is written so "
            "(\"Ajsean\" beside \"Asean\": \"Asean\"). A name not much known (a capital of a small "
            "country) and not printed in the article is suggested only where typing made the token "
            "from it, two neighbours swapped, a double letter lost or a letter struck twice "
            "(\"Vietniane\"): a changed letter makes another place's name as often (\"Najoya\")."
        ),
        example="Timor-Lester attended as an observer.",
        example_fixed="Timor-Leste attended as an observer.",
        fix_safety="varies",
    )
    Options = SpellingOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        checker = checker_for(rule_vocabulary(self))
        quotes: dict[int, QuoteMap] = {}
        foreign_dates = chrome_words()[2]
        reported: set[int] = set()
        for finding in checker.check(doc):
            if cut_inside(doc.text, finding.end, finding.found, finding.candidates):
                continue  # "The Europea" at the text's end: a cut, not a slip
            if finding.found.casefold() in foreign_dates:
                continue  # "1 Desember 2013": another language's month or weekday, as NL102 leaves it
            if not finding.found.isascii() and any(
                plain(finding.found) == plain(candidate) for candidate in finding.candidates
            ):
                continue  # "Parañaque" for "Paranaque": the name with its accents, no slip
            block = doc.block_at(finding.start)
            quote_map = None
            if block is not None:
                quote_map = quotes.setdefault(block.start, QuoteMap(block.text))
            safe, reason = finding.safe, finding.reason
            if safe and cut_off_at(doc, finding.end):
                safe, reason = False, "the text may be cut off here"
            fix, options_ = correction_fix(
                finding.found, finding.start, finding.end, _as_printed(doc.text, finding), quote_map,
                block.start if block is not None else 0, safe, reason,
            )
            if finding.context:
                message = f'"{finding.context}" may be a misspelling of "{finding.intended}"'
            else:
                listed = " or ".join(f'"{o}"' for o in options_)
                message = f'"{finding.found}" may be a misspelling of {listed}'
            if reason:
                message += f" ({reason})"
            reported.add(finding.start)
            yield self.diagnostic(finding.start, finding.end, message, fix)
        for slip in given_name_slips(doc.text, document_words(doc).unknown):
            if slip.start in reported or doc.block_at(slip.start) is None:
                continue
            edit = Edit(slip.start, slip.end, slip.intended)
            kind = "name" if slip.surname else "given name"
            yield self.diagnostic(
                slip.start, slip.end,
                f'"{slip.found}" may be a misspelling of the {kind} "{slip.intended}" (no list '
                f"knows \"{slip.found}\"; the person may spell it so)",
                Fix.display_only(f"Replace with {slip.intended!r}", edit),
            )
            reported.add(slip.start)
        unknown = document_words(doc).unknown
        for slip in (*state_slips(doc.text, unknown), *month_slips(doc.text, unknown)):
            if slip.start in reported or doc.block_at(slip.start) is None or slip.found.casefold() in foreign_dates:
                continue  # "Desember 2013": another language's month
            reported.add(slip.start)
            yield self.diagnostic(
                slip.start, slip.end, f'"{slip.found}" may be a misspelling of "{slip.intended}" ({slip.place})',
                Fix.unsafe(f"Replace with {slip.intended!r}", Edit(slip.start, slip.end, slip.intended)),
            )


def _as_printed(text: str, finding: NameFinding) -> tuple[str, ...]:
    """The candidates in the article's own capitals where it prints a name so and the slip is
    written so too ("Ajsean" beside "Asean": "Asean", not the list's "ASEAN")."""
    if finding.context or not finding.found.istitle():
        return finding.candidates
    return tuple(
        titled if candidate.isupper() and whole_word_count(text, titled := candidate.capitalize()) else candidate
        for candidate in finding.candidates
    )
