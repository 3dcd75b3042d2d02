"""In-text suppression: HTML comments in Markdown/HTML/text, and `[sic]` after a word.

    <!-- newslint: disable NL101,NL201 --> ... <!-- newslint: enable -->
    <!-- newslint: disable-next-line NL201 -->
    <!-- newslint: disable-file -->
    Timor-Lester [sic]

Applied by the linter after the rules ran; rules never know about it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .diagnostics import Diagnostic
from .document import Document

# The patterns are compiled on first need, each behind a literal test: most articles have
# neither a directive nor a "[sic]".


@cache
def _directive() -> re.Pattern[str]:
    return re.compile(
        r"<!--\s*newslint:\s*(?P<verb>disable-file|disable-next-line|disable|enable)"
        r"(?P<codes>(?:\s+[\w-]+(?:\s*,\s*[\w-]+)*)?)\s*-->",
        re.IGNORECASE,
    )


_OWN_COMMENT = re.compile(r"<!--\s*newslint:", re.IGNORECASE)


def newslint_comment(comment: str) -> bool:
    """An HTML comment addressed to newslint (a directive, maybe mistyped): the desk's, not residue."""
    return _OWN_COMMENT.match(comment) is not None


@cache
def _sic() -> re.Pattern[str]:
    return re.compile(r"""\s*["'”’»)]?\s*(?:\[sic\]|\(sic\))""", re.IGNORECASE)


_SIC_HINTS = ("sic]", "sic)", "SIC]", "SIC)", "Sic]", "Sic)")
SPELLING_CATEGORIES = frozenset({"typo"})


class Directive:
    __slots__ = ("verb", "codes", "start", "end", "line", "covers", "used")

    def __init__(self, verb: str, codes: tuple[str, ...], start: int, end: int, line: int) -> None:
        self.verb = verb
        self.codes = codes  # empty: every rule
        self.start = start
        self.end = end
        self.line = line
        self.covers = (0, 0)  # the character range it covers; filled in by `parse`
        self.used = False

    def matches(self, diagnostic: Diagnostic) -> bool:
        if not self.codes:
            return True
        return any(diagnostic.code.startswith(c) or diagnostic.rule == c for c in self.codes)


class Suppressions:
    def __init__(self, directives: list[Directive] | None = None) -> None:
        self.directives: list[Directive] = [] if directives is None else directives

    def suppresses(self, doc: Document, diagnostic: Diagnostic) -> bool:
        hit = False
        for directive in self.directives:
            low, high = directive.covers
            if low <= diagnostic.start < high and directive.matches(diagnostic):
                directive.used = True
                hit = True
        if not hit and diagnostic.category in SPELLING_CATEGORIES and _sic().match(doc.text, diagnostic.end):
            hit = True
        return hit

    def unused(self) -> list[Directive]:
        return [d for d in self.directives if not d.used and d.verb != "enable"]


def parse(doc: Document) -> Suppressions:
    text = doc.text
    if "newslint:" not in text:
        return Suppressions()
    directives: list[Directive] = []
    open_ranges: list[Directive] = []
    for match in _directive().finditer(text):
        verb = match["verb"].lower()
        codes = tuple(c.strip() for c in match["codes"].replace(",", " ").split() if c.strip())
        line, _ = doc.position(match.start())
        directive = Directive(verb, codes, match.start(), match.end(), line)
        if verb == "disable-file":
            directive.covers = (0, len(text))
        elif verb == "disable-next-line":
            directive.covers = _next_line_span(doc, match.end())
        elif verb == "disable":
            directive.covers = (match.end(), len(text))
            open_ranges.append(directive)
        else:  # enable: closes the matching open disables (all of them when it names no code)
            for opened in list(open_ranges):
                if not codes or set(opened.codes) & set(codes) or not opened.codes:
                    opened.covers = (opened.covers[0], match.start())
                    open_ranges.remove(opened)
        directives.append(directive)
    return Suppressions(directives)


def _next_line_span(doc: Document, offset: int) -> tuple[int, int]:
    """The next line after the comment that has any text on it."""
    text = doc.text
    line, _ = doc.position(offset)
    total = doc.position(len(text))[0]
    for number in range(line + 1, total + 1):
        if doc.line_text(number).strip():
            start = doc.position_to_offset(number)
            return start, start + len(doc.line_text(number))
    return (0, 0)


def apply(doc: Document, diagnostics: Sequence[Diagnostic]) -> tuple[list[Diagnostic], Suppressions]:
    suppressions = parse(doc)
    if not diagnostics:
        return [], suppressions
    if not suppressions.directives and not any(hint in doc.text for hint in _SIC_HINTS):
        return list(diagnostics), suppressions
    kept = [d for d in diagnostics if not suppressions.suppresses(doc, d)]
    return kept, suppressions
