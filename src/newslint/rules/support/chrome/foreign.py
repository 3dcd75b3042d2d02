"""Lines in another language or script than the story's."""

from __future__ import annotations

from .vocabulary import (
    MAX_LINE,
    _script_name,
    _tokens,
    foreign_words,
    patterns,
)


def foreign_language(line: str) -> bool:
    """Words of another language written in Latin letters ("Đăng ký:", "Kamis, 24 Februari"):
    lower-case words with letters English does not use, or month and day names of other
    languages. Capitalised words with such letters are names and do not count."""
    text = line.strip()
    if not text or len(text) > MAX_LINE:
        return False
    foreign = foreign_words()
    tokens = [t for t in _tokens(text) if any(c.isalpha() for c in t)]
    if not tokens:
        return False
    odd = [t for t in tokens if t.casefold() in foreign or (t[0].islower() and _accented(t))]
    label = text.find(":")
    if label != -1 and 0 < label <= 20 and any(_accented(t) for t in _tokens(text[:label])):
        return len(odd) >= 1
    if len(odd) == 1 and len(tokens) <= SHORT_FOREIGN_LINE and all(map(_accented, tokens)):
        return True  # "Đăng ẩn": every word in letters English does not use, one in lower case
    return len(odd) >= 2 and len(odd) * 5 >= len(tokens) * 2


# A line this short may be another language's with one lower-case word in letters English
# does not use, when all its words use them; a name's words are all capitalised.
SHORT_FOREIGN_LINE = 3


def _accented(token: str) -> bool:
    return any(ord(c) > 127 and c.isalpha() for c in token)


# A line of another script may carry a few Latin letters ("...官方app下载"): up to this share of
# its other letters.
MAX_LATIN_SHARE = 0.34


def other_script(text: str) -> str | None:
    """The reason for a line of letters of another script, with no Latin letter or very few
    ("Появились новые статьи.", "花辨直播官方版_花辨直播平台官方app下载"), inside English copy; else None."""
    pats = patterns()
    if not pats["other"].search(text):
        return None
    if pats["latin"].search(text):
        latin = len(pats["latin"].findall(text))
        if latin > MAX_LATIN_SHARE * len(pats["other"].findall(text)):
            return None
    return f"a line in {_script_name(text)} script inside English copy"
