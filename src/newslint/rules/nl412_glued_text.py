"""NL412 glued-text: spaces lost between sentences, words, captions and the text after them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import regex

from ..diagnostics import Diagnostic, Edit, Fix
from ..document import CAPTION, HEADLINE, PARAGRAPH, Document
from ..rule import Rule, RuleOptions, RuleSpec

# Function words looked for run into a capitalised word ("theGovernment"); "a" and "an" open
# too many names to be worth the look-up.
_CAMEL = ("the", "of", "to", "in", "and", "for", "on", "at", "with", "by", "from")
# Function words a run-on word is looked for at the end of: short endings ("-a", "-on", "-in") end
# too many real words to be worth the look-up.
_TAILS = ("the", "to", "of", "and")
# A compound as common as this (Zipf) is a word or a brand ("WikiLeaks"), not two words.
COMMON_COMPOUND = 2.0
# Each half of a split must be this common: a split into rare words is no clear split.
COMMON_HALF = 3.0
_SCOPE = (PARAGRAPH, CAPTION, HEADLINE)
# Short forms whose full stop a name follows ("Mr.Smith" in copy typed without spaces).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr co no gen lt col gov sen rep mt ft prof rev hon sgt capt maj cpl "
    "adm cmdr supt insp jan feb mar apr jun jul aug sep sept oct nov dec vs dept".split()
)


@cache
def _patterns() -> dict[str, regex.Pattern[str] | re.Pattern[str]]:
    words = "|".join(_CAMEL)
    return {
        # "2016.Vice", 'Association."In': a sentence's end run into the next one.
        "sentence": regex.compile(
            r"(?:[\p{Ll}\d%]{2}|(?<=\s)\d|(?<=\s)\p{Lu}\p{Ll})[.!?][\"”’]?(?=\p{Lu}\p{Ll})"
        ),
        # The same shape found fast (the standard library's engine, ASCII capitals): most
        # paragraphs have none, and only then is the full pattern run.
        "sentence_hint": re.compile(r"[.!?][\"”’]?[A-Z][a-z]"),
        "credit_hint": re.compile(r"\)[A-Z]"),
        "tail_word": re.compile(r"\b[a-z]{3,}(?:to|the|of|and)\b"),
        # "(Photo: VNA)Hanoi", "(Source: VNA)The": a credit run into the text after it.
        "credit": regex.compile(
            r"\((?i:photo|photos|source|image|file\s+photo|video)\b[^()\n]{0,60}\)(?=\p{Lu})"
        ),
        # "theGovernment": a function word run into a capitalised word.
        "camel": regex.compile(rf"\b({words})(\p{{Lu}}\p{{Ll}}{{2,}})\b"),
        # "visitto": a word run into a function word.
    }


@cache
def _lexicon() -> tuple[frozenset[str], Callable[[str], float]]:
    """The spelling data's word set and frequencies, imported on first need (start-up time)."""
    from ..spelling import dictionary, zipf

    return dictionary(), zipf


def _known(word: str) -> bool:
    return word.casefold() in _lexicon()[0]


def _common(word: str) -> float:
    return _lexicon()[1](word)


class GluedTextOptions(RuleOptions):
    # A word run into a following function word ("visitto") can only be told by looking every
    # such ending up; that costs a scan of every text, so a desk turns it on for scraped copy.
    run_on_words: bool = False


class GluedText(Rule):
    spec = RuleSpec(
        code="NL412",
        name="glued-text",
        category="residue",
        summary="Text run together where a scrape lost a space or a line break: "
        '"2016.Vice", "(Photo: VNA)Hanoi", "theGovernment", "visitto".',
        rationale=(
            "Pages that put each paragraph, caption or word in its own element lose the space "
            "between them when the text is extracted: two paragraphs run together at the full "
            "stop, a photo credit runs into the dateline, a word runs into the next. The fix "
            "puts back the space where one split is clearly right: after a full stop followed "
            "by a capitalised word, and between two common words whose run-together form is no "
            "word (word lists and frequencies of the spelling data). A word run into a following "
            "function word ('visitto') is looked for only with the option `run_on_words = true`, "
            "since that costs a scan of every text. A credit run into the text is shown for an "
            "editor, who decides where the caption ends."
        ),
        example="He served from 2012 to 2016.Vice Chairwoman Lan spoke next.",
        example_fixed="He served from 2012 to 2016. Vice Chairwoman Lan spoke next.",
        fix_safety="varies",
    )
    Options = GluedTextOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        pats = _patterns()
        full = doc.text
        # One cheap pass over the whole text for each shape; the block loop runs only for the
        # shapes present (nearly never).
        sentences = pats["sentence_hint"].search(full) is not None
        credits = ")" in full and pats["credit_hint"].search(full) is not None
        camels = _camel_candidates(doc)
        options: GluedTextOptions = self.options  # type: ignore[assignment]
        run_ons = _run_on_words(full) if options.run_on_words else {}
        if not (sentences or credits or camels or run_ons):
            return
        tails = _tail_patterns(run_ons) if run_ons else []
        for block in doc.blocks:
            if block.kind not in _SCOPE:
                continue
            text = block.text
            if sentences:
                yield from self._sentences(block.start, text, pats["sentence"])
            if credits and ")" in text:
                for match in pats["credit"].finditer(text):
                    at = block.start + match.end()
                    yield self.diagnostic(
                        block.start + match.start(), at,
                        "a photo credit run into the text after it (a lost line break)",
                        Fix.display_only("Break the line after the credit", Edit(at, at, "\n\n")),
                    )
            if camels:
                yield from self._camels(block.start, text)
            for pattern in tails:
                yield from self._tails(block.start, text, pattern)

    def _sentences(self, offset: int, text: str, pattern: regex.Pattern[str]) -> Iterator[Diagnostic]:
        for match in pattern.finditer(text):
            at = match.end()
            word_start = at
            while word_start > 0 and not text[word_start - 1].isspace():
                word_start -= 1
            token = text[word_start:at]
            bare = token.rstrip(".!?\"”’").casefold()
            end = at
            while end < len(text) and text[end].isalpha():
                end += 1
            whole = text[word_start : end + 1]
            if bare in _ABBREVIATIONS or any(c in whole for c in "/@<>") or whole.count(".") > 1:
                continue  # an abbreviation, a web address, a ticker ("<eric.St>", "x.Bungie.Org")
            stop = word_start + len(bare)
            # After a capitalised word the full stop may belong to a name ("One.Tel"): shown.
            named = text[word_start : word_start + 1].isupper()
            make = Fix.display_only if named else Fix.safe
            yield self.diagnostic(
                offset + stop, offset + end,
                "two sentences run together (a lost space or paragraph break)",
                make("Put back the space", Edit(offset + at, offset + at, " ")),
            )

    def _camels(self, offset: int, text: str) -> Iterator[Diagnostic]:
        for match in _patterns()["camel"].finditer(text):
            token = match.group()
            if _common(token) >= COMMON_COMPOUND or not _known(match[2]):
                continue
            at = offset + match.end(1)
            yield self.diagnostic(
                offset + match.start(), offset + match.end(),
                f'"{match[1]}" and "{match[2]}" run together (a lost space)',
                Fix.safe("Put back the space", Edit(at, at, " ")),
            )

    def _tails(self, offset: int, text: str, pattern: re.Pattern[str]) -> Iterator[Diagnostic]:
        for match in pattern.finditer(text):
            at = offset + match.start(2)
            yield self.diagnostic(
                offset + match.start(), offset + match.end(),
                f'"{match[1]}" and "{match[2]}" run together (a lost space)',
                Fix.safe("Put back the space", Edit(at, at, " ")),
            )


def _camel_candidates(doc: Document) -> bool:
    """Whether a word such as "theGovernment" is in the text: the spelling scan's set of words
    it does not know (made once for the typo rules) holds it lowered."""
    from ..spelling.scan import document_words

    for word in document_words(doc).unknown:
        if word.startswith(_CAMEL):
            for prefix in _CAMEL:
                if word.startswith(prefix) and _known(word[len(prefix) :]):
                    return True
    return False


def _run_on_words(text: str) -> dict[str, int]:
    """Lower-case words of the text that are no word but one common word run into a function
    word at exactly one place ("visitto" -> 5)."""
    found: dict[str, int] = {}
    for token in set(_patterns()["tail_word"].findall(text)):
        if _known(token) or _common(token) > 0:
            continue
        splits = [
            i for i in range(2, len(token) - 1)
            if _known(token[:i]) and _known(token[i:])
            and min(_common(token[:i]), _common(token[i:])) >= COMMON_HALF
        ]
        if len(splits) == 1 and token[splits[0]:] in _TAILS:
            found[token] = splits[0]
    return found


def _tail_patterns(words: dict[str, int]) -> list[re.Pattern[str]]:
    return [re.compile(rf"\b({re.escape(w[:i])})({re.escape(w[i:])})\b") for w, i in sorted(words.items())]
