"""NL201 doubled-word: "the the", including across a line break.

Long on purpose: the rule is one scan for a doubled word and many small tests of when a double is
English (a cleft, 'that that', a name such as 'Boutros Boutros-Ghali', a quotation); each test is a
few lines, and they only make sense side by side."""

from __future__ import annotations

import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..data import calendar_names, shipped
from ..regexes import compile_cached
from ..spelling.text import QuoteMap

# A word, then one space or one line break (tabs and runs of spaces separate table cells),
# then the same word. The stdlib `re` engine is about twice as fast as `regex` here, and this
# pattern runs over every character of every article.
# Possessive quantifiers: a shorter word or fewer blanks can never match, so backtracking into
# them only costs time.
_DOUBLE = re.compile(r"\b(\w++)( |[ \t]*+(?:\r\n|\r|\n)[ \t]*+)(\1)\b", re.IGNORECASE)
# Letters only (no digits: "10 10" is a table), apostrophes allowed inside.
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A bracket's words printed twice, nothing or a space between: "(Yonhap)(Yonhap)".
# A contraction printed twice: "we're we're", "don’t don’t".
_CONTRACTION_TWICE = re.compile(r"(?<![\w'’-])([^\W\d_]+['’][^\W\d_]+)[ \t]+(\1)(?![\w'’-])", re.IGNORECASE)
# A small word before a quotation that opens with it: "the “the deepest", "a "a".
# A quotation opening with one of the small words: the cheap first scan (a literal start).
_QUOTE_OPENS_SMALL = re.compile(r" [“\"](?:the|a|an|of|to|in|on|and|for|with|at|by|from)\b", re.IGNORECASE)
_QUOTED_TWICE = re.compile(r"\b(the|a|an|of|to|in|on|and|for|with|at|by|from)( [“\"])(\1)\b", re.IGNORECASE)
_BRACKETED_TWICE = re.compile(r"(\(([^\W\d_][^()\n]{0,40})\))[ \t]?(\(\2\))")


# Punctuation and symbols that may touch a word: turned into spaces for the cheap pre-check.
_SEPARATORS = str.maketrans(
    dict.fromkeys(
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
        "\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿×÷"
        "‐‑‒–—―‘’‚‛“”„‟†‡•…‰′″‹›€",
        " ",
    )
)


# ASCII text: capitals become small letters, digits and "_" become "0", and every byte that is
# not a word character (\w) becomes a space, so the words left are exactly the runs the
# pattern's \b...\b delimit, and a word made of letters alone is a run of [a-z].
_ASCII_WORDS_ONLY = bytes(
    (b | 0x20 if chr(b).isalpha() else 0x30) if chr(b).isalnum() or b == 0x5F else 0x20
    for b in range(128)
) + b" " * 128
# A word of letters alone, then the same word as the next word. It opens with a literal space
# (the text gets one in front), which the engine scans for fast, and the possessive run ends
# at the word's end: each attempt is one word long, not one per letter.
_ASCII_DOUBLE = re.compile(rb" ([a-z]++) ++\1(?![a-z0])")


# Two words, then the same two words ("of the of the"): a phrase left behind by an edit.
_PAIR = re.compile(r"(?<![\w'’-])([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+(\1)[ \t]+(\2)(?![\w'’-])")
# Three words, then the same three ("members of the members of the"); one scan for both: two
# words, then either the same two or a third word, the two and the third again.
_ASCII_PAIR_OR_TRIPLE = re.compile(rb" ([a-z]++ [a-z]++) (?:\1|([a-z]++) \1 \2)(?![a-z0])")
_TRIPLE = re.compile(
    r"(?<![\w'’-])([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+([^\W\d_]+)[ \t]+(\1)[ \t]+(\2)[ \t]+(\3)(?![\w'’-])"
)


_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")
# A past participle after "well", a compound whose hyphen was lost ("well known", "well placed").
_PARTICIPLE_AFTER = re.compile(r"[ \t]+[a-z]+(?:ed|wn|en|nt)\b")


def words_only(text: str) -> bytes:
    """An ASCII text with every non-letter a space and a space in front: what the pre-checks
    scan, made once for both."""
    return b" " + text.encode("ascii").translate(_ASCII_WORDS_ONLY)


def may_have_pair(text: str, spaced: bytes | None = None) -> bool:
    """True when two or three words are printed twice in a row (for ASCII text, C-level scans
    of `words_only(text)`, given as `spaced` when the caller has it)."""
    if text.isascii():
        return _ASCII_PAIR_OR_TRIPLE.search(spaced or words_only(text)) is not None
    lowered = text.lower()
    return _PAIR.search(lowered) is not None or _TRIPLE.search(lowered) is not None


def may_have_double(text: str, spaced: bytes | None = None) -> bool:
    """True when two neighbouring words are the same, ignoring case and punctuation.

    Runs at C speed (translate, one scan): most articles have no double and skip the full
    pattern. Wire copy is nearly always ASCII, where a bytes translate and a scan with a literal
    start are the fastest route, and where a doubled run with a digit or "_" in it ("10 10", a
    table) can be ruled out.
    """
    if text.isascii():
        return _ASCII_DOUBLE.search(spaced or words_only(text)) is not None
    folded = text.lower().translate(_SEPARATORS).split()
    return any(map(operator.eq, folded, islice(folded, 1, None)))


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = shipped("data/doubled_words.yaml")
    allowed = frozenset(" ".join(p.casefold().split()) for p in data["allowed"])
    function_words = frozenset(w.casefold() for w in data["function_words"])
    return allowed, function_words


@cache
def _cleft_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Copula pairs English prints only in a pseudo-cleft, and the words that open one."""
    data = shipped("data/doubled_words.yaml")
    return (frozenset(" ".join(p.casefold().split()) for p in data.get("cleft_pairs", ())),
            frozenset(w.casefold() for w in data.get("cleft_openers", ())))


@cache
def _free_relative_openers() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped("data/doubled_words.yaml").get("free_relative_openers", ()))


def _after_free_relative(text: str, at: int) -> bool:
    """"Whatever happens happens": a -ever word one or two words before the pair opens the
    clause that is the second copy's subject."""
    before = text[max(0, at - 40) : at].casefold().translate(_SEPARATORS).split()
    return any(word in _free_relative_openers() for word in before[-2:])


def _in_cleft(text: str, at: int) -> bool:
    """A word that opens a pseudo-cleft comes a few words before the pair in its sentence ("What
    it was was ...", "How long the run is is ..."); a clause that has run on further ("when he
    was shot to death and his body was was set ablaze") has its verb already."""
    openers = _cleft_lists()[1]
    begin = max(text.rfind(mark, 0, at) for mark in (". ", "? ", "! ", "\n")) + 1
    before = text[begin:at].casefold().translate(_SEPARATORS).split()
    return any(word in openers for word in before[-_CLEFT_SUBJECT_WORDS:])


# A pseudo-cleft's subject clause, from its opener to the copula: this many words at most.
_CLEFT_SUBJECT_WORDS = 6


@cache
def _stranded_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Past forms that "for" may close, and the words that open and end a span of time after it."""
    data = shipped("data/doubled_words.yaml")
    return tuple(  # type: ignore[return-value]
        frozenset(w.casefold() for w in data.get(key, ()))
        for key in ("stranded_for_verbs", "duration_words", "duration_units")
    )


_SPAN_WORDS = 5  # words after "for for" that a span of time is looked for in ("for a very long time")


def _stranded_for(text: str, start: int, end: int) -> bool:
    """ "fought for for 20 years": the first "for" closes the verb's phrase, the second opens a
    span of time. Both are needed: a verb form before the pair, and a span after it."""
    verbs, openers, units = _stranded_lists()
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if before is None:
        return False
    verb = before[1].casefold()
    if not (verb in verbs or verb.endswith(("ed", "ing")) and len(verb) > 4):
        return False
    for word in text[end : end + 60].split()[:_SPAN_WORDS]:
        word = word.casefold().strip(".,;:")
        if word in units:
            return True
        if not (word in openers or word.replace(",", "").isdigit()):
            return False
    return False


@cache
def _pair_lists() -> tuple[frozenset[str], frozenset[str]]:
    """Words that join a repeated pair in idioms ("back to back to back"), and verbs after
    which a pair is printed twice on purpose ("makes a gadget a gadget")."""
    data = shipped("data/doubled_words.yaml")
    return (frozenset(w.casefold() for w in data.get("pair_joiners", ())),
            frozenset(w.casefold() for w in data.get("pair_verbs", ())))


def _is_title(word: str) -> bool:
    return word[:1].isupper() and not word.isupper()


# A capitalised double of a word this frequent (Zipf x10) is a slip ("British British"), not a
# name: names made of a doubled word ("Walla Walla", "Sirhan Sirhan") are rare words themselves.
FREQUENT_ZIPF = 40
# A capitalised double inside a run of capitalised words is a slip for an English word this long
# and this frequent (Zipf x10) that no names list holds.
MIN_RUN_WORD = 4
RUN_WORD_ZIPF = 30
GIVEN_TWICE_ZIPF = 40  # x10: a given name this common, typed twice before a surname, is a slip
# x10: an English word this common is no name inside a run of capitalised words, though some
# country's names list holds it ("Grand Grand Prix", "Capital Capital Markets").
EVERYDAY_ZIPF = 45
TITLE_SMALL_WORD = 2  # letters of a small word a title capitalises ("Please Please Me")


_NEXT_WORD = re.compile(r"[ \t]*+(?:\r\n|\r|\n)?[ \t]*+([^\W\d_])")
_PREVIOUS_WORD = re.compile(r"([^\W\d_]+)[,;:]?[ \t\r\n]+$")


# Capital letters that are words of their own ("I I think", "A A man"): doubled, a slip.
_WORD_LETTERS = frozenset("AI")


def _marked(text: str, at: int) -> bool:
    """The character at `at` is a combining mark (a vowel sign of Bengali, Hindi, Thai): the
    letters beside it belong to one word."""
    return 0 <= at < len(text) and unicodedata.category(text[at]).startswith("M")


def _sentence_start(text: str, at: int) -> bool:
    """The word at `at` opens its paragraph or a sentence."""
    before = text[:at].rstrip(" \t\"“‘'(")
    return not before or before[-1] in ".!?:\n"


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _lower_case_follows(text: str, end: int) -> bool:
    found = _NEXT_WORD.match(text, end)
    return found is not None and found[1].islower()


def _same_word_before(text: str, start: int, word: str) -> bool:
    """A third copy before the pair ("Turn, Turn Turn"): a refrain or a title."""
    found = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return found is not None and found[1] == word


_FOLLOWING_WORD = re.compile(r"[ \t]+([^\W\d_]+)")


def _name_doubled(text: str, start: int, end: int) -> bool:
    """The last word of a full name printed twice ("Pushpa Kamal Dahal Dahal has"): two capitalised
    words before the pair, mid-sentence, and the sentence going on in lower case after it (a
    compound name goes on with a hyphen: "Boutros Boutros-Ghali"). A place's doubled name
    ("Walla Walla") follows a small word ("in")."""
    if not _lower_case_follows(text, end):
        return False
    before = _TWO_NAMES_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    # The word before the pair is a name's ("Kamal"), not a title's or an office's ("Minister",
    # "Reconciliation Abdullah Abdullah"): then the pair is the whole name, given and surname alike.
    last = before.group().split()[-1].casefold()
    return last not in _person_cues() and not _office_word(last)


def _office_word(folded: str) -> bool:
    """An English word that no list gives anyone as a given name ("Reconciliation", "Council")."""
    from ..spelling.lookup import GIVEN, WORD, compiled  # only for a capitalised double mid-sentence

    code = compiled().code(folded)
    return bool(code & WORD) and not code & GIVEN


# Two capitalised words before a double, the first after a word or a comma (not a sentence's start).
_TWO_NAMES_BEFORE = compile_cached(r"[\w,][ \t]+\p{Lu}\p{Ll}+[ \t]+\p{Lu}\p{Ll}+[ \t]+$")


def _same_word_after(text: str, end: int, word: str) -> bool:
    """A third copy after the pair ("A A A")."""
    found = _FOLLOWING_WORD.match(text, end)
    return found is not None and found[1] == word


def _no_name_doubles(text: str, start: int, end: int, folded: str) -> bool:
    """A capitalised word typed twice where no name doubles one: a day or a month ("March March
    4"); an everyday English word, no one's name, inside a run of capitalised words ("the Central
    Epidemic Epidemic Command Center", "Securities Fund Fund said"); any word of a firm's or body's
    name that its legal form or kind closes ("Fuji Bank Bank Ltd", "Isuzu Motors Ltd Ltd"); a
    common given name before the surname ("Paul Paul Volcker"); a country or a capital ("Japan
    Japan"); an agency's name ("Reuter Reuter"). Alone between small words the pair is a title
    ("the series Soldier Soldier"), and so is a word said three times."""
    from ..spelling.guess import wire_words
    from ..spelling.lookup import GIVEN, PERSON, WORD, ZIPFS, compiled, compiled_gazetteer
    from ..spelling.nameslots import legal_forms, organisation_ends
    from .support.chrome.vocabulary import agency_names

    if folded in _calendar() or _month_short(folded) and _FIGURE_AFTER.match(text, end):
        return True  # "March March 4", "Oct Oct 20"
    if folded in wire_words():
        return True  # the agency's shorthand ("Shr Shr 36 cts", "Qtly Qtly div")
    printed = text[start : start + len(folded)]
    if _same_word_after(text, end, printed) or _same_word_before(text, start, printed):
        return False  # "Gimme Gimme Gimme": a title says it three times
    if folded in legal_forms() or folded in compiled_gazetteer().targets or folded in agency_names():
        return True  # "Ltd Ltd", "Japan Japan", "Reuter Reuter"
    after = _CAPITALISED_AFTER.match(text, end)
    if after is not None and any(w.casefold() in organisation_ends() for w in after.group().split()):
        return True  # the name's kind or legal form closes it within a few words
    code = compiled().code(folded)
    if after is not None and code & GIVEN and len(folded) >= MIN_RUN_WORD and ZIPFS.get(folded) >= GIVEN_TWICE_ZIPF:
        return True  # a common given name typed twice before the surname
    if not code & WORD or code >> 8 < RUN_WORD_ZIPF:
        return False
    if len(folded) < MIN_RUN_WORD:
        return False  # "Run Run Shaw", "La La Land"
    if code & (PERSON | GIVEN) and (code >> 8 < EVERYDAY_ZIPF or after is None or _small_word_after(after)):
        # A surname or given name somewhere: inside a run of capitalised words an everyday word
        # still ("Grand Grand Prix", "Capital Capital Markets"), not a title's ("Please Please Me").
        return False
    if after is not None:
        return True
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return (
        before is not None and _is_title(before[1]) and text[before.end(1) : start] == " "
        and not _sentence_start(text, before.start(1))
    )


def _between_capitals(text: str, start: int, end: int) -> bool:
    """A capitalised word just before the pair, inside its sentence, and one just after it."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return (
        before is not None and _is_title(before[1]) and text[before.end(1) : start] == " "
        and not _sentence_start(text, before.start(1)) and _CAPITALISED_AFTER.match(text, end) is not None
    )


def _small_word_after(after: re.Match[str]) -> bool:
    """The capitalised word after the pair is a small word a title capitalises ("The", "Me"; a
    letter of a series is none: "Class Class B")."""
    word = after.group().split()[0].casefold()
    return word in _lists()[1] or len(word) == TITLE_SMALL_WORD


_FIGURE_AFTER = re.compile(r"[ \t]+\d")
MONTH_SHORT = 3  # letters of a month's or day's shortest abbreviation ("Oct", "Sept", "Wed")


def _month_short(folded: str) -> bool:
    """A month's or day's abbreviation ("oct", "sept", "wed"): the start of its name, three
    letters or more."""
    return len(folded) >= MONTH_SHORT and any(month.startswith(folded) for month in _calendar())


# Up to three capitalised words after a double, the first right after it: the rest of a name.
_CAPITALISED_AFTER = re.compile(r"(?: [A-Z][A-Za-z&.'’-]*){1,3}")


def _frequent_word(folded: str) -> bool:
    """An English word (or a word English capitalises, "British") used very often, or a people's
    name ("Libyan", "Nicaraguan"): no one's name is a demonym said twice."""
    from ..spelling.lookup import KNOWN_WORDS, ZIPFS

    return folded in KNOWN_WORDS and ZIPFS.get(folded) >= FREQUENT_ZIPF or folded in _demonyms()


@cache
def _demonyms() -> frozenset[str]:
    from ..spelling.names import demonyms

    return frozenset(word.casefold() for word in demonyms())


@cache
def _calendar() -> frozenset[str]:
    """Days and months: no name or title doubles one ("on Tuesday Tuesday", "March March 4")."""
    return frozenset(w.casefold() for w in calendar_names())


@cache
def _that_slip_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped("data/doubled_words.yaml")["that_that_slip_before"])


@cache
def _that_slip_verbs() -> frozenset[str]:
    return frozenset(w.casefold() for w in shipped("data/doubled_words.yaml")["that_that_slip_name_verbs"])


_QUOTED_WORD = re.compile(r"[ \t]+[\"“‘']?([^\W\d_]+)")
# A name of one to three capitalised words and the word after it.
_NAME_THEN_WORD = compile_cached(r"[ \t]+((?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3})(\p{Ll}+)\b")


def _that_slip(text: str, end: int) -> bool:
    """ "that that" before a pronoun, a possessive or an article ("said that that he"), or before
    a name that a verb follows ("said that that ENA will"): the second "that" points at nothing
    there."""
    found = _QUOTED_WORD.match(text, end)
    if found is None:
        return False
    if found[1].casefold() in _that_slip_words():
        return True
    named = _NAME_THEN_WORD.match(text, end)
    return (
        named is not None and named[2] in _that_slip_verbs()
        and not any(w.casefold() in _calendar() for w in named[1].split())
    )


def _own_double(text: str, word: str, folded: str) -> bool:
    """A double the article prints twice or more, of a name or a word no English list knows
    ("CIRCUS CIRCUS", "boda boda"): its own term. An English word so ("said said") is a slip
    pasted twice, and shorthand ("vs vs") has no vowel."""
    if word.islower() and _english_word(folded) or not any(v in folded for v in "aeiouy"):
        return False
    return _printed_doubled_again(text, word)


def _printed_doubled_again(text: str, word: str) -> bool:
    """The article prints the word doubled twice or more."""
    pattern = rf"(?<![\w'’-]){re.escape(word)}[ \t]+{re.escape(word)}(?![\w'’-])"
    return len(re.findall(pattern, text, re.IGNORECASE)) > 1


# A word another language doubles is short and spoken ("boda boda", "tuk tuk"): a code or a
# run of letters ("bwalignc", three consonants in a row) is not one, nor an agency's name ("dpa
# dpa" is a slip), nor a word the article prints alone too.
LOAN_WORD_LENGTH = (3, 8)
_CONSONANTS_THREE = re.compile(r"[^aeiouy]{3}")


def _loan_word(folded: str) -> bool:
    """A word no English list knows that another language may double: short and spoken."""
    if not LOAN_WORD_LENGTH[0] <= len(folded) <= LOAN_WORD_LENGTH[1] or not folded.isalpha():
        return False
    if _CONSONANTS_THREE.search(folded) or not any(v in folded for v in "aeiouy") or _english_word(folded):
        return False
    from .support.chrome.vocabulary import agency_names

    return folded not in agency_names()


def _memo(answers: dict[str, bool], ask: Callable[..., bool], text: str, word: str, *more: str) -> bool:
    """`ask`'s answer for the word, asked once a document."""
    if word not in answers:
        answers[word] = ask(text, word, *more)
    return answers[word]


def _printed_alone(text: str, word: str) -> bool:
    """The article prints the word more often than its double holds it."""
    from ..spelling.nameslots import whole_word_count

    return whole_word_count(text.lower(), word.lower()) > 2


_NAME_GOES_ON = re.compile(r"[ \t]+([A-Z][\w&'’-]*)")


def _printed_single(text: str, word: str, after: str) -> bool:
    """The article prints the name without the double: the word alone, where the sentence goes on
    in small letters ("Tesco Tesco was" beside "Tesco said"), or with the capitalised word after
    the pair ("Legg Legg Mason" beside "Legg Mason"). A name that doubles a word prints it doubled
    ("Walla Walla", "Maung Maung Swe") or hyphened."""
    from ..spelling.nameslots import whole_word_count

    going_on = _NAME_GOES_ON.match(after)
    if going_on is None:
        # The sentence goes on in small letters: the name is the word itself, printed alone too.
        return _lower_case_follows(after, 0) and whole_word_count(text, word) > 2
    name = f"{word} {going_on[1]}"
    return whole_word_count(text, name) > whole_word_count(text, f"{word} {name}")  # each double holds one


def _person_cues() -> frozenset[str]:
    """Titles before a person's name ("Dr", "Mr"), NL101's list."""
    from ..spelling.nameslots import person_cues

    return person_cues()


def _english_word(folded: str) -> bool:
    from ..spelling.lookup import WORDS

    return folded in WORDS


class DoubledWord(Rule):
    spec = RuleSpec(
        code="NL201",
        name="doubled-word",
        category="doubled-word",
        summary="A word printed twice in a row, such as \"the the\".",
        rationale=(
            "A doubled word is the commonest slip of editing on screen: a phrase is rewritten and "
            "one word of the old version stays behind. Spell checkers accept both copies. Real "
            "doubles (\"had had\", \"that that\") and names (\"Walla Walla\", \"Bora Bora\") are "
            "kept in a data list and are not reported (unless the second copy alone is capitalised "
            "inside a sentence, \"her Her five-year-old daughter\": shown, a name may open with it); "
            "a capitalised double is taken for a name "
            "unless the word is a very frequent English word or a people's name (\"British British\", "
            "\"Libyan Libyan\"), a day or a month, or a month's abbreviation before a figure "
            "(\"March March 4\", \"Oct Oct 20\", unsafe), the agency's shorthand (\"Shr Shr 36 cts\", "
            "unsafe), an everyday English word (one that names lists hold too if very common and no "
            "small word follows: \"Grand Grand Prix\", not \"Please Please Me\") inside a run of "
            "capitalised words (\"the Central Epidemic Epidemic Command Center\", unsafe; not a title said "
            "three times, \"Gimme Gimme Gimme\"), any word of a firm's or body's name that its legal form or "
            "kind closes within three words (\"Fuji Bank Bank Ltd\"), the legal form itself (\"Ltd Ltd\"), "
            "a common given name before the surname (\"Paul Paul Volcker\"), a country or a capital (\"Japan "
            "Japan\"), a news agency's name (\"Reuter Reuter\"), a name the article prints single elsewhere, "
            "alone before small letters (\"Tesco Tesco was\" beside \"Tesco said\") or with the capitalised "
            "word after the pair (\"Legg Legg Mason\" beside \"Legg Mason\"), all unsafe, or the last word "
            "of a full name printed twice mid-sentence, two capitalised words before it (a name's, not a "
            "title's or an office's: \"Reconciliation Abdullah Abdullah\" is one man) and the "
            "sentence going on in small letters (\"Pushpa Kamal Dahal Dahal has\", unsafe: some names "
            "repeat a word); a capital "
            "letter printed twice is initials (\"H H Sheikh Tamim\", His Highness), except \"I\" and "
            "\"A\", which are words. Two words "
            "printed twice (\"of the of the\") are reported too, a capitalised two-word name printed "
            "twice (\"West Point West Point\") or a title's opening printed twice before the rest "
            "of it (\"Minister for Minister for Lands\") with an unsafe fix, and three (\"members of the members "
            "of the\", \"President Andrzej Duda President Andrzej Duda\", unsafe), except idioms that repeat a pair "
            "(\"back to back to back\", \"call a spade a spade\"). A person's title typed "
            "twice (\"Dr Dr Salih\") is shown with an unsafe fix: a double doctorate is written so; so is "
            "a capitalised double between two capitalised words of its sentence, a function word's too "
            "(\"Daw Than Than Nwe\": a Burmese name repeats a syllable English uses as a word). "
            "\"is is\" and \"was was\" "
            "are English only in a pseudo-cleft (\"What it was was a disaster\"): reported as a "
            "suggestion when no word that opens one comes in the six words before it. \"for for\" after a "
            "verb's past form or participle, before a span of time, is English (\"has been fought for for 20 "
            "years\": the first closes the verb's phrase, the second opens the span): not reported. Inside a "
            "direct quotation the fix is unsafe: the speaker may have said it twice; so it is for "
            "a pair opening with \"as\" (a comparison may go on), "
            "and \"as well as well\" before a participle is no double at all (\"as well as well known "
            "figures\": a compound that lost its hyphen), "
            "and for a word no English list knows (a loan word its language doubles, \"boda boda\"); "
            "a word the article prints doubled twice or more is its own term and is left alone. "
            "\"that that\" before a pronoun, a possessive or an article (\"said that that he\"), or "
            "before a name that a verb follows (\"said that that ENA will\"; not \"that that Labour "
            "policy\", a day or a month), is reported, unsafe: the second \"that\" points at nothing there. "
            "A bracketed credit printed "
            "twice (\"(Yonhap)(Yonhap)\") is the page's paste: the second is deleted. A small word before a "
            "quotation that opens with it (\"exposed the “the deepest fault line”\", \"a “a good price”\") is shown "
            "with the outer one's deletion: the quotation keeps its own words. A contraction printed twice "
            "(\"we're we're\") is a doubled word too. A capitalised word doubled in small letters mid-sentence "
            "(\"Deputy Prime Minister minister of Justice\") may be two posts or names that lost a word between "
            "them: the fix is unsafe; so it is for a capitalised word doubled across a line break "
            "(\"The News\\nNews on "
            "Cuba\": two title lines, not a wrapped sentence)."
        ),
        example="Talks resumed on the the border issue.",
        example_fixed="Talks resumed on the border issue.",
        fix_safety="varies",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        # A plain function, not a generator, so the nine articles in ten without a double
        # cost one pre-check and nothing more.
        text = doc.text
        spaced = words_only(text) if text.isascii() else None
        found: Iterable[Diagnostic] = self._doubles(doc) if may_have_double(text, spaced) else ()
        pair = may_have_pair(text, spaced)
        if pair:
            found = [*found, *self._pairs(doc)]
        # "we're we're": a contraction printed twice, its halves a pair of the pre-check's words.
        if (pair if spaced is not None else "’" in text or "'" in text) and _CONTRACTION_TWICE.search(text):
            found = [*found, *self._contractions(doc)]
        if _BRACKETED_TWICE.search(text) is not None:
            found = [*found, *self._brackets(doc)]
        if ("“" in text or '"' in text) and _QUOTE_OPENS_SMALL.search(text) and _QUOTED_TWICE.search(text):
            found = [*found, *self._quoted(doc)]
        return found

    def _contractions(self, doc: Document) -> Iterator[Diagnostic]:
        """A contraction printed twice ("so we're we're getting prepared"): as a word doubled, the
        fix unsafe inside a quotation, where the speaker may have said it so."""
        for block in doc.prose:
            quotes = QuoteMap(block.text)
            for match in _CONTRACTION_TWICE.finditer(block.text):
                start, end = block.start + match.start(2), block.start + match.end(2)
                edit = Edit(block.start + match.end(1), end, "")
                title = f"Delete the second {match[2]!r}"
                fix = Fix.unsafe(f"{title} (inside a quotation)", edit) if quotes.inside(match.start(2)) else (
                    Fix.safe(title, edit)
                )
                yield self.diagnostic(start, end, f'doubled word "{match[2]}"', fix)

    def _quoted(self, doc: Document) -> Iterator[Diagnostic]:
        """A small word printed before a quotation that opens with it ("exposed the “the deepest
        fault line”"): the quotation keeps its own word; the one outside goes, an editor decides."""
        for block in doc.prose:
            for match in _QUOTED_TWICE.finditer(block.text):
                start, end = block.start + match.start(1), block.start + match.end(3)
                edit = Edit(start, block.start + match.start(2), "")
                fix = Fix.display_only(f"Delete the {match[1]!r} before the quotation", edit)
                yield self.diagnostic(start, end, f'doubled word "{match[1]}" across a quotation mark', fix)

    def _brackets(self, doc: Document) -> Iterator[Diagnostic]:
        """A bracketed credit or label printed twice in a row ("(Yonhap)(Yonhap)", "(AP) (AP)"):
        the page pasted it twice; a bracket holds no speech, so the fix is safe."""
        for block in doc.prose:
            for match in _BRACKETED_TWICE.finditer(block.text):
                start, end = block.start + match.start(3), block.start + match.end(3)
                fix = Fix.safe(f"Delete the second {match[3]!r}", Edit(block.start + match.end(1), end, ""))
                yield self.diagnostic(start, end, f'doubled "{match[3]}"', fix)

    def _pairs(self, doc: Document) -> Iterator[Diagnostic]:
        """Two or three lower-case words printed twice ("of the of the"); idioms that repeat a pair
        ("back to back to back", "time and time again") and a word said twice ("no no no no")
        are left alone."""
        joiners, verbs = _pair_lists()
        for block in doc.prose:
            text = block.text
            for match in _PAIR.finditer(text):
                first, second = match[1], match[2]
                named = _is_title(first) and _is_title(second)  # "West Point West Point"
                # A title's opening printed twice before the rest of it ("Minister for Minister for
                # Lands"): no idiom joins a capitalised word so.
                titled = _is_title(first) and second in joiners and _CAPITAL_AFTER.match(text, match.end()) is not None
                if not (first.islower() and second.islower() or named or titled) or first == second:
                    continue
                if (second in joiners or first in joiners) and not titled:  # the backreferences match exactly
                    continue
                before = _PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
                if before is not None and (before[1] == second or before[1].casefold() in verbs):
                    continue  # a chain ("back to back to back"), or "makes a gadget a gadget"
                if first == "as" and second == "well" and _PARTICIPLE_AFTER.match(text, match.end()) is not None:
                    continue  # "as well as well known figures": "well-known" that lost its hyphen
                start, end = block.start + match.start(3), block.start + match.end(4)
                edit = Edit(block.start + match.end(2), end, "")
                quoted = QuoteMap(text).inside(match.start(3))
                title = f"Delete the second {first + ' ' + second!r}"
                if named or titled:
                    # A name printed twice: a slip of editing, or a title that says it twice
                    # ("New York, New York" loses its comma): the editor decides.
                    fix = Fix.unsafe(f"{title} (unless the name is a title that says it twice)", edit)
                elif first == "as" and not quoted:
                    # "as well as well known figures": a comparison's closing "as" before a
                    # compound that lost its hyphen reads as a doubled pair; the editor decides.
                    fix = Fix.unsafe(f"{title} (unless an 'as ... as' comparison goes on)", edit)
                else:
                    fix = (Fix.unsafe if quoted else Fix.safe)(title, edit)
                yield self.diagnostic(start, end, f'doubled words "{first} {second}"', fix)
            for match in _TRIPLE.finditer(text):
                words = match[1], match[2], match[3]
                # A title and a name printed twice ("President Andrzej Duda President Andrzej Duda").
                named = all(map(_is_title, words))
                if not (all(map(str.islower, words)) or named) or len(set(words)) == 1 or words[0] in joiners:
                    continue
                before = _PREVIOUS_WORD.search(text, max(0, match.start() - 40), match.start())
                if before is not None and before[1].casefold() in verbs:
                    continue  # "makes a big deal a big deal"
                phrase = " ".join(words)
                start, end = block.start + match.start(4), block.start + match.end(6)
                # The second copy is shown, never deleted unattended: three words twice may be a
                # phrase said twice for effect.
                fix = Fix.unsafe(f"Delete the second {phrase!r}", Edit(block.start + match.end(3), end, ""))
                yield self.diagnostic(start, end, f'doubled words "{phrase}"', fix)

    def _doubles(self, doc: Document) -> Iterator[Diagnostic]:
        allowed, function_words = _lists()
        # Asked once a word: a text may double a word thousands of times.
        own: dict[str, bool] = {}
        alone: dict[str, bool] = {}
        for block in doc.prose:
            text = block.text
            pos = 0
            quotes: QuoteMap | None = None
            while match := _DOUBLE.search(text, pos):
                pos = match.start(3)  # "the the the": the second copy may start another pair
                first, second = match[1], match[3]
                if not _WORD.fullmatch(first) or text[match.start(1) - 1 : match.start(1)] in ("'", "’", "-"):
                    continue
                if text[match.end(3) : match.end(3) + 1] in ("'", "’", "-"):
                    continue  # "the the-" / "it it's": part of a longer word
                if not text.isascii() and (_marked(text, match.start(1) - 1) or _marked(text, match.end(3))):
                    continue  # a letter of a word whose vowel signs split it ("পোশাক কারখানার")
                folded = first.casefold()
                pair = f"{folded} {folded}"
                that_slip = pair == "that that" and _that_slip(text, match.end(3))
                # "her Her five-year-old daughter": a pair English allows ("told her her father")
                # is a slip when the second copy alone is capitalised inside the sentence.
                recased = first.islower() and second.istitle() and not _sentence_start(text, match.start(3))
                if pair in allowed and not that_slip and not recased or _memo(
                    own, _own_double, doc.text, first, folded
                ):
                    continue
                if folded not in function_words and _after_free_relative(text, match.start(1)):
                    continue
                if pair == "for for" and _stranded_for(text, match.start(1), match.end(3)):
                    continue  # "fought for for 20 years"
                cleft = pair in _cleft_lists()[0]
                if cleft and _in_cleft(text, match.start(1)):
                    continue
                if _is_acronym(first) != _is_acronym(second):
                    continue  # "at AT headquarters", "us US": a word and an acronym spelt alike
                if len(first) == 1 and first.isupper() and (
                    _same_word_before(text, match.start(1), first) or _same_word_after(text, match.end(3), first)
                ):
                    continue  # "Font size: A A A", "B B B": a widget's or a table's letters, not a slip
                if len(first) == 1 and first == second and first.isupper() and first not in _WORD_LETTERS:
                    continue  # "H H Sheikh Tamim" (His Highness), "J J Abrams": initials, not a word
                surname = typed_twice = False
                title_twice = first == second and _is_title(first) and folded in _person_cues()
                if not title_twice and _is_title(second) and folded not in function_words and not (
                    first == second and _lower_case_follows(text, match.end(3))
                    and not _same_word_before(text, match.start(1), first)
                    and _frequent_word(folded)
                ) and not (surname := first == second and _name_doubled(text, match.start(1), match.end(3))) and not (
                    typed_twice := first == second and (
                        _no_name_doubles(text, match.start(1), match.end(3), folded)
                        or not _same_word_before(text, match.start(1), first)
                        and not _same_word_after(text, match.end(3), first)  # "Gimme Gimme Gimme"
                        and _printed_single(doc.text, first, text[match.end(3) : match.end(3) + 40])
                    )
                ):
                    # "Walla Walla", "Sirhan Sirhan": a name; "Please Please Me", "Girls Girls
                    # Girls": a title. Only a frequent word whose phrase goes on in lower case
                    # ("the British British envoy") or a full name's last word is a slip.
                    continue
                start = block.start + match.start(3)
                end = block.start + match.end(3)
                edit = Edit(block.start + match.end(1), end, "")
                if quotes is None:
                    quotes = QuoteMap(text)
                if cleft:
                    fix = Fix.unsafe(f"Delete the second {second!r} (unless a clause is its subject)", edit)
                elif title_twice:
                    # "Dr Dr Salih": a title typed twice; a double doctorate is written so too.
                    fix = Fix.unsafe(f"Delete the second {second!r} (unless the person holds it twice)", edit)
                elif surname or typed_twice:
                    # Some names do repeat a word ("García García"), a coined one may repeat an
                    # everyday word: the editor decides.
                    fix = Fix.unsafe(f"Delete the second {second!r} (unless the name repeats it)", edit)
                elif that_slip:
                    fix = Fix.unsafe(f"Delete the second {second!r} (it points at nothing here)", edit)
                elif recased and pair in allowed:
                    fix = Fix.unsafe(f"Delete the second {second!r} (unless a name opens with it)", edit)
                elif quotes.inside(match.start(3)):
                    # A speaker may well have said "it it" or "happens happens": the quote is
                    # theirs, so the editor decides.
                    fix = Fix.unsafe(f"Delete the second {second!r} (inside a quotation)", edit)
                elif "\n" in match[2] and second[:1].isupper():
                    # "The News\nNews on Cuba": two lines of a page, each a title, not a wrapped sentence.
                    fix = Fix.unsafe(f"Delete the second {second!r} (unless two titles meet at the line break)", edit)
                elif first[:1].isupper() and second[:1].islower() and not _sentence_start(text, match.start(1)):
                    # "Deputy Prime Minister minister of Justice": two posts run together, a word
                    # lost between them; deleting one changes the meaning.
                    fix = Fix.unsafe(f"Delete the second {second!r} (unless two names or posts meet here)", edit)
                elif first == second and _is_title(first) and _between_capitals(text, match.start(1), match.end(3)):
                    # "Daw Than Than Nwe": a name's run around a function word's double, and a
                    # Burmese or Thai name repeats a syllable that English uses so.
                    fix = Fix.unsafe(f"Delete the second {second!r} (unless the name repeats it)", edit)
                elif first.islower() and _loan_word(folded) and not _memo(alone, _printed_alone, doc.text, first):
                    # No English word: maybe a loan word its language doubles ("boda boda").
                    fix = Fix.unsafe(f"Delete the second {second!r} (unless a word its language doubles)", edit)
                else:
                    fix = Fix.safe(f"Delete the second {second!r}", edit)
                yield self.diagnostic(start, end, f'doubled word "{second}"', fix)
