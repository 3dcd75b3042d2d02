"""The number-word module, the list parser, and the NL5xx rules on the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.analysis.numbers.data import joined_names, numbers_data
from newslint.analysis.numbers.lists import parse_list
from newslint.analysis.numbers.parse import (
    cardinal_like,
    cardinal_words,
    ordinal_digits,
    ordinal_like,
    ordinal_words,
    parse_cardinal,
    parse_number,
    parse_ordinal,
)
from newslint.core.linter import lint
from newslint.formats import read_document
from newslint.registry import all_rules

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "seed" / "vna-amim21.txt"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("21", 21),
        ("1,000", 1000),
        ("two", 2),
        ("Twelve", 12),
        ("TWENTY", 20),
        ("twenty-one", 21),
        ("Twenty one", 21),
        ("ninety-nine", 99),
        ("one hundred and five", 105),
        ("two hundred", 200),
        ("twenty-eleven", None),
        ("dozens", None),
        ("21st", None),
        ("", None),
    ],
)
def test_parse_cardinal(text: str, value: int | None) -> None:
    assert parse_cardinal(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1st", 1),
        ("2nd", 2),
        ("3rd", 3),
        ("21st", 21),
        ("21th", 21),  # a wrong suffix still says 21
        ("first", 1),
        ("Tenth", 10),
        ("twelfth", 12),
        ("twentieth", 20),
        ("twenty-first", 21),
        ("Twenty-Second", 22),
        ("ninety-ninth", 99),
        ("twenty", None),
        ("21", None),
    ],
)
def test_parse_ordinal(text: str, value: int | None) -> None:
    assert parse_ordinal(text) == value


def test_round_trip_words() -> None:
    for n in range(1, 1000):
        assert parse_cardinal(cardinal_words(n)) == n
    for n in range(1, 100):
        assert parse_ordinal(ordinal_words(n)) == n
        assert parse_ordinal(ordinal_digits(n)) == n
    assert parse_number("21st") == 21 and parse_number("twenty-one") == 21


def test_written_like_the_template() -> None:
    assert cardinal_like(4, "Three") == "Four"
    assert cardinal_like(4, "THREE") == "FOUR"
    assert cardinal_like(12, "10") == "12"
    assert cardinal_like(1200, "1,000") == "1,200"
    assert ordinal_like(22, "twenty-first") == "twenty-second"
    assert ordinal_like(22, "21st") == "22nd"
    assert [ordinal_digits(n) for n in (11, 12, 13, 101, 111, 112)] == [
        "11th", "12th", "13th", "101st", "111th", "112th"
    ]


def test_data_file_is_valid() -> None:
    data = numbers_data()
    assert "pct" in data.unit_nouns
    assert "killed" in data.quantity_verbs
    assert {"Trinidad and Tobago", "Bosnia and Herzegovina"} <= joined_names()


def _items(text: str, **options: bool) -> tuple[str, ...] | None:
    parsed = parse_list(text, 0, **options)
    return None if parsed is None else parsed.items


def test_parse_list_readings() -> None:
    assert _items("Laos, Vietnam and Cambodia, met.") == ("Laos", "Vietnam", "Cambodia")
    assert _items("Laos, Vietnam, and Cambodia.", closed=True) == ("Laos", "Vietnam", "Cambodia")
    assert _items("Laos, Trinidad and Tobago and Vietnam.", closed=True) == (
        "Laos", "Trinidad and Tobago", "Vietnam"
    )
    assert _items("Washington, D.C., and Paris.", closed=True) == ("Washington, D.C.", "Paris")
    assert _items("Laos (the host), Vietnam and Cambodia.", closed=True) == (
        "Laos (the host)", "Vietnam", "Cambodia"
    )
    # Lower-case items only where allowed; clauses are not items.
    assert _items("speed, cost and quality.", closed=True) is None
    assert _items("speed, cost and quality.", closed=True, allow_plain=True) == (
        "speed", "cost", "quality"
    )
    assert _items("Smith and Co said.") is None
    assert _items("10 in Laos and 12 in Vietnam.", closed=True) is None
    # "Smith and Wesson, and Colt": the first "and" is inside a name.
    parsed = parse_list("Smith and Wesson, and Colt.", 0, closed=True)
    assert parsed is not None and parsed.minimum <= 2 <= parsed.maximum


def test_parse_list_regions_after_cities() -> None:
    parsed = parse_list("Columbus, Ohio, Dayton, Ohio, and Austin, Texas.", 0, closed=True, place_noun=True)
    assert parsed is not None and parsed.minimum <= 3 <= parsed.maximum


def _numbers_findings(text: str) -> list[str]:
    rules = [r for r in all_rules(plugins=False) if r.code.startswith("NL5")]
    return [f"{d.code} {d.message}" for d in lint(read_document(text, "seed.txt"), rules)]


@pytest.mark.skipif(not SEED.is_file(), reason="the shared corpus is not present")
def test_seed_article_is_consistent_until_edited() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert "(AMIM-21)" in text and "(AMOM-14)" in text
    assert _numbers_findings(text) == []
    edited = text.replace("(AMIM-21)", "(AMIM-22)", 1)
    found = _numbers_findings(edited)
    assert len(found) == 1 and found[0].startswith("NL502") and "AMIM-22" in found[0]
    edited = text.replace("(AMOM-14)", "(AMOM-15)")
    found = _numbers_findings(edited)
    assert len(found) == 1 and "AMOM-15" in found[0]
    # The acronym alone, later in the article, with another number.
    edited = text.replace("AMIM-21 also focused", "AMIM-22 also focused")
    found = _numbers_findings(edited)
    assert len(found) == 1 and "AMIM-22 but the article calls the meeting 21st" in found[0]


def test_long_text_without_sentence_ends_stays_fast() -> None:
    import time

    unit = "officials from three countries, Laos, Vietnam, Cambodia and Thailand, and "
    body = unit * 3000 + "both France, Germany and Italy, killing 5 people "
    text = "Five killed\n\n" + body * 2 + "\n\nThe 21st Meeting of Ministers (MM-22) on Tuesday, May 5, 2024.\n"
    rules = [r for r in all_rules(plugins=False) if r.code.startswith("NL5")]
    start = time.perf_counter()
    found = lint(read_document(text, "long.txt"), rules)
    assert time.perf_counter() - start < 5
    assert {d.code for d in found} >= {"NL502", "NL504"}
