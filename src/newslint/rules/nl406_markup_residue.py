"""NL406 markup-residue: HTML entities and tags left in plain-text copy.

Long on purpose: entities, tags, shortcodes and lost ampersands or brackets are one question (the
page's markup or the story's text?) answered with one table of tag names behind one cheap pre-check."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document, block_removal
from ..core.rule import Rule, RuleSpec
from ..core.suppression import newslint_comment
from ..data import shipped_as
from ..regexes import compile_cached
from .support.chrome.lines import Line, line_removal, lines_of

_ENTITY = r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|\#[0-9]{1,7}|\#[xX][0-9A-Fa-f]{1,6});"
# What any entity or tag must contain: an entity in full; for a tag "</" or "<" and a lower-case
# letter, "/>", or an attribute's "=" after "<" and a letter. Ticker brackets ("<IBM>") and
# ampersands ("S&P") pass it by, so one C-level scan settles most documents.
# Three scans, each with a literal start, are several times faster than one alternation.
_MAYBE_ENTITY = re.compile(_ENTITY)
_MAYBE_TAG = re.compile(r"<(?:[a-z/]|[ \t]/[a-z]|[A-Za-z][^<>]*=)")


def _may_hold_markup(text: str) -> bool:
    """Whether the text may hold an entity or a tag. A tag needs "<" and an entity "&": looking
    for one character is many times faster than for "/>", so most texts are settled by that."""
    if "<" in text and ("/>" in text or _MAYBE_TAG.search(text) or _CDATA_OPEN in text):
        return True
    if _CDATA_CLOSE in text:
        return True
    return "&" in text and _MAYBE_ENTITY.search(text) is not None


# An XML feed's wrapper around its text ("<![CDATA[Former vice-minister jailed]]>"), left when
# a scraper took the feed for text. A closing mark alone on its line is NL405's debris line.
_CDATA_OPEN = "<![CDATA["
_CDATA_CLOSE = "]]>"
_CDATA = re.compile(r"<!\[CDATA\[|\]\]>")


# An entity that a tokenizer or a scrape broke up with spaces ("& # 39;", "& quot ;"): no
# sentence puts "&" before "#" and a number, or before an entity's name and ";".
_SPACED_ENTITY = re.compile(
    r"&[ \t]*(?:\#[ \t]*(?:\d{2,5}|[xX][0-9A-Fa-f]{2,4})|quot|amp|apos|nbsp|lt|gt|[lr]squo|[lr]dquo|[mn]dash|hellip)"
    r"[ \t]*;"
)

# Spaces that an entity stands for: a plain space is what the desk wants in plain text.
_SPACES = frozenset("\u00a0\u2002\u2003\u2009\u202f")


@dataclass(frozen=True)
class MarkupData:
    break_tags: list[str]
    inline_tags: list[str]
    void_tags: list[str]
    suspect_after_letter: list[str]
    shortcodes: list[str]
    lost_ampersand_accents: list[str]
    lost_ampersand_names: list[str]
    lost_ampersand_opening: list[str]


def _tag_names(data: MarkupData) -> str:
    """The tags' names as alternatives of a pattern, the longest first."""
    return "|".join(regex.escape(n) for n in sorted(data.break_tags + data.inline_tags, key=len, reverse=True))


@cache
def _data() -> tuple[MarkupData, regex.Pattern[str]]:
    data = shipped_as("data/residue_markup.yaml", MarkupData)
    names = _tag_names(data)
    attributes = r"\s+[A-Za-z][\w:-]*\s*=\s*(?:\"[^\"<>\n]*\"|'[^'<>\n]*'|[^\s<>\"']+)"
    # A bare attribute ("async", "defer") counts beside one with a value: <script async src="...">.
    bare = r"\s+[a-z][\w-]*"
    tag = (
        rf"</?(?:{names})(?:{attributes})*\s*/?>"  # lower case: <br>, </p>, <a href="...">
        rf"|<(?:{names})(?:{bare})*(?:{attributes})(?:{attributes}|{bare})*\s*/?>"
        rf"|(?i:</?(?:{names})(?:{attributes})+\s*/?>)"  # any case, but with attributes
        rf"|(?i:<(?:{names})\s*/>)"  # any case, self-closing: <BR/>
        rf"|<[ \t]+/(?:{names})[ \t]*>"  # a closing tag a converter spaced: "< /p>"
    )
    return data, compile_cached(rf"(?P<entity>{_ENTITY})|(?P<tag>{tag})", regex.VERSION1)


# Characters after an opening tag its closing tag may stand within, lines further on: a scrape
# makes each line of a page's markup a paragraph ("<script>" over its code and "</script>").
_CLOSE_REACH = 2000
_SPLIT_TAG_MESSAGE = "an HTML tag split over lines (its name or its attributes) left in the text"


@cache
def _split_tag_patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """A known tag's opening with its attributes and no ">", and a line of attributes alone
    (each `name="value"`), closed or not ('... data-ad-slot="1033882026"></ins>')."""
    names = _tag_names(_data()[0])
    value = r"=\"[^\"<>\n]*\""
    attribute = rf"[a-z][\w:-]*{value}"
    # A line of attributes alone opens with one that only HTML writes (not a mail header's "boundary=").
    html = rf"(?:{'|'.join(_HTML_ATTRIBUTES)}|data-[\w-]+|aria-[\w-]+){value}"
    closing = rf"(?:\s*/?>(?:</(?:{names})>)?)?"
    return (
        compile_cached(rf"<(?:{names})(?:\s+{attribute})+"),
        compile_cached(rf"{html}(?:\s+{attribute})*{closing}"),
    )


_HTML_ATTRIBUTES = (
    "class", "style", "id", "src", "href", "width", "height", "alt", "title", "rel", "target",
    "frameborder", "allowfullscreen", "scrolling", "srcset", "sizes", "loading", "onclick",
)


@cache
def _shortcode() -> regex.Pattern[str]:
    """A shortcode with attributes ("[caption id=\"attachment_1\" width=\"210\"]") or a closing
    one ("[/caption]"): a name alone in brackets ("[video]") may be an editor's note."""
    names = "|".join(regex.escape(n) for n in _data()[0].shortcodes)
    # A setting's quoted value; a blog's text filter may have made its quotes typographic
    # ("[embedpost slug=”pm-expresses-gratitude”]").
    quoted = r"[\"“”″][^\"“”″\n]{0,200}[\"“”″]"
    # Any plug-in's shortcode counts when it carries two settings or more, quoted or bare
    # ("[tptn_list limit=3 daily=1]"): no bracketed note of an editor's reads "name key=value key=value".
    bare = rf"\[[a-z][a-z0-9_]*(?:\s+[a-z_]+=(?:{quoted}|[\w.%-]{{1,40}})){{2,}}\s*\]"
    # ... or one quoted setting after a plug-in's name with an underscore ("[mc4wp_form id=\"\"]"),
    # or after a name a blog platform's embeds take ("[embedpost slug=...]").
    plugin = rf"\[(?:[a-z][a-z0-9]*_[a-z0-9_]+|embed[a-z]+)(?:\s+[a-z_]+={quoted})+\s*\]"
    return compile_cached(
        rf"\[(?:{names})(?:\s+[a-z_]+={quoted})+\s*\]|\[/(?:{names})\]|{bare}|{plugin}"
    )


# A template's message key: three dotted names or more, the first lower-case ("news.modal.header",
# "article.share.title"); a web address ("www.site.com") is another thing.
_MESSAGE_KEY = compile_cached(r"(?!www\.)[a-z][a-z0-9_]*(?:\.[a-z][A-Za-z0-9_]*){2,}")
_MESSAGE_KEY_LINE = compile_cached(rf"(?m)^{_MESSAGE_KEY.pattern}$")  # one C-level search of the article first
MAX_MESSAGE_KEY = 60
# A Markdown image: its alternative text in brackets, its address in parentheses (maybe none).
_MARKDOWN_IMAGE = compile_cached(r"!\[[^\]\n]{0,200}\]\([^()\s]{0,400}\)[ \t]*")
# A link's note for screen readers that the scrape kept after its text ("Hess (HES.N), opens new
# tab"): a comma or brackets before it, with no article, as no sentence puts it.
_LINK_NOTE = compile_cached(
    r",[ \t]*opens[ \t]+(?:in[ \t]+)?new[ \t]+(?:tab|window)\b"
    r"|[ \t]*\(opens[ \t]+in[ \t]+(?:a[ \t]+)?new[ \t]+(?:tab|window)\)"
)


# A style sheet's rules on a line of their own: selectors, then properties in braces
# ("#article_video {width:100%;margin:25px 0;overflow:hidden;}", ".x, .y { color: red }"), a
# selector of several classes too (".share.counter"), and as a page translator leaves them, a
# space put into a name ("# ctcg_frame", "top margin") and a capital ("Display: none").
_SELECTOR = r"[#.@]?[ \t]?[A-Za-z_][\w-]*(?:[#.:]{1,2}[A-Za-z_][\w-]*|\[[^\]\n]*\])*"
_STYLE_RULES = compile_cached(
    rf"(?:[ \t]*{_SELECTOR}(?:[ \t]*[,>+~ ][ \t]*{_SELECTOR})*[ \t]*"
    r"\{(?:[ \t]*[A-Za-z-]+(?:[ \t][a-z-]+)?[ \t]*:[^{};\n]+;?)+[ \t]*\})+[ \t]*"
)
# A style sheet's media query opening its block, alone on a line ("@media (max-width: 767px) {").
_STYLE_AT_RULE = compile_cached(r"[ \t]*@(?:media|supports)[ \t]*\([^{}\n]*\)[ \t]*\{[ \t]*")
MAX_STYLE_LINE = 2000
# A line of JavaScript: a declaration ("var js, fjs = ...;"), a function's head ("(function(d, s,
# id){"), a test with its block or return ("if (d.getElementById(id)) return;"), a call or an
# assignment on an object's member ("fjs.parentNode.insertBefore(js, fjs);", "js.src = '...';"),
# a call on a member assigned ("js = d.createElement(s);"),
# or a block closed with its call ("}(document, 'script', 'facebook-jssdk'));").
_SCRIPT_LINE = compile_cached(
    r"[ \t]*(?:"
    r"(?:var|let|const)[ \t]+[\w$]+(?:[ \t]*,[ \t]*[\w$]+)*[ \t]*(?:=[^\n]*)?;"
    r"|[}(!]*[ \t]*function[ \t]*[\w$]*[ \t]*\([\w$, \t]*\)[ \t]*\{?"
    r"|if[ \t]*\([^\n]*\)[ \t]*(?:\{[^\n]*|return\b[^\n]*;)"
    r"|[\w$]+(?:\.[\w$]+)+[ \t]*(?:\([^\n]*\)|=[^\n]+)[ \t]*;"
    r"|[\w$]+[ \t]*=[ \t]*[\w$]+(?:\.[\w$]+)+[ \t]*\([^\n]*\)[ \t]*;[^\n]*"
    r"|\}[ \t]*\([^\n]*\)\)?[ \t]*;?"
    # A template's PHP assignment ("$hide_icon = true;") and its closing tag alone ("?>").
    r"|\$[A-Za-z_]\w*(?:\[[^\]\n]{0,40}\])?[ \t]*=[ \t]*[^\n;]{1,200};|\?>"
    r")[ \t]*"
)
MAX_SCRIPT_LINE = 300
# A social network's loader ("(function(d, s, id) { var js, fjs = ...}(document, 'script',
# 'facebook-jssdk'));"), on a line of its own or run on after an embedded post's credit; a call
# of jQuery's ('"); jQuery("#212 h3").html("'); what is left of a script's strings and blocks
# ('"); });'). None is ever prose.
_LOADER = re.compile(r"\(function\s*\(\s*d\s*,\s*s\s*,\s*id\s*\)\s*\{")
_JQUERY = re.compile(r"\bjQuery\(\s*[\"'#.]")
# A line opening with a call of jQuery's on the page ('jQuery(document).ready(function() {...',
# after what is left of a string: '"); jQuery(...'), however long the script run on after it.
_JQUERY_OPENING = re.compile(r"[\s\"');}]*(?:jQuery|\$)\(\s*(?:document|window|function)\b")
_SCRIPT_PUNCTUATION = re.compile(r"[\s\"');{}()]*[;{}][\s\"');{}()]*")
MAX_LOADER_LINE = 1000
_SCRIPT_MESSAGE = "a line of a page's script (JavaScript) left in the text"
# A script's object literal over several lines (an ad slot's settings): a call or a key opening a
# block ("adUnits.push({", "bids: [{"), the block's closing marks alone ("},{", "}]", "});"),
# and, beside such lines, a key with its value ("bidder: 'appnexus',", "placementId: '1414'"):
# a key's line alone may be anything ("note: see below").
_OPENING_CALL = compile_cached(r"[ \t]*[\w$]+(?:\.[\w$]+)+[ \t]*\([ \t]*[\[{][ \t]*")
_KEY_OPENS = compile_cached(r"[ \t]*[A-Za-z_$][\w$]*[ \t]*:[ \t]*(?:\[[ \t]*)?\{[ \t]*")
_CLOSING_MARKS = compile_cached(r"[ \t]*[}\]][ \t}\])]*(?:,[ \t]*[\[{]?)?[ \t]*;?[ \t]*")
_KEY_VALUE = compile_cached(r"[ \t]*[a-z_$][\w$]*[ \t]*:[ \t]*[^\s:][^\n]*")
# A content network's stand-in for an e-mail address it hides from robots, printed where the
# address was when a scrape does not run the page's script.
_HIDDEN_EMAIL = re.compile(r"\[email(?: |\u00a0|&nbsp;|&#160;)protected\]")

# An HTML comment on one line; newslint's own comments ("<!-- newslint: disable ... -->") are the desk's.
# Its dashes may be typographic ones, a blog's text filter's ("<!– /1144/Article_300x250 –>").
_HTML_COMMENT = re.compile(r"<!(?:--|[–—])[^\n]{0,300}?(?:--|[–—])>")

# "{{hitsCtrl.values.hits}}", "{{ article.title }}": a template's variable, a name with dots; a
# section's opening or closing tag ("{{^userSubscribed}}", "{{/userSubscribed}}").
_PLACEHOLDER = compile_cached(
    r"\{\{[ \t]*[#^/]?[A-Za-z_$][\w$]*(?:\.[\w$]+)*"
    # An operation and a filter with its argument ("{{newsPoint.date * 1000 | date : 'HH:mm'}}").
    r"(?:[ \t]*[-+*/][ \t]*(?:\d{1,6}|'[^'\n{}]{0,20}'))?(?:[ \t]*\|[ \t]*\w+(?:[ \t]*:[ \t]*'[^'\n{}]{0,30}')?)?"
    r"[ \t]*\}\}"
    # Another template language's variable, between dollar signs ("$article.art_field1$"), or in
    # braces after one ("{$excerpt:n}").
    r"|\$[A-Za-z_]\w*(?:\.\w+)+\$|\{\$[A-Za-z_]\w*(?:[.:]\w+)*\}"
)

# A content system's plug-in tag in braces ("{googleAds}" ... "{/googleAds}", "{loadposition ad1}"):
# a closing tag anywhere, an opening one where the article prints its closing tag too.
_PLUGIN_TAG = compile_cached(r"(?<!\{)\{(/?)([A-Za-z][A-Za-z0-9_]{1,30})(?:[ \t]+[^{}\n]{1,60})?\}(?!\})")
# A news API's mark where it cut the text short ("... the company said… [+3392 chars]").
_TRUNCATION_MARK = compile_cached(r"[ \t]*(\[\+\d{1,7} chars\])")


def _plausible(decoded: str) -> bool:
    """A character an entity stands for in English copy: Latin (accented) or punctuation; "#12;"
    or "#4021;" after a letter is a code's number, not an entity."""
    code = ord(decoded) if len(decoded) == 1 else 0
    return 0x20 < code < 0x7F or 0xA0 < code <= 0x24F or 0x2010 <= code <= 0x206F


@cache
def _lost_ampersand() -> regex.Pattern[str]:
    """An entity that lost its "&" ("Herveacute; Magro", "cityrsquo;s"): a letter's accent
    glued to its vowel, or a punctuation entity whose name no English word ends with."""
    data = _data()[0]
    accents = "|".join(data.lost_ampersand_accents)
    names = "|".join(sorted(data.lost_ampersand_names, key=len, reverse=True))
    opening = "|".join(sorted(data.lost_ampersand_opening, key=len, reverse=True))
    return compile_cached(
        rf"(?<![&\w])(?:[A-Za-z](?:{accents})|(?:{names}|{opening}));|(?<=\p{{L}})[A-Za-z](?:{accents});"
        rf"|(?<=\p{{L}})(?:{names}|\#\d{{2,5}});|(?<![&\w])\#\d{{2,5}};(?=\p{{L}})"
    )


@cache
def _lost_bracket() -> regex.Pattern[str]:
    """A tag's name and ">" opening a paragraph, a letter, figure or quotation mark after it; or
    with its attributes, before such a letter or alone ('span class="inline">New envoys ...')."""
    data = _data()[0]
    names = _tag_names(data)
    after = "[\\p{L}\\p{N}\"“‘']"
    attributes = r"""(?:[ \t]+[\w:-]{1,20}=(?:"[^"\n<>]*"|'[^'\n<>]*'))+"""
    return compile_cached(rf"/?(?:{names})(?:>(?={after})|{attributes}[ \t]*/?>(?={after}|[ \t]*$))")


class MarkupResidue(Rule):
    spec = RuleSpec(
        code="NL406",
        name="markup-residue",
        category="residue",
        summary="An HTML entity (&amp;, &nbsp;, &#233;) or tag (<br>, </p>) left in plain text.",
        rationale=(
            "Copy that passed through a web page or a CMS export keeps its markup: `&amp;` for &, "
            "`caf&#233;` for café, `<br>` between sentences. Readers of plain text see the code. "
            "The fix decodes the entity or removes the tag (leaving a space where it separated "
            "words). Markdown files are skipped: there, HTML is part of the format. Tag names are "
            "data (`rules/data/residue_markup.yaml`); upper-case `<BR>` without attributes is "
            "left alone, since wire copy uses angle brackets for tickers. An XML feed's CDATA marks "
            "around text (`<![CDATA[...]]>`) are removed, the text kept; so is a tag that lost "
            "its '<' where the scrape cut the markup, opening a paragraph ('p>Thursday's attack', or with "
            "its attributes, 'span class=\"inline\">New envoys'), "
            "and a blogging platform's shortcode around a caption ('[caption id=\"attachment_1\" "
            "width=\"210\"]', '[/caption]'; any plug-in's with two settings or more, '[tptn_list limit=3 "
            "daily=1]', an embed's with one: '[embedpost slug=\"...\"]'; quotes a blog made typographic count "
            "too), a link's note for screen readers kept after its text ('Hess (HES.N), opens new tab'), "
            "a template's message key left untranslated on a line of its own ('news.modal.header'), a content "
            "system's plug-in tags in braces ('{googleAds}' ... '{/googleAds}': a closing tag, or an opening "
            "one whose closing tag the article prints), a news feed's mark where it cut the story short "
            "('[+3392 chars]', only shown: the text before it is cut too), and a "
            "Markdown image's code in plain text ('![](https://...)'). An entity broken up by spaces "
            "('& # 39;', '& quot ;') is shown with its character offered as an unsafe fix: the spacing may "
            "have lost what stood there. An entity that lost its '&' is decoded: an accent's or a punctuation "
            "mark's name glued on ('cityrsquo;s', 'Government#39;s', 'said.nbsp;'), and one that English words "
            "may end with only where no letter stands before it ('stated, quot;The meeting'; 'camp;' stays). "
            "A page template's variable left unrendered "
            "('{{hitsCtrl.values.hits}}', a section's tags '{{^userSubscribed}}') is shown, with its deletion "
            "offered, and so is a style "
            "sheet's rules left as a line ('#article_video {width:100%;margin:25px 0;}', a selector of "
            "several classes, '.share.counter {display: none;}', and as a page translator leaves them, "
            "'# ctcg_frame_1 {Display: none;}', '.box strong {top margin: 8px;}') or its media query "
            "opening a block ('@media (max-width: 767px) {'), and a "
            "script's code ('var js, fjs = d.getElementsByTagName(s)[0];', 'fjs.parentNode.insertBefore(js, "
            "fjs);', '}(document, \"script\", \"facebook-jssdk\"));'): a line that reads as JavaScript, a "
            "declaration, a function's head, a call on an object's member or a closed block, with no sentence, "
            "a call of jQuery's or a script's closing marks alone ('\"); });'), a line opening with a call of "
            "jQuery's on the page ('jQuery(document).ready(function() {...') however long; a script's object "
            "literal over several lines (an ad slot's settings: 'adUnits.push({', 'bids: [{', '},{', and "
            "beside such lines each key with its value, 'bidder: \'appnexus\','); a social network's loader "
            "('(function(d, s, id) {...') run on after an embedded post's credit is shown from where it opens, "
            "and so is a template's PHP line ('$hide_icon = true;'). A page's HTML comment ('<!-- ... -->', its dashes "
            "typographic ones too: '<!– ... –>') is removed; newslint's own suppression comments are the "
            "desk's and stay. A bare opening "
            "tag counts where its closing tag follows, on a later line too ('<script>' over its code and "
            "'</script>'), and a tag a scrape split over lines is shown, with the line's deletion offered: "
            "its opening and attributes without its '>' ('<ins class=\"adsbygoogle\"'), or a line of its "
            "attributes alone, opening with one only HTML writes ('data-ad-client=\"ca-pub-2469982834957525\"')."
        ),
        example="Profits at AT&amp;T rose.",
        example_fixed="Profits at AT&T rose.",
        fix_safety="varies",
    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        if doc.own_markup:
            return
        text = doc.text
        if ">" in text:
            yield from self._lost_brackets(doc)
        if "[" in text and "]" in text:
            yield from self._shortcodes(doc)
        if "new tab" in text or "new window" in text:
            yield from self._link_notes(doc)
        if "{{" in text or "$" in text:
            yield from self._placeholders(doc)
        if "{/" in text:
            yield from self._plugin_tags(doc)
        if " chars]" in text:
            yield from self._truncation_marks(doc)
        if _MESSAGE_KEY_LINE.search(text) is not None:
            yield from self._message_keys(doc)
        if "](" in text:
            yield from self._markdown_images(doc)
        if "{" in text and ("}" in text or "@" in text) and ":" in text:
            yield from self._style_rules(doc)
        if "protected]" in text:
            yield from self._hidden_emails(doc)
        if "<!--" in text or "<!–" in text or "<!—" in text:
            yield from self._html_comments(doc)
        if ";" in text or "function" in text or "?>" in text or "{" in text:
            yield from self._script_lines(doc)
        if ";" in text:
            yield from self._lost_ampersands(doc)
            if "&" in text:
                yield from self._spaced_entities(doc)
        if '="' in text:
            yield from self._split_tags(doc)
        if not _may_hold_markup(text):
            return  # the common case, decided for the whole document in C
        data, pattern = _data()
        for block in doc.prose:
            if _CDATA_OPEN in block.text or _CDATA_CLOSE in block.text:
                yield from self._cdata(block.text, block.start)
            if "&" not in block.text and "<" not in block.text:
                continue  # the common case, decided without the regex
            for match in pattern.finditer(block.text):
                start, end = block.start + match.start(), block.start + match.end()
                found = match.group()
                if match["entity"]:
                    import html  # only for an entity actually found

                    decoded = html.unescape(found)
                    if decoded == found:
                        continue  # not a known entity
                    yield self._entity(text, start, end, found, decoded, data)
                elif self._is_markup(found, text[end : max(block.end, end + _CLOSE_REACH)], data):
                    yield self._tag(text, start, end, found, data)

    def _lost_brackets(self, doc: Document) -> Iterable[Diagnostic]:
        """A tag that lost its "<" where the scrape cut the markup, opening a paragraph
        ("p>Thursday's attack ..."): no sentence opens so."""
        pattern = _lost_bracket()
        for block in doc.prose:
            match = pattern.match(block.text)
            if match is not None:
                start, end = block.start, block.start + match.end()
                fix = Fix.safe(f"Remove {match.group()!r}", Edit(start, end, ""))
                yield self.diagnostic(start, end, f"HTML tag {match.group()!r} that lost its '<', in the text", fix)

    def _html_comments(self, doc: Document) -> Iterable[Diagnostic]:
        """A page's HTML comment left in the text ("<!--- DO NOT EDIT ABOVE THIS LINE --->"): the
        page's code. newslint's own suppression comments are the desk's, never reported."""
        for block in doc.blocks:
            for match in _HTML_COMMENT.finditer(block.text):
                if newslint_comment(match.group()):
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                if match.group() == block.text.strip():
                    edit = Edit(*block_removal(doc, block), "")
                else:
                    edit = Edit(start, end, "")
                fix = Fix.safe("Remove the comment", edit)
                yield self.diagnostic(start, end, f"an HTML comment {match.group()[:40]!r} in the text", fix)

    def _hidden_emails(self, doc: Document) -> Iterable[Diagnostic]:
        """"[email protected]": what a content network prints for an address it hides, when the
        page's script did not run. Shown: the address itself is lost."""
        for block in doc.blocks:
            for match in _HIDDEN_EMAIL.finditer(block.text):
                start, end = block.start + match.start(), block.start + match.end()
                fix = Fix.display_only("Remove the placeholder", Edit(start, end, ""))
                message = f"a web page's stand-in {match.group()!r} for a hidden e-mail address"
                yield self.diagnostic(start, end, message, fix)

    def _lost_ampersands(self, doc: Document) -> Iterable[Diagnostic]:
        """An entity that lost its "&" on the way ("Herveacute;", "cityrsquo;s"): decoded as the
        entity would have been; its name with ";" is no English word's ending."""
        pattern = _lost_ampersand()
        text = doc.text
        at = text.find(";")
        while at != -1:
            match = pattern.search(text, max(0, at - 8), at + 1)
            if match is not None and match.end() == at + 1:
                import html  # only for an entity actually found

                decoded = html.unescape("&" + match.group())
                if decoded == "\xa0" and match.start() and not text[match.start() - 1].isspace():
                    # A no-break space glued on ("said.nbsp;"): a space between words, nothing
                    # before a space or the end; a word "nbsp;" alone may be anything.
                    decoded = " " if text[match.end() : match.end() + 1].isalnum() else ""
                if decoded != "&" + match.group() and (decoded in ("", " ") or _plausible(decoded)):
                    start, end = match.start(), match.end()
                    fix = Fix.safe(f"Replace {match.group()} with {decoded!r}", Edit(start, end, decoded))
                    message = f"HTML entity {match.group()} that lost its '&', in the text"
                    yield self.diagnostic(start, end, message, fix)
            at = text.find(";", at + 1)

    def _spaced_entities(self, doc: Document) -> Iterable[Diagnostic]:
        """An entity broken up by spaces ("& # 39;"): the character it stood for is lost in the
        spacing, so the decoded character is offered, not applied."""
        for block in doc.prose:
            for match in _SPACED_ENTITY.finditer(block.text):
                found = match.group()
                if " " not in found and "\t" not in found:
                    continue  # a whole entity: the main scan's
                import html  # only for an entity actually found

                compact = "".join(found.split())
                decoded = html.unescape(compact)
                if decoded == compact or not _plausible(decoded):
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                fix = Fix.unsafe(f"Replace {found!r} with {decoded!r}", Edit(start, end, decoded))
                message = f"HTML entity {compact} broken up by spaces ({found!r}) in the text"
                yield self.diagnostic(start, end, message, fix)

    def _shortcodes(self, doc: Document) -> Iterable[Diagnostic]:
        """A blogging platform's shortcode around a caption or an embed ("[caption id=... ]",
        "[/caption]"): the platform's markup, never the story's words."""
        for block in doc.prose:
            if "[" not in block.text:
                continue
            for match in _shortcode().finditer(block.text):
                start, end = block.start + match.start(), block.start + match.end()
                if match.group() == block.text.strip():
                    edit = Edit(*block_removal(doc, block), "")  # the line goes with it
                else:
                    edit = Edit(start, end + 1 if doc.text[end : end + 1] == " " else end, "")
                fix = Fix.safe("Remove the shortcode", edit)
                message = f"a blog platform's shortcode {match.group()[:40]!r} in the text"
                yield self.diagnostic(start, end, message, fix)

    def _link_notes(self, doc: Document) -> Iterable[Diagnostic]:
        """A link's "opens new tab" note kept in the text: the page's words, never the story's."""
        for block in doc.prose:
            for match in _LINK_NOTE.finditer(block.text):
                start, end = block.start + match.start(), block.start + match.end()
                fix = Fix.safe("Remove the link's note", Edit(start, end, ""))
                yield self.diagnostic(start, end, f"a link's note {match.group().strip(' ,')!r} left in the text", fix)

    def _script_lines(self, doc: Document) -> Iterable[Diagnostic]:
        """A line of a page's script left in the text (the social networks' embed code above all):
        shown, with the line's deletion offered."""
        # A script's object literal spans lines, and a scrape may make each line a paragraph.
        lines = [(block, line) for block in doc.blocks for line in lines_of(block)]
        literal = _object_literal([line for _, line in lines]) if "{" in doc.text else set()
        for number, (block, line) in enumerate(lines):
            text = line.text
            if number in literal:
                fix = Fix.display_only("Delete the line", Edit(*line_removal(doc, block, line), ""))
                yield self.diagnostic(line.start, line.end, _SCRIPT_MESSAGE, fix)
                continue
            if "(function" in text and len(text) <= MAX_LOADER_LINE and (loader := _LOADER.search(text)):
                if text[: loader.start()].strip():
                    # Run on after an embedded post's credit ("Posted by ... 2017 (function(d, ...").
                    start = line.start + loader.start()
                    fix = Fix.display_only("Remove the script", Edit(start, line.end, ""))
                    yield self.diagnostic(start, line.end, "a page's script (JavaScript) run on to the text", fix)
                    continue
                fix = Fix.display_only("Delete the line", Edit(*line_removal(doc, block, line), ""))
                yield self.diagnostic(line.start, line.end, _SCRIPT_MESSAGE, fix)
                continue
            if "(" in text[:40] and len(text) <= MAX_LOADER_LINE and _JQUERY_OPENING.match(text) is not None:
                fix = Fix.display_only("Delete the line", Edit(*line_removal(doc, block, line), ""))
                yield self.diagnostic(line.start, line.end, _SCRIPT_MESSAGE, fix)
                continue
            if len(text) > MAX_SCRIPT_LINE or not (text[-1] in ";{}(\"'>" or "function" in text):
                continue
            if (
                _SCRIPT_LINE.fullmatch(text) is not None or _SCRIPT_PUNCTUATION.fullmatch(text) is not None
                or "jQuery(" in text and _JQUERY.search(text) is not None
            ):
                fix = Fix.display_only("Delete the line", Edit(*line_removal(doc, block, line), ""))
                language = "PHP" if text.lstrip()[:1] == "$" or text.strip() == "?>" else "JavaScript"
                message = f"a line of a page's script ({language}) left in the text"
                yield self.diagnostic(line.start, line.end, message, fix)

    def _split_tags(self, doc: Document) -> Iterable[Diagnostic]:
        """A tag a scrape split over lines: its opening and first attributes without its ">"
        ('<ins class="adsbygoogle"'), or a line of its attributes alone
        ('data-ad-client="ca-pub-2469982834957525"'). Shown, with the line's deletion offered."""
        opening, attributes = _split_tag_patterns()
        for block in doc.blocks:
            for line in lines_of(block):
                text = line.text.strip()
                if '="' not in text or len(text) > MAX_SCRIPT_LINE:
                    continue
                if opening.fullmatch(text) is not None or attributes.fullmatch(text) is not None:
                    fix = Fix.display_only("Delete the line", Edit(*line_removal(doc, block, line), ""))
                    yield self.diagnostic(line.start, line.end, _SPLIT_TAG_MESSAGE, fix)

    def _style_rules(self, doc: Document) -> Iterable[Diagnostic]:
        """A style sheet's rules left as a line ("#article_video {width:100%;margin:25px 0;}"):
        the page's code. Shown, with the line's deletion offered."""
        for block in doc.blocks:
            text = block.text
            if text[-1:] not in "}{" or "\n" in text or len(text) > MAX_STYLE_LINE:
                continue
            if (_STYLE_RULES if text[-1] == "}" else _STYLE_AT_RULE).fullmatch(text) is not None:
                fix = Fix.display_only("Delete the style rules", Edit(*block_removal(doc, block), ""))
                yield self.diagnostic(block.start, block.end, "a style sheet's rules (CSS) left in the text", fix)

    def _placeholders(self, doc: Document) -> Iterable[Diagnostic]:
        """A page template's variable left unrendered ("{{hitsCtrl.values.hits}}"): the page's
        code, never the story's words. Shown: what stood there is lost. Any block: a counter's
        row is a table's line."""
        for block in doc.blocks:
            for match in _PLACEHOLDER.finditer(block.text):
                start, end = block.start + match.start(), block.start + match.end()
                fix = Fix.display_only("Remove the placeholder", Edit(start, end, ""))
                yield self.diagnostic(start, end, f"a page template's unrendered placeholder {match.group()!r}", fix)

    def _plugin_tags(self, doc: Document) -> Iterable[Diagnostic]:
        """A content system's plug-in tags left in the text ("{googleAds}", "{/googleAds}"): the
        page's code, never the story's words; a closing tag, or an opening one whose closing tag
        the article prints. A tag alone on its line goes with its line."""
        closed = {match[2] for match in _PLUGIN_TAG.finditer(doc.text) if match[1]}
        for block in doc.blocks:
            if "{" not in block.text:
                continue
            for match in _PLUGIN_TAG.finditer(block.text):
                if match[2] not in closed:
                    continue
                start, end = block.start + match.start(), block.start + match.end()
                if match.group() == block.text.strip():
                    edit = Edit(*block_removal(doc, block), "")
                else:
                    edit = Edit(start, end + 1 if doc.text[end : end + 1] == " " else end, "")
                message = f"a content system's plug-in tag {match.group()[:40]!r} in the text"
                yield self.diagnostic(start, end, message, Fix.safe("Remove the tag", edit))

    def _truncation_marks(self, doc: Document) -> Iterable[Diagnostic]:
        """A news API's mark where it cut the text ("[+3392 chars]"): the feed's, never the
        story's; the text before it is cut short too, so the fix is only shown."""
        for block in doc.blocks:
            for match in _TRUNCATION_MARK.finditer(block.text):
                start, end = block.start + match.start(1), block.start + match.end()
                message = f"a news feed's mark {match[1]!r} where it cut the story short"
                edit = Edit(block.start + match.start(), end, "")  # with the space before it
                yield self.diagnostic(start, end, message, Fix.display_only("Remove the mark", edit))

    def _message_keys(self, doc: Document) -> Iterable[Diagnostic]:
        """A page template's message key left untranslated, alone on its line ("news.modal.header"):
        the page's code, never the story's words. Its line goes (safe): nothing stood there."""
        for block in doc.blocks:
            text = block.text
            if len(text) > MAX_MESSAGE_KEY or " " in text or text.count(".") < 2 or not _MESSAGE_KEY.fullmatch(text):
                continue
            fix = Fix.safe("Delete the line", Edit(*block_removal(doc, block), ""))
            yield self.diagnostic(block.start, block.end, f"a page template's untranslated message key {text!r}", fix)

    def _markdown_images(self, doc: Document) -> Iterable[Diagnostic]:
        """A Markdown image ("![](https://...)", "![]()") in plain text: a converter's code for a
        picture the text does not hold. Removed with the space after it."""
        for block in doc.prose:
            for match in _MARKDOWN_IMAGE.finditer(block.text):
                start, end = block.start + match.start(), block.start + match.end()
                fix = Fix.safe("Remove the image's code", Edit(start, end, ""))
                yield self.diagnostic(start, end, f"a Markdown image {match.group().strip()[:40]!r} in plain text", fix)

    def _cdata(self, text: str, offset: int) -> Iterable[Diagnostic]:
        for match in _CDATA.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line = text[line_start : len(text) if line_end == -1 else line_end]
            if line.strip() == _CDATA_CLOSE:
                continue  # alone on its line: the page's debris (NL405)
            start, end = offset + match.start(), offset + match.end()
            fix = Fix.safe(f"Remove the feed's {match.group()}", Edit(start, end, ""))
            yield self.diagnostic(start, end, f"an XML feed's CDATA mark {match.group()} in the text", fix)

    def _entity(
        self, text: str, start: int, end: int, found: str, decoded: str, data: MarkupData
    ) -> Diagnostic:
        if decoded in _SPACES:
            touching = text[start - 1 : start].isspace() or text[end : end + 1].isspace()
            decoded = "" if touching else " "
        elif decoded in data.suspect_after_letter and text[start - 1 : start].isalpha():
            return self.diagnostic(
                start, end, f"HTML entity {found} in the text (a damaged character?)", None
            )
        shown = repr(decoded) if decoded.strip() else "a space" if decoded else "nothing"
        fix = Fix.safe(f"Replace {found} with {shown}", Edit(start, end, decoded))
        return self.diagnostic(start, end, f"HTML entity {found} in the text", fix)

    @staticmethod
    def _is_markup(found: str, after: str, data: MarkupData) -> bool:
        """Closing, self-closing, void or with attributes; or opened and closed in the block."""
        name = found[1:].rstrip(">/ ").split(None, 1)
        if found.startswith("</") or found[1:].lstrip(" \t").startswith("/") or found.endswith("/>") or len(name) > 1:
            return True
        tag = name[0].lower()
        return tag in data.void_tags or f"</{tag}>" in after.lower()

    def _tag(self, text: str, start: int, end: int, found: str, data: MarkupData) -> Diagnostic:
        name = regex.match(r"</?([\w:]+)", found)
        is_break = name is not None and name.group(1).lower() in data.break_tags
        between_words = not text[start - 1 : start].isspace() and not text[end : end + 1].isspace()
        replacement = " " if is_break and between_words and start > 0 and end < len(text) else ""
        if text[start - 1 : start] in (" ", "\t"):
            while end < len(text) and text[end] in " \t":
                end += 1  # "word <b> word": keep one space, not two
        fix = Fix.safe(f"Remove the tag {found}", Edit(start, end, replacement))
        return self.diagnostic(start, end, f"HTML tag {found} in the text", fix)


def _object_literal(lines: list[Line]) -> set[int]:
    """The numbers of the lines (the document's, in order, across blocks) that are a script's
    object literal: its openings and closing marks, then each key's value line beside one of them
    (or beside another such)."""
    marked = {
        number for number, line in enumerate(lines)
        if len(line.text) <= MAX_SCRIPT_LINE and (
            _OPENING_CALL.fullmatch(line.text) or _KEY_OPENS.fullmatch(line.text) or _CLOSING_MARKS.fullmatch(line.text)
        )
    }
    if not marked:
        return marked
    values = [
        number for number, line in enumerate(lines)
        if number not in marked and len(line.text) <= MAX_SCRIPT_LINE and _KEY_VALUE.fullmatch(line.text)
    ]
    grown = True
    while grown:
        grown = False
        for number in values:
            if number not in marked and (number - 1 in marked or number + 1 in marked):
                marked.add(number)
                grown = True
    return marked
