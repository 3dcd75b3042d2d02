"""The common-misspellings table (rules/data/spelling/misspellings.tsv, from codespell)."""

from __future__ import annotations

from functools import cache

from ..data import DataError, packs_dir


@cache
def misspellings() -> dict[str, tuple[str, ...]]:
    """Lower-case misspelling -> its corrections, most likely first."""
    path = packs_dir() / "data" / "spelling" / "misspellings.tsv"
    table: dict[str, tuple[str, ...]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        wrong, tab, right = line.partition("\t")
        fixes = tuple(c.strip() for c in right.split(",") if c.strip())
        if not tab or not fixes:
            raise DataError(f"{path}:{number}: expected `misspelling<TAB>correction[,...]`")
        table[wrong] = fixes
    return table


@cache
def misspelt_words() -> frozenset[str]:
    return frozenset(misspellings())
