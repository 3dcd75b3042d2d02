"""NL102 misspelling: a common misspelling of an English word ("recieve", "goverment")."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from ..core.diagnostics import Applicability, Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_cached
from ..spelling.index import within_one_edit
from ..spelling.lookup import (
    CORRECTIONS,
    KNOWN_WORDS,
    NAMES,
    PROPER_WORDS,
    WORDS,
    ZIPFS,
    compiled_gazetteer,
    english_words,
)
from ..spelling.nameslots import beside_foreign_particle
from ..spelling.scan import document_words
from ..spelling.text import (
    STEM,
    QuoteMap,
    at_sentence_start,
    before_ticker,
    followed_by_sic,
    is_shouted,
)
from .support.chrome.vocabulary import chrome_words
from .support.spelling import (
    SpellingOptions,
    at_cut,
    beside_foreign_letters,
    block_cut,
    correction_fix,
    cut_inside,
    english_only,
    foreign_stretch,
    glossed_term,
    rule_vocabulary,
)

_NEXT_CAPITAL = compile_cached(r" \p{Lu}")
_CURLY_APOSTROPHE = compile_cached(r"\p{L}’\p{L}")
_STRAIGHT_APOSTROPHE = compile_cached(r"\p{L}'\p{L}")


def _apostrophe(text: str) -> str:
    """The apostrophe the article types ("didn’t" in copy that writes "minister’s")."""
    curly = len(_CURLY_APOSTROPHE.findall(text))
    return "’" if curly > len(_STRAIGHT_APOSTROPHE.findall(text)) else "'"


# Searching costs a pass over the block per hit; past this many hits (a long text with many
# misspellings), one walk over its words is cheaper, and keeps the rule linear.
MAX_SEARCHED = 16


def _printed_rival(doc: Document, folded: str, corrections: tuple[str, ...]) -> str | None:
    """Another word one letter from the slip that the article itself prints ("markeys" in a
    story about markets): the list's correction may not be the word meant, so it is no fix to
    apply unattended. A word the slip begins with ("particular" for "particulary") is no rival:
    a letter added at the end is how the slip was made; nor is a word of three letters or less."""
    skip = {folded, *(c.lower() for c in corrections)}
    near = {
        word for word in doc.derived(_printed_words)
        if word not in skip and len(word) > 3 and not folded.startswith(word) and within_one_edit(folded, word)
    }
    rivals = sorted(english_words(near)) if near else []
    return rivals[0] if rivals else None


def _printed_words(doc: Document) -> list[str]:
    """The article's distinct words, lower-cased (asked only for a listed slip's safe fix)."""
    return sorted(set(_LETTERS.findall(doc.text.lower())))


_LETTERS = compile_cached(r"[^\W\d_]+")


def _fold(word: str) -> str:
    """A word as the lists spell it: lower case, a curly apostrophe straight ("coudn’t")."""
    return word.lower().replace("’", "'")


def _hit_words(text: str, hits: set[str]) -> list[regex.Match[str]]:
    """The words of a block (STEM matches, in order: a possessive's stem) whose lower case is a hit.

    Found by searching the block for the few hits and matching STEM where they occur, not by
    walking every word: a match there is the one a walk finds, since a word starting there
    has no letter before it, so no earlier word runs into it, unless an apostrophe before it
    continues one ("l'recieve"): such a block, one whose lower case may not keep the
    character offsets (not ASCII), or a search for many hits, is a walk.
    """
    if len(hits) > MAX_SEARCHED or not text.isascii():
        return [m for m in STEM.finditer(text) if _fold(m.group()) in hits]
    low = text.lower()
    found: dict[int, regex.Match[str]] = {}
    for hit in hits:
        at = low.find(hit)
        while at != -1:
            match = STEM.match(text, at)
            if match is not None and match.group().lower() in hits:
                if at and text[at - 1] == "'":
                    return [m for m in STEM.finditer(text) if m.group().lower() in hits]
                found[at] = match
            at = low.find(hit, at + 1)
    return [found[at] for at in sorted(found)]


# A capitalised listed misspelling mid-sentence is taken for a slip in a title-case phrase
# ("Missle Command") only when the article prints it once, it is rare in real text and its
# correction is a common word: a name ("Varity") is repeated, or used, or its correction rare.
SLIP_MAX_ZIPF = 20
# A long one may be commoner: the web prints "Goverment" for "Government" often enough to count,
# while names this long and this common are listed as names ("Cleary", "Wass" are short).
LONG_SLIP = 8
LONG_SLIP_MAX_ZIPF = 30
CORRECTION_MIN_ZIPF = 35


def _title_case_slip(
    word: str, folded: str, corrections: tuple[str, ...], counts: dict[str, int]
) -> bool:
    most = LONG_SLIP_MAX_ZIPF if len(word) >= LONG_SLIP else SLIP_MAX_ZIPF
    if counts.get(folded, 0) > 1 or word.isupper() or ZIPFS.get(folded) > most:
        return False
    return ZIPFS.get(corrections[0].lower()) >= CORRECTION_MIN_ZIPF


_PREVIOUS = compile_cached(r"(\p{Lu}[\p{L}\p{M}]*)[ ]$")
SENTENCE_OPENER_ZIPF = 55  # x10: a word this common opening the sentence names no one ("The")


def _after_a_name(text: str, start: int) -> bool:
    """After a capitalised word that is no common English word ("James Thie", "Merrill Lynch
    Captial"): a person's or a firm's name, whose spelling is theirs."""
    before = _PREVIOUS.search(text, max(0, start - 30), start)
    if before is None:
        return False
    folded = before[1].lower()
    if ZIPFS.get(folded) >= SENTENCE_OPENER_ZIPF and at_sentence_start(text, before.start(1)):
        return False  # "The Goverment said": a sentence's first word, capitalised as such
    return folded not in WORDS or folded in PROPER_WORDS or folded in NAMES


_NEXT = compile_cached(r"[ ](\p{Lu}[\p{L}\p{M}]*)")
_CAPITAL_INSIDE = compile_cached(r"\p{Ll}\p{Lu}")
# "Lee Jung-": a family name and a given name's first part, the second part to follow.
_NAME_AND_PART = compile_cached(r"(?<![\p{L}\p{M}])\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+-$")


def _given_name_part(text: str, start: int) -> bool:
    """A lower-case word after a hyphen that joins it to a capitalised word, itself after a
    capitalised word that does not open the sentence: a hyphenated given name ("Lee Jung-youn",
    "Moon Jae-in"), whose parts are no English words."""
    match = _NAME_AND_PART.search(text, max(0, start - 40), start)
    return match is not None and not at_sentence_start(text, match.start())


def _before_a_name(text: str, end: int) -> bool:
    """Before a capitalised word no list knows ("Pich Chanmony"): a person's name."""
    after = _NEXT.match(text, end)
    return after is not None and after[1].lower() not in KNOWN_WORDS


def _compound_parts(text: str, at: int, stop: int) -> list[str] | None:
    """The parts of the hyphenated word a word is part of ("pre-empted": "pre", "empted")."""
    if text[at - 1 : at] != "-" and text[stop : stop + 1] != "-":
        return None
    start, end = at, stop
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
        start -= 1
    while end < len(text) and (text[end].isalpha() or text[end] == "-"):
        end += 1
    return [part for part in text[start:end].split("-") if part]


def _foreign_compound(parts: list[str], word: str) -> bool:
    """Another part of the hyphenated word is no English word ("Boun-oum", a Lao given name):
    the word is a part of a name or of another language's compound, not an English slip."""
    return any(part != word and part.lower() not in WORDS for part in parts)


_DATE_BEFORE_BRACKET = compile_cached(r"\d[ \t]*\($")


def _dateline_credit(text: str, start: int, end: int) -> bool:
    """A short word alone in brackets right after a date: a dateline's agency credit."""
    return (
        end - start <= 5 and text[end : end + 1] == ")"
        and _DATE_BEFORE_BRACKET.search(text, max(0, start - 4), start) is not None
    )


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
            "removed from the list, so \"defence\" and \"programme\" are never touched; a slip "
            "that only lost an apostrophe or a space (\"didnt\", \"alot\") stays however often "
            "the web makes it, and the apostrophe put back is the one the article types (a listed "
            "slip typed with a curly one, \"coudn’t\", is the same slip). One "
            "correction is a safe fix that keeps the case; several are listed for the editor. A "
            "capitalised slip inside a title-case phrase (\"Missle Command\") is reported with "
            "an unsafe fix (\"the Goverment started\" too: a long slip may be common on the "
            "web), unless the article repeats it or it follows a name (not a sentence's capitalised first "
            "word: \"The Goverment said\"); a word beside a "
            "foreign particle (\"Banco Portugues de\") or beside a word with letters English never writes "
            "(\"mənbələrdən foto\") or inside a hyphenated word the list "
            "knows whole (\"pre-empted\") or whose other part is no English word (\"Mr. Boun-oum\") or in a "
            "hyphenated given name (\"Lee Jung-youn\") is left "
            "alone, and so is a coined name's mixed case "
            "(\"eaZy\", \"AccuRay\"); the last word of a cut-off text is never fixed. A capital struck "
            "inside a common word (\"visIting\": the word in small letters is one of everyday prose) "
            "is put back in small letters. The last word of a name in Reuters' angle brackets is a word "
            "of the text (\"<American Stock Exchnage>\"), unlike a tag's or a ticker's (\"<p>\", "
            "\"<CMI.PA>\"), which hold no space."
        ),
        example="The ministry will recieve the report.",
        example_fixed="The ministry will receive the report.",
        fix_safety="varies",
    )
    Options = SpellingOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        yield from self._capital_inside(doc)
        table = CORRECTIONS
        hits = document_words(doc).misspelt
        if not hits:
            return
        vocab = rule_vocabulary(self)
        known = compiled_gazetteer().known
        occurrences = []
        for block in doc.prose:
            found = _hit_words(block.text, hits)
            if found:
                shouted = is_shouted(block.text)
                occurrences.extend((block, match, shouted) for match in found)
        # A capitalised word the article uses mid-sentence, or at the head of a run of
        # capitalised words, is a name ("Varity", "Groupe Bull"); so is a headline word the
        # story prints capitalised.
        names = {
            _fold(m.group()) for b, m, shouted in occurrences
            if m.group()[:1].isupper() and not shouted and (
                not at_sentence_start(b.text, m.start()) or _NEXT_CAPITAL.match(b.text, m.end())
            )
        }
        in_body = {
            _fold(m.group()) for b, m, shouted in occurrences
            if m.group()[:1].isupper() and not shouted
        }
        counts: dict[str, int] = {}
        for _, m, _ in occurrences:
            counts[_fold(m.group())] = counts.get(_fold(m.group()), 0) + 1
        quote_maps: dict[int, QuoteMap] = {}
        for block, match, shouted in occurrences:
            word = match.group()
            folded = _fold(word)
            if folded in vocab or followed_by_sic(block.text, match.end()):
                continue
            if _CAPITAL_INSIDE.search(word):
                continue  # "eaZy pc", "AccuRay": a coined name's casing ("EXcahnge" is a slip of the shift key)
            if word[:1].isupper() and before_ticker(block.text, match.end()):
                continue  # a listed company's own spelling
            proper = all(c[:1].isupper() for c in table[folded])  # "Phillipines"
            title_slip = False
            if word[:1].isupper() and not proper:
                if folded in known:
                    continue
                if folded in names:
                    if not _title_case_slip(word, folded, table[folded], counts) or _after_a_name(
                        block.text, match.start()
                    ) or _before_a_name(block.text, match.end()) or block.text[
                        match.end() : match.end() + 1
                    ] == "-":
                        continue
                    title_slip = True
                if word.isupper() and (len(word) <= 4 or not shouted or folded in in_body):
                    continue  # an acronym, a ticker, or a name the story spells this way
            if _dateline_credit(block.text, *match.span()):
                continue  # "HAVANA, Feb 17 (acn)": the agency's credit, in its own spelling
            if word[:1].islower() and _given_name_part(block.text, match.start()):
                continue  # "Lee Jung-youn": the second part of a hyphenated given name
            if word[:1].isupper() and beside_foreign_particle(block.text, *match.span()):
                continue  # "Banco Portugues de Investimento": a foreign name
            if folded in chrome_words()[2]:
                continue  # "Senin, 30 Juni 2014": another language's month or weekday
            if word[:1].islower() and (
                foreign_stretch(block.text, *match.span()) or beside_foreign_letters(block.text, *match.span())
            ):
                continue  # "ng pamahalaang lokal na ...", "mənbələrdən foto": a phrase of another language
            if word[:1].islower() and glossed_term(block.text, *match.span()):
                continue  # "'aache din' (good days)": another language's term, explained
            parts = _compound_parts(block.text, *match.span())
            compound = None if parts is None else "".join(parts)
            if compound is not None and compound.lower() in WORDS:
                continue  # "pre-empted": "empted" is no word of its own here
            if parts is not None and _foreign_compound(parts, word):
                continue  # "Mr. Boun-oum Sivanpheng": a part of a name of another language
            start, end = block.start + match.start(), block.start + match.end()
            if cut_inside(doc.text, end, word, table[folded]):
                continue  # "standar" at the text's end: a cut, not a slip
            quotes = quote_maps.setdefault(block.start, QuoteMap(block.text))
            candidates = table[folded]
            if "'" in "".join(candidates):
                mark = _apostrophe(doc.text)
                candidates = tuple(c.replace("'", mark) for c in candidates)
            fix, options_ = correction_fix(word, start, end, candidates, quotes, block.start)
            if title_slip and fix.applicability == Applicability.SAFE:
                fix = Fix.unsafe(f"{fix.title} (capitalised: check it is not a name)", *fix.edits)
            if fix.applicability == Applicability.SAFE and (
                at_cut(doc.text, end) or block_cut(block, match.end())
            ):
                fix = Fix.display_only(f"{fix.title} (the text may be cut off here)", *fix.edits)
            elif fix.applicability == Applicability.SAFE and compound and word[:1].isupper():
                fix = Fix.unsafe(f"{fix.title} (part of a hyphenated name)", *fix.edits)
            if fix.applicability == Applicability.SAFE:
                rival = _printed_rival(doc, folded, table[folded])
                if rival is not None:
                    fix = Fix.unsafe(f'{fix.title} (the article prints "{rival}", a letter away too)', *fix.edits)
            listed = " or ".join(f'"{o}"' for o in options_)
            yield self.diagnostic(start, end, f'"{word}" is a misspelling of {listed}', fix)

    def _capital_inside(self, doc: Document) -> Iterable[Diagnostic]:
        """A capital struck inside a word of everyday prose ("visIting"): the word in small
        letters is a common one, so the shift key slipped. A coined name's mixed case ("eaZy",
        "AccuRay", "iPhone") makes no word in small letters and is left alone."""
        if _SHIFT_SLIP_GATE.search(doc.text) is None:
            return  # one C-level scan: nearly every article
        vocab = rule_vocabulary(self)
        for block in doc.prose:
            for match in _SHIFT_SLIP.finditer(block.text):
                word = match.group()
                folded = word.lower()
                if (
                    folded in vocab or folded not in WORDS or folded in PROPER_WORDS
                    or ZIPFS.get(folded, 0) < _SHIFT_SLIP_ZIPF
                ):
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                yield self.diagnostic(
                    start, end, f'"{word}" has a capital inside it: "{folded}"',
                    Fix.safe(f"Replace with {folded!r}", Edit(start, end, folded)),
                )


# Two small letters or more, one capital, two small letters or more: "visIting". Not after a
# mark that opens a handle, a tag, an address or a file name.
_SHIFT_SLIP = compile_cached(r"(?<![\p{L}\p{M}\d@#/._'’-])\p{Ll}{2,}\p{Lu}\p{Ll}{2,}(?![\p{L}\p{M}\d_@/'’-])")
_SHIFT_SLIP_GATE = re.compile(r"[a-z]{2}[A-Z][a-z]{2}")
_SHIFT_SLIP_ZIPF = 30  # x10: a word this common in small letters
