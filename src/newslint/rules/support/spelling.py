"""What the spelling rules share: the vocabulary options and how a correction becomes a fix."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ...casing import match_case
from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import PARAGRAPH, Block, Document
from ...core.rule import Rule, RuleOptions
from ...regexes import compile_cached
from ...settings_model import setting
from ...spelling.text import QuoteMap
from ...spelling.vocab import Vocabulary, load_vocabulary
from .language import leans_other_language, may_hold_other_language


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


def guess_fix(
    found: str, start: int, end: int, candidates: tuple[str, ...], clear: bool, safe: bool,
    printed: bool, quotes: QuoteMap, quote_offset: int,
) -> tuple[Fix, list[str], str]:
    """The fix, options and evidence for a guessed correction (NL105, NL106): safe only when one
    word wins, keeps the first letter and the article prints it (`printed`); a guess from
    spelling alone can miss a rare real word."""
    first = match_case(found, candidates[0])
    options = [match_case(found, c) for c in candidates]
    edit = Edit(start, end, first)
    if safe and not printed:
        return Fix.unsafe(f"Replace with {first!r} (a guess: the article does not print it)", edit), options, ""
    if safe:
        fix, options = correction_fix(found, start, end, candidates, quotes, quote_offset)
        return fix, options, " (the article prints it elsewhere)"
    if clear:
        why = "the first letter changes" if first[:1].lower() != found[:1].lower() else "a guess from spelling alone"
        return Fix.unsafe(f"Replace with {first!r} ({why})", edit), options, ""
    # Not clear: several words, or one that only may be meant ("agreemet", "agree met").
    return (*correction_fix(found, start, end, candidates, None, safe=False), "")


def at_cut(text: str, end: int) -> bool:
    """The text stops after this word (the end of the article, or an ellipsis): a truncated
    text's last word ("standar") is a cut, not a slip, and is never fixed."""
    return text[end : end + 5].lstrip().startswith(("...", "…")) or not text[end:].strip()


def cut_inside(text: str, end: int, token: str, candidates: Iterable[str]) -> bool:
    """The text stops right after this word, or an ellipsis glued to it marks a cut, and a
    candidate goes on from it ("The Europea", "standar", "from Peopl…[More]"): the word was cut,
    not misspelt."""
    if text[end:].strip() and not text.startswith(("...", "…"), end):
        return False
    low = token.lower()
    return any(c.lower().startswith(low) for c in candidates) or _completes(low)


CUT_COMPLETION_ZIPF = 40  # a frequent word (Zipf 4, x10) one or two letters longer than the cut token
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _completes(token: str) -> bool:
    """A frequent English word goes on from the token by one or two letters ("seve": "seven",
    "severe"): a cut through that word, whatever the misspelling lists say."""
    from ...spelling.lookup import ZIPFS, english_words

    if not token.isascii() or not token.isalpha():
        return False
    grown = {token + a for a in _LETTERS} | {token + a + b for a in _LETTERS for b in _LETTERS}
    return any(ZIPFS.get(word) >= CUT_COMPLETION_ZIPF for word in english_words(grown))


MIN_CUT_PARAGRAPH = 80
_FINAL = frozenset(".!?:;\"”’')")


def block_cut(block: Block, stop: int) -> bool:
    """The last word of a paragraph (not a headline or a caption, which need no full stop)
    that ends without a full stop: a scraped snippet cut off."""
    if block.kind != PARAGRAPH or len(block.text) < MIN_CUT_PARAGRAPH:
        return False  # a short line ("Net 1.55 billion vs 1.31 billlion") is a table row
    rest = block.text[stop:].rstrip()
    if rest and (len(rest) > 3 or rest.isalnum()):
        return False
    return not (rest and rest[-1] in _FINAL)


def cut_off_at(doc: Document, end: int) -> bool:
    """The word ending at `end` may be where a scrape cut the text off (the article's or its
    paragraph's last word, with no full stop after it): such a word is never fixed unattended."""
    if at_cut(doc.text, end):
        return True
    block = doc.block_at(end - 1)
    return block is not None and block_cut(block, end - block.start)


# A story in another language: more than this share of its distinct lower-case words are in no
# English list (English copy, even with its typos, stays under a tenth; Finnish, Swedish or
# Norwegian copy is over half). Its words are no slips of English.
FOREIGN_SHARE = 0.3
MIN_LOWER_WORDS = 20
_LOWER_WORD = compile_cached(r"(?<![\p{L}'’-])\p{Ll}+(?![\p{L}'’-])")


def not_english(doc: Document) -> bool:
    """Whether the story is in another language; asked only before a spelling rule reports."""
    return doc.derived(_not_english)


def _not_english(doc: Document) -> bool:
    from ...spelling.scan import document_words

    unknown = document_words(doc).lower_case_unlisted()
    if len(unknown) <= FOREIGN_SHARE * MIN_LOWER_WORDS:
        return False  # too few to be a share of even the shortest story judged (no regex run)
    words = {w for block in doc.prose for w in _LOWER_WORD.findall(block.text)}
    if len(words) < MIN_LOWER_WORDS:
        return False
    return _over_share(unknown & words, len(words))


def _over_share(unknown: set[str], size: int) -> bool:
    """More than FOREIGN_SHARE of `size` words are unknown, not counting those that are likely
    slips of English words ("politcians", "consenus"): another language's words are not, and
    a paragraph dense with typos is still English."""
    if len(unknown) <= FOREIGN_SHARE * size:
        return False  # the common case, without a guess
    from ...spelling.guess import likely_slip

    return sum(1 for word in unknown if likely_slip(word) is None) > FOREIGN_SHARE * size


def english_only(doc: Document, found: Iterable[Diagnostic]) -> Iterator[Diagnostic]:
    """A spelling rule's findings, none for a story in another language (asked only when there
    is a finding, so nearly every story pays nothing)."""
    found = iter(found)
    first = next(found, None)
    if first is None or not_english(doc):
        return
    foreign: dict[int, bool] = {}  # by block: a paragraph of another language in English copy
    for diagnostic in (first, *found):
        block = doc.block_at(diagnostic.start)
        if block is not None:
            if block.start not in foreign:
                foreign[block.start] = _foreign_block(doc, block.text)
            if foreign[block.start]:
                continue
        yield diagnostic


# A paragraph this share of whose lower-case words no list knows may be asked of the language
# identifier.
LEAN_SHARE = 0.2
# A paragraph with this many lower-case words or more is judged on its own language.
MIN_BLOCK_WORDS = 8


def _foreign_block(doc: Document, text: str) -> bool:
    """A paragraph of another language inside English copy (a bilingual page: "Am 2. Oktober
    startet die ..."): more than FOREIGN_SHARE of its lower-case words are in no list."""
    from ...spelling.scan import document_words

    words = set(_LOWER_WORD.findall(text))
    if len(words) < MIN_BLOCK_WORDS:
        return False
    unknown = document_words(doc).lower_case_unlisted() & words
    if _over_share(unknown, len(words)):
        return True
    # Another language whose small words English lists know too ("a", "o", "de", "no"): the
    # identifier that NL408 asks leans to it ("A presidenta Dilma Rousseff dá posse a ..."),
    # asked only of a paragraph with a share of unknown words (loading it costs a process
    # some 100 MB).
    if "\n" in text or len(unknown) < LEAN_SHARE * len(words):
        return False
    from ...spelling.guess import likely_slip

    return sum(1 for word in unknown if likely_slip(word) is None) >= LEAN_SHARE * len(words) and (
        leans_other_language(text)
    )


# A lower-case neighbour in no word list and rarer than this (Zipf x10) is another language's.
FOREIGN_NEIGHBOUR_ZIPF = 30
# Words on each side looked at for a stretch of another language, and the share of them no
# English list knows that makes it one ("sa ibang bansa para gumalaw sa ating sariling").
STRETCH_WORDS = 6
STRETCH_SHARE = 0.4
MIN_STRETCH_WORDS = 4
_STRETCH_WORD = compile_cached(r"[\p{L}'’]+")


# A gloss in brackets of a few small words ("akims (governors)", "'aache din' (good days)").
# Not a phrase opening with a small word ("dissapointed (by the announcement)"): an aside.
_GLOSS = compile_cached(
    r"[ \t]\((?!(?:by|the|a|an|of|in|on|at|to|for|with|and|or|from|as|not|but|if|which|who|that)\b)"
    r"(?:\p{Ll}+[ \t]){0,5}\p{Ll}+\)"
)
# A short phrase in quotation marks around the token, up to its closing mark.
_QUOTED_PHRASE = compile_cached(r"[\p{L}'’-]*(?:[ \t][\p{L}'’-]+){0,2}?['’\"”]")
QUOTED_TERM = 30  # characters from a quoted term's opening mark to the token, at most


def glossed_term(text: str, at: int, stop: int) -> bool:
    """The token is a term the writer glosses in brackets: right after it ("akims (governors)")
    or after the short quoted phrase that holds it ("'aache din' (good days)"), another
    language's word explained, not a slip."""
    if _GLOSS.match(text, stop) is not None:
        return True
    reach = max(0, at - QUOTED_TERM)
    opening = max(text.rfind(mark, reach, at) for mark in "'‘\"“")
    if opening == -1 or "\n" in text[opening:at]:
        return False
    closing = _QUOTED_PHRASE.match(text, stop)
    return closing is not None and _GLOSS.match(text, closing.end()) is not None


def beside_foreign_letters(text: str, at: int, stop: int) -> bool:
    """The word just before or after the token on its line is in no list and written in letters
    English does not use ("mənbələrdən foto", "Açiq"), or the identifier leans to another language
    for the line ("le plan de bombardement par lequel ..."): the token is that language's word."""
    from ...spelling.lookup import compiled

    line_start = text.rfind("\n", 0, at) + 1
    line_end = len(text) if (found := text.find("\n", stop)) == -1 else found
    before = _STRETCH_WORD.findall(text, max(line_start, at - 40), at)[-1:]
    after = _STRETCH_WORD.findall(text, stop, min(line_end, stop + 40))[:1]
    data = compiled()
    if any(not w.isascii() and w.isalpha() and not data.code(w.lower()) for w in before + after):
        return True
    line = text[line_start:line_end]
    # The identifier only for a line with no English small word and unknown words (`may_hold_other_language`).
    return not line.isascii() and may_hold_other_language(line) and leans_other_language(line)


def foreign_stretch(text: str, at: int, stop: int) -> bool:
    """Among the words around the token on its line, two in five or more in no English list and
    not frequent: a quotation or a phrase in another language (Tagalog, Tok Pisin), not slips."""
    from ...spelling.guess import wire_words
    from ...spelling.lookup import WORD, compiled

    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", stop)
    before = _STRETCH_WORD.findall(text, max(line_start, at - 80), at)[-STRETCH_WORDS:]
    after = _STRETCH_WORD.findall(text, stop, min(len(text) if line_end == -1 else line_end, stop + 80))
    # Words in small letters only: names and shorthand ("SPARC", "mln dlrs") say nothing of a language.
    shorthand = wire_words()
    bare = [w.strip("'’") for w in before + after[:STRETCH_WORDS]]  # "politicians'", "'s"
    words = [w for w in bare if len(w) > 1 and w.islower() and w not in shorthand]
    if len(words) < MIN_STRETCH_WORDS:
        return False
    data = compiled()
    foreign = sum(1 for w in words if not data.code(w) & WORD and data.code(w) >> 8 < FOREIGN_NEIGHBOUR_ZIPF)
    return foreign >= STRETCH_SHARE * len(words)
