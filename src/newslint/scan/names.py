"""NL603, a name spelled one way in a few stories and one letter away in many, and the learned
vocabulary (`scan --vocab-out`): both read the archive's counts of its name forms."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

import numpy as np

from .features import Features, Span
from .finding import finding, span_of
from .options import ArchiveOptions


def _deletes(token: str) -> Iterable[str]:
    yield token
    for i in range(len(token)):
        yield token[:i] + token[i + 1 :]


def _plural_or_derived(rare: str, frequent: str) -> bool:
    """The rare form is a plural or a derived form of the frequent one, or the other way round
    ("Moreaus", "Korean" beside "Korea"); a rare form no list knows that only lacks a frequent
    name's final "s" is no such form ("Airbu" beside "Airbus"; "Store" beside "Stores" is)."""
    from ..spelling.lexicon import is_derived, is_word

    short, long = sorted((rare, frequent), key=len)
    if not (long.startswith(short) and len(long) > len(short)):
        return False
    ending = long[len(short) :]
    if long == frequent and ending == "s" and not is_word(rare):
        return False
    return is_derived(long, short) or ending in ("s", "'s", "’s", "es")


def name_counts(stories: Features) -> np.ndarray:
    """Stories printing each name of the vocabulary."""
    return np.bincount(stories.name_id, minlength=len(stories.vocabulary))


def names_counter(stories: Features, counts: np.ndarray) -> Counter[str]:
    """Name form -> stories printing it."""
    return Counter(dict(zip(stories.vocabulary, counts.tolist(), strict=True)))


class SideBySide:
    """Where a rare form stands beside a name that the frequent form is printed beside in
    `context_stories` stories or more, and that is printed beside it in at least
    `context_share` of the stories it is printed beside any name ("South Kora" where "South
    Korea" is printed in 150 stories; "Mr" is printed beside too many names to tell)."""

    def __init__(self, stories: Features, options: ArchiveOptions, counts: Counter[str]) -> None:
        self.stories, self.options, self.counts = stories, options, counts
        self.vocabulary = {name: i for i, name in enumerate(stories.vocabulary)}
        self.bigrams = Counter(map(tuple, stories.pair.tolist()))
        self.lefts = Counter(stories.pair[:, 0].tolist())
        self.rights = Counter(stories.pair[:, 1].tolist())
        # Stories where each name stands beside another name.
        beside = np.unique(np.concatenate([
            np.stack([stories.pair_story, stories.pair[:, 0]], axis=1),
            np.stack([stories.pair_story, stories.pair[:, 1]], axis=1)]), axis=0) if len(stories.pair) else None
        self.beside = Counter(beside[:, 1].tolist()) if beside is not None else Counter()
        self._seen: dict[tuple[str, str], set[int]] = {}  # asked once to decide, again to report

    def where(self, rare: str, frequent: str) -> set[int]:
        """The stories where `rare` stands in the company of `frequent`."""
        key = (rare, frequent)
        if key not in self._seen:
            self._seen[key] = self._where(rare, frequent)
        return self._seen[key]

    def _where(self, rare: str, frequent: str) -> set[int]:
        if rare not in self.vocabulary or frequent not in self.vocabulary:
            return set()  # a part of a hyphenated token stands beside nothing
        r, f = self.vocabulary[rare], self.vocabulary[frequent]
        pair = self.stories.pair
        rows = np.flatnonzero((pair[:, 0] == r) | (pair[:, 1] == r))
        out = set()
        for story, (left, right) in zip(self.stories.pair_story[rows].tolist(), pair[rows].tolist(), strict=True):
            key, total = ((left, f), self.lefts[left]) if right == r else ((f, right), self.rights[right])
            n = self.bigrams[key]
            if n >= self.options.context_stories and n >= self.options.context_share * total:
                out.add(story)
        return out

    def alone(self, rare: str, frequent: str) -> bool:
        """A rare form general text prints only seldom and no dictionary knows, where neither
        form is a name's part: the rare one stands beside no name in any story, the frequent one
        in under `alone_share` of its stories ("Opper" where "Oper shr" is a table's row; "Keya"
        where "Kenya" is printed alone); a person's name stands beside another."""
        if rare not in self.vocabulary or frequent not in self.vocabulary or not _lone(
                rare, self.counts[rare], self.options) or self.beside[self.vocabulary[rare]]:
            return False
        n = self.counts[frequent]
        beside = self.beside[self.vocabulary[frequent]]
        return n >= self.options.alone_frequent and beside < self.options.alone_share * n

    def __call__(self, rare: str, frequent: str) -> bool:
        return bool(self.where(rare, frequent))


def _needs_context(name: str, n: int, options: ArchiveOptions) -> bool:
    """A form general text prints too, or one printed in more than `rare_alone` stories."""
    from ..spelling import is_word, zipf

    return n > options.rare_alone or is_word(name) or zipf(name) >= options.known_zipf


def _lone(name: str, n: int, options: ArchiveOptions) -> bool:
    from ..spelling import is_word, zipf

    return n <= options.rare_alone and not is_word(name) and zipf(name) < options.alone_zipf


def _lost_last_letter(rare: str, frequent: str) -> bool:
    """The rare form is the frequent one short of its last letter and no word ("Donaldso",
    "Marli"): no base the frequent one derives from ("Store" beside "Stores" may be)."""
    from ..spelling import is_word

    return frequent[:-1] == rare and not is_word(rare)


def variants(counts: Counter[str], options: ArchiveOptions, context: SideBySide | None = None) -> dict[str, str]:
    """Rare name form -> the frequent form it is one edit from. A form general text prints too,
    or one printed in more than `rare_alone` stories, only where `context` places it."""
    from rapidfuzz.distance import OSA

    frequent = {name for name, n in counts.items() if n >= options.frequent}
    index: dict[str, list[str]] = defaultdict(list)
    for name in frequent:
        for key in _deletes(name):
            index[key].append(name)
    found: dict[str, str] = {}
    for name, n in counts.items():
        if n > options.rare or len(name) < options.min_length:
            continue
        needs_context = _needs_context(name, n, options)
        if needs_context and context is None:
            continue
        candidates = {c for key in _deletes(name) for c in index.get(key, ())}
        best = None
        for candidate in candidates:
            if (candidate[0] != name[0] or counts[candidate] < options.ratio * n
                    or OSA.distance(name, candidate) != 1
                    or (_plural_or_derived(name, candidate)
                        and not _lost_last_letter(name, candidate))):
                continue
            if best is None or (counts[candidate], candidate) > (counts[best], best):
                best = candidate  # (a tie goes the same way in every run)
        if best is not None and (not needs_context or (context and (context(name, best) or context.alone(name, best)))):
            found[name] = best
    return found


def _parts(name: str) -> list[tuple[str, int]]:
    """The capitalised parts of a hyphenated name token and where each starts ("Berlin-based":
    "Berlin" at 0; "Turkish-Iraqi": both)."""
    out, offset = [], 0
    for piece in name.split("-") if "-" in name else ():
        if len(piece) > 1 and piece[0].isupper():
            out.append((piece, offset))
        offset += len(piece) + 1
    return out


def _with_parts(stories: Features, counts: Counter[str]) -> Counter[str]:
    """Stories printing each name, counting the parts of hyphenated tokens as names too: a slip
    in "Hoston-based" is one of "Houston"."""
    vocabulary = stories.vocabulary
    hyphenated = [i for i, name in enumerate(vocabulary) if "-" in name]
    if not hyphenated:
        return counts
    printing: dict[str, set[int]] = defaultdict(set)
    for row in np.flatnonzero(np.isin(stories.name_id, hyphenated)).tolist():
        for part, _ in _parts(vocabulary[stories.name_id[row]]):
            printing[part].add(int(stories.name_story[row]))
    ids = [i for i, name in enumerate(vocabulary) if name in printing]
    for row in np.flatnonzero(np.isin(stories.name_id, ids)).tolist():
        printing[vocabulary[stories.name_id[row]]].add(int(stories.name_story[row]))
    out = Counter(counts)
    out.update({part: len(holders) - counts.get(part, 0) for part, holders in printing.items()})
    return out


def name_variants(stories: Features, counts: Counter[str], options: ArchiveOptions) -> list[dict[str, Any]]:
    counts = _with_parts(stories, counts)
    beside = SideBySide(stories, options, counts)
    found = variants(counts, options, beside)
    if not found:
        return []
    # A form the names' company decides is a slip only in the stories where it keeps it; one
    # that stands alone as the frequent form does, in all of its few.
    placed = {name: beside.where(name, right) for name, right in found.items()
              if _needs_context(name, counts[name], options) and not beside.alone(name, right)}
    wanted = np.array([name in found or any(p in found for p, _ in _parts(name)) for name in stories.vocabulary],
                      dtype=bool)
    out = []
    for row in np.flatnonzero(wanted[stories.name_id]):
        token = stories.vocabulary[stories.name_id[row]]
        span = span_of(stories.name_span[row])
        for name, offset in [(token, 0), *_parts(token)]:
            if name not in found or (name in placed and int(stories.name_story[row]) not in placed[name]):
                continue
            right = found[name]
            at = Span(span.line, span.column + offset, span.line, span.column + offset + len(name))
            out.append(finding("NL603", stories.stories[stories.name_story[row]], at,
                                f"name variant: '{name}' ({counts[name]} "
                                f"stor{'y' if counts[name] == 1 else 'ies'}) is one edit from '{right}' "
                                f"({counts[right]} stories in the archive)"))
    return out


def learned_vocabulary(counts: Counter[str], options: ArchiveOptions) -> list[str]:
    """Names the archive prints in many stories, always the same way: no other form one edit
    away is frequent too, and the name is not a dictionary word."""
    from ..spelling import is_word

    names = [n for n, c in counts.items() if c >= options.vocab_min_stories and not is_word(n)]
    present = set(names)
    index: dict[str, list[str]] = defaultdict(list)
    for name in names:
        for key in _deletes(name):
            index[key].append(name)
    from rapidfuzz.distance import OSA

    kept = []
    for name in names:
        rivals = {c for key in _deletes(name) for c in index.get(key, ()) if c != name and c in present}
        if any(OSA.distance(name, r) == 1 and not _plural_or_derived(name, r) for r in rivals):
            continue
        kept.append(name)
    return sorted(kept)
