"""NL409 related-list: a "Related posts" header and the list of other stories under it.

The rule finds a header and the list under it; lists with no header are found by the passes in
`rules/nl409/` (titles marked or alone, titles with their dates or teasers in pairs, another
story run on under this one)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import regex

from ..core.diagnostics import Diagnostic
from ..core.document import Block, Document
from ..core.rule import RuleSpec
from ..data import shipped
from ..regexes import compile_cached, phrase_pattern
from .nl409.pairs import PairPasses
from .nl409.shared import (
    _SCOPE,
    MAX_HEADER,
    MAX_TITLE,
    TITLE_PAIRS,
    _bulleted_title,
    _prose,
)
from .nl409.stories import StoryPasses
from .nl409.titles import TitlePasses
from .support.chrome.lines import lines_of
from .support.chrome.vocabulary import (
    header_openers,
    related_headers,
    story_above,
)

# A section's name or a site's initials before the header ('"Politics" POPULAR ARTICLE', "JN
# ACCESS RANKING").
_PREFIX = (
    r"(?:[\"“][^\"”\n]{1,24}[\"”][ \t]+|(?-i:\p{Lu}{2,4})[ \t]+"
    # ... or a site's or a place's name of one or two capitalised words ("Edmonton Top Stories").
    r"|(?-i:\p{Lu}[\p{L}\p{N}.'’-]*)[ \t]+(?:(?-i:\p{Lu}[\p{L}\p{N}.'’-]*)[ \t]+)?)?"
)


@cache
def _header() -> regex.Pattern[str]:
    data = shipped("data/web_chrome.yaml")
    headers = related_headers()
    words = phrase_pattern(headers)
    sectioned = data["related_sectioned"]
    section = (
        rf"(?:{'|'.join(sectioned['heads'])})\s+(?:\p{{L}}[\p{{L}}&-]*\s+){{1,2}}(?:{'|'.join(sectioned['tails'])})"
    )
    # The header alone ("Related posts:"), or a header with one linked title after a colon
    # ("See also: Minister resigns"), or a line closing "... include:".
    return compile_cached(
        rf"(?i)(?:[•·▪◦][ \t]*)?{_PREFIX}(?:{words}|{section})\b"
        rf"(?P<gap>[ \t]{{2,}}|[ \t]*:|[ \t]*[-–—][ \t]*(?=\p{{Lu}}))?(?P<rest>[^\n]{{0,{MAX_TITLE}}}?)[\s:.»›>…-]*|"
        rf"(?P<include>[^\n.!?]{{0,{MAX_HEADER}}}\b(?:stories|news|articles|posts|headlines)\b[^\n.!?]{{0,40}}\binclude):"
    )


NAMED_WORDS = 4  # words of a site's or section's name after a header ("More from Star Tribune")


def _header_alone(text: str, openers: frozenset[str], header_pattern: regex.Pattern[str]) -> bool:
    """A related-stories header with nothing else on its line ("Most Viewed", "Related News:")."""
    if len(text) > MAX_HEADER or text.split(None, 1)[0].lower() not in openers:
        return False  # one look-up: nearly every line opens with another word
    match = header_pattern.fullmatch(text)
    return match is not None and match["include"] is None and not (match["rest"] or "").strip(" :»›>…-")


def _named(header: str, rest: str) -> bool:
    """A header closing with "from", or followed by it or by "of", and a site's or section's name
    after it: one to four capitalised words ("More from Star Tribune", "Recommended from
    Editorial", "Other materials of «Politics»"), not a sentence."""
    words = rest.split()
    if not header.rstrip().lower().endswith(" from"):
        if words[:1] not in (["from"], ["From"], ["of"]):
            return False
        words = words[1:]
    return 0 < len(words) <= NAMED_WORDS and all(w.lstrip("«\"“")[:1].isupper() or w == "&" for w in words)


_SMALL = frozenset(("in", "of", "the", "this", "on", "for", "and", "&"))


def _titled(header: str, rest: str) -> bool:
    """A header with a few more words in its title case ("Most Viewed Video Stories", "Most Read
    in 24 Hours"): the list's heading, not a sentence ("Related talks begin") if a title follows."""
    words = rest.split()
    return (
        header[:1].isupper() and 0 < len(words) <= NAMED_WORDS and words[-1][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL for w in words)
    )


def _bulleted_titles(blocks: list[Block], after: int) -> bool:
    """Three bulleted titles, the first lines of these blocks after offset `after` (the header's
    own block may hold them in single-newline copy)."""
    lines = [line for block in blocks for line in lines_of(block) if line.start > after][:TITLE_PAIRS]
    return len(lines) == TITLE_PAIRS and all(_bulleted_title(line.text) for line in lines)


class RelatedStories(TitlePasses, PairPasses, StoryPasses):
    spec = RuleSpec(
        code="NL409",
        name="related-list",
        category="residue",
        summary='A "Related posts" or "Other news" header with the list of other stories under it.',
        rationale=(
            "Story pages end with links to other stories under a header ('Related posts', "
            "'See also', 'Other stories include:'); a scrape keeps the header and the titles as "
            "if they were paragraphs. Removing the header alone would leave the titles standing "
            "as body text, so header and list are one finding and one fix. The fix is safe only "
            "when the list runs to the end of the copy and holds titles, dates and names but no "
            "sentence; a list with teaser sentences, or one followed by more copy, is shown for "
            "an editor to decide. A header closing with or followed by 'from' may name the site or section after it "
            "('More from Star Tribune', 'Recommended from Editorial': up to four capitalised words), and "
            "a header may close with dots ('You may also like...') or a colon glued to its one word, in "
            "capitals too ('RELATED:'); 'of' may name the section too ('Other materials "
            "of «Politics»'), and a site's or a place's name of one or two words may open a header under the story "
            "('Springfield Top Stories'). A header "
            "with its colon run on to the last sentence of the paragraph above its list ('... the "
            "governor.(NAN). READ ALSO:') is reported from the header on, and so is a header alone on the last line "
            "of a block ('... car. - BERNAMA' over 'Related Articles:'), or inside a block of single-newline "
            "copy under the story's first sentence (other stories' titles, 'Most Viewed', more titles). "
            "Other stories' leads, one "
            "sentence a line with no title, byline or dateline, after the paragraph the story's sign-off "
            "closes ('... of Nghe An.-VNA'), are such a list whose titles were lost: shown, as sentences. "
            "Three titles or more in a row, each over its one-sentence summary, are the page's ticker or "
            "trends banner, above the story or under it: shown; so are three titles or more, one a line "
            "from under the story's last sentence or its credit line ('With IANS') to the end with no header "
            "(not a fixture list 'A v B' "
            "or a table's figures; in single-newline copy the last block's lines, a source line under them, "
            "not the story's captions), or each over the opening of its lead there (the page may cut every "
            "lead short, and the story's date line may stand above the list); so are three titles or "
            "more each beside a list's mark: its rank ('-', "
            "'1'), its age ('- 17 hours ago') or its source and date ('Kyodo - Sep 06'), a ranking or a "
            "latest-news box anywhere on the page. Another story that an archive or section page prints "
            "in full under this one, from its title to the end (a title over a datelined lead, over the "
            "page's source line that the story carries too, over its byline, under its date line, or over "
            "a lead opening with the story's own place), is shown; a digest whose stories rule lines part "
            "is left alone. So is another story after this one's sign-off alone on its line ('(IANS)'), "
            "its lead dated ('Nayagarh, Dec 9: ...'): a story goes on after no sign-off. "
            "Headers are data (`rules/data/web_chrome.yaml`)."
        ),
        example="Talks resumed on Monday.\n\nRelated posts\n\nMinister resigns\n\nRain hits harvest",
        example_fixed="Talks resumed on Monday.",
        fix_safety="varies",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        blocks = doc.blocks
        # Another story after this one's sign-off: what follows it is that story's, headers too.
        other = next(iter(self._signed_off_story(doc)), None)
        if other is not None:
            yield other
            blocks = [b for b in blocks if b.end <= other.start]
        openers = header_openers()
        header_pattern = _header()
        for index, block in enumerate(blocks):
            text = block.text
            if index and "\n" in text and block.kind in _SCOPE:
                # A header alone on a later line of a block, single-newline copy having glued it to
                # the paragraph or the date line above ("... car. - BERNAMA" / "Related Articles:").
                last = self._later_line_header(doc, index, block, openers, header_pattern)
                if last is not None:
                    yield last
                    return
            if index == 0 or block.kind not in _SCOPE or len(text) > 400:
                continue
            if len(text) > MAX_HEADER + MAX_TITLE and "\n" not in text:
                continue  # a block is trimmed: its one line is too long for a header (most paragraphs)
            # Cheap test first: a header opens with one of a few words, or ends "include:".
            head = block.text[:60].lstrip("•·▪◦ \t").split(None, 3)  # a list's bullet before it
            # "RELATED:": the header's colon glued to its one word
            opener = bool(head) and head[0].rstrip(":").lower() in openers
            if head and not opener and (
                head[0][:1] in "\"“" or head[0].isupper() and len(head) > 1 and len(head[0]) <= 4
            ):
                head = head[1:]  # a section's name or a site's initials before the header
            elif head and not opener and head[0][:1].isupper():
                # A site's or a place's name before it, one or two words ("Edmonton Top Stories"),
                # under the story (above it, "Kenyan Top Stories" is the site's own name).
                if not story_above(doc, block.start):
                    continue
                head = head[1:] if len(head) > 1 and head[1].lower() in openers else head[2:]
            if not head or head[0].strip(":\"”").lower() not in openers and "include:" not in block.text:
                continue
            first = next(lines_of(block), None)
            if first is None or len(first.text) > MAX_HEADER + MAX_TITLE:
                continue
            match = header_pattern.fullmatch(first.text)
            if match is None:
                continue
            rest = (match["rest"] or "").strip(" :»›>…-")
            header = first.text[: match.start("rest")]
            # A title-case heading over a sentence is the story's sub-heading ("Related Talks Begin").
            titled = _titled(header, rest) and (index + 1 == len(blocks) or not _prose(blocks[index + 1].text))
            named = match["include"] is None and (
                _named(header, rest) or titled
                # ... or a few words more over a bulleted list of titles ("Most watched News videos")
                or 0 < rest.count(" ") < NAMED_WORDS
                and _bulleted_titles(blocks[index : index + 1 + TITLE_PAIRS], first.end)
            )
            if match["include"] is None and rest and match["gap"] is None and first.text[-1:] != ":" and not named:
                continue  # "Related talks begin": a sentence that opens with a header word
            if match["include"] is None and rest and len(rest) > MAX_HEADER and _prose(rest):
                continue  # "See also: ..." that runs on into a sentence of its own
            inline = bool(rest) and match["include"] is None and not named
            yield self._report(doc, index, block, first, inline)
            if not inline:
                return  # the header's list runs to the end: nothing after it is the story's
        spans: list[Diagnostic] = []
        for found in (
            *self._top_titles(doc), *self._glued(doc), *self._teasers(doc), *self._title_pairs(doc),
            *self._trailing_titles(doc), *self._trailing_pairs(doc), *self._next_story(doc), *self._marked_titles(doc),
        ):
            if any(earlier.start <= found.start < earlier.end for earlier in spans):
                continue  # inside a list already reported ("another story" among its items)
            if other is None or found.start < other.start:
                spans.append(found)
                yield found

    def _later_line_header(
        self, doc: Document, index: int, block: Block, openers: frozenset[str], header_pattern: regex.Pattern[str]
    ) -> Diagnostic | None:
        """A header alone on a line of the block after its first, nothing else on it, with its list
        under it: on the last line, or on a line inside a block of single-newline copy under the
        story's first sentence (a list of titles, "Most Viewed", more titles)."""
        first, *lines = lines_of(block)
        if _header_alone(first.text, openers, header_pattern):
            lines = lines[-1:]  # the block's own header opens its list: only its last line may be another's
        for number, line in enumerate(lines, 1):
            if not _header_alone(line.text, openers, header_pattern):
                continue
            if number < len(lines) and not story_above(doc, line.start):
                continue  # a site's menu above the story
            return self._report(doc, index, block, line, False)
        return None
