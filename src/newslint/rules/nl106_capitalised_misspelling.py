"""NL106 capitalised-misspelling: a capitalised word in no list, typed one slip from a frequent
English word ("Adminstration", "Commmittee").

Long on purpose: the declaration lists the slip shapes that count in a capitalised word, and each
shape's guard is a small function of the token and its neighbours that the rule's one pass reads."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_cached
from ..spelling.context import pairs
from ..spelling.guess import (
    BUCKET_LETTERS,
    CANDIDATE_MIN_ZIPF,
    Guess,
    buckets,
    everyday_slip,
    everyday_words_near,
    far_slip,
    likely_slip,
    person_swap,
    proper_slip,
)
from ..spelling.index import within_one_edit
from ..spelling.letters import odd_letter_slip, unseen_letters
from ..spelling.lookup import DOUBTFUL, GIVEN, KNOWN, MISSPELT, PERSON, PROPER, compiled
from ..spelling.lookup import WORD as WORD_FLAG
from ..spelling.nameslots import (
    after_given_name,
    before_unlisted_name,
    beside_foreign_particle,
    body_kinds,
    foreign_context,
    formal_titles,
    in_organisation,
    legal_forms,
    named_person,
    organisation_ends,
    person_slot,
    place_kinds,
    quote_speaker,
)
from ..spelling.scan import document_words
from ..spelling.slips import (
    MIN_DROP_LENGTH,
    dropped_from,
    long_slip,
    long_sources,
    slip_kind,
    slip_sources,
    vowel_changes,
)
from ..spelling.text import QuoteMap, followed_by_sic, is_shouted
from .support.spelling import (
    SpellingOptions,
    at_cut,
    english_only,
    guess_fix,
    rule_vocabulary,
)

MIN_LENGTH = 6  # shorter capitalised words one slip from a word are mostly names ("Nexa", "Lasar")
# ... but a five-letter one with a vowel changed from a very common word inside a run of
# capitalised words is a slip in an organisation's or an event's name ("Labour Uneon").
SHORT_VOWEL_LENGTH = 5
SHORT_WORD_MIN_ZIPF = 50
# A word in an all-capitals headline this long is no ticker ("ACQUISITON", not "OSIC").
MIN_SHOUTED_LENGTH = 7
# A capitalised word printed more often than this is the name the writer means ("Bening").
MAX_OCCURRENCES = 2
# A changed vowel is a name's difference as often as a slip ("Allegis", "Griffen"): it counts
# only from a word of everyday prose ("General", "Republic"; zipf 4.5).
VOWEL_MIN_ZIPF = 45
# Four or five letters: two neighbours swapped after the first letter ("Bakn", "Poewr"), from a
# very common word; a name that short sits a changed letter from words, not a swapped pair.
SHORT_SWAP_LENGTHS = (4, 5)
SHORT_SWAP_MIN_ZIPF = 45
# A word that closes organisations' names this long at least ("corp", not "co"), one slip away
# whatever the slip, where it closes a run of capitalised words ("Unocal Cojrp said").
MIN_CLOSING_LENGTH = 4
SHORT_VOWEL_MIN_ZIPF = 50  # six letters: only from a very common word ("Frunch", "Islund")
# Eight letters or more: a name that long one vowel from a word of the news ("Securoties",
# "Agricelture") is rare, while such words fill organisations' names.
LONG_VOWEL_LENGTH = 8
LONG_VOWEL_MIN_ZIPF = 40
# A word this long one slip from an English word is no surname, even after a given name ("Noi Bai
# Intnerational Airport": "Bai" is a given name too).
NO_SURNAME_LENGTH = 11
# A letter lost at a word's end is how names differ too ("Marti", "Martin"): such a slip
# counts only when the next word of the name calls for the word meant, the books printing the two together
# this often at least (symspellpy's bigram list: "Distric Court", "district court").
MIN_END_SLIP_PAIR = 1_000_000
_NEXT = compile_cached(r"[ \t]+([^\W\d_]+)")
# A letter typed two places away in a shorter word is as often a name's own spelling.
MIN_MOVE_LENGTH = 7
# A changed or added letter in a word shorter than this, after a given name or joined by a
# hyphen to a name, is a surname's own spelling ("Paul Spedding", "Gramm-Rudman-Hollings").
SURNAME_SLIP_LENGTH = 9
# A changed or added letter in a word this long may come from a less common word too
# ("Greenwhich", "Laborarories"); shorter, a word that rare is as often a name's model ("Canterra").
LONGER_SLIP_LENGTH = 10
LONG_SLIP_MIN_ZIPF = 35
# A token printed this often (Zipf x10) that is a word and one letter more is a name coined so.
OWN_USE_ZIPF = 20
# Letters, at least, of a token a letter more or less than an everyday word that counts in any
# name's run, not only a public body's ("Additional Cshief Metropolitan Magistrate").
BODY_AS_EVERYDAY_LENGTH = 6
# Twelve letters or more: hardly a name sits one letter from so long a word, and such words are
# rarer ("Munfreesboro": "Murfreesboro", Zipf 3.0); the slip before the last four letters, where
# another language's word differs ("Confederacion").
LONGEST_SLIP_LENGTH = 12
LONGEST_SLIP_MIN_ZIPF = 25
SAME_ENDING = 4


_LETTERS = compile_cached(r"[\p{L}\p{M}]+")
# A word as NL101 and the word scan see one: not part of an address, a ticker or a compound,
# unless the compound joins capitalised words ("Belarusian-Lituanian", "Franco-Germen").
_WORD = compile_cached(
    r"(?:(?<![\p{L}\p{M}\d_@/&<'’-])|(?<=\p{Lu}\p{Ll}{3,}-)(?=\p{Lu}\p{Ll}))[\p{L}\p{M}]+"
    r"(?:(?![\p{L}\p{M}\d_@/&>-])|(?=-\p{Lu}\p{Ll}{3,}(?![\p{L}\p{M}\d_@/&>-])))"
)


def _drop_of_frequent(token: str) -> bool:
    """A frequent word of a letter more, one left out inside it: searched among the frequent
    words of that length sharing the token's first or last letters (the guesses' buckets)."""
    size = len(token) + 1
    if size < MIN_DROP_LENGTH:
        return False
    table = buckets()
    for key in (f"<{size}{token[:BUCKET_LETTERS]}", f">{size}{token[-BUCKET_LETTERS:]}"):
        found = table.get(key)
        if found and any(dropped_from(token, word) for word in found.split("\n")):
            return True
    return False


# A word this long at least may be a title's slip; shorter ones are names ("Mayor", "Duke").
MIN_TITLE = 6


@cache
def _long_titles() -> dict[tuple[str, int], tuple[str, ...]]:
    """The formal titles a person's name follows ("President", "Chairwoman"), by first letter
    and length."""
    by_shape: dict[tuple[str, int], list[str]] = {}
    for title in formal_titles():
        by_shape.setdefault((title[0], len(title)), []).append(title)
    return {key: tuple(sorted(titles)) for key, titles in by_shape.items()}


def _title_slip(token: str) -> str | None:
    """The title a word no list knows is one slip from ("presideny", "chairweman"), keeping its
    first letter; a title with an ending added is another language's ("Presidente")."""
    if len(token) < MIN_TITLE:
        return None
    titles = _long_titles()
    for size in (len(token) - 1, len(token), len(token) + 1):
        for title in titles.get((token[0], size), ()):
            if within_one_edit(token, title) and not token.startswith(title):
                return title
    return None


# Where a title stands: before a capitalised name, or after a title's first word ("Prime").
_TITLE_AFTER = compile_cached(r"[ \t]+\p{Lu}")
_TITLE_BEFORE = compile_cached(r"\b(?:Prime|Vice|Deputy|Foreign|Acting|Former)[ \t]+$")


def _in_title_slot(text: str, start: int, end: int) -> bool:
    return (
        _TITLE_AFTER.match(text, end) is not None
        or _TITLE_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def _may_be_slip(token: str) -> bool:
    """A lower-case word a slip of typing could have made the token from exists."""
    data = compiled()
    sources = slip_sources(token.encode(), drops=False) | long_sources(token.encode())
    near = data.reference_sets()[1].intersection(sources)
    return any(data.code(word.decode()) >> 8 >= CANDIDATE_MIN_ZIPF for word in near) or _drop_of_frequent(token)


@lru_cache(maxsize=8192)
def _typing_slip(token: str) -> Guess | None:
    """The guess for a lower-cased token when its best word is a typing slip away, once per
    process (the same company names recur story after story)."""
    data = compiled()
    guess = None
    # Once a process holds the word sets, one set operation rules out most tokens: no word a
    # slip of typing could have made them from exists. The words written only with a capital
    # are looked for apart, whatever the process holds, so that a guess never depends on it.
    if not (data.reference_sets_loaded and token.isascii()) or _may_be_slip(token):
        guess = likely_slip(token)
    if guess is None:
        guess = proper_slip(token)
    if guess is None and (word := _stutter_word(token)) is not None:
        return Guess((word,), True, False)
    if guess is None:
        # Two slips in a long word that still ends as English words do ("Empowernnment",
        # "Braodacasting"), where a name seldom does ("Comissaria"): never unattended, never a
        # listed name. The ending is asked first: the search loads the frequent words' buckets.
        if not token.endswith(_ENGLISH_ENDINGS) or _could_be_name(token):
            return None
        return far_slip(token)
    kind = slip_kind(token, guess.candidates[0])
    if kind == "move" and len(token) < MIN_MOVE_LENGTH:
        return None
    if kind == "vowel":
        size = len(token)
        least = (
            LONG_VOWEL_MIN_ZIPF if size >= LONG_VOWEL_LENGTH
            else VOWEL_MIN_ZIPF if size >= 7 else SHORT_VOWEL_MIN_ZIPF
        )
        if data.code(guess.candidates[0]) >> 8 < least or _could_be_name(token):
            return None  # a name list's own spelling ("Authur" for Arthur) is NL101's to judge
    if kind is None:
        word = guess.candidates[0]
        size = len(token)
        least = (
            LONGEST_SLIP_MIN_ZIPF if size >= LONGEST_SLIP_LENGTH
            else LONG_SLIP_MIN_ZIPF if size >= LONGER_SLIP_LENGTH else LONG_VOWEL_MIN_ZIPF
        )
        if not long_slip(token, word) or data.code(word) >> 8 < least or _could_be_name(token):
            return None
        if _rare_long(token, word) and token[-SAME_ENDING:] != word[-SAME_ENDING:]:
            return None
    return guess


STUTTER_MIN_LENGTH = 8  # letters of a token with two or three letters struck twice over
STUTTER_MIN_ZIPF = 35  # x10: the word it leaves is one of everyday prose


def _stutter_word(token: str) -> str | None:
    """The frequent word a token is with two or three of its letters struck twice over
    ("Instititute", "Finanancial"): a stutter of the hands, where a syllable that repeats neither
    neighbour makes names ("Dementieva")."""
    if len(token) < STUTTER_MIN_LENGTH:
        return None
    code = compiled().code
    found = {
        token[:i] + token[i + n :]
        for n in (2, 3) for i in range(1, len(token) - 2 * n + 1) if token[i : i + n] == token[i + n : i + 2 * n]
    }
    words = [
        word for word in found
        if (entry := code(word)) & WORD_FLAG and not entry & PROPER and entry >> 8 >= STUTTER_MIN_ZIPF
    ]
    return words[0] if len(words) == 1 else None


def _rare_long(token: str, word: str) -> bool:
    """The token is taken for a word rarer than a shorter token's word may be (`LONGEST_SLIP_*`)."""
    return len(token) >= LONGEST_SLIP_LENGTH and compiled().code(word) >> 8 < LONG_SLIP_MIN_ZIPF


@lru_cache(maxsize=4096)
def _end_slip(token: str) -> Guess | None:
    """One clear word the token's lost last letter away ("distric": "district"), no name list's
    ("Nasional", "Periok": a changed letter is how names and other languages' words differ)."""
    guess = likely_slip(token)
    if guess is None or not guess.clear or guess.candidates[0][:-1] != token:
        return None
    return None if _could_be_name(token) else Guess(guess.candidates[:1], True, False)


def _next_calls_for(text: str, end: int, token: str, word: str) -> bool:
    """The next word, capitalised too (the same name's: "Distric Court", not "Industrie and"), is
    one the books print after `word` often and never after the token."""
    found = _NEXT.match(text, end)
    if found is None or not found[1][:1].isupper():
        return False
    table = pairs()
    if table is None:
        return False
    following = found[1].lower()
    return table.count(word, following) >= MIN_END_SLIP_PAIR and not table.count(token, following)


@lru_cache(maxsize=4096)
def _organisation_slip(token: str) -> Guess | None:
    """A changed vowel in a word of an organisation's name ("Summit Enurgy Inc", "Statistics
    Boreau"): counted from a word English prints in lower case and uses often, whatever the
    token's length, since such names are made of everyday words; never from a listed name."""
    if _could_be_name(token):
        return None
    # One look at the few words a changed vowel makes of it first: most tokens are names that
    # no vowel turns into a frequent word, and a full guess costs far more.
    code = compiled().code
    if not any((found := code(word)) >> 8 >= LONG_VOWEL_MIN_ZIPF and not found & PROPER
               for word in vowel_changes(token, last=True)):
        return None
    guess = likely_slip(token)
    if guess is None or len(guess.candidates) > 1:
        return None
    word = guess.candidates[0]
    entry = code(word)
    # A changed last vowel too, in the word naming the kind of body ("Stock Exchanga"); in
    # other words, how names are coined ("Graco Inc", "Secura") and languages differ.
    last_vowel = (len(token) == len(word) and token[:-1] == word[:-1] and {token[-1], word[-1]} <= _VOWELS
                  and word in organisation_ends())
    if not (last_vowel or slip_kind(token, word) == "vowel") or entry & PROPER or entry >> 8 < LONG_VOWEL_MIN_ZIPF:
        return None
    return guess


_VOWELS = frozenset("aeiou")
_ENGLISH_ENDINGS = (
    "ing", "ings", "ion", "ions", "ment", "ments", "ies", "ces", "ship", "ships", "ness", "ity",
    "ance", "ence", "ical", "ture", "tures", "ional", "ionals", "ology", "ative", "atives",
)


def _in_organisation(text: str, start: int, end: int, word: str) -> bool:
    """The token is a word of an organisation's name: its run ends in a company's legal form
    or kind within three words, or the word meant is that kind and closes a run of
    capitalised words ("Statistics Boreau")."""
    return in_organisation(text, end) or (
        word in organisation_ends() and _in_name_run(text, start, end))


@lru_cache(maxsize=4096)
def _short_vowel_slip(token: str) -> str | None:
    """The one very common word ("world", "union", "court") a five-letter token is with one
    inner vowel changed ("Wurld", "Unaon"); None when there is none, or more than one."""
    if _could_be_name(token):
        return None
    code = compiled().code
    found = {
        word for word in vowel_changes(token)
        if (entry := code(word)) >> 8 >= SHORT_WORD_MIN_ZIPF and not entry & PROPER
    }
    return found.pop() if len(found) == 1 else None


# A word's first two letters swapped ("Rgoup", "Ocrp", "Ifnance"): from a very common word only,
# since a name's first letters are its own.
FIRST_SWAP_LENGTH = 4
FIRST_SWAP_MIN_ZIPF = 45
FIRST_LOST_LENGTH = 6  # letters of the token whose first letter was lost, at least ("Ecretary")


@lru_cache(maxsize=4096)
def _first_swap(token: str) -> str | None:
    """The very common word a token is with its first two letters swapped ("Rgoup": "group"),
    or its first letter lost ("Ecretary")."""
    if _could_be_name(token):
        return None
    code = compiled().code
    found: set[str] = set()
    if token[0] != token[1]:
        found.add(token[1] + token[0] + token[2:])
    if len(token) >= FIRST_LOST_LENGTH:
        found.update(letter + token for letter in "abcdefghijklmnopqrstuvwxyz")
    found = {w for w in found if (entry := code(w)) >> 8 >= FIRST_SWAP_MIN_ZIPF and not entry & PROPER}
    if len(found) != 1:
        return None
    word = found.pop()
    guess = likely_slip(token)  # a nearer word of another shape ("Athough": "although", not "though")
    return word if guess is None or guess.candidates[0] == word else None


@lru_cache(maxsize=4096)
def _short_swap(token: str) -> str | None:
    """The one very common word ("bank", "power") a short token is with two neighbours swapped
    after its first letter ("Bakn", "Poewr"); None when there is none, or more than one."""
    if not token.isascii() or _could_be_name(token):
        return None
    code = compiled().code
    found = {
        word for i in range(1, len(token) - 1)
        if token[i] != token[i + 1]
        and (entry := code(word := token[:i] + token[i + 1] + token[i] + token[i + 2 :])) >> 8 >= SHORT_SWAP_MIN_ZIPF
        and not entry & PROPER
    }
    return found.pop() if len(found) == 1 else None


# A capitalised word before or after a token, in the same sentence: a name's run.
# Not a sentence's first word, though a dotted abbreviation may stand before it ("U.S. District").
_CAPITAL_BEFORE = compile_cached(
    r"(?:(?<![.!?:;\"“]\s)|(?<=(?<![\p{L}.])\p{Lu}\.\p{Lu}\.\s))(\p{Lu}[\p{L}]*)[.&'’-]*[ ](?:of[ ]|and[ ])?$"
)
_CAPITAL_AFTER = compile_cached(r"[ ](?:of[ ]|and[ ])?(\p{Lu}[\p{Ll}]+)")


def _in_name_run(text: str, start: int, end: int, kind_word: bool = False) -> bool:
    """The token stands in a run of capitalised words of English ("Labour Uneon", "Wirld
    War", "Coirt of Arbitration"), not alone, first in a sentence, or among words no list
    knows ("Hoogovens Groep": another language's name). A slip of a place's or body's kind
    stands beside the name it is the kind of ("Hongkou Destrict People's Court")."""
    head = text[max(0, start - 30) : start].rstrip()
    if not head or head[-1] in ".!?:;\"“":
        return False
    code = compiled().code
    codes = [code(word.casefold()) for word in _capital_neighbours(text, start, end)]
    if kind_word:
        return any(c & KNOWN for c in codes)
    # A neighbour that lists know only as a name ("Brong Ahafo"): a place's or person's name.
    return any(c & KNOWN for c in codes) and not any(c & KNOWN and not c & WORD_FLAG for c in codes)


def _capital_before(text: str, start: int) -> regex.Match[str] | None:
    """The capitalised word just before the token, in its sentence ("of" or "and" between allowed)."""
    return _CAPITAL_BEFORE.search(text[max(0, start - 30) : start])


def _capital_neighbours(text: str, start: int, end: int) -> list[str]:
    """The capitalised words just before and after the token, in its sentence ("of" or "and"
    between allowed)."""
    found = (_capital_before(text, start), _CAPITAL_AFTER.match(text, end))
    return [match.group(1) for match in found if match is not None]


# A capitalised neighbour the books print beside the word meant this often calls for it.
MIN_NEIGHBOUR_PAIR = MIN_END_SLIP_PAIR
FUNCTION_WORD_ZIPF = 60  # x10: "the", "a", "new"; a neighbour this common calls for nothing


def _pair_calls_for(text: str, start: int, end: int, token: str, word: str, content: bool = False) -> bool:
    """The capitalised word just before or after the token is one the books print beside the
    word meant often and never beside the token ("Gross Domestic Pxoduct", "Jersery City"):
    the name's own words call for the word, where a coined name's neighbours do not ("Witco
    Corp", "Centel Corp"). With `content`, a neighbour of the commonest words ("The", "A": a
    sentence's opening) calls for nothing."""
    table = pairs()
    if table is None:
        return False
    before = _capital_before(text, start)
    if before is not None and not before.group().rstrip().endswith(("of", "and")):
        prev = before.group(1).lower()
        if (
            table.count(prev, word) >= MIN_NEIGHBOUR_PAIR and not table.count(prev, token)
            and not (content and compiled().code(prev) >> 8 >= FUNCTION_WORD_ZIPF)
        ):
            return True
    after = _NEXT.match(text, end)
    if after is not None and after.group(1)[:1].isupper():
        following = after.group(1).lower()
        if (
            table.count(word, following) >= MIN_NEIGHBOUR_PAIR and not table.count(token, following)
            and not (content and compiled().code(following) >> 8 >= FUNCTION_WORD_ZIPF)
        ):
            return True
    return False


def _among_unknown(text: str, start: int, end: int) -> bool:
    """A capitalised word next to the token that no list knows: a name of another language
    ("Corporacion Estatal Petrolera"), whose words sit a letter from English ones."""
    code = compiled().code
    return any(not code(word.casefold()) & KNOWN for word in _capital_neighbours(text, start, end))


def _could_be_name(word: str) -> bool:
    """Some names list gives `word` as a person's given name or surname."""
    return bool(compiled().code(word) & (PERSON | DOUBTFUL))


class CapitalisedMisspelling(Rule):
    spec = RuleSpec(
        code="NL106",
        name="capitalised-misspelling",
        category="typo",
        summary="A capitalised word in no word or name list, typed one slip from a frequent "
        "English word, such as \"Adminstration\" or \"Commmittee\".",
        rationale=(
            "Words of organisation names and sentence openers are capitalised, so a slip in "
            "them (\"Food and Drug Adminstration\", \"Securities and Exchange Commmission\") "
            "looks like a name to a spell checker and passes. Real names sit one letter from "
            "English words too (\"Berson\", \"Lorimar\", \"Centel\"), but by a changed letter "
            "or at an end; this rule counts only the shapes typing makes (and, anywhere, a token with a trio of "
            "letters that at most ten words or names of the lists hold, one keyboard slip, a key beside "
            "the one meant changed only where no list holds the trio, from the only frequent word with "
            "none: 'Dtuch', 'Incx'; any letter added or changed where no keyboard slip gives a word: "
            "'Boaprd'; where no list holds the trio at all, in a person's slot too: 'Maria Brofwn'): "
            "two letters swapped "
            "inside the word, a letter dropped from a long word, a doubled letter lost or made, "
            "a letter struck twice, two or three letters struck twice over in a word of eight letters or "
            "more that leaves one everyday word (\"Instititute\", \"Finanancial\"; a syllable that repeats "
            "neither neighbour makes names), a letter typed two places early or late inside a word of "
            "seven letters or more (\"Wendesday\"), and one vowel written for another inside a word of six "
            "letters or more when the word is one of everyday prose (\"Genoral Electric\", "
            "\"Sacurities\"), except before \"said\" or in a name a names list holds; the one word between a "
            "quotation and a verb of speech is the speaker's name (\"...,\u201d Weekes said\"). In an "
            "all-capitals headline a word of seven letters or more counts too "
            "(\"ACQUISITON\"), unless the story prints it in small letters as well. In a "
            "word of eight letters or more, one changed or added letter or its last two swapped "
            "count as well (\"Depqartment\", \"Parliametn\", \"Induptry\"), from a word of everyday "
            "prose (from a less common one too in a word of ten letters or more: \"Laborarories\"), "
            "as a suggestion only; never beside a word no list knows (a name in another language) "
            "unless the name closes in an English legal form (\"Webcor Elbctronics Inc\": the unknown "
            "word is the firm's coinage; not Malaysia's \"Bhd\"), "
            "never a \"y\" for an \"i\" (\"Analysys\": a brand's coinage), and under nine letters "
            "not after a given name or joined by a hyphen to a name (\"Paul Spedding\", "
            "\"Gramm-Rudman-Hollings\": surnames). A four- or five-letter word with two neighbours "
            "swapped after its first letter, from a very common word, counts too (\"the Bakn of "
            "Italy\"), but not joined by a hyphen to a name or opening a company's name (\"Im "
            "Kwon-Taek\", \"Atcor Inc\"; a body's name is none: \"the city Paryt Committee\"). "
            "So does a word with its first two letters swapped or its first letter lost, from a very "
            "common word and from no other as near (\"the Ifnance Ministry\", \"Agriculture Ecretary\"). "
            "Any one slip, its first letter kept, of an English word that closes "
            "organisations' or places' names (\"Corp\", \"Group\", \"Province\": "
            "`rules/data/organisation_ends.txt`, `body_kinds.txt`, `place_kinds.txt`) counts "
            "where the token closes a run of capitalised words (\"Unocal Cojrp said\"; a legal form after it "
            "closes the name all the same: \"USAir Grounp Inc\"), not where another word follows "
            "(\"Groupe Bull\"), unless it is an everyday word's slip inside the name, beside a word lists "
            "know (\"Hongkou Destrict People's Court\"): a rival one slip away that changes the first "
            "letter, typing's rarest slip, competes with no such word (\"restrict\"). Any one slip, its "
            "first letter kept, of a common English word counts in "
            "a run that a body's kind closes within three words (\"Manhattan Feceral Court\", \"the House "
            "of Comnons Finance Committee\"): a public body's name is made of everyday words, where a "
            "company's may be coined; and so does one whose capitalised neighbour the books print "
            "beside the word meant a million times or more and never beside the token (\"Gross "
            "Domestic Pxoduct\", \"New Jersery\"), while a coined name's neighbours call for no word "
            "(\"Witco Corp\"). Any slip at all of an everyday word no list knows, its first letter too, "
            "counts where such a neighbour (no word as common as \"The\": a sentence's opening) calls "
            "for it and for no other everyday word as near (\"Prime Zinister\", \"Supreme Court Lhief "
            "Justice\"). Elsewhere, such a word of six letters or more with a letter more or less, "
            "one slip from one everyday word alone, counts inside any run of capitalised words lists "
            "know, printed once, but not after a given name (\"Dhaka Additional Cshief Metropolitan "
            "Magistrate\"; \"Mark Brailey\" is a surname). A title's slip where a title stands is no "
            "surname, though a given "
            "name's spelling stands before it (\"Prime Minisoer Yasuhiro Nakasone\": \"Prime\"). "
            "A word in a person's slot (after a given name, title or role) is left alone when "
            "the word it is near is someone's name too, or when a given name opens it, the "
            "slip is not a changed vowel and the word is shorter than eleven letters (\"Lloyd Northard\", "
            "not \"Reagan Adminstration\"); a word no one is named "
            "(\"Deputy Hialth Minister\", \"the Commerce Depertment\") still counts, and so does one after a given "
            "name that \"the\" opens, a body's name (\"the House Enorgy and Commerce Committee\"), "
            "and one whose capitalised neighbour the books print beside the word meant a million times "
            "or more and never beside the token (\"Deputy Primme Minister\"). "
            "A person's name that the news prints often, with two inner letters swapped and in no "
            "list (\"Daivd\", \"Gonzaelz\"; its first two, where no list at all knows the print: "
            "\"Hcris\"; a names list's entry that real text never prints counts as in "
            "no list, since profiles' typing slips of famous names fill such lists: \"Ahamd\"), counts in a "
            "person's slot too, since names' own "
            "variants differ by a changed letter, not a swapped pair; unless the article prints the "
            "name, where NL301 compares the two with their counts. "
            "A line of another language or a desk's vocabulary is left alone. The word meant "
            "may also be one written only with a capital (\"Lituanian\", \"Britian\"), unless "
            "it is a person's name, which is NL101's to judge. A five-letter word with one "
            "vowel changed from a very common word counts inside a run of capitalised English "
            "words (\"Coirt of Arbitration\", \"Wirld War\"), not alone, nor beside a word lists know "
            "only as a name (\"Brong Ahafo\"). A word of six letters or more that lost its last letter "
            "counts, as a suggestion, when the next word, capitalised too, is one the books print after the word meant "
            "a million times or more and never after the token (\"Distric Court\"), or when the word meant "
            "closes bodies' or places' names and the token closes one (\"the London Metal Exchang\"; not a "
            "plural's lost \"s\", another language's word: \"Deutschen Industrie\"). "
            "A word no list knows one slip from a formal title (`rules/data/titles.txt`), where a "
            "title stands, before a capitalised name or after \"Prime\", \"Vice\" or \"Deputy\" "
            "(\"Presideny Xi\", \"Vice Chairweman\"), is the title's slip, but not the title "
            "with an ending added (\"Presidente\": another language's); a title's slip counts there "
            "beside a name of another language too (\"Trade Ministqer Woong-Bae Rha\"). "
            "Any other slip, when no list at all knows the token (names lists and word counts included) "
            "and it is one slip from one everyday English word and from no other fairly common one, counts "
            "inside a run of capitalised words that lists know, printed once (\"the New China Nnws "
            "Agency\"); not the word with an \"s\" added (\"Safeguard Scientifics\": a name coined so), a "
            "word of under nine letters with its first letter changed (\"Malaysia Apera Group\": names sit "
            "so beside words), alone, or opening a firm's name. "
            "A word printed twice with a letter changed (not two swapped) is a name's own spelling "
            "(\"Hangang\", \"Norcal\"). "
            "When the article prints the word meant, capitalised, the message says so. "
            "The fix is applied unattended only when one word fits and the article prints "
            "that word elsewhere, capitalised as a name's word; otherwise it is unsafe, or a "
            "suggestion when several fit."
        ),
        example="The Securities and Exchange Commmission approved it. The Commission said so.",
        example_fixed="The Securities and Exchange Commission approved it. The Commission said so.",
        fix_safety="varies",
    )
    Options = SpellingOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        slips: dict[str, Guess] = {}
        in_names: set[str] = set()  # five-letter slips that count only inside a name's run
        in_organisations: set[str] = set()  # slips that count only in an organisation's name
        swapped: set[str] = set()  # a frequent person's name with two letters swapped: in a person's slot too
        in_titles: set[str] = set()  # one slip from a title ("Presideny"): only where a title stands
        titled: set[str] = set()  # a typing slip of a title: a title where a title stands
        at_end: set[str] = set()  # a slip at the word's end: only where the next word calls for it
        short_swaps: set[str] = set()  # a short word's swapped pair: not where a name is coined
        closing: set[str] = set()  # one slip from an organisation's closing word: only closing a name
        body_words: set[str] = set()  # one slip from an everyday word: only in a public body's name
        unseen: set[str] = set()  # letters no word or name holds: no name's spelling, in a person's slot too
        # Any other slip of one everyday word that no list knows: only inside a name's run.
        everyday: set[str] = set()
        # Any slip of one everyday word, its first letter too: only where a capitalised
        # neighbour calls for the word ("Prime Zinister", "Supreme Court Lhief Justice").
        called: set[str] = set()
        for token in document_words(doc).unknown:
            if not token.isalpha():
                continue
            guess = _typing_slip(token) if len(token) >= MIN_LENGTH else None
            if guess is not None:
                slips[token] = guess
                if _title_slip(token) == guess.candidates[0]:
                    titled.add(token)  # "Ministrer": in a title's slot, never a surname's
                continue
            word = odd_letter_slip(token)
            if word is not None:
                # Letters hardly any word or name holds, one keyboard slip from a frequent word.
                slips[token] = Guess((word,), True, False)
                if unseen_letters(token):
                    unseen.add(token)
                continue
            guess = _end_slip(token) if len(token) >= MIN_LENGTH else None
            if guess is not None:
                slips[token] = guess
                at_end.add(token)
                continue
            guess = _organisation_slip(token) if len(token) >= SHORT_VOWEL_LENGTH else None
            if guess is not None:
                slips[token] = guess
                in_organisations.add(token)
                continue
            guess = person_swap(token)
            if guess is not None:
                slips[token] = guess
                swapped.add(token)
                continue
            title = _title_slip(token)
            if title is not None:
                slips[token] = Guess((title,), True, False)
                in_titles.add(token)
                continue
            word = (
                _short_swap(token) if SHORT_SWAP_LENGTHS[0] <= len(token) <= SHORT_SWAP_LENGTHS[1] else None
            ) or (_first_swap(token) if len(token) >= FIRST_SWAP_LENGTH else None)
            if word is not None:
                slips[token] = Guess((word,), True, False)
                short_swaps.add(token)
                continue
            word = _short_vowel_slip(token) if token.isascii() and len(token) == SHORT_VOWEL_LENGTH else None
            if word is not None:
                slips[token] = Guess((word,), True, True)
                in_names.add(token)
                continue
            word = _closing_word_slip(token) if len(token) >= MIN_CLOSING_LENGTH else None
            if word is not None:
                slips[token] = Guess((word,), True, False)
                closing.add(token)
                if everyday_slip(token) == word:
                    # Not closing the name, an everyday word's slip in a name's run all the
                    # same ("Hongkou Destrict People's Court").
                    everyday.add(token)
                continue
            word = _body_word_slip(token) if len(token) >= SHORT_VOWEL_LENGTH else None
            if word is not None:
                slips[token] = Guess((word,), True, False)
                body_words.add(token)
                if (
                    len(token) >= BODY_AS_EVERYDAY_LENGTH and abs(len(token) - len(word)) == 1
                    and everyday_slip(token) == word
                ):
                    # Outside a body's name, a letter more or less in an everyday word, in a
                    # name's run ("Dhaka Additional Cshief Metropolitan Magistrate"); a changed
                    # or swapped one is how names differ ("Calyon", "Hitachi Zosen").
                    everyday.add(token)
                continue
            word = everyday_slip(token)
            if word is not None:
                slips[token] = Guess((word,), True, False)
                everyday.add(token)
                continue
            near = tuple(word for word in everyday_words_near(token) if token != word + "s")
            if near:
                slips[token] = Guess(near, True, False)
                called.add(token)
        if not slips:
            return
        vocab = rule_vocabulary(self)
        text = doc.text
        # How often the article prints each word (any case): one pass over runs of letters.
        as_printed = Counter(_LETTERS.findall(text))
        printed: Counter[str] = Counter()
        for word, count in as_printed.items():
            printed[word.lower()] += count
        for block in doc.prose:
            for match in _WORD.finditer(block.text):
                token = match.group().lower()
                if token not in slips or token in vocab or printed[token] > MAX_OCCURRENCES:
                    continue
                found = match.group()
                if not (found[0].isupper() and found[1:].islower()) and not (
                    found.isupper() and len(found) >= MIN_SHOUTED_LENGTH and is_shouted(block.text)
                ):
                    continue  # a ticker, a short word in capitals, or mixed case ("AccuRay")
                if found.isupper() and printed[token] > as_printed[found]:
                    continue  # the story prints it in small letters too: a name ("ACCURAY", "AccuRay")
                start, end = block.start + match.start(), block.start + match.end()
                if followed_by_sic(block.text, match.end()) or at_cut(text, end):
                    continue
                candidates, clear, safe = slips[token]
                if token[:-1] == candidates[0] and token not in closing and compiled().code(token) >> 8 >= OWN_USE_ZIPF:
                    # A letter after a whole word, the token in use of its own: a coined name
                    # ("Sensex"), unless it closes a company's name ("Rite Aid Corpo <RAD>").
                    continue
                if token not in swapped and compiled().code(token) & (GIVEN | MISSPELT) == GIVEN and compiled().code(
                    candidates[0]
                ) & (PROPER | PERSON):
                    continue  # a given name beside another ("Antonino", "Antonio"): a name's own spelling
                if token in in_titles:
                    if _in_title_slot(block.text, match.start(), match.end()) and not foreign_context(text, start, end):
                        fix, options, evidence = guess_fix(
                            found, start, end, candidates, clear, safe, False, QuoteMap(block.text), block.start
                        )
                        message = f'"{found}" is probably a misspelling of the title "{options[0]}"'
                        yield self.diagnostic(start, end, message, fix)
                    continue
                if token in at_end:
                    # The next word calls for the word meant, or the token closes a name as the
                    # word meant closes bodies' and places' names ("the London Metal Exchang"); a
                    # plural's lost "s" is another language's word ("Deutschen Industrie").
                    calls = _next_calls_for(block.text, match.end(), token, candidates[0])
                    closes = (
                        not calls and candidates[0] in _closing_words() and candidates[0][-1] != "s"  # "Industrie"
                        and _closes_name(block.text, match.start(), match.end())
                    )
                    if (calls or closes) and not foreign_context(text, start, end):
                        fix = Fix.unsafe(f"Replace with {candidates[0].capitalize()!r}", Edit(
                            start, end, candidates[0].capitalize()))
                        why = "the word after it calls for it" if calls else "it closes the name"
                        yield self.diagnostic(
                            start, end, f'"{found}" is probably a misspelling of "{candidates[0].capitalize()}" '
                            f"({why})", fix,
                        )
                    continue
                in_body = token in body_words and _in_body(block.text, match.start(), match.end(), token, candidates[0])
                closes = token in closing and _closes_name(block.text, match.start(), match.end())
                if token in everyday and not in_body and not closes and (
                    printed[token] > 1 or not _in_name_run(block.text, match.start(), match.end(), token in closing)
                    or _among_unknown(text, start, end) or _coined_here(block.text, match.start(), match.end())
                ):
                    continue  # alone, printed again, beside a word no list knows or opening a firm's name
                if token in everyday and (token in body_words or token in closing) and not (in_body or closes) and (
                    after_given_name(text, start)
                ):
                    continue  # a surname a letter from a word ("Mark Brailey")
                if token in called:
                    candidates = tuple(
                        w for w in candidates if _pair_calls_for(block.text, match.start(), match.end(), token, w, True)
                    )
                    if len(candidates) != 1:
                        continue
                if token in short_swaps and _coined_here(block.text, match.start(), match.end()):
                    continue
                if token in closing and not closes and token not in everyday:
                    continue
                if token in body_words and token not in everyday and not in_body:
                    continue
                if token in swapped and printed[candidates[0]]:
                    continue  # the article prints the name: NL301's variant, with its counts
                organisation = _in_organisation(block.text, match.start(), match.end(), candidates[0])
                if token in in_organisations and not organisation:
                    continue
                if token in in_names and not organisation and not _in_name_run(block.text, match.start(), match.end()):
                    continue  # a short word alone: as likely a name of its own ("Nerta")
                if foreign_context(text, start, end) or quote_speaker(text, start, end):
                    continue  # another language's word, or the speaker after a quotation ('," Weekes said')
                if (
                    compiled().code(found.casefold()) >> 8 and _before_place_kind(block.text, match.end())
                    and not compiled().code(candidates[0]) & PROPER
                ):
                    # A word real text uses, before a place's kind: that place's own name ("the
                    # Paracel Island chain"), no slip of a common word ("Parcel").
                    continue
                if beside_foreign_particle(block.text, match.start(), match.end()):
                    continue  # a name in another language ("Fondation pour l'Enfance")
                # A person's slot holds a surname, and surnames sit one slip from words that are
                # surnames too ("Cotting", "Cutting"). A word no list gives anyone as a name
                # ("Department") is no surname: after a title ("Deputy CIA Dirctor") or a surname
                # ("Reagan Adminstration") it is the office's word. After a given name a letter
                # lost or struck twice still makes names ("Lloyd Northard", "Clive Knobbs"); a
                # changed vowel from so common a word does not ("Commerce Depertment"). Before a
                # surname no list knows, it is a given name of another language ("Traian Basescu").
                kind = slip_kind(token, candidates[0])
                vowel = kind == "vowel"
                if printed[token] > 1 and len(token) == len(candidates[0]) and kind != "swap":
                    continue  # a letter changed, printed so twice: a name's own spelling ("Hangang", "Norcal")
                if kind is None and long_slip(token, candidates[0]):
                    # A long word's changed or added letter: coined names are made so too
                    # ("Genemation"), so never unattended, and never among unknown words.
                    if _among_unknown(text, start, end) and not (
                        token in titled and _in_title_slot(block.text, match.start(), match.end())
                    ) and not in_organisation(block.text, match.end(), legal_forms()):
                        # Not a title's slip before a name of another language ("Ministqer
                        # Woong-Bae"); a run that closes in an English legal form is English-built,
                        # its unknown neighbour the firm's coined name ("Webcor Elbctronics Inc").
                        continue
                    if len(token) < SURNAME_SLIP_LENGTH and not (
                        token in titled and _in_title_slot(block.text, match.start(), match.end())
                    ) and (after_given_name(text, start) or _joined_to_name(text, start, end)):
                        continue  # a surname ("Paul Spedding", "Gramm-Rudman-Hollings")
                    if _coined_y(token, candidates[0]):
                        continue  # a coined name's "y" for an "i" ("Analysys")
                    safe = False
                person = (
                    _could_be_name(candidates[0]) or before_unlisted_name(text, end)
                    or not vowel and len(token) < NO_SURNAME_LENGTH and after_given_name(text, start)
                )
                if organisation and not compiled().code(candidates[0]) & PROPER:
                    person = False  # a company's word ("Summit Enurgy Inc"), though a given name opens it
                if token in titled and _in_title_slot(block.text, match.start(), match.end()):
                    person = False  # a title's slip where a title stands ("Prime Ministrer Rosen ...")
                if candidates[0] in place_kinds():
                    person = False  # a place's kind after its name ("Shandong Provicne"), no surname
                if person and _pair_calls_for(block.text, match.start(), match.end(), token, candidates[0]):
                    person = False  # its neighbour calls for the word, not a surname ("Deputy Primme Minister")
                if person and token not in swapped and token not in unseen and (
                    person_slot(text, start) or vowel and named_person(text, start, end)
                ):
                    continue  # a changed vowel is how names differ ("James Cotting")
                # Unattended only when the article prints the word capitalised too: a name's
                # word ("Commission"), not just the common word ("central" beside "Centraal").
                prints_word = as_printed[candidates[0].capitalize()] + as_printed[candidates[0].upper()] > 0
                fix, options, evidence = guess_fix(
                    found, start, end, candidates, clear, safe, prints_word, QuoteMap(block.text), block.start
                )
                listed = " or ".join(f'"{o}"' for o in options)
                message = f'"{found}" is probably a misspelling of {listed}'
                if not evidence and prints_word:
                    evidence = f' (the article prints "{options[0]}" elsewhere)'
                yield self.diagnostic(start, end, message + evidence, fix)


_NEXT_WORD = compile_cached(r"[ \t]+(\p{Lu}\p{Ll}+)")


def _in_body(text: str, start: int, end: int, token: str, word: str) -> bool:
    """A public body's name closes the run within three words, or the token's capitalised
    neighbour calls for the word meant."""
    return in_organisation(text, end, body_kinds()) or _pair_calls_for(text, start, end, token, word)


def _joined_to_name(text: str, start: int, end: int) -> bool:
    """Joined by a hyphen to a word: one of several names run together."""
    return (text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalpha()) or (
        text[end : end + 1] == "-" and text[end + 1 : end + 2].isupper()
    )


@lru_cache(maxsize=4096)
def _closing_word_slip(token: str) -> str | None:
    """The one word closing organisations' or places' names ("corp", "group", "province") a token
    is one slip of, its first letter kept ("Cordp", "Gruop"); None when there is none, or more
    than one."""
    if _could_be_name(token) or token in _closing_words():
        return None
    found = {word for word in _closing_words() if word[0] == token[0] and within_one_edit(token, word)}
    return found.pop() if len(found) == 1 else None


# x10 Zipf: a word this common, one slip of it in a public body's name ("Manhattan Feceral Court").
BODY_WORD_MIN_ZIPF = 40


@lru_cache(maxsize=4096)
def _body_word_slip(token: str) -> str | None:
    """The one common English word a token is one slip of, its first letter kept ("Feceral",
    "Comnons"), which counts in a public body's name only: such names are made of everyday
    words, where a company's may be coined ("Enzon Inc"); None for a listed name."""
    if _could_be_name(token):
        return None
    guess = likely_slip(token)
    kept = [word for word in guess.candidates if word[0] == token[0]] if guess is not None else []
    if len(kept) != 1:
        return None  # none, or two words as near ("Freign": "foreign"; "reign" loses its first letter)
    entry = compiled().code(kept[0])
    return None if entry & PROPER or entry >> 8 < BODY_WORD_MIN_ZIPF else kept[0]


@cache
def _closing_words() -> frozenset[str]:
    """The English words among those closing organisations' or places' names ("corp", "harbor";
    not "bancorp")."""
    code = compiled().code
    return frozenset(
        w for w in organisation_ends() | place_kinds() if len(w) >= MIN_CLOSING_LENGTH and code(w) & WORD_FLAG
    )


_CLOSED = compile_cached(r"(?![ \t]+\p{Lu})")


def _closes_name(text: str, start: int, end: int) -> bool:
    """The token ends a run of capitalised words: one before it (not "of" or "and" between), none
    after it but a legal form ("Unocal Cojrp said", "USAir Grounp Inc", not "Groupe Bull" nor
    "the Bord na Mona")."""
    before = _capital_before(text, start)
    if before is None or before.group().rstrip().endswith(("of", "and")):
        return False
    if _CLOSED.match(text, end) is not None:
        return True
    after = _NEXT.match(text, end)  # a company's legal form after it: the name ends there all the same
    return after is not None and after.group(1).casefold() in legal_forms()


def _coined_here(text: str, start: int, end: int) -> bool:
    """Where a name of its own stands: joined by a hyphen to a name ("Im Kwon-Taek"), or opening
    a company's name, no capitalised word before it ("Atcor Inc"); a public body's name is made
    of everyday words ("the city Paryt Committee")."""
    return _joined_to_name(text, start, end) or (
        _capital_before(text, start) is None and in_organisation(text, end, legal_forms())
    )


def _coined_y(token: str, word: str) -> bool:
    """The token is the word with a "y" written for an "i": how brands are coined."""
    return len(token) == len(word) and any(
        a == "y" and b == "i" and token[:i] == word[:i] and token[i + 1 :] == word[i + 1 :]
        for i, (a, b) in enumerate(zip(token, word, strict=True))
    )


def _before_place_kind(text: str, end: int) -> bool:
    """Whether a capitalised place's kind follows the word ("Paracel Island", "Woody Island"):
    the word is that place's name, however rare."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).casefold() in place_kinds()
