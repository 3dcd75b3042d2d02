"""NL301 on multi-word names: one word of a name printed once with a slip beside the same name
printed elsewhere ("ASTV Manger Online", "Mekong Della").

Long on purpose: the pass over the article's runs of capitalised words and the tests that tell
two people from one name spelled two ways (a surname, a given name or a name after each print)
read the same runs and counts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import Block, Document
from ...core.rule import Rule
from ...data import calendar_names
from ...spelling.index import inner_swap
from ...spelling.lookup import (
    GIVEN,
    NAME,
    PERSON,
    WORD,
    ZIPFS,
    compiled,
    compiled_gazetteer,
    known_nowhere,
)
from ...spelling.nameslots import organisation_ends, person_cues, whole_word_count
from ...spelling.nameslots import person_slot as _person_slot
from ...spelling.scan import capitalised
from ...spelling.text import QuoteMap, followed_by_sic, is_shouted
from ..support.accents import plain
from ..support.spelling import at_cut, cut_off_at
from .shared import (
    _NAME_BEFORE,
    MAX_JUDGED,
    WordCounts,
    _first_name_before,
    _is_form_of,
    _lost_s,
    _osa1,
    _other_form,
    _printed,
    _surname_after,
    _times,
)

_DATELINE_AFTER = re.compile(r"[ \t]*(?:,|[-–—]|\()")  # what follows a dateline's city
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


def _lost_plural_of_place(minor: str, major: str, parts: list[str], other: list[str]) -> bool:
    """A place's name printed once without the plural it is named with ("Solomon Island
    National Parliament" beside "Solomon Islands"), where the name so cut is no place."""
    if major != minor + "s":
        return False
    known = compiled_gazetteer().known
    return " ".join(other).casefold() in known and " ".join(parts).casefold() not in known


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
    them, never the same one ("General Prawut Thavornsiri" and "Prayut Chan-o-cha"), or both
    given names the lists hold, wherever they stand ("Digna Calle" and "Dina Boluarte"): two people."""
    code = compiled().code
    if not _person_slot(text, start) and not code(text[start:end].casefold()) & code(major.casefold()) & GIVEN:
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


# The name after a given name, past a patronymic's or a family's particle ("Mohamed bin Zayed").
_NAME_AFTER = re.compile(r"[ \t]+(?:(?:bin|binti|bint|ibn|ben|al|el|abu)[ \t]+)?([A-Z][\w'’-]*)")


def _names_after_differ(text: str, end: int, major: str) -> bool:
    """Each print of `major` and the word are followed by a name of their own, never the same
    ("Sheikh Mohamed bin Zayed" and "Sheikh Mohammed bin Rashid"): two people."""
    mine = _NAME_AFTER.match(text, end)
    if mine is None:
        return False
    theirs = set()
    for match in re.finditer(rf"(?<![\w'’-]){re.escape(major)}(?![\w'’-])", text):
        after = _NAME_AFTER.match(text, match.end())
        if after is None:
            return False
        theirs.add(after.group(1))
    return bool(theirs) and mine.group(1) not in theirs


# A capitalised word just before a print, a space between ("Al Arabiya", "Saudi Arabia"); not an
# initial ("H Tuilagi", "A Tuiliagi": brothers share a surname).
_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’]+) $")
# What stands before a word that opens a sentence or a line.
_OPENING = re.compile(r"(?:^|[.!?:;\"“”]\s*|\n\s*)$")


def _name_word_before(text: str, start: int) -> str:
    """The capitalised word right before a print, when it is no title and opens no sentence."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None or _OPENING.search(text, max(0, match.start() - 3), match.start()) is not None:
        return ""
    word = match.group(1).casefold()
    return "" if word in person_cues() else word


def _names_around_differ(text: str, start: int, end: int, major: str) -> bool:
    """The word and each print of `major` have a name's word of their own right before them, or
    right after them, never the same ("Al Arabiya" beside "Sky News Arabia" and "Saudi Arabia"):
    two names. Titles, a firm's legal form and common words are no name's word of their own ("Bank
    of Tokyo Curaaco Holdings")."""
    prints = list(re.finditer(rf"(?<![\w'’-]){re.escape(major)}(?![\w'’-])", text, re.IGNORECASE))
    if not prints:
        return False
    for side in (
        lambda at, _: _name_word_before(text, at),
        lambda _, at: _name_word(_surname_after(text, at)),
    ):
        mine = side(start, end)
        theirs = {side(match.start(), match.end()) for match in prints}
        if mine and "" not in theirs and mine not in theirs:
            return True
    return False


# A given name just before a print, on the same line, a space between ("David Walliams").
_GIVEN_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,}) $")
GIVEN_MAX_ZIPF = 58  # x10: a word this common before a name is a sentence's word ("Some"), not a given name


def _given_before(text: str, start: int) -> str:
    match = _GIVEN_BEFORE.search(text, max(0, start - 25), start)
    if match is None:
        return ""
    word = match.group(1)
    code = compiled().code(word.casefold())
    if not code & GIVEN or code >> 8 >= GIVEN_MAX_ZIPF or word in calendar_names():
        return ""
    return word


def _another_given_name(text: str, start: int, major: str) -> bool:
    """The word after a given name, and `major` after another given name somewhere and never
    after the same ("David Walliams" beside "Robbie Williams" and "Mr Williams"): two people,
    however common the given names."""
    mine = _given_before(text, start)
    if not mine:
        return False
    theirs = {
        _given_before(text, match.start())
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(major)}(?![\w'’-])", text, re.IGNORECASE)
    }
    return mine not in theirs and bool(theirs - {""})


def _name_word(word: str) -> str:
    """The word, case-folded, when it may be a surname: not a title, a common word or a firm's
    legal form ("Mines", "Inc"); else ""."""
    code = compiled().code(word)
    if not word or word in person_cues() or word in organisation_ends() or code & WORD and not code & (NAME | PERSON):
        return ""
    return word


ACRONYM_LENGTH = 3  # a word in capitals this long in a sentence of small letters is an acronym

class RunPasses(Rule):
    """The pass over multi-word names."""

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
            if _names_after_differ(doc.text, end, major):
                continue  # each with a name of its own after it: two people
            seen.add(start)
            edit = Edit(start, end, major)
            fix = Fix.display_only(f"Replace with {major!r}", edit)
            message = f'"{minor}" may be a slip: the same name is printed "{printed}" elsewhere in the article'
            yield self.diagnostic(start, end, message, fix)

    def _report(
        self, doc: Document, wanted: dict[str, tuple[str, bool]], counts: WordCounts,
        listed: frozenset[str] = frozenset(),
    ) -> Iterable[Diagnostic]:
        """Each print of `wanted` against its dominant form; a print in `listed` is the slip of a
        person's name the lists hold, printed less often ("Liangvu" twice beside "Liangyu")."""
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
                if (
                    (match.start() or _DATELINE_AFTER.match(block.text, match.end()) is None)
                    and len(token) >= ACRONYM_LENGTH and token.isupper()
                    and major.upper() not in doc.text and not is_shouted(block.text)
                ):
                    # "the INDEC recorded" beside "Price Index": an acronym, no print of the word,
                    # which the article never prints in capitals ("PADEC" beside "PASDEC" is a
                    # slip); a dateline's city in capitals opens its paragraph, a comma or a dash
                    # after it ("LONVIEW, Calif."), where an acronym opening one does not ("PDTRA
                    # President ...").
                    continue
                if _another_name(doc.text, block.start + match.start(), block.start + match.end(), major):
                    continue  # "Prawut Thavornsiri" beside "Prayut Chan-o-cha": two people
                if _another_given_name(doc.text, block.start + match.start(), major):
                    continue  # "David Walliams" beside "Robbie Williams": two people
                if _names_around_differ(doc.text, block.start + match.start(), block.start + match.end(), major):
                    continue  # "Al Arabiya" beside "Sky News Arabia" and "Saudi Arabia": two names
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
                if folded in listed:
                    message += f', a name the lists know where no list knows "{token}"'
                yield self.diagnostic(start, end, message, fix)
