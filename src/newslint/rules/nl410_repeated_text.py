"""NL410 repeated-text: a headline, title, summary or lead printed again in another form.

The rule compares normalised text (case, spaces, lost spaces, punctuation) wherever a page prints
it; the passes for particular places live in `rules/nl410/` (captions and alt text, teasers,
two copies on one line).

Long on purpose: the headline, title, summary and lead are compared in one pass over the pools of
normalised blocks (`_check`), and its helpers decide together which copy came first."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from itertools import repeat
from operator import contains, itemgetter

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import HEADLINE, TABLE, Block, Document
from ..core.rule import RuleSpec
from ..regexes import compile_cached
from .nl410.captions import CaptionPasses
from .nl410.lines import LinePasses
from .nl410.shared import (
    _CREDIT,
    _SCOPE,
    FRAMED_WITHIN,
    LONG_WORDS,
    MAX_TITLE,
    MIN_LETTERS,
    MIN_WORDS,
    _small_word_apart,
    _tag,
)
from .nl410.teasers import TeaserPasses
from .support.blocks import compact, normalise, pools
from .support.chrome.lines import Line, line_removal, lines_of
from .support.chrome.sites import site_suffix, unsigned
from .support.chrome.vocabulary import MONTH, agency_names, chrome_words
from .support.chrome.widgets import date_stamp

# What may stand before one copy and not the other: a dateline or an agency tag, "(KPL)".
MAX_PREFIX = 40
# What may follow one copy: an image's alt-text number ("... photo 1"), a social handle.
MAX_SUFFIX = 14
MAX_SITE_SUFFIX = 80  # letters of a site's name and sections after a page's title
MAX_CREDIT = 40  # letters of a photo credit after a caption that repeats a paragraph
# Lines sharing their first or last letters compared with a new line: the latest this many.
MAX_ALIKE = 64
# A title this many words long, printed twice on adjacent lines, is no listing's line.
LONG_TITLE_WORDS = 6
TOP_LINES = 8  # lines of the page's top, its labels and menus included, where its title stands
# Above the story's first sentence, a line this many words long is the page's title (a
# listing's shorter lines, "Mozambique v Zimbabwe", come under sentences).
TOP_TITLE_WORDS = 5
HEADLINE_WORDS = 3  # a headline this short printed again word for word is a copy too ("Protecting the pachyderm")


@cache
def _handle() -> regex.Pattern[str]:
    # " - twitter@agency", "@agency", "(via @agency)" closing a caption.
    return compile_cached(r"\s*[-–—|]?\s*\(?(?:via\s+)?(?:[a-z]+\s*)?@[\w.]+\)?\s*$", regex.IGNORECASE)


def _dated_copy(early: Line, late: Line) -> bool:
    """One copy is the other with a listing's date stamp before or after it ("07 may, 2024
    MOLDOVA AND NORWAY ..." under "MOLDOVA AND NORWAY ...")."""
    short, long_ = sorted((early.text.strip(), late.text.strip()), key=len)
    if long_.startswith(short):  # or after it ("Yonhap News Summary 17:48 August 07, 2019")
        return date_stamp(long_[len(short) :])
    return long_.endswith(short) and date_stamp(long_[: len(long_) - len(short)])


def _key(text: str) -> bytes:
    text = unsigned(text)  # a caption's copy of a paragraph, the agency's name run on
    if "@" in text:
        text = _handle().sub("", text)
    if "(" in text:
        text = _PLACE_IN_PHOTO.sub("", text)
    return compact(text)


# Where a person stands in the photo, put into a caption that repeats the lead: "Bui Thanh Son
# (left) and his counterpart ...", "(second, right)", "(R)".
_PLACE_IN_PHOTO = compile_cached(
    r"[ \t]\((?:(?:first|second|third|fourth|far|front|back|top|bottom|middle)[ \t,]+)?(?:from[ \t]+)?"
    r"(?i:left|right|centre|center|front|rear|L|R|C)(?:[ \t]*,[ \t]*(?:front|back|top|bottom|row))?\)"
)


def _variant(early: bytes, late: bytes, late_text: str, early_text: str = "") -> str | None:
    """How `late` repeats `early`: "same" (equal once case, spaces and punctuation are gone,
    spaces lost included), "variant" (one of them has a short prefix or an alt-text tail),
    "credited" (one of them is the other with a photo credit after it, a caption, or with its
    source's name in brackets after its last sentence, a listing's item), or "glued"
    (one of them has a listing's label run on to its last word: "... Prime MinisterPolitics" over
    "... Prime Minister")."""
    if early == late:
        return "same"
    short, long_ = (early, late) if len(early) < len(late) else (late, early)
    extra = len(long_) - len(short)
    if long_.endswith(short) and extra <= MAX_PREFIX:
        return "variant"
    if long_.startswith(short) and extra <= MAX_CREDIT and (
        _CREDIT.search(longer := early_text if long_ is early else late_text) or _SOURCE_TAIL.search(longer)
    ):
        return "credited"  # a caption that repeats a paragraph, its photo credit after it; a listing's item, its source
    if long_.startswith(short) and extra <= MAX_PREFIX and _STAMP_TAIL.search(
        early_text if long_ is early else late_text
    ):
        return "variant"  # a listing's title with its time and date after it
    if long_.startswith(short) and extra <= MAX_SUFFIX:
        if late_text.rstrip()[-1:].isdigit():
            return "variant"
        tail = _SOURCE_SUFFIX.search((early_text if long_ is early else late_text).rstrip())
        if tail is not None and tail.group("name").casefold() in agency_names():
            return "sourced"  # the title again with its agency run on ("... work goals-Xinhua")
        if _GLUED_LABEL.search((early_text if long_ is early else late_text).rstrip()):
            return "glued"
        if _SPEAKER_TAIL.search((early_text if long_ is early else late_text).rstrip()):
            return "variant"  # the title again with its speaker after a colon ("... Tonle Sap: spokesperson")
    if long_ is late and long_.startswith(short) and extra <= MAX_CREDIT and (
        (said := _ATTRIBUTION.search(late_text)) is not None and compact(late_text[: said.start()]) == short
    ):
        return "attributed"  # the standfirst again as a paragraph, its speaker after it (", he said.")
    if early_text and extra <= MAX_SMALL_WORD and _small_word_apart(early_text, late_text):
        return "worded"
    if early_text and extra <= MAX_SMALL_WORD and _inflected(early_text, late_text):
        return "inflected"  # "... Meets US Guests" over "... Meets U.S. Guest"
    if early_text and extra <= MAX_SMALL_WORD and _retyped(early_text, late_text):
        return "retyped"  # "... security guard killed" over "... security card killed"
    if long_ is late and extra <= MAX_PREFIX + MAX_SUFFIX and short in long_ and _PHOTO_LABEL.match(late_text):
        return "variant"  # the image's text: the title under a photo's label, a tag after it ("Photo: ... / Iran")
    if long_ is late and _sentence_title(early_text) and late_text.startswith(early_text.strip() + " "):
        return "opening"  # the page's summary sentence for a title, opening the story again below
    if long_ is early and extra <= MAX_SITE_SUFFIX and site_suffix(early_text, late_text) is not None:
        return "titled"  # the page's title with the site's name after it, then the bare title
    if long_ is early and extra <= MAX_PREFIX + MAX_SITE_SUFFIX and short in long_ and _framed(early_text, late_text):
        return "titled"  # the same, a breadcrumb run on before it ("Home > InvestOfficers shoot ... -MarketLink")
    return None


# A breadcrumb's first step opening a line ("Home News ...", "Home » Africa ..."), the title after
# it; a theme's label may stand before it ("Current:Home > Stocks...", "You are here: Home ...").
_HOME_STEP = compile_cached(
    r"(?i)[ \t]*(?:(?:you[ \t]+are[ \t]+here|current(?:[ \t]+page)?|location)[ \t]*:[ \t]*)?home\b"
)


# A kicker in brackets opening a headline ("[Demographic shift: Phnom Penh] ..."), a label and
# its colon ("Analysis: ..."), or a wire's flag in capitals ("CORRECTING AND REPLACING ...").
_KICKER = compile_cached(r"\[[^\[\]\n]{1,60}\][ \t]*|[^\n:]{1,40}:[ \t]+|(?=[A-Z ]{5})(?:[A-Z]{2,}[ \t]+){1,4}")


def _kicked(early: str, late: str) -> bool:
    """The earlier line is the later one with a kicker before it, the later one in any case
    (a release's title printed again in capitals)."""
    title = late.strip()
    bare = early.strip()
    return (
        bool(title) and len(bare) > len(title) and bare.casefold().endswith(title.casefold())
        and _KICKER.fullmatch(bare[: -len(title)]) is not None
    )


_QUOTES = "\"'“”‘’«»:"


def _buttoned(early: str, late: str) -> bool:
    """The later line is the earlier one, the page's title, behind a button word or two and in
    quotes or not ('Download "Interim report ..."', "Share: Talks resume ...")."""
    title = early.strip()
    at = late.casefold().find(title.casefold())
    if not title or at <= 0 or late[at + len(title) :].strip(_QUOTES + " \t"):
        return False
    words = [w.strip(_QUOTES).lower() for w in late[:at].split()]
    buttons, strong, _ = chrome_words()
    return all(w in buttons for w in words if w) and any(w in strong for w in words)


def _crumbed(early: str, late: str) -> bool:
    """The earlier line is the later one with a breadcrumb run on before it."""
    title = late.strip()
    bare = early.rstrip()
    return bool(title) and bare.endswith(title) and len(bare) > len(title) and _HOME_STEP.match(bare) is not None


# A picture's label opening a line: "Photo: ", "File photo: ", "Image: ".
_PHOTO_LABEL = compile_cached(r"(?i)[ \t]*(?:file[ \t]+)?(?:photo|image|picture|illustration)[ \t]*:")


def _framed(title_line: str, bare: str) -> bool:
    """The page's title line is a breadcrumb of a few letters, the bare title run on to it, then
    the site's name after a dash or bar."""
    title = bare.strip()
    at = title_line.find(title)
    return 0 < at <= MAX_PREFIX and site_suffix(title_line[at:], title) is not None


# An agency's name after a dash or bar closing a title ("... work goals-Xinhua", "... | Reuters").
_SOURCE_SUFFIX = compile_cached(r"[ \t]*[-–—|][ \t]*(?P<name>\p{Lu}[\p{L}.]{1,20})$")

# What a copy may add or drop ("... into the big drug trafficking" under "... into big drug
# trafficking"): one of these, this many letters at most.
MAX_SMALL_WORD = 4


def _inflected(early: str, late: str) -> bool:
    """The same words, case and punctuation aside, one or two of them with an "s" more or less
    ("US Guests", "U.S. Guest"): a title printed twice, one copy retyped."""
    one, other = normalise(early).split(), normalise(late).split()
    if len(one) != len(other) or len(one) < MIN_WORDS:
        return False
    changed = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
    return 0 < len(changed) <= 2 and all(
        (a + "s" == b or b + "s" == a) and min(len(a), len(b)) >= 3 for a, b in changed
    )


def _retyped(early: str, late: str) -> bool:
    """The same words, case and punctuation aside, but one of a title's length, retyped with a
    slip or two ("security guard killed", "security card killed"): the title printed twice."""
    one, other = normalise(early).split(), normalise(late).split()
    if len(one) != len(other) or len(one) < LONG_TITLE_WORDS:
        return False
    changed = [(a, b) for a, b in zip(one, other, strict=True) if a != b]
    if len(changed) != 1:
        return False
    a, b = changed[0]
    if min(len(a), len(b)) < RETYPED_LETTERS or not (a + b).isalpha():
        return False
    from rapidfuzz.distance import OSA  # only for the rare pair of titles a word apart

    return OSA.distance(a, b) <= RETYPED_SLIPS


RETYPED_LETTERS = 4  # a shorter word is one slip from too many others
RETYPED_SLIPS = 2

# A source's name closing a listing's item that repeats the story ("... police said. (Japan Today)").
_SOURCE_TAIL = compile_cached(r"[.!?\"”’][ \t]+\((?:\p{Lu}[\p{L}.&'’-]*[ \t]?){1,4}\)[ \t]*$")

# A time and date closing a title ("... Summary 17:48 August 07, 2019", "... 16-05-2025").
_STAMP_TAIL = compile_cached(
    rf"\s(?:\d{{1,2}}:\d{{2}}\s+)?(?:{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|"
    r"\d{1,2}[-./]\d{1,2}[-./]\d{4}|\d{4}-\d{2}-\d{2})(?:\s+\d{1,2}:\d{2})?\s*$",
    regex.IGNORECASE,
)

# A speaker after a comma closing a paragraph: ", he said.", ", police said", ", the minister added."
_ATTRIBUTION = compile_cached(
    r",[ \t]+(?:the[ \t]+)?(?:\p{L}[\p{L}.'’-]*[ \t]+){0,3}?"
    r"(?:said|says|added|stated|noted|told[ \t]+\p{L}+)[.\"”’]*[ \t]*$"
)

# A capitalised word run on to a line's last word ("MinisterPolitics"), its space lost.
_GLUED_LABEL = compile_cached(r"\p{Ll}\p{Lu}\p{Ll}+$")
# A title's speaker after a colon, one or two words ("...: spokesperson", "...: Deputy PM").
_SPEAKER_TAIL = compile_cached(r"\p{L}:[ \t]+\p{L}[\p{L}.'’-]*(?:[ \t]\p{L}[\p{L}.'’-]*)?$")

_DIGITS = b"0123456789"


def _may_repeat(doc: Document) -> bool:
    """Whether two lines can be copies at all, with C-level passes only: every line of nearly
    every article is a block of its own, and no two blocks' letters share their first or last
    MIN_LETTERS letters."""
    if "@" in doc.text or "(" in doc.text and _PLACE_IN_PHOTO.search(doc.text) is not None:
        return True  # a closing handle or a place in the photo changes a line's letters: the full comparison
    paragraphs, captions = pools(doc)  # NL401's keys, made once per document
    blocks = paragraphs.blocks + captions.blocks
    if any(map(contains, map(_TEXT, blocks), repeat("\n"))):
        return True  # lines of one block are compared line by line
    keys = paragraphs.full_keys + captions.full_keys
    if min(map(len, keys), default=MIN_LETTERS) < MIN_LETTERS:  # one C-level test first
        keys = [k for k in keys if len(k) >= MIN_LETTERS]
    headline = doc.derived(_headline)
    if headline is not None:
        title = compact(headline.text)
        near_top = (*paragraphs.full_keys[:FRAMED_WITHIN], *captions.full_keys[:FRAMED_WITHIN])
        if any((key in title or title in key) and key != title for key in near_top if len(key) >= MIN_LETTERS):
            # The title framed by a breadcrumb and the site's name over the bare title, or the
            # bare title under a photo's label ("Photo: <title> / Iran").
            return True
        keys.append(title)
    if len(keys) < 2:
        return False
    return len(set(map(_HEAD, keys))) < len(keys) or len(set(map(_TAIL, keys))) < len(keys)


_TEXT = itemgetter(3)  # Block.text
# A first line this short is the page's label ("archive", "Vientiane Times") over the story's
# own headline, when the next line reads as a long title (no sentence end); a shorter one
# ("Winners meet in final match") may be a table's sub-heading, repeated on purpose.
LABEL_WORDS = 2


def _sentence_title(text: str) -> bool:
    """A first line that is a whole long sentence ("Emergency crews are still trying to ... over
    the weekend."): the page's summary standing as its title."""
    return text.rstrip()[-1:] == "." and len(text.split()) >= LONG_WORDS and "\n" not in text


def _printed_again(doc: Document, title: Block) -> bool:
    """Another paragraph prints the title word for word, in any case ("KP Govt Refusal To ..."
    over "KP govt refusal to ..."), not only within a longer line."""
    if doc.text.count(title.text) < 2:
        folded = title.text.casefold()
        if doc.text.casefold().count(folded) < 2:
            return False  # one C-level count first
        return sum(1 for block in doc.blocks if block.text.casefold() == folded) > 1
    return sum(1 for block in doc.blocks if block.text == title.text) > 1


def _headline(doc: Document) -> Block | None:
    """The story's headline: the first line, or the title under a page's short label (or a few
    labels) when the page prints that title again word for word."""
    blocks = doc.blocks
    if not blocks or blocks[0].kind != HEADLINE:
        return None
    # Printed again word for word, the title under the page's labels is the page's title, not a
    # paragraph: under one short label ("archive"), or a few ("left corner left corner", "China
    # Daily Website", "News"); one line of three or four words may be a headline over its standfirst.
    for at in range(1, min(len(blocks) - 1, 1 + FRAMED_WITHIN)):
        label = blocks[at - 1].text
        words = len(label.split())
        if "\n" in label or words > LABEL_LINE_WORDS or at > 1 and label.rstrip()[-1:] in ".!?":
            break
        if (at > 1 or words <= LABEL_WORDS) and _page_title(doc, blocks[at]):
            return blocks[at]
    if len(blocks) > 2 and _titled_after_site(blocks[0].text, blocks[1]) and _printed_again(doc, blocks[1]):
        return blocks[1]  # "Logo of ... Phnom Penh Post - Villagers demand ..." over the bare title
    return blocks[0]


_SITE_TITLE_SEPARATORS = (" - ", " – ", " | ", " — ")


def _titled_after_site(first: str, second: Block) -> bool:
    """The page's first line is the site's name and the title after a separator, and the next
    line is that title alone."""
    title = second.text.strip()
    return (
        "\n" not in title and first.endswith(title) and len(first) > len(title)
        and first[: -len(title)].endswith(_SITE_TITLE_SEPARATORS)
    )


LABEL_LINE_WORDS = 4  # a label of the page above its title: this many words at most


def _page_title(doc: Document, title: Block) -> bool:
    """A title's line (long, no stop) that the page prints again word for word."""
    return (
        title.kind in _SCOPE and "\n" not in title.text and len(title.text.split()) >= LONG_TITLE_WORDS
        and title.text.rstrip()[-1:] not in ".!?:" and _printed_again(doc, title)
    )


def _title_shaped(text: str, words: int = LONG_TITLE_WORDS) -> bool:
    """A line shaped as a title: six words or more (or `words`), no longer than a title, no stop at its end."""
    return text.count(" ") >= words - 1 and len(text) <= MAX_TITLE and text.rstrip()[-1:] not in ".!?:;,"


_HEAD = itemgetter(slice(None, MIN_LETTERS))
_TAIL = itemgetter(slice(-MIN_LETTERS, None))


def _in_run(text: str, line: Line) -> bool:
    """Whether a line has another line right above or under it, no blank line between."""
    above = line.start >= 2 and text[line.start - 1] == "\n" and text[line.start - 2] not in "\r\n"
    below = text[line.end : line.end + 1] == "\n" and text[line.end + 1 : line.end + 2] not in ("", "\n", "\r")
    return above or below


class RepeatedText(CaptionPasses, TeaserPasses, LinePasses):
    spec = RuleSpec(
        code="NL410",
        name="repeated-text",
        category="duplicate",
        summary="A headline, title, summary or lead printed a second time, in another form.",
        rationale=(
            "Scraped pages print the same text twice in forms that are not the same paragraph: "
            "the headline again in the body (the title under a page's first line that prints it after the "
            "site's name and a dash or bar, 'Daily Courier - Farmers demand new roads', or the title under a "
            "page's short label, 'archive', or "
            "under a few of its labels, printed again word for word, counts as the headline, and so does the "
            "first line shaped as a title (five words or more, no stop) above the story's first sentence, "
            "under the page's notices, menus and date line, when a line copies it; a title that is a whole "
            "sentence of the page's summary may open a later paragraph again) or as "
            "an image's alt text "
            "('... photo 1', '...  - ảnh 1', its number run on to the caption's count, '... hinh anh 135 "
            "children', under a date widget's line too, or under a photo's label with "
            "a tag after it, 'Photo: ... / Iran'), a "
            "summary line twice, a related story's title twice, the lead again as a caption "
            "with a social handle after it, a mirror copy that lost its spaces, the lead again "
            "after an agency tag. A copy has four words or more, but the headline printed again word for "
            "word needs only three ('Protecting the pachyderm'). Lines are compared with case, spaces (lost ones too), "
            "punctuation, a closing social handle and a caption's place in the photo ('(left)') "
            "left out; a copy with a short prefix "
            "(dateline, agency tag, a listing's date stamp) or alt-text number is a variant, and so is the headline "
            "with a breadcrumb before it over the bare title on the next line (a breadcrumb opening "
            "at 'Home' is the page's: that line is reported, and deleting it leaves the bare title), and so is "
            "the headline with a kicker in brackets or before a colon ('[Demographic shift: Phnom Penh] ...') "
            "or a wire's flag in capitals ('CORRECTING AND REPLACING ...') over the bare title among the "
            "page's top lines, in any case, and the title behind a button word ('Download \"...\"'), and so is a "
            "listing's title over the same title with its label run on ('... Prime "
            "MinisterPolitics'), the two one above the other, and so is the headline printed again with "
            "one small word more or less ('the', 'of'), or retyped on the line under it with a plural's "
            "letter more or less ('... US Guests' over '... U.S. Guest') or one word retyped with a slip or two "
            "('security guard killed' over 'security card killed'), or with its agency's name run on ('... work "
            "goals-Xinhua'), and so is a listing's item that "
            "repeats a paragraph with its source's name in brackets after it ('... police said. "
            "(Japan Today)'), or the page's title with the site's name and sections after a dash "
            "or bar ('... a deputy - KXYZ 7 News, Weather, Sports') over the bare title (a breadcrumb "
            "run on before it too: 'Home > InvestOfficers shoot ... -MarketLink'), and so is "
            "a summary of ten words or more printed again as a paragraph with its speaker after it "
            "('..., he said.'). The text's last line printing the opening of an earlier paragraph "
            "and stopping inside a word ('The documents included a memoran') is that paragraph's "
            "copy, cut where the page or the scrape stopped; so is the page's first line when it is "
            "the story's opening lines run together and cut short with '…' (a teaser of twelve words or "
            "more), shown, as is the page's title cut short with '...' over the headline printed whole "
            "(four words or more: 'Tanzania: State Almost Done With Relo...'), or cut inside a word with no "
            "mark over the headline printed whole, in capitals or not, a title too (six words or more: "
            "'... Arms Export To Arm' over '... ARMS EXPORT TO ARMENIA'), and so is a paragraph near "
            "the top that a later one opens with word for word, "
            "stopping inside its sentence (the page's teaser of the lead). A title printed "
            "again at the start of the paragraph under it (short lines of the page between them "
            "or not: 'Font size:'), the paragraph's own text glued after "
            "it with a capital (or after a stop the title never had: the title made the paragraph's "
            "first sentence), is a listing page's teaser: reported, its deletion offered but "
            "not applied, since a lead may open with its headline's words. A title printed twice "
            "on one line, glued or with a space ('... to ZimbabweAir Namibia ...'), loses its second "
            "copy (unattended only when nothing follows it), and so does a sentence of eight words "
            "or more. A caption that repeats a paragraph, its "
            "photo credit after it (\"-- DAILY STAR pic\", \"— Picture by ...\"), is a copy too where "
            "the paragraph has a dateline before it or a small word more (\"here\"). The later copy is "
            "reported; the fix deletes it when the two are the same text and it fills its "
            "line, and is shown for an editor to decide for a variant. Exact repeats of full "
            "sentences are NL401's (a headline printed again as a paragraph is this rule's) and "
            "leads with a dateline NL402's."
        ),
        example="Talks resume in Hanoi after a year\n\nTalks resume in Hanoi after a year\n\nTalks resumed on Monday.",
        example_fixed="Talks resume in Hanoi after a year\n\nTalks resumed on Monday.",
        fix_safety="varies",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        captions = list(self._caption_copies(doc))
        yield from captions
        reported = {d.start for d in captions}
        yield from (d for d in self._check(doc) if d.start not in reported)

    def _check(self, doc: Document) -> Iterable[Diagnostic]:
        yield from self._teaser_copy(doc)
        yield from self._cut_teaser(doc)
        yield from self._cut_copy(doc)
        yield from self._title_cut_unmarked(doc)
        alt = list(self._alt_text(doc))
        yield from alt
        yield from self._glued_titles(doc)
        yield from self._twice_on_a_line(doc)
        if not _may_repeat(doc):
            return
        seen: dict[bytes, Line] = {}
        entries: list[tuple[bytes, Line]] = []
        heads: dict[bytes, list[int]] = {}
        tails: dict[bytes, list[int]] = {}
        dateline = doc.dateline
        ordinal: dict[int, int] = {}  # each line's number among all lines looked at
        title_start = -1  # the first line of the page's top shaped as a title; -2: none
        headline = doc.derived(_headline)
        headline_key = _key(headline.text) if headline is not None else b""
        above: Line | None = None  # the line right above, in this block or the one before
        for block in doc.blocks:
            if block.kind not in _SCOPE:
                ordinal[block.start] = len(ordinal)  # a table between two copies parts them
                above = None
                continue
            for line in lines_of(block):
                ordinal[line.start] = len(ordinal)
                if above is not None and line.text == above.text and len(line.text) >= MIN_LETTERS and (
                    line.text.count(" ") >= MIN_WORDS - 1 and any(map(str.isdigit, line.text))
                ) and not self._others(doc, above, line, "same", dateline, headline):
                    # A line of figures the same as the line right above it ("by AP - 05/02/23 3:30
                    # PM ET" twice): a widget printed twice, which a listing never does.
                    yield self._report(doc, block, above, line, "same")
                above = line
                if title_start == -1 and ordinal[line.start]:
                    # Above the story's first sentence (the page's first line aside: its title slot,
                    # whatever it holds), the first line shaped as a title is the page's title.
                    if ordinal[line.start] >= TOP_LINES or line.text.rstrip()[-1:] in ".!?\"”":
                        title_start = -2
                    elif _title_shaped(line.text, TOP_TITLE_WORDS):
                        title_start = line.start
                spaces = line.text.count(" ")
                if spaces < HEADLINE_WORDS - 1:
                    continue
                key = _key(line.text)
                # The headline printed again word for word is a copy however short; another line
                # that is short, or mostly figures, is a listing's ("Digest: April 24, 2025" is the headline).
                if not key or key != headline_key and (
                    spaces < MIN_WORDS - 1 or len(key) < MIN_LETTERS
                    or (len(key) - len(key.translate(None, _DIGITS))) * 5 > len(key)
                ):
                    continue
                found = self._earlier(key, line, seen, entries, heads, tails)
                if found is not None:
                    early, how = found
                    if self._meant(early, line, how, ordinal, headline, title_start, doc) and not self._others(
                        doc, early, line, how, dateline, headline
                    ) and not any(d.start == line.start for d in alt):
                        if how == "variant" and _crumbed(early.text, line.text):
                            yield self._crumb(doc, early, line)
                        else:
                            yield self._report(doc, block, early, line, how)
                else:
                    seen.setdefault(key, line)
                entries.append((key, line))
                heads.setdefault(key[:MIN_LETTERS], []).append(len(entries) - 1)
                tails.setdefault(key[-MIN_LETTERS:], []).append(len(entries) - 1)

    @staticmethod
    def _earlier(
        key: bytes,
        line: Line,
        seen: dict[bytes, Line],
        entries: list[tuple[bytes, Line]],
        heads: dict[bytes, list[int]],
        tails: dict[bytes, list[int]],
    ) -> tuple[Line, str] | None:
        if key in seen:
            return seen[key], "same"
        # Only lines sharing their first or last letters can be variants: a dict lookup each.
        # The latest few of each: a file of thousands of lines alike (a log, a data dump) must
        # not cost a comparison of every pair.
        candidates = (*heads.get(key[:MIN_LETTERS], ())[-MAX_ALIKE:], *tails.get(key[-MIN_LETTERS:], ())[-MAX_ALIKE:])
        if (photo := _PHOTO_LABEL.match(line.text)) is not None:
            # The image's text: a title under the photo's label, maybe a tag after it.
            candidates += tuple(heads.get(_key(line.text[photo.end() :])[:MIN_LETTERS], ())[-MAX_ALIKE:])
        for index in candidates:
            early_key, early = entries[index]
            how = _variant(early_key, key, line.text, early.text)
            if how is not None:
                return early, how
        if entries and key in entries[0][0]:
            # The first line looked at holds it whole: the page's title framed by a breadcrumb
            # and the site's name, which share neither end with the bare title.
            early_key, early = entries[0]
            if _variant(early_key, key, line.text, early.text) == "titled":
                return early, "titled"
        return None

    @staticmethod
    def _meant(
        early: Line, late: Line, how: str, ordinal: dict[int, int], headline: Block | None,
        title_start: int = -1, doc: Document | None = None,
    ) -> bool:
        """Short lines repeat on purpose in listings and tables ("Winners meet in final match"):
        a repeat counts when it copies the headline, follows its copy directly, or is long;
        a variant needs a dateline or an agency tag "(KPL)" as its prefix, or an alt-text
        number as its tail. The first line of the page's top shaped as a title (`title_start`)
        is the page's title, printed twice when a line copies it."""
        adjacent = ordinal[late.start] - ordinal[early.start] == 1
        words = sum(1 for word in late.text.split() if any(c.isalpha() for c in word))
        if how == "credited":
            return True  # the credit says the longer copy is a caption
        if how == "attributed":
            # A standfirst's length (no listing's line), not the headline (a lead may open with it).
            return words >= LONG_WORDS and (headline is None or early.start != headline.start)
        if how in ("opening", "sourced", "titled"):
            return headline is not None and early.start == headline.start  # the headline's copy
        if how == "glued":
            return adjacent  # a listing's title printed twice, once with its label run on
        if how in ("inflected", "retyped"):
            return headline is not None and early.start == headline.start and adjacent  # the title, retyped under it
        if how == "worded":
            # The headline again with a small word more or less: the page's title in two places.
            return headline is not None and early.start == headline.start and words >= LONG_TITLE_WORDS
        if how == "variant":
            # A breadcrumb before the headline, the bare title on the next line ("Home news
            # Talks resume ..." over "Talks resume ..."): the page printed its title twice.
            at_head = headline is not None and early.start == headline.start
            if at_head and ordinal[late.start] < TOP_LINES and (
                _kicked(early.text, late.text) or _buttoned(early.text, late.text)
            ):
                return True  # "[Kicker: Place] Title" over the page's lines, then the bare title
            return at_head and adjacent and words >= LONG_TITLE_WORDS or _dated_copy(early, late) or any(
                _tag().match(text) is not None or text.rstrip()[-1:].isdigit()
                for text in (early.text, late.text)
            )
        if headline is not None and early.start == headline.start:
            return True
        if how == "same" and early.start == title_start and (
            words >= LONG_TITLE_WORDS or doc is None or _in_run(doc.text, early) or _in_run(doc.text, late)
        ):
            # The page's title, under its labels and notices, printed again word for word; a
            # shorter one only where a copy runs on in a block of the page's lines (a results
            # list's sub-heading, "Winners meet in final match", is a paragraph of its own).
            return True
        if how == "same" and words >= LONG_TITLE_WORDS and ordinal[early.start] < TOP_LINES and not any(
            map(str.isdigit, late.text)  # a listing's line of figures ("Daily div 6.7 cts vs 6.7 cts prior")
        ) and (
            doc is None or not any(early.end < b.start < late.start and b.kind == TABLE for b in doc.blocks)
        ):
            # A title of the page's top (its notices may end as sentences) printed again; a
            # table's heading over each of its parts repeats on purpose.
            return True
        return adjacent or words >= LONG_WORDS

    @staticmethod
    def _others(
        doc: Document, early: Line, late: Line, how: str, dateline: Block | None, headline: Block | None
    ) -> bool:
        """Pairs another rule reports: whole sentences repeated exactly (NL401, which leaves the
        headline out), a lead with its dateline (NL402)."""
        if dateline is not None and (
            early.start <= dateline.start < early.end or late.start <= dateline.start < late.end
        ):
            return True
        at_head = headline is not None and early.start == headline.start
        if how == "same" and not at_head and normalise(early.text) == normalise(late.text):
            words = late.text.count(" ") + 1
            return late.text.rstrip("\"'”’)")[-1:] in ".!?" and words >= 6
        return False

    def _crumb(self, doc: Document, early: Line, late: Line) -> Diagnostic:
        """The page's breadcrumb run on to its title ("Home News Talks resume ...") over the bare
        title: the crumbed line is the page's, the bare title the story's headline."""
        block = doc.block_at(early.start)
        assert block is not None  # a line the rule read from a block
        line_no = doc.position(late.start)[0]
        return self.diagnostic(
            early.start, early.end,
            f"the page's breadcrumb run on to the title, which line {line_no} prints again on its own",
            Fix.display_only("Delete the breadcrumb's line", Edit(*line_removal(doc, block, early), "")),
        )
