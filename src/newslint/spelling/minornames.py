"""Known places too obscure to correct to on their own ("Siem Reap", "Khyber Pakhtunkhwa"), by
each of their distinctive parts: beside that part printed exactly, a slip of another part is
still a slip of this name (NameChecker's minor-name check)."""

from __future__ import annotations

from functools import cache

from ..data import packs_dir
from .lookup import compiled, user_cached
from .names import DISTINCTIVE_ZIPF, MAX_ANCHOR_NAMES, split_name

MinorEntry = tuple[tuple[str, ...], int, str]  # (all parts, this part's position, name as printed)


@cache
def minor_phrases() -> dict[str, tuple[MinorEntry, ...]]:
    """Distinctive part (no common English word) -> the minor places of two words or more that
    hold it; built once into the user cache beside the compiled spelling data."""
    return user_cached("minornames-", _build)


def _build() -> dict[str, tuple[MinorEntry, ...]]:
    path = packs_dir() / "data" / "names" / "places.tsv"
    code = compiled().code
    found: dict[str, list[MinorEntry]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        name, _, target = line.split("\t")
        parts = split_name(name)
        if target == "1" or len(parts) < 2:
            continue
        for position, part in enumerate(parts):
            if len(part) >= 4 and part.isalpha() and code(part) >> 8 < DISTINCTIVE_ZIPF:
                found.setdefault(part, []).append((parts, position, name))
    return {part: tuple(entries) for part, entries in found.items() if len(entries) <= MAX_ANCHOR_NAMES}


@cache
def minor_anchors() -> frozenset[str]:
    """The distinctive parts, as one process-lived set: a text's word scan converts a set it
    meets once and keeps it, so a new set per text would pile up."""
    return frozenset(minor_phrases())
