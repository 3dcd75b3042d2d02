"""A menu's lines: items one a line, bullets, a language switcher, tickers, breadcrumbs and tags."""

from __future__ import annotations

import re
from functools import cache

from ....data import shipped
from ....regexes import compile_cached
from .vocabulary import (
    CAMEL_SPLIT,
    MAX_LINE,
    _language_names,
    _section_words,
)
from .widgets import (
    date_widget,
)

# A navigation menu printed one item per line: this many such lines in a row at least.
MENU_RUN = 5
MENU_WORDS = 4
MENU_REASON = "one of {n} short lines in a row with no sentence (a navigation menu or a list of links)"
MENU_SMALL_WORDS = frozenset("a an and & of the to in on for at by or -".split())
# A market ticker: symbol, price, then a change given as a percentage ("HBL 114.29 Increased
# By ▲ 1.55 (1.37%)", "KSE100 75,983 +868.6 +1.16%"; the change's figure may be missing, "N100
# 985.99 %"); or an exchange rate's line ("EUR 1 = CZK 26.70").
_TICKER = (
    r"[\p{Lu}][\p{Lu}\d&./-]{1,11}[ \t]+(?:=[ \t]+)?\d[\d,]*(?:\.\d+)?[ \t]+[^\n]{0,40}?"
    r"[(]?(?:[-+−]?\d+(?:\.\d+)?)?[ \t]?%[)]?"
    r"|\p{Lu}{3}[ \t]+1[ \t]*=[ \t]*\p{Lu}{3}[ \t]+\d[\d,]*(?:\.\d+)?"
)
TICKER_RUN = 3
TICKER_REASON = "one of {n} market-ticker lines in a row (symbol, price, change), not the story"

# What opens an item of a bulleted list, before its text ("  • Uzbekistan").
_BULLETS = " \t•·▪►*"


def bulleted(text: str) -> bool:
    """A list's item: a bullet opens the line, after its indent ("  • Email Service")."""
    return text.lstrip(" \t")[:1] in _BULLETS.strip()


def unbulleted(text: str) -> str:
    """A line without the indent and bullet a list item opens with."""
    return text.lstrip(_BULLETS) if text[:1] in _BULLETS else text


def menu_item(text: str) -> bool:
    """A menu's item: a line of one to four capitalised words, no figure, no sentence; a digit
    may be part of a word or a channel's number ("COVID-19", "2Day FM", "FBC 2")."""
    if "\n" in text or len(text) > 40 or not text[:1].isupper():
        return False
    words = text.split()
    if len(words) > MENU_WORDS or text[-1] in "!?:;\"”’," or text[-1] == "." and "." not in text[:-1]:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in MENU_SMALL_WORDS for w in words) and (
        not _menu_figure(text)
    )


def _menu_figure(text: str) -> bool:
    """A figure a menu's item never holds: a number of more than one digit standing alone (a
    year, a count, a date's day), or a digit in a line that reads as a date."""
    return any(c.isdigit() for c in text) and (
        any(token.isdigit() and len(token) > 1 for token in text.split()) or date_widget(text)
    )


def odd_menu_item(text: str) -> bool:
    """A short line a menu may carry between its items ("Expat Corner nom-nom"): capitalised
    first, up to six words, no figure, no sentence."""
    if "\n" in text or len(text) > 40 or not text[:1].isupper() or _menu_figure(text):
        return False
    return len(text.split()) <= MENU_ODD_WORDS and text[-1] not in ".!?:;\"”’,"


MENU_ODD_WORDS = 6
LANGUAGE_RUN = 3
LANGUAGE_LINE = 24  # a language's name, with a list's indent and bullet
LANGUAGE_REASON = "one of {n} languages' names in a row, one per line (the page's language switcher), not the story"


def language_item(text: str) -> bool:
    """An item of a site's language switcher: a language's name alone ("Arabic", "Français")."""
    return len(text) <= LANGUAGE_LINE and text.strip().casefold() in _language_names()


def language_switch(text: str) -> bool:
    """A line of a site's language switcher: languages' names and a few words of the switch
    ("en Español", "English | Français", "This text available in Հայերեն and Русский"), one name
    at least in its own language (not English's)."""
    if "\n" in text or len(text) > MAX_SWITCH_LINE:
        return False
    words = [w for w in _SWITCH_SPLIT.split(text.strip(" \t•·*-–—|").casefold()) if w]
    if len(words) >= 2 and "en" in words and _language_codes().issuperset(words) and len(set(words)) == len(words):
        return True  # the languages' codes alone ("ro ru en", "EN | FR")
    names = _language_names()
    rest = [w for w in words if w not in _SWITCH_WORDS]
    # Two-word names ("bahasa indonesia", "tiếng việt") are read as pairs.
    found, at, other = [], 0, 0
    while at < len(rest):
        pair = " ".join(rest[at : at + 2])
        if pair in names:
            found.append(pair)
            at += 2
        elif rest[at] in names:
            found.append(rest[at])
            at += 1
        else:
            other += 1  # the site's name before its switch ("Haberler English العربية ...")
            at += 1
    if other > (len(found) >= SWITCH_NAMES):
        return False
    # One name in its own language; or languages' English names only, as many as a switcher lists
    # and no sentence does without a comma ("English French German Italian").
    own = any(not name.isascii() for name in found)
    return bool(found) and (own or not other and len(found) >= ENGLISH_SWITCH_NAMES)


@cache
def _language_codes() -> frozenset[str]:
    return frozenset(shipped("data/web_chrome.yaml")["language_codes"])


def glued_switch(text: str) -> bool:
    """A short line holding two languages' own names or more, run on to the menu's words with
    their spaces lost ("Global EditionASIA 中文双语Français"): a site's language switcher."""
    if "\n" in text or len(text) > MAX_SWITCH_LINE or text.isascii():
        return False
    folded = text.casefold()
    own = {name for name in _language_names() if not name.isascii() and name in folded}
    # "简体中文" holds "中文": one language.
    return len({name for name in own if not any(name != other and name in other for other in own)}) >= 2


MAX_SWITCH_LINE = 80
SWITCH_NAMES = 3  # languages' names enough to carry the site's name before them
ENGLISH_SWITCH_NAMES = 4
_SWITCH_SPLIT = re.compile(r"[\s|/·•,]+")
_SWITCH_WORDS = frozenset(("en", "in", "and", "this", "text", "page", "is", "also", "available", "read", "version"))

# Links listed one per line, each closed by the page's separator ("Two people died of dengue -",
# "SHARE MARKET |"): no sentence of a story ends so, three such lines in a row are a list.
SEPARATED_RUN = 3
SEPARATED_REASON = "one of {n} lines in a row each closed by the page's separator (a list of links), not the story"
_SEPARATED = re.compile(r"\S[ \t]+[-–|•»][ \t]*$")


def separated_item(text: str) -> bool:
    return "\n" not in text and " " in text.strip() and _SEPARATED.search(text) is not None


def ticker_line(text: str) -> bool:
    return "\n" not in text and len(text) <= 80 and compile_cached(_TICKER).fullmatch(text) is not None


CRUMB_REASON = "a breadcrumb trail of the page's sections ('Home › News › World'), not a sentence"
_CRUMB_SEPARATOR = compile_cached(r"[ \t]+(?:[›»]|>>?)[ \t]+")
CRUMB_WORDS = 4  # words of one step of a trail
CRUMB_TITLE_WORDS = 16  # ... and of its last, the page's own title, after three steps or more


def breadcrumb(line: str) -> bool:
    """Three steps or more, each a few words with no sentence mark, between '›', '»', '>' or '>>'
    ("SITENAME › News › World News", "You are here: Home > Politics > Asia"); after three steps
    the last may be the page's title ("Home >> Daily News >> Politics >> Briefing on ..."). Steps
    glued to '>>' are a trail from two on ("People's Daily Online>>China Society")."""
    steps = _CRUMB_SEPARATOR.split(line.strip())
    if len(steps) < 3 and ">>" in line:
        steps = line.strip().split(">>")  # "English>>China Society": steps glued to '>>', two are a trail
        if len(steps) != 2 or any(step[:1].isspace() or step[-1:].isspace() for step in steps):
            return False
        return all(_crumb_step(step) and len(step.split()) <= CRUMB_WORDS for step in steps)
    if len(steps) < 3 or any(not step or any(c in ".!?,;" for c in step) for step in steps):
        return False
    last = len(steps[-1].split()) <= (CRUMB_TITLE_WORDS if len(steps) >= 4 else CRUMB_WORDS)
    return last and all(len(step.split()) <= CRUMB_WORDS for step in steps[:-1])


def _crumb_step(step: str) -> bool:
    """A section's name: opens with a capital, holds letters and no sentence mark."""
    return step[:1].isupper() and not any(c in ".!?,;:\"“”" or c.isdigit() for c in step)


def lost_crumb(line: str) -> bool:
    """A breadcrumb trail whose separators were lost: "Home" and one to three capitalised
    words ("Home Lao", "Home Politics & Laws")."""
    words = line.split()
    return 2 <= len(words) <= CRUMB_WORDS and not any(c in ".!?,;:" for c in line) and all(
        w[:1].isupper() or w in ("&", "and", "of") for w in words
    )


GLUED_CRUMB_REASON = (
    "a breadcrumb trail run into the title under it, its spaces lost ('HomeNewsMalaysiaCops ...'), not text"
)
MIN_CRUMB_SECTION = 4  # letters of the section's name after "Home" ("News", "World"; not "In", "All")


def glued_crumb(line: str) -> bool:
    """A breadcrumb trail from "Home" whose spaces were lost, run into the title or the place
    under it: "Home", a section's name and one more capitalised part at least in the line's first
    word ("HomeNationalA person ...", "HomeWorldPeru ..."); a firm's name is "Home" and one part
    ("HomeServe", "HomeAway")."""
    parts = CAMEL_SPLIT.split(line.split(None, 1)[0])
    return (
        len(parts) >= 3 and parts[0] == "Home" and len(parts[1]) >= MIN_CRUMB_SECTION
        and parts[1].casefold() in _section_words()
    )


MIN_TAGS = 3


def tag_list(line: str) -> bool:
    """The page's tags joined by " , " (a space before each comma, as a template joins them):
    three or more short phrases, no sentence."""
    parts = [part.strip() for part in line.split(" , ")]
    return (
        len(parts) >= MIN_TAGS and line.rstrip()[-1:] not in ".!?" and len(line) <= MAX_LINE
        and all(0 < len(part.split()) <= CRUMB_WORDS for part in parts)
    )
