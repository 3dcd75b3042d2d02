"""Cheap whole-text passes that let the spelling rules skip an article, or most of it, with
C-level string and set operations before any per-word Python work.

Wire copy is long and clean: nearly every article has nothing to report, so the common path
must cost a couple of `str.translate` / `str.split` calls and a few set differences.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from functools import cache, cached_property, lru_cache
from itertools import filterfalse

import regex

from ..core.document import Document
from ..regexes import compile_cached
from .lookup import ANCHOR, KNOWN, MISSPELT, compiled


@cache
def capitalised() -> regex.Pattern[str]:
    """Capitalised words and hyphenated compounds, for locating findings in a block; a
    possessive 's is left out ("Roddick's"). A company name in angle brackets ("<Poclain>",
    "<Intercep Investment Corp>") is located like any other; a ticker ("<SCE>", "<NOBL ST>") is
    not, nor a tag. Compiled on first need: most articles have no finding to locate."""
    return compile_cached(
        r"(?<![\p{L}\p{M}\d_@/&'’-])(?![\p{Lu}\d. ]+>)\p{Lu}[\p{L}\p{M}]*"
        r"(?:['’](?![sS]\b)\p{L}[\p{L}\p{M}]*|-\p{L}[\p{L}\p{M}]*)*"
        r"(?![\p{L}\p{M}\d_@/&]|-\p{L}|\.\p{L})"
    )

_BREAKS = string.punctuation.replace("'", "").replace("-", "") + string.digits + string.whitespace
_SEPARATORS = "“”‘«»—–…•·\u00a0\u2009\u200b"
# Every non-word character becomes a space; apostrophes are unified; hyphens split words.
_STR_TABLE = {ord(c): " " for c in _BREAKS + _SEPARATORS + "-"} | {ord("’"): "'"}
_BYTES_TABLE = bytes.maketrans(
    (_BREAKS + "-").encode("ascii"), b" " * len(_BREAKS + "-")
)


def clean_token(token: str) -> str:
    """Strip quote marks, stray hyphens and a possessive from a token cut by `split()`."""
    token = token.strip("'-")
    return token[:-2] if token.endswith(("'s", "'S")) else token


def _strip_unknown(words: Iterable[bytes], known: frozenset[bytes]) -> set[bytes]:
    """`clean_token` over unknown ASCII words, against the known words as bytes.

    Hyphens split ASCII words already, so only a word with an apostrophe can change; a
    stripped word is unknown unless the known set has it (the compiled data's KNOWN flag:
    an ASCII word is in that set exactly when its entry has the flag).
    """
    unknown: set[bytes] = set()
    for word in words:
        if b"'" not in word:
            unknown.add(word)
            continue
        stripped = word.strip(b"'-")
        if stripped.endswith((b"'s", b"'S")):
            stripped = stripped[:-2]
        if stripped == word or stripped not in known:
            unknown.add(stripped)
    return unknown


def _stems(words: Iterable[bytes], lowered: bool = False) -> set[bytes]:
    """Lower-cased ASCII words with an apostrophe, less their quotes and possessive."""
    out: set[bytes] = set()
    for word in words:
        if b"'" in word:
            stem = word.strip(b"'-")
            if stem.endswith((b"'s", b"'S")):
                stem = stem[:-2]
            if stem:
                out.add(stem if lowered else stem.lower())
    return out


_AS_BYTES: dict[int, tuple[frozenset[str], frozenset[bytes]]] = {}
MAX_CONVERTED = 64  # the process-lived sets the rules ask about are a dozen or so


def _bytes_of(words: frozenset[str]) -> frozenset[bytes]:
    """The ASCII members of a (process-lived) word set, as bytes; converted once per set."""
    entry = _AS_BYTES.get(id(words))
    if entry is None or entry[0] is not words:
        if len(_AS_BYTES) >= MAX_CONVERTED:
            _AS_BYTES.clear()  # a caller that builds a new set per text must not pile them up
        entry = (words, frozenset(w.encode() for w in words if w.isascii()))
        _AS_BYTES[id(words)] = entry
    return entry[1]


_BOTH: dict[int, tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes]]] = {}


def _known_misspellings(misspelt: frozenset[bytes], known: frozenset[bytes]) -> frozenset[bytes]:
    """The listed misspellings that are known words too (a few dozen); worked out once per pair
    of (process-lived) sets."""
    entry = _BOTH.get(id(misspelt))
    if entry is None or entry[0] is not misspelt or entry[1] is not known:
        entry = _BOTH[id(misspelt)] = (misspelt, known, misspelt & known)
    return entry[2]


class TextWords:
    """The distinct words of one text as sets, built with C-level passes only.

    An ASCII text (nearly all wire copy) is scanned as bytes, whose translate, lower and split
    run several times faster than their str versions, against the reference sets stored as
    bytes in the compiled data (lookup.compiled). Only the few words that survive are decoded. The
    first few texts of a process, and any non-ASCII text, look their words up one by one
    instead, so checking one article never loads the whole reference sets.
    """

    def __init__(self, text: str) -> None:
        self._unlisted: set[str] | None = None
        # One pass: words split at hyphens too ("Timor-Lester" gives "Timor", "Lester"). Only
        # the words that are not all lower case get lowered ("_caps"); a lower-case word
        # occurs in the text iff it is printed so (`_cased`) or is in `_caps`.
        self.ascii = text.isascii()
        if self.ascii:
            spaced: bytes | str = text.encode("ascii").translate(_BYTES_TABLE)
            is_lower, lower = bytes.islower, bytes.lower
        else:
            spaced = text.translate(_STR_TABLE)
            is_lower, lower = str.islower, str.lower  # type: ignore[assignment]
        tokens = spaced.split()
        # The text with words only, not its list of tokens: a batch's documents live until
        # the batch ends, and a hundred-odd token objects kept per document cost more in
        # memory traffic than splitting again in the rare case `_cased` is asked for.
        self._spaced = spaced
        # What the spelling rules ask of every text, answered once for all of them: with set
        # operations against the reference sets once a process checks many texts, else by
        # looking up the text's few distinct words in the compiled data.
        data = compiled()
        references = _references() if self.ascii else None
        distinct: frozenset | list = frozenset(tokens) if references is not None else tokens
        if references is not None:
            misspelt, known, anchors = references
            # The distinct words as printed, and those the lists do not know: NL105 asks every
            # text for its unknown lower-case words.
            cased = self.__dict__["_cased"] = distinct
            self._not_known: frozenset | None = cased - known
            # A word that is not all lower case, lowered; a token with no letter ("'") is
            # neither lower case before nor after, and is dropped. With no capital in the known
            # words, a known word that is not lower case has no letter, so only the unknown
            # words need the look.
            capped = self._not_known if data.known_folded else cased
            caps = self._caps = frozenset(
                filter(bytes.islower, map(bytes.lower, filterfalse(bytes.islower, capped)))
            )
            # Every form of a word the text prints, as printed and lowered, meets each large set
            # once: a misspelling in any case, a capitalised word the lists do not know.
            # A printed word the known set has is a misspelling only if it is one of the few
            # both lists hold: the large set meets only the unknown words.
            found = (self._not_known & misspelt) | (cased & _known_misspellings(misspelt, known)) | (caps & misspelt)
            if b"'" in spaced:  # "goverment's": the stem is what a list knows
                found |= _stems(self._not_known) & misspelt
            self.misspelt: set[str] = set(map(bytes.decode, found))
            self.anchors: set[str] = set(map(bytes.decode, caps & anchors))
            unknown = caps - known
            if b"'" in spaced:  # possessives and quotes come off, checked against the same set
                unknown = _strip_unknown(unknown, known)
            self.unknown = frozenset(map(bytes.decode, unknown))
            return
        # A word that is not all lower case, lowered (see above), word by word.
        self._caps = frozenset(filter(is_lower, map(lower, filterfalse(is_lower, distinct))))
        self._not_known = None
        code = data.code
        caps_words = self._decode(self._caps)
        printed = self._decode(self._cased) | caps_words
        if (b"'" if self.ascii else "'") in spaced:
            printed |= {clean_token(w.lower()) for w in printed if "'" in w}
        self.misspelt = {w for w in printed if code(w) & MISSPELT}
        self.anchors = {w for w in caps_words if code(w) & ANCHOR}
        rest = {w for w in caps_words if not code(w) & KNOWN}
        # Possessives and quotes come off after the lookup; a stripped word is looked up again.
        unknown: set[str] = set()
        for word in rest:
            stripped = clean_token(word)
            if stripped == word or not data.code(stripped) & KNOWN:
                unknown.add(stripped)
        self.unknown = frozenset(unknown)

    @cached_property
    def _cased(self) -> frozenset:
        """The distinct words as printed."""
        return frozenset(self._spaced.split())

    def _ref(self, words: frozenset[str]) -> frozenset:
        return _bytes_of(words) if self.ascii else words

    def _decode(self, items: Iterable) -> set[str]:
        return set(map(bytes.decode, items)) if self.ascii else set(items)

    def _hits(self, items: frozenset, words: frozenset[str]) -> set[str]:
        """The members of `items` (this text's words) that are in `words`, decoded. Word by word
        (the first texts of a process) the text's few words are decoded for the look; later the
        large set meets them as bytes, converted once per process."""
        if self._not_known is None:
            return self._decode(items) & words
        return self._decode(items & self._ref(words))

    def printed_hits(self, words: frozenset[str]) -> set[str]:
        """The text's words, as printed, that are in `words`."""
        return self._hits(self._cased, words)

    @property
    def batched(self) -> bool:
        """Whether the text met the large reference sets (a process checking many texts), so
        that a set operation answers faster than looking its few words up one by one."""
        return self._not_known is not None

    def printed(self) -> set[str]:
        """The text's distinct words as printed."""
        return self._decode(self._cased)

    def lower_hits(self, words: frozenset[str]) -> set[str]:
        """The text's words (lower-cased) that are in `words`."""
        return self._hits(self._cased | self._caps, words)

    def capitalised_hits(self, words: frozenset[str]) -> set[str]:
        """Capitalised words of the text (lower-cased) that are in `words`, a possessive or a
        quote mark taken off ("United Stares'": "stares")."""
        hits = self._hits(self._caps, words)
        stripped = self._caps_stripped
        return hits | self._hits(stripped, words) if stripped else hits

    @cached_property
    def _caps_stripped(self) -> frozenset:
        """The capitalised words that carry a possessive or a quote mark, without it."""
        if self.ascii:
            if b"'" not in self._spaced:
                return frozenset()
            return frozenset(clean_token(t.decode()).encode() for t in self._caps if b"'" in t)
        if "'" not in self._spaced:
            return frozenset()
        return frozenset(clean_token(t) for t in self._caps if "'" in t)

    def has(self, word: str) -> bool:
        """Whether the lower-cased word occurs in the text."""
        if self.ascii:
            if not word.isascii():
                return False
            key = word.encode()
            return key in self._cased or key in self._caps
        return word in self._cased or word in self._caps

    def both_cases(self) -> set[str]:
        """Words printed all in lower case and also with a capital ("khamis", "Khamis"), lowered:
        one set intersection of the text's words."""
        return self._decode(self._cased & self._caps)

    @property
    def capitalised_raw(self) -> list:
        """Every capitalised word, lower-cased, as scanned: bytes for an ASCII text. Asked
        once per text: a plain property, since `cached_property` takes a lock on each read."""
        return list(self._caps)

    def encode(self, word: str) -> str | bytes:
        """A word in the form of `capitalised_raw`."""
        return word.encode() if self.ascii else word

    def decode(self, word: str | bytes) -> str:
        return word.decode() if isinstance(word, bytes) else word

    def lower_case_unlisted(self) -> set[str]:
        """Words printed all in lower case that the compiled data does not list (neither a word,
        a name, a listed misspelling nor common): the few a spelling guess must look at (NL105)
        or a split may mend (NL412). Worked out once per text."""
        if self._unlisted is None:
            self._unlisted = self._lower_case_unlisted()
        return self._unlisted

    def _lower_case_unlisted(self) -> set[str]:
        data = compiled()
        if self._not_known is not None:
            # The few words the known set lacks, those in lower case, then the other sets; a
            # possessive by its stem ("politcian's").
            lower = set(filter(bytes.islower, self._not_known))
            if b"'" in self._spaced:
                lower = {w for w in lower if b"'" not in w} | _stems(lower, lowered=True)
            unknown = data.unlisted_keys(lower)
            return set(map(bytes.decode, unknown))
        words = self._decode(filter(bytes.islower if self.ascii else str.islower, self._cased))
        words = {clean_token(w) if "'" in w else w for w in words}
        return {word for word in words if word and not data.listed(word)}

    @cached_property
    def capitalised(self) -> list[str]:
        """Every capitalised word, lower-cased."""
        return list(self._decode(self._caps))


# Set operations against the reference sets beat word-by-word lookups once their loading (about
# 0.1 s in a fresh process) is spread over many texts: measured on Reuters in one process, a
# run over 600 articles is as fast either way, one over 20 to 60 articles 0.13 s faster without
# them, one over 3,000 0.2 s faster with them. A pre-commit hook's few articles never load them;
# an archive run's workers load them as they warm up.
FULL_SETS_AFTER = 300
_texts_seen = 0


def _references() -> tuple[frozenset[bytes], frozenset[bytes], frozenset[bytes]] | None:
    """(misspellings, known words and names, distinctive name parts) as bytes, or None."""
    global _texts_seen
    data = compiled()
    if _texts_seen < FULL_SETS_AFTER and not data.reference_sets_loaded:
        _texts_seen += 1
        return None
    return data.reference_sets()


@lru_cache(maxsize=16)
def text_words(text: str) -> TextWords:
    return TextWords(text)


def _document_words(doc: Document) -> TextWords:
    return TextWords(doc.text)


def document_words(doc: Document) -> TextWords:
    """The document's words, scanned once and shared by the spelling rules."""
    return doc.derived(_document_words)


# Words in small letters, four letters or more, by the faster engine: a superset of the words
# the real-word passes look at, so that one C-level set operation rules out most articles.
_SMALL = re.compile(r"\b[a-z]{4,}\b")


def _small_words(doc: Document) -> frozenset[str]:
    return frozenset(_SMALL.findall(doc.text))


def small_words(doc: Document) -> frozenset[str]:
    """The document's words in small letters of four letters or more (a gate, not a count)."""
    return doc.derived(_small_words)
