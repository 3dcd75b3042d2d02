"""Misspelled proper nouns: near misses of known names, judged on evidence.

A capitalised token is suspicious only when it is not a known name, not an English word, not
frequent in real text and not in the desk's vocabulary. A suspicious token near a target name
is reported when the name is far more frequent than the token (a noisy-channel judgement), the
article does not use the token as its own settled spelling, and no English word competes as
the intended one. A part of a multi-word name ("Timor-Lester", "Buenos Aries") is also judged
against the rest of the name printed beside it, which is strong evidence by itself.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import cache, cached_property
from typing import NamedTuple

import regex

from ..casing import match_case
from ..document import Document
from .index import DeletionIndex, allowed_distance, edits1, osa_distance, part_distance
from .lexicon import frequencies, is_derived
from .names import (
    compiled_gazetteer,
    name_parts,
    shipped_gazetteer,
    vocabulary_gazetteer,
)
from .scan import capitalised, clean_token, document_words
from .store import (
    COMMON_ZIPF,
    DOUBTFUL,
    GIVEN,
    KNOWN,
    PERSON,
    PROPER_WORDS,
    ZIPFS,
    compiled,
    english_words,
)
from .text import (
    WORD,
    at_sentence_start,
    before_ticker,
    followed_by_sic,
    is_shouted,
    strip_possessive,
)
from .vocab import Vocabulary

DISTINCTIVE_ZIPF = 40  # x10: an anchor rarer than this points at one name ("Timor", "Kuala")
MIN_ODDS = 15  # x10: the name must be this much (log10 x10) more frequent than the token
VOCAB_NAME_ZIPF = 30  # x10: what a desk's own name counts as
MAX_ANCHOR_NAMES = 40  # names sharing one part: more, and the part points at none of them
MAX_TOKEN_ZIPF = 20  # x10: a token used more than this in real text is a name of its own
MAX_JUDGED = 100_000  # words whose verdict a process keeps (Reuters has 13,000 unknown ones)
# x10: a name this frequent in real text, with a token used nowhere, makes a fix safe without
# the article printing the name ("Cincinnati" for "Cnicinnati").
SAFE_NAME_ZIPF = 40
SAFE_UNPRINTED_LENGTH = 7  # a token fixed on a name's frequency alone is at least this long
MAX_CUE_ZIPF = 50  # x10: a given name more frequent than this is an English word too ("North")


class NameFinding(NamedTuple):
    start: int
    end: int
    found: str
    candidates: tuple[str, ...]  # replacements for found[start:end], best first
    context: str = ""  # the whole name as printed, when `found` is one part of it
    intended: str = ""  # the name it should be
    safe: bool = False  # the evidence is overwhelming: a fix may be applied unattended
    reason: str = ""  # why, or why not, in a few words for the message


@cache
def _neighbour_words() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The words left (searched backwards from the anchor: only the characters just before it
    are visited) and right of an anchor; compiled on first need."""
    return regex.compile(r"(?r)([\w']+)[ -]$"), regex.compile(r"[ -]([\w']+)")


def _near_miss(found: str | None, expected: str | None) -> bool:
    if not found or not expected or found == expected or is_derived(found, expected):
        return False
    limit = part_distance(len(expected))
    return limit > 0 and osa_distance(found, expected, score_cutoff=limit) <= limit


def anchor_is_open(anchor: str, low: str) -> bool:
    """Does a neighbour of this anchor come close to, but miss, the name it belongs to?"""
    phrases = compiled_gazetteer().phrases[anchor]
    size = len(anchor)
    at = low.find(anchor)
    while at != -1:
        end = at + size
        if (at == 0 or not low[at - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
            left_word, right_word = _neighbour_words()
            left_match = left_word.search(low, max(0, at - 40), at)
            right_match = right_word.match(low, end, end + 40)
            left = left_match.group(1) if left_match else None
            right = right_match.group(1) if right_match else None
            for parts, position, _ in phrases:
                before = parts[position - 1] if position > 0 else None
                after = parts[position + 1] if position + 1 < len(parts) else None
                if _near_miss(left, before) or _near_miss(right, after):
                    return True
        at = low.find(anchor, end)
    return False


@cache
def distinctive_anchors() -> frozenset[str]:
    """Parts of names that point at them; from the text data (rules read compiled().anchors)."""
    gazetteer = shipped_gazetteer()
    freq = frequencies()
    # A part that is a name on its own ("Luxembourg") says nothing about its neighbours.
    return frozenset(
        part for part in gazetteer.phrases
        if len(part) >= 4 and freq.get(part, 0) < DISTINCTIVE_ZIPF
        and part not in gazetteer.targets
    )


def _name_zipf(name: str, vocab_names: frozenset[str]) -> int:
    folded = name.casefold()
    if folded in vocab_names:
        return VOCAB_NAME_ZIPF
    own = ZIPFS.get(folded)
    if own:
        return own
    parts = name_parts(folded)
    return min((ZIPFS.get(p) for p in parts), default=0)


def _ending_only(token: str, name: str) -> bool:
    """Another ending in place of the name's: its last letter or two replaced ("Februari",
    "Sanwa"), not swapped ("Americna") nor doubled ("Japann")."""
    if len(token) != len(name) or token[-2:] == name[-2:][::-1]:
        return False
    return len(os.path.commonprefix([token, name])) >= len(name) - 2


def _whole_word_count(low: str, word: str) -> int:
    """Uses of `word` as a whole word in lower-cased text."""
    count, at, size = 0, low.find(word), len(word)
    while at != -1:
        before = low[at - 1] if at else " "
        after = low[at + size : at + size + 1] or " "
        if not before.isalnum() and not after.isalnum():
            count += 1
        at = low.find(word, at + size)
    return count


@cache
def person_cues() -> frozenset[str]:
    """Titles and roles after which a capitalised word is a person's name (data file)."""
    from ..data import packs_dir

    path = packs_dir() / "data" / "person_cues.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


@cache
def _words_before() -> regex.Pattern[str]:
    """Up to four words just before a position, searched backwards from it."""
    return regex.compile(r"(?r)((?:[\p{L}][\p{L}.'’]*[ ]+){1,4})$")


def _person_slot(text: str, begin: int) -> bool:
    """After a title or role ("Prime Minister Pham Minh ___", "coach ___") or a given name
    ("Wanderley ___"), in a run of capitalised words: the slot of a person's name."""
    match = _words_before().search(text, max(0, begin - 80), begin)
    if match is None:
        return False
    words = match.group(1).split()
    data = compiled()
    for position, word in enumerate(reversed(words)):
        folded = word.casefold().rstrip(".")
        if folded in person_cues():
            return True
        if not word[:1].isupper():
            return False  # the run of capitalised words ends here
        code = data.code(folded)
        if (
            # A given name ("Mikhail", "Ken"), but not one as common as an English word that
            # opens place names ("North") nor a part of a place's name ("Minh", "Kuala").
            position == 0 and code & GIVEN
            and code >> 8 < MAX_CUE_ZIPF and folded not in data.phrases
        ):
            return True
    return False


def _foreign_context(text: str, begin: int, end: int) -> bool:
    """The line around a token is mostly words no list knows ("Kamis, 24 Februari 2011"):
    another language, whose spelling of a name is its own."""
    lo = text.rfind("\n", 0, begin) + 1
    hi = text.find("\n", end)
    line = text[lo : hi if hi != -1 else len(text)]
    data = compiled()
    words = [m.group().casefold() for m in WORD.finditer(line) if m.start() != begin - lo]
    words = words[:60]
    if not words:
        return False
    unknown = sum(
        1 for w in words
        if not (code := data.code(strip_possessive(w))) & KNOWN and code >> 8 < COMMON_ZIPF
    )
    return unknown * 3 >= len(words)


def _is_valid(folded: str, vocab: Vocabulary, entry: int | None = None) -> bool:
    """A known name, an English word, a frequent word or a desk's word: never suspicious.
    `entry` is the word's compiled().code, when the caller has looked it up already."""
    if entry is None:
        entry = compiled().code(folded)  # one lookup: the word list, names and frequency
    if entry & KNOWN or folded in vocab.words or entry >> 8 >= COMMON_ZIPF:
        return True
    if "-" in folded:
        return all(_is_valid(p, vocab) for p in folded.split("-") if p)
    return False


# A token's verdict: valid, or (names it may be a slip for, its parts near a part of a name,
# each with the other parts of those names).
Verdict = tuple[tuple[str, ...], tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]]
# Built at run time, so no `((), ())` constant elsewhere is this object: a valid word's
# verdict is told apart by identity from that of a word near nothing.
_VALID: Verdict = tuple([(), ()])  # type: ignore[assignment]


@cache
def checker_for(vocab: Vocabulary) -> NameChecker:
    return NameChecker(vocab)


class NameChecker:
    """Finds misspelled names in a document; one per vocabulary, kept for the process."""

    def __init__(self, vocab: Vocabulary) -> None:
        self.vocab = vocab
        self.gazetteer = compiled_gazetteer()
        self.extra = vocabulary_gazetteer(vocab) if vocab.names else None
        self.vocab_names = frozenset(n.casefold() for n in vocab.names)
        self._sources = [self.gazetteer] + ([self.extra] if self.extra is not None else [])
        parts = [
            part for g in self._sources for part, names in g.phrases.items()
            if len(names) <= MAX_ANCHOR_NAMES
        ]
        # One-word names (hyphenated ones too, "timor-leste") are matched whole; names with
        # spaces part by part, around the rest of the name printed beside the part.
        self.single_targets = frozenset(
            t for g in self._sources for t in g.targets if " " not in t
        )
        self.part_words = frozenset(parts)
        self._verdicts: dict[str, Verdict] = {}
        self._valid_words: set[str] = set()  # words whose verdict is _VALID
        # Words not valid yet near nothing: suspicious (see _phrases), with no more to do.
        self._inert: set[str] = set()
        self._rivals: dict[str, tuple[str, ...]] = {}  # English words a token may be a slip of

    @cached_property
    def index(self) -> DeletionIndex:
        """Built on the first word that needs judging (most articles have none)."""
        if self.extra is None:  # the shipped names' index, compiled with the data
            data = compiled()
            return DeletionIndex.from_shards(data.index_entry, lambda: data.index_keys, part_distance)
        return DeletionIndex(self.single_targets | self.part_words, part_distance)

    def check(self, doc: Document) -> Iterator[NameFinding]:
        text = doc.text
        words = document_words(doc)
        singles: dict[str, tuple[str, ...]] = {}
        near_parts: set[str] = set()
        low = ""
        # Most unknown words were judged in an earlier article, valid or near nothing: set
        # differences leave the few that need a look.
        suspicious = words.unknown - self._valid_words
        for folded in suspicious - self._inert:
            verdict = self._verdicts.get(folded)
            if verdict is None:
                verdict = self._remember(folded)
                if verdict is _VALID:
                    suspicious -= {folded}
                    continue
            candidates, parts = verdict
            if candidates:
                low = low or text.lower()
                # A spelling the article repeats while never printing the name is its own.
                if not (
                    low.count(folded) >= 2 and not any(c.casefold() in low for c in candidates)
                ):
                    singles[folded] = candidates
            for part, partners in parts:
                # Worth a look only if the rest of some such name is printed in the article.
                if any(all(words.has(q) for q in others) for others in partners):
                    near_parts.add(part)
        # Names are capitalised, so their anchors are among the capitalised words' parts.
        anchors: set[str] = set()
        if words.anchors:
            low = low or text.lower()
            anchors = {a for a in words.anchors if anchor_is_open(a, low)}
        if self.extra is not None:
            anchors |= words.capitalised_hits(self.extra.anchors)
        if not singles and not near_parts and not anchors:
            return
        yield from self._locate(doc, low or text.lower(), singles, near_parts, anchors, suspicious)

    def _remember(self, folded: str) -> Verdict:
        """Judge a word and keep the verdict for the process (up to MAX_JUDGED words)."""
        if len(self._verdicts) >= MAX_JUDGED:  # bounded: start again rather than grow
            self._verdicts.clear()
            self._valid_words.clear()
            self._inert.clear()
            self._rivals.clear()
        verdict = self._verdicts[folded] = self._verdict(folded)
        if verdict is _VALID:
            self._valid_words.add(folded)
        elif verdict == _VALID:
            self._inert.add(folded)
        return verdict

    @staticmethod
    def parts_of(suspicious: frozenset[str]) -> set[str]:
        return {p for w in suspicious for p in w.split("-")}

    def _valid(self, folded: str) -> bool:
        return _is_valid(folded, self.vocab)

    def _verdict(self, folded: str) -> Verdict:
        """What a capitalised token could be a slip for, judged once per process."""
        if len(folded) < 4:
            return _VALID
        # A word, name, common word or misspelling (NL102's business, "Phillipines" too).
        if compiled().listed(folded) or _is_valid(folded, self.vocab, 0):
            return _VALID
        whole = self.index.lookup(folded)
        if not whole and "-" not in folded:
            return (), ()  # near no name: nothing more to learn (not even its frequency)
        parts = []
        for p in folded.split("-"):
            # The whole token (no hyphen) was found not valid just above.
            if not p or (p != folded and self._valid(p)):
                continue
            near = whole if p == folded else self.index.lookup(p)
            # The other parts of each name this part may be a slip of.
            partners = {
                tuple(q for q in parts_ if q != word)
                for word, distance in near
                if word in self.part_words and distance <= part_distance(len(word))
                for g in self._sources
                for parts_, _, _ in g.phrases.get(word, ())
            }
            if partners:
                parts.append((p, tuple(partners)))
        code = compiled().code(folded)
        own = code >> 8  # the token's Zipf frequency x10
        # A common given name or surname somewhere is a real name, not a slip of another
        # one; only the rest of a name printed beside it can say otherwise (see _phrase_at).
        if own >= MAX_TOKEN_ZIPF or code & PERSON:
            # In real use often enough to be a name of its own, unless the rest of a name
            # printed beside it says otherwise ("West Virgina").
            return (), tuple(parts)
        limit = allowed_distance(len(folded))
        targets = [
            (word, distance) for word, distance in whole
            if word in self.single_targets
            and distance <= min(limit, allowed_distance(len(word)))
        ]
        if len(folded) == 4:
            # A four-letter token is a slip only of a five-letter name it lost a letter of
            # ("Chna", "Jpan"); any other edit of so short a word is anyone's guess.
            targets = [(w, d) for w, d in whole if w in self.single_targets and len(w) == 5 and d == 1]
        return self._judge(folded, targets, own), tuple(parts)

    def _locate(
        self,
        doc: Document,
        low: str,
        singles: dict[str, tuple[str, ...]],
        near_parts: set[str],
        anchors: set[str],
        suspicious: frozenset[str],
    ) -> Iterator[NameFinding]:
        suspicious_parts = self.parts_of(suspicious)
        wanted = [*singles, *anchors, *near_parts]
        for block in doc.prose:
            # A token that matters has a part among these, so the block prints it (case-folding
            # maps each character on its own): most blocks need no token-by-token look.
            folded_block = block.text.casefold()
            if not any(w in folded_block for w in wanted):
                continue
            shouted: bool | None = None
            covered: set[int] = set()
            for match in capitalised().finditer(block.text):
                token = match.group()
                folded = token.casefold()
                parts = folded.split("-")
                if not any(p in singles or p in anchors or p in near_parts for p in parts):
                    continue
                if shouted is None:
                    shouted = is_shouted(block.text)
                # Part of a longer name? Judge it against the words around it first.
                window = (max(0, match.start() - 80), min(len(block.text), match.end() + 80))
                for finding in self._phrases(
                    block.text, block.start, shouted, suspicious_parts, window, low
                ):
                    if finding.start not in covered:
                        covered.add(finding.start)
                        yield finding
                # Then each word of it on its own ("Ecaudor", "Ecaudor-based").
                at = match.start()
                for word in token.split("-"):
                    begin, at = at, at + len(word) + 1
                    found = self._single_at(
                        block.text, begin, word, singles, shouted, block.start, covered, low
                    )
                    if found is not None:
                        covered.add(found.start)
                        yield found

    def _single_at(
        self,
        text: str,
        begin: int,
        word: str,
        singles: dict[str, tuple[str, ...]],
        shouted: bool,
        offset: int,
        covered: set[int],
        low: str,
    ) -> NameFinding | None:
        folded = word.casefold()
        end = begin + len(word)
        if folded not in singles or offset + begin in covered:
            return None
        if word.isupper() and not shouted:
            return None  # an acronym or ticker, not a word
        if followed_by_sic(text, end) or self._in_longer_name(text, begin, end):
            return None
        if _person_slot(text, begin):
            return None  # a person's name: never corrected to a place or a company
        candidates = singles[folded]
        if before_ticker(text, end) and (
            osa_distance(folded, candidates[0].casefold()) > 1
            or not _whole_word_count(low, candidates[0].casefold())
        ):
            return None  # a listed company's own spelling ("CLUB MEDITERRANEE <CMI.PA>")
        if compiled().code(folded) >> 8 and _ending_only(folded, candidates[0].casefold()):
            return None  # a word in use that ends otherwise ("Panamax", "Sanwa"): its own name
        rivals = self._rivals.get(folded, ())
        if shouted or at_sentence_start(text, begin):
            # Capitalised by position: any English word may be the intent as well.
            candidates += rivals
            if len(candidates) > 1 and len(folded) <= 6:
                return None  # a short word near several: no evidence for any of them
        else:
            # Capitalised mid-sentence: only a capitalised word ("American") competes.
            proper = PROPER_WORDS
            candidates += tuple(r for r in rivals if r in proper)
        safe, reason = self._single_evidence(folded, candidates, low)
        if safe and _foreign_context(text, begin, end):
            safe, reason = False, "the words around it are in no English list"
        return NameFinding(offset + begin, offset + end, word, candidates, safe=safe, reason=reason)

    def _single_evidence(
        self, folded: str, candidates: tuple[str, ...], low: str
    ) -> tuple[bool, str]:
        """Is one candidate overwhelming? The token must be used nowhere (no frequency, no
        name list), and the name printed elsewhere in the article or very common."""
        if len(candidates) != 1:
            return False, ""
        name = candidates[0]
        if name.endswith("'s"):
            return False, "a possessive without its apostrophe, or a plural?"
        if _ending_only(folded, name.casefold()):
            # Only the ending differs ("Februari", "Marzo"): as often another language's form
            # of the name as a slip.
            return False, "only the ending differs: another language's form?"
        uses = _whole_word_count(low, name.casefold())
        if uses:
            times = "once" if uses == 1 else "twice" if uses == 2 else f"{uses} times"
            reason = f'"{name}" appears {times} in this article'
        else:
            reason = f'"{name}" is not printed elsewhere in this article'
        code = compiled().code(folded)
        if code >> 8:
            return False, f'"{folded}" is in use as a word or name; {reason}'
        if code & DOUBTFUL:
            return False, f'"{folded}" is also listed as a rare name; {reason}'
        if uses:
            return True, reason
        # Without the article's word for it, a short token one letter off is too weak a clue
        # ("Savory Milln", "AUSTN" for Australian).
        if len(folded) >= SAFE_UNPRINTED_LENGTH and _name_zipf(name, self.vocab_names) >= SAFE_NAME_ZIPF:
            return True, f'"{name}" is a very common name and this spelling is used nowhere'
        return False, reason

    # -- one-word names ("Ecaudor", "Timor-Lestee") -------------------------------------------

    def _judge(self, folded: str, found: list[tuple[str, int]], own: int) -> tuple[str, ...]:
        freq = ZIPFS
        best = min((d for _, d in found), default=0)
        if not found or (best > 1 and len(folded) < 10):
            return ()
        names: list[str] = []
        for name, distance in found:
            # "Korean" is Korea's word (and a word); "Japann" only a doubled last letter.
            stutter = folded == name + name[-1:]
            # "Swedens Thomas Enqvist": a possessive that lost its apostrophe.
            lost_apostrophe = folded == name + "s" and own == 0
            if distance != best or (is_derived(folded, name) and not stutter and not lost_apostrophe):
                continue
            printed = self._printed(name) + ("'s" if lost_apostrophe else "")
            if _name_zipf(printed, self.vocab_names) - own < MIN_ODDS:
                continue
            if printed not in names:
                names.append(printed)
        if not names:
            return ()
        if best == 1 and "-" not in folded:
            # An English word one edit away that is about as common competes as the intent.
            floor = min(_name_zipf(n, self.vocab_names) for n in names) - 10
            rivals = sorted(
                (w for w in english_words(edits1(folded)) if freq.get(w, 0) >= floor),
                key=lambda w: (-freq.get(w, 0), w),
            )
            chosen = {n.casefold() for n in names}
            self._rivals[folded] = tuple(w for w in rivals if w not in chosen)
        return tuple(names)

    def _in_longer_name(self, text: str, start: int, end: int) -> bool:
        """Beside another capitalised word we do not know ("Yao Yilin"): a name of its own."""
        # "Lunday-Thagard Co": a hyphen joins the parts of a name as a space does.
        after = capitalised().match(text, end + 1) if text[end : end + 1] in (" ", "-") else None
        if after is not None and not self._valid(clean_token(after.group().casefold())):
            return True
        if start >= 2 and text[start - 1] in (" ", "-"):
            before = capitalised().search(text, max(0, start - 40), start - 1)
            if before is not None and before.end() == start - 1:
                return not self._valid(clean_token(before.group().casefold()))
        return False

    def _printed(self, folded: str) -> str:
        printed = self.gazetteer.targets.get(folded)
        if printed is None and self.extra is not None:
            printed = self.extra.targets.get(folded)
        return printed or folded

    # -- parts of multi-word names ("Timor-Lester", "Kuala Lumpor") ----------------------------

    def _phrases(
        self,
        text: str,
        offset: int,
        shouted: bool,
        suspicious: set[str],
        window: tuple[int, int],
        low: str = "",
    ) -> Iterator[NameFinding]:
        tokens = []
        for m in WORD.finditer(text, *window):
            word = strip_possessive(m.group())
            tokens.append((word, word.casefold(), m.start(), m.start() + len(word)))
        anchors = compiled().anchors
        near_anchor: set[int] = set()
        for i, token in enumerate(tokens):
            if token[1] in anchors:
                near_anchor.update(range(i - 3, i + 4))
        proposals: dict[tuple[int, int], list[tuple[str, str, str]]] = {}
        sources = [self.gazetteer] + ([self.extra] if self.extra is not None else [])
        tried: set[tuple[int, tuple[str, ...]]] = set()
        for i, token in enumerate(tokens):
            # The misspelt part is an unknown word, or any word beside a telling anchor.
            if token[1] not in suspicious and i not in near_anchor:
                continue
            for j in range(max(0, i - 3), min(len(tokens), i + 4)):
                if j == i:
                    continue
                for gazetteer in sources:
                    entries = gazetteer.phrases.get(tokens[j][1], ())
                    if len(entries) > MAX_ANCHOR_NAMES:
                        continue  # "of", "new": anchors too common to point anywhere
                    for parts, position, printed in entries:
                        first = j - position
                        if not first <= i < first + len(parts) or (first, parts) in tried:
                            continue
                        tried.add((first, parts))
                        hit = self._phrase_at(tokens, text, first, parts, printed, shouted, low)
                        if hit is not None:
                            span, proposal = hit
                            bucket = proposals.setdefault(span, [])
                            if proposal not in bucket:
                                bucket.append(proposal)
        for (start, end), found in sorted(proposals.items()):
            if followed_by_sic(text, end):
                continue
            replacements = tuple(dict.fromkeys(p[0] for p in found))
            safe = len(replacements) == 1 and all(p[3] for p in found)
            yield NameFinding(
                offset + start, offset + end, text[start:end], replacements, found[0][1],
                found[0][2], safe, found[0][4],
            )

    def _phrase_at(
        self,
        tokens: list[tuple[str, str, int, int]],
        text: str,
        first: int,
        parts: tuple[str, ...],
        printed: str,
        shouted: bool,
        low: str = "",
    ) -> tuple[tuple[int, int], tuple[str, str, str, bool, str]] | None:
        last = first + len(parts)
        if first < 0 or last > len(tokens):
            return None
        window = tokens[first:last]
        for left, right in zip(window, window[1:], strict=False):
            if text[left[3] : right[2]] not in (" ", "-"):
                return None
        misses = [k for k, token in enumerate(window) if token[1] != parts[k]]
        if len(misses) != 1:
            return None
        k = misses[0]
        original, folded, start, end = window[k]
        expected = parts[k]
        wanted = name_parts(printed)[k]
        if not wanted[:1].isupper() or not (original[:1].isupper() or shouted):
            return None  # names are capitalised; "of" and "de" are not ours to correct
        limit = max(1, allowed_distance(len(expected)))
        if len(expected) < 4 or osa_distance(folded, expected, score_cutoff=limit) > limit:
            return None
        if is_derived(folded, expected) or folded in self.gazetteer.known:
            return None  # "Costa Rican", "Saint Louis": real words and names
        if folded in self.vocab.words:
            return None
        code = compiled().code(folded)
        in_use = _is_valid(folded, self.vocab) or code >> 8 >= COMMON_ZIPF
        # An anchor that points at this one name ("Timor", "Buenos").
        anchored = any(t[1] in compiled().anchors for j, t in enumerate(window) if j != k)
        if _is_valid(folded, self.vocab) and not anchored:
            # "Lester" is a word; beside "Timor" it is still a slip, but beside "New" it may
            # be anything: a real word needs an anchor that points at this one name.
            return None
        context = text[window[0][2] : window[-1][3]]
        cut = start - window[0][2]
        intended = context[:cut] + match_case(original, wanted) + context[cut + end - start :]
        others = " ".join(t[0] for j, t in enumerate(window) if j != k)
        # The rest of the name printed beside the part is strong evidence; a part that is a
        # word or name itself ("Lester", "Magne") is safe to change only inside one hyphenated
        # name ("Timor-Lester"), or when the article prints the name right elsewhere.
        hyphenated = all(text[a[3] : b[2]] == "-" for a, b in zip(window, window[1:], strict=False))
        elsewhere = _whole_word_count(low, intended.casefold()) if low else 0
        if elsewhere:
            reason = f'"{intended}" appears {"once" if elsewhere == 1 else f"{elsewhere} times"} in this article'
        else:
            reason = f'printed beside "{others}"'
        safe = not in_use or hyphenated or anchored or elsewhere > 0
        rival = next(
            (w for w, _ in self.index.lookup(folded) if w != expected and w in self.single_targets), None
        )
        if rival is not None and not elsewhere:
            # "North Americna": a slip of "American" as much as of "North America".
            safe = False
            reason += f'; or "{self._printed(rival)}"'
        if code & PERSON and _person_slot(text, start):
            safe = False  # "Olivier Magne": a person's name, whatever is printed beside it
        if in_use and not safe:
            reason = f'"{original}" is a word or name itself; {reason}'
        return (start, end), (wanted, context, intended, safe, reason)
