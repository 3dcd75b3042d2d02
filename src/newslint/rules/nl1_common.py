"""What the spelling rules share: the vocabulary options and how a correction becomes a fix."""

from __future__ import annotations

from ..casing import match_case
from ..diagnostics import Edit, Fix
from ..rule import Rule, RuleOptions
from ..settings_model import setting
from ..spelling.text import QuoteMap
from ..spelling.vocab import Vocabulary, load_vocabulary


class SpellingOptions(RuleOptions):
    vocab: list[str] = setting(
        factory=list,
        description="Vocabulary files (one word or name a line) whose entries are never reported.",
    )
    words: list[str] = setting(
        factory=list, description="Accepted words and names, given inline."
    )

    def vocabulary(self) -> Vocabulary:
        return load_vocabulary(self.vocab, self.words)


def rule_vocabulary(rule: Rule) -> Vocabulary:
    """The rule's accepted vocabulary, read once per rule object (options are frozen)."""
    cached = rule.__dict__.get("_vocabulary")
    if cached is None:
        options: SpellingOptions = rule.options  # type: ignore[assignment]
        cached = rule.__dict__["_vocabulary"] = options.vocabulary()
    return cached


def correction_fix(
    found: str, start: int, end: int, candidates: tuple[str, ...], quotes: QuoteMap | None,
    quote_offset: int = 0, safe: bool = True, reason: str = "",
) -> tuple[Fix, list[str]]:
    """One candidate: a safe fix (unsafe inside quoted speech); several, or evidence short of
    overwhelming (`safe` false): display-only, saying why (`reason`)."""
    options = [match_case(found, c) for c in candidates]
    options = list(dict.fromkeys(o for o in options if o != found))
    first = options[0]
    edit = Edit(start, end, first)
    if len(options) > 1:
        return Fix.display_only(f"Replace with one of {', '.join(options)}", edit), options
    if not safe:
        why = f" ({reason})" if reason else ""
        return Fix.display_only(f"Replace with {first!r}, if it is meant{why}", edit), options
    if quotes is not None and quotes.inside(start - quote_offset):
        return Fix.unsafe(f"Replace with {first!r} (inside a quotation)", edit), options
    return Fix.safe(f"Replace with {first!r}", edit), options
