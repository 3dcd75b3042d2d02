"""The spelling rules on long texts: work that grows with the text, not with its square.

No timings: the tests count the comparisons a rule makes, and check that the fast paths
(deletion index, one count of all words) find exactly what the direct ones do.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from newslint.core.document import PARAGRAPH, Block
from newslint.formats import read_document
from newslint.rules import nl301_name_consistency as nl301
from newslint.rules.nl301 import runs as nl301_runs
from newslint.rules.nl301 import shared as nl301_shared
from newslint.rules.nl301 import words as nl301_words
from newslint.rules.nl301.shared import WordCounts
from newslint.spelling import index
from newslint.spelling.index import SCAN_PAIRS, NearWords
from newslint.spelling.nameslots import whole_word_count

_ONSETS = ["b", "d", "g", "k", "m", "n", "p", "r", "t", "v", "z", "br", "dr", "kr", "tr", "zv"]
_VOWELS = ["a", "e", "i", "o", "u"]


def _made_up_names(count: int, seed: int) -> list[str]:
    """Distinct capitalised names of three syllables that no word list knows ("Zvadokir")."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        word = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(3)) + "x"
        names.add(word.capitalize())
    return sorted(names)


def _slip(name: str) -> str:
    """One letter doubled: one edit away, and never another made-up name (they have no
    doubled letters)."""
    return name[:3] + name[2] + name[3:]


def test_name_consistency_compares_only_near_words(monkeypatch: pytest.MonkeyPatch) -> None:
    names = _made_up_names(600, seed=7)
    slips = {_slip(n): n for n in names[:50]}
    paragraphs = [f"{n} spoke. {n} left. {n} returned." for n in names]
    paragraphs += [f"Later {s} said no." for s in slips]
    text = "Long report\n\n" + "\n\n".join(paragraphs) + "\n"
    doc = read_document(text, "long.txt")
    calls = 0
    distance = OSA.distance

    def counted(*args: object, **kwargs: object) -> int:
        nonlocal calls
        calls += 1
        return distance(*args, **kwargs)

    # Every comparison, direct or through rapidfuzz's process module, goes through here.
    monkeypatch.setattr(OSA, "distance", counted)
    found = list(nl301.NameConsistency().check(doc))
    # 650 unknown names, each compared with every capitalised word, would be 650 x 650+;
    # the index compares each with the few words sharing a deletion with it.
    assert calls < 5 * len(names)
    assert {text[d.start : d.end] for d in found} == set(slips)
    assert all(f'"{slips[text[d.start : d.end]]}" 3 times' in d.message for d in found)


def _random_words(rng: random.Random, count: int, alphabet: str = "abcde'") -> list[str]:
    # A small alphabet makes many words within one or two edits of each other.
    return [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(3, 12))) for _ in range(count)
    ]


@pytest.mark.parametrize("as_bytes", [False, True])
def test_near_words_index_finds_what_a_scan_finds(as_bytes: bool) -> None:
    rng = random.Random(3)
    words = sorted(set(_random_words(rng, 3000)))
    queries = [q for q in _random_words(rng, 200) if len(q) >= 5]
    if as_bytes:
        words = [w.encode() for w in words]  # type: ignore[misc]
        queries = [q.encode() for q in queries]  # type: ignore[misc]
    indexed = NearWords(words, len(queries))
    scanned = NearWords(words, 1)
    assert indexed.indexed and not scanned.indexed and len(words) < SCAN_PAIRS
    for query in queries:
        limit = 1 if len(query) < 10 else 2
        assert sorted(indexed.within(query, limit)) == sorted(scanned.within(query, limit))


@pytest.mark.parametrize("as_bytes", [False, True])
def test_near_words_before_rapidfuzz_is_loaded_find_what_it_finds(
    as_bytes: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A one-article check settles a word near nothing but itself without importing rapidfuzz;
    the answers must be the ones rapidfuzz gives."""
    import sys

    rng = random.Random(11)
    words = _random_words(rng, 60, "abcdefghijklmnop")
    words += [words[0], words[1][:-1], words[2] + "q", words[3][1:] + words[3][0]]  # a twin, near ones
    queries = words[:12] + _random_words(rng, 40, "abcdefghijklmnop")
    if as_bytes:
        words = [w.encode() for w in words]  # type: ignore[misc]
        queries = [q.encode() for q in queries]  # type: ignore[misc]
    scanned = NearWords(words, 1)
    assert not scanned.indexed
    expected = {q: sorted(scanned.within(q, 1 if len(q) < 10 else 2)) for q in queries}
    monkeypatch.delitem(sys.modules, "rapidfuzz")  # as in a fresh process: not loaded yet
    uses: list[bytes | str] = []
    loaded = index._rapidfuzz
    monkeypatch.setattr(index, "_rapidfuzz", lambda: uses.append(query) or loaded())
    for query in queries:
        limit = 1 if len(query) < 10 else 2
        assert sorted(scanned.within(query, limit)) == expected[query], query
    assert words[1] in uses and len(set(uses)) < len(queries) // 2  # most were settled without it


def test_word_counts_match_count_on_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    pieces = _random_words(rng, 4000, "abc'") + ["a_b", "ab2", "ｂa", "é", "ab-c", "½"]
    rng.shuffle(pieces)
    low = " ".join(p if rng.random() < 0.7 else p + rng.choice("._-'") for p in pieces).lower()
    monkeypatch.setattr(nl301_shared, "COUNT_SCAN_CHARS", 0)  # always the one-pass count
    counts = WordCounts(low)
    for word in sorted(set(pieces) | {"ab", "abc", "a", "b", "c"}):
        assert counts[word] == whole_word_count(low, word), word


def test_misspelling_search_finds_what_a_walk_finds() -> None:
    from newslint.rules.nl102_misspelling import _hit_words
    from newslint.spelling.text import WORD

    rng = random.Random(11)
    hits = {"recieve", "teh", "recieved", "l'recieve"}
    pieces = ["recieve", "Recieve", "RECIEVE", "recieved", "teh", "tehran", "l'recieve", "x1",
              "&", "@", "<", ">", "'", "’", "é", "-", ".", "a", "2"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " ", ""]) for _ in range(12))
        walked = [m.span() for m in WORD.finditer(text) if m.group().lower() in hits]
        assert [m.span() for m in _hit_words(text, hits)] == walked, text


def test_bounded_verdict_caches_give_the_same_findings(monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.core.linter import lint
    from newslint.rules.nl101_misspelled_name import MisspelledName
    from newslint.rules.nl102_misspelling import Misspelling
    from newslint.spelling import namecheck

    texts = [
        "Asia\n\nTimor-Lester attended. Officials from Ecaudor and Kuala Lumpor came too.\n",
        "Tennis\n\nRoddick won. Roddick served. Rodick lost. Roddick smiled. Zvadokirx left.\n",
        "Trade\n\nThe goverment will recieve Bammagax and Bamagax; Bamagax and Bamagax agreed.\n",
    ] * 3

    def findings() -> list[tuple[str, int, int, str]]:
        rules = [MisspelledName(), Misspelling(), nl301.NameConsistency()]
        return [
            (d.code, d.start, d.end, d.message)
            for text in texts for d in lint(read_document(text, "a.txt"), rules)
        ]

    expected = findings()
    assert {code for code, *_ in expected} == {"NL101", "NL102", "NL301"}
    # Caches cleared before nearly every word: judged again, the same findings.
    monkeypatch.setattr(namecheck, "MAX_JUDGED", 1)
    monkeypatch.setattr(nl301_words, "MAX_JUDGED", 1)
    monkeypatch.setattr(nl301_runs, "MAX_JUDGED", 1)
    assert findings() == expected


def test_index_read_through_shards_finds_what_the_whole_index_finds() -> None:
    from newslint.spelling import index as index_module
    from newslint.spelling.index import DeletionIndex, part_distance
    from newslint.spelling.lookup import compiled

    data = compiled()
    whole = DeletionIndex.from_keys(data.index_keys, part_distance)
    loads: list[int] = []

    def load_whole() -> dict[str, str]:
        loads.append(1)
        return data.index_keys

    sharded = DeletionIndex.from_shards(data.index_entry, load_whole, part_distance)
    queries = ["bejing", "vientianne", "timor", "lester", "caracass", "kualalumpur", "hanio", "mosow"] * 6
    assert len(queries) > index_module.SHARDED_LOOKUPS  # both ways of reading are exercised
    for query in queries:
        assert sharded.lookup(query) == whole.lookup(query), query
    assert loads == [1]  # loaded whole once, after the sharded lookups ran out


def _run_words(text: str) -> set[str]:
    return {w for m in nl301_runs._RUN.finditer(text) for w in m.group().split(" ")}


# Capitalised words with the characters a run's word may hold ("U.S.-Japan", "AT&T", "O'Neil"),
# lower-case words and the marks between them, so runs, cuts and near pairs all occur.
_PIECES = st.sampled_from(
    ["Manager", "Manger", "Mangers", "Online", "ASTV", "U.S.-Japan", "U.S.-Japn", "AT&T", "Rolls-Royce",
     "Rolls-Royse", "O'Neill", "O'Neil", "Corp.", "Co.Ltd", "F-16", "X.Mangr", "said", "the", "Jones'", "_A1",
     "Société", "Societe", "2016.Vice", "Vice", "Vise", "Smiths"]
)
_GAPS = st.sampled_from([" ", " ", " ", ". ", ", ", "-", ".", "&", "'", "\n", " (", ") "])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_PIECES, _GAPS), min_size=2, max_size=14))
def test_name_variant_gate_passes_whenever_run_words_are_near(parts: list[tuple[str, str]]) -> None:
    """The cheap gate of NL301's name variants may let through an article with no near pair,
    never stop one that has: it must be true whenever _near_pair over the runs' words is."""
    text = "".join(word + gap for word, gap in parts)
    blocks = [Block(PARAGRAPH, 0, len(text), text)]
    if nl301_runs._near_pair(_run_words(text)):
        assert nl301_runs._may_have_near_pair(nl301_runs._run_word_candidates(blocks))
    candidates = nl301_runs._run_word_candidates(blocks)
    long_words = {w for w in _run_words(text) if len(w) >= nl301_runs.MIN_VARIANT_WORD}
    assert long_words <= candidates
