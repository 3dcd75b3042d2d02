"""Candidate search for the name checks: what a capitalised token no list knows could be a
slip for, among the shipped names and a desk's own, judged once per token (`NameSearch._verdict`).
"""

from __future__ import annotations

from functools import cached_property

from .index import DeletionIndex, allowed_distance, edits1, part_distance
from .lexicon import is_derived
from .lookup import PERSON, ZIPFS, compiled, compiled_gazetteer, english_words
from .names import MAX_ANCHOR_NAMES, vocabulary_gazetteer
from .nameslots import is_valid, name_zipf
from .slips import slip_kind
from .vocab import Vocabulary

MIN_ODDS = 15  # x10: the name must be this much (log10 x10) more frequent than the token
MAX_TOKEN_ZIPF = 20  # x10: a token used more than this in real text is a name of its own
CLOSER_WORD_ZIPF = 30  # x10: a word one slip from a token, this common, outweighs a name two slips away

# A token's verdict: valid, or (names it may be a slip for, its parts near a part of a name,
# each with the other parts of those names).
Verdict = tuple[tuple[str, ...], tuple[tuple[str, tuple[tuple[str, ...], ...]], ...]]
# Built at run time, so no `((), ())` constant elsewhere is this object: a valid word's
# verdict is told apart by identity from that of a word near nothing.
VALID: Verdict = tuple([(), ()])  # type: ignore[assignment]


class NameSearch:
    """The names a token may be a slip for, for one vocabulary; NameChecker builds on it."""

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
        self._valid_words: set[str] = set()  # words whose verdict is VALID
        # Words not valid yet near nothing: suspicious (see _phrases), with no more to do.
        self._inert: set[str] = set()
        self._rivals: dict[str, tuple[str, ...]] = {}  # English words a token may be a slip of
        # Tokens that are names of their own somewhere ("Jaan", "Gana"): their candidates count
        # only where the article prints the candidate, and never for an unattended fix.
        self.needs_print: set[str] = set()
        # Tokens near a name only the lists know (`_long_typing_slip`): never fixed unattended.
        self.rare_targets: set[str] = set()

    @cached_property
    def index(self) -> DeletionIndex:
        """Built on the first word that needs judging (most articles have none)."""
        if self.extra is None:  # the shipped names' index, compiled with the data
            data = compiled()
            return DeletionIndex.from_shards(data.index_entry, lambda: data.index_keys, part_distance)
        return DeletionIndex(self.single_targets | self.part_words, part_distance)

    @staticmethod
    def parts_of(suspicious: frozenset[str]) -> set[str]:
        return {p for w in suspicious for p in w.split("-")}

    def _valid(self, folded: str) -> bool:
        return is_valid(folded, self.vocab)

    def _verdict(self, folded: str) -> Verdict:
        """What a capitalised token could be a slip for, judged once per process."""
        if len(folded) < 4:
            return VALID
        # A word, name, common word or misspelling (NL102's business, "Phillipines" too).
        if compiled().listed(folded) or is_valid(folded, self.vocab, 0):
            return VALID
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
            # printed beside it says otherwise ("West Virgina"), or the article prints a far
            # more common name it lost a letter of and this is no person's slot ("to Jaan" in
            # a story on Japan; `NameChecker` asks).
            near = [  # a letter dropped only: a changed or added one is how names differ
                (w, d) for w, d in whole
                if w in self.single_targets and d == 1 and len(w) == len(folded) + 1 >= 5
            ]
            names = self._judge(folded, near, own) if own < MAX_TOKEN_ZIPF + 10 else ()
            if names:
                self.needs_print.add(folded)
            return names, tuple(parts)
        limit = allowed_distance(len(folded))
        targets = [
            (word, distance) for word, distance in whole
            if word in self.single_targets
            and (distance <= min(limit, allowed_distance(len(word))) or _suffixed(folded, word))
        ]
        if len(folded) == 4:
            # A four-letter token is a slip of a five-letter name it lost a letter of ("Chna",
            # "Jpan"); another edit of so short a word is anyone's guess unless the article
            # prints the name (`NameChecker` asks: "Iraw" in a story on Iraq).
            near = [(w, d) for w, d in whole if w in self.single_targets and d == 1]
            names = self._judge(folded, [(w, d) for w, d in near if len(w) == 5], own)
            if not names:
                names = self._judge(folded, [(w, d) for w, d in near if len(w) == 4], own)
                if names:
                    self.needs_print.add(folded)
            return names, tuple(parts)
        return self._judge(folded, targets, own), tuple(parts)

    def _judge(self, folded: str, found: list[tuple[str, int]], own: int) -> tuple[str, ...]:
        freq = ZIPFS
        best = min((d for _, d in found), default=0)
        if not found or (best > 1 and len(folded) < 10):
            return ()
        if best > 1:
            near = english_words(edits1(folded))
            if any(freq.get(w, 0) >= CLOSER_WORD_ZIPF for w in near):
                return ()  # a common word one slip away is the likelier intent ("Philippene": "Philippine")
            if any(w.startswith(name) for w in near for name, _ in found):
                return ()  # a word made of the name one slip away ("Bangladesis": "Bangladeshis")
        names: list[str] = []
        for name, distance in found:
            # "Korean" is Korea's word (and a word); "Japann" only a doubled last letter.
            stutter = folded == name + name[-1:]
            # "Swedens Thomas Enqvist": a possessive that lost its apostrophe.
            lost_apostrophe = folded == name + "s" and own == 0
            if distance != best or (is_derived(folded, name) and not stutter and not lost_apostrophe):
                continue
            printed = self._printed(name)
            if name_zipf(printed, self.vocab_names) - own < MIN_ODDS:
                if not _long_typing_slip(folded, name, own):
                    continue
                self.rare_targets.add(folded)  # a hint: the name is too rare to fix to unattended
            printed += "'s" if lost_apostrophe else ""
            if printed not in names:
                names.append(printed)
        if not names:
            return ()
        if best == 1 and "-" not in folded:
            # An English word one edit away that is about as common competes as the intent.
            floor = min(name_zipf(n, self.vocab_names) for n in names) - 10
            rivals = sorted(
                (w for w in english_words(edits1(folded)) if freq.get(w, 0) >= floor),
                key=lambda w: (-freq.get(w, 0), w),
            )
            chosen = {n.casefold().removesuffix("'s") for n in names}  # "Italys": not "Italy" itself
            self._rivals[folded] = tuple(w for w in rivals if w not in chosen)
        return tuple(names)

    def _printed(self, folded: str) -> str:
        printed = self.gazetteer.targets.get(folded)
        if printed is None and self.extra is not None:
            printed = self.extra.targets.get(folded)
        return printed or folded


# A token this long that real text never prints, one keyboard slip from a listed name however
# rare ("Ymaoussoukro"): no other place of the world's lists is spelled so near a long name.
LONG_TYPING_SLIP = 9
_TYPING_SLIPS = frozenset({"swap", "undouble", "stutter"})


def _long_typing_slip(folded: str, name: str, own: int) -> bool:
    return own == 0 and len(folded) >= LONG_TYPING_SLIP and slip_kind(folded, name) in _TYPING_SLIPS


def _suffixed(folded: str, name: str) -> bool:
    """A short name with its last letter struck twice or an apostrophe lost ("Iraqq", "Irans"):
    one letter more than a four-letter name, where any other edit would be anyone's guess."""
    return folded in (name + name[-1:], name + "s")
