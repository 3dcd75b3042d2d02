"""NL301 on acronyms: one printed once with two letters swapped beside the right order printed
elsewhere, and an acronym defined in brackets after its name."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import Document
from ...core.rule import Rule
from ...regexes import compile_cached
from .shared import (
    _times,
)

# Per-process judgements of capitalised words, so an article's words meet them with set
# operations; bounded (Reuters has 13,000 distinct unknown words): cleared when full.
# An acronym of three to six capitals, and how often its right spelling must be printed for a
# swapped print to count.
_ACRONYM = compile_cached(r"(?<![\p{L}\d.&/-])[A-Z]{3,6}(?![\p{L}\d&/-])")
ACRONYM_MAJOR_COUNT = 3


def _swapped_major(acronym: str, counts: Counter[str], needed: int) -> bool:
    """The acronym with two neighbouring letters swapped is printed `needed` times or more."""
    return any(
        counts.get(acronym[:i] + acronym[i + 1] + acronym[i] + acronym[i + 2 :], 0) >= needed
        for i in range(len(acronym) - 1)
    )


def _defined_acronym(text: str, finding: Diagnostic) -> bool:
    """The finding's word is an acronym in brackets after the name it stands for ("the Petra
    Development and Tourism Region Authority (PDTRA)"): its letters are initials, no name's."""
    token = text[finding.start : finding.end]
    bracketed = text[finding.start - 1 : finding.start] == "(" and text[finding.end : finding.end + 1] == ")"
    if not (bracketed and token.isupper()):
        return False
    # Unless the name before it spells the same letters in another order: then the initials say
    # which order is right ("Foreign Affairs and International Cooperation (MAFIC)": "MFAIC").
    initials = _initials_before(text, finding.start - 1, len(token))
    return not (initials != token and sorted(initials) == sorted(token))


# The words a name's initials skip ("Ministry of Foreign Affairs and International Cooperation").
_INITIALS_SKIP = frozenset(("of", "and", "the", "for", "on", "in", "to", "&"))
_INITIALS_WITHIN = 200  # characters before the bracket looked at


def _initials_before(text: str, bracket: int, count: int) -> str:
    """The initials of the last `count` capitalised words before a bracket, small joining words
    skipped; fewer when a word in small letters stands among them."""
    letters: list[str] = []
    for word in reversed(text[max(0, bracket - _INITIALS_WITHIN) : bracket].split()):
        if len(letters) == count:
            break
        if word[:1].isupper():
            letters.append(word[0])
        elif word in _INITIALS_SKIP and letters:
            continue
        else:
            break
    return "".join(reversed(letters))


class AcronymPasses(Rule):
    """The pass over acronyms."""

    def _acronym_swaps(self, doc: Document) -> Iterable[Diagnostic]:
        """An acronym printed once with two neighbouring letters swapped, beside the same letters
        in order printed three times or more ("KLP" once among seven "KPL"; once is enough when the
        acronym stands in brackets after a name whose initials spell the other order): a suggestion, as an
        acronym's letters may well stand for another body."""
        counts = Counter(_ACRONYM.findall(doc.text))
        if not any(n == 1 and _swapped_major(a, counts, 1) for a, n in counts.items()):
            return  # no acronym printed once beside a swap of it printed elsewhere: nearly every article
        blocks = [block for block in doc.prose if not block.text.isupper()]
        places: dict[str, list[tuple[int, int]]] = {}
        for block in blocks:
            for match in _ACRONYM.finditer(block.text):
                places.setdefault(match.group(), []).append((block.start + match.start(), block.start + match.end()))
        if len(places) < 2:
            return
        for minor, spots in places.items():
            if len(spots) != 1:
                continue
            start, end = spots[0]
            # In brackets after the name it stands for, the name's initials say which order is right
            # ("International Cooperation (MAFIC)" beside "MFAIC"): printed once elsewhere is enough.
            bracketed = doc.text[start - 1 : start] == "(" and doc.text[end : end + 1] == ")"
            spelled = _initials_before(doc.text, start - 1, len(minor)) if bracketed else ""
            for i in range(len(minor) - 1):
                major = minor[:i] + minor[i + 1] + minor[i] + minor[i + 2 :]
                needed = 1 if major == spelled else ACRONYM_MAJOR_COUNT
                if major != minor and len(places.get(major, ())) >= needed:
                    fix = Fix.unsafe(f"Replace with {major}", Edit(start, end, major))
                    yield self.diagnostic(
                        start, end,
                        f'"{minor}" is printed once, "{major}" {_times(len(places[major]))}: two letters swapped?', fix,
                    )
                    break
