"""The page speaking to its reader: notices, promotions of its channels and news, paywalls,
disclaimers, comment policies, cookie banners, a teaser's cut."""

from __future__ import annotations

import re
from functools import cache

from ....data import shipped
from ....regexes import compile_cached
from ..language import QUOTE_MARKS
from .vocabulary import (
    _PURPOSE,
    _REPORTED,
    CUT_MARKS,
    MAX_LINE,
    _site_voice,
    alternatives,
    first_word,
    patterns,
)

_PAYWALL_OPENERS = frozenset(
    "subscribe sign already to this the become get log login you billed cancel if there".split()
)


def is_paywall(line: str) -> bool:
    word = first_word().search(line[:20])
    return (
        word is not None and word.group().lower() in _PAYWALL_OPENERS and len(line) <= MAX_LINE
        and patterns()["paywall"].search(line) is not None
    )


# A notice to the reader is a line or two, not a paragraph of the story.
MAX_NOTICE = 300
MAX_GREETED_NOTICE = 600
MAX_NOTICE_SENTENCES = 3
# `reader_address`'s first words
_NOTICE_OPENERS = frozenset(("dear", "please", "kindly", "if", "you", "check", "disclaimer", "note", "visit"))


def reader_notice(text: str) -> bool:
    """The page's notice to its reader: it opens by addressing the reader and speaks of the page
    (its sections, app, links or comments), or greets the reader ("Dear User"); or it closes
    so ("... in summarized form. Please contact us for subscription options."); or it sells the
    page to its reader (`reader_promo`). A quoted plea ("Please help us," she said) is the
    story's."""
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1]  # a notice in brackets ("(If you want to contribute, ... contact us at ...)")
    word = first_word().search(text[:20])
    if word is None or word.group().lower() not in _NOTICE_OPENERS:
        # the few words a notice opens with: nearly every line stops here
        return (
            _closing_notice(text) or reader_promo(text) or news_promo(text) or disclaimer(text) or cookie_notice(text)
            or comment_policy(text) or channel_promo(text) or site_voice(text) or translation_notice(text)
            or machine_made(text)
        )
    if len(text) > MAX_GREETED_NOTICE or sum(map(text.count, ".!?")) > MAX_NOTICE_SENTENCES:
        return False
    found = patterns()["reader_address"].match(text)
    if found is None:
        return news_promo(text) or site_voice(text)
    if found.group().lstrip("*•·-–—> \t").lower().startswith(("dear", "disclaimer")):
        # The page greets its reader ("Dear User, please ..."), or says where its copy came
        # from ("Disclaimer: This post has been auto-published ..."): its notice may run on.
        return True
    return (
        len(text) <= MAX_NOTICE and patterns()["site_words"].search(text) is not None or news_promo(text)
        or site_voice(text)
    )


def _closing_notice(text: str) -> bool:
    """A short paragraph about the page whose last sentence addresses the reader ("This is
    cached page on Talk Vietnam. If you want remove this page, please contact us.")."""
    if len(text) > MAX_GREETED_NOTICE or any(mark in text for mark in QUOTE_MARKS):
        return False
    text = text.strip().removeprefix("(").removesuffix(")")  # a notice in brackets
    stop = max(text.rfind(". ", 0, len(text) - 2), text.rfind("! ", 0, len(text) - 2))
    if stop < 0:
        return False
    last = _PURPOSE.sub("", text[stop + 2 :], count=1)  # "To subscribe, please read here."
    word = first_word().search(last[:20])
    if word is None or word.group().lower() not in _NOTICE_OPENERS:
        return False
    return patterns()["reader_address"].match(last) is not None and patterns()["site_words"].search(last) is not None


_SECOND_PERSON = re.compile(r"(?i)\byou(?:r|rs|['’](?:re|ve|ll|d))?\b")


@cache
def _promo() -> tuple[frozenset[str], re.Pattern[str], frozenset[str]]:
    """(openers, goods as a pattern, goods only a page sells) of `reader_promo` (data file)."""
    data = shipped("data/web_chrome.yaml")["reader_promo"]
    pattern = re.compile(r"(?i)\b(?:" + alternatives(data["goods"] + data["page_goods"]) + r")\b")
    return frozenset(data["openers"]), pattern, frozenset(data["page_goods"])


# A speaker's name before a colon opens a line of an interview: two to four capitalised words.
_SPEAKER = compile_cached(r"(?:\p{Lu}[\p{Ll}'’-]+[ \t]){1,3}\p{Lu}[\p{Ll}'’-]+:[ \t]")


def reader_promo(text: str) -> bool:
    """The page selling itself to its reader: an imperative it opens with or "you" said twice,
    and the page's goods ("As a subscriber, you can gift 3 to 5 articles each month")."""
    if len(text) > MAX_NOTICE or any(mark in text for mark in QUOTE_MARKS):
        return False
    openers, goods_pattern, page_goods = _promo()
    word = first_word().search(text[:20])
    opener = word is not None and word.group().lower() in openers
    you = len(_SECOND_PERSON.findall(text))
    if not opener and (you < 2 or _SPEAKER.match(text)):
        return False  # an interview's question to its guest ("Jane Doe: ... your work experience")
    goods = {" ".join(found.lower().split()) for found in goods_pattern.findall(text)}
    if you:
        return len(goods) >= 1
    # With no "you", a good only a page sells must be among them ("Share prices ... access").
    return len(goods) >= 2 and not goods.isdisjoint(page_goods)


MAX_NEWS_PROMO_WORDS = 12
_PROMO_PURPOSE = re.compile(
    r"(?i)for[ \t]+(?:the[ \t]+)?(?:latest|more|all[ \t]+the[ \t]+latest)[ \t]+(?:news|updates|stories|headlines)"
    r"(?:[ \t]+\w+){0,2}?[ \t]*[,:–-]?[ \t]*(?=\w)"
)


@cache
def _news_promo() -> tuple[frozenset[str], frozenset[str]]:
    data = shipped("data/web_chrome.yaml")["reader_promo"]
    return frozenset(data["news_verbs"]), frozenset(data["news_goods"])


@cache
def _news_openers() -> tuple[str, ...]:
    """What a line sending its reader to the news opens with, lowered: a verb, or "please"."""
    return (*sorted(_news_promo()[0]), "please")


# A site's channel on a messaging app or news reader, and the link to join it ("Deccan Herald
# News now on Telegram - Click here to subscribe", "X is now on WhatsApp Channels. Click to join").
_CHANNEL_PROMO = re.compile(
    r"(?i)^[^\n]{0,60}?\b(?:now|is\s+now|also)\s+on\s+(?:whatsapp|telegram|google\s+news|signal|viber)"
    r"(?:\s+channels?)?[\s.!:,–—-]*(?:click|tap|join|subscribe|follow)\b[^\n]{0,60}$"
)
MAX_CHANNEL_PROMO = 160

# The site asking its reader to follow it on social networks, its handles and mail after it
# ("Follow The Gleaner on Twitter and Instagram @JamaicaGleaner ... or email us at ..."); a
# region's desk joins its words with "&" ("Follow BBC Yorkshire & Lincolnshire on Facebook").
_SOCIAL_FOLLOW = compile_cached(
    r"(?i)^(?:please\s+)?follow\s+(?:us|(?-i:\p{Lu}[\w.&'’-]*(?:\s+(?:&\s+|and\s+)?\p{Lu}[\w.&'’-]*){0,4}))\s+on\s+"
    r"(?:twitter|facebook|instagram|linkedin|tiktok|youtube|telegram|whatsapp|threads|x)\b"
)
MAX_SOCIAL_FOLLOW = 300


def channel_promo(text: str) -> bool:
    if text[:6].lower() in ("follow", "please") and len(text) <= MAX_SOCIAL_FOLLOW and (
        _SOCIAL_FOLLOW.match(text) is not None and _REPORTED.search(text) is None
    ):
        return True
    return len(text) <= MAX_CHANNEL_PROMO and " on " in text and _CHANNEL_PROMO.match(text) is not None


# The site speaking to its reader of itself: "our" or "your" a word or two before one of its
# goods ("join our channel", "our digital replica newspaper", "your current comment"), or "you"
# or "us" a few words before one ("Want us to email you top stories"). A line this long at most;
# quotations, reported speech and a reader's letter (a question inside it) are the story's.
SITE_VOICE_WORDS = 45


def site_voice(text: str) -> bool:
    """The site speaking to its reader of itself ("Access News Break, our award-winning app")."""
    if len(text) > MAX_GREETED_NOTICE or any(mark in text for mark in QUOTE_MARKS):
        return False
    if len(text.split()) > SITE_VOICE_WORDS or "?" in text.rstrip()[:-1] or _REPORTED.search(text):
        return False
    return _site_voice().search(text) is not None


def news_promo(text: str) -> bool:
    """The page sending its reader to its news ("Listen to the daily news from Bulgaria",
    "Please read more Khmer news and listen to our radio"): a short imperative line that names
    the site's news, with no colon or figure, and no comma or quote unless it ends as a sentence
    does (a headline's "Join the fight against fake news, PM urges" has its speaker after a
    comma)."""
    verbs, goods = _news_promo()
    if text[:4].lower() == "for " and (purpose := _PROMO_PURPOSE.match(text)) is not None:
        text = text[purpose.end() :]  # what the request is for first ("For Latest Updates Follow us on ...")
    if not text.lstrip()[:12].lower().startswith(_news_openers()):
        return False  # one C-level test: nearly every line a notice is asked about stops here
    words = text.split()
    # A sentence's stop: a line a headline is not, so it may name a podcast in quotes after a comma.
    stop = text.rstrip()[-1:] == "."
    marks = ":;?" if stop else ",:;?\"“”'‘"
    if not 2 <= len(words) <= MAX_NEWS_PROMO_WORDS + 4 * stop or any(c.isdigit() or c in marks for c in text):
        return False
    first = words[1] if words[0].casefold() == "please" else words[0]
    return first.casefold() in verbs and any(w.casefold().strip(".!") in goods for w in words[1:])


# A site disowning what it quotes or links to ("The Iran Project is not responsible for the
# content of quoted articles.", "We are not responsible for the content of external sites").
_DISCLAIMER = re.compile(
    r"(?i)[^\n.!?]{1,60}?\b(?:is|are)\s+not\s+responsible\s+for\s+(?:the\s+)?contents?\s+of\s+"
    r"(?:external|quoted|linked|third[\s-]party|other|these)\s+[^\n.!?]{0,40}[.!]?\s*"
)


def translation_notice(text: str) -> bool:
    """The page's notice that its versions are machine translations ("The English, Chinese ...
    versions are automatically generated by the AI. So there may still be inaccuracies ..."):
    it names the versions or the translation and warns of their errors."""
    return (
        len(text) <= MAX_NOTICE and ("utomatic" in text or "achine" in text)
        and _MACHINE_MADE.search(text) is not None and _MADE_WARNING.search(text) is not None
    )


_MACHINE_MADE = compile_cached(
    r"(?i)\b(?:versions?|translations?|this\s+(?:article|story|page|text))\b[^.\n]{0,60}?"
    r"\b(?:automatically|machine)[\s-]+(?:generated|translated)"
)
_MADE_WARNING = compile_cached(
    r"(?i)\b(?:inaccurac(?:y|ies)|errors?|mistakes?|original\s+(?:text|language|version)|main\s+language)\b"
)


MAX_MACHINE_NOTICE = 160
# The page's own audio, summary or translation said to be a machine's: its subject, then the
# machine closing the clause ("This audio is generated by an AI tool.", "Summary generated by AI
# and reviewed by an editor"); "written by AI researchers at ..." goes on as a story's sentence.
_MACHINE_NOTICE = compile_cached(
    r"(?i)(?:(?:this|the)\s+)?(?:audio|article|story|summary|text|translation|voice|version|page|narration|"
    r"recording|reading)(?:\s+[\w-]+){0,3}?\s+(?:(?:is|was|are|were|has\s+been|have\s+been)\s+)?"
    r"(?:generated|produced|created|translated|narrated|voiced|read\s+aloud|summari[sz]ed)\s+"
    r"(?:by|with|using|through)\s+(?:an?\s+|the\s+)?(?:(?-i:AI|A\.I\.)|artificial\s+intelligence|text-to-speech)"
    r"(?:\s+(?:tool|tools|model|system|technology|software|voice|assistance))?(?:[.,;!]|\s+and\b|$)[^\n]*"
)


def machine_made(text: str) -> bool:
    """The page's notice that its audio, summary or translation is a machine's ("This audio is
    generated by an AI tool."): short, no quotation, the machine closing its clause."""
    if len(text) > MAX_MACHINE_NOTICE or not ("AI" in text or "rtificial" in text or "to-speech" in text):
        return False
    return not any(mark in text for mark in QUOTE_MARKS) and _MACHINE_NOTICE.fullmatch(text.strip()) is not None


def disclaimer(text: str) -> bool:
    return len(text) <= MAX_NOTICE and "responsible" in text and _DISCLAIMER.fullmatch(text) is not None


# A comment box's policy: the site keeps the right to delete comments, disowns its readers'
# comments, or bans some ("Comments that are abusive ... are strictly prohibited"). A story's
# report of one has its speaker ("the paper said it reserves the right ...").
_COMMENT_POLICY = compile_cached(
    r"(?i)[-•*·\s]*(?:(?:[^\n.!?]|\.(?=\w)){1,60}?\breserves?\s+the\s+right\s+to\s+(?:delete|remove|edit|block|reject|refuse|moderate)"
    r"\b[^\n.!?]{0,80}?\bcomments?\b"
    r"|(?:[^\n.!?]|\.(?=\w)){1,60}?\b(?:is|are)\s+not\s+responsible\s+for\s+(?:its\s+|the\s+|our\s+|any\s+)?"
    r"(?:readers?|users?|visitors?)['’]?\s+comments?\b"
    r"|comments?\s+(?:that|which)\s+(?:are|is)\s+[^\n.!?]{1,80}?\s+(?:are|is|will\s+be)\s+(?:strictly\s+)?"
    r"(?:prohibited|removed|deleted|not\s+(?:allowed|published|permitted))\b"
    # ... or the comment box's invitation ("No comments yet. Be the first one to comment.").
    r"|(?:(?:there\s+are\s+)?no\s+comments?\s+yet[.!]?\s*)?be\s+the\s+first\s+(?:one\s+|person\s+)?to\s+"
    r"(?:comment|leave\s+a\s+comment|write\s+a\s+comment)\b|(?:there\s+are\s+)?no\s+comments?\s+yet(?=[.!]?\s*$))[^\n]{0,600}"
)


def comment_policy(text: str) -> bool:
    return (
        len(text) <= MAX_GREETED_NOTICE and "omment" in text and _COMMENT_POLICY.fullmatch(text) is not None
        and _REPORTED.search(text) is None
    )


# A cookie banner's notice: the site uses cookies or tracking for the reader's experience, or
# the reader agrees to them ("Focus Taiwan (CNA) uses tracking technologies to provide better
# reading experiences ..."); a story about tracking speaks of no reader's experience on the site.
_COOKIES = compile_cached(r"\b(?i:uses?|using)\s+(?i:cookies|tracking\s+technolog(?:y|ies)|similar\s+technologies)\b")
_COOKIE_READER = compile_cached(
    r"(?i:\b(?:reading|browsing|user)\s+experiences?\b|\b(?:our|this)\s+(?:site|website)\b|"
    r"\byou\s+(?:agree|consent|accept)\b|\bby\s+(?:continuing|using|clicking)\b)"
)


def cookie_notice(text: str) -> bool:
    return (
        len(text) <= MAX_NOTICE and ("ookie" in text or "racking" in text)
        and _COOKIES.search(text) is not None and _COOKIE_READER.search(text) is not None
    )


def may_tease(text: str) -> bool:
    tail = text[-200:].lower()
    return (
        "more" in tail or "read" in tail or "story" in tail or "click" in tail or tail.endswith(CUT_MARKS)
        or tail.endswith("continue")
    )
