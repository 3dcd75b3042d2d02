"""NL412 glued-text: spaces lost between sentences, words, captions and the text after them.

Long on purpose: the shapes of a lost space (between sentences, inside camel-cased words, after
punctuation, in runs of capitals, before a tail) share the rule's one pass over the paragraphs and
its word-frequency gates."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import CAPTION, HEADLINE, PARAGRAPH, Document
from ..core.rule import Rule, RuleOptions, RuleSpec
from ..data import shipped
from ..regexes import compile_cached
from ..spelling.guess import likely_slip
from ..spelling.lookup import PROPER, compiled
from ..spelling.names import place_slots
from ..spelling.scan import document_words
from .support.chrome.vocabulary import _section_words, chrome_words

# A compound as common as this (Zipf) is a word or a brand ("WikiLeaks", "easyJet"), not two words.
COMMON_COMPOUND = 2.0
# Each half of a split must be this common: a split into rare words is no clear split.
COMMON_HALF = 3.0
# Two letters after a name's full stop, no word this common ("It", "He", "In"): a country's web
# domain in a site's name ("Oxu.Az"), not a sentence's first word.
MAX_DOMAIN_ZIPF = 5.0
# A lost space before a capital follows a common word ("ofTexas", "atLabour"); a brand's first
# word is rarer ("tenderCare").
CAMEL_FIRST_ZIPF = 5.0
# A two-letter first word must be a function word, commoner still: abbreviations English prints
# in capitals are as common ("tv", "uk", "mr"), and open brands' names ("tvOne").
CAMEL_SHORT_FIRST_ZIPF = 5.8
# A lower-case run-on is looked for only in words this long: shorter ones split too easily.
RUN_ON_MIN = 6
# A lower-case run-on has a function word at one end ("tointernational", "visitto"): two content
# words run together are as often a compound the word list lacks ("writedown", "soymeal").
# Only function words that seldom open or close a real word or a misspelling of one count
# ("forseen", "withold", "inpact", "editon" are misspellings, not run-ons).
_LEADING = frozenset("the to of and that from its their in with had have has was were would been also".split())
_TRAILING = frozenset("the to of and by that with for after on is was will has also were would been".split())
# Two content words run together ("culturalactivities") are a run-on in an article that shows
# this many run-ons with a function word: elsewhere they are as often a compound the word list
# lacks ("countertrading", "profittaking"). The token is this long, each half a common word.
LOST_SPACES = 2
LONG_RUN_ON = 12
LONG_HALF = 5
LONG_HALF_ZIPF = 3.5
# A full stop between two lower-case words stands for a space ("they.were") only when both are
# this common (Zipf) and neither is a web domain or host's word: file and site names join rarer words.
STOP_HALF_ZIPF = 4.5
_WEB_WORDS = frozenset("com net org gov edu int mil info news online biz app site web live www mail".split())
# Name particles a capitalised name follows ("deNemours", "vanGogh" in some spellings).
_PARTICLES = frozenset("de da di du des del della der den van von le la al el bin ibn mac".split())
_BRAND_OPENERS = frozenset(("my", "your", "our"))  # "myFirst": a brand's name, not two words
_MISSPELT = 8
# The other half is a word at least this long: short ones are prefixes ("pre", "mid", "un").
CONTENT_MIN = 4
_SCOPE = (PARAGRAPH, CAPTION, HEADLINE)
# A capitalised word with "of" or "the" run on to it ("Memberof Parliament", "Resolutionof the").
_CAPITAL_RUN_ON_HINT = re.compile(r"[A-Z][a-z]{3,}(?:of|the)\b")  # the same with no look-behind: a faster first scan
_CAPITAL_RUN_ON = re.compile(r"(?<![\w'’-])([A-Z][a-z]{3,})(of|the)(?![\w'’])")
# Short forms whose full stop a name follows ("Mr.Smith" in copy typed without spaces).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr co no gen lt col gov sen rep mt ft prof rev hon sgt capt maj cpl "
    "adm cmdr supt insp jan feb mar apr jun jul aug sep sept oct nov dec vs dept".split()
)
# The spelling data's entry flags and frequency (see spelling/store.py): looked up one word at a
# time in its shards, so one article never loads the whole word list.
_WORD = 1
_KNOWN = 1 | 2


# A section's label and the dateline's place run together, opening a paragraph near the top.
_SECTION_PLACE = compile_cached(r"(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])")
TOP_CHARS = 1500  # the page's top, where its labels stand over the lead


@cache
def _patterns() -> dict[str, regex.Pattern[str] | re.Pattern[str]]:
    agencies = sorted(shipped("data/agencies.yaml")["agencies"], key=len, reverse=True)
    names = "|".join(regex.escape(a) for a in agencies)
    return {
        # "2016.Vice", 'Association."In', "the UN.Read", "(ICN2).Speaking", 'said.“We': a
        # sentence's end run into the next one.
        "sentence": compile_cached(
            r"(?:[\p{Ll}\d%]{2}|(?<=\s)\d|(?<=\s)\p{Lu}\p{Ll}|(?<![\p{L}\p{N}.])\p{Lu}{2,}|\))"
            r"[.!?](?:[\"”’]?(?=\p{Lu}\p{Ll})|(?=[“‘]\p{Lu}\p{Ll}))"
        ),
        # "(Photo: VNA)Hanoi", "(Source: VNA)The": a credit run into the text after it.
        "credit": compile_cached(
            r"\((?i:photo|photos|source|image|file\s+photo|video)\b[^()\n]{0,60}\)(?=\p{Lu})"
        ),
        # "saidChairman", "theGovernment": a lower-case word run into a capitalised one.
        "camel": compile_cached(r"(?<![\p{L}\p{N}'’-])(\p{Ll}{2,})(\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}])"),
        # "prevention,detection", "(WHO)said": a comma or a closing bracket with no space after
        # it between words.
        "punct": compile_cached(
            r"(?<![\p{L}\p{N}.@/_-]\p{L}*)(\p{Ll}{2,})([,;]|(?<=\p{Ll}{3})\.)(\p{Ll}{3,})(?![\p{L}\p{N}.@/_-])|"
            r"\(([\p{L}\p{N} ]{2,})\)(\p{Ll}{3,})\b"
        ),
        "run_on": re.compile(rf"\b[a-z]{{{RUN_ON_MIN},}}\b"),
        # "Min-sikPublished", "insurrectionBy Lee": a byline's or a date's label run on.
        "label": compile_cached(
            r"(?<=\p{Ll}{2})(?:Published|Updated|Posted)(?![\p{L}\p{N}])|(?<=\p{Ll}{2})By(?= \p{Lu})"
        ),
        # "Hanoi.-VNA": an agency's marker run into the sentence before it with no space.
        "agency": compile_cached(rf"(?<=\p{{L}}[.!?])(?:--?|–|—)(?:{names})\b"),
    }


def _shape_table() -> bytes:
    table = bytearray(b" " * 256)
    for low, high, symbol in ((ord("a"), ord("z"), b"a"), (ord("A"), ord("Z"), b"A"), (ord("0"), ord("9"), b"0")):
        for c in range(low, high + 1):
            table[c] = symbol[0]
    for chars, symbol in ((",;", ","), (")", ")"), (".!?", "."), ("-", "-"), ('"', '"')):
        for c in chars:
            table[ord(c)] = ord(symbol)
    return bytes(table)


_SHAPE = _shape_table()
# Any of the shapes `check` tests for one by one: '.Aa', '."Aa', ')A', 'aaAaa', 'aaAa A', 'a,aaa',
# ')aaa', '.-A'. Each branch opens with its rarest byte (a look-behind takes the letters before it), so
# the engine tries a match only at those bytes: one scan instead of seven.
_ANY_SHAPE = re.compile(rb'A(?<=aaA)a(?:a| A)|,(?<=a,)aaa|\)(?:A|aaa)|\.(?:"?Aa|-A|(?<=aaa\.)aaa)')


def _code(word: str) -> int:
    return compiled().code(word.casefold())


def _word_zipf(word: str) -> float:
    """Zipf frequency of a word the word list has; 0 for a name part or an unknown word."""
    code = _code(word)
    return (code >> 8) / 10 if code & _WORD else 0.0


_ADDRESS_MARKS = frozenset("./@")  # before a word of a web or e-mail address


class GluedTextOptions(RuleOptions):
    # A lower-case word that is two common words run together ("tointernational"): on by
    # default; a desk whose copy has many coined compounds turns it off.
    run_on_words: bool = True


class GluedText(Rule):
    spec = RuleSpec(
        code="NL412",
        name="glued-text",
        category="residue",
        summary="Text run together where a scrape lost a space or a line break: "
        '"2016.Vice", "(Photo: VNA)Hanoi", "saidChairman", "tointernational", "prevention,detection".',
        rationale=(
            "Pages that put each paragraph, caption or word in its own element lose the space "
            "between them when the text is extracted: two paragraphs run together at the full "
            "stop (after a word, a number, an acronym or a bracket; before a quotation's opening "
            "mark too: 'hours.“We'), a byline's or a date's label runs on to the word before it "
            "('Min-sikPublished :', '...insurrectionBy Lee'), a photo credit runs into "
            "the dateline, and so does a section's label ('PoliticsUlaanbaatar /MONTSAME/': a section "
            "word, then a place the lists know; 'BusinessWeek' stays), a word runs into the next (a "
            "lower-case word into a capitalised one, "
            "two lower-case words into one), a comma or a bracket loses the space after it, an "
            "agency marker sticks to the sentence. The fix puts back the space where one split "
            "is clearly right: both halves are common words of the word list and the run-together "
            "form is no word (word lists and frequencies of the spelling data). Where a name may "
            "hold the full stop ('One.Tel') or a credit runs into the text, the finding is shown "
            "for an editor; two letters that are no common word after a name's full stop are a "
            "country's web domain in a site's name ('Oxu.Az') and left alone. Two lower-case "
            "words run into one ('tointernational') get an unsafe "
            "fix, since a misspelling may split as well, and a word one slip from a frequent "
            "word ('tomarrow') is left to NL105; a run-on that real text prints too, as misspellers' "
            "habits ('inorder', 'indepth', up to Zipf 3), counts where the books print its two words "
            "together a hundred million times or more ('in order'). The run-on search looks up only the long "
            "lower-case words the word lists lack, and leaves a web address's words alone "
            "('theaustralian.com'); a capitalised common word with 'of' or 'the' run on to it "
            "('Memberof Parliament') is one too, unsafe (a name may end so), and a template's, a "
            "domain's, a data key's or a brand's names ('{{dayPoint.date}}', 'allAfrica.com', "
            "'\"valueShow\":', 'myFirst') keep their capitals; "
            "`run_on_words = false` turns the run-ons off. A full stop between two "
            "very common lower-case words ('they.were') is shown, not fixed: it may be typed for a "
            "space or end a sentence whose next word lost its capital; not inside a page template's "
            "field ('{{element.title}}', NL406's placeholder)."
        ),
        example="He served from 2012 to 2016.Vice Chairwoman Lan spoke next.",
        example_fixed="He served from 2012 to 2016. Vice Chairwoman Lan spoke next.",
        fix_safety="varies",
    )
    Options = GluedTextOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        pats = _patterns()
        full = doc.text
        # One cheap pass over the whole text for each shape; the block loop runs only for the
        # shapes present (nearly never).
        if full.isascii():
            # Letters, digits and the punctuation that matters mapped to one symbol each: a
            # C-level translate, then a substring test per shape.
            shape = full.encode("ascii").translate(_SHAPE)
            if _ANY_SHAPE.search(shape) is None:  # nearly every article
                sentences = credits = camels = puncts = agencies = False
            else:
                # The sentence pattern's end, [.!?]["”’]?(?=[A-Z][a-z]), in ASCII text.
                sentences = b".Aa" in shape or b'."Aa' in shape
                credits = b")A" in shape
                camels = b"aaAaa" in shape or b"aaAa A" in shape
                puncts = b"a,aaa" in shape or b")aaa" in shape or b"aaa.aaa" in shape
                agencies = b".-A" in shape
        else:
            sentences = credits = camels = puncts = agencies = True
        options: GluedTextOptions = self.options  # type: ignore[assignment]
        run_ons = _run_on_words(doc) if options.run_on_words else {}
        capital_run_ons = options.run_on_words and _CAPITAL_RUN_ON_HINT.search(doc.text) is not None
        if not (sentences or credits or camels or run_ons or puncts or agencies or capital_run_ons):
            return
        tails = [
            re.compile(rf"\b({re.escape(w[:i])})({re.escape(w[i:])})\b") for w, i in sorted(run_ons.items())
        ]
        for block in doc.blocks:
            if block.kind not in _SCOPE:
                continue
            text = block.text
            if sentences:
                yield from self._sentences(block.start, text, pats["sentence"])  # type: ignore[arg-type]
            if credits and ")" in text:
                for match in pats["credit"].finditer(text):
                    at = block.start + match.end()
                    yield self.diagnostic(
                        block.start + match.start(), at,
                        "a photo credit run into the text after it (a lost line break)",
                        Fix.display_only("Break the line after the credit", Edit(at, at, "\n\n")),
                    )
            if camels:
                yield from self._camels(block.start, text)
                yield from self._labels(block.start, text)
                if block.kind == PARAGRAPH and block.start < TOP_CHARS:
                    yield from self._section_place(block.start, text)
            if capital_run_ons:
                yield from self._capital_run_ons(block.start, text)
            if puncts:
                yield from self._puncts(block.start, text)
            if agencies:
                for match in pats["agency"].finditer(text):
                    if match.end() == len(text) and block is doc.blocks[-1]:
                        continue  # the story's last words: NL411's
                    at = block.start + match.start()
                    yield self.diagnostic(
                        at, block.start + match.end(),
                        "an agency marker run into the sentence before it with no space; it "
                        "ends a story or a caption",
                        Fix.display_only("Put back the space", Edit(at, at, " ")),
                    )
            for pattern in tails:
                yield from self._tails(block.start, text, pattern)

    def _sentences(self, offset: int, text: str, pattern: regex.Pattern[str]) -> Iterator[Diagnostic]:
        for match in pattern.finditer(text):
            at = match.end()
            word_start = at
            while word_start > 0 and not text[word_start - 1].isspace():
                word_start -= 1
            token = text[word_start:at]
            bare = token.rstrip(".!?\"”’").casefold()
            lead = at + 1 if text[at] in "“‘" else at  # the next sentence's first letter, after its opening quote
            end = lead
            while end < len(text) and text[end].isalpha():
                end += 1
            whole = text[word_start : end + 1]
            if bare in _ABBREVIATIONS or any(c in whole for c in "/@<>") or whole.count(".") > 1:
                continue  # an abbreviation, a web address, a ticker ("<eric.St>", "x.Bungie.Org")
            if (
                end - lead == 2 and text[word_start : word_start + 1].isupper() and text[lead].isupper()
                and text[lead + 1].islower() and _word_zipf(text[lead:end]) < MAX_DOMAIN_ZIPF
            ):
                continue  # a site's name with its country's domain ("Oxu.Az", "Today.Az")
            initial = token.rstrip(".")
            if (
                1 <= len(initial) <= 2 and initial[:1].isupper() and initial[1:].islower() and text[lead].isupper()
                and _word_zipf(text[lead:end]) < MAX_DOMAIN_ZIPF
            ):
                continue  # initials before a name, unspaced as Mongolian names are ("Ts.Tsolmon"), not "Ha.The"
            stop = word_start + len(bare)
            if bare.endswith(")"):
                safe = True  # "(ICN2).Speaking": a bracket ends no name
            elif token.rstrip(".!?\"”’").isupper() and len(bare) >= 2:
                # "the UN.Read": an acronym, then a common word opening a sentence; not a name
                # ("LG.Philips LCD": a firm's name written so).
                opener = text[lead:end]
                safe = _word_zipf(opener) >= COMMON_HALF and not compiled().code(opener.lower()) & PROPER
            elif len(bare) == 1:
                if text[lead:end].casefold() in chrome_words()[2]:
                    continue  # "6.Juli": a date in another language, not two sentences
                safe = False  # a lone digit may be a name's ("6.Juli Banken"): shown
            else:
                # After a capitalised word the full stop may belong to a name ("One.Tel"): shown.
                safe = not text[word_start : word_start + 1].isupper()
            make = Fix.safe if safe else Fix.display_only
            yield self.diagnostic(
                offset + stop, offset + end,
                "two sentences run together (a lost space or paragraph break)",
                make("Put back the space", Edit(offset + at, offset + at, " ")),
            )

    def _labels(self, offset: int, text: str) -> Iterator[Diagnostic]:
        """A byline's or a date's label run on to the word before it ("By Yoon Min-sikPublished :
        Jan. 29", "... for insurrectionBy Lee Sun-young"): a line break lost between the page's
        fields."""
        for match in _patterns()["label"].finditer(text):
            at = offset + match.start()
            yield self.diagnostic(
                at, offset + match.end(),
                f'the label "{match.group()}" run on to the word before it (a lost line break)',
                Fix.display_only("Put back the space", Edit(at, at, " ")),
            )

    def _section_place(self, offset: int, text: str) -> Iterator[Diagnostic]:
        """A section's label run on to the dateline's place that opens the lead ("PoliticsUlaanbaatar
        /MONTSAME/"): a line break lost between the page's label and the story."""
        match = _SECTION_PLACE.match(text)
        if match is None or match[1].casefold() not in _section_words() or _code(match.group().lower()) & _KNOWN:
            return
        cities, regions = place_slots()
        if match[2].casefold() in cities or match[2].casefold() in regions:
            at = offset + match.end(1)
            yield self.diagnostic(
                offset, at, f'the section label "{match[1]}" run on to the dateline (a lost line break)',
                Fix.display_only("Delete the label", Edit(offset, at, "")),
            )

    def _camels(self, offset: int, text: str) -> Iterator[Diagnostic]:
        for match in _patterns()["camel"].finditer(text):
            first, second = match[1], match[2]
            whole = match.group()
            if _code(whole) & _KNOWN or (_code(whole) >> 8) / 10 >= COMMON_COMPOUND:
                continue  # a word or a brand ("easyJet")
            least = CAMEL_SHORT_FIRST_ZIPF if len(first) == 2 else CAMEL_FIRST_ZIPF
            if first in _PARTICLES or _word_zipf(first) < least or not _code(second) & _KNOWN:
                continue  # a brand's lower-case first word is a rarer one ("tenderCare")
            start, end = match.span()
            member = text[end : end + 1] == "." and text[end + 1 : end + 2].isalpha()
            if member or text[start - 1 : start] in (".", "{") or text[end : end + 2] == '":':
                continue  # a template's, a script's or a data key's name ("{{dayPoint.date}}", '"valueShow":')
            if first in _BRAND_OPENERS:
                continue  # a brand's name ("myFirst", "yourMechanic")
            at = offset + match.end(1)
            yield self.diagnostic(
                offset + match.start(), offset + match.end(),
                f'"{first}" and "{second}" run together (a lost space)',
                Fix.safe("Put back the space", Edit(at, at, " ")),
            )

    def _puncts(self, offset: int, text: str) -> Iterator[Diagnostic]:
        for match in _patterns()["punct"].finditer(text):
            if match[1] is not None:
                before, after, at = match[1], match[3], match.end(2)
                what = f'a comma with no space after it between "{before}" and "{after}"'
            else:
                before, after, at = match[4], match[5], match.end(4) + 1
                what = f'a closing bracket with no space after it before "{after}"'
            if _word_zipf(after) < COMMON_HALF or (match[1] is not None and _word_zipf(before) == 0):
                continue
            if match[2] == ".":
                if min(_word_zipf(before), _word_zipf(after)) < STOP_HALF_ZIPF or {before, after} & _WEB_WORDS:
                    continue  # a file or site name ("index.html", "state.gov"), not two common words
                start, end = match.span()
                if text[max(0, start - 2) : start] == "{{" or text.find("}}", end, end + 3) != -1:
                    continue  # a template's field ("{{element.title}}"): NL406's placeholder
                # Shown only: a full stop typed for a space ("they.were") or a sentence's end whose
                # next word lost its capital too ("years.perhaps") read alike.
                yield self.diagnostic(
                    offset + match.start(), offset + match.end(),
                    f'a full stop with no space after it between "{before}" and "{after}" (a lost '
                    "space, or a full stop typed for one)",
                    Fix.display_only("Put a space for the full stop", Edit(offset + at - 1, offset + at, " ")),
                )
                continue
            yield self.diagnostic(
                offset + match.start(), offset + match.end(), f"{what} (a lost space)",
                Fix.safe("Put back the space", Edit(offset + at, offset + at, " ")),
            )

    def _capital_run_ons(self, offset: int, text: str) -> Iterator[Diagnostic]:
        """A capitalised common word with a function word run on to it ("Memberof Parliament",
        "Commanderin-Chief"): no list knows the whole. Unsafe: a name may end so."""
        for match in _CAPITAL_RUN_ON.finditer(text):
            whole, first = match.group().lower(), match[1].lower()
            if _code(whole) & (_KNOWN | _MISSPELT) or not _code(first) & _KNOWN or _word_zipf(first) < COMMON_HALF:
                continue
            at = offset + match.start(2)
            yield self.diagnostic(
                offset + match.start(), offset + match.end(),
                f'"{match[1]}" and "{match[2]}" run together (a lost space)',
                Fix.unsafe("Put back the space", Edit(at, at, " ")),
            )

    def _tails(self, offset: int, text: str, pattern: re.Pattern[str]) -> Iterator[Diagnostic]:
        for match in pattern.finditer(text):
            start, end = match.span()
            before, after = text[start - 1 : start], text[end : end + 2]
            if before in _ADDRESS_MARKS or after[:1] == "." and after[1:].isalpha():
                continue  # a web address's name ("theaustralian.com", "www.thestar"): written as one
            at = offset + match.start(2)
            # Unsafe: a misspelling may split too ("tomarrow" is no "to marrow").
            yield self.diagnostic(
                offset + match.start(), offset + match.end(),
                f'"{match[1]}" and "{match[2]}" run together (a lost space)',
                Fix.unsafe("Put back the space", Edit(at, at, " ")),
            )


def _run_on_words(doc: Document) -> dict[str, int]:
    """Long lower-case words of the text that are no word but a function word and a common word
    run together at exactly one place ("tointernational" -> 2). Only words the word lists lack
    are split: the spelling scan made once for the typo rules names them."""
    tokens = [t for t in document_words(doc).lower_case_unlisted() if len(t) >= RUN_ON_MIN and t.isalpha()]
    found: dict[str, int] = {}
    long_ones: dict[str, int] = {}
    for token in tokens:
        split = _RUN_ON_SPLITS.get(token, _UNJUDGED)
        if split is _UNJUDGED:
            if len(_RUN_ON_SPLITS) >= MAX_JUDGED:
                _RUN_ON_SPLITS.clear()
            split = _RUN_ON_SPLITS[token] = _run_on_split(token, likely_slip)
        if split is not None:
            at, two_content_words = split
            (long_ones if two_content_words else found)[token] = at
    if len(found) >= LOST_SPACES:
        found.update(long_ones)  # an article that lost its spaces: two content words too
    return found


# A run-on that real text prints too ("inorder", "indepth": misspellers' habits) is
# one up to this Zipf (x10) where the books print its two words together this often at least.
USED_RUN_ON_ZIPF = 30
SET_PHRASE_PAIR = 100_000_000


def _set_phrase(first: str, second: str) -> bool:
    """The books print the two words together as a set phrase ("in order", "in depth")."""
    from ..spelling.context import pairs

    table = pairs()
    return table is not None and table.count(first, second) >= SET_PHRASE_PAIR


# A token's split (or None) depends on the token alone: judged once per process, as the same
# unknown words recur from article to article; bounded, cleared when full.
_RUN_ON_SPLITS: dict[str, tuple[int, bool] | None] = {}
_UNJUDGED = (-1, False)  # a split no token has: compared by identity
MAX_JUDGED = 100_000


def _run_on_split(token: str, likely_slip: Callable[[str], object]) -> tuple[int, bool] | None:
    """Where a function word and a common word run together in the token, if at exactly one
    place; else where two long common words do (True: counts only in an article that lost its
    spaces)."""
    code = _code(token)
    if code & (_KNOWN | _MISSPELT) or code >> 8 > USED_RUN_ON_ZIPF:
        return None
    splits = [
        i for i in range(2, len(token) - 1)
        if (token[:i] in _LEADING or token[i:] in _TRAILING)
        and min(len(token[:i]), len(token[i:])) >= 2
        and max(len(token[:i]), len(token[i:])) >= CONTENT_MIN
        and min(_word_zipf(token[:i]), _word_zipf(token[i:])) >= COMMON_HALF
    ]
    if len(splits) == 1 and likely_slip(token) is None:
        if code >> 8 and not _set_phrase(token[: splits[0]], token[splits[0] :]):
            return None  # a token real text uses: run-on only where the books print the two words so often
        return splits[0], False  # one slip from a frequent word ("tomarrow") is NL105's
    if not splits and len(token) >= LONG_RUN_ON:
        halves = [
            i for i in range(LONG_HALF, len(token) - LONG_HALF + 1)
            if min(_word_zipf(token[:i]), _word_zipf(token[i:])) >= LONG_HALF_ZIPF
        ]
        if len(halves) == 1 and likely_slip(token) is None:
            return halves[0], True
    return None
