"""NL301 on one word spelled two ways: the rarer print beside the dominant spelling, and twins
printed once each that one slip of typing explains.

Long on purpose: the dominant spellings and the twins come from one pass over the article's
capitalised words, and both read its counts and the lists' verdicts on each pair."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import regex

from ...core.diagnostics import Diagnostic
from ...core.document import Document
from ...core.rule import Rule
from ...regexes import compile_cached
from ...spelling.guess import VOWELS
from ...spelling.index import NearWords, edits1, inner_swap, within_one_edit
from ...spelling.lexicon import is_derived
from ...spelling.lookup import (
    ANCHOR,
    DOUBTFUL,
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
from ...spelling.scan import capitalised, clean_token, document_words
from ...spelling.text import followed_by_sic
from ..support.accents import plain
from ..support.spelling import cut_off_at, rule_vocabulary
from .shared import (
    MAX_JUDGED,
    MIN_LENGTH,
    WordCounts,
    _first_name_before,
    _gendered,
    _lost_last_letter,
    _lost_s,
    _other_form,
    _printed,
    _surname_after,
    _times,
)

# A four-letter print counts only as a five-letter name printed 3+ times with a letter lost
# ("Poeh" beside "Poehl"), and only where no list or text uses it.
SHORT_MINOR = 4
SHORT_MAJOR_COUNT = 3
COMMON_NAME_ZIPF = 20  # x10: a listed person's name this frequent in real text is in its own use
_SLIPS: set[str] = set()  # words that could be slips
_NOT_SLIPS: set[str] = set()  # words judged not to be slips


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


def _mixed_script(word: str) -> bool:
    """Latin letters and another script's in one word: mojibake ("Karagцz"), not a spelling."""
    pattern = compile_cached(r"\p{Latin}.*?[^\P{L}\p{Latin}]|[^\P{L}\p{Latin}].*?\p{Latin}")
    return pattern.search(word) is not None


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
        ending = _ending_only(minor, major) and not _struck_twice(minor, major) and (
            freq.get(minor, 0) or not _lost_last_letter(minor, major)
        )
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
        # one slip from the name's own inflected form too ("Thasi": "Thai" or "Thais"): shown
        and not _near_form_of(minor, major)
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


def _near_form_of(minor: str, major: str) -> bool:
    """A listed form built on `major` ("Thais" of "Thai") one edit from `minor` (asked only for
    the rare overwhelming case)."""
    return any(
        edit != major and edit.startswith(major[:-1]) and is_derived(edit, major) and not known_nowhere(edit)
        for edit in edits1(minor)
    )


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


# A changed last letter ("Somkwamkid", "Somkwamkit") counts in a name this long, beside the same
# word: names of two people that long part at their start, not at their last letter.
LAST_CHANGE_LENGTH = 8


def _last_change_beside(a: str, b: str, counts: WordCounts) -> bool:
    """The last letter changed in a long name that stands beside the same word each time ("Veera
    Somkwamkid", "Veera Somkwamkit"): one person; another transliteration would be printed so
    more than once."""
    return (
        len(a) == len(b) >= LAST_CHANGE_LENGTH and a[:-1] == b[:-1] and a[-1] != b[-1]
        and counts.same_neighbour(a, b) and counts.same_neighbour(b, a)
    )


def _letter_apart(a: str, b: str) -> bool:
    """One is the other with one letter more ("Scovil", "Scovill")."""
    shorter, longer = sorted((a, b), key=len)
    return len(longer) - len(shorter) == 1 and any(
        longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer))
    )


TWIN_SAME_ENDING = 3  # letters a long name's two slips inside leave alike at its end


def _inner_slips(a: str, b: str) -> bool:
    """A long name's two prints a letter apart in length, two slips inside, the ending alike
    ("Illarionov", "Iliaronov"); ends that differ make two names of one stem ("Sadanoumi",
    "Sadanofuji": two wrestlers)."""
    return abs(len(a) - len(b)) == 1 and a[-TWIN_SAME_ENDING:] == b[-TWIN_SAME_ENDING:]


def _twin(minor: str, near: list[str], unknown: set[str], counts: WordCounts) -> str | None:
    """The one other print, a letter longer or shorter, of a name in no list when each is
    printed once, or as often as the other ("Scovil" and "Scovill"); None when there is none,
    or more than one."""
    candidates = [
        word for word in dict.fromkeys(near)
        if word != minor and word in unknown and min(len(word), len(minor)) >= TWIN_LENGTH
    ]
    others = [
        word for word in candidates
        if _letter_apart(word, minor) or inner_swap(word, minor) or _inner_slips(word, minor)
    ]
    if not others:  # a changed letter only when no slip of typing explains the pair
        others = [word for word in candidates if _inner_change(word, minor) or _last_change_beside(word, minor, counts)]
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


def _cut_short(minor: str, major: str) -> bool:
    """A name in no list printed once without the last letter it has elsewhere, where that
    letter happens to make a derived form ("Ferruzz"/"Ferruzzi", "Petromi"/"Petromin"); a lost
    "s" may be a family's or a firm's plural ("the Ferruzzis"), so not that."""
    return major[-1] != "s" and not ZIPFS.get(minor, 0) and _lost_last_letter(minor, major)


# Letters grammar and other languages end names with ("Mexicana", "Ivanova", "Koreas",
# "Sante"/"Santa", "Spidey"/"Spider"); another consonant added at the end ("Nevzlint",
# "Kellog"/"Kellogg") or put for one ("Khark"/"Kharg") is a slip.
_ENDING_LETTERS = frozenset("aeiouyhns")


STRUCK_TWICE_LENGTH = 6  # letters of a print with its last letter struck twice ("Straitss")


def _struck_twice(minor: str, major: str) -> bool:
    """'Straitss' for 'Straits': the last letter struck twice, a typing slip, no language's ending."""
    return len(minor) >= STRUCK_TWICE_LENGTH and minor[:-1] == major and minor[-1] == major[-1]


def _ending_only(a: str, b: str) -> bool:
    """'Mexicana'/'Mexican', 'Sante'/'Santa': another language's or grammar's ending."""
    shorter, longer = sorted((a, b), key=len)
    if longer.startswith(shorter):
        tail = longer[len(shorter) :]
        return not tail.isalpha() or not _ENDING_LETTERS.isdisjoint(tail)
    return len(a) == len(b) and a[:-1] == b[:-1] and not _ENDING_LETTERS.isdisjoint(a[-1] + b[-1])


# A print no list knows, printed this often at most, beside a person's name the lists hold printed
# once, is the slip, not that name ("Hui Liangvu" twice beside "Hui Liangyu").
REVERSED_MAJOR_COUNT = 2


def _side_by_side(text: str, one: str, other: str) -> bool:
    """The two (case-folded) words printed next to each other, either first, anywhere in the text."""
    a, b = regex.escape(one), regex.escape(other)
    return regex.search(rf"(?i)\b(?:{a}\s+{b}|{b}\s+{a})\b", text) is not None


def _listed_minors_reversed(
    text: str, wanted: dict[str, tuple[str, bool]], counts: WordCounts
) -> dict[str, tuple[str, bool]]:
    """The reports turned round where the rarer print is a person's name the names lists hold and
    the dominant one, printed twice at most, is known to no list: the article's majority is too
    thin to call a real name a slip (shown, never fixed). Two prints side by side are two parts of
    one name ("Jumardi Jukardi"), no slip either way."""
    turned: dict[str, tuple[str, bool]] = {}
    for minor, (major, overwhelming) in wanted.items():
        code = compiled().code(minor)
        if (
            code & PERSON and not code & DOUBTFUL and known_nowhere(major)
            and counts[major] <= REVERSED_MAJOR_COUNT and counts[minor] == 1 and major not in wanted
        ):
            if not _side_by_side(text, minor, major):
                turned[major] = (minor, False)
        else:
            turned[minor] = (major, overwhelming)
    return turned


class WordPasses(Rule):
    """Passes over one word spelled two ways."""

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
            turned = _listed_minors_reversed(doc.text, wanted, counts)
            yield from self._report(doc, turned, counts, frozenset(turned) - frozenset(wanted))
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
                    "a letter lost or added" if _letter_apart(token.casefold(), other)
                    else "letters lost, added or changed" if len(token) != len(other)
                    else "two letters swapped" if inner_swap(token.casefold(), other) else "a letter changed"
                )
                each = _times(times[token.casefold()])
                yield self.diagnostic(
                    start, end, f'"{token}" and "{printed[other]}" are each printed {each}: the '
                    f"same name with {slip} in one of them?",
                )
