"""NL109 case-slip: a word typed with the Shift key held a letter too long ("WIth", "APril"), or a
name typed without it ("Imad khamis")."""

from __future__ import annotations

import re
from collections.abc import Iterable

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..spelling.context import title_case
from ..spelling.guess import foreign_particles
from ..spelling.lookup import NAME, PERSON, PROPER, WORD, ZIPFS, Compiled, compiled
from ..spelling.scan import document_words
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
# A name typed without its capital ("Prime Minister Imad khamis") where the story prints it
# with one inside a sentence: at least this long, and a word no English text uses in lower case
# (x10 Zipf) and no list knows as a word ("cyber", "womens" are words written so).
MIN_LOWER_NAME = 4
MAX_LOWER_NAME_ZIPF = 30
_NAME_FLAGS = NAME | PERSON | PROPER


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
            "or \"futurE\", or a name typed without its capital that the story prints with one."
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
            "\"conditionS\": Shift pressed early for the next word) is shown with the word in small letters. "
            "A name typed in small letters (\"Prime Minister Imad khamis\") is reported where the story "
            "prints it with its capital on its own inside a sentence (\"..., Khamis toured\"), after a word "
            "in small letters (not in a title, whose words all take capitals: \"Falling Branch Crushes Tuktuk\"), "
            "not only at a "
            "sentence's start or inside a longer capitalised name, where a common noun stands (\"Thimphu "
            "Thromde\", \"the thromde\"), and no more often in small letters than with its capital (a "
            "common noun of another language the writer once capitalised: \"boda Boda operators\" beside "
            "\"boda boda\"); a name the lists know is fixed unattended, a word they do not know is shown."
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
        yield from self._lower_names(doc, data)
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

    def _lower_names(self, doc: Document, data: Compiled) -> Iterable[Diagnostic]:
        """A name printed all in small letters ("Imad khamis") that the story prints with its
        capital on its own inside a sentence ("..., Khamis conducted"), so as a name, not as a
        sentence's first word or a part of a longer capitalised name ("Thimphu Thromde", where
        "thromde" is the common noun). Capitalised at least as often as not; a name the lists know
        is fixed unattended; a word no list knows must stand so twice, and be capitalised twice as
        often as not."""
        codes = {
            word: code for word in document_words(doc).both_cases()
            if len(word) >= MIN_LOWER_NAME and word.isalpha() and not (code := data.code(word)) & WORD
            and ZIPFS.get(word, 0) <= MAX_LOWER_NAME_ZIPF and word not in foreign_particles()
        }
        for word in sorted(codes):
            named = word[0].upper() + word[1:]
            if named not in doc.text:
                continue  # one C-level test: capitalised only in a line of capitals ("DLRS")
            printed = regex.findall(rf"(?<!\p{{L}}){named}(?!\p{{L}})", doc.text)
            # Inside a sentence on its own: a small word (and a comma) before it, no capital after;
            # not in a title, whose words all take capitals ("Falling Branch Crushes Tuktuk").
            alone = sum(
                1 for match in regex.finditer(rf"(?<=\p{{Ll}}[,;]? ){named}(?![\w'’-])(?! \p{{Lu}})", doc.text)
                if not _in_title(doc, match.start())
            )
            lower = [(b, m) for b in doc.prose for m in _lower_word(word).finditer(b.text)]
            listed = bool(codes[word] & _NAME_FLAGS)
            if not lower or not alone or len(printed) < len(lower) or (
                not listed and (alone < 2 or len(printed) < 2 * len(lower))
            ):
                continue  # printed more often in small letters: the story's common noun ("boda boda")
            for block, match in lower:
                start, end = block.start + match.start(), block.start + match.end()
                edit = Edit(start, end, named)
                title = f"Replace with {named!r}"
                fix = Fix.safe(title, edit) if listed else Fix.display_only(title, edit)
                yield self.diagnostic(
                    start, end, f'"{word}" is a name the story prints with a capital elsewhere: "{named}"?', fix
                )


def _in_title(doc: Document, at: int) -> bool:
    """The position is in a line of title case ("Falling Branch Crushes Tuktuk"), whose capitals
    say nothing of its words."""
    block = doc.block_at(at)
    return block is not None and title_case(block.text)


def _lower_word(word: str) -> re.Pattern[str]:
    """The word in small letters, whole, not inside an address, a handle or a compound."""
    return re.compile(rf"(?<![\w@/.#&'’-]){word}(?![\w@'’-]|\.\w)")
