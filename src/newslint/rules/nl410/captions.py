"""NL410 on captions printed again and an image's alternative text printed as a line."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import HEADLINE, PARAGRAPH, Document
from ...regexes import compile_cached
from ...spelling.lookup import WORDS
from ..support.blocks import normalise
from ..support.chrome.lines import lines_of
from .base import PassesBase
from .shared import (
    _CREDIT,
    _SCOPE,
    FRAMED_WITHIN,
    LONG_WORDS,
    MIN_WORDS,
    _small_word_apart,
    _tag,
)


@cache
def _alt_number() -> regex.Pattern[str]:
    # " photo 1", " ảnh 1", " hinh anh 2", "  - ảnh 1": one to three short words (a dash before
    # them) and a picture's number, the caption straight after it ("... ảnh 1Delegates", "... ảnh 1
    # A view of"): a date ("March 4, 2013") is not. The caption may open with a figure ("... - ảnh
    # 190 ambassadors attend", "... hinh anh 135 children receive"): the picture's number is its one
    # digit, and a count in small letters follows: after a dash, or after words of no English list
    # ("hinh anh"; "on March 1990 deputies" is a date).
    return compile_cached(
        r"\s+(?:[-–—]\s+)?(?:\p{L}{1,8}\s+){1,3}\d{1,2}(?=[ \t]?\p{Lu})"
        r"|\s+[-–—]\s+(?:\p{L}{1,8}\s+){1,3}\d(?=\d{1,3}[ \t]\p{L})"
        r"|\s+(?P<fused>(?:\p{L}{1,8}\s+){1,3})\d(?=\d{1,3}[ \t]\p{Ll})"
    )


_CREDIT_PARTS = ("pic", "Pic", "PIC", "hoto", "HOTO", "mage", "MAGE")  # substring tests are the cheapest
# A credit's word near a line's end: the one regular expression before captions are compared.
_CREDIT_HINT = compile_cached(r"(?i)\b(?:photo|picture|pic|image|file)s?\b[^\n]{0,45}$", regex.MULTILINE)


def _untagged(text: str) -> str:
    """The text without a dateline or agency tag opening it ("KUALA LUMPUR: ", "GEORGE TOWN,
    Sept 16 — ")."""
    tag = _tag().match(text)
    return text[tag.end() :].lstrip() if tag is not None else text


class CaptionPasses(PassesBase):
    """Passes over captions and alt text."""

    def _caption_copies(self, doc: Document) -> Iterable[Diagnostic]:
        """A caption that repeats a paragraph, its photo credit after it, the paragraph with a
        dateline before it or a small word more ("KUALA LUMPUR: The number ..." and "The number
        ... -- SINAR HARIAN pic"): the later of the two is reported, for an editor to decide."""
        text = doc.text
        if not any(map(text.__contains__, _CREDIT_PARTS)) or _CREDIT_HINT.search(text) is None:
            return  # no credit's word near a line's end: nearly every story
        lines = [(block, line) for block in doc.blocks if block.kind in _SCOPE for line in lines_of(block)]
        captions = [
            (i, line.text[: credit.start()]) for i, (_, line) in enumerate(lines)
            if (credit := _CREDIT.search(line.text)) is not None
            and line.text.count(" ", 0, credit.start()) >= LONG_WORDS - 1
        ]
        if not captions:
            return
        untagged = [_untagged(line.text) for _, line in lines]
        bare = [normalise(text) for text in untagged]
        for i, text in captions:
            caption, text = lines[i][1], _untagged(text)
            key = normalise(text)
            if len(key.split()) < LONG_WORDS:
                continue
            for j, (block, other) in enumerate(lines):
                if j != i and (bare[j] == key or _small_word_apart(untagged[j], text)):
                    early, (late_block, late) = (other, lines[i]) if j < i else (caption, (block, other))
                    yield self._report(doc, late_block, early, late, "credited")
                    break

    def _alt_text(self, doc: Document) -> Iterable[Diagnostic]:
        """The headline again as an image's alt text, with the caption glued on after its
        number ("Talks resume in Hanoi photo 1Delegates meet ..."): the alt text is reported
        and its deletion offered; the caption stays."""
        # The headline as the page prints it: the first line, or under a date widget or the
        # site's name. One C-level count each: nearly every article prints its headline once.
        headline = next(
            (
                b for b in doc.blocks[:FRAMED_WITHIN]
                if b.kind in (HEADLINE, PARAGRAPH) and "\n" not in b.text
                and b.text.count(" ") >= MIN_WORDS - 1 and doc.text.count(b.text.strip()) >= 2
            ),
            None,
        )
        if headline is None:
            return
        title = headline.text.strip()
        for block in doc.blocks:
            if block.start <= headline.start or block.kind not in _SCOPE or title not in block.text:
                continue
            for line in lines_of(block):
                if not line.text.startswith(title):
                    continue
                tail = _alt_number().match(line.text, len(title))
                if tail is None:
                    continue  # no alt-text number with a caption glued after it
                if tail["fused"] and any(word.casefold() in WORDS for word in tail["fused"].split()):
                    continue  # "... on March 1990 deputies attend": a date, not a picture's number
                end = line.start + tail.end()
                gap = 1 if line.text[tail.end() : tail.end() + 1] in (" ", "\t") else 0  # before the caption
                yield self.diagnostic(
                    line.start, end,
                    f"the headline printed again as an image's alt text, before the caption "
                    f"(line {doc.position(headline.start)[0]})",
                    Fix.unsafe("Delete the alt text", Edit(line.start, end + gap, "")),
                )
