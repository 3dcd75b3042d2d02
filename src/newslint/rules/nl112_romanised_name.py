"""NL112 romanised-name: a word of a Chinese, Vietnamese or Korean name that its language cannot
spell ("Pham Mihn Chinh", "Liu Wqibing", "Lee Jae-myugn")."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import PROSE_KINDS, Document
from ..core.rule import Rule, RuleSpec
from ..spelling.guess import foreign_particles
from ..spelling.index import edits1, within_one_edit
from ..spelling.lookup import PERSON, compiled, known_nowhere
from ..spelling.nameslots import place_kinds
from ..spelling.romanised import (
    china_story,
    chinese_family_names,
    is_korean,
    is_pinyin,
    is_vietnamese,
    korean_family_names,
    korean_story,
    pinyin_count,
    vietnamese_family_names,
)
from ..spelling.scan import document_words
from .support.accents import plain_in_place
from .support.spelling import english_only

# A given name this short is too often an initial's spelling or another language's ("Wu Ng").
MIN_GIVEN_LENGTH = 3
# Words of a Vietnamese name after its family name: most have two or three.
MAX_NAME_WORDS = 4
# A family name's print one edit off, this long: "Lui" for "Liu" may be a name of its own.
MIN_FAMILY_SLIP, MAX_FAMILY_SLIP = 4, 8
# A place's name before its kind: two syllables or more ("Xicheng"), up to four ("Xishuangbanna").
MIN_PLACE_LENGTH, PLACE_SYLLABLES = 5, 4
# Suggestions shown in a message.
MAX_SHOWN = 3


@cache
def _family_names() -> frozenset[str]:
    vietnamese, short = vietnamese_family_names()
    return chinese_family_names() | vietnamese | short | korean_family_names()


@lru_cache(maxsize=1024)
def _name_start(name: str) -> regex.Pattern[str]:
    """The family name `name`, as printed (capitalised), and the capitalised words after it on
    the same line, a possessive or a hyphenated word closing the run. One pattern a name: a
    story prints few of them, and one pattern for each set of them would be compiled per story."""
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\d'’.-])({name.capitalize()})"
        r"((?: [A-Z][a-z]*(?:['’]s\b|-[A-Za-z]+)?(?![\p{L}\p{M}\d'’-])){1,5})"
    )


def _names_in(doc: Document, folded: str) -> tuple[str, ...]:
    """The family names the text prints capitalised, so the pattern looks for those alone: from
    the shared word scan's set, or for text with accents (which that scan does not fold) by a
    C-level search of the folded text for each."""
    if not doc.text.isascii():
        return tuple(name for name in sorted(_family_names()) if name.capitalize() in folded)
    return tuple(sorted(document_words(doc).capitalised_hits(_family_names())))


class RomanisedName(Rule):
    spec = RuleSpec(
        code="NL112",
        name="romanised-name",
        category="typo",
        summary="A word of a Chinese, Vietnamese or Korean name that its language cannot spell, such as "
        "\"Mihn\" in \"Pham Mihn Chinh\".",
        rationale=(
            "Most Chinese and Vietnamese names are in no gazetteer, and the short ones sit a letter "
            "from many others, so a names list cannot tell a slip in them. Their spelling can: "
            "a Chinese name in Hanyu Pinyin is made of about 400 syllables (\"Wei\" + \"bing\"), a "
            "Vietnamese one of syllables that open with one of a few consonants and close with a "
            "known rime (\"Ch\" + \"inh\"). A given name after a common Chinese family name, ending "
            "the name and known to no list, that splits into no syllables (\"Liu Wqibing\", \"Zhu "
            "Ihaobin\") but would one edit away is a slip; so is the one word of a Vietnamese name, "
            "known to no list, that no Vietnamese syllable spells (\"Pham Mihn Chinh\", \"Nguyen "
            "Quoh Dung\"), after a family name that starts only Vietnamese names (\"Nguyen\", "
            "\"Pham\"), or after one that is a word elsewhere too (\"Le\", \"Ho\") before two more "
            "syllables and no other word. A family name's print known to no list, one edit from such a "
            "family name and spelled like no syllable, is a slip where its given name follows: a "
            "Chinese one of syllables alone (\"Zhnag Wei\"), or two Vietnamese syllables or more and no "
            "other word (\"Nguyne Van Thanh\"). In a story that names Korea, a Korean given name after a "
            "Korean family name, hyphenated or in two words, with one syllable no list knows that "
            "Korean spells no way (\"Lee Jae-myugn\"), its other syllable Korean, is a slip too: "
            "romanised as agencies print it, Revised, McCune-Reischauer or a family's own spelling "
            "(\"Soo\", \"Hee\"); \"Lim\" and \"Lee\" start Hokkien names as often (\"Lim Keng Yaik\"). "
            "In a story that names China, and none of its regions whose places are spelled otherwise "
            "(Tibet, Xinjiang, Hong Kong; nor Korea), a place's name before its kind (\"District\", "
            "\"county\"), known to no list, that splits into no syllables is a slip too (\"Haidxian "
            "District\"). Names in other spellings are left alone: a hyphenated "
            "given name (\"Ma Ying-jeou\"), a family name that is a particle of other languages' names "
            "too (\"Du\": \"Du Randt\"), Cantonese and Hokkien family names (\"Wong\", "
            "\"Lim\"), a given name followed by another capitalised word (Korean names, \"Kang "
            "Kyung Wha\"), and a Vietnamese name with two words that are not syllables. The "
            "message names the syllables one edit away; the fix, to the one of them that the story "
            "prints elsewhere, is unsafe, and there is none when the story prints none of them."
        ),
        example="Prime Minister Pham Mihn Chinh met Minh Anh, the envoy.",
        example_fixed="Prime Minister Pham Minh Chinh met Minh Anh, the envoy.",
        fix_safety="unsafe",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return english_only(doc, self._check(doc))

    def _check(self, doc: Document) -> Iterator[Diagnostic]:
        text = doc.text
        folded = plain_in_place(text)
        vietnamese, short = vietnamese_family_names()
        chinese = chinese_family_names()
        korean = korean_family_names()
        reported: set[int] = set()
        korean_cued: bool | None = None  # asked of the text once, for the first Korean family name
        names = _names_in(doc, folded)
        slipped = _slipped_family_names(doc)
        for match in (m for name in (*names, *slipped) for m in _name_start(name).finditer(folded)):
            block = doc.block_at(match.start())
            if block is None or block.kind not in PROSE_KINDS or match.end() > block.end:
                continue
            family = match.group(1).lower()
            words = _words(match)
            slips: list[tuple[int, int, list[str], str]] = []
            if family in slipped:
                slips.extend(_family_slip(match.start(1), family, slipped[family], words))
            # "Du" and the like are particles of other languages' names too ("Du Randt").
            elif family in chinese and len(words) == 1 and family not in foreign_particles():
                slips.extend((*slip, "Chinese") for slip in _pinyin_slip(*words[0]))
            if family in korean:
                if korean_cued is None:
                    korean_cued = korean_story(text)
                if korean_cued:
                    slips.extend((*slip, "Korean") for slip in _korean_slip(words))
            if family in vietnamese or (family in short and len(words) >= 2):
                slips.extend((*slip, "Vietnamese") for slip in _vietnamese_slip(words, strict=family not in vietnamese))
            for start, end, candidates, language in slips:
                if start in reported:
                    continue
                reported.add(start)
                yield self._report(doc, folded, start, end, candidates, language)
        for start, end, candidates in _place_slips(doc, folded):
            if start not in reported:
                yield self._report(doc, folded, start, end, candidates, "Chinese")

    def _report(
        self, doc: Document, folded: str, start: int, end: int, candidates: list[str], language: str
    ) -> Diagnostic:
        printed = _printed_elsewhere(doc.text, folded, candidates, start)
        word = doc.text[start:end]
        if len(printed) == 1:
            (form,) = printed
            return self.diagnostic(
                start, end, f'"{word}" is spelled like no {language} syllable: "{form}", printed '
                f"elsewhere in the story?", Fix.unsafe(f"Replace with {form!r}", Edit(start, end, form)),
            )
        shown = " or ".join(f'"{c.capitalize() if word[0].isupper() else c}"' for c in candidates[:MAX_SHOWN])
        return self.diagnostic(start, end, f'"{word}" is spelled like no {language} syllable ({shown}?)')


@cache
def _family_deletes() -> dict[str, frozenset[str]]:
    """Each family name that starts only a name (not "Le", "Du"), and each string one letter
    shorter, to the names it comes from: a symmetric-delete index, so that a print's family names
    one edit away are found without spelling out every edit of it."""
    index: dict[str, set[str]] = {}
    vietnamese, _ = vietnamese_family_names()
    for name in (chinese_family_names() - foreign_particles()) | vietnamese:
        for key in {name} | {name[:i] + name[i + 1 :] for i in range(len(name))}:
            index.setdefault(key, set()).add(name)
    return {key: frozenset(found) for key, found in index.items()}


def _slipped_family_names(doc: Document) -> dict[str, tuple[str, ...]]:
    """Capitalised prints no list knows that are one edit from a family name ("Nguyne",
    "Zhnag"), with those names."""
    index = _family_deletes()
    words = document_words(doc)
    found: dict[str, tuple[str, ...]] = {}
    for token in words.unknown:
        if (
            not MIN_FAMILY_SLIP <= len(token) <= MAX_FAMILY_SLIP or not token.isascii() or not token.isalpha()
            or token in index.get(token, ()) or not known_nowhere(token)  # a family name itself
        ):
            continue
        near = set(index.get(token, ()))
        for i in range(len(token)):
            near |= index.get(token[:i] + token[i + 1 :], frozenset())
        near = {name for name in near if name != token and within_one_edit(token, name)}
        if near and words.has(token) and token.capitalize() in doc.text:
            found[token] = tuple(sorted(near))
    return found


def _family_slip(
    start: int, token: str, families: tuple[str, ...], words: list[tuple[int, str]]
) -> Iterator[tuple[int, int, list[str], str]]:
    """A family name one edit off before the given name of its language: a Chinese given name of
    syllables alone after it ("Zhnag Wei"), or two Vietnamese syllables and no other word
    ("Nguyne Van Thanh")."""
    vietnamese, _ = vietnamese_family_names()
    chinese = [f for f in families if f in chinese_family_names()]
    given = words[0][1] if len(words) == 1 else ""
    if chinese and not is_pinyin(token) and given.isalpha() and is_pinyin(given.lower()):
        yield start, start + len(token), chinese, "Chinese"
        return
    viet = [f for f in families if f in vietnamese]
    if (
        viet and not is_vietnamese(token) and len(words) >= 2
        and all(w.isalpha() and is_vietnamese(w.lower()) for _, w in words[:MAX_NAME_WORDS])
    ):
        yield start, start + len(token), viet, "Vietnamese"


def _words(match: regex.Match[str]) -> list[tuple[int, str]]:
    """The run's words after the family name with their positions, up to a possessive or a
    hyphenated word, which is kept but ends the run."""
    words: list[tuple[int, str]] = []
    position = match.start(2)
    for word in match.group(2).split(" ")[1:]:
        position += 1
        words.append((position, word))
        position += len(word)
        if "-" in word or "'" in word or "’" in word:
            break
    return words


@cache
def _place_before_kind() -> regex.Pattern[str]:
    """A capitalised word before a place's kind ("Xicheng District", "Shunyi county")."""
    kinds = "|".join(sorted(place_kinds(), key=len, reverse=True))
    return regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\d'’.-])([A-Z][a-z]{{{MIN_PLACE_LENGTH - 1},}})[ \t]+(?i:{kinds})(?![\p{{L}}\p{{M}}])"
    )


def _place_slips(doc: Document, folded: str) -> Iterator[tuple[int, int, list[str]]]:
    """A Chinese place's name before its kind, known to no list, that splits into no syllables
    but would one edit away ("Xizcheng District"), in a story that names China (and none of its
    regions spelled otherwise)."""
    if not china_story(folded):
        return
    for match in _place_before_kind().finditer(folded):
        block = doc.block_at(match.start())
        if block is None or block.kind not in PROSE_KINDS:
            continue
        lower = match.group(1).lower()
        if is_pinyin(lower, PLACE_SYLLABLES) or not known_nowhere(lower):
            continue
        near = [c for c in edits1(lower) if is_pinyin(c, PLACE_SYLLABLES)]
        candidates = _ranked(lower, near, lambda c: pinyin_count(c, PLACE_SYLLABLES) or 0)
        if candidates:
            yield match.start(1), match.end(1), candidates


def _pinyin_slip(start: int, word: str) -> Iterator[tuple[int, int, list[str]]]:
    lower = word.lower()
    if len(word) < MIN_GIVEN_LENGTH or not word.isalpha() or is_pinyin(lower) or not known_nowhere(lower):
        return
    candidates = _ranked(lower, [c for c in edits1(lower) if is_pinyin(c)], lambda c: pinyin_count(c) or 0)
    if candidates:
        yield start, start + len(word), candidates


def _vietnamese_slip(words: list[tuple[int, str]], strict: bool) -> Iterator[tuple[int, int, list[str]]]:
    """The one word of the name that no syllable spells and no list knows, when the name's other
    words are syllables (or, but for `strict`, words of English)."""
    valid, slips = 0, []
    for start, word in words[:MAX_NAME_WORDS]:
        lower = word.lower()
        if not lower.isalpha():
            return  # a possessive or a hyphenated word: another spelling
        if is_vietnamese(lower):
            valid += 1
        elif known_nowhere(lower):
            slips.append((start, lower))
        elif strict:
            return
    if len(slips) != 1 or valid < 1:
        return
    start, lower = slips[0]
    candidates = _ranked(lower, [c for c in edits1(lower) if is_vietnamese(c)])
    if candidates:
        yield start, start + len(lower), candidates


def _korean_slip(words: list[tuple[int, str]]) -> Iterator[tuple[int, int, list[str]]]:
    """The one syllable of a Korean given name, hyphenated ("Jae-myung") or in two words ("Jong
    Un"), that no Korean syllable spells and no list knows, its other syllables all Korean."""
    if len(words) == 1 and words[0][1].count("-") == 1:
        start, word = words[0]
        head, tail = word.split("-")
        parts = [(start, head), (start + len(head) + 1, tail)]
    elif len(words) == 2 and all("-" not in w and "'" not in w and "’" not in w for _, w in words):
        parts = words
    else:
        return
    slips = []
    for start, part in parts:
        lower = part.lower()
        if not lower.isalpha():
            return
        if not is_korean(lower):
            if not known_nowhere(lower):
                return  # a word of English or a name of another spelling ("Park Avenue", "Hsien")
            slips.append((start, lower))
    if len(slips) != 1:
        return
    start, lower = slips[0]
    candidates = _ranked(lower, [c for c in edits1(lower) if is_korean(c)])
    if candidates:
        yield start, start + len(lower), candidates


def _ranked(word: str, candidates: list[str], syllables: Callable[[str], int] | None = None) -> list[str]:
    """People's names the lists hold first; then, for Chinese, the fewest syllables (a name has
    one or two, "Haidian" before "Hadixian"); then two letters swapped (how fingers slip), a
    letter changed, a letter lost or added."""
    def rank(candidate: str) -> tuple[bool, int, int, str]:
        if len(candidate) == len(word):
            changed = [i for i, (a, b) in enumerate(zip(candidate, word, strict=True)) if a != b]
            kind = 0 if len(changed) == 2 else 1
        else:
            kind = 2
        return not compiled().code(candidate) & PERSON, syllables(candidate) if syllables else 0, kind, candidate

    return sorted(candidates, key=rank)


def _printed_elsewhere(text: str, folded: str, candidates: list[str], start: int) -> set[str]:
    """The candidates the story prints as a capitalised word elsewhere, as printed."""
    wanted = {c.capitalize() for c in candidates}
    found: set[str] = set()
    for match in regex.finditer(r"(?<![\p{L}\p{M}])[A-Z][a-z]+(?![\p{L}\p{M}])", folded):
        if match.group() in wanted and match.start() != start:
            found.add(text[match.start():match.end()])
    return found
