"""NL503 restated-quantity-mismatch: "Five killed" in the headline, "six people were killed" in
the lead."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import NamedTuple

import regex

from ..analysis.numbers.data import numbers_data
from ..analysis.numbers.parse import CARDINAL, cardinal_like, parse_cardinal
from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import HEADLINE, PARAGRAPH, Block, Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_cached, compile_v1, phrase_pattern, trie_pattern

# Words that may not sit between a count and its verb: "three of the dead", "12 and killed".
_NOT_SUBJECT = frozenset(
    "of the a an and or but in on at to for from by with as than that which who were was are "
    "is be been being have has had more other others additional further new another whose "
    "their its his her our after before during over under near across into since following "
    "when while including outside inside around amid among within without throughout last "
    "this these those on off up down yesterday today overnight".split()
)
_AUXILIARY = (
    r"(?:(?:were|are|was|is|have[ ]been|had[ ]been|has[ ]been|been|being|reported|feared"
    r"|confirmed|now)[ ])?"
)
_NOT_TRANSITIVE = frozenset(
    "dead die dies died dying death deaths perished slain missing injuries wounds".split()
)
# "shot dead", "found dead", "burned to death": how, between the count and the cue.
_MANNER = (
    r"(?:(?:shot|found|beaten|stabbed|hacked|burned|burnt|crushed|presumed|believed|left"
    r"|trampled|drowned|electrocuted)(?:[ ]to)?[ ])?"
)
_COUNT_NOUNS = ("countries", "nations", "members", "member states")
_LOOK_BACK = 90
_CONJOINED = re.compile(r"(?:\band|\bor|,|\bplus)[ ]$", re.IGNORECASE)
_RANGE = re.compile(r" (?:or|to) \w|-\d")
_NUMBER_END = r"(?![\w%.,-]|,\d)"
# Where a number may start: a digit or the first word of a number written out.
# A count never follows a letter or digit (the patterns' look-behinds), hence the `\b`: "one"
# in "money" or "ten" in "often" starts no search.
_ANY_NUMBER = re.compile(
    r"\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen"
    r"|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
)  # searched in lower-cased ASCII text: a case-blind pattern would be several times slower


@cache
def _other_event() -> re.Pattern[str]:
    """A sentence this finds places its figure at another time or event: no restatement of
    the lead (compiled on first need: few articles restate a figure)."""
    return re.compile(
        r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|last|earlier|previous"
        r"|separate|another|since|ago|year|month|week|before|after|similar|total)\b|\b19\d\d\b|\b20\d\d\b",
        re.IGNORECASE,
    )




class Quantity(NamedTuple):
    category: str  # "killed", "injured", ... or "countries"
    value: int
    subject: str  # normalised: "" for people in general, "soldier", "asean countries"
    modified: bool  # the subject has words of its own ("ASEAN countries", "soldiers")
    hedged: bool
    start: int  # absolute span of the number
    end: int
    phrase: str  # as written, for the message
    sentence: str  # the sentence around it


class _Patterns(NamedTuple):
    cue: re.Pattern[str]  # cheap scan (over lower-cased text) for the words that mark a count
    cue_any_case: re.Pattern[str]
    back: regex.Pattern[str]  # "six people were killed", "10 ASEAN countries" ending at the cue
    forward: regex.Pattern[str]  # "killed six people" starting at the cue
    form_category: dict[str, str]
    generic: frozenset[str]
    toll: re.Pattern[str]


@cache
def _form_categories() -> dict[str, str]:
    """Each cue form ("killed", "lose their lives", "countries") and its category."""
    data = numbers_data()
    form_category = {
        " ".join(f.casefold().split()): cat for cat, forms in data.quantity_verbs.items() for f in forms
    }
    form_category.update({noun: "countries" for noun in _COUNT_NOUNS})
    return form_category


@cache
def _patterns() -> _Patterns:
    data = numbers_data()
    form_category = _form_categories()
    cues = trie_pattern(sorted(form_category))
    # Forms that take the count as their object: "killed six", "Floods kill 5", "arrest 9".
    transitive = phrase_pattern(
        sorted(f for f in form_category if " " not in f and f not in _NOT_TRANSITIVE
               and form_category[f] != "countries")
    )
    hedges = phrase_pattern(data.hedges)
    back = compile_v1(
        rf"""
        (?<![\w.,-])(?P<hedge>(?:{hedges})[ ])?(?P<n>{CARDINAL}){_NUMBER_END}
        (?P<subj>(?:[ ]\p{{L}}[\p{{L}}-]*){{0,2}}?)[ ]{_AUXILIARY}{_MANNER}(?P<cue>{cues})\Z""",
        regex.VERBOSE | regex.IGNORECASE,
    )
    forward = compile_v1(
        rf"""
        (?P<cue>{transitive})[ ](?P<hedge>(?:{hedges})[ ])?(?P<n>{CARDINAL}){_NUMBER_END}
        (?P<subj>(?:[ ]\p{{L}}[\p{{L}}-]*){{0,2}})""",
        regex.VERBOSE | regex.IGNORECASE,
    )
    return _Patterns(
        cue=re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])"),
        cue_any_case=re.compile(rf"(?<![\w-])(?:{cues})(?![\w-])", re.IGNORECASE),
        back=back,
        forward=forward,
        form_category=form_category,
        generic=frozenset(w.casefold() for w in data.generic_subjects),
        toll=re.compile(
            r"\btolls?\b[^.]{0,40}\b(?:rose|rises|risen|rising|climbed|climbs|increased|jumped)\b"
            r"|\b(?:rose|risen|climbed|increased)[ ]to[ ](?:at[ ]least[ ])?\S+[ ](?:\w+[ ])?"
            r"(?:dead|deaths|killed|injured|wounded|missing|arrested|detained)\b",
            re.IGNORECASE,
        ),
    )


# Every byte but a letter becomes a space, and capitals become small letters, so that `split`
# gives the lower-cased words of ASCII text in one pass.
_WORDS_ONLY = bytes(b if 97 <= b <= 122 else b + 32 if 65 <= b <= 90 else 32 for b in range(256))


@cache
def _cue_openers() -> frozenset[bytes] | None:
    """The first word of every cue ("lose" of "lose their lives"); None if a cue has none."""
    openers = set()
    for form in _form_categories():  # not `_patterns()`: no regex is compiled for this
        words = form.encode("utf-8").translate(_WORDS_ONLY).split()
        if not form.isascii() or not words or not form[:1].isalpha():
            return None
        openers.add(words[0])
    return frozenset(openers)


def _may_hold_cue(text: str) -> bool:
    """A cheap test before the cue scan: does any word of the text open a cue?"""
    openers = _cue_openers()
    if openers is None or not text.isascii():
        return True
    return not openers.isdisjoint(text.encode("ascii").translate(_WORDS_ONLY).split())


@cache
def _units() -> frozenset[str]:
    return frozenset(numbers_data().unit_nouns)


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a figure (at most a few hundred characters either side)."""
    floor = max(0, start - 300)
    ceiling = min(len(text), end + 300)
    left = max(text.rfind(". ", floor, start), text.rfind("\n", floor, start), floor - 1)
    right = text.find(". ", end, ceiling)
    return text[left + 1 : right if right != -1 else ceiling]


def _quantities(block: Block, dateline: Block | None = None) -> Iterator[Quantity]:
    patterns = _patterns()
    units = _units()
    text = block.text
    shouting = text.isupper()
    # The dateline's day ("SALVADOR, Feb 26 -") is no count.
    skip_to = dateline.end - block.start if dateline is not None and block.start <= dateline.start < block.end else 0
    lowered = text.lower()
    # Lower-casing first lets a case-sensitive scan run; a few characters change length
    # when lower-cased, and then the slower case-blind scan is used.
    cues = (
        patterns.cue.finditer(lowered)
        if len(lowered) == len(text)
        else patterns.cue_any_case.finditer(text)
    )
    for cue in cues:
        word = " ".join(text[cue.start() : cue.end()].casefold().split())
        category = patterns.form_category[word]
        window = max(0, cue.start() - _LOOK_BACK)
        match = None
        # The full search tries a number at every position of the window; first ask (in C)
        # whether the window holds a digit or the start of a number word at all.
        if not text.isascii() or _ANY_NUMBER.search(lowered, window, cue.start()):
            match = patterns.back.search(text, window, cue.end())
        after = False
        if match is None and category != "countries":
            match = patterns.forward.match(text, cue.start())
            after = True
        if match is None:
            continue
        if match.start("n") < skip_to:
            continue
        number = match["n"]
        value = parse_cardinal(number)
        if value is None or (1900 <= value <= 2100 and number.isdigit()):
            continue
        if _RANGE.match(text, match.end("n")):
            continue  # "five or six killed", "5-6 dead": a range is not a figure
        words = match["subj"].split()
        folded = [w.casefold() for w in words]
        if after:
            # After the verb, the subject is the words up to the first function word.
            for index, w in enumerate(folded):
                if w in _NOT_SUBJECT:
                    folded = folded[:index]
                    break
        if any(w in _NOT_SUBJECT or w in units for w in folded):
            continue
        if category == "countries":
            if text[cue.start()].isupper() and not shouting:
                continue  # "the Six Nations": a name
            subject = " ".join(folded + [word])
            modified = bool(folded)
        else:
            kept = [w.rstrip("s") for w in folded if w not in patterns.generic]
            subject = " ".join(kept)
            modified = bool(kept)
        phrase_end = match.end() if after else cue.end()
        phrase_start = match.start("cue") if after else match.start("n")
        if after:
            phrase_end = match.start("subj") + len(" ".join(words[: len(folded)])) + (1 if folded else 0)
        # "three soldiers and two civilians were killed": one part of a total is no figure
        # to compare.
        partial = not after and bool(_CONJOINED.search(text, max(0, match.start() - 6), match.start()))
        yield Quantity(
            category,
            value,
            subject,
            modified,
            bool(match["hedge"]) or partial,
            block.start + match.start("n"),
            block.start + match.end("n"),
            " ".join(text[phrase_start:phrase_end].split()),
            _sentence(text, match.start(), match.end()),
        )


def _breakdown(sentence: str, total: int) -> bool:
    """The sentence splits the total up: three figures or more that add up to it."""
    figures = [
        value for match in _figure().finditer(sentence)
        if (value := parse_cardinal(match.group())) is not None and not 1900 <= value <= 2100
    ]
    return len(figures) >= _BREAKDOWN_PARTS and sum(figures) == total


@cache
def _figure() -> regex.Pattern[str]:
    return compile_cached(rf"(?<![\w.,-])(?i:{CARDINAL})(?![\w-])")


_BREAKDOWN_PARTS = 3


class RestatedQuantityMismatch(Rule):
    spec = RuleSpec(
        code="NL503",
        name="restated-quantity-mismatch",
        category="count",
        summary="The headline and the lead (or the lead and the body) give different figures for one count.",
        rationale=(
            "\"Five killed\" in the headline and \"six people were killed\" in the lead: the "
            "toll was updated in one place only. The rule compares casualty and arrest counts "
            "(killed, dead, injured, missing, arrested, ...) and counts of countries or members "
            "that name the same subject. Hedged figures (\"at least\", \"more than\", \"up to\"), "
            "ranges, rising tolls, other days or events and different subjects (\"five "
            "soldiers\" and \"two civilians\") are legitimate differences and are left alone, and so is "
            "a sentence that splits the total up (\"five deaths in A, four in B, three in C and two "
            "in D\" under \"14 deaths\")."
        ),
        example="Five killed in Kabul blast\n\nSix people were killed in a bomb blast in Kabul.",
        fix_safety="display-only",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        headline = first = None
        for block in doc.blocks:  # one pass for both: they stand at the top
            if block.kind == PARAGRAPH:
                first = block
                break
            if block.kind == HEADLINE and headline is None:
                headline = block
        if first is None:
            return
        if headline is None:
            headline = doc.headline  # a headline after the first paragraph (rare)
        # Most articles have no count in the headline or the lead: no cue word, no scan.
        if not _may_hold_cue(first.text if headline is None else f"{headline.text}\n{first.text}"):
            return
        patterns = _patterns()
        lead = list(_quantities(first, doc.dateline))
        top = list(_quantities(headline)) if headline is not None else []
        if not lead and not top:
            return  # nothing to compare, and the body is never scanned
        paragraphs = doc.paragraphs
        rising = any(patterns.toll.search(p.text) for p in paragraphs[:4])
        if top:
            near = lead + [q for p in paragraphs[1:2] for q in _quantities(p)]
            yield from self._compare(doc.text, top, near, "the headline", rising, strict=False)
        if lead:
            body = [q for p in paragraphs[1:] for q in _quantities(p)]
            yield from self._compare(doc.text, lead, body, "the lead", rising, strict=True)

    def _compare(
        self,
        text: str,
        first: list[Quantity],
        later: list[Quantity],
        where: str,
        rising: bool,
        strict: bool,
    ) -> Iterator[Diagnostic]:
        for said in first:
            if said.hedged or (rising and said.category == "killed"):
                continue
            if strict and said.category == "countries" and not said.modified:
                continue  # "members" alone: of what? Only with its modifiers past the lead
            # A headline without a subject ("Nine hurt") sums up its lead ("injuring 11
            # passengers"); elsewhere the subjects must be the same.
            same = [
                q for q in later
                if q.category == said.category
                and (q.subject == said.subject or (not strict and not said.subject and q.category != "countries"))
            ]
            if strict:
                other_event = _other_event()
                same = [q for q in same if not other_event.search(q.sentence)]
            if not same or any(q.hedged for q in same):
                continue
            values = {q.value for q in same}
            if said.value in values or len(values) != 1:
                continue
            other = same[0]
            if _breakdown(other.sentence, said.value):
                continue  # "Five deaths in A, four in B, three in C and two in D": the 14 split up
            written = text[other.start : other.end]
            fix = Fix.display_only(
                f"Say {said.value} as {where} does, or correct {where}",
                Edit(other.start, other.end, cardinal_like(said.value, written)),
            )
            yield self.diagnostic(
                other.start, other.end, f'{where} says "{said.phrase}" but here "{other.phrase}"', fix
            )
