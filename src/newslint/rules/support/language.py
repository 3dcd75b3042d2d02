"""Which lines of English copy are written in another language ("Se hai scelto di non accettare
i cookie ...", "Mời quý độc giả theo dõi VOV.VN trên"): a cheap test of English's own small
words first, then a language identifier (py3langid, loaded on first need) on the few lines left."""

from __future__ import annotations

import re
from functools import cache

from ...data import shipped
from ...spelling.lookup import KNOWN_WORDS

# A line shorter than this says too little for an identifier to name its language.
MIN_CHARS = 24
# Lower-case words a line needs before its language is asked for (names are capitalised).
MIN_WORDS = 4
# English's small words a line may hold and still be another language's ("a", "in", "e-mail").
MAX_GLUE = 1
# How sure the identifier must be that a line is not English (its probabilities normalised over
# its 97 languages): close languages (Malay and Indonesian, Spanish and Galician) share the rest.
MIN_PROBABILITY = 0.999
# For "no language" (zxx: encoded data such as an attachment's base64), its own probability.
MIN_ZXX_PROBABILITY = 0.97
# A line beside lines in another language needs fewer words and less certainty to join them.
MIN_RUN_CHARS = 12
MIN_RUN_WORDS = 2
MIN_RUN_PROBABILITY = 0.5
# Words no English list knows that a line in another language holds at least.
MIN_UNKNOWN = 2
UNKNOWN_SHARE = 3  # and one in this many of its lower-case words, for the text to be looked at
# An English story prints its small words this often at least: only then is a line "other".
MIN_DOC_GLUE = 3
DOC_GLUE_CHARS = 4000  # where to count them

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*")
_VOWEL = re.compile(r"[aeiouyàáâãäåèéêëìíîïòóôõöùúûüýăơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")
QUOTE_MARKS = "\"“”«»„"  # a line with one may hold a quotation
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”|«[^»\n]*»|„[^“”\n]*[“”]')
# Substrings nearly every English line holds: a line with one is not looked at further.
_ENGLISH = re.compile(r" (?:the|of|and|to|for|is|was|with) ")


@cache
def _glue() -> frozenset[str]:
    return frozenset(shipped("data/web_chrome.yaml")["english_glue"])


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@cache
def _language_name(code: str) -> str:
    import pycountry

    language = pycountry.languages.get(alpha_2=code)
    return language.name if language is not None else code


def english_text(text: str) -> bool:
    """A text that prints English's small words as English copy does (a story, not a page in
    another language)."""
    return len(_ENGLISH.findall(text, 0, DOC_GLUE_CHARS)) >= MIN_DOC_GLUE


def may_hold_other_language(text: str) -> bool:
    """Whether any line of the text could be in another language: one with no English small
    word ('the', 'of', ...) and two words or more that no English list knows. Most stories
    have none, and the identifier is never loaded for them."""
    return any(
        len(line) >= MIN_RUN_CHARS and not line.isupper() and _ENGLISH.search(line) is None
        and _mostly_unknown(line)
        for line in text.split("\n")
    )


def _unknown_words(line: str) -> int:
    """How many different lower-case words of a line no English list knows, leaving out the
    wire's abbreviations without a vowel ("mln", "dlrs") and compounds ("iron-ore")."""
    return len({
        word for word in _WORD.findall(line)
        if word[0].islower() and _foreign_looking(word) and word.casefold() not in KNOWN_WORDS
    })


def _mostly_unknown(line: str) -> bool:
    """Two or more of the line's lower-case words, and a third of them at least, unknown."""
    lower = sum(1 for word in _WORD.findall(line) if word[0].islower())
    unknown = _unknown_words(line)
    return unknown >= MIN_UNKNOWN and unknown * UNKNOWN_SHARE >= lower


def _foreign_looking(word: str) -> bool:
    return word.isalpha() and len(word) >= 3 and _VOWEL.search(word) is not None


def other_language(line: str) -> str | None:
    """The name of the language a line of running words is written in, when it is surely not
    English ("Italian"); None for English, for names and figures, and for quoted speech (a
    quotation in another language is the story's)."""
    if len(line) < MIN_CHARS:
        return None
    found = _identify(line, MIN_WORDS)
    if found is None or found[1] < (MIN_ZXX_PROBABILITY if found[0] == "zxx" else MIN_PROBABILITY):
        return None
    return _language_name(found[0])


def leans_other_language(line: str) -> bool:
    """A line of running words that the identifier puts, even unsure, in another language: not
    enough to call the line the page's, but enough to leave its words unspelled ("A presidenta
    Dilma Rousseff dá posse a ...": English's small words are few, unknown words many)."""
    if len(line) < MIN_CHARS:
        return False
    found = _identify(line, MIN_WORDS)
    return found is not None and found[1] >= MIN_RUN_PROBABILITY


def same_language(line: str, language: str) -> bool:
    """A short line beside lines in `language` that the identifier, less sure, puts in it too
    ("e 10 contenuti ogni 30 giorni" in an Italian notice; "Lupa Kata Sandi? Klik di Sini" over an
    Indonesian login form, read in small letters)."""
    found = _identify(line, MIN_RUN_WORDS)
    if found is None and sum(1 for word in _WORD.findall(line) if word[0].islower()) < MIN_RUN_WORDS:
        # A form's or a menu's label in capitals ("Kirimkan Lagi Sekarang"): its words read in
        # small letters; a name's words are known to the lists and leave too few unknown ones.
        found = _identify(line.lower(), MIN_RUN_WORDS)
    return found is not None and found[1] >= MIN_RUN_PROBABILITY and _language_name(found[0]) == language


def _identify(line: str, min_words: int) -> tuple[str, float] | None:
    """(most likely language's code, probability of not English) of a line's words outside
    quotation marks; None when they are English, too few, or English's small words are among
    them."""
    if len(line) < MIN_RUN_CHARS or _ENGLISH.search(line) is not None:
        return None
    if any(char in QUOTE_MARKS for char in line):
        line = _QUOTED.sub(" ", line)  # a quotation in another language is the story's
    words = [word for word in _WORD.findall(line) if word[0].islower()]
    if len(words) < min_words:
        return None
    glue = _glue()
    if sum(1 for word in words if word in glue) > MAX_GLUE or _unknown_words(line) < MIN_UNKNOWN:
        return None
    ranked = _identifier().rank(line)
    code = ranked[0][0]
    english = next((probability for language, probability in ranked if language == "en"), 0.0)
    if code == "zxx":  # no language at all: its own probability, not that of all but English
        return code, ranked[0][1]
    return None if code == "en" else (code, 1.0 - english)
