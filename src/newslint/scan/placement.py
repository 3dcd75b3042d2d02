"""NL602's second look at the texts of two stories that share a paragraph: does the paragraph
belong to one of them (pasted under the other), or do both stories tell one story?

Words are compared as crude stems of the uncommon ones (zipf below `content_zipf`), each
weighing as much as it is rarer than that cut: one everyday word ("bond", "unique") places
nothing, a rare one ("Guerrouj", "tonnes") does."""

from __future__ import annotations

from typing import NamedTuple

import regex

from .features import Span
from .options import ArchiveOptions

_WORD = regex.compile(r"[^\W\d_]+")


def stem(word: str) -> str:
    """The word without a plural or verb ending or a final "e", so that "tonne" finds "tonnes"
    and "excludes" finds "excluded" (a crude cut is enough: both sides are cut alike)."""
    if word.endswith("ies"):
        word = word[:-3] + "y"
    elif word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for ending in ("ed", "ing", "e"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def content_words(text: str, options: ArchiveOptions) -> dict[str, float]:
    """Stems of the text's uncommon words, each with its weight as evidence."""
    from ..spelling import zipf

    out: dict[str, float] = {}
    for word in set(_WORD.findall(text.casefold())):
        if len(word) >= options.content_min_length and (rarity := options.content_zipf - zipf(word)) > 0:
            key = stem(word)
            out[key] = max(rarity, out.get(key, 0.0))
    return out


class Look(NamedTuple):
    """A story's text around one of its paragraphs."""

    paragraph: dict[str, float]  # the paragraph's uncommon stems and their weights
    rest: dict[str, float]  # those of the rest of the story (its headline too)
    rest_words: set[str]  # every word of the rest, case-folded
    headline: set[str]
    opens: bool  # the paragraph is the story's first after the headline
    closes: bool  # ... or its last, but for a one-word sign-off ("Reuter")


def look(text: str, span: Span, options: ArchiveOptions) -> Look:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    inside = "\n".join(lines[span.line - 1 : span.end_line])
    rest = "\n".join(lines[: span.line - 1] + lines[span.end_line :])
    return Look(content_words(inside, options), content_words(rest, options), set(_WORD.findall(rest.casefold())),
                set(_WORD.findall(lines[0].casefold())), not any(line.strip() for line in lines[1 : span.line - 1]),
                all(len(line.split()) <= 1 for line in lines[span.end_line :]))


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def one_story(first: Look, second: Look, options: ArchiveOptions) -> bool:
    """Two stories sharing a paragraph that are one story, or one template: their headlines are
    mostly the same words, or the paragraph opens both (a notice's lead)."""
    return _jaccard(first.headline, second.headline) >= options.related_headlines or (first.opens and second.opens)


def related(first: Look, second: Look) -> tuple[float, float]:
    """How much the two stories, without the paragraph, share their uncommon words (Jaccard),
    and how much of the shorter one's the longer prints: a follow-up reusing a paragraph of
    background shares many; two stories that have nothing to do with each other share few
    (their desk's jargon)."""
    a, b = set(first.rest), set(second.rest)
    return _jaccard(a, b), len(a & b) / min(len(a), len(b)) if a and b else 0.0


def placed(home: Look, host: Look) -> tuple[list[str], float]:
    """The paragraph's words that the rest of `home` prints and that of `host` does not, and
    the weight of that evidence, less that of the words only `host`'s rest prints."""
    weight = home.paragraph
    there = weight.keys() & home.rest.keys() - host.rest.keys()
    here = weight.keys() & host.rest.keys() - home.rest.keys()
    return sorted(there), sum(weight[w] for w in there) - sum(weight[w] for w in here)
