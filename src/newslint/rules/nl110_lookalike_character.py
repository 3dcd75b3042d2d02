"""NL110 lookalike-character: a digit or a letter typed, or read by OCR, for one it looks like
("0bama", "Washingt0n", "CIinton", "lran")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_cached
from ..spelling.lookup import KNOWN, PROPER, WORD, compiled
from .support.spelling import english_only

# A word of letters with a lookalike inside it: a digit 0 or 1 between letters or opening a
# word of small letters, a capital I after a letter and before a small one, a small l opening
# a word that a capital I opens in the lists. Not a code ("H1N1", "B52", "MP3"): small letters
# stand beside the lookalike.
_SUSPECT = compile_cached(
    r"(?<![\w@/.#&'’-])"
    r"(?:[A-Za-z]*[a-z][01][A-Za-z]*[a-z]*|[A-Za-z]*[01][a-z]+[A-Za-z]*|[A-Z][A-Za-z]*?I[a-z]{2,}|l[^\Waeiouy\d_][a-z]{2,})"
    r"(?![\w@'’-]|\.\w)"
)
# Searched first, one at a time: patterns opening with a literal are C-level scans.
_ROUGH = tuple(re.compile(p) for p in (r"0[a-z]", r"1[a-z]", r"\BI[a-z]", r"\bl[bcdfghjkmnpqrstvwxz]"))
MIN_LETTERS = 4
_VOWELS = frozenset("aeiouy")
# x10 Zipf: a word or name this common read back is fixed unattended; a rarer one is shown.
SAFE_ZIPF = 30


def _reading(token: str) -> str | None:
    """The token with its lookalikes read as the letters they stand for: 0 as O or o, 1 as I or
    l (a capital opening the word, a small letter beside small ones), a capital I inside the word
    as l, a small l opening it as I; None when it has none."""
    read = []
    for at, char in enumerate(token):
        small = at > 0 and (token[at - 1].islower() or token[at + 1 : at + 2].islower())
        if char == "0":
            read.append("o" if small else "O")
        elif char == "1":
            read.append("l" if at else "I")
        elif char == "I" and at and token[at + 1 : at + 2].islower():
            read.append("l")
        elif char == "l" and at == 0 and token[1:2] not in _VOWELS:
            read.append("I")  # no English word opens "lr", "ln", "ls" ("lran", "lndia"); "lona" is "loan" mistyped
        else:
            read.append(char)
    reading = "".join(read)
    return reading if reading != token else None


class LookalikeCharacter(Rule):
    spec = RuleSpec(
        code="NL110",
        name="lookalike-character",
        category="typo",
        summary='A digit or letter in place of one it looks like, such as "0bama", "Washingt0n" or "CIinton".',
        rationale=(
            "A zero for an O, a one or a capital I for a small l, a small l for a capital I: typed in haste, "
            "or read so by OCR from a scanned archive, the word looks right and every spell checker that "
            "skips words with digits, or folds case, passes it. The rule reports a word with such a "
            "lookalike beside small letters ('0bama', 'L0ndon', 'CIinton', 'lran') when the word is in "
            "no list and reading the lookalike as the letter makes a listed word or name; a code ('H1N1', "
            "'MP3', 'B52') has no small letters beside its digits and is left alone. The fix is applied "
            "unattended when the word or name read back is a common one (once in a million words); a "
            "rarer one is shown. The Arabic article so misread before a name ('AI-Sabah' for 'Al-Sabah'; "
            "not before an English word or a household name: 'AI-Powered', 'AI-Google') is reported in an "
            "article that prints the article right elsewhere ('Al-Jaber'), fixed unattended where it "
            "prints the whole name right."
        ),
        example="President Barack 0bama met Chancellor Angela Merkel on Monday.",
        example_fixed="President Barack Obama met Chancellor Angela Merkel on Monday.",
        fix_safety="varies",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        if "AI-" in doc.text:
            yield from self._arabic_article(doc)
        if not any(rough.search(doc.text) for rough in _ROUGH):
            return  # nearly every story has no such word
        data = compiled()
        for block in doc.prose:
            for match in _SUSPECT.finditer(block.text):
                token = match.group()
                letters = sum(c.isalpha() for c in token)
                if letters < MIN_LETTERS or data.code(token.lower()) & KNOWN:
                    continue
                word = _reading(token)
                if word is None:
                    continue
                code = data.code(word.lower())
                if not code & KNOWN or not (word[0].isupper() or code & WORD and not code & PROPER):
                    continue  # no listed word read back (or a name's word read in small letters)
                start, end = block.start + match.start(), block.start + match.end()
                edit = Edit(start, end, word)
                title = f"Replace with {word!r}"
                common = code >> 8 >= SAFE_ZIPF
                fix = Fix.safe(title, edit) if common else Fix.display_only(title, edit)
                yield self.diagnostic(start, end, f'"{token}" has a character that looks like another: "{word}"?', fix)

    def _arabic_article(self, doc: Document) -> Iterable[Diagnostic]:
        """"AI-Sabah" for "Al-Sabah": the Arabic article with its small l read as a capital I,
        before a name no English list holds as a word ("AI-Powered" is English), in an article
        that prints the article right elsewhere ("Al-Jaber"). Fixed unattended where the article
        prints the whole name right."""
        if _ARABIC_ARTICLE.search(doc.text) is None:
            return
        data = compiled()
        for block in doc.prose:
            for match in _AI_NAME.finditer(block.text):
                name = match.group(1)
                code = data.code(name.lower())
                if code & WORD and not code & PROPER or code >> 8 >= COMMON_NAME_ZIPF:
                    # An English word or a household name after "AI-" ("AI-Powered", "AI-Google"):
                    # artificial intelligence.
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                word = f"Al-{name}"
                edit = Edit(start, end, word)
                title = f"Replace with {word!r}"
                fix = Fix.safe(title, edit) if word in doc.text else Fix.display_only(title, edit)
                yield self.diagnostic(
                    start, end, f'"{match.group()}" has a character that looks like another: "{word}"?', fix
                )


COMMON_NAME_ZIPF = 45  # x10: a name this common ("Google", "China") after "AI-" is the technology's
# The Arabic article printed right ("Al-Jaber", "al-Sabah"), and read wrong before a name.
_ARABIC_ARTICLE = compile_cached(r"(?<![\w-])[Aa]l-\p{Lu}")
_AI_NAME = compile_cached(r"(?<![\w-])AI-(\p{Lu}\p{Ll}{2,})(?![\w-])")

