"""NL301 name-consistency: one name spelled two ways in an article ("Roddick" ... "Rodick").

Long on purpose: one-word variants, twins printed once each and variants of multi-word names
are three kinds of the same evidence (the article's own counts and the people beside each
print), reported with one wording; split apart they would share most of their helpers."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cached_property, lru_cache

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Block, Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_cached
from ..settings_model import setting
from ..spelling.guess import VOWELS
from ..spelling.index import NearWords, edits1, inner_swap, within_one_edit
from ..spelling.lexicon import is_derived
from ..spelling.lookup import (
    ANCHOR,
    GIVEN,
    KNOWN,
    NAME,
    PERSON,
    PROPER,
    WORD,
    ZIPFS,
    compiled,
    compiled_gazetteer,
    known_nowhere,
)
from ..spelling.nameslots import organisation_ends, person_cues, whole_word_count
from ..spelling.nameslots import person_slot as _person_slot
from ..spelling.scan import capitalised, clean_token, document_words
from ..spelling.text import QuoteMap, at_sentence_start, followed_by_sic
from .support.accents import accent_variants, plain
from .support.spelling import SpellingOptions, at_cut, cut_off_at, english_only, rule_vocabulary

MIN_LENGTH = 5  # shorter names collide by chance ("Chan", "Chen")
# A four-letter print counts only as a five-letter name printed 3+ times with a letter lost
# ("Poeh" beside "Poehl"), and only where no list or text uses it.
SHORT_MINOR = 4
SHORT_MAJOR_COUNT = 3
COMMON_NAME_ZIPF = 20  # x10: a listed person's name this frequent in real text is in its own use


# Per-process judgements of capitalised words, so an article's words meet them with set
# operations; bounded (Reuters has 13,000 distinct unknown words): cleared when full.
# An acronym of three to six capitals, and how often its right spelling must be printed for a
# swapped print to count.
_ACRONYM = compile_cached(r"(?<![\p{L}\d.&/-])[A-Z]{3,6}(?![\p{L}\d&/-])")
ACRONYM_MAJOR_COUNT = 3
_SLIPS: set[str] = set()  # words that could be slips
_NOT_SLIPS: set[str] = set()  # words judged not to be slips
MAX_JUDGED = 100_000


def _judge_slips(words: Iterable[str]) -> None:
    """Sort words not judged before into _SLIPS and _NOT_SLIPS."""
    if len(_SLIPS) + len(_NOT_SLIPS) >= MAX_JUDGED:
        _SLIPS.clear()
        _NOT_SLIPS.clear()
    for word in words:
        (_SLIPS if _may_be_slip(word) else _NOT_SLIPS).add(word)


def _may_be_slip(word: str) -> bool:
    """A capitalised word that could be a slip for another: not a word, name or common
    spelling, nor NL102's business."""
    # Not frequent, not a known name, listed misspelling or word.
    return len(word) >= SHORT_MINOR and "-" not in word and not compiled().listed(word)


# A maximal run of alphanumeric characters: re's \w is str.isalnum() or "_".
_ALNUM_RUN = re.compile(r"[^\W_]+")
COUNT_SCAN_CHARS = 20_000  # a longer text counts all its words once rather than one by one


def _mixed_script(word: str) -> bool:
    """Latin letters and another script's in one word: mojibake ("Karagцz"), not a spelling."""
    pattern = compile_cached(r"\p{Latin}.*?[^\P{L}\p{Latin}]|[^\P{L}\p{Latin}].*?\p{Latin}")
    return pattern.search(word) is not None


class WordCounts:
    """`_count` for many words of one text, each text scanned once however many are asked.

    A word of letters and digits only occurs as a whole word exactly where it is a maximal
    run of them, so one Counter of the runs answers it; any other word ("o'brien") is counted
    with `_count`, once per word.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._runs: Counter[str] | None = None
        self._counted: dict[str, int] = {}
        self._sides: dict[str, list[frozenset[tuple[str, str]]]] | None = None

    @cached_property
    def _low(self) -> str:
        return self._text.lower()  # most articles with unknown names never need it

    def in_title_case(self, word: str) -> bool:
        """The word is printed with a capital and small letters after it ("Xappleton")."""
        return re.search(rf"(?<![\w'’-]){re.escape(word.capitalize())}(?![\w’-])", self._text) is not None

    def in_capitals(self, word: str) -> bool:
        """The word is printed in capitals somewhere (a headline's or an acronym's print)."""
        return word.upper() in self._text

    def same_neighbour(self, minor: str, major: str) -> bool:
        """Every print of `minor` stands beside a capitalised word that stands on the same
        side of some print of `major` ("Nawas Sharif", "Nawaz Sharif"); words case-folded."""
        if self._sides is None:
            self._sides = _neighbour_map(self._text)
        prints = self._sides.get(minor, [])
        theirs = frozenset().union(*self._sides.get(major, []))
        return bool(prints) and all(sides & theirs for sides in prints)

    def __getitem__(self, word: str) -> int:
        count = self._counted.get(word)
        if count is None:
            if word.isalnum() and len(self._text) > COUNT_SCAN_CHARS:
                if self._runs is None:
                    self._runs = Counter(_ALNUM_RUN.findall(self._low))
                count = self._runs[word]
            else:
                count = whole_word_count(self._low, word)
            self._counted[word] = count
        return count


# A capitalised word, as the text prints it ("Nawaz", "Sharif's").
_CAPITALISED_PRINT = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*")


def _neighbour_map(text: str) -> dict[str, list[frozenset[tuple[str, str]]]]:
    """For each capitalised word (case-folded; not in capitals), each print's capitalised
    neighbours just before (not a title) and after it, one space apart, each with its side: one
    pass over the text."""
    prints = list(_CAPITALISED_PRINT.finditer(text))
    cues = person_cues()
    found: dict[str, list[frozenset[tuple[str, str]]]] = {}
    for at, match in enumerate(prints):
        sides = set()
        before = prints[at - 1].group().casefold() if at else ""
        # A title before a name ("Minister", "Mr") says nothing of which person, as in `_first_name_before`.
        touching = at and prints[at - 1].end() + 1 == match.start() and text[match.start() - 1] == " "
        if touching and before not in cues:
            sides.add(("<", before))
        if at + 1 < len(prints) and match.end() + 1 == prints[at + 1].start() and text[match.end()] == " ":
            sides.add((">", prints[at + 1].group().casefold()))
        if not match.group().isupper():  # a word in capitals is a ticker's or a headline's
            found.setdefault(match.group().casefold(), []).append(frozenset(sides))
    return found


def _dominant(
    minor: str, near: list[tuple[str, int]], counts: WordCounts
) -> tuple[str, bool] | None:
    """The one spelling near `minor` that the article uses far more often, and whether the
    evidence is overwhelming; None when there is none, or more than one."""
    gazetteer, freq = compiled_gazetteer(), ZIPFS
    rivals: list[tuple[str, int]] = []
    minor_count = 0
    for major, distance in near:
        if major == minor or "-" in major:
            continue
        if major in gazetteer.targets and len(minor) < SHORT_CAPITALS and counts.in_capitals(minor):
            continue  # an acronym beside a listed one ("OAPEC", "Opec"): two bodies
        if (is_derived(minor, major) or is_derived(major, minor)) and not (
            _cut_short(minor, major) or _lost_s(minor, major)
        ):
            continue  # "Korea" and "Korean"; but "Ferruzz" is "Ferruzzi" with its last letter lost
        if freq.get(minor, 0) > freq.get(major, 0):
            continue
        if minor[1:] == major and minor[0] != major[0] and not _stray_first_key(minor, major, counts):
            continue  # a letter put before a name abbreviates or coins one: "NKorea", "Vnews"
        if _gendered(minor, major) and not counts.same_neighbour(minor, major):
            continue  # "Mirziyoyeva" beside "Mirziyoyev": a woman's form, unless one first name stands before both
        if (
            minor[0] != major[0] and minor != major[1:] and len(minor) == len(major) and not _opening_swap(minor, major)
            and (compiled().code(minor) or counts[major] < FIRST_LETTER_MAJOR_COUNT)
        ):
            # "Chuong" beside "Phuong": names that differ at their start are two names; a print
            # no list knows beside a name printed three times ("Xolcker", "Volcker") is its slip.
            continue
        if freq.get(minor, 0) >= COMMON_NAME_ZIPF and compiled().code(minor) & PERSON:
            continue  # "Zhuang" beside "Zhang": two real names, each in use
        if _other_language_form(minor, major):
            continue  # "Nasional" beside "National": another language's word, NL106's to judge
        ending = _ending_only(minor, major) and (freq.get(minor, 0) or not _lost_last_letter(minor, major))
        short = len(minor) < MIN_LENGTH and (
            len(major) != len(minor) + 1 or freq.get(minor, 0) or compiled().code(minor) & PERSON
            or counts[major] < SHORT_MAJOR_COUNT
        )
        if (ending or short) and (len(minor) < SHORT_MINOR or freq.get(minor, 0)):
            continue
        minor_count = minor_count or counts[minor]
        if counts[major] < max(2, 2 * minor_count) and not _known_beside_unknown(
            minor, major, minor_count, counts.in_capitals(minor)
        ):
            continue
        if (ending or short) and not counts.same_neighbour(minor, major):
            # Beside the same name's other word as the dominant print ("Nawas Sharif" under
            # "Nawaz Sharif" twice, "Sief Palace" under "Seif Palace"), a spelling used nowhere
            # is that name's slip, whatever its ending or length.
            continue
        rivals.append((major, distance))
    if len(rivals) != 1:
        return None  # none, or ambiguous: leave it
    major, distance = rivals[0]
    overwhelming = (
        # a gazetteer's name is NL101's to fix, with what the lists know of it: shown here
        major not in gazetteer.targets
        and counts[major] >= 4 and minor_count == 1 and distance == 1 and minor not in freq
        # a changed last consonant may be another transliteration ("Khark", "Kharg"): shown
        and not (len(minor) == len(major) and minor[:-1] == major[:-1])
        and minor[0] == major[0]  # a changed or lost first letter may be another name: shown
        # one slip from a well-known name too ("Philippinez": "Philippine" or "Philippines"): shown
        and not _near_target(minor, major)
    )
    return major, overwhelming


# A key struck before a name printed this long at least, twice or more elsewhere, the name's
# capital then lost ("Xappleton" beside "Appleton"): no abbreviation ("NKorea") nor a short
# coinage ("Vnews") looks so.
STRAY_KEY_NAME = 5
STRAY_KEY_MAJOR_COUNT = 2


def _stray_first_key(minor: str, major: str, counts: WordCounts) -> bool:
    if minor[0] == "a" and compiled().code(major) & WORD:
        return False  # "Asuspect": the article "A" run into a word (NL412's), no key struck
    return (
        len(major) >= STRAY_KEY_NAME and counts[major] >= STRAY_KEY_MAJOR_COUNT
        and known_nowhere(minor) and counts.in_title_case(minor)
    )


# Printed once beside a print one slip from it that no list, name list or frequency table knows,
# a name the lists hold, or one this common in real text (Zipf x10) that is no English word, is
# the spelling meant: the article and the lists agree ("Minnesota" once, "Minneosta" once). Not
# a letter put after it (a name coined from it: "Xicor", "Xico"), nor a short word in capitals
# (an acronym: "OAPEC") or one in capitals with a letter changed, nor one slip from an English
# word (a name of another language: "Graan", "Grain"; NL106 judges slips of words).
KNOWN_MAJOR_ZIPF = 20
SHORT_CAPITALS = 6


def _known_beside_unknown(minor: str, major: str, minor_count: int, printed_upper: bool) -> bool:
    """The minor print, printed once, is unknown to every source, and the major one a known name."""
    if minor_count != 1 or minor[:-1] == major or printed_upper and len(minor) < SHORT_CAPITALS:
        return False
    if printed_upper and len(minor) == len(major) and not inner_swap(minor, major):
        return False  # a dateline's or headline's capitals, a letter changed: another name ("SANGSAD")
    if not within_one_edit(minor, major) or plain(minor) == plain(major):
        return False  # two slips, or accents only (the `accents` option's: "Yván", "Yvan")
    if not known_nowhere(minor):
        return False
    found = compiled().code(major)
    return (
        bool(found & (NAME | PERSON)) or major in compiled_gazetteer().targets
        or not found & WORD and found >> 8 >= KNOWN_MAJOR_ZIPF
    )


# A print no list knows, its first letter changed, is a slip of a name printed this often.
FIRST_LETTER_MAJOR_COUNT = 3


# x10: an English word this common, printed with one letter changed as another language writes
# it ("Nasional", "Republik", "Kongres"), is that language's word more often than a slip; NL106
# weighs such slips.
OTHER_LANGUAGE_WORD_ZIPF = 45


# Letters other languages write where English writes the other ("Nasional", "Republik").
_SPELLED_OTHERWISE = frozenset(map(frozenset, ("ts", "ck", "cs", "iy", "vw", "jy", "kq", "fv", "cz")))


def _other_language_form(minor: str, major: str) -> bool:
    """A letter of a very common English word that is no one's name ("Smith" is) written as
    another language writes it."""
    if len(minor) != len(major):
        return False
    changed = [frozenset(pair) for pair in zip(minor, major, strict=True) if pair[0] != pair[1]]
    if len(changed) != 1 or changed[0] not in _SPELLED_OTHERWISE:
        return False
    code = compiled().code(major)
    return bool(code & WORD) and not code & PERSON and code >> 8 >= OTHER_LANGUAGE_WORD_ZIPF


def _opening_swap(minor: str, major: str) -> bool:
    """The first two letters typed in the wrong order ("Etxaco" for "Texaco"): a slip of typing,
    where names that differ at their start otherwise differ by a changed letter."""
    return len(minor) == len(major) and minor[:2] == major[1::-1] and minor[2:] == major[2:]


def _near_target(minor: str, major: str) -> bool:
    """A gazetteer name other than `major` one edit from `minor` (asked only for the rare
    overwhelming case)."""
    targets = compiled_gazetteer().targets
    return any(edit in targets for edit in edits1(minor) if edit != major)


def _with_stems(raw: list) -> list:
    """The scanned capitalised words and the stems of their possessives: "Teledia" is one
    letter off "Teledial's" as much as "Teledial"."""
    if not raw:
        return raw
    if isinstance(raw[0], bytes):
        stems = [clean_token(w.decode()).encode() for w in raw if b"'" in w]
    else:
        stems = [clean_token(w) for w in raw if "'" in w]
    stems = [stem for stem in stems if stem]
    return list(dict.fromkeys([*raw, *stems])) if stems else raw


def _lost_last_letter(minor: str, major: str) -> bool:
    """'Norand' for 'Noranda': a dropped last letter, not another language's ending, when the
    short form is in no word list or name list and used nowhere (the caller checks use)."""
    return (
        len(minor) + 1 == len(major) and major.startswith(minor)
        and not compiled().code(minor) & PERSON
    )


# Two prints of a name, each once, are compared only when this long: shorter names differ by a
# letter by chance ("Chan", "Chen").
TWIN_LENGTH = 5
# Two prints each printed as often as the other are a twin up to this count; above one print
# each, only two letters swapped inside the word pair them: names a letter longer or changed,
# each printed several times, may be two people or two transliterations.
TWIN_MAX_COUNT = 3


# Two prints one changed letter apart are compared only when this long ("Pervaiz", "Parvaiz"):
# shorter names differ so by chance.
CHANGE_TWIN_LENGTH = 6


def _inner_change(a: str, b: str) -> bool:
    """One letter inside the word changed ("Pervaiz", "Parvaiz"): the first and last stay."""
    if len(a) != len(b) or len(a) < CHANGE_TWIN_LENGTH:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 and 0 < diff[0] < len(a) - 1


def _twin(minor: str, near: list[str], unknown: set[str], counts: WordCounts) -> str | None:
    """The one other print, a letter longer or shorter, of a name in no list when each is
    printed once, or as often as the other ("Scovil" and "Scovill"); None when there is none,
    or more than one."""
    candidates = [
        word for word in dict.fromkeys(near)
        if word != minor and word in unknown and min(len(word), len(minor)) >= TWIN_LENGTH
    ]
    others = [word for word in candidates if abs(len(word) - len(minor)) == 1 or inner_swap(word, minor)]
    if not others:  # a changed letter only when no slip of typing explains the pair
        others = [word for word in candidates if _inner_change(word, minor)]
    if len(others) != 1:
        return None
    other = others[0]
    count = counts[minor]
    if count != counts[other] or not 1 <= count <= TWIN_MAX_COUNT or "-" in minor + other:
        return None
    if count > 1 and not inner_swap(minor, other):
        return None  # two names a letter apart, each printed several times, may be two people
    shorter, longer = sorted((minor, other), key=len)
    if longer[-1] == "s" and longer.startswith(shorter):
        return None  # a plural or a possessive that lost its apostrophe
    if _gendered(minor, other) and not counts.same_neighbour(minor, other):
        return None  # a man's and a woman's form of one surname: two people
    if longer[1:] == shorter:
        return None  # a prefix of the language ("eKhayelitsha": in Khayelitsha), not a slip
    return other


# Slavic and Central Asian surnames take an "-a" for a woman ("Ivanov", "Ivanova"; "Mirziyoyev",
# "Mirziyoyeva"; "Pushkin", "Pushkina"): the man's form ends so.
_MALE_ENDINGS = ("ov", "ev", "yov", "yev", "in", "yn")


def _other_form(a: str, b: str) -> bool:
    """One word's other grammatical form, not a slip: "-man" and "-men" ("Spokesman",
    "Spokesmen"), or a letter outside ASCII that another language's plural or case adds at the
    end ("Garda", "Gardaí")."""
    a, b = a.casefold(), b.casefold()
    if {a[-3:], b[-3:]} == {"man", "men"} and a[:-3] == b[:-3]:
        return True
    short, long = sorted((a, b), key=len)
    return len(long) == len(short) + 1 and long.startswith(short) and not long[-1].isascii()


def _gendered(a: str, b: str) -> bool:
    """One print is the other with a woman's "-a" after a man's surname ending."""
    shorter, longer = sorted((a, b), key=len)
    return longer == shorter + "a" and shorter.endswith(_MALE_ENDINGS)


def _times(count: int) -> str:
    return "once" if count == 1 else "twice" if count == 2 else f"{count} times"


FUNCTION_WORD_ZIPF = 65  # x10: a word this frequent ("the", "a", "in") is no given name
COMMON_WORD_ZIPF = 35  # x10: a word this common opening a sentence ("Yesterday") is no given name no list holds
_NAME_BEFORE = re.compile(r"(?:^|(?<=[\s(]))([A-Z][a-z]*\.?) $")


def _first_name_before(text: str, start: int, listed: bool = True) -> str:
    """The initial or given name printed just before a name ("S" in "S Horgan"), or ""; with
    `listed` false any capitalised word there that is no title or small word ("Rouay" in
    "Rouay Jebabli", a given name no list holds)."""
    match = _NAME_BEFORE.search(text[max(0, start - 20) : start])
    if match is None:
        return ""
    word = match.group(1).rstrip(".")
    if word.casefold() in person_cues():
        return ""  # a title ("Mr", "Ms") says nothing of which person
    if (
        not match.group(1).endswith(".") and ZIPFS.get(word.casefold(), 0) >= FUNCTION_WORD_ZIPF
        and (len(word) > 1 or at_sentence_start(text, max(0, start - 20) + match.start(1)))
    ):
        return ""  # "The Marpla poll", "A Marplan survey": an article, not a name or an initial
    if (
        len(word) == 1 or compiled().code(word.casefold()) & GIVEN
        or not listed and len(word) >= MIN_LENGTH and ZIPFS.get(word.casefold(), 0) < COMMON_WORD_ZIPF
    ):
        return word
    return ""


CAPITALS_WORD_ZIPF = 30  # x10: a word in capitals this common is a headline's word
_SURNAME_AFTER = re.compile(r" ([A-Z](?:[a-z]+|[A-Z]+))\b")


def _surname_after(text: str, end: int) -> str:
    """The capitalised word printed just after a given name ("Kono" in "Ichiro Kono"), case-folded
    (a dateline prints it in capitals: "SANGSAD BHABAN"), or ""."""
    match = _SURNAME_AFTER.match(text, end)
    if match is None:
        return ""
    word = match.group(1).casefold()
    if match.group(1).isupper() and ZIPFS.get(word, 0) >= CAPITALS_WORD_ZIPF:
        return ""  # a headline's word in capitals ("BORMON IN FINAL PHASE"), not a name
    return word


def _other_person(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Two prints' (first name, surname) neighbours that name two people."""
    return a[0] != b[0] and "" not in (a[0], b[0]) or a[1] != b[1] and "" not in (a[1], b[1])


# x10 Zipf: an English word rarer than this, printed capitalised, is a name's print.
RARE_WORD_ZIPF = 30


def _consonant_slip(minor: str, major: str) -> bool:
    """One consonant added or lost, or two inner neighbours swapped: how typing errs."""
    if inner_swap(minor, major):
        return True
    if abs(len(minor) - len(major)) != 1 or not within_one_edit(minor, major):
        return False
    shorter, longer = sorted((minor, major), key=len)
    at = next((i for i, (a, b) in enumerate(zip(shorter, longer, strict=False)) if a != b), len(shorter))
    return longer[at] not in VOWELS


def _known_twin(minor: str, near: list[str], unknown: set[str], counts: WordCounts) -> str | None:
    """A name in no list and used nowhere, printed once, a letter off a name the lists know
    that the article prints as often or more ("Boesy" and "Boesky"): the known print is the
    evidence, shown as a suggestion. None when there is none, or more than one."""
    code = compiled().code(minor)
    if code & (KNOWN | PERSON) or code >> 8 or counts[minor] != 1:
        return None
    others = [
        word for word in dict.fromkeys(near)
        if word != minor and word not in unknown and len(word) >= MIN_LENGTH and "-" not in word
    ]
    if len(others) != 1:
        return None
    other = others[0]
    other_code = compiled().code(other)
    if other in compiled_gazetteer().targets or (
        other_code & WORD and not other_code & (NAME | PERSON | PROPER) and other_code >> 8 >= RARE_WORD_ZIPF
        and not _consonant_slip(minor, other)
    ):
        # A gazetteer name's near misses are NL101's; an English word is no name ("McGowan" is),
        # unless English spells it only with a capital ("Rusedski") or seldom prints it at all
        # ("Mantelet", "Silkworm"); a common one, printed once and with a capital (a name's word),
        # counts when the print is a typing slip of it, a consonant struck or lost or two letters
        # swapped ("MINTERALS", "Minerals"); another language's form changes or adds a vowel
        # ("Graan", "Bankiers", "Cereais").
        return None
    if other_code & ANCHOR and not other_code & PERSON:
        return None  # a word of a listed longer name ("Sangbad" of the agency's): NL101 weighs its parts
    if is_derived(minor, other) or is_derived(other, minor) or _ending_only(minor, other):
        return None  # "Korea" and "Koreas"; "Sante" and "Santa"
    if minor[0] != other[0] and minor != other[1:] and not _opening_swap(minor, other):
        return None  # "Merika" and "Erika": names differ at their start; a lost first letter is a slip ("Unts")
    return other if counts[other] >= 1 else None


def _lost_s(minor: str, major: str) -> bool:
    """'Nattras' beside 'Nattrass': a name in no list without the final "s" it has elsewhere,
    which may be the singular of a family's or a firm's plural; `_report` then asks for a
    slot only one person or one firm fits (`_singular_slot`)."""
    return major[-1] == "s" and not ZIPFS.get(minor, 0) and _lost_last_letter(minor, major)


# After a title or a given name, or before a verb or a firm's suffix only one takes.
_SINGULAR_AFTER = re.compile(r"[ ]+(?:was|is|has|says|said|told|Corp|Inc|Co|Ltd|Plc|Group)\b")


def _singular_slot(text: str, start: int, end: int) -> bool:
    if _SINGULAR_AFTER.match(text, end):
        return True
    match = _NAME_BEFORE.search(text[max(0, start - 20) : start])
    if match is None:
        return False
    word = match.group(1).rstrip(".").casefold()
    return word in person_cues() or bool(compiled().code(word) & GIVEN)


def _one_bearer(text: str, name: str) -> bool:
    """'Nattrass' printed in a slot one person or firm fits ("Sanford Margoshes", "Allegis
    said") and never as a family's or firms' plural ("the Kennedys"): the final "s" is part of
    the name, so a print without it lost a letter."""
    pattern = re.compile(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", re.IGNORECASE)
    singular = False
    for match in pattern.finditer(text):
        if text[max(0, match.start() - 4) : match.start()].casefold() == "the ":
            return False
        singular = singular or _singular_slot(text, match.start(), match.end())
    return singular


def _cut_short(minor: str, major: str) -> bool:
    """A name in no list printed once without the last letter it has elsewhere, where that
    letter happens to make a derived form ("Ferruzz"/"Ferruzzi", "Petromi"/"Petromin"); a lost
    "s" may be a family's or a firm's plural ("the Ferruzzis"), so not that."""
    return major[-1] != "s" and not ZIPFS.get(minor, 0) and _lost_last_letter(minor, major)


# Letters grammar and other languages end names with ("Mexicana", "Ivanova", "Koreas",
# "Sante"/"Santa", "Spidey"/"Spider"); another consonant added at the end ("Nevzlint",
# "Kellog"/"Kellogg") or put for one ("Khark"/"Kharg") is a slip.
_ENDING_LETTERS = frozenset("aeiouyhns")


def _ending_only(a: str, b: str) -> bool:
    """'Mexicana'/'Mexican', 'Sante'/'Santa': another language's or grammar's ending."""
    shorter, longer = sorted((a, b), key=len)
    if longer.startswith(shorter):
        tail = longer[len(shorter) :]
        return not tail.isalpha() or not _ENDING_LETTERS.isdisjoint(tail)
    return len(a) == len(b) and a[:-1] == b[:-1] and not _ENDING_LETTERS.isdisjoint(a[-1] + b[-1])


class NameConsistencyOptions(SpellingOptions):
    # Agencies print a name with and without its accents in one story as often as not; that is
    # a style's call, not a slip, so only a desk whose style wants one form turns this on.
    accents: bool = setting(
        False, description="Report a name printed with and without its accents (José, Jose) in one story."
    )


class NameConsistency(Rule):
    spec = RuleSpec(
        code="NL301",
        name="name-consistency",
        category="typo",
        summary="A name spelled one way most of the time and another way once, such as "
        "\"Roddick\" and \"Rodick\".",
        rationale=(
            "Most names in a story are in no gazetteer, but the story itself is evidence: a "
            "name printed three times one way and once, one letter off, another way is almost "
            "always a slip. The rarer spelling is reported against the dominant one when it is "
            "not a word or known name in its own right (\"Regan\" beside \"Reagan\" is a real "
            "name; its first letter changed, a print no list knows counts beside a name printed three "
            "times or more, \"Xolcker\" beside \"Volcker\", where two names differing at their start "
            "are two people, \"Chuong\" beside \"Phuong\"), nor a very common English word written "
            "as another language writes it "
            "(\"Nasional\" beside \"National\": NL106 weighs a slip of such a word), nor an "
            "acronym in brackets after the name it stands for (\"(PDTRA)\" beside "
            "\"Petra\"), unless the name's initials spell two of its letters the other way round and "
            "the article prints that spelling elsewhere (\"International Cooperation (MAFIC)\" beside "
            "\"MFAIC\"). The fix is a suggestion, applied automatically only when the evidence is "
            "overwhelming: four or more uses against one, a spelling no word list knows, and the "
            "same first letter. A letter put before a name abbreviates it or coins another "
            "(\"NKorea\", \"Vnews\") and is not reported, unless a print no list knows puts a key before "
            "a name of five letters or more printed twice or more elsewhere, the name's capital then "
            "lost (\"Xappleton\" beside \"Appleton\"). A name printed with and without its "
            "accents (\"José\", \"Jose\") is shown where the rarer form stands, with the `accents` "
            "option, for a desk whose style wants one form (agencies print both as often as not); "
            "not in a story that prints Vietnamese, whose marks tell names apart. "
            "A spelling used nowhere, printed once beside a known name printed once, is shown "
            "too (\"Lochart\" beside \"Lockhart\", \"McGown\" beside \"McGowan\"), unless they "
            "differ at the first letter other than by losing it or by its first two letters "
            "swapped (\"Merika\", \"Erika\": two people; \"Etxaco\" beside \"Texaco\" is a slip). "
            "A known name there may be an English word that English spells only with a capital "
            "(\"Rusesdki\" beside \"Rusedski\") or seldom prints at all (\"Silkworrm\" beside "
            "\"Silkworm\"), or a common one the article prints once, with a capital (a name's word), "
            "when the print is a typing slip of it, a consonant struck or lost or two letters swapped "
            "(\"ELECRONICS\" beside \"Electronics\"); another language's form of a word changes or adds "
            "a vowel (\"Graan\", \"Bankiers\" beside \"Grain\", \"Bankers\": shown by no rule). "
            "Two unknown prints each printed once (or each twice or three times, when two inner "
            "letters are swapped), a letter longer or with two inner letters swapped (\"Westfair\", \"Westfiar\"), "
            "are both shown, unless each stands beside its own first name or surname (\"S Horgan\", "
            "\"M Horan\": two people). A lost final \"s\" counts only where one person or firm "
            "fits (\"Mr Nattras\", or \"Cyclop's\" in a story that prints \"Cyclops said\" and "
            "never \"the Cyclops\"), not a family's plural. In a person's slot, a print one letter "
            "off a common surname or given name is another person (\"David Walliams\" beside "
            "\"Williams\"), unless two inner letters are swapped, as typing does (\"Sir Henry "
            "Greald Elliot\" beside \"Gerald\"), or the print is known to no list, name list or frequency "
            "table and keeps the name's first letter (\"Tony Bdair\" beside \"Blair\"). A print that "
            "differs only in its ending, or a "
            "short one (four letters), counts when it is used nowhere and stands beside the same "
            "word as the dominant print (\"Nawas Sharif\" under \"Nawaz Sharif\" twice, \"Sief "
            "Palace\" under \"Seif Palace\"): the same name, whatever its ending. Another form of "
            "the word is no slip (\"Spokesmen\" beside \"Spokesman\", \"Gardaí\" beside \"Garda\"). A print with "
            "another script's letter in it (\"Karagцz\") is mojibake, NL407's, and pairs with no "
            "other print. A man's and a woman's form of a Slavic or Central Asian surname "
            "(\"Mirziyoyev\", \"Mirziyoyeva\"; \"Ivanov\", \"Ivanova\") are two people, not a slip, "
            "unless one first name stands before both (\"Anastasia Myskin\" beside \"Anastasia Myskina\"). "
            "A word of five letters or more in small letters that no list knows and that is a name the "
            "article prints capitalised but for its first letter, lost (\"inubu\" beside \"Tinubu\") or "
            "its capital I read as an l (\"lliyasu\" beside \"Iliyasu\"), is that name: an unsafe fix. "
            "A hyphenated name printed once with one part one edit off, beside the same name printed "
            "twice or more (\"Kasym-Jomart\" beside \"Kassym-Jomart\"), is shown, when a part of four "
            "letters or more is shared (\"Al-Ahmed\" and \"Al-Ahmad\" may be two people) and the part "
            "is no other form of the word (\"Pro-Russian\"). A gazetteer's name is compared like any other, "
            "shown only (NL101 fixes such names with what the lists know of them). A print no list, name "
            "list or frequency table knows, printed once, one slip from a name printed once that the "
            "lists hold or that real text prints often and is no English word, is that name's slip, "
            "shown (\"Minneosta\" beside \"Minnesota\"): the article and the lists agree; not a letter "
            "put after the name (\"Xicor\" beside \"Xico\": a name coined from it), an acronym of five "
            "capitals or fewer (\"OAPEC\" beside \"Opec\"), or a print in capitals with a letter changed "
            "(\"SANGSAD\" beside \"Sangbad\": another name). A multi-word name printed once with one "
            "word one edit off the same name printed elsewhere (\"ASTV Manger Online\", \"Mekong Della\" "
            "beside \"Mekong Delta\") is shown when the rest of the name has a word that is not common; "
            "where two more words are the same, a word of four letters counts too, and so does a print "
            "made more than once when the other is made more often (\"Lee Hsien Long\" twice beside "
            "\"Lee Hsien Loong\" three times). Two names of people that differ only inside (\"Mr Mathew "
            "Wale\" beside \"Matthew Wale\") are one name spelled two ways, unless the story keeps to each "
            "spelling twice or more; names that differ at an end are two people (\"Paul\", \"Paula\"), "
            "two English words in small letters two words (\"Aluminum\", \"Aluminium\"), and names that "
            "differ only in their accents are the `accents` option's. A story names a person in full before it "
            "names them bare, so a bare name printed once (\"Jervis said\", \"Mr Khamptaeng\"), one slip from "
            "the name of a person introduced in full above it (\"Paul Jarvis\", \"Alchin Shirinzade\") that "
            "the story prints as often (more often, for a bare name a list knows), refers back to that "
            "person, misspelled: shown, when the bare "
            "name is known to no list or is a rare listed name, the two keep their first letter and "
            "differ inside or by a letter added at the end (or, from the surname of the person introduced, "
            "by their last letter: \"Rosso, who headed ...\" after \"Marco Rossi\"; not a woman's form of it), "
            "and the print is no part of a longer name "
            "(\"Hai Ba Trung\", \"M Horan\") or of a list of names (a team sheet)."
        ),
        example="Roddick won. Roddick served. Rodick lost the third set. Roddick smiled.",
        example_fixed=None,
        fix_safety="varies",
    )
    Options = NameConsistencyOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, (d for d in self._check(doc) if not _defined_acronym(doc.text, d)))

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        found = list(self._word_variants(doc))
        yield from found
        reported = {d.start for d in found}
        # A word the article spells another way once is reported once, by the pass above.
        others = [
            *(d for d in self._name_variants(doc) if d.start not in reported),
            *self._acronym_swaps(doc),
            *self._lost_capitals(doc),
            *(d for d in self._hyphenated_variants(doc) if d.start not in reported),
        ]
        yield from others
        reported.update(d.start for d in others)
        # A bare name is reported once too: by the passes above when they pair it with a print.
        yield from (d for d in self._back_references(doc) if d.start not in reported)
        options: NameConsistencyOptions = self.options  # type: ignore[assignment]
        if options.accents:
            yield from self._accent_variants(doc)

    def _hyphenated_variants(self, doc: Document) -> Iterable[Diagnostic]:
        """A hyphenated name printed once with one of its parts one edit off, beside the same name
        printed twice or more ("Kasym-Jomart" beside "Kassym-Jomart", "Colbey-Davis" beside
        "Coleby-Davis"): the other parts say it is one name. Another form of a part is no slip
        ("Pro-Russian" beside "Pro-Russia")."""
        # One C-level scan of the whole text rules out nearly every article: no hyphenated name
        # printed twice beside another.
        prints = Counter(_HYPHENATED.findall(doc.text))
        if len(prints) < 2 or max(prints.values()) < 2:
            return
        prints = Counter(match.group() for block in doc.prose for match in _HYPHENATED.finditer(block.text))
        by_parts: dict[int, list[str]] = {}
        for form in prints:
            by_parts.setdefault(form.count("-"), []).append(form)
        wanted: dict[str, str] = {}
        for forms in by_parts.values():
            for minor in forms:
                if prints[minor] != 1:
                    continue
                majors = [major for major in forms if prints[major] >= 2 and _one_part_off(minor, major)]
                if len(majors) == 1:
                    wanted[minor] = majors[0]
        for block in doc.prose:
            for match in _HYPHENATED.finditer(block.text):
                major = wanted.get(match.group())
                if major is None:
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                message = f'"{match.group()}" is spelled "{major}" {_times(prints[major])} elsewhere in the article'
                yield self.diagnostic(
                    start, end, message, Fix.display_only(f"Replace with {major!r}", Edit(start, end, major))
                )

    def _lost_capitals(self, doc: Document) -> Iterable[Diagnostic]:
        """A name the article prints capitalised, printed once more in small letters with its first
        letter lost ("inubu" beside "Tinubu") or its capital I read as an l ("lliyasu" beside
        "Iliyasu"): a word no list knows, so no word of its own."""
        unlisted = [w for w in document_words(doc).lower_case_unlisted() if len(w) >= LOST_CAPITAL_LENGTH]
        if not unlisted:
            return
        code = compiled().code
        tails: dict[str, str] = {}
        for name in set(_CAPITALISED_NAME.findall(doc.text)):
            if not code(name.lower()) & WORD:  # a name, not a word opening a sentence
                tails.setdefault(name[1:].lower(), name)
                if name[0] == "I":
                    tails.setdefault("l" + name[1:].lower(), name)
        for word in unlisted:
            name = tails.get(word)
            if name is None:
                continue
            for match in re.finditer(rf"(?<![\w'’@/.-]){re.escape(word)}(?![\w'’@/-])", doc.text):
                start, end = match.start(), match.end()
                yield self.diagnostic(
                    start, end, f'"{word}" is probably "{name}", which the article prints elsewhere (its '
                    "first letter lost or misread)",
                    Fix.unsafe(f"Replace with {name!r}", Edit(start, end, name)),
                )

    def _acronym_swaps(self, doc: Document) -> Iterable[Diagnostic]:
        """An acronym printed once with two neighbouring letters swapped, beside the same letters
        in order printed three times or more ("KLP" once among seven "KPL"): a suggestion, as an
        acronym's letters may well stand for another body."""
        counts = Counter(_ACRONYM.findall(doc.text))
        if not any(n == 1 and _swapped_major(a, counts, 1) for a, n in counts.items()):
            return  # no acronym printed once beside a swap of it printed elsewhere: nearly every article
        blocks = [block for block in doc.prose if not block.text.isupper()]
        places: dict[str, list[tuple[int, int]]] = {}
        for block in blocks:
            for match in _ACRONYM.finditer(block.text):
                places.setdefault(match.group(), []).append((block.start + match.start(), block.start + match.end()))
        if len(places) < 2:
            return
        for minor, spots in places.items():
            if len(spots) != 1:
                continue
            start, end = spots[0]
            # In brackets after the name it stands for, the name's initials say which order is right
            # ("International Cooperation (MAFIC)" beside "MFAIC"): printed once elsewhere is enough.
            bracketed = doc.text[start - 1 : start] == "(" and doc.text[end : end + 1] == ")"
            spelled = _initials_before(doc.text, start - 1, len(minor)) if bracketed else ""
            for i in range(len(minor) - 1):
                major = minor[:i] + minor[i + 1] + minor[i] + minor[i + 2 :]
                needed = 1 if major == spelled else ACRONYM_MAJOR_COUNT
                if major != minor and len(places.get(major, ())) >= needed:
                    fix = Fix.unsafe(f"Replace with {major}", Edit(start, end, major))
                    yield self.diagnostic(
                        start, end,
                        f'"{minor}" is printed once, "{major}" {_times(len(places[major]))}: two letters swapped?', fix,
                    )
                    break

    def _accent_variants(self, doc: Document) -> Iterable[Diagnostic]:
        """A name printed with and without its accents ("José", "Jose"): the rarer form is
        shown against the other; which one a desk wants is its style's call."""
        for variant in accent_variants(doc):
            times = "once" if variant.count == 1 else f"{variant.count} times"
            yield self.diagnostic(
                variant.start, variant.end,
                f'"{variant.printed}" is printed "{variant.other}" {times} elsewhere in the article '
                "(one name, with and without its accents)",
                Fix.display_only(f"Replace with {variant.other!r}", Edit(variant.start, variant.end, variant.other)),
            )

    def _word_variants(self, doc: Document) -> Iterable[Diagnostic]:
        words = document_words(doc)
        pending = words.unknown - _NOT_SLIPS
        if not pending:
            return
        if not pending <= _SLIPS:
            _judge_slips(pending - _SLIPS)
            pending = pending - _NOT_SLIPS
        vocab = rule_vocabulary(self)
        minors = [m for m in (pending - vocab.words if vocab.words else pending) if m.isascii() or not _mixed_script(m)]
        if not minors:
            return
        # Compared as scanned (bytes for ASCII text): only the few matches are decoded.
        near = NearWords(_with_stems(words.capitalised_raw), len(minors))
        counts: WordCounts | None = None  # made for the few articles that need a count
        wanted: dict[str, tuple[str, bool]] = {}  # minor -> (dominant form, overwhelming)
        twins: dict[str, str] = {}  # one print -> the other, one letter longer or shorter
        for minor in minors:
            query = words.encode(minor)
            matches = near.within(query, 1 if len(minor) < 10 else 2)
            if len(matches) == 1 and matches[0][0] == query and clean_token(minor) == minor:
                continue  # near nothing but itself, as nearly every unknown name is
            counts = counts or WordCounts(doc.text)
            if not words.ascii:
                # A word with another script's letter in it ("Karagцz") is mojibake (NL407's),
                # no spelling of the name beside it.
                matches = [(raw, d) for raw, d in matches if not _mixed_script(words.decode(raw))]
            found = _dominant(minor, [(clean_token(words.decode(raw)), d) for raw, d in matches],
                              counts)
            if found is not None:
                wanted[minor] = found
            else:
                others = [clean_token(words.decode(raw)) for raw, _ in matches]
                twin = _twin(minor, others, pending, counts)
                if twin is not None:
                    twins[minor] = twin
                else:
                    known = _known_twin(minor, others, pending, counts)
                    if known is not None:
                        wanted[minor] = (known, False)
        wanted = {minor: found for minor, found in wanted.items() if not _other_form(minor, found[0])}
        if wanted and counts is not None:
            yield from self._report(doc, wanted, counts)
        # A changed letter pairs two prints both ways only: a print one letter from two others
        # ("Kiichi": "Kiuchi", "Koichi") names a third person.
        twins = {
            minor: other for minor, other in twins.items()
            if (twins.get(other) == minor or not _inner_change(minor, other))
            and wanted.get(other, ("",))[0] != minor  # the other print is reported as this one's slip
        }
        if twins:
            yield from self._report_twins(doc, twins)

    def _report_twins(self, doc: Document, twins: dict[str, str]) -> Iterable[Diagnostic]:
        """Each of two prints of a name that differ by a letter, each printed as often as the
        other: which is right the article cannot say, so both are shown, with no fix."""
        printed = _printed(doc, set(twins.values()))
        seen: list[tuple[int, int, str, str]] = []
        for block in doc.prose:
            for match in capitalised().finditer(block.text):
                other = twins.get(match.group().casefold())
                if other is None or followed_by_sic(block.text, match.end()):
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                if other.startswith(match.group().casefold()) and cut_off_at(doc, end):
                    # A name the scrape cut short ("Vongdar" of "Vongdara"): no pair. A cut only
                    # takes letters off the end ("Chanzamtog" is no cut of "Changzamtog").
                    twins.pop(other, None)
                    twins.pop(match.group().casefold(), None)
                    continue
                seen.append((start, end, match.group(), other))
        # Each print beside its own first name or initial ("S Horgan", "M Horan") or surname
        # ("Ichirou Hayashi", "Ichiro Kono"): two people.
        beside: dict[str, set[tuple[str, str]]] = {}
        given: dict[str, set[str]] = {}
        for start, end, token, _ in seen:
            pair = (_first_name_before(doc.text, start), _surname_after(doc.text, end))
            beside.setdefault(token.casefold(), set()).add(pair)
            given.setdefault(token.casefold(), set()).add(_first_name_before(doc.text, start, listed=False))
        starts, ends = {start for start, _, _, _ in seen}, {end for _, end, _, _ in seen}
        times = Counter(token.casefold() for _, _, token, _ in seen)
        for start, end, token, other in seen:
            mine, theirs = beside[token.casefold()], beside.get(other, set())
            if any(_other_person(a, b) for a in mine for b in theirs):
                continue
            # Each print after a capitalised word of its own that may be a given name no list holds
            # ("Raja Jebali, Rouay Jebabli"): two people.
            before, before_other = given[token.casefold()], given.get(other, set())
            if "" not in before and before_other and "" not in before_other and not before & before_other:
                continue
            changed = len(token) == len(other) and not inner_swap(token.casefold(), other)
            if changed and (end + 1 in starts or start - 1 in ends or not theirs):
                # One person's two names ("Jumardi Jukardi"); or the other print is in a table
                # or a list, where names a letter apart are other people ("Lehtinen", "Lahtinen").
                continue
            if token.casefold() in twins:
                slip = (
                    "a letter lost or added" if len(token) != len(other)
                    else "two letters swapped" if inner_swap(token.casefold(), other) else "a letter changed"
                )
                each = _times(times[token.casefold()])
                yield self.diagnostic(
                    start, end, f'"{token}" and "{printed[other]}" are each printed {each}: the '
                    f"same name with {slip} in one of them?",
                )

    def _back_references(self, doc: Document) -> Iterable[Diagnostic]:
        """A person named once by a bare name ("Jervis said", "Mr Khamptaeng"), one slip from the
        name of a person the story introduced in full before ("GeoNet volcanologist Paul Jarvis")
        and names as often (more often, for a listed name): a story names someone in full first,
        so the bare print refers back to that person, misspelled. Shown."""
        words = document_words(doc)
        # Compared as scanned (bytes for ASCII text): only the few pairs found are decoded.
        names = [w for w in words.capitalised_raw if len(w) >= BACK_MIN and w.isalpha()]
        bare = [w for w in names if _may_refer_back(w)]
        if not bare:
            return
        near = NearWords(names, len(bare))
        pairs: dict[str, set[str]] = {}
        for raw in bare:
            found = {m for m, distance in near.within(raw, 1) if distance == 1 and m[0] == raw[0]}
            if found:
                pairs[words.decode(raw)] = {words.decode(m) for m in found}
        if not pairs:
            return  # no bare name one edit from another capitalised word: nearly every article
        text = doc.text
        prints: dict[str, list[tuple[int, int, str]]] = {}
        for block in doc.prose:
            for match in capitalised().finditer(block.text):
                token = match.group()
                if len(token) >= BACK_MIN and token.isalpha() and token[1:].islower():
                    start = block.start + match.start()
                    prints.setdefault(token.casefold(), []).append((start, start + len(token), token))
        wanted = set(pairs).union(*pairs.values())
        introduced = {
            name: next((given for at, end, _ in places if (given := _introduction(text, at, end))), "")
            for name, places in prints.items() if name in wanted
        }
        vocab = rule_vocabulary(self)
        counts = WordCounts(text)
        for minor in pairs:
            places = prints.get(minor, [])
            if len(places) != 1 or counts[minor] != 1 or introduced[minor] or minor in vocab.words:
                continue
            start, end, token = places[0]
            if _surname_after(text, end):
                continue
            if _LISTED_AFTER.match(text, end) or not _bare(text, start):
                continue  # a name in a list of names, or a word of a longer name ("Hai Ba Trung")
            found = [
                major for major in pairs[minor]
                if introduced.get(major) and prints[major][0][0] < start
                and counts[major] >= counts[minor] + (1 if compiled().code(minor) else 0)
                and (not _other_spelling(minor, major) or _surname_end_slip(minor, major, introduced[major]))
            ]
            if len(found) != 1:
                continue
            major = found[0]
            spelled = prints[major][0][2]
            message = (
                f'"{token}" may be a slip: the story introduced "{introduced[major]}" and names '
                f'"{spelled}" {_times(counts[major])}'
            )
            fix = Fix.display_only(f"Replace with {spelled!r}", Edit(start, end, spelled))
            yield self.diagnostic(start, end, message, fix)

    def _name_variants(self, doc: Document) -> Iterable[Diagnostic]:
        """One word of a multi-word name printed differently once ("ASTV Manger Online" in a
        headline, "ASTV Manager Online" in the body): a suggestion, since both are words."""
        blocks = [block for block in doc.prose if not block.text.isupper()]
        if not _may_have_near_pair(_run_word_candidates(blocks)):
            return  # no two words that could be in names are one edit apart: nearly every article
        found: list[tuple[re.Match[str], int]] = []
        for block in blocks:
            found.extend((match, block.start) for match in _RUN.finditer(block.text))
        if len(found) < 2 or not _near_pair({w for m, _ in found for w in m.group().split(" ")}):
            return  # no two words of names one edit apart: nearly every article
        runs: list[tuple[str, int, int]] = []
        for match, offset in found:
            # Every stretch of two to four words: a name may be printed inside a longer run
            # ("Thai ASTV Manger Online", "The ASTV Manager Online").
            parts = match.group().split(" ")
            at = [offset + match.start()]
            for part in parts:
                at.append(at[-1] + len(part) + 1)
            for size in range(2, min(4, len(parts)) + 1):
                for first in range(len(parts) - size + 1):
                    runs.append((" ".join(parts[first : first + size]), at[first], at[first + size] - 1))
        if len(runs) < 2:
            return
        seen: set[int] = set()
        anchors = compiled().anchors
        for start, end, minor, major, printed in _variant_pairs(runs):
            if start in seen or _other_form(minor, major):
                continue
            if minor.casefold() in anchors and major.casefold() not in anchors:
                continue  # a word that points at a listed name is that name's ("Agence Kampuchea")
            uses = whole_word_count(doc.text, minor)
            if uses > 1 and uses >= whole_word_count(doc.text, major):
                continue  # "Pervaiz" and "Parvaiz" twice each: a spelling the story keeps to
            seen.add(start)
            edit = Edit(start, end, major)
            fix = Fix.display_only(f"Replace with {major!r}", edit)
            message = f'"{minor}" may be a slip: the same name is printed "{printed}" elsewhere in the article'
            yield self.diagnostic(start, end, message, fix)

    def _report(
        self, doc: Document, wanted: dict[str, tuple[str, bool]], counts: WordCounts
    ) -> Iterable[Diagnostic]:
        printed_forms = _printed(doc, {major for major, _ in wanted.values()})
        for block in doc.prose:
            quotes: QuoteMap | None = None
            for match in capitalised().finditer(block.text):
                token = match.group()
                folded = token.casefold()
                if folded not in wanted or followed_by_sic(block.text, match.end()):
                    continue
                major, overwhelming = wanted[folded]
                if (
                    _lost_s(folded, major) and not _singular_slot(block.text, match.start(), match.end())
                    and not (counts[folded] == 1 and _one_bearer(doc.text, major))
                ):
                    continue  # "Kennedy" beside "the Kennedys"
                if _beside(block.text, match.start(), match.end(), major):
                    continue  # "Jumardi Jukardi": two parts of one name
                if _another_name(doc.text, block.start + match.start(), block.start + match.end(), major):
                    continue  # "Prawut Thavornsiri" beside "Prayut Chan-o-cha": two people
                if (
                    freq_of(major) >= COMMON_MAJOR_ZIPF and _person_slot(block.text, match.start())
                    and not inner_swap(folded, major)
                    and (not known_nowhere(folded) or folded[0] != major[0])
                    and not _same_person(doc.text, block.start + match.start(), block.start + match.end(), major)
                ):
                    # "David Walliams" beside "Williams": a common name has real neighbours; two
                    # letters swapped inside it ("Greald" beside "Gerald") is how typing errs, and
                    # so is "Vlalimir Putin" where the article also prints "Vladimir Putin", and a
                    # print no source knows, its first letter kept ("Tony Bdair" beside "Blair").
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                if at_cut(doc.text, end) and (folded.startswith(cut := major.casefold()) or cut.startswith(folded)):
                    continue  # the text's last word cut off ("Theref", "Kuala Lumpu"): no spelling
                printed = printed_forms[major]
                replacement = printed.upper() if token.isupper() and len(token) > 1 else printed
                if quotes is None:
                    quotes = QuoteMap(block.text)
                edit = Edit(start, end, replacement)
                if not overwhelming or cut_off_at(doc, end):
                    fix = Fix.display_only(f"Replace with {replacement!r}", edit)
                elif quotes.inside(match.start()):
                    fix = Fix.unsafe(f"Replace with {replacement!r} (inside a quotation)", edit)
                else:
                    fix = Fix.safe(f"Replace with {replacement!r}", edit)
                message = (
                    f'"{token}" is spelled "{printed}" {_times(counts[major])} elsewhere '
                    f"in the article"
                )
                yield self.diagnostic(start, end, message, fix)


# A hyphenated name: a capitalised part, then parts after hyphens ("Kassym-Jomart", "Chan-o-cha").
_HYPHENATED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)+(?![\w'’-])")
HYPHENATED_PART = 4  # a part this long at least may differ by a slip


def _one_part_off(minor: str, major: str) -> bool:
    """The same parts but one, that one exactly one edit off (not another form of the word), with
    the same first letter; a part in common of four letters at least."""
    parts = list(zip(minor.split("-"), major.split("-"), strict=True))
    pairs = [(a, b) for a, b in parts if a != b]
    if len(pairs) != 1 or not any(a == b and len(a) >= HYPHENATED_PART for a, b in parts):
        return False  # a particle alone in common ("Al-Ahmed", "Al-Ahmad") may join two names
    a, b = pairs[0][0].casefold(), pairs[0][1].casefold()
    return (
        a != b and len(a) >= HYPHENATED_PART and a[0] == b[0] and _osa1(a, b)
        and not is_derived(a, b) and not is_derived(b, a)
    )


# A capitalised name of four letters or more, and a word in small letters a letter shorter or
# as long that may be it with its capital lost.
_CAPITALISED_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]{3,}(?![\w'’-])")
LOST_CAPITAL_LENGTH = 5  # shorter ones are often another language's words ("hinh" beside "Chinh")


# A run of two or more capitalised words ("ASTV Manager Online"), not all capitals.
_RUN = re.compile(r"(?<![\w'’-])[A-Z](?:[\w'’&.-]*\w)?(?: [A-Z](?:[\w'’&.-]*\w)?)+(?![\w'’-])")
MIN_VARIANT_WORD = 5  # a word this long may differ by one edit between two prints of a name
SHORT_VARIANT_WORD = 4  # ... and this long where two more words of the name are the same
DISTINCT_ZIPF = 35  # x10: a word of the name rarer than this makes two prints one name


def _variant_pairs(runs: list[tuple[str, int, int]]) -> Iterable[tuple[int, int, str, str, str]]:
    """(start, end, minor word, major word, major run) for a multi-word name printed once with
    one word one edit off the same name printed elsewhere ("ASTV Manger Online" and "ASTV
    Manager Online"): the rest of the name says they are one."""
    by_shape: dict[tuple[int, str], list[tuple[list[str], int]]] = {}
    texts = [run.split(" ") for run, _, _ in runs]
    counts = Counter(run for run, _, _ in runs)
    for index, parts in enumerate(texts):
        for k in range(len(parts)):
            key = (k, " ".join(parts[:k] + ["*"] + parts[k + 1 :]))
            by_shape.setdefault(key, []).append((parts, index))
    freq = ZIPFS
    for (k, shape), group in by_shape.items():
        if len(group) < 2:
            continue
        # The rest of the name must point at one name: a word that is not common ("ASTV"), or
        # a place the gazetteer holds by its plural ("Solomon Islands").
        distinct = any(w != "*" and freq.get(w.casefold().strip(".'’"), 0) < DISTINCT_ZIPF for w in shape.split(" "))
        # Two other words the same, one of them not common ("Lee Hsien Long", "Lee Hsien
        # Loong"): a shorter word may differ, and a print made more than once.
        long_rest = distinct and shape.count(" ") >= 2
        shortest = SHORT_VARIANT_WORD if long_rest else MIN_VARIANT_WORD
        for parts, index in group:
            minor = parts[k]
            run = runs[index][0]
            if len(minor) < shortest or minor.isupper():
                continue
            if counts[run] != 1 and not long_rest:
                continue
            for other, _ in group:
                major = other[k]
                if major == minor or len(major) < shortest or major.isupper():
                    continue
                outnumbered = counts[" ".join(other)] > counts[run]
                if counts[run] > 1 and not outnumbered:
                    continue
                low_minor, low_major = minor.casefold(), major.casefold()
                if _lost_plural_of_place(low_minor, low_major, parts, other):
                    start = runs[index][1] + sum(len(p) + 1 for p in parts[:k])
                    yield start, start + len(minor), minor, major, " ".join(other)
                    break
                if plain(low_minor) == plain(low_major):
                    continue  # "Félix" and "Felix": the `accents` option's to show
                if freq.get(low_minor, 0) >= freq.get(low_major, 0) and not (long_rest and outnumbered):
                    continue
                if low_minor.replace("'", "").replace("’", "") == low_major.replace("'", "").replace("’", ""):
                    continue  # "King's" and "Kings": the apostrophe is style, not a slip
                if distinct and _osa1(low_minor, low_major) and not _is_form_of(low_minor, low_major, inner_ok=True):
                    start = runs[index][1] + sum(len(p) + 1 for p in parts[:k])
                    yield start, start + len(minor), minor, major, " ".join(other)
                    break


# A run of maximal stretches of the characters a run's word is made of, each from a capital,
# one space apart: each word of a _RUN match is a piece of one of its stretches, cut at its
# start and end or at a "." or "&" inside it. (A stretch is only ever followed by a space when
# it is maximal, so the possessive stretches match what backtracking ones would.)
_STRETCHES = re.compile(r"[A-Z][\w'’&.-]*+(?: [A-Z][\w'’&.-]*+)+")
# The same in ASCII text, where \w is [A-Za-z0-9_] either way: a plain table test per letter.
_ASCII_STRETCHES = re.compile(r"[A-Z][\w'&.-]*+(?: [A-Z][\w'&.-]*+)+", re.ASCII)
_CUTS = re.compile(r"[&.]")


def _run_word_candidates(blocks: list[Block]) -> set[str]:
    """Every string that may be a word of a _RUN match in the blocks, and a few more (one
    C-level scan with a literal first character, no look-behind): _near_pair over these is
    false whenever it is false over the runs' words, for a fraction of finding the runs."""
    # One scan of the blocks joined by a line break, which no stretch or run crosses.
    joined = "\n".join([block.text for block in blocks])
    runs = (_ASCII_STRETCHES if joined.isascii() else _STRETCHES).findall(joined)
    if not runs:
        return set()
    words: set[str] = set()
    for stretch in set(" ".join(runs).split(" ")):
        if len(stretch) < SHORT_VARIANT_WORD:
            continue
        if "." not in stretch and "&" not in stretch:
            last = stretch[-1]  # `_word_end`, inline: nearly every stretch comes here
            if last.isalnum() or last == "_":
                words.add(stretch)
            continue
        # A word starts with a capital at the stretch's start or after a cut, and ends with a
        # word character at the stretch's end or before a cut.
        cuts = [m.start() for m in _CUTS.finditer(stretch)]
        starts = [0, *(c + 1 for c in cuts if "A" <= stretch[c + 1 : c + 2] <= "Z")]
        ends = [j for j in (*cuts, len(stretch)) if j and _word_end(stretch[j - 1])]
        words.update(stretch[i:j] for i in starts for j in ends if j - i >= SHORT_VARIANT_WORD)
    return words


def _word_end(char: str) -> bool:
    """A character re's \\w matches (str.isalnum() or "_"): a _RUN word ends with one."""
    return char.isalnum() or char == "_"


_DELETION_KEYS: dict[str, frozenset[str]] = {}


def _deletion_keys(word: str) -> frozenset[str]:
    """The case-folded word and it less each one of its letters; kept per process (bounded)."""
    keys = _DELETION_KEYS.get(word)
    if keys is None:
        if len(_DELETION_KEYS) >= MAX_JUDGED:
            _DELETION_KEYS.clear()
        low = word.casefold()
        keys = _DELETION_KEYS[word] = frozenset({low} | {low[:i] + low[i + 1 :] for i in range(len(low))})
    return keys


def _may_have_near_pair(words: set[str]) -> bool:
    """_near_pair, or true where two printed forms fold to one word ("McDonald", "Mcdonald"):
    true whenever _near_pair is, without folding each word first."""
    made = _DELETION_KEYS  # looked up here first: nearly every word was seen in an earlier article
    keys = [made.get(word) or _deletion_keys(word) for word in words if not word.isupper()]
    return len(keys) > 1 and len(frozenset().union(*keys)) < sum(map(len, keys))


def _near_pair(words: set[str]) -> bool:
    """Are two of the words (SHORT_VARIANT_WORD letters or more) one edit apart? Words one
    edit apart share a string made by deleting one letter from each (or one is the other
    less a letter): the distinct words' key sets overlap exactly when their union is smaller
    than their sizes added up."""
    lows = {word.casefold() for word in words if len(word) >= SHORT_VARIANT_WORD and not word.isupper()}
    if len(lows) < 2:
        return False
    keys = [_deletion_keys(low) for low in lows]
    return len(frozenset().union(*keys)) < sum(map(len, keys))


def _swapped_major(acronym: str, counts: Counter[str], needed: int) -> bool:
    """The acronym with two neighbouring letters swapped is printed `needed` times or more."""
    return any(
        counts.get(acronym[:i] + acronym[i + 1] + acronym[i] + acronym[i + 2 :], 0) >= needed
        for i in range(len(acronym) - 1)
    )


def _lost_plural_of_place(minor: str, major: str, parts: list[str], other: list[str]) -> bool:
    """A place's name printed once without the plural it is named with ("Solomon Island
    National Parliament" beside "Solomon Islands"), where the name so cut is no place."""
    if major != minor + "s":
        return False
    known = compiled_gazetteer().known
    return " ".join(other).casefold() in known and " ".join(parts).casefold() not in known


def _is_form_of(a: str, b: str, inner_ok: bool = False) -> bool:
    """One word a form of the other, or both names of people ("Mark", "Mary"). With `inner_ok`,
    two names that differ only inside ("Mathew", "Matthew"; "Sahid", "Shahid") are one name
    spelled two ways: other people's names differ at an end ("Mary", "Mark"; "Paul", "Paula"),
    and two words in small letters are two words ("Aluminum", "Aluminium"; "Rick", "Rock")."""
    if is_derived(a, b) or is_derived(b, a):
        return True
    code_a, code_b = compiled().code(a), compiled().code(b)
    if not (code_a & PERSON and code_b & PERSON):
        return False
    if not inner_ok or a[0] != b[0] or a[-1] != b[-1]:
        return True
    return _small_code(code_a) and _small_code(code_b)


def _osa1(a: str, b: str) -> bool:
    """Exactly one edit (insertion, deletion, substitution or swap of neighbours) apart."""
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return shorter[i:] == longer[i + 1 :]


COMMON_MAJOR_ZIPF = 35  # x10: a surname this common has real names one letter off


def freq_of(word: str) -> int:
    return ZIPFS.get(word, 0)


def _beside(text: str, start: int, end: int, major: str) -> bool:
    """The dominant spelling printed right before or after the word, as another part of it."""
    after = text[end + 1 : end + 1 + len(major)].casefold()
    before = text[max(0, start - 1 - len(major)) : max(0, start - 1)].casefold()
    return major in (after, before)


def _same_person(text: str, start: int, end: int, major: str) -> bool:
    """A print of `major` elsewhere with the same surname after it or the same given name before
    it ("Vlalimir Putin" and "Vladimir Putin"): one person, so one spelling."""
    surname, given = _surname_after(text, end), _first_name_before(text, start)
    if not surname and not given:
        return False
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(major)}(?![\w'’-])", text, re.IGNORECASE):
        if surname and _surname_after(text, match.end()) == surname:
            return True
        if given and _first_name_before(text, match.start()) == given:
            return True
    return False


def _another_name(text: str, start: int, end: int, major: str) -> bool:
    """The word, in a person's slot, and `major` each printed with a surname of their own after
    them, never the same one ("General Prawut Thavornsiri" and "Prayut Chan-o-cha"): two people."""
    if not _person_slot(text, start):
        return False  # only a person's full name, printed after a title or role, tells two apart
    mine = _name_word(_surname_after(text, end))
    if not mine:
        return False
    theirs = {
        _name_word(_surname_after(text, match.end()))
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(major)}(?![\w'’-])", text, re.IGNORECASE)
    }
    theirs.discard("")
    return bool(theirs) and mine not in theirs


BACK_MIN = 4  # letters of a name referred back to; shorter ones sit a letter from many others
BACK_END_MIN = 5  # ... and of one whose last letter differs
BACK_KNOWN_ZIPF = 30  # x10: a listed name rarer than this may be a slip; a commoner one is someone's name
MIN_GIVEN = 3  # a shorter word before a name is an article or particle as often ("Al Said", "El Hadj")
# A print in a list of names ("Sheahan, Horan, O'Callaghan"): a team sheet names each player bare.
_LISTED_AFTER = re.compile(r",\s+[A-Z]")
# The word before a print: a capitalised one makes it part of a longer name ("M Horan", "Ba Trung").
_WORD_BEFORE = re.compile(r"([\w.'’-]+)[ \t]+$")


def _other_spelling(minor: str, major: str) -> bool:
    """Another form or another person's name, not a slip: a word's form, a name changed at an
    end ("Paul", "Paula"), a woman's form of a surname, or the name with its accents."""
    return (
        _is_form_of(minor, major, inner_ok=True) or _other_form(minor, major) or _gendered(minor, major)
        or plain(minor) == plain(major)
    )


def _surname_end_slip(minor: str, major: str, introduction: str) -> bool:
    """A bare print whose last letter differs from the surname of the person the story introduced in
    full ("Rosso, who headed ..." after "Marco Rossi"): another person's name differs at an end
    when it is a given name ("Paul", "Paula"), but a story names a new person in full, and a
    woman's form of the surname or the name with its accents is no slip."""
    if len(minor) < BACK_END_MIN or introduction.rsplit(" ", 1)[-1].casefold() != major:
        return False
    if _gendered(minor, major) or _gendered(major, minor) or plain(minor) == plain(major):
        return False
    if is_derived(minor, major) or is_derived(major, minor):
        return False
    short, long = sorted((minor, major), key=len)
    return short[:-1] == long[:-1] if len(short) == len(long) else long[:-1] == short


def _bare(text: str, start: int) -> bool:
    """No capitalised word just before the print, but a courtesy title ("Mr Khamptaeng")."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return True
    word = match.group(1)
    return not word[:1].isupper() or word.rstrip(".").casefold() in person_cues()


def _introduction(text: str, start: int, end: int) -> str:
    """The person's full name at this print of one of its words: a given name with the surname
    after it ("Robby Chandra"), or the word after a given name ("Paul Jarvis", one no list holds
    too: "Alchin Shirinzade"); "" when it stands alone or after a title or a word."""
    word = text[start:end]
    code = compiled().code(word.casefold())
    if code & GIVEN or not code:
        surname = _SURNAME_AFTER.match(text, end)
        if surname is not None and not surname.group(1).isupper() and not _small_word(surname.group(1)):
            return f"{word} {surname.group(1)}"
    given = _first_name_before(text, start, listed=False)
    if len(given) >= MIN_GIVEN and (compiled().code(given.casefold()) & GIVEN or not _small_word(given)):
        return f"{given} {word}"
    return ""


def _small_word(word: str) -> bool:
    """A word English prints in small letters ("Horticulture", "Said"), not only as a name."""
    return _small_code(compiled().code(word.casefold()))


def _small_code(code: int) -> bool:
    """The entry of a word English prints in small letters (`_small_word`), from its code."""
    return bool(code & WORD) and not code & PROPER


@lru_cache(maxsize=MAX_JUDGED)  # most capitalised words come back in article after article
def _may_refer_back(name: str | bytes) -> bool:
    """A bare print (lower-cased, as scanned) that may be a slip of an introduced name: no list
    knows it, or it is a rare listed name, not a word English prints in small letters."""
    code = compiled().code(name.decode() if isinstance(name, bytes) else name)
    return not code or bool(code & PERSON) and code >> 8 < BACK_KNOWN_ZIPF and not _small_code(code)


def _name_word(word: str) -> str:
    """The word, case-folded, when it may be a surname: not a title, a common word or a firm's
    legal form ("Mines", "Inc"); else ""."""
    code = compiled().code(word)
    if not word or word in person_cues() or word in organisation_ends() or code & WORD and not code & (NAME | PERSON):
        return ""
    return word


def _printed(doc: Document, majors: set[str]) -> dict[str, str]:
    """Each dominant spelling as the article first prints it in running text (not all
    capitals), found in one pass for all of them."""
    printed: dict[str, str] = {}
    for match in capitalised().finditer(doc.text):
        token = match.group()
        folded = token.casefold()
        if folded in majors and folded not in printed and not token.isupper():
            printed[folded] = token
            if len(printed) == len(majors):
                break
    return {major: printed.get(major) or major.capitalize() for major in majors}


def _defined_acronym(text: str, finding: Diagnostic) -> bool:
    """The finding's word is an acronym in brackets after the name it stands for ("the Petra
    Development and Tourism Region Authority (PDTRA)"): its letters are initials, no name's."""
    token = text[finding.start : finding.end]
    bracketed = text[finding.start - 1 : finding.start] == "(" and text[finding.end : finding.end + 1] == ")"
    if not (bracketed and token.isupper()):
        return False
    # Unless the name before it spells the same letters in another order: then the initials say
    # which order is right ("Foreign Affairs and International Cooperation (MAFIC)": "MFAIC").
    initials = _initials_before(text, finding.start - 1, len(token))
    return not (initials != token and sorted(initials) == sorted(token))


# The words a name's initials skip ("Ministry of Foreign Affairs and International Cooperation").
_INITIALS_SKIP = frozenset(("of", "and", "the", "for", "on", "in", "to", "&"))
_INITIALS_WITHIN = 200  # characters before the bracket looked at


def _initials_before(text: str, bracket: int, count: int) -> str:
    """The initials of the last `count` capitalised words before a bracket, small joining words
    skipped; fewer when a word in small letters stands among them."""
    letters: list[str] = []
    for word in reversed(text[max(0, bracket - _INITIALS_WITHIN) : bracket].split()):
        if len(letters) == count:
            break
        if word[:1].isupper():
            letters.append(word[0])
        elif word in _INITIALS_SKIP and letters:
            continue
        else:
            break
    return "".join(reversed(letters))
