"""NL105 likely-misspelling: a lower-case word in no word list, one edit from a frequent word.

Long on purpose: most of it is the guards that keep a real word from being reported (forms English
makes, words of another language, hyphen breaks, run-together words); all ask about the same token
in its sentence and only make sense together."""

from __future__ import annotations

import re
import string
from collections.abc import Container, Iterable, Iterator
from itertools import chain

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_cached
from ..spelling.context import short_slips
from ..spelling.guess import (
    PREFIXES,
    VOWELS,
    Guess,
    far_slip,
    glued_or_slip,
    likely_slip,
    proper_slip,
    short_slip,
    vowel_dropped,
    vowel_struck,
    wire_words,
)
from ..spelling.index import within_one_edit
from ..spelling.lookup import KNOWN, NAME, PROPER, WORD, compiled
from ..spelling.nameslots import before_speech_verb, beside_foreign_particle, whole_word_count
from ..spelling.scan import document_words
from ..spelling.text import QuoteMap, followed_by_sic
from .nl102_misspelling import _hit_words
from .support.spelling import (
    FOREIGN_NEIGHBOUR_ZIPF,
    SpellingOptions,
    at_cut,
    block_cut,
    english_only,
    foreign_stretch,
    glossed_term,
    guess_fix,
    rule_vocabulary,
)

# A word the article prints this often is a term its writer means (a loan word, jargon).
MAX_OCCURRENCES = 2
# English copy has a handful of guessed slips at most; a text with more distinct ones is data or
# another language, and counting each guess through a text that long would take quadratic time.
MAX_GUESSES = 40
_JOINED = ("-", "'", "’", "/", "_", "=")


# A paragraph's first word in small letters, its capital (a drop cap) lost: this long at least, and
# the word it makes with one letter put back this common (Zipf x10).
_OPENING_WORD = re.compile(r"[a-z]+(?![\w'’-])")
MIN_LOST_INITIAL = 4
LOST_INITIAL_ZIPF = 30
# "none-" before a word, for the prefix "non-"; "none-the-less" and "none-too-" are English.
_NONE_PREFIX = re.compile(r"(?<![\w'’-])([Nn])one-(?!(?:the|too|so|such|of)\b)([a-z]{3,})(?![\w'’])")


def _other_number_printed(text: str, word: str) -> bool:
    """The article prints the word's singular or plural too ("akim" beside "akims"): a short term
    it inflects. A long word's slip may be made in both ("politcian's", "politcians'")."""
    other = word[:-1] if word.endswith("s") and len(word) > MIN_INFLECTED else word + "s"
    return _occurrences(text, other, 0) > 0


MIN_INFLECTED = 4  # letters of a plural whose singular is looked for ("akims")
MAX_INFLECTED_TERM = 6  # letters of a word taken for a term when its other number is printed
def _occurrences(text: str, word: str, limit: int) -> int:
    """How often the article prints the word, in lower case or capitalised. Counted as a
    substring first (C-level); past the limit, as whole words, so that a word cut short
    ("internationa", "esign") is not taken for a term the writer means because its full form
    ("international", "design") is printed often."""
    found = text.count(word) + text.count(word.capitalize())
    if found <= limit:
        return found
    pattern = rf"(?<![\p{{L}}\p{{M}}])(?:{regex.escape(word)}|{regex.escape(word.capitalize())})(?![\p{{L}}\p{{M}}])"
    return len(regex.findall(pattern, text))


def _printed(text: str, word: str) -> bool:
    """The article prints `word` itself somewhere (any case), not inside a longer word."""
    if word and text.isascii() and word.isascii():
        # Within ASCII, ignoring case is lowering and a letter (\p{L}) is what isalpha says:
        # the pattern below, answered with `find` instead of compiling it for each word.
        low, key = text.lower(), word.lower()
        at = low.find(key)
        while at != -1:
            end = at + len(key)
            if not low[at - 1 : at].isalpha() and not low[end : end + 1].isalpha():
                return True
            at = low.find(key, at + 1)
        return False
    return regex.search(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", text, regex.IGNORECASE) is not None


def _after_prefix(text: str, hyphen: int, stop: int) -> bool:
    """The letters before a hyphen are a prefix English writes so ("semi-", "anti-", "non-"),
    standing alone, and the compound is no word of the lists ("pre-empt"): the word after the
    hyphen is then a word of its own."""
    start = hyphen
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and text[start - 1] in _JOINED:
        return False  # inside a longer compound ("state-of-the-art")
    prefix, rest = text[start:hyphen].lower(), text[hyphen + 1 : stop].lower()
    return prefix in PREFIXES and not compiled().code(prefix + rest) & KNOWN


def _split_word(text: str, at: int, stop: int) -> bool:
    """Part of a compound, an address, or a word cut by a stray mark ("chairm,an") or by a
    mail's soft line break."""
    if text[at - 1 : at] == "-" and text[stop : stop + 1] not in _JOINED and _after_prefix(text, at - 1, stop):
        return False  # a word of its own after a prefix's hyphen ("semi-permanet")
    if text[at - 1 : at] in _JOINED or text[stop : stop + 1] in _JOINED and not _possessive(text, stop):
        return True
    if text[max(0, at - 2) : at] == "=\n" or text[stop : stop + 2] == "=\n":
        return True  # a quoted-printable soft line break ("countr=" / "yman")
    if text[at - 1 : at] == ";" and _ENTITY_BEFORE.search(text, max(0, at - 12), at):
        return True  # the rest of a word after an HTML entity ("B&#233;ziers")
    if text[max(0, at - 2) : at] == "- " and text[at - 3 : at - 2].isalpha():
        return True  # the rest of a word hyphenated at a line's end ("orga- nise"): `_hyphen_breaks`
    return text[stop : stop + 1] in (",", ".") and text[stop + 1 : stop + 2].isalpha()


def _space_moved(text: str, stop: int, word: str, fixed: str) -> bool:
    """The token's last letter belongs to the next word ("legislationd rafted"): dropping it
    would leave that word wrong, so the fix needs an editor."""
    if fixed != word[:-1]:
        return False
    after = _NEXT_WORD.match(text, stop)
    return after is not None and bool(compiled().code(word[-1] + after[1]) & WORD)


def _possessive(text: str, stop: int) -> bool:
    """An apostrophe after a word that makes it a possessive ("politcian's", "politcians'")."""
    if text[stop : stop + 1] not in ("'", "’"):
        return False
    after = text[stop + 1 : stop + 3]
    if after[:1] in ("s", "S"):
        return not after[1:2].isalpha()
    return text[stop - 1 : stop] == "s" and not after[:1].isalpha()


_ENTITY_BEFORE = compile_cached(r"&#?\w+;$")
_NEIGHBOURS = compile_cached(r"(\p{L}+)[ ]$")
_NEXT_WORD = compile_cached(r"[ ](\p{L}+)")


def _between_names(text: str, at: int, stop: int) -> bool:
    """Between two capitalised words ("Daniel arap Moi", "Bank fuer Gemeinwirtschaft"): a
    particle of a name in another language."""
    before = _NEIGHBOURS.search(text, max(0, at - 30), at)
    after = _NEXT_WORD.match(text, stop)
    return before is not None and after is not None and before[1][0].isupper() and after[1][0].isupper()


def _beside_unknown(text: str, at: int, stop: int) -> bool:
    """Next to a lower-case word that is in no word list and is not common ("ibang bansa",
    "febres cordero"), or to any word with a letter English does not use that no list knows
    ("Unterstützt durch"): a phrase or name in another language, not two slips in a row; or
    next to itself ("boda boda"), a loan word doubled as its language makes it."""
    data = compiled()
    for found in (_NEIGHBOURS.search(text, max(0, at - 30), at), _NEXT_WORD.match(text, stop)):
        if found is not None:
            word = found[1]
            if word == text[at:stop]:
                return True
            if not word.isascii() and not data.code(word.casefold()) & KNOWN:
                return True  # "Unterstützt durch": a word with another language's letter, no list's
            if not word.islower() or not VOWELS.intersection(word) or word in wire_words():
                continue  # a name, or shorthand ("dlrs", "vs")
            code = data.code(word)
            if not code & WORD and code >> 8 < FOREIGN_NEIGHBOUR_ZIPF and _guess(word) is None:
                return True  # neither English nor a slip of it
    return False




_ASCII_LETTERS = string.ascii_letters.encode("ascii")
_ASCII_CAPITALS = string.ascii_uppercase.encode("ascii")


def _lower_case_text(text: str) -> bool:
    """Text printed without capitals (a lower-cased feed): its names look like words. Judged
    over the whole story: one paragraph may well hold a single capital ("Manila wants ...")."""
    if text.isascii():
        # An ASCII character is a letter (isalpha) or a capital (isupper) exactly when it is
        # one of these: counted by what deleting them takes away, without a call per character.
        raw = text.encode("ascii")
        letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
        capitals = len(raw) - len(raw.translate(None, _ASCII_CAPITALS))
    else:
        letters = sum(map(str.isalpha, text))
        capitals = sum(map(str.isupper, text))
    return letters >= 40 and capitals * 100 < letters


# A lower-case token and the capital-only word it is one slip from ("octomber", "October"):
# both this long at least.
MIN_CAPITAL_SLIP = 5
# A word's two parts around a line-break hyphen left in the text ("an- nounced").
_HYPHEN_BREAK = compile_cached(r"(?<![\p{L}\p{N}'’-])(\p{L}+)- (\p{Ll}+)(?![\p{L}\p{N}'’-])")
# The same hyphen with the space lost too ("concern-ing", "to-talled"): only where the part after
# it is no word of its own, or a suffix no compound ends with, so "co-operate" and "e-mail" stay.
_HYPHEN_KEPT = re.compile(r"(?<![\w'’-])([a-z]{2,})-([a-z]{2,})(?![\w'’-])")  # ASCII: a C-level scan
_SUFFIXES = frozenset(("ing", "ings", "ed", "ive", "ion", "ions", "ment", "ments", "ness", "ity", "ly", "ous"))
# ... and not after a prefix that house styles keep apart ("co-ordinator", "multi-culturalism").
_PREFIXES = frozenset((
    "anti", "bi", "bio", "co", "counter", "cross", "cyber", "de", "eco", "euro", "ex", "geo", "inter", "macro",
    "micro", "mid", "mini", "multi", "neo", "non", "out", "over", "pan", "post", "pre", "pro", "quasi", "re",
    "self", "semi", "socio", "sub", "super", "trans", "tri", "ultra", "un", "under",
))
_FIRST_LETTER_OR_FIGURE = compile_cached(r"[\p{L}\p{N}]")


def _lower_case_paragraph(text: str) -> bool:
    """A paragraph with no capital at all that does not open with a figure: a sentence that
    opens so ("1986 nine months earnings include ...") needs none."""
    if any(map(str.isupper, text)):
        return False
    first = _FIRST_LETTER_OR_FIGURE.search(text)
    return first is None or not first.group().isdigit()


# A word split by a space ("validat e", "audi ence"): the two parts, one of them in no list,
# make a word this frequent (Zipf x10) when joined.
SPLIT_WORD_ZIPF = 30
# A word's other part beside it, past a space or a line break ("delib" over "erate effort").
_PART_BEFORE = compile_cached(r"(\p{Ll}+)[ \n]$")
_PART_AFTER = compile_cached(r"[ \n](\p{Ll}+)(?!\p{L})")
_NAME_PART_BEFORE = compile_cached(r"(\p{Lu}\p{Ll}+)[ ]$")


# A word split by a space beside one of its letters ("als o", "p rocess", "state d"): a lone small
# letter that is no word ("a", "i" are) beside three letters at least ("to t", "h on" are words
# and a letter), the joined word a frequent one.
_LETTER_SPLIT = compile_cached(
    r"(?<![\p{L}\p{M}\d'’./-])(?:(\p{Ll}{3,})[ ]([b-hj-z])|([b-hj-z])[ ](\p{Ll}{3,}))(?![\p{L}\p{M}\d'’./-])"
)


# The small letters that are no word alone: a text printing none of them as a word of its own
# (one set operation on the words already scanned) has no word split beside one of its letters.
_LONE_LETTERS = frozenset("bcdefghjklmnopqrstuvwxyz")


def _joined_word(first: str, second: str) -> bool:
    joined = first + second
    code = compiled().code(joined)
    return bool(code & WORD) and not code & PROPER and code >> 8 >= SPLIT_WORD_ZIPF and joined.isalpha()


def _guess(token: str) -> Guess | None:
    return likely_slip(token)


# A sentence's first word: opening a paragraph, or after a sentence's end and one or two spaces
# (a closing quotation mark may stand between); the full stop after a small word or a figure,
# not an initial or an abbreviation ("David R. Tacke", "the U.S. Navy").
_OPENS_SENTENCE = compile_cached(r"(?:(?:[\p{Ll}\d)\"”’']{2}|\d)[.!?][\"”’']?[ ]{1,2})$")
# The word after an opener: a small one (a name's next word would be capitalised).
_AFTER_OPENER = compile_cached(r"[ ]\p{Ll}")


def _openers(doc: Document, unlisted: set[str]) -> dict[str, Guess]:
    """The guesses for capitalised words that open a sentence and that no list knows at all,
    printed once and not in small letters: the cheap looks first, the guess last."""
    found: dict[str, Guess] = {}
    code = compiled().code
    text = doc.text
    lowered: str | None = None
    for token in document_words(doc).unknown - unlisted:
        if not token.isalpha() or code(token):
            continue
        lowered = text.lower() if lowered is None else lowered
        if lowered.count(token) != 1:
            continue  # printed again in any case, inside a longer word too ("Euras", "EURASBANK"): a name
        at = text.find(token.capitalize())
        if at < 0 or not _opens_sentence(text, at, at + len(token)):
            continue
        guess = _guess(token) or far_slip(token) or short_slip(token)
        if guess is not None and not _name_variant(token, guess.candidates, document_words(doc).capitalised):
            found[token] = guess
    return found


def _name_variant(token: str, candidates: Iterable[str], capitalised: Iterable[str]) -> bool:
    """The article prints a capitalised word one slip from the token that is no word meant: the
    token is a name's other spelling ("Arbo" beside "Ardbo"), NL301's to judge."""
    return any(
        word != token and word not in candidates and within_one_edit(token, word) for word in capitalised
    )


def _opens_sentence(text: str, at: int, stop: int) -> bool:
    """The word opens a sentence, so its capital is grammar's, and a small word follows that is
    no verb of speech: a name opening a sentence is as often its subject ("Berson said")."""
    if at and text[at - 1] != "\n" and _OPENS_SENTENCE.search(text, max(0, at - 6), at) is None:
        return False
    return _AFTER_OPENER.match(text, stop) is not None and not before_speech_verb(text, stop)


class LikelyMisspelling(Rule):
    spec = RuleSpec(
        code="NL105",
        name="likely-misspelling",
        category="typo",
        summary="A lower-case word in no word list that is one slip from a frequent word, "
        "such as \"politcians\".",
        rationale=(
            "Lists of common misspellings miss most slips of the keyboard. A lower-case word "
            "that no word list, name list or frequency list knows, and that is one letter "
            "dropped, added, changed or swapped, or one letter typed two places early or late "
            "(\"aprpoved\"), away from a frequent English word, is almost "
            "always that word mistyped. Forms English makes of known words (plurals, prefixes, "
            "British -ise spellings), agency shorthand (\"dlrs\", \"unch\") and two words run "
            "together are left alone (when the token is also one slip from a frequent word of five "
            "letters or more, that word and the two words are a suggestion: \"withan\", "
            "\"within\" or \"with an\"; \"resuits\", \"results\"), and so are a term the article "
            "glosses in brackets (\"akims (governors)\") or, six letters at most, prints in its other number too "
            "(\"akim\" and \"akims\"), a word beside "
            "another unknown one or one with a letter English does not use (\"Unterstützt durch\": a phrase in "
            "another language; so is a word among small words half of which no English list knows, a "
            "quotation in another language) and the last word of a cut-off text or paragraph (\"standar\"). "
            "A paragraph or story where over three in ten words are in no list is taken for another "
            "language, not counting words that are likely slips of English words, so copy dense "
            "with typos is still checked. A paragraph opening with such a word of four letters or more "
            "that one letter put before it makes a common word or name (\"ndonesia has achieved ...\") lost "
            "its first letter, which the page printed apart (a drop cap): put back unattended where the "
            "article prints the word elsewhere. \"none-\" for the prefix \"non-\" before a word (\"none-member "
            "states\") is put right unattended: no word opens so but \"none-the-less\" and \"none-too-\". "
            "The fix is safe only when one word wins by far, no rarer word fits and the article "
            "prints that word elsewhere (a guess from spelling alone can miss a rare real word, "
            "so it is unsafe); when the first letter changes it is unsafe, when several words fit it is a suggestion, "
            "and inside a quotation it is unsafe. A four- or five-letter token near several words is shown only "
            "when no list but a names list knows it, word counts barely do, the article prints it once "
            "and it is not a particle between two names (\"baord\", \"shre\"; \"Daniel arap Moi\"); "
            "a token whose only vowel a neighbouring key replaced (\"whjch\") or that lost its only "
            "vowel from a frequent word (\"wrld\") is a suggestion, shown once only, since "
            "agency shorthand drops vowels too (\"mths\"); a token one slip from a word written only "
            "with a capital (\"octomber\": \"October\") is offered capitalised, unsafe. A word "
            "split by a space or a line break, "
            "one part in no list (\"audi ence\", \"validat e\", \"delib\" over \"erate\") or one part a "
            "lone letter that is no word "
            "(\"als o\", \"p rocess\", \"state d\"), or a name whose small-letter part no list "
            "knows, the article printing it whole (\"Mrs. Nara phorn\" beside \"Naraphorn\"), or a word "
            "hyphenated at a line "
            "break and run on (\"an- nounced\", \"govern- ment\"; its space lost too, \"concern-ing\", "
            "\"to-talled\", where the part after the hyphen is no word or a bare suffix and the part before "
            "it no prefix a house style keeps apart, \"co-ordinator\"), is offered joined, for an editor "
            "to confirm. A token of two or three small letters that no word list knows (or knows only "
            "written with capitals and seldom written otherwise: \"amd\", not \"ok\" or \"tv\"), printed "
            "once between two words (\"operations wil continue\", \"said tne deal\", \"ministers amd "
            "officials\"), is too short "
            "to guess from its letters: it is reported when a frequent word one slip from it is "
            "printed beside both neighbours a million times or more in the books (symspellpy's "
            "bigram list), the words that fit offered best first, for an editor to confirm; a "
            "unit's shorthand after a figure (\"five mln dlrs\") is left alone. So is a letter alone "
            "that is none of English's one-letter words or marks (not \"a\", \"I\", \"v\", \"x\"), a "
            "two-letter word's other letter lost before a determiner (\"tabled in Parliament n the House\": "
            "\"in\", \"on\"; a label's letter stands before other words, \"plan b is ready\"), unless "
            "\"and\", \"or\", \"to\" or \"by\" stands before it (letters joined: a term's shorthand). "
            "A sentence's first word owes its capital to grammar: one that no list knows at all (names "
            "lists and word counts included) is judged as the word in small letters is (\"Efforst to "
            "protect\", \"Severel analysts\"), never unattended, since it may still be a name; not after "
            "an initial or an abbreviation (\"David R. Tacke\", \"the U.S. Navy\"), before a verb of "
            "speech (\"Berzon said\"), printed again in any case or inside a longer word (\"Euras\" "
            "beside \"EURASBANK\"), or beside a capitalised word one slip from it (\"Arbo\" beside "
            "\"Ardbo\": NL301's to judge)."
        ),
        example="The politcians met on Monday. The politicians agreed a budget.",
        example_fixed="The politicians met on Monday. The politicians agreed a budget.",
        fix_safety="varies",
    )
    Options = SpellingOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _split_words(self, doc: Document, unlisted: set[str]) -> Iterable[tuple[Diagnostic, tuple[str, ...]]]:
        """A word split in two by a space or a line break, one part in no list ("validat e", "audi
        ence", "delib" over "erate"): the joined word is offered, for an editor to confirm; the
        parts are then no slips."""
        for block in doc.prose:
            text = block.text
            for match in _hit_words(text, unlisted):
                word, at, stop = match.group(), match.start(), match.end()
                if not word.islower():
                    continue
                before = _PART_BEFORE.search(text, max(0, at - 30), at)
                after = _PART_AFTER.match(text, stop)
                if after is not None and _joined_word(word, after[1]):
                    first, second, start, end = word, after[1], at, after.end()
                elif before is not None and _joined_word(before[1], word):
                    first, second, start, end = before[1], word, before.start(1), stop
                elif (name := _NAME_PART_BEFORE.search(text, max(0, at - 30), at)) is not None and (
                    whole_word_count(doc.text, name[1] + word) > 0
                ):
                    # A name split by a space, its part in no list, the article printing it whole
                    # ("Mrs. Nara phorn" beside "Mrs. Naraphorn").
                    first, second, start, end = name[1], word, name.start(1), stop
                else:
                    continue
                how = "a line break" if "\n" in text[start:end] else "a space"
                message = f'"{first} {second}" is probably "{first + second}" split by {how}'
                yield self._joined(block.start + start, block.start + end, first, second, message), (first, second)

    def _short(self, doc: Document) -> Iterator[Diagnostic]:
        """A two- or three-letter slip ("wil", "tne") that its neighbours give away: too short
        to guess from its letters, it is judged by the words the books print beside them."""
        text = doc.text
        vocab: Container[str] | None = None
        for slip in short_slips(doc):
            vocab = rule_vocabulary(self) if vocab is None else vocab
            block = doc.block_at(slip.start)
            if block is None or slip.found in vocab or followed_by_sic(text, slip.end):
                continue
            if _lower_case_paragraph(block.text) or at_cut(text, slip.end):
                continue
            if foreign_stretch(block.text, slip.start - block.start, slip.end - block.start):
                continue  # a quotation in another language ("namba seven commandment i tok no ken")
            listed = " or ".join(f'"{word}"' for word in slip.intended)
            fix = Fix.unsafe(f"Replace with {slip.intended[0]!r}", Edit(slip.start, slip.end, slip.intended[0]))
            yield self.diagnostic(
                slip.start, slip.end,
                f'"{slip.found}" is probably a misspelling of {listed} (the words on each side call for it)', fix,
            )

    def _joined(self, start: int, end: int, first: str, second: str, message: str) -> Diagnostic:
        """A word's two parts printed apart: the joined word offered, for an editor to confirm."""
        fix = Fix.unsafe(f"Join {first!r} and {second!r}", Edit(start, end, first + second))
        return self.diagnostic(start, end, message, fix)

    def _letter_splits(self, doc: Document) -> Iterable[tuple[Diagnostic, tuple[str, ...]]]:
        """A word split by a space beside one of its letters ("als o", "p rocess"): the joined
        word is offered, for an editor to confirm."""
        for block in doc.prose:
            text = block.text
            for match in _LETTER_SPLIT.finditer(text):
                first, second = (match[1], match[2]) if match[1] else (match[3], match[4])
                if not _joined_word(first, second) or at_cut(text, match.end()):
                    continue  # a lone letter ending the text is where a scrape cut it ("the n")
                message = f'"{first} {second}" is probably "{first + second}" split by a space'
                start, end = block.start + match.start(), block.start + match.end()
                yield self._joined(start, end, first, second, message), (first, second)

    def _hyphen_breaks(self, doc: Document) -> Iterable[Diagnostic]:
        """A word hyphenated at a line's end and run on with the hyphen and a space ("an-
        nounced", "govern- ment"), or with the space lost too ("concern-ing", "to-talled"; only
        where the part after the hyphen is no word of its own or a bare suffix, the part before it
        no prefix): the joined word is offered, for an editor to confirm."""
        data = compiled()
        for block in doc.prose:
            text = block.text
            if "-" not in text:
                continue
            spaced = _HYPHEN_BREAK.finditer(text) if "- " in text else ()
            for match in chain(spaced, _HYPHEN_KEPT.finditer(text)):
                first, second = match[1], match[2]
                if match.re is _HYPHEN_KEPT and (
                    first in _PREFIXES or second not in _SUFFIXES and data.english_words((second,))
                ):
                    continue  # "e-mail", "co-operate", "well-known": a compound's words (a bucket search)
                if not _joined_word(first.lower(), second) or data.code(f"{first}-{second}".lower()) & WORD:
                    continue  # "pre- and post-war", or a compound the lists hold with its hyphen
                message = f'"{match.group()}" is probably "{first + second}", hyphenated at a line break'
                yield self._joined(block.start + match.start(), block.start + match.end(), first, second, message)

    def _lost_initials(self, doc: Document) -> Iterable[Diagnostic]:
        """A paragraph opening with a word in small letters that no list knows and that one capital
        letter put before it makes a common word or name ("ndonesia has achieved ...", "nvestment
        Coordinating Board"): the page printed the first letter apart (a drop cap) and the scrape
        lost it. Safe where the article prints the word elsewhere; else an editor confirms it."""
        code = compiled().code
        for block in doc.prose:
            match = _OPENING_WORD.match(block.text)
            if match is None or len(match.group()) < MIN_LOST_INITIAL or code(match.group()) & (WORD | NAME):
                continue
            token = match.group()
            whole = [
                letter + token for letter in string.ascii_lowercase
                if (found := code(letter + token)) & (WORD | NAME) and found >> 8 >= LOST_INITIAL_ZIPF
            ]
            if len(whole) != 1:
                continue
            right = whole[0].capitalize()
            start, end = block.start, block.start + len(token)
            fix = (Fix.safe if _printed(doc.text, right) else Fix.unsafe)(
                f"Put back the first letter: {right!r}", Edit(start, end, right)
            )
            yield self.diagnostic(
                start, end, f'"{token}" opens the paragraph without its first letter (a drop cap the page '
                f'printed apart): "{right}"', fix,
            )

    def _none_prefixes(self, doc: Document) -> Iterable[Diagnostic]:
        """"none-" for the prefix "non-" before a word ("none-member", "none-governmental"): no
        English word opens so, save "none-the-less" and "none-too-subtle"."""
        if "one-" not in doc.text:
            return  # one C-level test: nearly every article has none
        code = compiled().code
        for block in doc.prose:
            for match in _NONE_PREFIX.finditer(block.text):
                if not code(match[2].lower()) & WORD:
                    continue  # "none-" before no word: a name or a list's item, not the prefix
                start = block.start + match.start()
                end = start + len("none")
                right = match[1] + "on"
                yield self.diagnostic(
                    start, end, f'"{match.group()}": "{match[1]}one-" for the prefix "{right}-"',
                    Fix.safe(f"Replace with {right!r}", Edit(start, end, right)),
                )

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        yield from self._lost_initials(doc)
        yield from self._none_prefixes(doc)
        yield from self._hyphen_breaks(doc)
        shorts = list(self._short(doc))
        yield from shorts
        letters = list(self._letter_splits(doc)) if document_words(doc).printed_hits(_LONE_LETTERS) else []
        yield from (diagnostic for diagnostic, _ in letters)
        unlisted = document_words(doc).lower_case_unlisted()
        if shorts:
            unlisted = unlisted - {doc.text[d.start : d.end] for d in shorts}
        unlisted = unlisted - {part for _, parts in letters for part in parts}
        # A sentence's first word in no list at all, names lists and word counts included: its
        # capital is grammar's, so it is judged as the word in small letters is.
        hits: dict[str, Guess] = _openers(doc, unlisted)
        openers = set(hits)
        if not unlisted and not openers:
            return
        split = list(self._split_words(doc, unlisted))
        yield from (diagnostic for diagnostic, _ in split)
        unlisted = unlisted - {part for _, parts in split for part in parts}
        # Guessed only as a short or vowel-less token: a term the article repeats is meant.
        short: set[str] = set()
        capital: set[str] = set()  # one slip from a word written only with a capital ("octomber")
        for token in unlisted:
            found = _guess(token) or far_slip(token) or vowel_struck(token) or glued_or_slip(token)
            if found is None and (found := short_slip(token) or vowel_dropped(token)) is not None:
                short.add(token)
            if found is None and len(token) >= MIN_CAPITAL_SLIP and (found := proper_slip(token)) is not None:
                if len(found.candidates[0]) >= MIN_CAPITAL_SLIP:
                    capital.add(token)
                else:
                    found = None  # "pymt" and "Pym": shorthand, not a short name mistyped
            if found is not None:
                hits[token] = found
        if not hits or len(hits) > MAX_GUESSES:
            return  # none, or so many that this is no English prose (a data file, a listing)
        vocab = rule_vocabulary(self)
        text = doc.text
        counted: dict[str, int] = {}  # a word counted once, however often it is printed
        inflected: dict[str, bool] = {}
        lower_fed: bool | None = None
        for block in doc.prose:
            found_words = [
                m for m in _hit_words(block.text, set(hits))
                # An opener's one print (`_openers` saw it open its sentence), capitalised.
                if m.group().islower() or m.group().lower() in openers and m.group().istitle()
            ]
            if not found_words:
                continue
            if lower_fed is None:
                lower_fed = _lower_case_text("".join(b.text for b in doc.prose if not b.text.isupper()))
            if lower_fed or (_lower_case_paragraph(block.text) and _lower_case_text(block.text)):
                continue
            quotes = QuoteMap(block.text)
            for match in found_words:
                printed_word = match.group()
                word = printed_word.lower()
                at, stop = match.span()
                if word in vocab or followed_by_sic(block.text, stop):
                    continue
                if _split_word(block.text, at, stop) or beside_foreign_particle(block.text, at, stop):
                    continue
                limit = 1 if word in short or word in openers else MAX_OCCURRENCES
                if word not in counted:
                    counted[word] = _occurrences(text, word, limit)
                if counted[word] > limit or glossed_term(block.text, at, stop):
                    continue
                if word not in inflected:
                    inflected[word] = len(word) <= MAX_INFLECTED_TERM and _other_number_printed(text, word)
                if inflected[word]:
                    continue
                candidates, clear, safe = hits[word]
                start, end = block.start + at, block.start + stop
                if at_cut(text, end) or block_cut(block, stop):
                    continue  # a truncated text's last word ("standar") is a cut, not a slip
                if _beside_unknown(block.text, at, stop) or foreign_stretch(block.text, at, stop):
                    continue
                if word in short and _between_names(block.text, at, stop):
                    continue
                if word in capital:
                    # The word meant is written with a capital: the slip lost it too, so the
                    # fix changes more than the slip; an editor confirms it.
                    right = candidates[0][:1].upper() + candidates[0][1:]
                    yield self.diagnostic(
                        start, end, f'"{word}" is probably a misspelling of "{right}"',
                        Fix.unsafe(f"Replace with {right!r}", Edit(start, end, right)),
                    )
                    continue
                if word in openers:
                    # A sentence's first word no list knows may still be a name: never unattended.
                    fix, options, _ = guess_fix(
                        printed_word, start, end, candidates, clear, False, False, quotes, block.start
                    )
                    listed = " or ".join(f'"{o}"' for o in options)
                    yield self.diagnostic(start, end, f'"{printed_word}" is probably a misspelling of {listed}', fix)
                    continue
                # A guess from spelling alone can miss a rare real word ("untradeable"):
                # unattended only when the article itself prints the correction.
                printed = safe and _printed(text, candidates[0])
                safe = safe and not _space_moved(block.text, stop, word, candidates[0])
                fix, options, _ = guess_fix(word, start, end, candidates, clear, safe, printed, quotes, block.start)
                listed = " or ".join(f'"{o}"' for o in options)
                yield self.diagnostic(start, end, f'"{word}" is probably a misspelling of {listed}', fix)
