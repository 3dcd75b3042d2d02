"""The cross-article checks (NL601-NL603) over every story's features, and the learned vocabulary.

They run where the features are gathered (the client); docs/scale.md says how the same steps
shard over a cluster when the archive's index does not fit one machine."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import numpy as np

from .features import NUM_PERM, STORY_MIN_WORDS, Span, StoryFeatures


class ArchiveOptions(NamedTuple):
    # NL601: estimated Jaccard similarity of the word 5-grams at which two stories are one.
    duplicate_threshold: float = 0.5
    # ... and for a story shorter than STORY_MIN_WORDS, which is mostly its template.
    short_threshold: float = 0.9
    # ... or of the text after the lead, for a story re-filed with a new lead.
    tail_threshold: float = 0.6
    # Two stories whose datelines are further apart than this are a recurring item written
    # from one template ("Fed adds reserves ..."), not one story filed twice.
    dateline_days: int = 3
    # NL602: a paragraph printed in more stories than this is boilerplate, not a misplaced one.
    max_sharing: int = 3
    # NL602: stories sharing this many other names are related (a follow-up reusing background),
    # not a caption put under the wrong story; only names printed in few stories of the archive
    # count ("March" or "Corp" relate nothing).
    related_names: int = 2
    specific_share: float = 0.005
    related_margin: float = 0.08
    # NL603: a form in at most `rare` stories, one edit from a form in at least `frequent`
    # stories and `ratio` times as many.
    rare: int = 2
    frequent: int = 10
    ratio: int = 5
    min_length: int = 4
    # ... and not a form general English text prints (zipf frequency: 1 is once in 100 million words).
    known_zipf: float = 1.0
    # --vocab-out: names printed in at least this many stories, with no frequent variant.
    vocab_min_stories: int = 20


_SPECS = {
    "NL601": ("story-filed-twice", "duplicate"),
    "NL602": ("paragraph-reused-elsewhere", "duplicate"),
    "NL603": ("archive-name-variant", "typo"),
}


def _finding(code: str, story: str, span: Span, message: str) -> dict[str, Any]:
    name, category = _SPECS[code]
    return {"path": story, "line": span.line, "column": span.column, "end_line": span.end_line,
            "end_column": span.end_column, "code": code, "rule": name, "category": category,
            "severity": "warning", "message": message, "fixable": False, "fix": None}


def lsh_parameters(threshold: float) -> tuple[int, int]:
    """Bands and rows per band for the threshold: datasketch's choice, which weighs the
    chances of a missed pair and of a false candidate equally."""
    from datasketch.lsh import _optimal_param

    bands, rows = _optimal_param(threshold, NUM_PERM, 0.5, 0.5)
    return int(bands), int(rows)


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """One 64-bit key per story and band: stories sharing a key in any band are candidates.
    These keys are what a cluster would shuffle (docs/scale.md)."""
    mix = np.uint64(0x9E3779B97F4A7C15)
    keys = np.zeros((len(signatures), bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for row in range(rows):
            keys = keys * mix + signatures[:, row : bands * rows : rows].astype(np.uint64)
    return keys


def _candidates(stories: Sequence[StoryFeatures], tails: bool, bands: int, rows: int) -> set[tuple[int, int]]:
    """Pairs sharing a band key: MinHash LSH banding over all signatures at once."""
    signed = [(i, s.tail_signature if tails else s.signature) for i, s in enumerate(stories)]
    signed = [(i, sig) for i, sig in signed if sig is not None]
    if len(signed) < 2:
        return set()
    indices = np.array([i for i, _ in signed], dtype=np.int64)
    keys = band_keys(np.stack([sig for _, sig in signed]), bands, rows)
    found: set[tuple[int, int]] = set()
    for band in range(keys.shape[1]):
        column = keys[:, band]
        order = np.argsort(column, kind="stable")
        ordered = column[order]
        starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]])
        ends = np.r_[starts[1:], len(ordered)]
        for start, end in zip(starts[ends - starts > 1], ends[ends - starts > 1], strict=True):
            members = sorted(int(indices[m]) for m in order[start:end])
            found.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    return found


def _similarity(a: np.ndarray | None, b: np.ndarray | None) -> float:
    return 0.0 if a is None or b is None else float(np.mean(a == b))


class Match(NamedTuple):
    similarity: float
    after_lead: bool  # only the text after the lead matched: a new lead on the same story


def similar_pairs(stories: Sequence[StoryFeatures], options: ArchiveOptions) -> dict[tuple[int, int], Match]:
    """Pairs of stories that are one story: their word 5-grams, or those after the lead (a
    re-file with a new lead), are as similar as the thresholds ask, estimated by MinHash."""
    bands, rows = lsh_parameters(min(options.duplicate_threshold, options.tail_threshold))
    candidates = _candidates(stories, False, bands, rows) | _candidates(stories, True, bands, rows)
    pairs: dict[tuple[int, int], Match] = {}
    for a, b in candidates:
        first, second = stories[a], stories[b]
        if first.dateline_day is not None and second.dateline_day is not None:
            apart = abs(first.dateline_day - second.dateline_day)
            if min(apart, 12 * 31 - apart) > options.dateline_days:
                continue
        whole = _similarity(first.signature, second.signature)
        short = min(first.words, second.words) < STORY_MIN_WORDS
        if whole >= (options.short_threshold if short else options.duplicate_threshold):
            pairs[(a, b)] = Match(whole, False)
        else:
            tail = _similarity(first.tail_signature, second.tail_signature)
            if tail >= options.tail_threshold:
                pairs[(a, b)] = Match(tail, True)
    return pairs


def _age(mine: StoryFeatures, other: StoryFeatures) -> str:
    if not mine.date or not other.date or mine.date == other.date:
        return ""
    return f"; this copy is the {'older' if mine.date < other.date else 'newer'} ({mine.date} vs {other.date})"


def filed_twice(stories: Sequence[StoryFeatures], pairs: dict[tuple[int, int], Match]) -> list[dict[str, Any]]:
    out = []
    for (a, b), (similarity, after_lead) in sorted(pairs.items()):
        for mine, other in ((stories[a], stories[b]), (stories[b], stories[a])):
            how = "the same text" if similarity >= 0.999 else f"{similarity:.0%} the same"
            how += " after a different lead" if after_lead else ""
            out.append(_finding("NL601", mine.story, mine.headline,
                                f"story filed twice: {how} as {other.story}{_age(mine, other)}"))
    return out


def _names_outside(story: StoryFeatures, span: Span) -> set[str]:
    inside = range(span.line, span.end_line + 1)
    return {n for n, at in story.names.items()
            if at.line not in inside or story.last_lines.get(n, at.line) not in inside}


def _names_inside(story: StoryFeatures, span: Span) -> set[str]:
    return {n for n, at in story.names.items() if span.line <= at.line <= span.end_line}


def reused_paragraphs(stories: Sequence[StoryFeatures], pairs: dict[tuple[int, int], Match],
                      counts: Counter[str], options: ArchiveOptions) -> list[dict[str, Any]]:
    """A paragraph printed in two otherwise different stories, whose names belong to one of them
    (they appear elsewhere in that story, not in the other): it was pasted under the other.
    Shared boilerplate (a bond's listing terms, a columnist's byline) names no one from either
    story, and is left alone."""
    specific = max(5, int(options.specific_share * len(stories)))
    where: dict[int, list[int]] = defaultdict(list)
    for index, story in enumerate(stories):
        for key in story.paragraphs:
            if len(where[key]) <= options.max_sharing:
                where[key].append(index)
    out = []
    for key, members in where.items():
        if not 2 <= len(members) <= options.max_sharing:
            continue
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if (a, b) in pairs:
                    continue  # the same story filed twice: NL601 says so once
                first, second = stories[a], stories[b]
                (span_a, words), (span_b, _) = first.paragraphs[key], second.paragraphs[key]
                outside_a, outside_b = _names_outside(first, span_a), _names_outside(second, span_b)
                if sum(counts[n] <= specific for n in outside_a & outside_b) >= options.related_names:
                    continue
                # The paragraph alone makes the stories this similar; a version of the same
                # story (re-written, not re-filed) shares more than that.
                alone = words / max(1, first.words + second.words - words)
                if _similarity(first.signature, second.signature) >= alone + options.related_margin:
                    continue
                # (a story keeps each name's first place only: the union sees the paragraph's)
                names = _names_inside(first, span_a) | _names_inside(second, span_b)
                for home, host, span, home_span, home_names, host_names in (
                        (first, second, span_b, span_a, outside_a, outside_b),
                        (second, first, span_a, span_b, outside_b, outside_a)):
                    belonging = sorted((names & home_names) - host_names)
                    if belonging:
                        out.append(_finding("NL602", host.story, span,
                                            f"paragraph from a different story: {home.story}:{home_span.line} "
                                            f"prints it too, and names {', '.join(belonging[:3])} there, not here"))
    return out


def _deletes(token: str) -> Iterable[str]:
    yield token
    for i in range(len(token)):
        yield token[:i] + token[i + 1 :]


def _plural_or_derived(a: str, b: str) -> bool:
    from ..spelling.lexicon import is_derived

    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) > len(short) and (is_derived(long, short) or long[len(short):] in
                                                                   ("s", "'s", "’s", "es"))


def name_counts(stories: Sequence[StoryFeatures]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for story in stories:
        counts.update(list(story.names))
    return counts


def variants(counts: Counter[str], options: ArchiveOptions) -> dict[str, str]:
    """Rare name form -> the frequent form it is one edit from."""
    from rapidfuzz.distance import OSA

    from ..spelling import is_word, zipf

    frequent = {name for name, n in counts.items() if n >= options.frequent}
    index: dict[str, list[str]] = defaultdict(list)
    for name in frequent:
        for key in _deletes(name):
            index[key].append(name)
    found: dict[str, str] = {}
    for name, n in counts.items():
        if n > options.rare or len(name) < options.min_length or is_word(name) or zipf(name) >= options.known_zipf:
            continue  # a word or a name that general text prints too: not a slip
        candidates = {c for key in _deletes(name) for c in index.get(key, ())}
        best = None
        for candidate in candidates:
            if (candidate[0] != name[0] or counts[candidate] < options.ratio * n
                    or OSA.distance(name, candidate) != 1 or _plural_or_derived(name, candidate)):
                continue
            if best is None or counts[candidate] > counts[best]:
                best = candidate
        if best is not None:
            found[name] = best
    return found


def name_variants(stories: Sequence[StoryFeatures], counts: Counter[str], options: ArchiveOptions
                  ) -> list[dict[str, Any]]:
    found = variants(counts, options)
    out = []
    for story in stories:
        for name, span in story.names.items():
            if name in found:
                right = found[name]
                out.append(_finding("NL603", story.story, span,
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


def cross_findings(stories: Sequence[StoryFeatures], codes: set[str], options: ArchiveOptions
                   ) -> tuple[list[dict[str, Any]], Counter[str]]:
    findings: list[dict[str, Any]] = []
    pairs = similar_pairs(stories, options) if codes & {"NL601", "NL602"} else {}
    counts = name_counts(stories)
    if "NL601" in codes:
        findings.extend(filed_twice(stories, pairs))
    if "NL602" in codes:
        findings.extend(reused_paragraphs(stories, pairs, counts, options))
    if "NL603" in codes:
        findings.extend(name_variants(stories, counts, options))
    findings.sort(key=lambda f: (f["path"], f["line"], f["column"], f["code"], f["message"]))
    return findings, counts
