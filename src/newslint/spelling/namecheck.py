"""Misspelled proper nouns: near misses of known names, judged on evidence.

A capitalised token is suspicious only when it is not a known name, not an English word, not
frequent in real text and not in the desk's vocabulary. A suspicious token near a target name
is reported when the name is far more frequent than the token (a noisy-channel judgement), the
article does not use the token as its own settled spelling, and no English word competes as
the intended one. A part of a multi-word name ("Timor-Lester", "Buenos Aries") is also judged
against the rest of the name printed beside it, which is strong evidence by itself.

One class on purpose, though long: the one-word, multi-word and short-name checks share the
article's counts and the evidence wording, and a finding of one kind settles the others.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

import regex

from ..casing import match_case
from ..core.document import Document
from ..regexes import compile_cached
from .index import allowed_distance, edits1, inner_swap, osa_distance
from .lexicon import is_derived
from .lookup import COMMON_ZIPF, DOUBTFUL, GIVEN, PERSON, PROPER_WORDS, WORDS, ZIPFS, compiled, english_words
from .lookup import PROPER as PROPER_FLAG
from .lookup import WORD as WORD_FLAG
from .minornames import minor_anchors, minor_phrases
from .names import MAX_ANCHOR_NAMES, name_parts, place_slots
from .namesearch import VALID, NameSearch, Verdict
from .nameslots import (
    after_given_name,
    anchor_is_open,
    beside_foreign_particle,
    ending_only,
    foreign_context,
    is_valid,
    name_zipf,
    person_slot,
    whole_word_count,
)
from .scan import TextWords, capitalised, clean_token, document_words
from .slips import keys_beside, slip_kind
from .text import (
    WORD,
    at_sentence_start,
    before_ticker,
    followed_by_sic,
    is_shouted,
    opens_company_tag,
    strip_possessive,
    whole_words,
)
from .vocab import Vocabulary

MINOR_DISTANCE = 2  # most slips from a minor name's part beside its distinctive rest ...
MINOR_LONG = 8  # ... in a part this long
MINOR_GIVEN_ZIPF = 30  # x10: an anchor that is a given name this common points at a person
_UMLAUT = compile_cached(r"(?<=[^aeiou])([aou])e")
MAX_JUDGED = 100_000  # words whose verdict a process keeps (Reuters has 13,000 unknown ones)
# x10: a name this frequent in real text, with a token used nowhere, makes a fix safe without
# the article printing the name ("Cincinnati" for "Cnicinnati").
SAFE_NAME_ZIPF = 40
# x10: a four-letter name this frequent ("Iraq", "Utah") is the likely intent of a token one
# letter off it that no list or text uses, printed in the article or not.
FAMOUS_SHORT_ZIPF = 42
FAMOUS_SWAP_ZIPF = 30  # x10: ... and one this common with two inner letters swapped
UNPRINTED_MIN_ZIPF = 30  # x10: a name not in the article is suggested only when at least this common,
UNPRINTED_LONG = 10  # ... for a token shorter than this
# ... unless typing made the token from it: two neighbours swapped, a double letter lost or a
# letter struck twice, away from its ends ("Vietniane"); names differ by changed letters.
_TYPING_ONLY = frozenset({"swap", "undouble", "stutter"})
SAFE_UNPRINTED_LENGTH = 7  # a token fixed on a name's frequency alone is at least this long
MIN_ANCHORED_PARTS = 3  # a word of other names is judged inside a name this long, anchored
TWO_EDIT_PART = 5  # letters of a word of such a name that may be two edits off when another is too
COMMON_PART_ZIPF = 35  # x10: ... when it is an English word at least this common

# What follows a dateline's city at a paragraph's start: its state, its agency, or the dash.
_DATELINE_ENDS = (", ", " (", " –", " —", " -")


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
def checker_for(vocab: Vocabulary) -> NameChecker:
    return NameChecker(vocab)


class NameChecker(NameSearch):
    """Finds misspelled names in a document; one per vocabulary, kept for the process."""

    def check(self, doc: Document) -> Iterator[NameFinding]:
        text = doc.text
        words = document_words(doc)
        singles: dict[str, tuple[str, ...]] = {}
        slotted: dict[str, tuple[str, ...]] = {}  # reported only after a city ("Dayton, Ohuo")
        near_parts: set[str] = set()
        low = ""
        # Most unknown words were judged in an earlier article, valid or near nothing: set
        # differences leave the few that need a look.
        suspicious = words.unknown - self._valid_words
        for folded in suspicious - self._inert:
            verdict = self._verdicts.get(folded)
            if verdict is None:
                verdict = self._remember(folded)
                if verdict is VALID:
                    suspicious -= {folded}
                    continue
            candidates, parts = verdict
            if candidates and folded in self.needs_print:
                low = low or text.lower()
                printed = tuple(c for c in candidates if whole_word_count(low, c.casefold()))
                if not printed:
                    regions = place_slots()[1]
                    slotted_regions = tuple(c for c in candidates if c.casefold() in regions)
                    if slotted_regions:
                        slotted[folded] = slotted_regions
                    if self._famous_only(folded, candidates):
                        printed = candidates
                candidates = printed
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
        yield from self._minor_names(doc, words, suspicious)
        if not singles and not slotted and not near_parts and not anchors:
            return
        for found in self._locate(doc, low or text.lower(), singles, near_parts, anchors, suspicious, slotted):
            if found.safe and self.rare_targets and any(
                part in self.rare_targets for part in (found.found.casefold(), *found.found.casefold().split("-"))
            ):
                found = found._replace(safe=False, reason=f"{found.reason}; a name only the lists know")
            yield found

    def _minor_names(self, doc: Document, words: TextWords, suspicious: frozenset[str]) -> Iterator[NameFinding]:
        """A word no list knows beside the distinctive rest of a known place too obscure to
        correct to on its own, one slip from that place's part ("Siem Reep", "Khyber
        Pakhtunkwa"): a suggestion, never an unattended fix."""
        if not suspicious:
            return
        table = minor_phrases()
        present = words.capitalised_hits(minor_anchors())
        if not present:
            return
        low = doc.text.casefold()
        for block in doc.prose:
            folded_block = block.text.casefold()
            if not any(anchor in folded_block for anchor in present):
                continue
            tokens = [(m.group(), m.group().casefold(), m.start(), m.end()) for m in WORD.finditer(block.text)]
            for j, token in enumerate(tokens):
                if token[1] not in present or not token[0][:1].isupper():
                    continue
                code = compiled().code(token[1])
                if code & GIVEN and code >> 8 >= MINOR_GIVEN_ZIPF:
                    continue  # a common given name: the word beside it may be a surname
                for parts, position, printed in table[token[1]]:
                    found = self._minor_at(block.text, tokens, j - position, parts, printed, suspicious)
                    if found is not None and not _own_spelling(low, block.text[found[0] : found[1]], found[2]):
                        start, end, wanted, context = found
                        cut = start - tokens[j - position][2]
                        yield NameFinding(
                            block.start + start, block.start + end, block.text[start:end], (wanted,), context,
                            context[:cut] + wanted + context[cut + end - start :],
                            safe=False, reason=f'the rest of "{printed}" is printed beside it',
                        )
                        break

    @staticmethod
    def _minor_at(
        text: str, tokens: list[tuple[str, str, int, int]], first: int, parts: tuple[str, ...], printed: str,
        suspicious: frozenset[str],
    ) -> tuple[int, int, str, str] | None:
        if first < 0 or first + len(parts) > len(tokens):
            return None
        window = tokens[first : first + len(parts)]
        if any(text[a[3] : b[2]] not in (" ", "-") for a, b in zip(window, window[1:], strict=False)):
            return None
        misses = [k for k, token in enumerate(window) if token[1] != parts[k]]
        if len(misses) != 1:
            return None
        original, folded, start, end = window[misses[0]]
        expected = parts[misses[0]]
        if folded not in suspicious or not original[:1].isupper() or len(expected) < 4 or folded[0] != expected[0]:
            return None
        plain = _without_marks(expected)
        if folded == plain or _UMLAUT.sub(_umlaut, folded) == plain:
            return None  # "Wuerttemberg" for "Württemberg": the umlaut written out, not a slip
        # The distinctive part printed exactly beside it allows one slip more than a name alone
        # in a long part ("Pakhtunkwa"); a short one may be another place ("Porto Cervo").
        limit = min(MINOR_DISTANCE, allowed_distance(len(expected)) + 1) if len(expected) >= MINOR_LONG else 1
        if osa_distance(folded, expected, score_cutoff=limit) > limit:
            return None
        return start, end, match_case(original, name_parts(printed)[misses[0]]), text[window[0][2] : window[-1][3]]

    def _famous_only(self, folded: str, candidates: tuple[str, ...]) -> bool:
        """A token no list or text uses with one inner letter changed from a single name of
        everyday news that is no English word ("Ieaq", "Utsh"; not "Salz" for "Sale", nor
        "OFRD"): the name is the likely intent even where the article does not print it."""
        if compiled().code(folded):
            return False
        # Two inner letters swapped, the commonest slip of the keys, from a name of the news
        # ("Loas"): the name is the likely intent beside others a letter changed ("Lois").
        swapped = [c.casefold() for c in candidates if inner_swap(folded, c.casefold())]
        if len(swapped) == 1 and (swapped[0] in PROPER_WORDS or swapped[0] not in WORDS):
            return name_zipf(swapped[0], self.vocab_names) >= FAMOUS_SWAP_ZIPF
        if len(candidates) != 1:
            return False
        name = candidates[0].casefold()
        return (
            len(name) == len(folded) and name[0] == folded[0]
            and (name in PROPER_WORDS or name not in WORDS)
            and name_zipf(name, self.vocab_names) >= FAMOUS_SHORT_ZIPF
        )

    def _remember(self, folded: str) -> Verdict:
        """Judge a word and keep the verdict for the process (up to MAX_JUDGED words)."""
        if len(self._verdicts) >= MAX_JUDGED:  # bounded: start again rather than grow
            self._verdicts.clear()
            self.needs_print.clear()
            self.rare_targets.clear()
            self._valid_words.clear()
            self._inert.clear()
            self._rivals.clear()
        verdict = self._verdicts[folded] = self._verdict(folded)
        if verdict is VALID:
            self._valid_words.add(folded)
        elif verdict == VALID:
            self._inert.add(folded)
        return verdict

    def _locate(
        self,
        doc: Document,
        low: str,
        singles: dict[str, tuple[str, ...]],
        near_parts: set[str],
        anchors: set[str],
        suspicious: frozenset[str],
        slotted: dict[str, tuple[str, ...]],
    ) -> Iterator[NameFinding]:
        suspicious_parts = self.parts_of(suspicious)
        wanted = [*singles, *anchors, *near_parts, *slotted]
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
                if not any(
                    p in singles or p in anchors or p in near_parts or p in slotted for p in parts
                ):
                    continue
                if shouted is None:
                    shouted = is_shouted(block.text)
                # Part of a longer name? Judge it against the words around it first.
                window = whole_words(block.text, match.start() - 80, match.end() + 80)
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
                    here = singles
                    city = word.casefold() in slotted and city_before(block.text, begin, begin + len(word))
                    if city:
                        here = {**singles, word.casefold(): slotted[word.casefold()]}
                    found = self._single_at(
                        block.text, begin, word, here, shouted, block.start, covered, low
                    )
                    if found is not None and city:
                        found = found._replace(reason=f'after "{city}", where a state or country stands')
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
        if word.isupper() and not shouted and not (not text[:begin].strip() and text[end : end + 2] in _DATELINE_ENDS):
            # an acronym or ticker, not a word; but a dateline's city ("CHARTLESTON, S.C.", "VIENTIAN –")
            return None
        if followed_by_sic(text, end) or self._in_longer_name(text, begin, end):
            return None
        if person_slot(text, begin):
            return None  # a person's name: never corrected to a place or a company
        candidates = singles[folded]
        unprinted = not any(whole_word_count(low, c.casefold()) for c in candidates)
        if _AREA_AFTER.match(text, end) and unprinted:
            return None  # "Krachi District": an area's own name, unless the article prints the name it is near
        if unprinted and all(_far_first_key(folded, c.casefold()) for c in candidates):
            # Names differ at their start ("Minjiang", "Xinjiang"; "Cottenham", "Tottenham"): a
            # changed first letter is a slip from a key beside it ("Narch") or beside the name.
            return None
        if (
            unprinted and len(folded) < UNPRINTED_LONG
            and max(name_zipf(strip_possessive(c), self.vocab_names) for c in candidates) < UNPRINTED_MIN_ZIPF
            and not any(slip_kind(folded, c.casefold()) in _TYPING_ONLY for c in candidates)
        ):
            # "Dadong", "Nyala": a place not much better known, and not in the article, is as
            # likely another place of its own name; a long token ("Blomefontein") seldom is.
            return None
        if (before_ticker(text, end) or opens_company_tag(text, begin)) and (
            osa_distance(folded, candidates[0].casefold()) > 1
            or not whole_word_count(low, candidates[0].casefold())
        ):
            return None  # a company's own spelling ("CLUB MEDITERRANEE <CMI.PA>", "<Hudong shipyards>")
        if compiled().code(folded) >> 8 and ending_only(folded, candidates[0].casefold()):
            return None  # a word in use that ends otherwise ("Panamax", "Sanwa"): its own name
        rivals = self._rivals.get(folded, ())
        if shouted or at_sentence_start(text, begin):
            # Capitalised by position: any English word may be the intent as well, unless the
            # article prints the name and none of the words ("Jspan's" in a story on Japan).
            if len(candidates) == 1 and rivals and whole_word_count(low, candidates[0].casefold()) and not any(
                whole_word_count(low, rival) for rival in rivals
            ):
                return NameFinding(
                    offset + begin, offset + end, word, candidates, safe=False,
                    reason=f'"{candidates[0]}" is printed in this article; "{rivals[0]}" is not',
                )
            candidates += rivals
            if len(candidates) > 1 and len(folded) <= 6:
                return None  # a short word near several: no evidence for any of them
        else:
            # Capitalised mid-sentence: only a capitalised word ("American") competes.
            proper = PROPER_WORDS
            candidates += tuple(r for r in rivals if r in proper)
        # A person's slot returned above; after a given name the token may still be a surname.
        safe, reason = self._single_evidence(folded, candidates, low, after_given_name(text, begin))
        common = next((r for r in rivals if ZIPFS.get(r, 0) >= name_zipf(candidates[0], self.vocab_names)), None)
        if safe and common is not None and not whole_word_count(low, candidates[0].casefold()):
            # "Standord Chartered": a commoner word one slip away may be a name's word too.
            safe, reason = False, f'{reason}; or "{common.capitalize()}", a commoner word one slip away'
        if safe and foreign_context(text, begin, end):
            safe, reason = False, "the words around it are in no English list"
        elif safe and beside_foreign_particle(text, begin, end):
            # "San Antonio de Torontoy": a place of another language, named in it.
            safe, reason = False, f"{reason}; but beside a small word of another language"
        return NameFinding(offset + begin, offset + end, word, candidates, safe=safe, reason=reason)

    def _single_evidence(
        self, folded: str, candidates: tuple[str, ...], low: str, person: bool = False
    ) -> tuple[bool, str]:
        """Is one candidate overwhelming? The token must be used nowhere (no frequency, no
        name list), and the name printed elsewhere in the article or very common."""
        if len(candidates) != 1:
            return False, ""
        name = candidates[0]
        if name.endswith("'s"):
            return False, "a possessive without its apostrophe, or a plural?"
        if ending_only(folded, name.casefold()):
            # Only the ending differs ("Februari", "Marzo"): as often another language's form
            # of the name as a slip.
            return False, "only the ending differs: another language's form?"
        uses = whole_word_count(low, name.casefold())
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
        if folded in self.needs_print:
            return False, reason  # a name of its own, or a four-letter word: a hint, never proof
        if uses:
            return True, reason
        # Without the article's word for it, a short token one letter off is too weak a clue
        # ("Savory Milln", "AUSTN" for Australian).
        if len(folded) >= SAFE_UNPRINTED_LENGTH and name_zipf(name, self.vocab_names) >= SAFE_NAME_ZIPF:
            common = f'"{name}" is a very common name and this spelling is used nowhere'
            if person and slip_kind(folded, name.casefold()) is None:
                # In a person's slot, names have rare forms one changed letter apart ("Mark
                # Brailey", "Bradley"): only a slip of typing is fixed there on frequency alone.
                return False, common
            return True, common
        return False, reason

    # -- one-word names ("Ecaudor", "Timor-Lestee") -------------------------------------------

    def _in_longer_name(self, text: str, start: int, end: int) -> bool:
        """Beside another capitalised word we do not know ("Yao Yilin"): a name of its own."""
        # "Lunday-Thagard Co": a hyphen joins the parts of a name as a space does.
        after = capitalised().match(text, end + 1) if text[end : end + 1] in (" ", "-") else None
        if after is not None and not self._valid(clean_token(after.group().casefold())):
            return True
        if start >= 2 and text[start - 1] in (" ", "-"):
            # The last capitalised word before it, if it ends right there.
            words = list(capitalised().finditer(text, max(0, start - 40), start - 1))
            before = words[-1] if words else None
            if before is not None and before.end() == start - 1:
                return not self._valid(clean_token(before.group().casefold()))
        return False

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
        if len(misses) == 2 and len(parts) >= MIN_ANCHORED_PARTS:
            return self._two_slips(window, text, misses, parts, printed)
        if len(misses) != 1:
            return None
        k = misses[0]
        original, folded, start, end = window[k]
        expected = parts[k]
        wanted = name_parts(printed)[k]
        wanted = _spelled_as_copy(wanted, folded)
        if not wanted[:1].isupper() or not (original[:1].isupper() or shouted):
            return None  # names are capitalised; "of" and "de" are not ours to correct
        if not shouted and any(
            j != k and word[:1].isupper() and not window[j][0][:1].isupper()
            for j, word in enumerate(name_parts(printed))
        ):
            return None  # the rest printed as an ordinary word ("Porp said" is no "Port Said")
        limit = max(1, allowed_distance(len(expected)))
        if len(expected) < 4 or osa_distance(folded, expected, score_cutoff=limit) > limit:
            return None
        # An anchor that points at this one name ("Timor", "Buenos").
        anchored = any(t[1] in compiled().anchors for j, t in enumerate(window) if j != k)
        if is_derived(folded, expected) or folded in self.gazetteer.known and not (
            # A word of other names ("Agency", "Press") one slip from this name's, the rest of
            # a name of three words or more printed right around it, an anchor among them:
            # "Agency France-Presse" is no other name.
            anchored and len(parts) >= MIN_ANCHORED_PARTS and folded not in self.gazetteer.targets
            and _common_word(folded)
        ):
            return None  # "Costa Rican", "Saint Louis": real words and names
        if folded in self.vocab.words:
            return None
        code = compiled().code(folded)
        in_use = is_valid(folded, self.vocab) or code >> 8 >= COMMON_ZIPF
        if is_valid(folded, self.vocab) and not anchored:
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
        elsewhere = whole_word_count(low, intended.casefold()) if low else 0
        if elsewhere and _listed_beside(text, window[0][2], window[-1][3], intended):
            return None  # "Binh Thanh and Binh Chanh districts": two names of one list
        if elsewhere:
            reason = f'"{intended}" appears {"once" if elsewhere == 1 else f"{elsewhere} times"} in this article'
        else:
            reason = f'printed beside "{others}"'
        # An English word for the name's own ("Press" for "Presse") is the name put into
        # English, maybe on purpose: shown unless the article prints the name right.
        anglicised = folded in self.gazetteer.known and _common_word(folded) and not hyphenated
        safe = (not in_use or hyphenated or anchored or elsewhere > 0) and not (anglicised and not elsewhere)
        rival = next(
            (w for w, _ in self.index.lookup(folded) if w != expected and w in self.single_targets), None
        )
        if rival is not None and not elsewhere:
            # "North Americna": a slip of "American" as much as of "North America".
            safe = False
            reason += f'; or "{self._printed(rival)}"'
        longer = None if hyphenated else next(
            (
                w for w in sorted(english_words(edits1(folded)))
                if len(w) > len(expected) and w.startswith(expected) and w != expected + "s"
            ),
            None,
        )
        if longer is not None:
            # "South Korena", "European Commissionr": one slip from the name's word and from a
            # longer word made of it ("Korean", "Commissioner"), which the phrase may have held;
            # a plural is none ("Saudia Arabia" is no "Saudis Arabia").
            safe = False
            reason += f'; or "{match_case(original, longer)}"'
        if code & PERSON and person_slot(text, start):
            safe = False  # "Olivier Magne": a person's name, whatever is printed beside it
        elif code & PERSON and not hyphenated and elsewhere < 2 and _vowel_for_vowel(folded, expected):
            # A real name somewhere, a vowel away ("Abeba"), is the name transliterated another
            # way ("Addis Abeba"): unattended only when the article prints the name right twice.
            safe = False
        if safe and not elsewhere and not hyphenated and compiled().code(expected) >> 8 < RARE_PART_ZIPF and all(
            len(t[0]) <= SHORT_SYLLABLE for j, t in enumerate(window) if j != k
        ):
            # "Binh Chanh" beside the listed "Binh Thanh": rare names of short syllables
            # (Vietnamese, Chinese, Korean) come in many near forms, and the lists hold few of them.
            safe = False
        if in_use and not safe:
            reason = f'"{original}" is a word or name itself; {reason}'
        return (start, end), (wanted, context, intended, safe, reason)

    @staticmethod
    def _two_slips(
        window: list[tuple[str, str, int, int]], text: str, misses: list[int], parts: tuple[str, ...], printed: str
    ) -> tuple[tuple[int, int], tuple[str, str, str, bool, str]] | None:
        """Two words of a name of three or more, each one slip from the name's (two in a word of
        five letters or more), around the rest printed right with a word that points at this one
        name ("Agency Kampuchea Press" for "Agence Kampuchea Presse"): shown, never applied
        unattended."""
        anchors = compiled().anchors
        if not any(t[1] in anchors for j, t in enumerate(window) if j not in misses):
            return None
        wanted = name_parts(printed)
        farthest = 0
        for k in misses:
            original, folded = window[k][0], window[k][1]
            if not original[:1].isupper() or not wanted[k][:1].isupper() or min(len(folded), len(parts[k])) < 4:
                return None
            limit = 2 if min(len(folded), len(parts[k])) >= TWO_EDIT_PART else 1  # "Agent" for "Agence"
            distance = osa_distance(folded, parts[k], score_cutoff=limit)
            if distance > limit:
                return None
            farthest = max(farthest, distance)
        first, last = window[misses[0]], window[misses[-1]]
        start, end = first[2], last[3]
        replacement = text[start:end]
        for k in reversed(misses):
            at, stop = window[k][2] - start, window[k][3] - start
            replacement = replacement[:at] + match_case(window[k][0], wanted[k]) + replacement[stop:]
        context = text[window[0][2] : window[-1][3]]
        intended = context[: start - window[0][2]] + replacement + context[end - window[0][2] :]
        reason = f"two of its words {'one slip' if farthest == 1 else 'a slip or two'} each from the name's"
        return (start, end), (replacement, context, intended, False, reason)


SHORT_SYLLABLE = 4  # letters of a name's word that many other names share ("Binh", "Tan", "Phu")
RARE_PART_ZIPF = 30  # x10: a name's word rarer than this in English text ("Thanh"), unlike "Kong"


_LIST_JOIN = compile_cached(r"(?:,|[ \t]+(?:and|or|&))[ \t]+")
_LIST_JOIN_BEFORE = compile_cached(rf"{_LIST_JOIN.pattern}$")


def _far_first_key(token: str, name: str) -> bool:
    """The name with its first letter changed for one whose key is not beside it."""
    return len(token) == len(name) and token[1:] == name[1:] and not keys_beside(token[0], name[0])


def _listed_beside(text: str, start: int, end: int, name: str) -> bool:
    """The name printed right before or after the phrase, the two joined as a list's items ("Binh
    Thanh and Binh Chanh", "Binh Chanh, Binh Thanh"): two names, not one misspelt."""
    before = text[max(0, start - len(name) - 6) : start]
    joined = _LIST_JOIN_BEFORE.search(before)
    if joined is not None and before[: joined.start()].endswith(name):
        return True
    after = _LIST_JOIN.match(text, end)
    return after is not None and text.startswith(name, after.end())


def _vowel_for_vowel(token: str, word: str) -> bool:
    """One vowel written for another, as transliterations differ ("Abeba", "Ababa")."""
    diff = [i for i in range(len(token)) if token[i] != word[i]] if len(token) == len(word) else []
    return len(diff) == 1 and token[diff[0]] in "aeiouy" and word[diff[0]] in "aeiouy"


def _umlaut(match: regex.Match[str]) -> str:
    return match.group(1)


def _without_marks(word: str) -> str:
    """"württemberg" -> "wurttemberg": letters without their accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _own_spelling(low: str, printed: str, name: str) -> bool:
    """The article prints this spelling twice or more and the name never ("Negri Sembilan"):
    its own spelling, as for one-word names."""
    return whole_word_count(low, printed.casefold()) >= 2 and not whole_word_count(low, name.casefold())


def _spelled_as_copy(wanted: str, folded: str) -> str:
    """The name's word in the British or American spelling nearer the slip: a list that writes
    "Organisation" corrects "Organizatuon" to "Organization", and the other way round."""
    for ours, theirs in (("isation", "ization"), ("ization", "isation")):
        if wanted.endswith(ours):
            other = wanted[: -len(ours)] + theirs
            if osa_distance(folded, other.casefold()) < osa_distance(folded, wanted.casefold()):
                return other
    return wanted


def _common_word(folded: str) -> bool:
    """A common English word that is no name of its own ("agency", "press"; not "Hercegovina")."""
    code = compiled().code(folded)
    return bool(code & WORD_FLAG) and not code & PROPER_FLAG and code >> 8 >= COMMON_PART_ZIPF


# An administrative area's word after a token: "Krachi District", "Ulu Municipality".
_AREA_AFTER = compile_cached(
    r"[ \t]+(?:District|Municipality|Municipal|Region|Province|County|Constituency|Prefecture|Township|"
    r"Division|Governorate|Oblast|Regency|Subdistrict|Commune|Canton|Parish)\b"
)


# A place's name and a comma before a token, a comma or the sentence's end after it: "DAYTON,
# Ohuo, March 16", "based in Des Moines, Iows, provides".
_CITY_BEFORE = compile_cached(r"(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}), $")
_SLOT_END = compile_cached(r"[,.;)]|\s*$")


def city_before(text: str, start: int, end: int) -> str:
    """The city printed just before a token in a state's or country's slot, or ""."""
    if _SLOT_END.match(text, end) is None:
        return ""
    match = _CITY_BEFORE.search(text, max(0, start - 40), start)
    if match is None:
        return ""
    cities = place_slots()[0]
    words = match.group(1).split(" ")
    for first in range(len(words)):  # "Morrell's Sioux City": the longest name that is a city
        city = " ".join(words[first:])
        if city.casefold() in cities:
            return city
    return ""
