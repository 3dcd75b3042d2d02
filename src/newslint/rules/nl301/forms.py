"""NL301 on a name's other forms: printed without its capitals, with a hyphenated part off, or with
and without its accents."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import Document
from ...core.rule import Rule
from ...spelling.lexicon import is_derived
from ...spelling.lookup import (
    WORD,
    compiled,
)
from ...spelling.scan import document_words
from ..support.accents import accent_variants
from .shared import (
    _osa1,
    _times,
)

# A hyphenated name: a capitalised part, then parts after hyphens ("Kassym-Jomart", "Chan-o-cha").
_HYPHENATED = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)+(?![\w'’-])")
HYPHENATED_PART = 4  # a part this long at least may differ by a slip


def _one_part_off(minor: str, major: str) -> bool:
    """The same parts but one, that one exactly one edit off (not another form of the word), with
    the same first letter; a part in common of four letters at least."""
    parts = list(zip(minor.split("-"), major.split("-"), strict=True))
    pairs = [(a, b) for a, b in parts if a != b]
    if len(pairs) != 1 or not any(a == b and len(a) >= HYPHENATED_PART for a, b in parts):
        return False  # a particle alone in common ("Al-Ahmed", "Al-Ahmad") may join two names
    a, b = pairs[0][0].casefold(), pairs[0][1].casefold()
    return (
        a != b and len(a) >= HYPHENATED_PART and a[0] == b[0] and _osa1(a, b)
        and not is_derived(a, b) and not is_derived(b, a)
    )


# A capitalised name of four letters or more, and a word in small letters a letter shorter or
# as long that may be it with its capital lost.
_CAPITALISED_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z]{3,}(?![\w'’-])")
LOST_CAPITAL_LENGTH = 5  # shorter ones are often another language's words ("hinh" beside "Chinh")


class FormPasses(Rule):
    """Passes over a name's other forms."""

    def _hyphenated_variants(self, doc: Document) -> Iterable[Diagnostic]:
        """A hyphenated name printed once with one of its parts one edit off, beside the same name
        printed twice or more ("Kasym-Jomart" beside "Kassym-Jomart", "Colbey-Davis" beside
        "Coleby-Davis"): the other parts say it is one name. Another form of a part is no slip
        ("Pro-Russian" beside "Pro-Russia")."""
        # One C-level scan of the whole text rules out nearly every article: no hyphenated name
        # printed twice beside another.
        prints = Counter(_HYPHENATED.findall(doc.text))
        if len(prints) < 2 or max(prints.values()) < 2:
            return
        prints = Counter(match.group() for block in doc.prose for match in _HYPHENATED.finditer(block.text))
        by_parts: dict[int, list[str]] = {}
        for form in prints:
            by_parts.setdefault(form.count("-"), []).append(form)
        wanted: dict[str, str] = {}
        for forms in by_parts.values():
            for minor in forms:
                if prints[minor] != 1:
                    continue
                majors = [major for major in forms if prints[major] >= 2 and _one_part_off(minor, major)]
                if len(majors) == 1:
                    wanted[minor] = majors[0]
        for block in doc.prose:
            for match in _HYPHENATED.finditer(block.text):
                major = wanted.get(match.group())
                if major is None:
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                message = f'"{match.group()}" is spelled "{major}" {_times(prints[major])} elsewhere in the article'
                yield self.diagnostic(
                    start, end, message, Fix.display_only(f"Replace with {major!r}", Edit(start, end, major))
                )

    def _lost_capitals(self, doc: Document) -> Iterable[Diagnostic]:
        """A name the article prints capitalised, printed once more in small letters with its first
        letter lost ("inubu" beside "Tinubu") or its capital I read as an l ("lliyasu" beside
        "Iliyasu"): a word no list knows, so no word of its own."""
        unlisted = [w for w in document_words(doc).lower_case_unlisted() if len(w) >= LOST_CAPITAL_LENGTH]
        if not unlisted:
            return
        code = compiled().code
        tails: dict[str, str] = {}
        for name in set(_CAPITALISED_NAME.findall(doc.text)):
            if not code(name.lower()) & WORD:  # a name, not a word opening a sentence
                tails.setdefault(name[1:].lower(), name)
                if name[0] == "I":
                    tails.setdefault("l" + name[1:].lower(), name)
        for word in unlisted:
            name = tails.get(word)
            if name is None:
                continue
            for match in re.finditer(rf"(?<![\w'’@/.-]){re.escape(word)}(?![\w'’@/-])", doc.text):
                start, end = match.start(), match.end()
                yield self.diagnostic(
                    start, end, f'"{word}" is probably "{name}", which the article prints elsewhere (its '
                    "first letter lost or misread)",
                    Fix.unsafe(f"Replace with {name!r}", Edit(start, end, name)),
                )

    def _accent_variants(self, doc: Document) -> Iterable[Diagnostic]:
        """A name printed with and without its accents ("José", "Jose"): the rarer form is
        shown against the other; which one a desk wants is its style's call."""
        for variant in accent_variants(doc):
            times = "once" if variant.count == 1 else f"{variant.count} times"
            yield self.diagnostic(
                variant.start, variant.end,
                f'"{variant.printed}" is printed "{variant.other}" {times} elsewhere in the article '
                "(one name, with and without its accents)",
                Fix.display_only(f"Replace with {variant.other!r}", Edit(variant.start, variant.end, variant.other)),
            )
