"""NL408 under the story: the site's tails and footer, closing tags, link prompts, embedded tweets,
a server's notices and ads.txt records."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import CAPTION, HEADLINE, PARAGRAPH, TABLE, Block, Document, block_removal
from ...regexes import compile_cached
from ..support.chrome.lines import Line, lines_of
from ..support.chrome.sites import outlet_name
from ..support.chrome.vocabulary import CUT_PROSE_SPACES, MONTH, PROSE_WORDS, SENTENCE_END, agency_names, patterns
from .base import ChromePasses
from .shared import (
    _SCOPE,
)

_CLOSING_TAG = "a tag of the page (a place's or topic's link) after the story's last sentence, not text"
_GLUED_ALSO_REASON = (
    "a 'Read also' link glued to the linked story's title at a paragraph's start ('Read alsoPoroshenko: "
    "...'), the page's, not the story's"
)
MAX_PROMPT_LINE = 160  # a prompt and its title alone on a line are no longer
_ALSO_HINTS = ("ead also", "ee also", "EAD ALSO", "EE ALSO", "ead Also", "ee Also")
# At a line's start, the title's capital straight after it.
_GLUED_ALSO = compile_cached(r"(?m)^[ \t]*((?i:read|see)[ \t]+(?i:also))(?=\p{Lu})")
# A link to another story in brackets after a paragraph's sentence ("... in Marawi City. (READ:
# Timeline of the clashes)"), the label in capitals or capitalised.
_LINK_HINTS = ("(READ", "(Read", "(SEE", "(See", "(WATCH", "(Watch", "(ALSO READ", "(Also read", "(RELATED", "(Related")
_BRACKETED_LINK = compile_cached(
    r"(?<=[.!?\"”’])[ \t]*(\((?:ALSO[ \t]+READ|Also[ \t]+read|READ|Read|SEE|See|WATCH|Watch|RELATED|Related)"
    r"[ \t]*:[^()\n]{1,150}\))"
)
_BRACKETED_LINK_REASON = "a link to another story in brackets after the paragraph's sentence ('(READ: ...)')"
# What follows a caption's sentence after a dash, to the line's end: maybe a photo's credit and
# its rights notice ("... meeting today. -- fotoBERNAMA (2025) COPYRIGHT RESERVED"), when it is
# the shape of a rights line alone (`reserved_line`).
_DASHED_TAIL = compile_cached(r"(?m)(?<=[.!?\"”’)])[ \t]+((?:--?|–|—)[^\n]+)$")
_RIGHTS_TAIL_REASON = "a photo's credit and rights notice glued after the caption's sentence, the page's, not the text"
# An audio player's label opening a paragraph, the story's text run on after it ("Listen to this
# article 105 people sacrificed ...").
_GLUED_PLAYER = compile_cached(
    r"(?m)^[ \t]*((?i:listen[ \t]+to[ \t]+(?:this|the)[ \t]+(?:article|story))(?:[ \t]+now)?[ \t]+)(?=[\p{Lu}\d])"
)
_GLUED_PLAYER_REASON = "an audio player's label run on to the paragraph's first words, the page's, not the story's"
# ... the player's whole line: its label, the story's title and its clock ("... x 00:00").
_PLAYER_CLOCK = compile_cached(r"[ \t](?:x[ \t]+)?\d{1,2}:\d\d(?:[ \t]*/[ \t]*\d{1,2}:\d\d)?[ \t]*$")
_PLAYER_REASON = "an audio player: its label, the story's title and its clock, not the story's text"
# A server's error notice names the script and its line ("in /var/www/wp-includes/functions.php on
# line 6114"); its sentence may run over this many lines above.
_SERVER_NOTICE = compile_cached(r"(?:\bin[ \t]+)?/[\w./-]+\.php on line \d+")
MAX_NOTICE_LINES = 2
_SERVER_NOTICE_REASON = "a web server's error notice (a script's file and line), not the story"
_ADS_RECORD = compile_cached(
    r"[\w.-]+\.[a-z]{2,},[ \t]*[\w-]{4,40},[ \t]*(?:DIRECT|RESELLER)(?:,[ \t]*[0-9a-f]{9,16})?"
)
_ADS_RECORD_REASON = "a line of the site's ads.txt file (an advertising system's account), not text"
_ADS_KINDS = (HEADLINE, PARAGRAPH, TABLE)  # the first line too: no title is one


def _runs_on(above: Line, line: Line) -> bool:
    """The line right above, with no blank line between, whose sentence the line goes on with."""
    return line.start == above.end + 1 and above.text.rstrip()[-1:] not in SENTENCE_END
# The wire's reporting or editing credit over the page's footer: the story's, not the page's.
_REPORTING_CREDIT = compile_cached(
    r"[ \t]*\(?(?i:(?:additional[ \t]+)?reporting|written|writing|edited|editing|compiled|translated)"
    r"[ \t]+by[ \t]+\p{Lu}"
)
_TWEET = "an embedded tweet's link, author and date, as the page printed the tweet, not the story's text"
# "pic.twitter.com/Kj7RifvXW7— KFA-UK (@Korea_Friend_UK) September 15, 2020"
# The signature may stand on a line of its own, the link ending the tweet's text above it.
_TWEET_TAIL = compile_cached(
    r"(?m:(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)[ \t]*[—–-]+|^[ \t]*[—–]+)[ \t]*[^\n()]{1,60}\(@\w{1,30}\)[ \t]+"
    rf"{MONTH}[ \t]+\d{{1,2}},[ \t]+\d{{4}}"
)
_TWEET_PHOTO_REASON = "an embedded tweet's photo link, its author and date under it: the page's print of the tweet"
# The tweet's photo link ending its text, the signature in the next paragraph.
_TWEET_PHOTO = compile_cached(r"(?m)(?<=\S[ \t]+)pic\.twitter\.com/\w{6,}[ \t]*$")
_SITE_TAIL = "the site's name after the title, as the page's title bar prints it, not the story's"

# A photo's credit with the sign ("© Valery Sharifulin/TASS"): a photographer and an agency, no year.
_PHOTO_RIGHTS = compile_cached(
    r"[ \t]*©[ \t]*\p{Lu}[\p{L}.'’-]+(?:[ \t]\p{Lu}[\p{L}.'’-]+){0,3}[ \t]*/[ \t]*\S{2,20}[ \t]*"
)
# A sentence of the story goes on under a copyright line when it closes with its stop and holds
# this many words in small letters; a footer's address or notice does not ("Main Block, ...").
PROSE_SMALL_WORDS = 4


def _running_prose(text: str) -> bool:
    line = text.strip()
    small = sum(1 for word in line.split() if word.isalpha() and word.islower())
    return line[-1:] in ".!?\"”" and small >= PROSE_SMALL_WORDS


# A copyright line is a few words ("© 2018 SMPKE, PMO"); a paragraph of this many is a story's.
_COPYRIGHT_WORDS = 25
_FOOTER_LINE = 100  # a footer's line (an address, a hotline) is no longer than this
# The story's byline closing it, above the page's copyright line ("By Jane Doe - Translated by ...").
_SIGNED_BY = compile_cached(r"[Bb]y[ \t]+\p{Lu}[^\n]{1,80}$")
# A longer paragraph is the copyright line when it says so at once ("Copyright 1995 - . All rights
# reserved. The content ... shall not be republished"): the site's legal notice, not a story's.
_RESERVED = re.compile(r"(?i)\ball\s+rights\s+reserved\b")
_RESERVED_WITHIN = 80
# The copyright and rights notice the web-debris rule (NL405) reports as a whole line.
_RIGHTS = re.compile(r"(?i:copyright|©)\s.{0,80}all\s+rights\s+reserved")

MIN_TAGS = 2  # one short line closing a story may be its credit or its place
MAX_TAG_WORDS = 4
_TAG_JOINERS = frozenset(("and", "of", "the", "&", "in", "de"))


def _tag_like(text: str) -> bool:
    """A tag link's text: up to four words, each capitalised (joiners aside), no figure, no
    sentence's mark, no agency's name, no credit ("by"), no capital inside a word."""
    words = text.split()
    if not 1 <= len(words) <= MAX_TAG_WORDS or "\n" in text or len(text) > 40:
        return False
    if any(c.isdigit() or c in ".!?:;,()|/@" for c in text) or text.casefold() in agency_names():
        return False
    return all(w[:1].isupper() or w.casefold() in _TAG_JOINERS for w in words) and not any(
        w.casefold() == "by" or not w.isupper() and any(c.isupper() for c in w[1:]) for w in words
    )  # a word with a capital inside ("BlackRock") is a brand's, or links run together


def _short_sentence(text: str) -> bool:
    """A sentence, however short: five words or more ("Close this search box." is a button's), a
    capital first and its stop last."""
    return text.count(" ") >= 4 and text[:1].isupper() and text[-1:] in SENTENCE_END


def _story_sentence(text: str) -> bool:
    """A sentence of the story: long enough, ending with its stop."""
    return text.count(" ") >= PROSE_WORDS and text[-1:] in SENTENCE_END


class TailPasses(ChromePasses):
    """Passes over what follows the story."""

    def _server_notices(self, doc: Document) -> Iterator[Diagnostic]:
        """A web server's error notice printed into the page ("... was triggered too early. ...
        in /home/site/wp-includes/functions.php on line 6114"): the line up to the line number,
        with the lines right above it that its sentence runs on from; what a scrape glued after
        the number stays."""
        lines = [line for block in doc.blocks for line in lines_of(block)]
        done = -1  # the last line reported: a notice above ends where the next one's lines begin
        for k, line in enumerate(lines):
            found = _SERVER_NOTICE.search(line.text) if ".php on line " in line.text else None
            if found is None:
                continue
            first = k
            while first - 1 > done and k - first < MAX_NOTICE_LINES and _runs_on(lines[first - 1], lines[first]):
                first -= 1
            for above in lines[first:k]:
                yield self.diagnostic(above.start, above.end, f"page chrome: {_SERVER_NOTICE_REASON}")
            yield self.diagnostic(line.start, line.start + found.end(), f"page chrome: {_SERVER_NOTICE_REASON}")
            done = k

    def _ads_records(self, doc: Document) -> Iterator[Diagnostic]:
        """A line of the site's ads.txt file ("google.com, pub-2626443220899894, DIRECT,
        f08c47fec0942fa0": IAB's domain, account, relationship and authority's id)."""
        for block in doc.blocks:
            if block.kind in _ADS_KINDS and ("DIRECT" in block.text or "RESELLER" in block.text):
                for line in lines_of(block):
                    if _ADS_RECORD.fullmatch(line.text.strip()):
                        yield self._line(doc, block, line, _ADS_RECORD_REASON, False)

    def _site_tails(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A title with the site's name after a separator, as the page's title bar prints it
        ("US sanctions Rwanda minister » Capital News", "... | Lana News"): the name is shown."""
        if "»" not in doc.text and " | " not in doc.text:
            return  # one C-level test: nearly every story has neither
        for block in doc.blocks:
            if block.kind not in (HEADLINE, PARAGRAPH) or ("»" not in block.text and " | " not in block.text):
                continue
            for line in lines_of(block):
                text = line.text
                at = max(text.rfind(" » "), text.rfind(" | "))
                if at == -1 or line.start in reported:
                    continue
                head, tail = text[:at].strip(), text[at + 3 :].strip()
                if head.count(" ") < 2 or head[-1:] in SENTENCE_END or "|" in head or not outlet_name(tail):
                    continue
                start, end = line.start + at, line.start + len(text.rstrip())
                yield self.diagnostic(
                    start + 1, end, f"page chrome: {_SITE_TAIL}",
                    Fix.display_only("Delete the site's name", Edit(start, end, "")),
                )

    def _closing_tags(self, doc: Document) -> Iterator[Diagnostic]:
        """The page's tags printed after the story's last sentence, one a line ("Jammu and
        Kashmir", "Srinagar"): two or more short capitalised lines closing the text, prose right
        above them. An agency's name is a sign-off (NL411's), a line with "by" a credit."""
        blocks = doc.blocks
        run: list[Block] = []
        for block in reversed(blocks):
            if block.kind != PARAGRAPH or not _tag_like(block.text):
                break
            run.append(block)
        if len(run) < MIN_TAGS or len(run) == len(blocks):
            return
        above = blocks[len(blocks) - len(run) - 1]
        if above.kind != PARAGRAPH or not _story_sentence(above.text):
            return
        for block in reversed(run):
            yield self._line(doc, block, Line(block.start, block.end, block.text), _CLOSING_TAG, False)

    def _glued_also(self, doc: Document) -> Iterator[Diagnostic]:
        """A "Read also" link opening a paragraph, the linked story's title glued to it and the
        story's text run on after the title ("Read alsoPoroshenko: ... regionSo in my opinion,
        ..."): the prompt is shown; where the title ends only an editor can tell."""
        text = doc.text
        if not any(map(text.__contains__, _ALSO_HINTS)):
            return  # a few C-level tests: nearly every story stops here ("also" alone would not)
        for match in _GLUED_ALSO.finditer(text):
            block = doc.block_at(match.start())
            if block is None or len(block.text) <= MAX_PROMPT_LINE:
                continue  # the prompt and its title alone: NL405's line
            yield self.diagnostic(
                match.start(1), match.end(1), f"page chrome: {_GLUED_ALSO_REASON}",
                Fix.display_only("Delete the prompt", Edit(match.start(1), match.end(1), "")),
            )

    def _glued_player(self, doc: Document) -> Iterator[Diagnostic]:
        """An audio player's label opening a paragraph of the story ("Listen to this article 105
        people sacrificed ..."): deleted, the paragraph's own words kept."""
        if "isten to th" not in doc.text:
            return  # one C-level test: nearly every story stops here
        for match in _GLUED_PLAYER.finditer(doc.text):
            block = doc.block_at(match.start())
            if block is None or block.kind != PARAGRAPH:
                continue
            if "\n" not in block.text and _PLAYER_CLOCK.search(block.text) is not None:
                yield self.diagnostic(
                    block.start, block.end, f"page chrome: {_PLAYER_REASON}",
                    Fix.safe("Delete the player", Edit(*block_removal(doc, block), "")),
                )
                continue
            yield self.diagnostic(
                match.start(1), match.start(1) + len(match.group(1).rstrip()),
                f"page chrome: {_GLUED_PLAYER_REASON}",
                Fix.safe("Delete the player's label", Edit(match.start(1), match.end(1), "")),
            )

    def _rights_tails(self, doc: Document) -> Iterator[Diagnostic]:
        """A photo's credit and rights notice glued after a sentence ("... today. -- fotoBERNAMA
        (2025) COPYRIGHT RESERVED"): deleted, the sentence kept."""
        if "RESERVED" not in doc.text and "eserved" not in doc.text:
            return  # two C-level tests: nearly every story stops here
        reserved_line = patterns()["reserved_line"]
        for match in _DASHED_TAIL.finditer(doc.text):
            block = doc.block_at(match.start())
            if block is None or block.kind not in (PARAGRAPH, CAPTION) or not reserved_line.fullmatch(match[1]):
                continue
            yield self.diagnostic(
                match.start() + len(match.group()) - len(match.group().lstrip()), match.end(),
                f"page chrome: {_RIGHTS_TAIL_REASON}",
                Fix.safe("Delete the credit", Edit(match.start(), match.end(), "")),
            )

    def _bracketed_links(self, doc: Document) -> Iterator[Diagnostic]:
        """A link to another story in brackets after a sentence of a paragraph ("... in Marawi
        City. (READ: Timeline of the clashes)"): the page's, shown with its deletion."""
        text = doc.text
        if not any(map(text.__contains__, _LINK_HINTS)):
            return  # a few C-level tests: nearly every story stops here
        for match in _BRACKETED_LINK.finditer(text):
            block = doc.block_at(match.start(1))
            if block is None or block.kind != PARAGRAPH:
                continue
            yield self.diagnostic(
                match.start(1), match.end(1), f"page chrome: {_BRACKETED_LINK_REASON}",
                Fix.display_only("Delete the link", Edit(match.start(), match.end(), "")),
            )

    def _tweet_tails(self, doc: Document) -> Iterator[Diagnostic]:
        """An embedded tweet's link, author and date where the page printed the tweet ("...
        Province pic.twitter.com/Kj7RifvXW7— KFA-UK (@Korea_Friend_UK) September 15, 2020", or
        the signature on a line of its own, and the photo's link ending the text above it):
        the tweet's text may be quoted in the story, its tail never is. Shown, never fixed."""
        if "twitter.com/" not in doc.text and "(@" not in doc.text:
            return  # two C-level tests: nearly every story has neither
        blocks = doc.blocks
        for index, block in enumerate(blocks):
            if block.kind not in (HEADLINE, PARAGRAPH) or "twitter.com/" not in block.text and "(@" not in block.text:
                continue
            for match in _TWEET_TAIL.finditer(block.text):
                start, end = block.start + match.start(), block.start + match.end()
                yield self.diagnostic(
                    start, end, f"page chrome: {_TWEET}",
                    Fix.display_only("Delete the tweet's link, author and date", Edit(start, end, "")),
                )
            below = blocks[index + 1].text if index + 1 < len(blocks) else ""
            for photo in _TWEET_PHOTO.finditer(block.text) if "pic.twitter.com/" in block.text else ():
                after = block.text[photo.end() :].lstrip() or below
                if after.lstrip()[:1] not in ("—", "–") or _TWEET_TAIL.match(after) is None:
                    continue
                start, end = block.start + photo.start(), block.start + photo.end()
                yield self.diagnostic(
                    start, end, f"page chrome: {_TWEET_PHOTO_REASON}",
                    Fix.display_only("Delete the tweet's photo link", Edit(start, end, "")),
                )

    def _copyright_footer(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """The page's copyright line under the story ("[© 2018 SMPKE, PMO]") marks its footer:
        the short lines between the story's last sentence and it (an update date, a read
        counter), the line itself, and the lines under it (the publisher's address, its phone,
        a visitors' counter) up to the next story's paragraph. Shown, never fixed."""
        text = doc.text
        if "©" not in text and "opyright" not in text and "OPYRIGHT" not in text:
            return  # one C-level scan: nearly every story has none
        lines = [(block, line) for block in doc.blocks if block.kind in _SCOPE for line in lines_of(block)]
        mark = next(
            (i for i, (_, line) in enumerate(lines) if i and patterns()["copyright"].match(line.text)
             and (line.text.count(" ") < _COPYRIGHT_WORDS or _RESERVED.search(line.text, 0, _RESERVED_WITHIN))
             and not _PHOTO_RIGHTS.fullmatch(line.text)),
            None,
        )
        if mark is None:
            return
        # The story's last sentence may be short ("The cause is under investigation."): a footer's
        # lines are no sentences.
        last = next((i for i in range(mark - 1, -1, -1) if _short_sentence(lines[i][1].text)), None)
        if last is None:
            return  # no story above it: a page of the site's own
        for i in range(last + 1, len(lines)):
            block, line = lines[i]
            if i > mark and (
                line.text.count(" ") >= _COPYRIGHT_WORDS or len(line.text) > _FOOTER_LINE or _running_prose(line.text)
            ):
                break  # another story's paragraph under the footer, a line too long for one, or a sentence
            if line.start in reported or i < mark and _story_sentence(line.text) or _RIGHTS.search(line.text):
                continue  # another pass's, a sentence of the story, or the debris rule's own line
            if i < mark and line.text.count(" ") >= CUT_PROSE_SPACES:
                continue  # the story's last paragraph, its stop cut off by the scrape
            if i < mark and (_REPORTING_CREDIT.match(line.text) or _SIGNED_BY.match(line.text)):
                continue  # the story's own credit ("Reporting by ...", "By Jane Doe - Translated by ...")
            where = "the page's copyright line" if i == mark else (
                "a line of the page's footer, " + ("above" if i < mark else "under") + " its copyright line"
            )
            yield self._line(doc, block, line, where, False)
