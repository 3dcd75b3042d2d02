"""Guessing the word a lower-case unknown token was meant to be, beyond the listed misspellings.

A token in no word list, no name list and with no frequency of its own is compared with the
English words one edit away (a letter dropped, added, changed, or two swapped). It is taken
for a misspelling only when it is not a form English makes of a known word (a plural, a
prefix, a British -ise, two words run together: those are other rules' business or no error
at all), and a frequent word is near it.

Long on purpose: the candidates, the forms English makes, the sound-alikes and the two
user-cached tables (frequent words by bucket, capital-only words by deletion) are one guesser
whose parts share private tables; NL105, NL106 and NL412 ask it the same question.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from typing import NamedTuple

from .index import DeletionIndex, edits1, rapidfuzz
from .lookup import (
    DOUBTFUL,
    GIVEN,
    KNOWN,
    PERSON,
    PROPER,
    WORD,
    compiled,
    compiled_gazetteer,
    english_words,
    user_cached,
)
from .nameslots import foreign_particles, word_list
from .slips import moved_letters

VOWELS = frozenset("aeiouy")
MIN_LENGTH = 4
# Zipf x10 thresholds, tuned on the tuning half of the corpus.
TOKEN_MAX_ZIPF = 25  # a token used more than this is someone's word (jargon, a loan word)
CANDIDATE_MIN_ZIPF = 25  # a correction must be a word people use
LEAD_OVER_TOKEN = 15  # the correction is this much more frequent than the token
LEAD_OVER_RUNNER_UP = 10  # one candidate wins when it is ten times more frequent than the next
GLUED_PART_ZIPF = 40  # both halves of a run-together pair are common words ("paycuts")
MAX_SHOWN = 3
MIN_UNCLEAR_LENGTH = 6
# A shorter token near several words is reported only when no list knows it at all ("baord":
# "board", "broad"); one the lists hold, however rarely ("leant", "quals"), is a word we lack.
# Being someone's name somewhere says nothing of a lower-case token ("secen", "shre"), nor
# does a frequency below this (x10), which word counts give the commonest slips too ("stok").
SHORT_UNCLEAR_LENGTH = 4
SHORT_UNCLEAR_FLAGS = PERSON | GIVEN | DOUBTFUL
SHORT_TOKEN_MAX_ZIPF = 20

# Endings English adds to a word ("liftings", "nearbys"): a token made so from a known word is
# a real form the word list lacks, not a slip. The inflections may drop a final "e"
# ("rescheduler"); derivations may not (else "retirment" would pass as "retire" + "ment").
INFLECTIONS = ("s", "es", "d", "ed", "r", "er", "ers", "ing", "ings")
DERIVATIONS = ("ly", "ness", "ment", "ments", "ist", "ists", "ism")
PREFIXES = (
    "re", "de", "un", "non", "pre", "post", "co", "anti", "mis", "sub", "inter", "multi",
    "semi", "over", "under", "out", "counter", "super", "micro", "mega", "ex", "dis",
)
# British spellings of forms the word lists may hold only in American ("collateralised",
# "unlicenced", "defenceless").
SPELLING_VARIANTS = (("is", "iz"), ("ys", "yz"), ("our", "or"), ("ncy", "nce"), ("cenc", "cens"), ("fenc", "fens"))
# Endings of one stem: a token and a candidate that differ only here ("trailblazed" and
# "trailblazer", "neurone" and "neurons") are two forms of a word the lists lack.
ENDINGS = frozenset(("s", "es", "d", "ed", "r", "er", "ers", "ing", "e", "y", "ies", "ied", "ee", "ees"))
MIN_STEM = 6
STEM_MIN_ZIPF = 25
EXPLANATION_MARGIN = 10
# Two words run together explain a token only when each is used at least as often as the word
# one slip away ("softwere" is "software", not "soft were"; "paycuts" is "pay cuts").
GLUED_MARGIN = 0
# ... unless the word one slip away is this long and this frequent (x10): then both readings
# are shown ("withan": "within" or "with an").
GLUED_OR_SLIP_LENGTH = 5
GLUED_OR_SLIP_ZIPF = 35
# Spellings that sound alike ("aphter", "seperate" aside: one edit finds those): two or more
# edits each, but one slip of the ear.
SOUND_ALIKES = (
    ("ph", "f"), ("f", "ph"), ("ie", "ei"), ("ei", "ie"), ("ance", "ence"), ("ence", "ance"),
    ("ant", "ent"), ("ent", "ant"), ("able", "ible"), ("ible", "able"), ("sion", "tion"),
    ("tion", "sion"), ("ck", "k"), ("k", "ck"), ("ks", "x"), ("x", "ks"), ("ght", "t"),
)
# A safe fix needs its word to beat every other word one edit away, rare ones too, by this much.
SAFE_LEAD = 12


class Guess(NamedTuple):
    """The likely words (most frequent first); whether the first clearly wins; whether it wins
    so clearly that replacing the token needs no editor (no rival, first letter kept)."""

    candidates: tuple[str, ...]
    clear: bool
    safe: bool


@cache
def wire_words() -> frozenset[str]:
    """Agency abbreviations and jargon that no dictionary lists ("unch")."""
    return word_list("wire_words.txt")


def _code(word: str) -> int:
    return compiled().code(word)


def _zipf(word: str) -> int:
    return _code(word) >> 8


def _is_word(word: str) -> bool:
    return bool(_code(word) & KNOWN)


def _lower_word(word: str) -> bool:
    """A word English prints in lower case (not "American"): a correction of a lower-case token."""
    code = _code(word)
    return bool(code & WORD) and not code & PROPER


def _frequent_word(word: str, against: int) -> bool:
    """A word of the lists that people use, about as much as the slip's likely word: the huge
    lists hold rare forms ("thi", "bitt") that would explain away any slip."""
    code = _code(word)  # one lookup for both tests
    return code >> 8 >= max(STEM_MIN_ZIPF, against - EXPLANATION_MARGIN) and bool(code & KNOWN)


def _stems(token: str, suffix: str) -> list[str]:
    """The words `token` may be `suffix` added to ("planned": "plan"; "agreed": "agree")."""
    stem = token[: -len(suffix)]
    if suffix in ("d", "r"):
        return [stem] if stem.endswith("e") else []
    if suffix == "s" and stem.endswith("s"):
        return []  # English writes "-es" there: "homess" is a slip
    if suffix in ("ed", "er", "ers") and stem.endswith("e"):
        return []  # English drops the stem's "e" there: "contaminateed" is a slip
    if suffix == "es" and not stem.endswith(("s", "x", "z", "ch", "sh", "o")):
        return [stem + "e"]  # "forkes" is no form of "fork"
    stems = [stem]
    if suffix in INFLECTIONS:
        if suffix != "s":  # "executivs" is no form of "executive"
            stems.append(stem + "e")
        if suffix not in ("s", "es") and len(stem) > 3 and stem[-1] == stem[-2] and _doubles(stem[:-1]):
            stems.append(stem[:-1])
        if stem.endswith("i") and suffix != "s":
            stems.append(stem[:-1] + "y")  # "carried", "companies"; "companis" is a slip
    return stems


def _doubles(base: str) -> bool:
    """English doubles a last consonant after one short vowel ("plan" -> "planned"), not after
    two vowels ("load" -> "loaded": "loadding" is a slip)."""
    vowels = "aeiou"
    return (
        len(base) >= 3 and base[-1] not in vowels + "wxy" and base[-2] in vowels and base[-3] not in vowels
    )


def made_from_known(token: str, against: int = 0) -> bool:
    """A plural, a derived or prefixed form, a spelling variant, or two words run together.
    The known word must be used about as often as `against` (the Zipf x10 of the word the
    token is one slip from): "bsaed" is no form of "bsa" when "based" is that near."""
    return formed_from_known(token, against) or glued(token, against)


def formed_from_known(token: str, against: int = 0) -> bool:
    """`made_from_known` without the reading as two words run together."""
    return inflected(token, against) or prefixed(token, against) or _variant(token)


def inflected(token: str, against: int = 0) -> bool:
    """A known word with an ending English adds ("liftings", "nearbys")."""
    for suffix in INFLECTIONS + DERIVATIONS:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            if any(_frequent_word(stem, against) for stem in _stems(token, suffix)):
                return True
    return False


def prefixed(token: str, against: int = 0) -> bool:
    """A known word, or its plural, behind a prefix ("preallocation")."""
    for prefix in PREFIXES:
        rest = token[len(prefix):]
        if token.startswith(prefix) and len(rest) >= 5 and (
            _frequent_word(rest, against)
            or (rest.endswith("s") and not rest.endswith("ss") and _frequent_word(rest[:-1], against))
        ):
            return True
    return False


def _variant(token: str) -> bool:
    """A British spelling of a word the lists hold in American ("collateralised")."""
    for one, other in SPELLING_VARIANTS:
        at = token.find(one)
        while at != -1:
            if _is_word(token[:at] + other + token[at + len(one):]):
                return True
            at = token.find(one, at + 1)
    return False


def _common_part(part: str, against: int) -> bool:
    """A lower-case word common enough to be one half of two words run together; short ones
    must be very common ("to", "the"), since wordfreq lists many short fragments."""
    need = GLUED_PART_ZIPF + (15 if len(part) == 2 else 10 if len(part) == 3 else 0)
    code = _code(part)  # one lookup for the frequency and `_lower_word`
    return (
        code >> 8 >= max(need, against - GLUED_MARGIN)
        and bool(code & WORD) and not code & PROPER and part not in foreign_particles()
    )


def glued(token: str, against: int = 0) -> bool:
    """Two common words run together ("paycuts", "visitto"): scraped-copy rules report these.
    A letter printed three times running ("billlion") is a slip, whatever the halves."""
    return glued_apart(token, against) is not None


def glued_apart(token: str, against: int = 0) -> str | None:
    """`glued`'s two words with a space between them ("pay cuts"), or None."""
    if any(token[i] == token[i + 1] == token[i + 2] for i in range(len(token) - 2)):
        return None
    for cut in range(2, len(token) - 1):
        if (
            _common_part(token[:cut], against) and _common_part(token[cut:], against)
            # A cut inside a doubled letter whose single form is a word ("his|story" in
            # "hisstory", "prof|fit") reads as a letter struck twice, not two words.
            and not (token[cut - 1] == token[cut] and _is_word(token[: cut - 1] + token[cut:]))
        ):
            return f"{token[:cut]} {token[cut:]}"
    return None


def worth_guessing(token: str) -> bool:
    """A lower-case token that may be a slip: long enough, pronounceable, unknown everywhere."""
    if len(token) < MIN_LENGTH or not token.isascii() or not token.isalpha() or not VOWELS.intersection(token):
        return False
    if token in wire_words() or _is_word(token) or _zipf(token) > TOKEN_MAX_ZIPF:
        return False
    return True


def swaps_over_one(token: str) -> set[str]:
    """Two letters swapped over the one between them ("tsumani" for "tsunami"): two edits,
    but one slip of the hands, and only a few strings to try."""
    return {
        token[:i] + token[i + 2] + token[i + 1] + token[i] + token[i + 3 :]
        for i in range(len(token) - 2)
        if token[i] != token[i + 2]
    }


def _other_form(token: str, word: str) -> bool:
    """Two endings of one stem ("headquarted" / "headquarter")."""
    stem = 0
    while stem < min(len(token), len(word)) and token[stem] == word[stem]:
        stem += 1
    rest_token, rest_word = token[stem:], word[stem:]
    last = token[stem - 1 : stem]
    if rest_token == "s" and rest_word in ("e", "es") and last != "e":
        return False  # "executivs": a plural that lost its "e", no other form of the stem
    if rest_token[:1] == last and (last not in "aeiou" or len(rest_token) > 1):
        return False  # the stem's last letter struck again ("mergerr", "harvesteed"; "divorcee" stays)
    if rest_token in ("d", "r") and last != "e":
        return False  # English adds a bare "d" or "r" after an "e" only ("executivd", "regulad")
    return stem >= MIN_STEM and rest_token in ENDINGS and rest_word in ENDINGS


def _two_edit_slips(token: str) -> set[str]:
    """The strings one slip of the hands or the ear makes two edits away: letters swapped over
    one, a letter moved two places, a sound spelled another way."""
    return swaps_over_one(token) | moved_letters(token) | sound_alikes(token)


def sound_alikes(token: str) -> set[str]:
    """The token with one spelling of a sound put for another ("aphter" -> "after")."""
    out = set()
    for one, other in SOUND_ALIKES:
        at = token.find(one, 1)
        while at != -1:
            out.add(token[:at] + other + token[at + len(one):])
            at = token.find(one, at + 1)
    return out


# After this many guesses in one process (a folder, not an article), the frequent words are
# looked up in buckets by length and first or last letters instead of through every edit.
BUCKETS_AFTER = 40
# Bucket keys use this many letters: a token this long or longer keeps its first or its last
# three letters through one edit, so a word one edit away shares one of its buckets.
BUCKET_LETTERS = 3
BUCKET_MIN_LENGTH = 7
BUCKET_MIN_ZIPF = 12  # words rarer than this are never candidates nor rivals that count
_guesses = 0


def _build_buckets() -> dict[str, str]:
    """Frequent lower-case words by (first three letters, length) and (last three, length)."""
    from .lexicon import dictionary, frequencies, proper_words

    words, proper = dictionary(), proper_words()
    grouped: dict[str, list[str]] = {}
    for word, zipf in frequencies().items():
        if zipf < BUCKET_MIN_ZIPF or word not in words or word in proper or not word.isascii():
            continue
        if len(word) < BUCKET_MIN_LENGTH - 1:
            continue
        size = len(word)
        grouped.setdefault(f"<{size}{word[:BUCKET_LETTERS]}", []).append(word)
        grouped.setdefault(f">{size}{word[-BUCKET_LETTERS:]}", []).append(word)
    return {key: "\n".join(found) for key, found in grouped.items()}


@cache
def buckets() -> dict[str, str]:
    """The buckets, from the user cache next to the compiled spelling data, else built (and
    kept there)."""
    return user_cached("nearwords-", _build_buckets)


def _bucket_pool(token: str, spread: int) -> list[str]:
    """The frequent words of the buckets a word `spread` edits from the token can be in (its
    length that much shorter or longer, its first or last three letters kept). One split of the
    buckets joined, not a set: a word in two of them is scored twice, and callers collect the
    words found in a set all the same."""
    table = buckets()
    found = [
        table.get(key) for size in range(len(token) - spread, len(token) + spread + 1)
        for key in (f"<{size}{token[:BUCKET_LETTERS]}", f">{size}{token[-BUCKET_LETTERS:]}")
    ]
    joined = "\n".join(filter(None, found))
    return joined.split("\n") if joined else []


def _bucketed(token: str) -> set[str]:
    """Frequent words one edit from a token of BUCKET_MIN_LENGTH letters or more."""
    osa, process = rapidfuzz()
    return {
        word for word, _, _ in process.extract(
            token, _bucket_pool(token, 1), scorer=osa.distance, score_cutoff=1, limit=None
        )
    }


_LETTERS = [bytes([c]) for c in range(ord("a"), ord("z") + 1)]


def _edits1_ascii(word: bytes) -> set[bytes]:
    """`index.edits1` over bytes: an ASCII token's edits meet the reference sets (bytes)
    without encoding each one."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1:2] + b[0:1] + b[2:] for a, b in splits if len(b) > 1)
    for c in _LETTERS:
        out.update(a + c + b[1:] for a, b in splits if b)
        out.update(a + c + b for a, b in splits)
    return out


def _near_words(token: str) -> set[str]:
    """English words one slip (see the module's docstring) from an ASCII token."""
    global _guesses
    _guesses += 1
    data = compiled()
    others = _two_edit_slips(token)
    if _guesses > BUCKETS_AFTER and len(token) >= BUCKET_MIN_LENGTH:
        near = _bucketed(token)
        near.update(english_words(others))
        near.discard(token)
        return near
    if data.reference_sets_loaded:
        known = data.reference_sets()[1]
        keys = _edits1_ascii(token.encode())
        keys.discard(token.encode())
        # The known set holds names too: only its English words, as the other path finds, so
        # that a guess never depends on whether the process has loaded the sets.
        near = {word for word in map(bytes.decode, known.intersection(keys)) if data.code(word) & WORD}
    else:
        near = set(english_words(edits1(token) - {token}))
    if len(token) >= BUCKET_MIN_LENGTH:
        # What the buckets hold, so that a guess never depends on how many came before it in
        # the process (one worker of a folder run or another, or a single article).
        near = {word for word in near if _bucket_word(word)}
    near.update(english_words(others))
    near.discard(token)
    return near


# Two slips in one long word ("potetnital", "telecommucations"): a word of FAR_MIN_LENGTH
# letters or more that no single slip explains, two edits from one frequent word and made of
# nearly the same letters (FAR_MAX_LETTERS more or fewer). Never a safe fix.
FAR_MIN_LENGTH = 9
FAR_MIN_ZIPF = 30
FAR_MAX_LETTERS = 2


def far_slip(token: str) -> Guess | None:
    """The one frequent word two slips from a long token that `likely_slip` leaves unguessed;
    not a form or compound of known words, nor a word the token begins or ends with."""
    return _far_slip(token) if len(token) >= FAR_MIN_LENGTH else None


@lru_cache(maxsize=8192)
def _far_slip(token: str) -> Guess | None:
    if not worth_guessing(token):
        return None
    osa, process = rapidfuzz()
    scored = {word: distance for word, distance, _ in process.extract(
        token, _bucket_pool(token, 2), scorer=osa.distance, score_cutoff=2, limit=None)}
    # A word one slip away (the buckets hold what `_near_words` finds for a token this long):
    # `likely_slip` has judged the token already.
    if 1 in scored.values() or english_words(_two_edit_slips(token)):
        return None
    near = sorted(
        ((_zipf(word), word) for word in scored
         if not (token.startswith(word) or token.endswith(word) or word.startswith(token) or word.endswith(token))),
        reverse=True,
    )
    if len(near) > 1:
        # Letters left out or struck more, no letter changed: one such word among others that
        # change letters is the slip ("prefential": "preferential", not "prudential").
        kept = [(zipf, word) for zipf, word in near if _within(token, word) or _within(word, token)]
        if len(kept) == 1:
            near = kept
    if not near or near[0][0] < FAR_MIN_ZIPF or len(near) > 1 and near[0][0] < near[1][0] + LEAD_OVER_RUNNER_UP:
        return None
    best = near[0][1]
    if _letters_apart(token, best) > FAR_MAX_LETTERS or made_from_known(token, near[0][0]) or _two_words(token):
        return None
    if _inserted_syllable(token, best):
        return None
    return Guess((best,), True, False)


def _inserted_syllable(token: str, word: str) -> bool:
    """Two letters inside a word that repeat neither neighbour: how names are made from words
    ("Dementieva", "Centronic"), where a stutter of the hands repeats ("finanancial")."""
    if len(token) != len(word) + 2:
        return False
    for i in range(1, len(word)):
        if token[:i] == word[:i] and token[i + 2 :] == word[i:]:
            chunk = token[i : i + 2]
            if chunk[0] == chunk[1] and chunk[0] not in VOWELS:
                return False  # one key struck twice more ("Empowernnment"), no syllable
            return chunk not in (token[i - 2 : i], token[i + 2 : i + 4])
    return False


def _within(short: str, long: str) -> bool:
    """`short` is `long` with letters left out, the rest in order."""
    rest = iter(long)
    return len(short) < len(long) and all(letter in rest for letter in short)


def _letters_apart(one: str, other: str) -> int:
    """How many letters one word has that the other lacks, and the other way round."""
    a, b = Counter(one), Counter(other)
    return sum(((a - b) + (b - a)).values())


def _two_words(token: str) -> bool:
    """Two words of three letters or more written as one ("schoolbus", "bioleaching")."""
    return any(_is_word(token[:i]) and _is_word(token[i:]) for i in range(3, len(token) - 2))


def _bucket_word(word: str) -> bool:
    """`_build_buckets`'s choice of words, asked of the compiled data one word at a time (a
    test keeps the two searches equal)."""
    return (
        len(word) >= BUCKET_MIN_LENGTH - 1 and word.isascii() and _lower_word(word)
        and _zipf(word) >= BUCKET_MIN_ZIPF
    )


def guess(token: str, short: bool = False) -> Guess | None:
    """The frequent lower-case words one slip from `token`, or None when there is none; with
    `short`, several such words make a suggestion for a token shorter than MIN_UNCLEAR_LENGTH."""
    found = _ranked(token)
    if found is None and token[-1:] == "s" and token[-2:-1] not in "su" and len(token) > MIN_PLURAL_GUESS:
        found = _plural_guess(token)
    if found is not None and not found.clear and len(token) < (SHORT_UNCLEAR_LENGTH if short else MIN_UNCLEAR_LENGTH):
        return None  # a short token near several words is as likely a word we lack
    return found


# A plural this long at least is guessed through its singular ("encrochments": "encroachment" is
# frequent enough to be a correction, its plural is not).
MIN_PLURAL_GUESS = 7


def _plural_guess(token: str) -> Guess | None:
    """The plurals of the words one slip from the token's singular, when that singular is a slip
    too and the plurals are words."""
    stem = token[:-1]
    if not worth_guessing(stem):
        return None
    found = _ranked(stem)
    if found is None:
        return None
    plurals = tuple(word + "s" for word in found.candidates if _is_word(word + "s"))
    if len(plurals) != len(found.candidates):
        return None  # a candidate with no plural: the token may be a verb's form or a word we lack
    return Guess(plurals, found.clear, found.safe)


@lru_cache(maxsize=8192)
def _near_lower(token: str) -> tuple[tuple[int, str], ...]:
    """(frequency, word) of the lower-case words one slip from `token`, most frequent first,
    worked out once however many guessers ask; a British "-ise" word weighs as its "-ize" form."""
    code = compiled().code
    return tuple(
        sorted(
            (
                (_spelling_zipf(word, found >> 8), word)
                for word in _near_words(token) if (found := code(word)) & WORD and not found & PROPER
            ),
            reverse=True,
        )
    )


# A token no list knows, one slip from an everyday English word (Zipf 4, x10) and from no other
# fairly common one (Zipf 3): that word, mistyped inside a name ("Western Digtial Corp").
EVERYDAY_ZIPF = 40
RIVAL_ZIPF = 30
EVERYDAY_MIN_LENGTH = 4
EVERYDAY_FIRST_CHANGED = 9  # letters, at least, of a token whose first letter is another's


@lru_cache(maxsize=4096)
def everyday_slip(token: str) -> str | None:
    """The one everyday word a lower-cased token that no list (names lists and word counts
    included) knows is one slip from, or None: the shape of the slip aside."""
    word = everyday_near(token)
    if word is None:
        return None
    if token == word + "s" or token[0] != word[0] and len(token) == len(word) and len(token) < EVERYDAY_FIRST_CHANGED:
        return None  # a word made a name ("Scientifics"), or a name a first letter from a word ("Vigers")
    return word


@lru_cache(maxsize=4096)
def everyday_near(token: str) -> str | None:
    """The one everyday word a lower-cased token that no list knows is one slip from, and from
    no other fairly common one, whatever the slip."""
    strong = everyday_words_near(token)
    if len(strong) != 1:
        return None
    # A rival that changes the first letter the token shares with the strong word is typing's
    # rarest slip ("Destrict": "district", not "restrict").
    kept = strong[0][0] == token[0]
    if any(
        zipf >= RIVAL_ZIPF and not (kept and word[0] != token[0])
        for zipf, word in _near_lower(token) if word != strong[0]
    ):
        return None
    return strong[0]


def everyday_words_near(token: str) -> tuple[str, ...]:
    """The everyday words a lower-cased token that no list knows is one slip from, most
    frequent first."""
    if len(token) < EVERYDAY_MIN_LENGTH or not token.isascii() or not token.isalpha() or _code(token):
        return ()
    return tuple(word for zipf, word in _near_lower(token) if zipf >= EVERYDAY_ZIPF)


@lru_cache(maxsize=8192)
def _ranked(token: str) -> Guess | None:
    """`guess` whatever the token's length, worked out once however many rules ask."""
    token_zipf = _zipf(token)
    near = _near_lower(token)
    if any(_other_form(token, word) for _, word in near):
        return None
    scored = [
        (zipf, word) for zipf, word in near
        if zipf >= CANDIDATE_MIN_ZIPF and zipf >= token_zipf + LEAD_OVER_TOKEN
    ]
    if not scored:
        return None
    best_zipf, best = scored[0]
    if made_from_known(token, best_zipf):
        return None
    clear = len(scored) == 1 or best_zipf >= scored[1][0] + LEAD_OVER_RUNNER_UP
    if not clear:
        return Guess(tuple(word for _, word in scored[:MAX_SHOWN]), False, False)
    rivals = [word for zipf, word in near[1:] if zipf > best_zipf - SAFE_LEAD]
    if rivals:  # a rarer word fits too ("inductive" / "injunctive"): show both, fix neither
        return Guess((best, *rivals[: MAX_SHOWN - 1]), False, False)
    return Guess((best,), True, best[0] == token[0])


# A British "-ise" form is counted as often as its "-ize" form: the frequency list counts mostly
# American text ("sanitised" is as much a word as "sanitized").
_BRITISH_ISE = re.compile(r"is(?=(?:e|ed|es|ing|ation|ations)$)")


def _spelling_zipf(word: str, zipf: int) -> int:
    """A word's frequency, a British "-ise" spelling's taken from its "-ize" form when higher."""
    if "is" not in word[-9:]:
        return zipf
    american = _BRITISH_ISE.sub("iz", word)
    return max(zipf, _zipf(american)) if american != word and _is_word(american) else zipf


def _one_edit(length: int) -> int:
    return 1


@cache
def _proper_index() -> DeletionIndex:
    """The words written only with a capital that a slip may have been meant for, in the
    shared symmetric-deletion index (its keys kept in the user cache after the first build).
    People's names are NL101's to judge (a given name's variants are names too: "Mellissa"),
    unless the word is a place's or a calendar's name as well ("Britain", "February")."""

    def build() -> dict[str, str]:
        from .lexicon import proper_words  # the word list's source, read once when first needed

        code = compiled().code
        words = [word for word in proper_words() if word.isascii() and word.isalpha() and _kept(word, code(word))]
        return DeletionIndex(words, _one_edit).keys

    return DeletionIndex.from_keys(user_cached("properindex-", build), _one_edit)


def _kept(word: str, found: int) -> bool:
    """Whether `_proper_index` keeps a capital-only word of that code: frequent, and no person's
    name unless a place's or a calendar's too."""
    return found >> 8 >= CANDIDATE_MIN_ZIPF and (not found & PERSON or word in compiled_gazetteer().targets)


def _indexed_proper(word: str) -> bool:
    """A word `_proper_index` holds, asked of the compiled data one word at a time."""
    found = compiled().code(word)
    return bool(found & PROPER) and _kept(word, found)


@lru_cache(maxsize=4096)
def proper_slip(token: str) -> Guess | None:
    """The one word written only with a capital ("American", "Lithuanian") one edit from a
    lower-cased token, when it is frequent and no other such word is near: `guess` leaves
    these words out, since in lower case they are no correction."""
    if not worth_guessing(token):
        return None
    near = _proper_index().lookup(token)
    if not near:  # a letter typed two places early or late ("tesuday")
        near = [(word, 2) for word in sorted(moved_letters(token)) if _indexed_proper(word)]
    if len(near) != 1:
        return None
    word = near[0][0]
    if compiled().code(word) >> 8 < _zipf(token) + LEAD_OVER_TOKEN:
        return None
    return Guess((word,), True, word[0] == token[0])


# x10: a person's name this frequent in real text is a name of the news ("Gonzalez", "Lehman",
# "Mikhail"): a token in no list with two of its inner letters swapped is that name mistyped.
FAMOUS_NAME_ZIPF = 30
MIN_SWAP_LENGTH = 5


@cache
def _famous_names() -> frozenset[str]:
    """People's names written only with a capital and frequent in real text, case-folded (kept
    in the user cache after the first build, like the proper words' index)."""

    def build() -> dict[str, str]:
        from .lexicon import proper_words  # the word list's source, read once when first needed

        code = compiled().code
        places = compiled_gazetteer().targets  # a place's or a calendar's name is NL101's ("Toyko", "Apirl")
        return {
            word: "" for word in proper_words()
            if word.isascii() and word.isalpha() and word not in places
            and (found := code(word)) & PERSON and found >> 8 >= FAMOUS_NAME_ZIPF
        }

    return frozenset(user_cached("famous-", build))


@lru_cache(maxsize=4096)
def person_swap(token: str) -> Guess | None:
    """The one frequent person's name a lower-cased token is with two inner letters swapped
    ("daivd": "David", "gonzaelz": "Gonzalez"), when no list or text knows the token: the shape
    typing makes, where names' own variants differ by a changed letter. Never a fix of its own.
    A names list's entry that real text never prints counts as unknown: profiles' own typing
    slips of famous names fill such lists ("Ahamd")."""
    if len(token) < MIN_SWAP_LENGTH or not token.isascii() or not token.isalpha():
        return None
    if _code(token) & ~(PERSON | GIVEN | DOUBTFUL):
        return None
    famous = _famous_names()
    # The first two letters swapped too ("Hcris": "Chris"), where no list at all knows the token.
    first = 0 if not _code(token) else 1
    near = [
        swapped for i in range(first, len(token) - 2)
        if token[i] != token[i + 1]
        and (swapped := token[:i] + token[i + 1] + token[i] + token[i + 2 :]) in famous
    ]
    return Guess((near[0],), True, False) if len(near) == 1 else None


@lru_cache(maxsize=4096)
def short_slip(token: str) -> Guess | None:
    """The suggestion for a short token that no list knows (a names list aside: see
    SHORT_UNCLEAR_FLAGS), one slip from several frequent words ("baord"), which `likely_slip`
    leaves unguessed: never a fix of its own."""
    if len(token) >= MIN_UNCLEAR_LENGTH or len(token) < SHORT_UNCLEAR_LENGTH:
        return None
    code = _code(token)
    if code & 255 & ~SHORT_UNCLEAR_FLAGS or code >> 8 > SHORT_TOKEN_MAX_ZIPF:
        return None
    if not worth_guessing(token):
        return None
    found = guess(token, short=True)
    return found if found is not None and not found.clear else None


@lru_cache(maxsize=4096)
def glued_or_slip(token: str) -> Guess | None:
    """A lower-case token that reads as two words run together, or a prefix on a word, and as a
    frequent word mistyped ("agreemet": "agreement" or "agree met"; "resuits": "results"): a
    suggestion of the word (and of the two words), never a fix. Capitalised tokens made so are
    coined names ("Blackground"): not asked."""
    if not worth_guessing(token):
        return None
    near = _near_lower(token)
    if not near or any(_other_form(token, word) for _, word in near):
        return None
    best_zipf, best = near[0]
    if len(best) < GLUED_OR_SLIP_LENGTH or best_zipf < max(GLUED_OR_SLIP_ZIPF, _zipf(token) + LEAD_OVER_TOKEN):
        return None
    if inflected(token, best_zipf) or _variant(token):
        return None
    apart = glued_apart(token, best_zipf)
    if apart is not None:
        return Guess((best, apart), False, False)  # "within" or "with an": the editor knows
    return Guess((best,), False, False) if prefixed(token, best_zipf) else None


# Shorter vowel-less tokens are agency shorthand far more often than slips ("mths", "pymt").
VOWEL_STRUCK_LENGTH = 5


@lru_cache(maxsize=4096)
def vowel_struck(token: str) -> Guess | None:
    """The word a token without vowels was typed for when a key beside its vowel was struck
    instead ("whjch", "tsrms"); shorthand drops vowels ("dlrs", "mths"), it never replaces
    them, so only words with a vowel in the token's place count. Never a fix of its own."""
    if len(token) < VOWEL_STRUCK_LENGTH or not token.isascii() or not token.isalpha() or VOWELS.intersection(token):
        return None
    if token in wire_words() or _code(token) & KNOWN or _zipf(token) > TOKEN_MAX_ZIPF:
        return None
    found = guess(token)
    if found is None:
        return None
    words = tuple(
        word for word in found.candidates
        if len(word) == len(token)
        and [c for c, t in zip(word, token, strict=True) if c != t] in (["a"], ["e"], ["i"], ["o"], ["u"], ["y"])
    )
    return Guess(words, found.clear and len(words) == len(found.candidates), False) if words else None


# A vowel dropped from a short word ("frnt", "mnths") leaves what shorthand leaves ("mths",
# "shrs"), so only a word used this often (x10) is offered for it.
VOWEL_DROPPED_MIN_ZIPF = 40


@lru_cache(maxsize=4096)
def vowel_dropped(token: str) -> Guess | None:
    """The frequent words a token without vowels becomes with one vowel put back ("wrld":
    "world"). Never a fix of its own: an agency's shorthand looks the same."""
    if len(token) < MIN_LENGTH or not token.isascii() or not token.isalpha() or VOWELS.intersection(token):
        return None
    if token in wire_words() or _code(token) & KNOWN or _zipf(token) > TOKEN_MAX_ZIPF:
        return None
    code = compiled().code
    near = sorted(
        {
            (found >> 8, word)
            for at in range(len(token) + 1) for vowel in "aeiou"
            if (found := code(word := token[:at] + vowel + token[at:])) & WORD and not found & PROPER
            and found >> 8 >= VOWEL_DROPPED_MIN_ZIPF
        },
        reverse=True,
    )
    if not near:
        return None
    clear = len(near) == 1 or near[0][0] >= near[1][0] + LEAD_OVER_RUNNER_UP
    return Guess(tuple(word for _, word in near[:MAX_SHOWN]), clear, False)


@lru_cache(maxsize=4096)
def likely_slip(token: str) -> Guess | None:
    """The guess for a token worth guessing, once per process: NL105 reports it, NL412 leaves a
    word one slip from a frequent word to NL105 instead of splitting it."""
    return guess(token) if worth_guessing(token) else None
