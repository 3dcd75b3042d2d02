"""A site's own name and voice: its masthead, an outlet's or section's name, its blurb about itself,
its name run on to a title, its publication line."""

from __future__ import annotations

import re

from ....regexes import compile_cached
from .vocabulary import (
    _REPORTED,
    MIN_SITE_PREFIX,
    _outlet_words,
    _section_words,
    _self_description,
    _site_words,
    agency_names,
    patterns,
)


def masthead(text: str) -> bool:
    """A site's name as its masthead prints it: one to four capitalised words, no figure and no
    sentence, the last a word news sites end their names with ("VnExpress International",
    "ENA - ENA English"), a country's name in brackets after it or not ("The Herald (Zimbabwe)");
    an agency's name is a credit, not a masthead."""
    if text[-1:] == ")":
        text = _without_country(text)  # "The Herald (Zimbabwe)": the country the paper is of
    if len(text) > 40 or any(c.isdigit() or c in ".!?:,;()" for c in text):
        return False
    tokens = patterns()["token"].findall(text)
    if not 1 <= len(set(tokens)) <= 4 or not all(t[:1].isupper() for t in tokens):
        return False
    if len(tokens) == 1 and _glued_site_name(tokens[0]):
        return True  # "KuenselOnline", "Zwnews": the site's name run into the word it ends with
    return tokens[-1].casefold() in _site_words() and not agency_names().intersection(t.casefold() for t in tokens)


_BRACKETED_TAIL = re.compile(r"[ \t]+\(([^()]{3,30})\)$")


def _without_country(text: str) -> str:
    """The name before a country's name in brackets ("The Herald (Zimbabwe)"), else the text."""
    from ....spelling.names import countries  # only for a short line closing in brackets

    found = _BRACKETED_TAIL.search(text)
    if found is None or found.group(1).casefold() not in countries():
        return text
    return text[: found.start()]


def _glued_site_name(token: str) -> bool:
    """One word that is a site's name glued to a word such names end with, no word of its own."""
    from ....spelling.lookup import KNOWN, compiled  # only for a one-word line that may be one

    folded = token.casefold()
    return any(
        len(folded) >= len(word) + MIN_SITE_PREFIX and folded.endswith(word) and token[-len(word) - 1].isalpha()
        for word in _site_words() if len(word) >= 4
    ) and not compiled().code(folded) & KNOWN


# An agency's name after a dash closing a text's last sentence ("... last night. - BERNAMA").
_SIGNED = re.compile(r"(?<=[.!?\"”’])[ \t]*[-–—]{1,2}[ \t]*([A-Z][A-Za-z.]{1,20})[ \t]*$")


# A source's credit in brackets closing a text's last sentence ("... in these areas. (Source: philstar.com)").
_SOURCE_CREDITED = re.compile(r"(?<=[.!?\"”’])[ \t]*\((?i:source|via)[ \t]*:[ \t]*[^()\n]{1,60}\)[ \t]*$")


def unsigned(text: str) -> str:
    """The text without an agency's sign-off or a source's credit after its last sentence's
    stop: a copy of a paragraph with the agency's name or source run on (a caption's, a
    summary's) is that paragraph."""
    if text[-1:] == ")":
        credited = _SOURCE_CREDITED.search(text)
        return text[: credited.start()] if credited is not None else text
    if not text[-1:].isupper():
        return text  # one C-level test: nearly every text ends otherwise
    signed = _SIGNED.search(text)
    return text[: signed.start()] if signed is not None and signed.group(1).casefold() in agency_names() else text


_OUTLET_JOINERS = frozenset(("of", "in", "and", "the", "de"))
_NAME_DASH = re.compile(r"\s+[-–—]\s+")
_NOT_IN_OUTLET = frozenset('.!?:,;()|"“”')
OUTLET_WORDS = 5


def outlet_name(text: str) -> bool:
    """A news organisation's name as its site prints it at the top: two to five capitalised
    words ending with a word such names end with ("Lana News", "Jiji Press"), or two names on
    either side of a dash ("SANA - Syrian Arab News Agency"). Capitals only are a wire
    headline's ("TEHRAN RADIO")."""
    text = text.strip()
    if not text or len(text) > 60 or text.isupper() or any(c.isdigit() or c in _NOT_IN_OUTLET for c in text):
        return False
    parts = _NAME_DASH.split(text)
    if len(parts) > 2:
        return False
    words = _outlet_words()
    ends = False
    for part in parts:
        tokens = patterns()["token"].findall(part)
        if not 1 <= len(tokens) <= OUTLET_WORDS or not all(
            t[:1].isupper() or t.casefold() in _OUTLET_JOINERS for t in tokens
        ) or any(t.casefold() == "the" for t in tokens[1:]):
            return False  # "Minister Attacks the Press" is a headline
        ends = ends or tokens[-1].casefold() in words
    return ends and (len(parts) == 2 or len(patterns()["token"].findall(text)) >= 2)


# Words that only join a section's name ("Arts and Culture"): never a label on their own.
_JOINERS = frozenset(("and", "of", "the", "&"))
SECTION_WORDS = 4


def section_label(text: str) -> bool:
    """A site's section label ("Latest News", "Front Page", "Politics"): one to four words,
    each a word news sites name sections with, no figure and no sentence."""
    if len(text) > 40 or "\n" in text or any(c.isdigit() or c in ".!?:,;()|" for c in text):
        return False
    words = text.casefold().replace("-", " ").split()
    if not 1 <= len(words) <= SECTION_WORDS or all(w in _JOINERS for w in words):
        return False
    sections, suffixes = _section_words(), _site_words()
    # A section's word at least: a name of site words only ("Daily Courier") is the site's.
    return all(w in sections or w in suffixes for w in words) and any(
        w in sections and w not in _JOINERS for w in words
    )


def may_be_a_name(tokens: list[str], unlisted_surname: bool = False) -> bool:
    """Two or three capitalised words opening with a given name and closing with a surname
    ("Rose Hill", "John Smith"), or with a word no English list holds when `unlisted_surname`
    ("Danial Norjidi"): a byline or a credit, not a menu."""
    if not 2 <= len(tokens) <= 3 or not all(t[:1].isupper() for t in tokens):
        return False
    from ....spelling.lookup import GIVEN, PERSON, WORD, compiled  # only for a line that may be one

    data = compiled()
    last = data.code(tokens[-1].casefold())
    return bool(data.code(tokens[0].casefold()) & GIVEN) and bool(last & PERSON or unlisted_surname and not last & WORD)


def publication_line(text: str) -> bool:
    """The agency's line closing its story ("This report by The Canadian Press was first published
    March 28, 2024."): NL411 shows it, NL409 takes the lines under it for the page's list."""
    return text.startswith("This ") and _PUBLISHED_BY.fullmatch(text) is not None


_PUBLISHED_BY = compile_cached(
    r"This[ \t]+(?:report|story|article)[ \t]+(?:by|from)[ \t]+\p{Lu}[^\n]{1,60}?[ \t]+was[ \t]+(?:first[ \t]+)?"
    r"(?:published|distributed|filed)[ \t]+(?:on[ \t]+)?\p{Lu}[\p{L}.]*[ \t]+\d{1,2},?[ \t]+\d{4}\.?[ \t]*"
)

_BLURB_VERBS = frozenset(("provides", "offers", "delivers", "distributes", "publishes", "is"))
# Any site describing itself so, its name (a host name too) and the news it offers first ("Semana
# International delivers news about Colombia in English.", "NetNewsledger.com or NNL offers news,
# information, opinions ...").
# What such a site offers, the verb and the news (on lowered text too: `site_blurb_hint`).
_OFFERS_NEWS = (
    r"(?:provides|offers|delivers|brings)[ \t]+(?:you[ \t]+)?(?:the[ \t]+)?(?:latest[ \t]+|breaking[ \t]+)?news\b"
)
_SITE_BLURB = compile_cached(
    r"(?:\p{Lu}[\p{L}\d.&'’-]*[ \t]+){0,3}\p{Lu}[\p{L}\d.&'’-]*(?:[ \t]+or[ \t]+\p{Lu}{2,6})?[ \t]+" + _OFFERS_NEWS
)
_OFFERS_NEWS_HINT = re.compile(_OFFERS_NEWS)


def site_blurb_hint(lowered: str) -> bool:
    """The lowered text may hold a site naming the news it offers (`agency_blurb`'s `_SITE_BLURB`)."""
    return _OFFERS_NEWS_HINT.search(lowered) is not None


def agency_blurb(text: str) -> bool:
    """An agency describing itself under its story ("BERNAMA provides up-to-date authentic and
    comprehensive news ... via BERNAMA Wires; www.bernama.com; ..."): its name, a verb of what
    it offers, and its own address or channels; or its name and what it is (`_SELF_DESCRIPTION`);
    or any site's name and the news it offers first (`_SITE_BLURB`)."""
    if " is " in text[:120] and _self_description().match(text) is not None and _REPORTED.search(text) is None:
        return True  # not "..., the minister said": the story's
    if _SITE_BLURB.match(text) is not None and _REPORTED.search(text) is None:
        return True  # not "..., the company said": a story on a news business
    words = text.split(None, 2)
    if len(words) < 3 or words[1].lower() not in _BLURB_VERBS:
        return False
    if words[0].strip(",.:").casefold() not in agency_names():
        return False
    return any(mark in text.lower() for mark in ("www.", ".com", "subscri", "channels"))


_SITE_SEPARATOR = compile_cached(r"[ \t]+[-–—|:»](?:[ \t]+|(?=\p{Lu}))(?=\S)|,[ \t]+(?=\p{Lu}\S*[ \t]+\p{Lu})")


def site_suffix(title_line: str, bare: str) -> int | None:
    """Where the site's name starts after a page's title ("Police search for man - WAFB 9
    News Baton Rouge, Weather, Sports" over "Police search for man"): the title line is the bare
    title, a dash, bar or colon, or a comma before two capitalised words or more ("..., Latest
    World News - The New Paper"), and more; else None."""
    title = bare.strip()
    if len(title) < MIN_TITLE_LETTERS or not title_line.startswith(title):
        return None
    separator = _SITE_SEPARATOR.match(title_line, len(title))
    if separator is None:
        return None
    # A site's name and sections are capitalised words ("KXYZ 7 News Springfield, Weather");
    # a headline's own second half runs on in small letters ("- officials meet again").
    # After a second bar the site's own tagline may run in small letters ("| Greenwatch Dhaka |
    # The leading online daily of Bangladesh"): the site's name is the part up to it.
    rest = title_line[separator.end() :].lstrip("-–—|:» \t")  # a separator doubled: "... - - Tyler, ..."
    name = rest.split(" | ", 1)[0] if rest.count(" | ") == 1 else rest
    # Words, a bar glued to one taken off ("Jacksonville |ETX News").
    words = [w.lstrip("|") for w in name.split() if w.lower() not in ("&", "and", "of", "the", "|")]
    words = [w for w in words if w.strip("-–—:»")]  # a section's and the site's name: "- ECONOMY - Humanrights"
    named = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return separator.start() if words and named * 4 >= len(words) * 3 else None


MIN_TITLE_LETTERS = 20
