"""Real-word slips that only their neighbours give away: a word of the lists typed one slip from a
part of a well-known multi-word name, beside the rest of that name ("Unites States", "Costa
Raca"), or from an official's title, between the title's first word and the person's name
("Finance Minster Gerhard Stoltenberg").

The word checks (NL101, NL105, NL106) pass such words by design, since each is a real word or
name on its own; here the rest of the name, or the title's place, is the evidence. The words
that can be such slips are few and found once per data version (`user_cached`), so an article
costs one set intersection with its capitalised words.

Long on purpose: the three kinds of real-word slip here (a name's part, a title's word, a famous
name's swap) share one table of candidate words, built once per data version, and one way of reading
a name's neighbours."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from itertools import compress
from operator import eq, itemgetter
from typing import NamedTuple

import regex

from ..casing import match_case
from ..core.document import Document
from ..regexes import compile_cached
from .index import edits1, within_one_edit
from .lexicon import is_derived
from .lookup import ANCHOR, GIVEN, KNOWN, PERSON, Compiled, compiled, compiled_gazetteer, user_cached
from .names import MAX_ANCHOR_NAMES, countries, demonyms, name_parts, target_places
from .nameslots import person_cues, whole_word_count
from .scan import capitalised, document_words
from .text import at_sentence_start, whole_words

# x10 (zipf): the word printed must be this much rarer than the part or title it stands for
# ("unites" 3.2 for "united" 5.8), so two words of everyday prose never stand for each other.
MIN_ODDS = 10
# x10 (zipf): a word more common than this in real text is meant where it stands ("Stake",
# "Ford"), whatever name it is one letter from.
MAX_VARIANT_ZIPF = 40
TITLE_MIN_ODDS = 15
MIN_PART = 3  # letters of a name's part a slip is looked for in ("Los" of "Los Angeles")
MIN_TITLE = 7  # letters of a title whose slips are looked for ("minister", not "dr")
# x10 (zipf): a word before the title this common is a function word ("The", "Our"), not the
# title's first word ("Prime", "Foreign", "State").
MAX_OPENER_ZIPF = 60
_PEOPLE = GIVEN | PERSON  # "Justine" for "justice": a name of its own
_TOKEN = compile_cached(r"[\p{L}\p{M}]+")
_LAST_WORD = compile_cached(r"[\p{L}\p{M}]+ $")
# Verbs of speech after "the <title>": only a person says or tells.
_SPEECH_VERBS = frozenset("said says told tells added adds stated states noted notes announced explained urged".split())


class RealWordSlip(NamedTuple):
    start: int
    end: int
    found: str
    intended: str  # the word meant, cased as printed
    context: str  # the name or title as printed
    corrected: str  # the same, corrected
    kind: str  # "name", "title" (before a name) or "speaker" (before "said")


def _slip(printed: str, meant: str) -> bool:
    """An edit of `meant` (one letter added, dropped, changed or two swapped: `edits1` made it)
    that keeps the first letter and is no word form of it ("Statess" yes; "Koreans", "Nation",
    "Chairmen" no)."""
    if printed[:1] != meant[:1] or min(len(printed), len(meant)) < MIN_PART:
        return False
    if is_derived(printed, meant) or is_derived(meant, printed):
        return False
    return printed.rstrip("s") != meant.rstrip("s") and printed.replace("men", "man") != meant


def _build() -> dict[str, str]:
    """{"t:minster": "minister", "n:unites": "united", ...}: real words and names one slip from a
    long title (its last letter kept: "Generale" is French) or from a part of a well-known
    multi-word name, and far rarer than it. Each word's edits meet the known words in one set
    operation; only the few that are known are looked up."""
    data = compiled()
    known = data.reference_sets()[1]  # words and names (KNOWN), as ASCII bytes
    gazetteer = compiled_gazetteer()

    def known_edits(word: str) -> list[str]:
        edits = {e.encode(): e for e in edits1(word) if e[:1] == word[:1]}  # one edit, first letter kept
        return sorted(edits[e] for e in known.intersection(edits))

    built: dict[str, str] = {}
    cues = person_cues()
    for title in sorted(cues):
        if len(title) < MIN_TITLE or not title.isascii() or not title.isalpha():
            continue
        rate = data.code(title) >> 8
        for variant in known_edits(title):
            code = data.code(variant)
            if (
                not code & _PEOPLE and variant not in cues and variant[-1] == title[-1]
                and (code >> 8) + TITLE_MIN_ODDS <= rate and _slip(variant, title)
            ):
                built.setdefault(f"t:{variant}", title)
    for part, entries in sorted(gazetteer.phrases.items()):
        if len(entries) > MAX_ANCHOR_NAMES or len(part) < MIN_PART or not part.isascii() or not part.isalpha():
            continue
        rate = data.code(part) >> 8
        for variant in known_edits(part):
            if len(part) == MIN_PART and len(variant) == MIN_PART:
                continue  # a three-letter part's changed letter makes another short word ("Sen", "Net")
            used = data.code(variant) >> 8
            # A plural is a slip too where the rest of the name stands beside it ("Internationals
            # Monetary Fund", "United Kingdoms"): names are not counted in the news.
            if used <= MAX_VARIANT_ZIPF and used + MIN_ODDS <= rate and (_slip(variant, part) or variant == part + "s"):
                key = f"n:{variant}"
                built[key] = f"{built[key]}\n{part}" if key in built else part
            elif variant == part + "s":
                # A common plural ("Philippines" for "Philippine") is a slip only beside two
                # other words of the name printed exact ("Philippines News Agency").
                key = f"p:{variant}"
                built[key] = f"{built[key]}\n{part}" if key in built else part
    return built


@cache
def _tables() -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, tuple[str, ...]], frozenset[str]]:
    built = user_cached("realwords-p-", _build)  # renamed when what the table holds changes
    titles = {key[2:]: value for key, value in built.items() if key[0] == "t"}
    parts = {key[2:]: tuple(value.split("\n")) for key, value in built.items() if key[0] == "n"}
    plurals = {key[2:]: tuple(value.split("\n")) for key, value in built.items() if key[0] == "p"}
    return titles, parts, plurals, frozenset(titles) | frozenset(parts) | frozenset(plurals)


def real_word_slips(doc: Document) -> Iterator[RealWordSlip]:
    """Each slip in the document's prose, in order."""
    titles, parts, plurals, every = _tables()
    hits = document_words(doc).capitalised_hits(every)
    if not hits:
        return  # nearly every article
    pattern = regex.compile(
        r"(?<![\p{L}\p{M}])(?:" + "|".join(sorted(map(regex.escape, hits))) + r")(?![\p{L}\p{M}])",
        regex.IGNORECASE,
    )
    for block in doc.prose:
        text = block.text
        for match in pattern.finditer(text):
            found = match.group()
            if not found[:1].isupper():
                continue
            folded = found.casefold()
            slip = None
            if folded in parts:
                slip = _in_name(text, match.start(), match.end(), parts[folded])
            if slip is None and folded in plurals:
                slip = _in_name(text, match.start(), match.end(), plurals[folded], PLURAL_NAME_WORDS)
                if slip is not None:
                    at = text.find(slip.context, max(0, match.end() - len(slip.context)))
                    if _SHARED_AFTER.match(text, at + len(slip.context)):
                        slip = None  # two bodies named at once ("the Departments of Agriculture and Transportation")
            if slip is not None and folded == slip.intended.casefold() + "s" and " and " not in slip.corrected:
                at = text.find(slip.context, max(0, match.end() - len(slip.context)))
                if _SHARED_BEFORE.search(text, 0, at) and _SHARED_AFTER_LIST.match(text, at + len(slip.context)):
                    # A plural shared by a list of names ("the Yangtze and Pearl River Deltas"),
                    # not a name a noun follows ("the Nevada and New Jerseys gaming commissions").
                    slip = None
            if slip is None and folded in titles and not found.isupper():
                slip = _in_title(text, match.start(), match.end(), titles[folded])
            if slip is not None:
                yield slip._replace(start=block.start + slip.start, end=block.start + slip.end)


# Two capitalised words side by side ("Development Bank"), overlapping: the second is read again
# as the first of the next pair.
_PAIR = compile_cached(r"(?<![\p{L}\p{M}'’.-])(\p{Lu}[\p{Ll}\p{M}]+) (?=(\p{Lu}[\p{Ll}\p{M}]+)(?![\p{L}\p{M}]))")
MIN_PAIR_WORD = 4  # letters of a word the article's own pairs compare ("Bank", not "Lee")
# x10 (zipf): a word this common before a name may be a sentence's opener ("This Smith",
# "Thus Smith"), not part of the name.
MAX_PAIR_ZIPF = 60
# x10 (zipf): printed as often as the word it may stand for, a slip must be far rarer in real
# text ("Brutish" for "British"); "Fund" beside "Find" is no sign of which one slipped.
TIE_ODDS = 20


def article_slips(doc: Document) -> Iterator[RealWordSlip]:
    """A real word in a name the article prints right elsewhere: "Asian Development Back" once
    beside "Asian Development Bank" twice, "Brutish Airways" beside "British Airways". Compared
    by pairs of capitalised words: the printed word is one slip from the word that stands with
    the same neighbour elsewhere, keeps its first letter, and is printed less often, or as often
    but far rarer in real text. Two given names ("Mark Smith", "Mary Smith") are two people."""
    if not _alike_words(doc):
        return  # no two capitalised words one slip apart: nearly every article
    data = compiled()
    # Each word printed beside a neighbour, and where: {("Development", 1): {"Bank": [(start,
    # end), ...], "Back": [...]}}; side 1: the word follows its neighbour, side 0: it precedes it.
    beside: dict[tuple[str, int], dict[str, list[tuple[int, int]]]] = {}
    for block in doc.prose:
        at = block.start
        for match in _PAIR.finditer(block.text):
            first, second = match.groups()
            beside.setdefault((first, 1), {}).setdefault(second, []).append((at + match.start(2), at + match.end(2)))
            beside.setdefault((second, 0), {}).setdefault(first, []).append((at + match.start(1), at + match.end(1)))
    found: dict[int, RealWordSlip] = {}
    for (anchor, side), words in beside.items():
        if len(words) < 2 or len(anchor) < MIN_PAIR_WORD:
            continue
        for printed, places in words.items():
            for meant, others in words.items():
                if meant == printed or not _article_slip(data, printed, meant, len(places), len(others), side):
                    continue
                pair = "{} " + anchor if side == 0 else anchor + " {}"
                context, corrected = pair.format(printed), pair.format(meant)
                for start, end in places:
                    found.setdefault(start, RealWordSlip(start, end, printed, meant, context, corrected, "article"))
    yield from (found[start] for start in sorted(found))


# x10 (zipf): a word printed for a capitalised word the article prints elsewhere, with no
# neighbour shared, must be this rare in real text ("Brinish" for "British")...
MAX_LONE_ZIPF = 30
# ...and this much rarer than the word it stands for.
LONE_ODDS = 20
FAMOUS_ZIPF = 40  # x10: a name this common, printed right, outweighs a place no English text uses


def lone_slips(doc: Document) -> Iterator[RealWordSlip]:
    """A rare real word printed capitalised inside a sentence, one slip from a far commoner
    capitalised word the article prints elsewhere inside a sentence, with the same first and
    last letters (any last letter for a word no text uses), printed no more often, and never
    printed in lower case: "Brinish Comedy awards" in a story that prints "British" three times."""
    data = compiled()
    # A possessive counts as its name ("Brail's Petrobras" beside "Brazil").
    capitals = [word for word in document_words(doc).capitalised if len(word) >= MIN_PAIR_WORD]
    if any(word.endswith(_POSSESSIVES) for word in capitals):
        capitals = list(dict.fromkeys(word[:-2] if word.endswith(_POSSESSIVES) else word for word in capitals))
    rare = [
        word for word in capitals
        if (code := data.code(word)) & KNOWN and not code & _PEOPLE and code >> 8 <= MAX_LONE_ZIPF
    ]
    if not rare:
        return
    gazetteer = compiled_gazetteer()
    pairs: dict[str, str] = {}
    for printed in rare:
        rate = data.code(printed) >> 8
        place = printed in gazetteer.known
        if place and rate:
            continue  # a place of that name that English text uses ("Almeria")
        # A place no English text uses ("Moxico") is a slip only for a famous name ("Mexico").
        least = FAMOUS_ZIPF if place else rate + LONE_ODDS
        meant = [
            word for word in capitals
            # The last letter kept, as the first: "Generale", "Nighty" and "Timex" are words or
            # names of their own, not slips; a listed word that no text uses may end otherwise.
            if word[:1] == printed[:1] and (word[-1:] == printed[-1:] or not rate) and word != printed
            and within_one_edit(word, printed)
            and _slip(printed, word) and least <= data.code(word) >> 8
        ]
        if len(meant) == 1:
            pairs[printed] = meant[0]
    if not pairs:
        return
    places: dict[str, list[tuple[int, int, bool]]] = {}
    wanted = {*pairs, *pairs.values()}
    for block in doc.prose:
        for match in capitalised().finditer(block.text):
            folded = match.group().casefold()
            if folded in wanted:
                start = block.start + match.start()
                places.setdefault(folded, []).append(
                    (start, block.start + match.end(), at_sentence_start(block.text, match.start()))
                )
    for printed, meant in pairs.items():
        mine, theirs = places.get(printed, []), places.get(meant, [])
        if not mine or any(opening for *_, opening in mine) or len(mine) > len(theirs):
            continue
        if all(opening for *_, opening in theirs) or whole_word_count(doc.text, printed):
            continue
        for start, end, _ in mine:
            found = doc.text[start:end]
            intended = match_case(found, meant)
            yield RealWordSlip(start, end, found, intended, found, intended, "article")


_POSSESSIVES = ("'s", "’s")

# x10 (zipf): a country, a big place or a people's word ("Japan", "Russian") this common in real
# text is what a capitalised word one slip from it that no English text uses stands for.
FAMOUS_PLACE_ZIPF = 40
MIN_FAMOUS = 5  # letters: shorter names sit one slip from too many listed words
# A word that no text uses, printed this often, is meant ("Austrasian" in a history of the Franks).
MAX_FAMOUS_SLIPS = 1


def _build_famous() -> dict[str, str]:
    """{"rissian": "russian", "jampan": "japan", ...}: words of the lists that no English text
    uses (no frequency), no person's name and no place, one slip from a place a near miss is
    corrected to or a people's word, far commoner, with its first and last letters."""
    data = compiled()
    known = data.reference_sets()[1]
    gazetteer = compiled_gazetteer()
    peoples = demonyms()
    built: dict[str, str] = {}
    for name in sorted({name for name in target_places() if " " not in name} | peoples):
        code = data.code(name)
        if len(name) < MIN_FAMOUS or not name.isascii() or not name.isalpha() or code >> 8 < FAMOUS_PLACE_ZIPF:
            continue
        if code & GIVEN and name not in peoples:
            continue  # a place named like a person ("Charles"): its slips are anyone's ("Russian" is no name)
        edits = {e.encode(): e for e in edits1(name) if e[:1] == name[:1] and e[-1:] == name[-1:]}
        for variant in sorted(edits[e] for e in known.intersection(edits)):
            printed = data.code(variant)
            if not printed >> 8 and not printed & _PEOPLE and variant not in gazetteer.known and _slip(variant, name):
                built.setdefault(variant, name)
    return built


@cache
def _famous() -> tuple[dict[str, str], frozenset[str]]:
    """The table, and its words as one set that lives for the process (the scan converts a set
    to bytes once, by its identity)."""
    table = user_cached("famousslips-", _build_famous)
    return table, frozenset(table)


# A list of names: items of one to three capitalised words ("the" before one), joined by commas
# and a last "and" or "or" ("Brazil, Columbia, Vietnam and Indonesia").
_ITEM = r"(?:the[ \t]+)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2}"
_NAME_LIST = compile_cached(
    rf"(?<![\p{{L}}\p{{N}}'’.-]){_ITEM}(?:,[ \t]+{_ITEM})+(?:,?[ \t]+(?:and|or)[ \t]+{_ITEM})?(?![\p{{L}}\p{{N}}'’-])"
)
LIST_COUNTRIES = 2  # other items of the list that are countries: a list of countries


def listed_country_slips(doc: Document) -> Iterator[RealWordSlip]:
    """A word in a list of countries, one slip from a country and none itself, its first letter
    kept, printed once ("Ireland, Swede and Norway", "Brazil, Columbia, Vietnam"): the list says a
    country stands there, whatever else the word may be (a people, a city, a university)."""
    if ", " not in doc.text:
        return  # one C-level test: a list has commas
    states, big_places = _country_tables()
    if len(states.intersection(document_words(doc).capitalised)) < LIST_COUNTRIES:
        return  # the words the article capitalises name fewer countries than a list of them holds
    low = doc.text.casefold()
    for block in doc.prose:
        for match in _NAME_LIST.finditer(block.text):
            items = [
                (item.rstrip("."), item.rstrip(".").casefold().removeprefix("the "), at)
                for item, at in _list_items(match.group())
            ]
            listed = sum(name in states for _, name, _ in items)
            for item, name, at in items:
                if name in states or " " in name or listed < LIST_COUNTRIES or name in big_places:
                    continue  # a country, or a big city listed with them ("Hong Kong, Macau and Taiwan")
                meant = [
                    c for c in states if c[:1] == name[:1] and " " not in c and c != name and within_one_edit(name, c)
                ]
                if len(meant) != 1 or whole_word_count(low, name) > 1:
                    continue
                start = block.start + match.start() + at + len(item) - len(name)
                found = doc.text[start : start + len(name)]
                wanted = match_case(found, meant[0])
                yield RealWordSlip(start, start + len(name), found, wanted, found, wanted, "list")


def _build_countries() -> dict[str, list[str]]:
    """Countries' names, and the big places (countries, capitals, big cities) one edit from a
    country's name of one word: the words a list of countries may hold as they are ("Macau")."""
    states = sorted(countries())
    near = {edit for state in states if " " not in state and state.isalpha() for edit in edits1(state)}
    return {"countries": states, "big": sorted(near & target_places())}


@cache
def _country_tables() -> tuple[frozenset[str], frozenset[str]]:
    built = user_cached("countries-", _build_countries)  # renamed when what the table holds changes
    return frozenset(built["countries"]), frozenset(built["big"])


_LIST_JOIN = compile_cached(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+")


def _list_items(text: str) -> Iterator[tuple[str, int]]:
    """The items of a list `_NAME_LIST` matched, each with its offset in it."""
    at = 0
    for join in _LIST_JOIN.finditer(text):
        yield text[at : join.start()], at
        at = join.end()
    yield text[at:], at


def famous_slips(doc: Document) -> Iterator[RealWordSlip]:
    """A capitalised word of the lists that no English text uses, one slip from a country, a big
    place or a people's word, printed once and never in lower case: "Rissian oil giant",
    "Jampan turns to beer". No neighbour is needed: the word alone is that unlikely."""
    table, words = _famous()
    hits = document_words(doc).capitalised_hits(words)
    if not hits:
        return
    for printed in sorted(hits):
        if whole_word_count(doc.text, printed):
            continue  # printed in lower case: a word of the writer's
        places = [
            (block.start + m.start(), block.start + m.end())
            for block in doc.prose
            for m in capitalised().finditer(block.text)
            if m.group().casefold() == printed
        ]
        if not places or len(places) > MAX_FAMOUS_SLIPS:
            continue
        start, end = places[0]
        found = doc.text[start:end]
        if found.isupper():
            continue  # a line in capitals: an acronym's or a headline's word
        intended = match_case(found, table[printed])
        yield RealWordSlip(start, end, found, intended, found, intended, "name")


def _alike_words(doc: Document) -> bool:
    """Whether two capitalised words of the text are one slip apart with the same first letter:
    sorted, such words stand side by side (or with a possessive between: "Andersen",
    "Andersen's", "Anderson"), and only neighbours with the same first letter (a C-level pass)
    are compared."""
    words = sorted(document_words(doc).capitalised_raw)
    heads = list(map(_INITIAL, words))
    last = len(words) - 1
    for i in compress(range(last), map(eq, heads, heads[1:])):
        a, b = words[i], words[i + 1]
        if b[-2:-1] in _APOSTROPHE and i + 2 <= last:
            b = words[i + 2]
        if len(a) >= MIN_PAIR_WORD and within_one_edit(a, b) and not (b[:-1] == a and b[-1:] in _PLURAL):
            return True
    return False


_INITIAL = itemgetter(slice(0, 1))
_PLURAL = (b"s", "s")  # "Share", "Shares": a plural, as bytes (an ASCII text's words) or str
_APOSTROPHE = (b"'", "'", "’")


def _article_slip(data: Compiled, printed: str, meant: str, printed_times: int, meant_times: int, side: int) -> bool:
    if printed_times > meant_times or min(len(printed), len(meant)) < MIN_PAIR_WORD:
        return False
    if printed[:1] != meant[:1] or not within_one_edit(printed.casefold(), meant.casefold()):
        return False
    if printed.isascii() != meant.isascii():
        return False  # an accent ("Jose", "José": NL301's) or a look-alike letter of another script
    if not _slip(printed.casefold(), meant.casefold()):
        return False
    code, meant_code = data.code(printed.casefold()), data.code(meant.casefold())
    if not code & KNOWN:
        return False  # not a real word: the name checks' (NL101, NL301)
    if code & GIVEN and meant_code & GIVEN:
        return False  # two people ("Mark Smith", "Mary Smith")
    if code & ANCHOR:
        return False  # a word that points at a listed name is that name's ("Agence Kampuchea")
    if side == 0 and max(code, meant_code) >> 8 >= MAX_PAIR_ZIPF:
        return False  # the first of a pair may open a sentence
    if len(printed) == len(meant) and printed[:-1] == meant[:-1] and "s" in (printed[-1], meant[-1]):
        return False  # a people and its country ("West Germans", "West Germany")
    return printed_times < meant_times or (code >> 8) + TIE_ODDS <= meant_code >> 8


def _tokens(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Words from a few before `start` to a few after `end`: (word, start, end)."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, *whole_words(text, start - 80, end + 80))]


PLURAL_NAME_WORDS = 3  # words of a name whose part a common plural stands for ("Philippines News Agency")
_SHARED_AFTER = compile_cached(r"(?:,| and| or|/) ?\p{Lu}")
_SHARED_BEFORE = compile_cached(r"\p{L} (?:and|or) $")
# What may follow a plural shared by a list of names: the sentence's punctuation, or a small word.
_SHARED_AFTER_LIST = compile_cached(
    r"(?:[,.;:)]|\s*$| (?:in|of|on|at|for|from|to|and|or|is|are|were|was|have|had|that|which|with|by)\b)"
)


def _in_name(
    text: str, start: int, end: int, meant: tuple[str, ...], least_words: int = 2
) -> RealWordSlip | None:
    """The printed word in place of `meant`'s part of a name of `least_words` words or more
    whose other parts stand exact beside it. Parts the name check (NL101) judges are left to it:
    words beside a part that points at one name ("Timor-Lester")."""
    gazetteer = compiled_gazetteer()
    anchors = compiled().anchors
    tokens = _tokens(text, start, end)
    i = next(k for k, t in enumerate(tokens) if t[1] == start)
    printed = tokens[i][0].casefold()
    for part in meant:
        for parts, position, name in gazetteer.phrases.get(part, ()):
            first = i - position
            if first < 0 or first + len(parts) > len(tokens) or len(parts) < least_words:
                continue
            window = tokens[first : first + len(parts)]
            if any(t[0].casefold() != parts[k] for k, t in enumerate(window) if k != position):
                continue
            if any(text[a[2] : b[1]] != " " for a, b in zip(window, window[1:], strict=False)):
                continue
            cased = zip(window, name_parts(name), strict=False)
            if not all(t[0][:1].isupper() or not p[:1].isupper() for t, p in cased):
                continue  # a name's capitalised parts are printed capitalised
            if printed not in gazetteer.known and any(
                t[0].casefold() in anchors for k, t in enumerate(window) if k != position
            ):
                continue
            context = text[window[0][1] : window[-1][2]]
            if context.casefold() in gazetteer.known:
                continue  # a place of that name ("Santa Ana" beside "Santa Anna")
            wanted = match_case(text[start:end], name_parts(name)[position])
            cut = start - window[0][1]
            corrected = context[:cut] + wanted + context[cut + end - start :]
            return RealWordSlip(start, end, text[start:end], wanted, context, corrected, "name")
    return None


def _in_title(text: str, start: int, end: int, title: str) -> RealWordSlip | None:
    """A title's slip stands where a title does: after the title's first word ("Prime",
    "Finance"; not a place's name or a function word), before a capitalised name."""
    after = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    if after is not None and after.group() in _SPEECH_VERBS and text[max(0, start - 4) : start] in ("the ", "The "):
        # "the Minster said": the title's holder speaking; a church or a place does not.
        found = text[start:end]
        intended = match_case(found, title)
        return RealWordSlip(start, end, found, intended, found, intended, "speaker")
    if text[max(0, start - 4) : start] in ("the ", "The ") and text[end : end + 1] in (".", ",", ";", "") and (
        (verb := _LAST_WORD.search(text, max(0, start - 24), start - 4)) is not None
        and verb.group().strip().casefold() in _SPEECH_VERBS
    ):
        # "..., added the Minster.": the holder speaking, the verb before the title.
        found = text[start:end]
        intended = match_case(found, title)
        return RealWordSlip(start, end, found, intended, found, intended, "speaker")
    if after is None or not after.group()[:1].isupper():
        return None
    word = _LAST_WORD.search(text, max(0, start - 40), start)
    if word is None or not word.group()[:1].isupper() or word.group().isupper():
        return None
    opener = word.group().rstrip().casefold()
    if opener in compiled_gazetteer().known or compiled().code(opener) >> 8 >= MAX_OPENER_ZIPF:
        return None  # a place ("York Minster") or a function word ("The Minster Choir")
    found = text[start:end]
    intended = match_case(found, title)
    return RealWordSlip(start, end, found, intended, found, intended, "title")
