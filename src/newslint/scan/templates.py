"""NL601's second look: two stories written from one template are not one story filed twice.

A wire service files many items from one template (a contract award, a eurobond launch, a
day's crop prices). Their 5-grams overlap like a lightly edited copy's, so MinHash pairs them.
The texts of the few paired stories tell them apart: a re-file keeps its subject and, when
filed again on another day, its figures; two items from one template each name their own
subject in the headline, or carry a new day's figures."""

from __future__ import annotations

from typing import NamedTuple

import regex

from .features import Features, dateline_end

_WORD = regex.compile(r"[^\W\d_]+")
# A figure standing alone ("2.85", "1,167,000", "1-3/4"), not a part of "4th" or "G-7".
_FIGURE = regex.compile(r"(?<![\w.,/-])\d+(?:[.,/-]\d+)*(?![\w/-])")


class Look(NamedTuple):
    """What the second look keeps of one story's text."""

    headline: set[str]  # its headline's words, case-folded
    words: set[str]  # all its words, case-folded
    figures: set[str]  # its figures outside the dateline
    length: int  # its words


def template_look(text: str) -> Look:
    headline, _, body = text.partition("\n")
    lead = body.lstrip()
    dated = dateline_end(lead)
    words = _WORD.findall(text.casefold())
    return Look(set(_WORD.findall(headline.casefold())), set(words), set(_FIGURE.findall(lead[dated:])), len(words))


def cut_of(short: Look, long: Look) -> bool:
    """Whether `short` is `long` re-filed with its end cut: a tenth shorter or more, and every
    figure and all but one word of it are `long`'s (a re-dated copy's "today" for "Monday")."""
    return (short.length <= 0.9 * long.length and short.figures <= long.figures
            and len(short.words - long.words) <= 1)


def subjects(stories: Features, story: int, seen: Look) -> set[str]:
    """Names the headline gives that the story's body prints as names (capitalised)."""
    return {name.casefold() for name in stories.names_of(story)} & seen.headline


def one_template(stories: Features, a: int, b: int, first: Look, second: Look, min_figures: int) -> str | None:
    """Why two paired stories are two items of one template, or None when they may be one
    story: each headline names a subject the other story never prints ("Chevron unit gets
    contract" / "Texaco gets contract"); or their datelines name different days and one prints
    `min_figures` figures the other lacks (a re-file a day later corrects a figure at most, or
    is cut short; a recurring item carries a new day's figures)."""
    own_a, own_b = subjects(stories, a, first) - second.words, subjects(stories, b, second) - first.words
    if own_a and own_b:
        return "subjects"
    day_a, day_b = int(stories.dateline_day[a]), int(stories.dateline_day[b])
    if day_a < 0 or day_b < 0 or day_a == day_b or cut_of(first, second) or cut_of(second, first):
        return None
    if max(len(first.figures - second.figures), len(second.figures - first.figures)) >= min_figures:
        return "figures"
    return None
