"""Real-word slips that the article itself gives away: a rare word printed once, one lost letter
or one swapped pair from a far commoner word the same article prints ("2.5 billon dlrs" in a
story that prints "billion"; "EC farm minsters" beside "ministers"). The article is the evidence,
as it is for names (NL301): no pair count is needed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from ..core.document import Document
from ..regexes import compile_cached
from .lookup import user_cached
from .nameslots import whole_word_count
from .scan import small_words

MIN_LENGTH = 4  # letters of the word printed; shorter ones sit a letter from too many others
# x10 (zipf): the word printed is this rare at most ("billon", "positon", "stong") ...
MAX_RARE_ZIPF = 25
# ... or this rare where the article prints the word it stands for twice or more, in any case
# ("new prime minster" in a story printing "Prime Minister" twice).
MAX_ECHOED_ZIPF = 32
ECHOED = "+"  # marks, in the index, a word meant only where the article prints it twice
# ... and the word it stands for this common at least, and this much commoner.
MIN_MEANT_ZIPF = 30
MIN_GAP = 15
_LOWER = compile_cached(rf"(?<![\p{{L}}\p{{M}}\d'’_-])[a-z]{{{MIN_LENGTH},}}(?![\p{{L}}\p{{M}}\d'’_-])")


class EchoSlip(NamedTuple):
    start: int
    end: int
    found: str
    intended: str
    times: int  # how often the article prints the intended word


def _made_by_typing(word: str) -> set[str]:
    """The word with one inner letter lost, or two inner neighbours swapped: the first and last
    letters stay ("billion": "billon"; "first": "frist"). A last letter lost or swapped makes
    another form of a word ("demerged", "demerge"), not a slip."""
    last = len(word) - 1
    made = {word[:at] + word[at + 1 :] for at in range(1, last)}
    made.update(word[:at] + word[at + 1] + word[at] + word[at + 2 :] for at in range(1, last - 1))
    made.discard(word)
    return made


@cache
def _index() -> dict[str, str]:
    return user_cached("echoslips2-", _build_index)


def _build_index() -> dict[str, str]:
    """Each rare English word that typing makes of a far commoner one, with the commoner words
    it may stand for: one set operation finds an article's candidates."""
    from .lexicon import dictionary, frequencies, proper_words

    words, proper, zipfs = dictionary(), proper_words(), frequencies()

    def zipf(word: str) -> int | None:
        return None if word not in words or word in proper else zipfs.get(word, 0)

    index: dict[str, list[str]] = {}
    for word in zipfs:
        common = zipf(word)
        if common is None or common < MIN_MEANT_ZIPF or len(word) <= MIN_LENGTH:
            continue
        if not (word.isascii() and word.isalpha() and word.islower()):
            continue
        for slip in _made_by_typing(word):
            rare = zipf(slip)
            if rare is not None and rare <= MAX_ECHOED_ZIPF and common - rare >= MIN_GAP:
                index.setdefault(slip, []).append(word if rare <= MAX_RARE_ZIPF else word + ECHOED)
    return {slip: "\n".join(sorted(sources)) for slip, sources in index.items()}


def echo_slips(doc: Document) -> Iterator[EchoSlip]:
    """Each word in small letters printed once, rare in real text, that a lost inner letter or a
    swapped inner pair makes of exactly one far commoner word the article prints elsewhere (a
    less rare one, `ECHOED` in the index, only where the article prints that word twice)."""
    index = _index()
    suspects = index.keys() & small_words(doc)
    if not suspects:
        return  # nearly every article: no rare word that typing makes of a common one
    printed = Counter(match.group() for match in _LOWER.finditer(doc.text))
    meant: dict[str, str] = {}
    low = ""
    for slip in suspects:
        if printed[slip] != 1:
            continue
        words = []
        for word in index[slip].split("\n"):
            if not word.endswith(ECHOED):
                if printed[word]:
                    words.append(word)
                continue
            word = word[:-1]
            low = low or doc.text.lower()
            times = whole_word_count(low, word)
            if times >= 2:
                printed[word] = times
                words.append(word)
        if len(words) == 1:  # two words it could stand for: the article does not say which
            meant[slip] = words[0]
    if not meant:
        return
    for block in doc.prose:
        for match in _LOWER.finditer(block.text):
            intended = meant.get(match.group())
            if intended is not None:
                start = block.start + match.start()
                yield EchoSlip(start, start + len(match.group()), match.group(), intended, printed[intended])
