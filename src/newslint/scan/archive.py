"""The cross-article checks (NL601-NL603) over every story's features: NL601 and NL602 here, NL603 in names.py.

They run where the features are gathered (the client); docs/scale.md says how the same steps
shard over a cluster when the archive's index does not fit one machine."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

import numpy as np

from .features import EMPTY, NUM_PERM, STORY_MIN_WORDS, YEAR_DAYS, Features, Span
from .finding import finding, span_of
from .names import name_counts, name_variants, names_counter
from .options import ArchiveOptions
from .placement import look, one_story, placed, related
from .templates import one_template, template_look


@lru_cache(maxsize=8)
def lsh_parameters(threshold: float) -> tuple[int, int]:
    """Bands and rows per band for the threshold, as datasketch's MinHashLSH chooses them: the
    pair that minimises the chance of a false candidate below the threshold plus that of a
    missed pair above it, equally weighted (computed here: importing datasketch's LSH module
    imports SciPy's integrators, seconds of start-up for two integrals)."""
    best, chosen = float("inf"), (1, 1)
    below = np.linspace(0.0, threshold, 1001)
    above = np.linspace(threshold, 1.0, 1001)
    for bands in range(1, NUM_PERM + 1):
        for rows in range(1, NUM_PERM // bands + 1):
            false_candidate = np.trapezoid(1 - (1 - below**rows) ** bands, below)
            missed = np.trapezoid((1 - above**rows) ** bands, above)
            if false_candidate + missed < best:
                best, chosen = false_candidate + missed, (bands, rows)
    return chosen


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per story and band: stories sharing a key in any band are candidates.
    These keys are what a cluster would shuffle (docs/scale.md)."""
    mix = np.uint64(0x9E3779B97F4A7C15)
    keys = np.zeros((len(signatures), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for row in range(rows):
            keys = keys * mix + signatures[:, row : bands * rows : rows].astype(np.uint64)
    return keys


def _candidates(stories: Features, tails: bool, bands: int, rows: int) -> np.ndarray:
    """Pairs (a < b) sharing a band key: MinHash LSH banding over all signatures at once."""
    indices = np.flatnonzero(stories.signed(tails))
    if len(indices) < 2:
        return np.zeros((0, 2), dtype=np.int64)
    keys = band_keys((stories.tail if tails else stories.signature)[indices], bands, rows)
    with np.errstate(over="ignore"):  # one key space for all bands
        keys = keys ^ (np.arange(bands, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93))
    flat = keys.reshape(-1)
    owner = np.repeat(indices, bands)
    order = np.argsort(flat, kind="stable")
    ordered = flat[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    sizes = np.diff(np.r_[starts, len(ordered)])
    twos = starts[sizes == 2]
    found = [np.stack([owner[order[twos]], owner[order[twos + 1]]], axis=1)]
    for start, size in zip(starts[sizes > 2], sizes[sizes > 2], strict=True):
        members = np.unique(owner[order[start : start + size]])
        first, second = np.triu_indices(len(members), 1)
        found.append(np.stack([members[first], members[second]], axis=1))
    return _distinct(np.concatenate(found))


def _distinct(pairs: np.ndarray) -> np.ndarray:
    """Each pair once, as (smaller, larger), in order."""
    pairs = np.sort(pairs, axis=1)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    width = int(pairs.max()) + 1 if len(pairs) else 1
    codes = np.unique(pairs[:, 0] * width + pairs[:, 1])
    return np.stack([codes // width, codes % width], axis=1)


def _similarity(signatures: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Estimated Jaccard similarity of the pairs (0 where either is too short to compare)."""
    same = np.mean(signatures[a] == signatures[b], axis=1) if len(a) else np.zeros(0)
    return np.where((signatures[a, 0] == EMPTY) | (signatures[b, 0] == EMPTY), 0.0, same)


class Match(NamedTuple):
    similarity: float
    after_lead: bool  # only the text after the lead matched: a new lead on the same story


def recurring_headlines(stories: Features, days: int) -> np.ndarray:
    """Headlines that datelines of at least `days` different days print: a recurring item ("FED
    ADDS RESERVES VIA CUSTOMER REPURCHASES"), each day's copy its own story."""
    dated = (stories.dateline_day >= 0) & (stories.headline_key != 0)
    days_printed = np.stack([stories.headline_key[dated], stories.dateline_day[dated].astype(np.uint64)], axis=1)
    seen = np.unique(days_printed, axis=0)
    keys, counts = np.unique(seen[:, 0], return_counts=True)
    return keys[counts >= days]


def similar_pairs(stories: Features, options: ArchiveOptions) -> dict[tuple[int, int], Match]:
    """Pairs of stories that are one story: their word 5-grams, or those after the lead (a
    re-file with a new lead), are as similar as the thresholds ask, estimated by MinHash."""
    bands, rows = lsh_parameters(min(options.duplicate_threshold, options.tail_threshold))
    candidates = _distinct(np.concatenate([_candidates(stories, False, bands, rows),
                                           _candidates(stories, True, bands, rows)]))
    if not len(candidates):
        return {}
    a, b = candidates[:, 0], candidates[:, 1]
    day_a, day_b = stories.dateline_day[a].astype(int), stories.dateline_day[b].astype(int)
    apart = np.abs(day_a - day_b)
    window = np.where(np.minimum(stories.words[a], stories.words[b]) >= options.long_words,
                      options.long_dateline_days, options.dateline_days)
    near = (day_a < 0) | (day_b < 0) | (np.minimum(apart, YEAR_DAYS - apart) <= window)
    recurring = recurring_headlines(stories, options.series_days)
    dated_apart = (day_a >= 0) & (day_b >= 0) & (day_a != day_b)
    near &= ~(dated_apart & (np.isin(stories.headline_key[a], recurring) | np.isin(stories.headline_key[b], recurring)))
    a, b = a[near], b[near]
    whole = _similarity(stories.signature, a, b)
    tail = _similarity(stories.tail, a, b)
    short = np.minimum(stories.words[a], stories.words[b]) < STORY_MIN_WORDS
    as_whole = whole >= np.where(short, options.short_threshold, options.duplicate_threshold)
    as_tail = ~as_whole & (tail >= options.tail_threshold)
    pairs: dict[tuple[int, int], Match] = {}
    for i in np.flatnonzero(as_whole | as_tail):
        pairs[(int(a[i]), int(b[i]))] = Match(float(whole[i] if as_whole[i] else tail[i]), bool(as_tail[i]))
    return pairs


def _age(stories: Features, mine: int, other: int) -> str:
    mine_date, other_date = stories.dates[mine], stories.dates[other]
    if not mine_date or not other_date or mine_date == other_date:
        return ""
    return f"; this copy is the {'older' if mine_date < other_date else 'newer'} ({mine_date} vs {other_date})"


def two_stories(stories: Features, pairs: dict[tuple[int, int], Match], options: ArchiveOptions,
                texts: Texts | None) -> set[tuple[int, int]]:
    """The near (not identical) pairs that a second look at their texts shows to be two items
    written from one template (templates.py)."""
    near = [pair for pair, match in pairs.items() if match.similarity < 0.999 or match.after_lead]
    if texts is None or not near:
        return set()
    loaded = texts(sorted({story for pair in near for story in pair}))
    looks = {story: template_look(text) for story, text in loaded.items()}
    return {(a, b) for a, b in near if a in looks and b in looks
            and one_template(stories, a, b, looks[a], looks[b], options.template_figures)}


def filed_twice(stories: Features, pairs: dict[tuple[int, int], Match]) -> list[dict[str, Any]]:
    out = []
    for (a, b), (similarity, after_lead) in sorted(pairs.items()):
        for mine, other in ((a, b), (b, a)):
            how = "the same text" if similarity >= 0.999 else f"{similarity:.0%} the same"
            how += " after a different lead" if after_lead else ""
            out.append(finding("NL601", stories.stories[mine], span_of(stories.headline[mine]),
                                f"story filed twice: {how} as {stories.stories[other]}{_age(stories, mine, other)}"))
    return out


class _Names(NamedTuple):
    """A story's names (ids) with the line of their first and last place."""

    ids: np.ndarray
    first: np.ndarray
    last: np.ndarray
    first_column: np.ndarray

    def outside(self, span: Span) -> set[int]:
        """Names printed somewhere outside the lines of `span`."""
        out = (self.first < span.line) | (self.first > span.end_line) | (self.last < span.line) | (
            self.last > span.end_line)
        return set(self.ids[out].tolist())

    def inside(self, span: Span) -> set[int]:
        """Names whose first place is within the lines of `span`."""
        return set(self.ids[(self.first >= span.line) & (self.first <= span.end_line)].tolist())

    def within(self, span: Span) -> set[int]:
        """Names whose first or last place is within the lines of `span`, but for one opening it
        (a paragraph's first word is capitalised whatever it is: "Qtly div 10 cts")."""
        first_in = (self.first >= span.line) & (self.first <= span.end_line)
        last_in = (self.last >= span.line) & (self.last <= span.end_line)
        opening = (self.first == span.line) & (self.first_column == span.column)
        return set(self.ids[(first_in | last_in) & ~opening].tolist())

    def around(self, span: Span) -> set[int]:
        """Names printed both within the lines of `span` (first or last) and outside them."""
        first_in = (self.first >= span.line) & (self.first <= span.end_line)
        last_in = (self.last >= span.line) & (self.last <= span.end_line)
        return set(self.ids[first_in != last_in].tolist())


def _names(stories: Features, story: int) -> _Names:
    rows = stories.name_rows(story)
    return _Names(stories.name_id[rows], stories.name_span[rows, 0], stories.name_last_line[rows],
                  stories.name_span[rows, 1])


@lru_cache(maxsize=1)
def _calendar() -> frozenset[str]:
    """Days and months, and their abbreviations ("Feb 87", "Sept")."""
    from ..data import calendar_names

    names = calendar_names()
    return frozenset([*names, *(name[:3] for name in names), "Sept"])


@lru_cache(maxsize=4096)
def _naming(name: str) -> bool:
    """Whether a capitalised token names someone or somewhere: a name of the lists or no word at
    all, not a day, a month or an everyday word capitalised ("Chapter 11", "Radio 4")."""
    from ..spelling.lookup import NAMES, PROPER_WORDS, WORDS

    folded = name.casefold()
    return name not in _calendar() and (folded in NAMES or folded in PROPER_WORDS or folded not in WORDS)


def shared_paragraphs(stories: Features, max_sharing: int) -> list[tuple[int, int, int, int]]:
    """(story a, its paragraph row, story b, its row) for each paragraph printed by two to
    `max_sharing` stories (text printed by more is boilerplate)."""
    keys = stories.paragraph_key
    order = np.argsort(keys, kind="stable")
    ordered = keys[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
    sizes = np.diff(np.r_[starts, len(ordered)])
    out = []
    for start, size in zip(starts[(sizes >= 2) & (sizes <= max_sharing)],
                           sizes[(sizes >= 2) & (sizes <= max_sharing)], strict=True):
        rows = order[start : start + size]
        for i, first in enumerate(rows):
            for second in rows[i + 1 :]:
                a, b = int(stories.paragraph_story[first]), int(stories.paragraph_story[second])
                if a != b:
                    out.append((a, int(first), b, int(second)) if a < b else (b, int(second), a, int(first)))
    return sorted(out)


Texts = Callable[[Sequence[int]], dict[int, str]]  # story indices -> their texts, for a second look


def reused_paragraphs(stories: Features, pairs: dict[tuple[int, int], Match], counts: np.ndarray,
                      options: ArchiveOptions, texts: Texts | None = None) -> list[dict[str, Any]]:
    """A paragraph printed in two otherwise different stories that belongs to one of them: its
    names appear elsewhere in that story, not in the other, or (a second look at the two texts,
    when `texts` can fetch them: placement.py) the rest of that story prints its uncommon words
    and the other does not: it was pasted under the other. Shared boilerplate (a bond's listing
    terms, a columnist's byline) fits both stories or neither, and is left alone."""
    specific = max(5, int(options.specific_share * len(stories)))
    out = []
    candidates = []
    shared_rows = shared_paragraphs(stories, options.max_sharing)
    # Stories sharing several paragraphs are versions of one story, not a paste.
    versions = {pair for pair, n in Counter((a, b) for a, _, b, _ in shared_rows).items()
                if n >= options.related_paragraphs}
    for a, row_a, b, row_b in shared_rows:
        if (a, b) in pairs or (a, b) in versions:
            continue  # the same story filed twice: NL601 says so once
        span_a, span_b = span_of(stories.paragraph_span[row_a]), span_of(stories.paragraph_span[row_b])
        words = int(stories.paragraph_words[row_a])
        names_a, names_b = _names(stories, a), _names(stories, b)
        naming = sum(map(_naming, {stories.vocabulary[n] for n in names_a.within(span_a) | names_b.within(span_b)}))
        if words < options.caption_words and naming < options.caption_names:
            continue
        outside_a, outside_b = names_a.outside(span_a), names_b.outside(span_b)
        if sum(counts[n] <= specific for n in outside_a & outside_b) >= options.related_names:
            continue
        # The paragraph names someone both stories name elsewhere (a columnist's byline under
        # two of his columns): it fits both.
        if any(counts[n] <= specific for n in names_a.around(span_a) & names_b.around(span_b)):
            continue
        # The paragraph alone makes the stories this similar; a version of the same
        # story (re-written, not re-filed) shares more than that.
        alone = words / max(1, int(stories.words[a]) + int(stories.words[b]) - words)
        close = _similarity(stories.signature, np.array([a]), np.array([b]))[0] >= alone + options.related_margin
        # A short note naming no one ("NOTE: Share adjusted for a stock split") fits any story.
        note = naming < options.caption_names and words < options.note_words
        candidates.append((a, span_a, outside_a, names_a, b, span_b, outside_b, names_b, close, note))
    wanted = sorted({c[0] for c in candidates} | {c[4] for c in candidates})
    loaded = texts(wanted) if texts and candidates else {}
    for a, span_a, outside_a, names_a, b, span_b, outside_b, names_b, close, note in candidates:
        # (a story keeps each name's first place only: the union sees the paragraph's)
        inside = names_a.inside(span_a) | names_b.inside(span_b)
        looks = {}
        shared = 1.0
        if a in loaded and b in loaded:
            looks = {a: look(loaded[a], span_a, options), b: look(loaded[b], span_b, options)}
            shared, contained = related(looks[a], looks[b])
            # Their own words overrule the estimate: too many in common, or almost none.
            if (one_story(looks[a], looks[b], options) or shared >= options.related_words
                    or contained > options.related_share or (close and shared >= options.unrelated_words)):
                continue
        elif close:
            continue
        placed_any = False
        for home, host, span, home_span, home_names, host_names in (
                (a, b, span_b, span_a, outside_a, outside_b), (b, a, span_a, span_b, outside_b, outside_a)):
            # (a day or a month places nothing)
            belonging = sorted(name for name in (stories.vocabulary[n] for n in (inside & home_names) - host_names)
                               if name not in _calendar())
            if looks:  # nor printed in the other story in capitals (a headline) or as a word
                belonging = [name for name in belonging if name.casefold() not in looks[host].rest_words]
            if belonging:
                why = f"names {', '.join(belonging[:3])} there, not here"
            elif looks:
                there, weight = placed(looks[home], looks[host])
                if weight < options.word_weight:
                    continue
                why = f"its words ({', '.join(there[:3])}) are that story's, not this one's"
            else:
                continue
            out.append(finding("NL602", stories.stories[host], span,
                                f"paragraph from a different story: {stories.stories[home]}:{home_span.line} "
                                f"prints it too, and {why}"))
            placed_any = True
        # Neither story's other text places it, and they otherwise share almost nothing: one of
        # them holds it by mistake, and an editor who reads both can tell which.
        # (A paragraph closing both is a sign-off or a columnist's credit: it fits both.)
        if looks and not placed_any and not note and shared < options.unrelated_words and not (
                looks[a].closes and looks[b].closes):
            for host, span, home, home_span in ((a, span_a, b, span_b), (b, span_b, a, span_a)):
                out.append(finding("NL602", stories.stories[host], span,
                                    f"paragraph from a different story: {stories.stories[home]}:{home_span.line} "
                                    f"prints it too, and neither story's other text places it (they share "
                                    f"{shared:.0%} of their uncommon words): one of them holds it by mistake"))
    return out


def _remembered(texts: Texts) -> Texts:
    """`texts` fetching each story once for both second looks (NL601's and NL602's)."""
    known: dict[int, str] = {}

    def fetch(wanted: Sequence[int]) -> dict[int, str]:
        missing = [story for story in wanted if story not in known]
        if missing:
            known.update(texts(missing))
        return {story: known[story] for story in wanted if story in known}

    return fetch


def prepare() -> None:
    """Load the word lists the cross-article checks ask (the client does it while the last
    partitions run, when a worker is idle anyway)."""
    from ..spelling.lexicon import dictionary, frequencies

    dictionary()
    frequencies()


def cross_findings(stories: Features | Sequence[Features], codes: set[str], options: ArchiveOptions,
                   texts: Texts | None = None) -> tuple[list[dict[str, Any]], Counter[str]]:
    if not isinstance(stories, Features):
        stories = Features.concat(stories)
    findings: list[dict[str, Any]] = []
    texts = _remembered(texts) if texts else None
    pairs = similar_pairs(stories, options) if codes & {"NL601", "NL602"} else {}
    per_name = name_counts(stories)
    counts = names_counter(stories, per_name)
    if "NL601" in codes:
        templates = two_stories(stories, pairs, options, texts)
        findings.extend(filed_twice(stories, {p: m for p, m in pairs.items() if p not in templates}))
    if "NL602" in codes:
        findings.extend(reused_paragraphs(stories, pairs, per_name, options, texts))
    if "NL603" in codes:
        findings.extend(name_variants(stories, counts, options))
    findings.sort(key=lambda f: (f["path"], f["line"], f["column"], f["code"], f["message"]))
    return findings, counts
