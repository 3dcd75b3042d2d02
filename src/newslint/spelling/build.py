"""Compiling the spelling data: the shipped text data (sources: lexicon, misspellings, names)
into the entries, shards, name index and reference sets of the binary format (store.py).

Parsing the text data costs about half a second, more than checking one article: this module is
imported only when the compiled file is missing or stale (lookup.compiled).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .index import DeletionIndex, part_distance
from .lexicon import dictionary, frequencies, proper_words
from .misspellings import misspellings
from .names import MAX_ANCHOR_NAMES, distinctive_anchors, people, shipped_gazetteer
from .store import (
    ANCHOR,
    COMMON_ZIPF,
    DOUBTFUL,
    GIVEN,
    KNOWN,
    LISTED,
    MISSPELT,
    NAME,
    PERSON,
    PLAIN_TRIO,
    PROPER,
    SHARDS,
    WORD,
    shard_of,
)

# The most frequent words' entries ride in the header: most of an article's words are among
# them, so checking one article loads a few dozen shards instead of a couple of hundred.
COMMON_ENTRIES = 4000


def compile_entries() -> tuple[
    dict, dict[str, str], list[tuple[dict[str, int], dict[str, tuple[str, ...]]]]
]:
    """Everything from the text data: the header, the name index and the shards."""
    gazetteer = shipped_gazetteer()
    codes: dict[str, int] = {}

    def flag(words: Iterable[str], bit: int) -> None:
        for word in words:
            codes[word] = codes.get(word, 0) | bit

    flag(dictionary(), WORD)
    flag(gazetteer.known, NAME)
    flag(proper_words(), PROPER)
    table = misspellings()
    flag(table, MISSPELT)
    anchors = distinctive_anchors()
    flag(anchors, ANCHOR)
    for name, kind in people().items():
        found = DOUBTFUL if "?" in kind else PERSON | (GIVEN if "g" in kind else 0)
        codes[name] = codes.get(name, 0) | found
    for word, zipf in frequencies().items():
        codes[word] = codes.get(word, 0) | zipf << 8
    shards: list[tuple[dict[str, int], dict[str, tuple[str, ...]]]] = [
        ({}, {}) for _ in range(SHARDS)
    ]
    for word, value in codes.items():
        shards[shard_of(word)][0][word] = value
    for word, fixes in table.items():
        shards[shard_of(word)][1][word] = fixes
    # The index of the shipped names (the same as NameChecker builds with no desk names).
    parts = [part for part, names in gazetteer.phrases.items() if len(names) <= MAX_ANCHOR_NAMES]
    singles = {t for t in gazetteer.targets if " " not in t}
    index = DeletionIndex(singles | set(parts), part_distance)
    by_frequency = sorted(codes.items(), key=lambda item: (-(item[1] >> 8), item[0]))
    common = dict(by_frequency[:COMMON_ENTRIES])
    folded = all(word.lower() == word for word, value in codes.items() if value & KNOWN)
    header = {
        "targets": gazetteer.targets, "phrases": gazetteer.phrases, "anchors": anchors,
        "common": common, "folded": folded,
    }
    return header, index.keys, shards


def word_blobs(shards: list[tuple[dict[str, int], dict[str, tuple[str, ...]]]]) -> tuple[bytes, ...]:
    """(misspellings, known words and names, anchors, common words), each one newline-joined
    bytes string.

    A word with a letter outside ASCII becomes "?"-laden bytes that no ASCII word matches
    (a "?" always splits words), so no word needs filtering one by one.
    """
    groups: tuple[list[str], ...] = ([], [], [], [])
    for codes, _ in shards:
        for bit, group in ((MISSPELT, groups[0]), (KNOWN, groups[1]), (ANCHOR, groups[2])):
            group.extend(word for word, value in codes.items() if value & bit)
        groups[3].extend(  # common words no other set has
            word for word, value in codes.items()
            if value >> 8 >= COMMON_ZIPF and not value & LISTED
        )
    return tuple("\n".join(group).encode("ascii", "replace") for group in groups)


_NOT_LETTERS = re.compile(r"[^a-z]+")


def letter_counts(shards: list[tuple[dict[str, int], dict[str, tuple[str, ...]]]]) -> dict[str, int]:
    """How many words and names (of plain letters a-z; a misspelling's entry alone does not
    count) hold each trio of letters, "^" and "$" marking a word's ends, up to PLAIN_TRIO: every
    trio held at all (a few thousand of the 28 x 28 x 28 there can be), so a trio left out is one
    no word or name holds."""
    counts: Counter[str] = Counter()
    for codes, _ in shards:
        for entry, value in codes.items():
            if value & 0xFF == MISSPELT or not entry.isascii():
                continue
            for word in _NOT_LETTERS.split(entry):
                if word:
                    marked = f"^{word}$"
                    counts.update({marked[i : i + 3] for i in range(len(marked) - 2)})
    return {trio: min(count, PLAIN_TRIO) for trio, count in counts.items()}
