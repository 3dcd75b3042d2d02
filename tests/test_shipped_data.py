"""Shipped data files are loaded without pydantic at run time; their types are checked here."""

from __future__ import annotations

import pytest

from newslint import data
from newslint.analysis.numbers.data import NUMBERS_DATA, NumbersData
from newslint.data import DataError, shipped, shipped_as
from newslint.rules.nl406_markup_residue import MarkupData
from newslint.settings_model import Invalid, validate

SHAPES = [(NUMBERS_DATA, NumbersData), ("data/residue_markup.yaml", MarkupData)]


@pytest.mark.parametrize(("name", "shape"), SHAPES)
def test_shipped_file_has_its_declared_types(name: str, shape: type) -> None:
    validated = validate(shape, shipped(name))
    assert validated == shipped_as(name, shape)


def test_type_check_catches_a_wrong_type() -> None:
    raw = dict(shipped(NUMBERS_DATA), hedges="about")
    with pytest.raises(Invalid) as caught:
        validate(NumbersData, raw)
    assert caught.value.loc == ("hedges",)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [({"surprise": []}, "unexpected keyword argument 'surprise'"), (["a list"], "expected a mapping")],
)
def test_bad_shipped_file_is_one_line_naming_it(monkeypatch, raw: object, problem: str) -> None:
    monkeypatch.setattr(data, "shipped", lambda name: raw)
    with pytest.raises(DataError, match=rf"residue_markup\.yaml: .*{problem}"):
        shipped_as("data/residue_markup.yaml", MarkupData)
