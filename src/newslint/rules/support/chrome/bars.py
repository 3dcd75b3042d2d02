"""Buttons and bars: a line of button words (run together or not), a navigation or title bar, a
headline ticker, a credit line with its labels."""

from __future__ import annotations

import re

from ....regexes import compile_cached
from .sites import (
    may_be_a_name,
    section_label,
)
from .vocabulary import (
    CAMEL_SPLIT,
    MAX_LINE,
    MONTH,
    PROSE_WORDS,
    SENTENCE_END,
    _meta_labels,
    _script_name,
    _tokens,
    chrome_words,
    patterns,
)
from .widgets import (
    date_widget,
)

BAR_REASON = "a navigation or title bar (parts separated by '|'), not a sentence"

# Post navigation with the other post's title: "PREV The art of ...", "NEXT The best ...",
# "Next post: Talks resume", "Previous article » Talks end"; in small letters only with its
# "post", "article" or "story" (a sentence may open "Next week ...").
_POST_NAVIGATION = compile_cached(
    r"(?:(?:PREV|PREVIOUS|NEXT)(?:[ \t]+(?:POST|ARTICLE|STORY))?|(?i:prev|previous|next)[ \t]+(?i:post|article|story))"
    r"[ \t]*[:»›]?[ \t]+[\p{Lu}\d‘“\"'][^\n]{3,150}"
)


def post_navigation(line: str) -> bool:
    text = line.strip()
    return text[-1:] not in ".!" and _POST_NAVIGATION.fullmatch(text) is not None  # a title may ask


_COUNTED = re.compile(r"^\d{1,3}-(?=[A-Za-z]+$)")
_CREDITED_INITIALS = re.compile(r"(?i:source|credit)[ \t]*:[ \t]*[A-Z]{2,6}[ \t]*[,.]?")


def chrome_reason(line: str) -> tuple[str, bool] | None:
    """Why a line is page chrome, and whether that is certain (safe to delete); None for text."""
    text = line.strip()
    if not text or len(text) > MAX_LINE:
        return None
    tokens = _tokens(text)
    if text[-1] in SENTENCE_END and len(tokens) >= PROSE_WORDS:
        return None
    pats = patterns()
    buttons, strong, _ = chrome_words()
    # A count joined to its unit ("1-min read"): the unit is the word a widget is known by.
    words = [_COUNTED.sub("", t) if "-" in t else t for t in tokens if not pats["number"].fullmatch(t)]
    latin = [w for w in words if pats["latin"].search(w)]
    if not tokens:
        return None
    if not latin and pats["other"].search(text):
        script = _script_name(text)
        return f"a line in {script} script inside English copy", False
    if latin and all(w.lower().strip("'’.") in buttons for w in latin):
        if len(latin) == 2 and _CREDITED_INITIALS.fullmatch(text) is not None:
            return None  # "Source : RSS": a story's credit to an agency by its initials, not a feed's button
        if any(w.lower().strip("'’.") in strong for w in latin):
            return _button_kind({w.lower().strip("'’.") for w in latin}), True
        if len(latin) <= 2 and len(tokens) == len(latin) + 1 and pats["number"].fullmatch(tokens[0]):
            # A count before a word the page's widgets use ("1 photo", "12 views"): a counter.
            return "a counter of the page's photos, views or links, not a sentence", False
    if latin and len(latin) <= 2 and _pager_pair(latin):
        return "a pager's 'Previous' and 'Next' links, not a sentence", True
    if "|" in text and is_bar(text):
        return BAR_REASON, False
    if (" · " in text or " • " in text) and dotted_menu(text):
        return DOTTED_MENU_REASON, False
    if headline_ticker(text):
        return HEADLINES_REASON, False
    if latin and len(text) <= MAX_GLUED_ROW:
        if "(s)" in text:  # "Comment(s)": a button's plural written for any count
            latin = [w for w in _tokens(text.replace("(s)", "")) if pats["latin"].search(w)]
        pieces = _unglued(latin)
        # Three button words or more in one run are no English word, weak ones too
        # ("leftcenterrightdel": an image's alignment toolbar).
        if pieces and all(p in buttons for p in pieces) and (
            any(p in strong for p in pieces) or len(pieces) >= MIN_GLUED_WEAK
        ):
            kind = widget_kind(set(pieces))
            return f"{kind} run together (their spaces lost), not a sentence", False
    return None


_PAGER_PAIR = (("previous", "next"), ("prev", "next"))


def _pager_pair(latin: list[str]) -> bool:
    """'Previous' then 'Next' and nothing else but arrows ("« Previous Next »", "« PreviousNext »"):
    each word alone is weak, the pair is a pager's."""
    words = [w.lower().strip("'’.:") for w in latin]
    if len(words) == 1:
        words = _unglued(latin) or words
    return tuple(words) in _PAGER_PAIR


GLUED_MENU_REASON = "a menu's links run together (their spaces lost: 'ContributorsPublishersAdvertisers'), not text"
# Links run together: a word of this many capitalised parts; a firm's name has two at most.
GLUED_MENU_PARTS = 3
MENU_PART_ZIPF = 30  # x10 Zipf: each part a common English word (once in a million words or more)


def glued_menu(line: str) -> bool:
    """A menu whose links lost their spaces: a word of three capitalised common English words
    or more run together ("ContributorsPublishersAdvertisers"), with any other glued word of the
    line made of such words too; a firm's name is two words at most ("SoftBank"). No sentence."""
    text = line.strip()
    if not text or len(text) > MAX_LINE or text[-1] in SENTENCE_END:
        return False
    glued = [parts for word in text.split() if len(parts := CAMEL_SPLIT.split(word.strip("'’.,:;"))) > 1]
    if not glued or max(map(len, glued)) < GLUED_MENU_PARTS:
        return False
    from ....spelling.lookup import PROPER, WORD, ZIPFS, compiled  # only for a line with such words

    data = compiled()
    for parts in glued:
        if len(parts[-1]) < MIN_GLUED_PART and len(parts) > GLUED_MENU_PARTS:
            parts = parts[:-1]  # the next line's first word run on ("...SportIn the world")
        for index, part in enumerate(parts):
            low = part.casefold()
            if (
                len(part) < MIN_GLUED_PART or not (part[0].isupper() or index == 0) or not part[1:].islower()
                or not data.code(low) & WORD or data.code(low) & PROPER or ZIPFS.get(low, 0) < MENU_PART_ZIPF
            ):
                return False  # the first part may be the end of a line run on ("worldHorizon")
    return True


# A row of buttons that lost its spaces is short ("0 Comment(s)Print E-mail").
MAX_GLUED_ROW = 60
MIN_GLUED_LINE = 10  # one lower-case word this long alone on a line may be buttons run together
MIN_GLUED_PART = 3  # each button word found inside a run-together word is this long at least
MIN_GLUED_WEAK = 3  # this many button words run together count even when all are weak


def _unglued(words: list[str]) -> list[str] | None:
    """The button words of a row whose spaces were lost ("Comment(s)Print", "urlprintemail"),
    lowered; None unless some word was split and every part is a button word."""
    buttons = chrome_words()[0]
    pieces: list[str] = []
    split = False
    for word in words:
        if (whole := word.lower().strip("'’.")) in buttons:
            pieces.append(whole)  # a button written in camel case is one ("FaceBook", "MySpace")
            continue
        parts = CAMEL_SPLIT.split(word)
        split = split or len(parts) > 1
        for part in parts:
            low = part.lower().strip("'’.")
            if low in buttons:
                pieces.append(low)
                continue
            found = _segments(low, buttons)
            if found is None:
                return None
            pieces.extend(found)
            split = True
    return pieces if split else None


def _segments(word: str, buttons: frozenset[str]) -> list[str] | None:
    """`word` cut into two or more button words, each MIN_GLUED_PART letters or longer."""
    if not word.isalpha() or len(word) < 2 * MIN_GLUED_PART:
        return None
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(MIN_GLUED_PART, len(word) + 1):
        for start in range(0, end - MIN_GLUED_PART + 1):
            head = best[start]
            if head is not None and word[start:end] in buttons:
                best[end] = head + [word[start:end]]
                break
    found = best[len(word)]
    return found if found is not None and len(found) > 1 else None


GLUED_BUTTONS = 2  # words of a widget glued after a credit's date at least ("Adjust font size:")
CREDIT_WORDS = 6  # a credit and its date before them ("Xinhua, July 25, 2016"), not a sentence


def glued_buttons(line: str) -> tuple[int, str] | None:
    """Where a row of the page's buttons glued after the story's date begins on a line, and what the
    buttons are ("Xinhua, July 25, 2016 Adjust font size:", "Oct 9 2022 Share"); None for any other
    line. Needs a strong button word among them and a figure just before them."""
    buttons, strong, _ = chrome_words()
    tokens = list(patterns()["token"].finditer(line))
    begin = len(tokens)
    while begin and tokens[begin - 1].group().lower().strip("'’.:") in buttons:
        begin -= 1
    found = [t.group().lower().strip("'’.:") for t in tokens[begin:]]
    if not 0 < begin <= CREDIT_WORDS or not any(word in strong for word in found):
        return None
    if len(found) < GLUED_BUTTONS and not date_widget(line[: tokens[begin].start()]):
        return None  # one button after a date alone counts ("Oct 9 2022 Share"), not after a credit
    if not tokens[begin - 1].group()[-1:].isdigit() or line[tokens[-1].end() :].strip(" \t:") != "":
        return None
    return tokens[begin].start(), widget_kind(set(found))


def leading_buttons(line: str) -> tuple[int, str] | None:
    """Where a row of the page's buttons that lost their spaces ends, when it opens a line
    before the story's credit and date ("0 CommentsPrint E-mail Xinhua, June 25, 2010"), and
    what the buttons are; None for any other line."""
    # "Comment(s)": the plural's brackets blanked, each character kept, so offsets stay the line's.
    tokens = list(patterns()["token"].finditer(line.replace("(s)", "   ")))
    if len(tokens) < 3 or not tokens[0].group().isdigit():
        return None
    buttons, strong, _ = chrome_words()
    end = 1
    while end < len(tokens) and (
        tokens[end].group().lower().strip("'’.:") in buttons or _unglued([tokens[end].group()]) is not None
    ):
        end += 1
    words = [t.group() for t in tokens[1:end]]
    # Glued ("CommentsPrint"), or split by the plural's brackets ("Comment(s)Print").
    found = _unglued(words) or ([w.lower() for w in words] if "(s)" in line and len(words) >= 2 else None)
    if found is None or not any(word in strong for word in found) or end == len(tokens):
        return None
    if patterns()["dated"].search(line, tokens[end].start()) is None:
        return None  # the credit's date follows the buttons
    return tokens[end - 1].end(), widget_kind(set(found))


_KINDS = (
    (frozenset({"advertisement", "advertisements", "sponsored"}), "an advertising label"),
    (frozenset({"minute", "minutes", "min", "mins"}), "a reading-time widget"),
    (frozenset({"skip", "jump", "contents", "navigation"}), "an accessibility or navigation link"),
    (frozenset({"subscriber", "subscribers", "subscription", "newsletter", "subscribe", "unlimited"}),
     "a subscription prompt"),
    (frozenset({"a+", "a-", "font", "px"}), "a text-size widget"),
    (frozenset({"left", "center", "centre", "right", "justify"}), "an image's alignment toolbar"),
)


def _button_kind(words: set[str]) -> str:
    """What the page's buttons are for, said in the finding."""
    kind = widget_kind(words)
    return f"{kind}, not a sentence" if kind.endswith("counters") else f"{kind} of the page, not a sentence"


def widget_kind(words: set[str]) -> str:
    """What a row of the page's buttons is ("a text-size widget")."""
    return next((kind for vocabulary, kind in _KINDS if words & vocabulary),
                "share, print or page-control buttons and counters")


_CLOCK_DATELINE = compile_cached(
    rf"\d{{1,2}}[:.]\d\d(?:[ \t]*[ap]\.?m\.?)?[ \t]*\|[ \t]*\p{{Lu}}[^|,\n]{{1,60}},[ \t]*{MONTH}[ \t]*\d{{1,2}}\.?"
)


def is_bar(text: str) -> bool:
    """Parts separated by '|', none of them a sentence; "By X | Jan. 3" is a byline, and "Source:
    Xinhua | 2019/12/10 9:33:34 | Editor: ZX" the story's credit and date."""
    parts = [p.strip() for p in text.split("|")]
    if text[:3].lower() == "by " and not any(p.lower().startswith(_meta_labels()) for p in parts[1:]):
        return False
    if credit_line(parts):
        return False
    if len(parts) == 2 and _CLOCK_DATELINE.fullmatch(text.strip()) is not None:
        return False  # "11:35 | Lima, Sep. 30.": the story's dateline with its time
    if len(parts) == 3 and not parts[0] and not parts[2] and may_be_a_name(parts[1].split(), unlisted_surname=True):
        return False  # a person's name between two bars: the byline ("| Danial Norjidi |")
    return len(parts) >= 2 and not any(
        len(p.split()) >= PROSE_WORDS and (p[-1] in ".!?" or _SENTENCE_INSIDE.search(p) is not None)
        for p in parts if p
    )


DOTTED_MENU_REASON = "a navigation bar (links parted by dots or bullets), not a sentence"
MIN_MENU_LINKS = 3  # links in a bar parted by dots, at least
MAX_MENU_LINK_WORDS = 3  # words of each (a ticker's headlines are longer)
_MENU_DOT = re.compile(r"[ \t]+[·•][ \t]+")


def dotted_menu(text: str) -> bool:
    """Three links or more parted by middle dots or bullets, each a few capitalised words with
    no stop ("Home · Weather · Forum · Learning Chinese · Jobs"): a site's navigation bar."""
    parts = [p.strip() for p in _MENU_DOT.split(text.strip())]
    return len(parts) >= MIN_MENU_LINKS and all(
        p and len(p.split()) <= MAX_MENU_LINK_WORDS and p[:1].isupper() and p[-1] not in ".!?:;,"
        and not any(c.isdigit() for c in p)
        for p in parts
    )


HEADLINES_REASON = "a ticker of other stories' headlines parted by bullets or bars, not text"
MIN_TICKER_ITEMS = 3  # headlines in a bullet-parted ticker, at least
MIN_TICKER_WORDS = 3  # words of each
MAX_TICKER = 2000  # a ticker's line is this long at most


def headline_ticker(text: str) -> bool:
    """Three headlines or more parted by bullets, bars or "+++" ("3 injured as blast hits NW Pakistan •
    Chinese shares close lower Friday • ..."), none of them a sentence with its stop: a
    ticker of other stories, not a list of the story's own (whose items are shorter)."""
    cut = False  # items may be teasers cut short ("... Emergency Managem ...")
    if " • " in text:
        mark = " • "
    elif text.count("|") >= MIN_TICKER_ITEMS:
        mark = "|"  # a site's ticker parted by bars, maybe with no space ("Rain hits harvest|Port opens")
    elif text.count("+++") >= MIN_TICKER_ITEMS:
        mark, cut = "+++", True  # a news feed's crawl: "October 27, 2016 - Title Its teaser ... +++"
    else:
        return False  # C-level tests: nearly every line has no bullet or bar between words
    if len(text) > MAX_TICKER:
        return False
    parts = [p.strip() for p in text.split(mark)]
    filled = [p.removesuffix("...").removesuffix("…").rstrip() if cut else p for p in parts if p]
    return len(filled) >= MIN_TICKER_ITEMS and all(
        len(p.split()) >= MIN_TICKER_WORDS and (p[:1].isupper() or p[:1].isdigit()) and p[-1] not in ".!?:;,"
        for p in filled
    )


# The labels of a story's own credit line ("Source: Xinhua", "Editor: huaxia", "By Jane Doe").
_CREDIT_LABEL = compile_cached(
    r"(?i:source|editor|author|reporter|writer|photo|updated|posted|published|by)\b[ \t]*:?[ \t]*[\p{L}\p{N}]"
)
CREDIT_NAME_WORDS = 3  # a name alone in a credit line ("Thanh Hà"): this many words at most


def credit_line(parts: list[str]) -> bool:
    """The parts of a '|'-separated line are the story's credit and date: every part a credit,
    a date or a person's or agency's name, one at least a credit or a date; a button, a section's
    label or a label of the page's post meta ("Filed under:") is none of them."""
    filled = [p for p in parts if p]
    if not filled:
        return False
    buttons = chrome_words()[0]
    meta = _meta_labels()
    anchored = False
    for part in filled:
        if any(label in part.lower() for label in meta):
            return False
        if date_widget(part.replace("(", "").replace(")", "")) or _CREDIT_LABEL.match(part) is not None:
            if any(w.lower().strip(":()") in buttons - _CREDIT_WORDS for w in part.split()[1:2]):
                return False  # "Posted in News" or "Source: Share": the page's
            anchored = True
            continue
        words = part.split()
        if (
            len(words) > CREDIT_NAME_WORDS or not all(w[:1].isupper() for w in words) or part[-1] in ":-–—"
            or any(w.lower().strip(":()") in buttons for w in words) or section_label(part)
        ):
            return False
    return anchored


# Button words that are also a credit's own label ("source", "editor", "by", "updated").
_CREDIT_WORDS = frozenset(("source", "editor", "by", "updated", "published", "photo", "on", "at"))

# A sentence's end inside a part ("... on Monday. -- PTI |"): the part is prose with a tail.
_SENTENCE_INSIDE = compile_cached(r"\p{Ll}{2}[.!?][\"”’)]?[ \t]")
