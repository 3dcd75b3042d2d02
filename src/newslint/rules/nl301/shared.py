"""NL301's helpers that more than one kind of evidence reads: the article's counts of a word, the
name lists' verdicts on a word, one edit between two words, the people beside a print."""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

from ...core.document import Document
from ...spelling.lexicon import is_derived
from ...spelling.lookup import (
    GIVEN,
    PERSON,
    PROPER,
    WORD,
    ZIPFS,
    compiled,
)
from ...spelling.nameslots import person_cues, whole_word_count
from ...spelling.scan import capitalised
from ...spelling.text import at_sentence_start

MIN_LENGTH = 5  # shorter names collide by chance ("Chan", "Chen")
MAX_JUDGED = 100_000

# A maximal run of alphanumeric characters: re's \w is str.isalnum() or "_".
_ALNUM_RUN = re.compile(r"[^\W_]+")
COUNT_SCAN_CHARS = 20_000  # a longer text counts all its words once rather than one by one


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


def _lost_last_letter(minor: str, major: str) -> bool:
    """'Norand' for 'Noranda': a dropped last letter, not another language's ending, when the
    short form is in no word list or name list and used nowhere (the caller checks use)."""
    return (
        len(minor) + 1 == len(major) and major.startswith(minor)
        and not compiled().code(minor) & PERSON
    )


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


def _lost_s(minor: str, major: str) -> bool:
    """'Nattras' beside 'Nattrass': a name in no list without the final "s" it has elsewhere,
    which may be the singular of a family's or a firm's plural; `_report` then asks for a
    slot only one person or one firm fits (`_singular_slot`)."""
    return major[-1] == "s" and not ZIPFS.get(minor, 0) and _lost_last_letter(minor, major)


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


def _small_code(code: int) -> bool:
    """The entry of a word English prints in small letters (`_small_word`), from its code."""
    return bool(code & WORD) and not code & PROPER


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
