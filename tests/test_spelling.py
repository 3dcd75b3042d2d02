"""The spelling rules (NL101, NL102, NL301) beyond their case files: the seed article, the
accepted vocabulary, and the shipped data itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.core.diagnostics import Applicability
from newslint.core.fixer import fix_text
from newslint.core.linter import lint
from newslint.data import packs_dir
from newslint.formats import read_document
from newslint.rules.nl101_misspelled_name import MisspelledName
from newslint.rules.nl102_misspelling import Misspelling
from newslint.rules.nl301_name_consistency import NameConsistency
from newslint.spelling import dictionary, load_vocabulary
from newslint.spelling.guess import _indexed_proper, _proper_index, proper_slip
from newslint.spelling.index import DeletionIndex, edits1
from newslint.spelling.misspellings import misspellings
from newslint.spelling.names import name_packs, shipped_gazetteer
from newslint.spelling.scan import text_words

SPELLING = [MisspelledName(), Misspelling(), NameConsistency()]


def _fix(text: str, rules: list) -> str:
    outcome = fix_text(
        text, lambda t: lint(read_document(t, "a.txt"), rules), (Applicability.SAFE,)
    )
    assert outcome.converged, outcome.reason
    return outcome.text


def test_seed_article_timor_leste_fixed_and_nothing_else(seed_text: str) -> None:
    found = lint(read_document(seed_text, "seed.txt"), SPELLING)
    assert found, "Timor-Lester not found"
    assert {seed_text[d.start : d.end] for d in found} == {"Lester"}
    assert all(d.code == "NL101" and "Timor-Leste" in d.message for d in found)
    fixed = _fix(seed_text, SPELLING)
    assert fixed == seed_text.replace("Timor-Lester", "Timor-Leste")


def test_vocabulary_file_accepts_words_and_teaches_names(tmp_path: Path) -> None:
    vocab = tmp_path / "desk.txt"
    vocab.write_text("# our beat\nSorsavalta\nEcaudor  # a brand, not a typo\n", encoding="utf-8")
    text = "Notes\n\nEcaudor and Sorsavalto met.\n"
    plain = lint(read_document(text, "a.txt"), [MisspelledName()])
    assert [text[d.start : d.end] for d in plain] == ["Ecaudor"]
    taught = MisspelledName(MisspelledName.Options(vocab=[str(vocab)]))
    found = lint(read_document(text, "a.txt"), [taught])
    assert [(text[d.start : d.end], d.fix.edits[0].content) for d in found] == [
        ("Sorsavalto", "Sorsavalta")
    ]


def test_vocabulary_silences_misspelling_and_consistency() -> None:
    text = "Notes\n\nThe recieve desk. Roddick won. Roddick served. Roddick smiled. Rodick lost.\n"
    options = {"words": ["recieve", "Rodick"]}
    rules = [Misspelling(Misspelling.Options(**options)),
             NameConsistency(NameConsistency.Options(**options))]
    assert lint(read_document(text, "a.txt"), rules) == []


def test_load_vocabulary_is_callable_and_cached(tmp_path: Path) -> None:
    path = tmp_path / "v.txt"
    path.write_text("Sprinkel\nsorsa\n", encoding="utf-8")
    vocab = load_vocabulary([path])
    assert "sprinkel" in vocab and "Sorsa" in vocab
    assert vocab.names == ("Sprinkel",)
    assert load_vocabulary([path]) is vocab


def test_missing_vocabulary_file_is_reported(tmp_path: Path) -> None:
    rule = MisspelledName(MisspelledName.Options(vocab=[str(tmp_path / "none.txt")]))
    found = lint(read_document("H\n\nText.\n", "a.txt"), [rule])
    assert found and "cannot read vocabulary" in found[0].message


def test_corrections_are_words_so_fixes_converge() -> None:
    words = dictionary()
    table = misspellings()
    for wrong, fixes in table.items():
        assert wrong not in words, wrong
        for fix in fixes:
            assert fix.casefold() not in table, (wrong, fix)


def test_british_and_american_spellings_are_never_misspellings() -> None:
    table = misspellings()
    for word in ("defence", "defense", "programme", "program", "colour", "color",
                 "centre", "center", "organise", "organize", "travelled", "traveled"):
        assert word not in table


def test_name_packs_validate_and_load() -> None:
    packs = name_packs()
    assert {"organisations", "regions", "companies", "calendar"} <= set(packs)
    gazetteer = shipped_gazetteer()
    assert "timor-leste" in gazetteer.targets and "kuala lumpur" in gazetteer.targets
    assert (packs_dir() / "data" / "names" / "places.tsv").is_file()


def test_deletion_index_finds_near_misses() -> None:
    index = DeletionIndex(["timor-leste", "ecuador", "philippines"])
    assert index.lookup("ecaudor") == [("ecuador", 1)]
    assert index.lookup("phillipines") == [("philippines", 2)]
    assert index.lookup("iran") == []  # short names are too crowded to guess at
    assert "recieve" in edits1("receive")


def test_text_words_splits_compounds_and_finds_capitals() -> None:
    words = text_words("TIMOR-LESTER joins. Roddick's win, a well-known “Rodick”.")
    assert {"timor", "lester", "roddick's", "rodick"} <= set(words.capitalised)
    assert words.unknown == {"rodick"}  # the rest are words or names; the 's comes off
    assert words.has("lester") and words.has("known") and not words.has("well-known")


@pytest.mark.parametrize(
    "text",
    [
        "Lester Holt met Regan and Reagan.",
        "Austria and Australia, Niger and Nigeria, Iran and Iraq.",
        "The Georgian, Sudanese and Gambian delegations.",
    ],
)
def test_real_names_next_to_famous_ones_pass(text: str) -> None:
    assert lint(read_document(f"Head\n\n{text}\n", "a.txt"), SPELLING) == []


def test_compiled_data_is_cached_and_agrees_with_the_text_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint.spelling import lookup as store

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    store.compiled.cache_clear()
    try:
        built = store.compiled()  # compiled from the text data, then written
        assert store.cache_file().is_file() and store.cache_file().parent == tmp_path / "newslint"
        store.compiled.cache_clear()
        loaded = store.compiled()  # read back from the cache file
        assert loaded is not built
        for data in (built, loaded):
            assert data.code("receive") & store.WORD and not data.code("recieve") & store.WORD
            assert data.corrections("recieve") == misspellings()["recieve"]
            assert data.code("ecuador") & store.NAME and data.code("ecuador") >> 8 > 0
            assert "timor" in data.anchors and data.targets["timor-leste"] == "Timor-Leste"
            assert data.reference_sets()[1] >= {b"receive", b"ecuador"}
    finally:
        store.compiled.cache_clear()


def test_compiled_data_without_a_writable_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint.spelling import lookup as store

    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    store.compiled.cache_clear()
    try:
        assert store.compiled().code("receive") & store.WORD
    finally:
        store.compiled.cache_clear()


def test_word_lookups_and_set_operations_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.spelling import scan

    text = "Ecaudor said it would recieve aid from Timor-Lester's O'Brien and Recieve Bank."
    monkeypatch.setattr(scan, "_references", lambda: None)  # word by word
    lookups = scan.TextWords(text)
    monkeypatch.setattr(scan, "_references", lambda: scan.compiled().reference_sets())
    sets = scan.TextWords(text)
    for field in ("misspelt", "anchors", "unknown", "capitalised"):
        assert sorted(getattr(lookups, field)) == sorted(getattr(sets, field)), field
    assert sets.misspelt == {"recieve"} and "ecaudor" in sets.unknown


def test_capitalised_words_from_the_unknown_ones_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the known words case-folded (the build checks it), the capitalised words are looked
    for among the unknown words only; without that check, among all the words: the same sets."""
    from newslint.spelling import scan

    data = scan.compiled()
    assert data.known_folded
    text = (
        "Ecaudor said THE Bank's O'Brien would recieve aid in Timor-Lester, the 'Recieve' "
        "bank and ' Ths Reuters' own staff said; The Mln dlrs Targetted."
    )
    monkeypatch.setattr(scan, "_references", lambda: data.reference_sets())
    folded = scan.TextWords(text)
    monkeypatch.setattr(data, "known_folded", False)
    unfolded = scan.TextWords(text)
    for field in ("misspelt", "anchors", "unknown", "_caps", "_not_known"):
        assert getattr(folded, field) == getattr(unfolded, field), field
    assert sorted(folded.capitalised) == sorted(unfolded.capitalised)
    assert folded.lower_case_unlisted() == unfolded.lower_case_unlisted()
    assert "ecaudor" in folded.unknown and "bank" not in folded.unknown


def test_english_words_searched_in_place_agree_with_the_entries() -> None:
    """Before the reference sets are loaded, candidates are searched for in the compiled file's
    word buckets, keeping no entry among the recent ones; the answer is the entries' WORD flag."""
    from newslint.spelling import lookup
    from newslint.spelling import store as layout
    from newslint.spelling.index import edits1

    lookup.compiled()  # makes sure the compiled file exists, if the cache folder is writable
    data = layout.read(lookup.cache_file())
    if data is None:
        pytest.skip("no compiled file in the user cache")
    tokens = ["recieve", "goverment", "ecuador", "naive", "straße", "résumé", "a", "zzzzq"]
    for token in tokens:
        candidates = edits1(token) | {token, token.upper(), "", "two\nwords", "ça\n"}
        assert data.english_words(candidates) == [w for w in candidates if data.code(w) & lookup.WORD]
    fresh = layout.read(lookup.cache_file())
    assert fresh is not None and fresh.english_words(edits1("recieve")) != []
    assert not fresh._recent
    assert fresh.code("government") & lookup.WORD and fresh.code("zzzzq") == 0 and fresh.code("two\nwords") == 0


def test_old_compiled_files_are_removed(tmp_path: Path) -> None:
    import os

    from newslint.spelling import lookup as store

    current = tmp_path / "spelling-new.bin"
    current.write_bytes(b"")
    for age in range(1, 6):
        old = tmp_path / f"spelling-old{age}.bin"
        old.write_bytes(b"")
        os.utime(old, (0, 10_000 - age))
    leftover = tmp_path / "spelling-new.binx.tmp"
    leftover.write_bytes(b"")
    os.utime(leftover, (0, 0))
    store._remove_stale(current)
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == ["spelling-new.bin", "spelling-old1.bin", "spelling-old2.bin"]


def test_a_guess_does_not_depend_on_how_many_came_before_it(monkeypatch) -> None:
    """A folder run's workers have made different numbers of guesses when they meet a word:
    the search through every edit and the bucketed search must find the same words."""
    from newslint.spelling import guess

    words = ["government", "authorized", "somewhat", "tomorrow", "received", "politicians",
             "neglected", "agreement", "cooperate", "opportunity", "championship", "consensus"]
    slips = set()
    for word in words:
        slips.update({word[:i] + word[i + 1:] for i in range(1, len(word))})  # a letter lost
        slips.update({word[:i] + word[i] + word[i:] for i in range(1, len(word))})  # doubled
        slips.add(word + "d")
    for slip in sorted(s for s in slips if len(s) >= guess.BUCKET_MIN_LENGTH):
        monkeypatch.setattr(guess, "_guesses", 0)
        first = guess._near_words(slip)
        monkeypatch.setattr(guess, "_guesses", guess.BUCKETS_AFTER + 1)
        assert guess._near_words(slip) == first, slip


def test_nl105_text_tests_agree_with_their_definitions() -> None:
    """`_printed` and `_lower_case_text` answer ASCII text without a regex or a per-character
    sum; their answers are those of the definitions, for other text too."""
    import regex

    from newslint.rules.nl105_likely_misspelling import _lower_case_text, _printed

    texts = [
        "", "Politicians met.", "the politicians' vote", "POLITICIANS", "apoliticians",
        "politiciansx", "x-politicians-y", "Politicians_", "politicians\u00e9", "\u212aelvin politicians",
        "lower case feed with one Capital only and many many more words in it here", "A" * 50,
    ]
    for text in texts:
        for word in ("politicians", "kelvin", "x"):
            pattern = rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})"
            assert _printed(text, word) == (regex.search(pattern, text, regex.IGNORECASE) is not None)
        letters = sum(map(str.isalpha, text))
        assert _lower_case_text(text) == (letters >= 40 and sum(map(str.isupper, text)) * 100 < letters)


@pytest.mark.parametrize(
    ("token", "first"),
    [
        ("loadding", "loading"),  # "load" doubles no consonant: not "planned" from "plan"
        ("hisstory", "history"),  # a doubled letter, not "his" + "story"
        ("proffit", "profit"),
        ("mergerr", "merger"),  # the last consonant struck again is no "r" ending
        ("harvesteed", "harvested"),
        ("executivs", "executive"),  # a plural that lost its "e"
        ("planed", None),  # "plane" + "d": a real form
        ("divorcee", None),  # an "-ee" noun
        ("headquarted", None),  # another ending of one stem
    ],
)
def test_slips_told_from_forms_of_a_word(token: str, first: str | None) -> None:
    from newslint.spelling.guess import guess

    found = guess(token)
    assert (found.candidates[0] if found else None) == first


@pytest.mark.parametrize(
    ("token", "meant"),
    [
        ("infromaiton", "information"),  # two slips in one long word
        ("goverrnmnet", "government"),
        ("campaignging", None),  # one slip: `guess`'s, not this
        ("counterparties", None),  # a word the lists lack, made of two known ones
        ("reallowance", None),  # a prefix on a known word
        ("schoolbus", None),  # two words run together
        ("restructurings", None),  # a form of a known word
    ],
)
def test_two_slips_in_a_long_word_are_guessed_and_never_safe(token: str, meant: str | None) -> None:
    from newslint.spelling.guess import far_slip

    found = far_slip(token)
    assert (found.candidates[0] if found else None) == meant
    assert found is None or not found.safe


@pytest.mark.parametrize("word", ["tuesday", "december", "european", "february", "britain", "lithuanian"])
def test_a_moved_letter_meets_the_same_capital_words_as_one_edit(word: str) -> None:
    """`proper_slip` asks `_indexed_proper` of a moved letter's strings and the deletion index
    of one edit's: both hold the same words."""
    assert _indexed_proper(word)
    assert word in [found for found, _ in _proper_index().lookup(word[:2] + word[3:])]
    moved = word[0] + word[2] + word[3] + word[1] + word[4:]
    assert proper_slip(moved) is not None and proper_slip(moved).candidates == (word,)


@pytest.mark.parametrize("word", ["around", "mikhail", "market"])
def test_words_the_capital_index_leaves_out(word: str) -> None:
    assert not _indexed_proper(word)


class _BeforeLoad:
    """The compiled data as a process sees it before the reference sets are loaded."""

    def __init__(self, data: object) -> None:
        self._data = data

    known_set = None
    common_set = None

    def __getattr__(self, name: str) -> object:
        return getattr(self._data, name)


@pytest.mark.parametrize(
    ("text", "token", "intended"),
    [
        ("The Speaker Travor Mallard will appear in court.", "Travor", "Trevor"),  # a changed letter
        ("He met the minister Chugn In-young.", "Chugn", "Chung"),  # a swapped pair, from a rarer name
        # A changed letter from a rarer given name ("Mustafa"): another country's name, no slip.
        ("Mustaha Kheri Shali will appear in court.", "Mustaha", None),
    ],
)
def test_given_name_slips_do_not_hang_on_whether_the_reference_sets_are_loaded(
    text: str, token: str, intended: str | None
) -> None:
    """A folder run loads the reference sets early and a one-file run may never: the given-name
    slips found must be the same either way (a finding once hung on --jobs)."""
    from newslint.spelling import givennames
    from newslint.spelling.lookup import compiled
    from newslint.spelling.store import COMMON_ZIPF

    # The shortcut keeps the known and the common words: exact while a given name must be common.
    assert givennames.MIN_GIVEN_ZIPF >= COMMON_ZIPF
    data = compiled()
    data.reference_sets()
    match = givennames._PRINTED.match(text, text.find(token))
    assert match is not None and match.group(1) == token
    loaded = givennames._slip(text, match, data)
    before = givennames._slip(text, match, _BeforeLoad(data))
    assert loaded == before
    assert (loaded.intended if loaded is not None else None) == intended


@pytest.mark.parametrize("token", ["anah", "abas", "asak", "abat"])
def test_near_words_are_english_words_whether_or_not_the_sets_are_loaded(token: str) -> None:
    """The loaded sets' shortcut holds names too ("tanah", "abad"): a short token's near words
    must be the English words the entry-by-entry path finds, or a guess hangs on the process."""
    from newslint.spelling import guess
    from newslint.spelling.index import edits1
    from newslint.spelling.lookup import compiled, english_words

    compiled().reference_sets()
    saved, guess._guesses = guess._guesses, 0  # below the bucket path's count
    try:
        near = guess._near_words(token)
    finally:
        guess._guesses = saved
    expected = set(english_words(edits1(token) - {token})) | set(english_words(guess._two_edit_slips(token)))
    assert near == expected - {token}


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [(5, 10, (4, 12)), (-3, 99, (0, 21)), (13, 13, (13, 13)), (0, 0, (0, 3))],
)
def test_a_look_around_a_token_takes_whole_words(start: int, end: int, expected: tuple[int, int]) -> None:
    from newslint.spelling.text import whole_words

    text = "Thu Duc City, Ho Chi "
    assert whole_words(text, start, end) == expected
