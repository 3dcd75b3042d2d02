"""Real-word slips that the words on both sides give away ("prepared to discus with"): a rare
real word, one lost letter or one swapped pair from a far commoner word, standing where English
prints the commoner word beside the same two neighbours often and the rare one seldom.

How often English prints two words together comes from symspellpy's English bigram list (Google
Books n-grams, the 242,342 most frequent pairs). It is kept in the user cache as an SQLite table,
so that an article asks for the few pairs it needs without loading them all.

Long on purpose: the context slips share the bigram table in the user cache and the slip indexes
built from it; split, each module would open the same table."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import regex

from ..core.document import HEADLINE, PARAGRAPH, Document
from ..regexes import compile_cached
from ..storage.atomic import write_atomically
from .index import deletes, edits1
from .lookup import GIVEN, MISSPELT, PROPER, WORD, cache_file, compiled, user_cached
from .scan import document_words, small_words

MIN_LENGTH = 4  # shorter words sit one letter from too many others ("band", "and")
# Zipf x10: the commoner word is printed about 300 times as often at least. A smaller gap lets
# in words that are simply rarer ("suing" for "using", "rust" for "trust") ...
MIN_GAP = 25
# ... unless the word's own pair would be common enough to be listed, were the word used as the
# commoner one is, and is not ("to discus": "to discuss" scaled down by the gap is still listed).
MIN_SCALED_GAP = 15
# The commoner word beside each neighbour, in the books: at least this often ("willing to").
MIN_PAIR = 8_000_000
# Zipf x10: a word whose pairs are counted often enough to tell (MIN_PAIR) is this common.
MIN_SOURCE_ZIPF = 45
# Zipf x10: a word commoner than this is in use in its own right ("a trough of", "the only gong
# on"): the pairs list keeps only the commonest pairs, so its silence about the word's says little.
MAX_SLIP_ZIPF = 32
# The same slip may be made up to this many times in one article ("discus with" twice).
MAX_REPEATS = 4
_BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"
# Short slips ("wil", "tne", "fom"): a token of two or three letters no list knows, one slip from a
# word this common (zipf x10) that the books print beside both neighbours at least this often.
SHORT_LENGTHS = (1, 2, 3)
# A letter alone between two words is a slip when it is none of English's one-letter words or
# marks ("a", "I", "v" for versus, "x" for times): "tabled in Parliament n the House" ("in").
LONE_LETTERS = frozenset("bcdefghjklmnopqrstuwyz")
SHORT_SOURCE_ZIPF = 50
# Zipf x10: a word the lists write only with capitals, this frequent in any case, is written in
# small letters too ("ok", "tv"): no slip.
SHORT_CAPITALS_ZIPF = 45
MIN_SHORT_PAIR = 1_000_000
# Another word fitting a fifth as well as the best is offered beside it.
SHORT_RIVAL_SHARE = 5
_WORDS = compile_cached(r"(?<![\p{L}\p{M}\d'’-])[A-Za-z]+(?![\p{L}\p{M}\d'’-])")


class PairSlip(NamedTuple):
    start: int
    end: int
    found: str
    intended: str
    before: str
    after: str
    times: int = 1  # the same slip made this many times in the article
    fitted: tuple[str, str] = ("", "")  # for a repeated slip, the neighbours of a place that fits


def _zipf(word: str) -> int | None:
    """Zipf x10 of an English word written in small letters, None for any other."""
    code = compiled().code(word)
    return code >> 8 if code & WORD and not code & PROPER else None


@lru_cache(maxsize=8192)
def commoner_slips(word: str) -> tuple[tuple[str, int], ...]:
    """The far commoner words `word` is one lost letter or one swapped pair from ("wiling":
    "willing"; "form": "from"), each with how much commoner it is (zipf x10)."""
    found = _slip_index().get(word)
    own = _zipf(word) if found else None
    if own is None:
        return ()
    return tuple(
        (source, zipf - own) for source in found.split("\n")
        if (zipf := _zipf(source)) is not None and zipf - own >= MIN_SCALED_GAP
    )


@cache
def _slip_index() -> dict[str, str]:
    return user_cached("slipsources-", _build_slip_index)


def _build_slip_index() -> dict[str, str]:
    """Each frequent word under every word it makes with one letter lost or two neighbours swapped:
    one look-up answers what a word could be a slip of."""
    from .lexicon import dictionary, frequencies, proper_words

    words, proper = dictionary(), proper_words()
    index: dict[str, list[str]] = {}
    for word, zipf in frequencies().items():
        if zipf < MIN_SOURCE_ZIPF or len(word) < MIN_LENGTH or word not in words or word in proper:
            continue
        if not (word.isascii() and word.isalpha()):
            continue
        made = deletes(word, 1)
        made.update(word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1))
        made.discard(word)
        for slip in made:
            if len(slip) >= MIN_LENGTH:
                index.setdefault(slip, []).append(word)
    return {slip: "\n".join(sorted(sources)) for slip, sources in index.items()}


class Pairs:
    """How often the books print two words together; 0 for a pair not among the most frequent."""

    def __init__(self, connection: sqlite3.Connection | dict[str, int]) -> None:
        self._connection = connection
        # The list's smallest count: a pair printed less often is not in it.
        self.floor = min(connection.values()) if isinstance(connection, dict) else int(
            connection.execute("SELECT n FROM floor").fetchone()[0]
        )

    def count(self, first: str, second: str) -> int:
        key = f"{first} {second}"
        if isinstance(self._connection, dict):
            return self._connection.get(key, 0)
        row = self._connection.execute("SELECT n FROM pairs WHERE k = ?", (key,)).fetchone()
        return int(row[0]) if row else 0


def _source() -> Path | None:
    """symspellpy's bigram file, found without importing the package; None when it is absent."""
    from importlib.util import find_spec

    try:
        spec = find_spec("symspellpy")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or ()) if spec else ():
        path = Path(folder) / _BIGRAMS
        if path.is_file():
            return path
    return None


def _read(path: Path) -> Iterator[tuple[str, int]]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3 and parts[2].isdigit():
                yield f"{parts[0]} {parts[1]}", int(parts[2])


def _build(source: Path, target: Path) -> None:
    """The table built in memory and written with one rename: a reader never sees half of it."""
    connection = sqlite3.connect(":memory:")
    with connection:
        connection.execute("CREATE TABLE pairs (k TEXT PRIMARY KEY, n INTEGER) WITHOUT ROWID")
        connection.executemany("INSERT OR REPLACE INTO pairs VALUES (?, ?)", _read(source))
        connection.execute("CREATE TABLE floor AS SELECT min(n) AS n FROM pairs")
    data = connection.serialize()
    connection.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)
    for other in target.parent.glob("bigrams-*.sqlite"):
        if other != target:
            other.unlink(missing_ok=True)


@cache
def pairs() -> Pairs | None:
    """The pair counts, from the user cache (built there on first use), else read into memory;
    None without symspellpy."""
    source = _source()
    if source is None:
        return None
    if not hasattr(sqlite3.Connection, "serialize"):  # Python 3.10: no table to write, read into memory
        return Pairs(dict(_read(source)))
    try:
        stat = source.stat()  # another release of the list makes another table
        target = cache_file().with_name(f"bigrams-{stat.st_size}-{int(stat.st_mtime)}.sqlite")
        if not target.is_file():
            _build(source, target)
        connection = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
        return Pairs(connection)
    except (OSError, RuntimeError, sqlite3.Error):
        return Pairs(dict(_read(source)))


def context_slips(doc: Document) -> Iterator[PairSlip]:
    """Each word printed once in the article, in small letters, between two words on the same
    line with one space on each side, where the books print one far commoner word one slip from it
    beside both neighbours often and the word itself beside neither; and each place of a word
    printed up to MAX_REPEATS times, where every place is so unlike the books and fits the same
    commoner word on one side at least (both sides at one place), which the article never prints."""
    # One pass over the text and a set operation rule out most articles: no word in them is a
    # slip a frequent word makes.
    suspects = {word for word in _slip_index().keys() & small_words(doc) if commoner_slips(word)}
    if not suspects:
        return
    table = pairs()
    if table is None:
        return
    printed = doc.derived(_printed_lower)
    repeated: dict[str, list[PairSlip]] = {}  # each place of a word printed more than once
    failed: set[str] = set()  # words printed more than once with a place that does not fit
    for block in doc.prose:
        text = block.text
        if not any(word in text for word in suspects):
            continue
        words = list(_WORDS.finditer(text))
        for before, middle, after in zip(words, words[1:], words[2:], strict=False):
            word = middle.group()
            if word not in suspects or printed[word] > MAX_REPEATS or word in failed:
                continue
            sides = _unlike_the_books(table, text, before, middle, after)
            intended = _fitting(table, word, *sides) if sides is not None else None
            if printed[word] == 1:
                if intended is not None and compiled().code(word) >> 8 <= MAX_SLIP_ZIPF:
                    yield PairSlip(block.start + middle.start(), block.start + middle.end(), word, intended, *sides)
                continue
            if sides is None or (intended is None and not _fits_one_side(table, word, *sides)):
                # Printed again where the books print it, or where nothing calls for the
                # commoner word: the word the writer means.
                failed.add(word)
                continue
            repeated.setdefault(word, []).append(
                PairSlip(block.start + middle.start(), block.start + middle.end(), word, intended or "", *sides)
            )
    for word, places in repeated.items():
        # The same slip made each time ("prepared to discus with", "will always discus with"):
        # the books print the word beside none of its neighbours, the commoner word beside one
        # neighbour of each place and both of one place at least, and the article never prints it.
        meant = {place.intended for place in places} - {""}
        if word in failed or len(places) < 2 or len(meant) != 1:
            continue
        intended = meant.pop()
        if not printed[intended]:
            fit = next(place for place in places if place.intended)
            yield from (
                place._replace(intended=intended, times=len(places), fitted=(fit.before, fit.after))
                for place in places
            )


# A headline in title case: this share of its words of four letters or more are capitalised.
TITLE_CASE_SHARE = 0.6


def headline_slips(doc: Document, body_slips: frozenset[str] = frozenset()) -> Iterator[PairSlip]:
    """`context_slips` for titles in title case (the headline, or a digest's next title:
    "Ambassador Offers Readiness to Discus with Cambodia"), read in small letters: each word
    printed once in the article, or printed again in the body where it is a slip too
    (`body_slips`), where the books print one far commoner word one slip from it beside both
    neighbours and the word beside neither."""
    if not document_words(doc).capitalised_hits(_slip_words()):
        return  # no capitalised word is a slip a frequent word makes: nearly every article
    titles = [b for b in doc.blocks if b.kind in (HEADLINE, PARAGRAPH) and title_case(b.text)]
    if not titles:
        return
    index = _slip_index()
    table = None
    printed: Counter[str] | None = None
    for head in titles:
        low = head.text.lower()
        suspects = {w for w in _WORDS.findall(low) if w in index and commoner_slips(w)}
        if not suspects:
            continue  # nearly every title
        table = table or pairs()
        if table is None:
            return
        if printed is None:
            printed = doc.derived(_printed_lower)
        words = list(_WORDS.finditer(low))
        for before, middle, after in zip(words, words[1:], words[2:], strict=False):
            word = middle.group()
            if word not in suspects or printed[word] > 1 and word not in body_slips:
                continue
            sides = _unlike_the_books(table, low, before, middle, after)
            intended = _fitting(table, word, *sides) if sides is not None else None
            if intended is not None:
                found = head.text[middle.start() : middle.end()]
                cased = intended[:1].upper() + intended[1:] if found[:1].isupper() else intended
                yield PairSlip(head.start + middle.start(), head.start + middle.end(), found, cased, *sides)


MAX_TITLE = 150  # a title's letters at most


@cache
def _slip_words() -> frozenset[str]:
    return frozenset(_slip_index())


def title_case(text: str) -> bool:
    """A title on one line in title case: most of its longer words capitalised, no stop."""
    if len(text) > MAX_TITLE or "\n" in text or text[-1:] in ".!?":
        return False
    long_words = [w for w in _WORDS.findall(text) if len(w) >= MIN_LENGTH]
    return len(long_words) >= 2 and sum(w[:1].isupper() for w in long_words) >= TITLE_CASE_SHARE * len(long_words)


def _printed_lower(doc: Document) -> Counter[str]:
    """How often the text prints each word, any case (made once per document, for both passes)."""
    return Counter(match.group().lower() for match in _WORDS.finditer(doc.text))


def _fits_one_side(table: Pairs, word: str, left: str, right: str) -> bool:
    """A far commoner word one slip from `word` that the books print often beside one of its
    neighbours at least ("discuss with" after "always discus with")."""
    return any(
        max(table.count(left, candidate), table.count(candidate, right)) >= MIN_PAIR
        for candidate, _ in commoner_slips(word)
    )


def _unlike_the_books(
    table: Pairs, text: str, before: regex.Match[str], middle: regex.Match[str], after: regex.Match[str]
) -> tuple[str, str] | None:
    """The word's neighbours, lowered, when one space parts each from it and the books print the
    word beside neither; None otherwise."""
    if text[before.end() : middle.start()] != " " or text[middle.end() : after.start()] != " ":
        return None
    word, left, right = middle.group(), before.group().lower(), after.group().lower()
    if table.count(left, word) or table.count(word, right):
        return None
    return left, right


def _fitting(table: Pairs, word: str, left: str, right: str) -> str | None:
    """The one far commoner word one slip from `word` that the books print beside both
    neighbours; None when no word, or several, fit."""
    fits = [
        candidate for candidate, gap in commoner_slips(word)
        if (counts := (table.count(left, candidate), table.count(candidate, right)))
        and min(counts) >= MIN_PAIR and (gap >= MIN_GAP or max(counts) * 10 ** (-gap / 10) >= table.floor)
    ]
    return fits[0] if len(fits) == 1 else None  # none, or several: the context does not say which


# A name's pair: two capitalised words side by side ("Wold Cup"), overlapping; the second is read
# again as the first of the next pair.
_NAME_PAIR = compile_cached(
    r"(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}+) (?=(\p{Lu}\p{Ll}+)(?![\p{L}\p{M}'’-]))"
)
# x10 (zipf): a capitalised word commoner than this is meant where it stands ("Form", "Grate"
# is not), and a neighbour this common is a function word ("The Larne"), not a name's part.
MAX_PAIR_WORD_ZIPF = 40
MAX_PARTNER_ZIPF = 60
MIN_PLURAL_GAP = 10  # x10 (zipf): a plural is rarer than its singular by nature
MAX_PLURAL_ZIPF = 35  # x10 (zipf): a plural commoner than this is a word of its own ("Trades")
# The commoner word beside the neighbour, in the books: at least this often ("world cup"); a
# plural for a name's singular needs more ("Informations Systems": "information systems").
MIN_NAME_PAIR = 10_000_000
MIN_PLURAL_PAIR = 30_000_000


def name_pair_slips(doc: Document) -> Iterator[PairSlip]:
    """A rare real word in a pair of capitalised words that the books print far more often with a
    far commoner word one letter away ("Wold Cup", "Informations Systems"): the word printed once,
    the pair as printed never in the books' list, exactly one word fitting."""
    hits = document_words(doc).capitalised_hits(_pair_words())
    if not hits:
        return  # one set operation: nearly every article
    index = _pair_index()
    table = pairs()
    if table is None:
        return
    titled = [word[:1].upper() + word[1:] for word in hits]
    printed: Counter[str] | None = None  # counted once a pair fits: nearly never
    for block in doc.prose:
        text = block.text
        if not any(word in text for word in titled):
            continue  # one C-level test a word: nearly every paragraph
        for match in _NAME_PAIR.finditer(text):
            first, second = match.group(1), match.group(2)
            for side, word, partner, start in (
                (0, first, second, match.start(1)), (1, second, first, match.start(2)),
            ):
                folded = word.lower()
                if folded not in hits:
                    continue
                partner_code = compiled().code(partner.lower())
                if partner_code & WORD and partner_code >> 8 >= MAX_PARTNER_ZIPF:
                    continue  # a function word beside it ("The Larne"), not a name's part
                intended = _pair_intended(table, folded, partner.lower(), side, tuple(index[folded].split(",")))
                if intended is None:
                    continue
                if printed is None:
                    printed = Counter(m.group() for m in _WORDS.finditer(doc.text))
                if printed[word] > 1:
                    continue  # printed again: a name of its own ("Witch Project")
                at = block.start + start
                yield PairSlip(at, at + len(word), word, intended[:1].upper() + intended[1:], first, second)


@cache
def _pair_table() -> dict[str, str]:
    """The words, one a line, and their sources (joined by commas), one a line: two strings,
    which load far faster than a dictionary of 36,000 entries (one article asks for the words
    only)."""
    return user_cached("pairwords2-", _build_pair_index)  # renamed when its shape changes


@cache
def _pair_words() -> frozenset[str]:
    return frozenset(_pair_table()["words"].split("\n"))


@cache
def _pair_index() -> dict[str, str]:
    table = _pair_table()
    return dict(zip(table["words"].split("\n"), table["sources"].split("\n"), strict=True))


def _build_pair_index() -> dict[str, str]:
    """Each rare real word (not a given name) with the far commoner words it may be a slip of,
    keeping the first letter: a letter lost or two swapped ("Wold": "world"), a letter added
    ("Generale": "general"), a plural's "s" on a rare plural ("Informations": "information"), a
    letter changed in a word of a well-known name ("Notional": "national")."""
    from .lexicon import dictionary

    data = compiled()
    name_words = _name_word_patterns()
    built: dict[str, str] = {}
    for word in sorted(dictionary()):
        if len(word) < MIN_LENGTH or not (word.isascii() and word.isalpha() and word.islower()):
            continue
        code = data.code(word)
        own = code >> 8
        if not code & WORD or code & GIVEN or own > MAX_PAIR_WORD_ZIPF:
            continue
        found = {source for source, _ in commoner_slips(word)}
        for changed in _changed_letter(word, name_words):  # "Brutish": "british"
            if (data.code(changed) >> 8) - own >= MIN_SCALED_GAP:
                found.add(changed)
        for shorter in deletes(word, 1):
            if len(shorter) < MIN_LENGTH or not (shorter_code := data.code(shorter)) & WORD:
                continue
            gap = (shorter_code >> 8) - own
            if word in (shorter + "s", shorter + "es"):
                if gap >= MIN_PLURAL_GAP and own <= MAX_PLURAL_ZIPF:  # "Informations", not "Trades Union"
                    found.add(shorter)
            elif gap >= MIN_SCALED_GAP:
                found.add(shorter)
        # The first letter kept: a name's word with its first letter lost ("Grate" for "Rate") is
        # rarer than a real name that starts so.
        kept = sorted(c for c in found if c[:1] == word[:1])
        if kept:
            built[word] = ",".join(kept)
    return {"words": "\n".join(built), "sources": "\n".join(built.values())}


def _name_word_patterns() -> dict[str, list[str]]:
    """The English words of well-known multi-word names ("british", "street") under each of their
    patterns with one letter after the first left open ("b?itish"): a changed letter is looked for
    in a name's word only, since an everyday word's ("Realty Trust": "really") is a word of its own."""
    from .lookup import compiled_gazetteer

    data = compiled()
    patterns: dict[str, list[str]] = {}
    for word in compiled_gazetteer().phrases:
        if len(word) < MIN_LENGTH or not (word.isascii() and word.isalpha()) or not data.code(word) & WORD:
            continue
        for i in range(1, len(word)):
            patterns.setdefault(f"{word[:i]}?{word[i + 1 :]}", []).append(word)
    return patterns


def _changed_letter(word: str, name_words: dict[str, list[str]]) -> Iterator[str]:
    """The words of well-known names that `word` is with one letter after the first changed."""
    for i in range(1, len(word)):
        for source in name_words.get(f"{word[:i]}?{word[i + 1 :]}", ()):
            if source != word:
                yield source


def _pair_intended(table: Pairs, word: str, partner: str, side: int, candidates: tuple[str, ...]) -> str | None:
    def count(a: str) -> int:
        return table.count(a, partner) if side == 0 else table.count(partner, a)

    if count(word):
        return None  # the books print the pair as it stands
    fits = [
        c for c in candidates
        if count(c) >= (MIN_PLURAL_PAIR if word in (c + "s", c + "es") else MIN_NAME_PAIR)
    ]
    return fits[0] if len(fits) == 1 else None


@cache
def _short_sources() -> frozenset[str]:
    """The frequent words a two- or three-letter slip is made of: one to four letters."""
    from .lexicon import frequency_items  # not the whole table, which the process would then keep

    return frozenset(
        word for word, zipf in frequency_items()
        if zipf >= SHORT_SOURCE_ZIPF and 1 <= len(word) <= max(SHORT_LENGTHS) + 1 and word.isascii()
        and word.isalpha() and word.islower() and _zipf(word) is not None
    )


def _one_slip(token: str) -> set[str]:
    """Every frequent word one letter lost, added, changed or two neighbours swapped from `token`;
    for a letter alone, the two-letter words it is one of with the other lost ("n": "in", "on")."""
    found = edits1(token) & _short_sources()
    return {word for word in found if len(word) == 2} if len(token) == 1 else found


class ShortSlip(NamedTuple):
    start: int
    end: int
    found: str
    intended: tuple[str, ...]  # best first


@cache
def _short_suspects() -> frozenset[str]:
    """Every string of one (`LONE_LETTERS`), two or three small letters that is no English word, no agency
    shorthand and no particle of another language: a short slip is one of these. A name list
    may hold it ("wil", "teh"), or a word list as a capitalised word only ("amd": AMD); printed in
    small letters between two words it is no name."""
    return frozenset(user_cached("shortsuspects3-", _build_short_suspects))


def _build_short_suspects() -> dict[str, int]:
    from itertools import product
    from string import ascii_lowercase

    strings = (word for n in SHORT_LENGTHS for word in map("".join, product(ascii_lowercase, repeat=n)))
    return dict.fromkeys(filter(_short_suspect, strings), 0)


def _short_suspect(word: str) -> bool:
    from .guess import foreign_particles, wire_words

    if len(word) == 1:
        return word in LONE_LETTERS
    return (
        len(word) in SHORT_LENGTHS and word.isascii() and word.isalpha() and word.islower()
        # A listed misspelling is NL102's; a word written only with capitals ("AMD") is no word
        # in small letters, unless people write it so often enough ("ok", "tv").
        and not (code := compiled().code(word)) & MISSPELT
        and not (code & WORD and (not code & PROPER or code >> 8 >= SHORT_CAPITALS_ZIPF))
        and word not in wire_words() and word not in foreign_particles()
    )


def short_slips(doc: Document) -> Iterator[ShortSlip]:
    """Each one-, two- or three-letter token in small letters that no word list knows, printed once,
    with a word on each side on its line, where the books print a frequent word one slip from it
    beside both neighbours often ("operations wil continue": "will"); the words that fit, best
    first."""
    words = document_words(doc)
    # One set operation once a process checks many texts; one text's few words looked up alone.
    short = words.printed_hits(_short_suspects()) if words.batched else set(filter(_short_suspect, words.printed()))
    if not short:
        return
    table = pairs()
    if table is None:
        return
    low = doc.text.lower()
    for token in short:
        places = _whole_word_places(low, token)
        if len(places) != 1:
            continue  # a term the article repeats, in any case, is meant ("mth", "EFE" and "efe-epa")
        at = places[0]
        stop = at + len(token)
        if not doc.text[at:stop].islower():
            continue
        before = _SHORT_LEFT.search(low, max(0, at - 30), at)
        after = _SHORT_RIGHT.match(low, stop, stop + 30)
        if before is None or after is None:
            continue
        left, right = before[1], after[1]
        if left in _NUMBER_WORDS:
            continue  # "five mln dlrs": a unit's shorthand after a figure
        if len(token) == 1 and (right not in _DETERMINERS or left in _LETTER_JOINS):
            # Only a determiner after it shows a preposition's letter lost ("n the"): a label's
            # letter stands before other words ("plan b is ready"), and letters joined make a
            # term's shorthand ("c and f": cost and freight).
            continue
        scored = sorted(
            ((min(table.count(left, word), table.count(word, right)), word) for word in _one_slip(token)),
            reverse=True,
        )
        if not scored or scored[0][0] < MIN_SHORT_PAIR:
            continue
        best = scored[0][0]
        fitting = tuple(word for score, word in scored if score * SHORT_RIVAL_SHARE >= best)
        yield ShortSlip(at, stop, doc.text[at:stop], fitting)


_LETTER_JOINS = frozenset(("and", "or", "to", "by"))
_DETERMINERS = frozenset("the a an his her its their this that these those our your my".split())
_NUMBER_WORDS = frozenset(
    "a one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
    "thousand million billion several few".split()
)
def _whole_word_places(low: str, token: str) -> list[int]:
    """Where `token` stands as a whole word in the lowered text, up to two places (no pattern
    per token: tokens vary from text to text, and compiled patterns are kept for the process)."""
    places: list[int] = []
    at = low.find(token)
    while at != -1 and len(places) < 2:
        end = at + len(token)
        if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            places.append(at)
        at = low.find(token, at + 1)
    return places


# The word before and after a short token, one space apart from it, on its line.
_SHORT_LEFT = compile_cached(r"(?r)(?<![\p{L}\d'’.-])([a-z]+)[ ]$")
_SHORT_RIGHT = compile_cached(r"[ ]([a-z]+)(?![\p{L}\d'’-])")


# "then" after a comparative, where "than" belongs ("more important then others"): the words
# just before "then", searched backwards from it, and the word after it.
_COMPARATIVE_BEFORE = compile_cached(
    r"(?ri)(?<![\p{L}'’-])(?:(?:more|less)(?:[ \t]+[a-z]+)?|rather|other|better|worse|greater|higher|lower|larger|"
    r"smaller|bigger|fewer|older|younger|faster|slower|stronger|weaker|longer|shorter|cheaper|easier|harder)"
    r"[ \t]+$"
)
_WORD_AFTER_THEN = compile_cached(r"[ \t]+([a-z]+|\d[\d,.]*)(?![\p{L}'’-])", regex.IGNORECASE)
# "than" beside the next word in the books this often at least, and this many times as often as "then".
MIN_THAN_PAIR = 1_000_000
THAN_OVER_THEN = 15


def than_slips(doc: Document) -> Iterator[PairSlip]:
    """"then" after a comparative where the books print "than" before the next word far more
    often ("more important then others": "than others"); "later then resumed" and "more
    dangerous then, he said" stay."""
    if "then " not in doc.text:
        return  # one C-level test: nearly every story stops here
    table = pairs()
    if table is None:
        return
    for block in doc.prose:
        text = block.text
        at = text.find("then ")
        while at != -1:
            # Each "then" only: a C-level find, a short backwards search before it.
            stop = at + len("then")
            before = _COMPARATIVE_BEFORE.search(text, max(0, at - 40), at) if at else None
            after = _WORD_AFTER_THEN.match(text, stop) if before is not None else None
            if after is not None and (at == 0 or not text[at - 1].isalpha()):
                following = after.group(1).lower()
                than = table.count("than", following)
                if following[0].isdigit() or (
                    # a figure after a comparative is what it is compared with ("more then 20")
                    than >= MIN_THAN_PAIR and than >= THAN_OVER_THEN * max(1, table.count("then", following))
                ):
                    preceding = text[before.start() : at].split()[-1].lower()
                    yield PairSlip(block.start + at, block.start + stop, "then", "than", preceding, following)
            at = text.find("then ", at + 1)
