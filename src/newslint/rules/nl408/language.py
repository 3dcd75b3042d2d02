"""NL408 on another script or language: labels run into English lines, a script's tail on a line,
paragraphs in another language."""

from __future__ import annotations

from collections.abc import Iterator

from ...core.diagnostics import Diagnostic, Edit, Fix
from ...core.document import CAPTION, HEADLINE, PARAGRAPH, TABLE, Block, Document
from ...regexes import compile_cached
from ..support.chrome.lines import lines_of
from ..support.chrome.menus import unbulleted
from ..support.chrome.vocabulary import MAX_LINE, is_sentence, patterns
from ..support.language import QUOTE_MARKS, english_text, may_hold_other_language, other_language, same_language
from .base import ChromePasses

_SCRIPT_PREFIX_REASON = "a word in another script opening an English paragraph (an agency's or the page's label)"
# Letters of scripts other than Latin, a word or a few, then the paragraph's English text.
_SCRIPT_PREFIX = compile_cached(
    r"([^\P{L}\p{Script=Latin}]{2,}(?:[ \t]+[^\P{L}\p{Script=Latin}]+){0,3})[ \t]+(?=[(\[\p{Lu}])"
)
_SCRIPT_SUFFIX_REASON = (
    "words in another script after an English paragraph's last sentence (the page's label or button)"
)
# Words in another script glued after the closing stop of an English paragraph ('... are "sacred."اضافة اعلان').
_SCRIPT_SUFFIX = compile_cached(
    r"(?<=[\p{Script=Latin}\d][.!?]?[.!?\"”’)])[ \t]*"
    r"([^\P{L}\p{Script=Latin}]{2,}(?:[ \t]+[^\P{L}\p{Script=Latin}]+){0,5})[ \t]*$"
)
SCRIPT_SUFFIX_LATIN = 60  # English letters before the tail, at least: the paragraph is English copy
_FOREIGN_LABEL = "a label in another script run into the line's English text ('国内英语新闻:'), the page's"
_FOREIGN_LABELS = "a line of the page's labels in another script ('来源:', '责任编辑:') and their values, not text"
_FOREIGN_LABEL_KINDS = (HEADLINE, PARAGRAPH, CAPTION, TABLE)
_OTHER_LANGUAGE = "a line in another language ({}) inside English copy: the page's, not the story's"
FOREIGN_LABEL_WORDS = 3  # a line of labels holds this many English words at most (a source's name)


class LanguagePasses(ChromePasses):
    """Passes over other scripts and languages."""

    def _foreign_labels(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A label in Chinese, Japanese or Korean with its colon opening an English line ("国内英语
        新闻:China, Chile agree ..."), the site's section or digest name; or a line of such labels
        and their values ("2017-08-02 11:54:18 来源: Xinhua 责任编辑: 兰楚文")."""
        label, latin = patterns()["cjk_label"], patterns()["latin"]
        for block in doc.blocks:
            if block.kind not in _FOREIGN_LABEL_KINDS or label.search(block.text) is None:
                continue
            for line in lines_of(block):
                if line.start in reported or len(line.text) > MAX_LINE:
                    continue
                bare = unbulleted(line.text).lstrip("-–— \t")  # a list's dash too: "- 英语文摘:..."
                found = label.match(bare)
                rest = bare[found.end() :].lstrip() if found is not None else ""
                if found is not None and rest[:1].isascii() and rest[:1].isalnum():
                    start = line.start + len(line.text) - len(bare)
                    end = line.start + len(line.text) - len(rest)
                    yield self.diagnostic(
                        start, end, f"page chrome: {_FOREIGN_LABEL}",
                        Fix.display_only("Delete the label", Edit(start, end, "")),
                    )
                elif (
                    label.search(line.text) is not None and not is_sentence(line.text)
                    and sum(1 for word in line.text.split() if latin.search(word)) <= FOREIGN_LABEL_WORDS
                ):
                    yield self._line(doc, block, line, _FOREIGN_LABELS, False)

    def _script_ends(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A word in another script opening an English paragraph ("ຂປລ (KPL) The government's
        ..."): the agency's name or the page's label in its own script, left by the scrape; or
        closing it after its last sentence's stop, a button's label run on to the text."""
        for block in doc.blocks:
            if block.kind != PARAGRAPH or block.start in reported:
                continue
            if not block.text[-1:].isascii():
                yield from self._script_suffix(block)
            if block.text[:1].isascii():
                continue
            match = _SCRIPT_PREFIX.match(block.text)
            if match is None or not patterns()["latin"].search(block.text, match.end(), match.end() + 40):
                continue
            start, end = block.start, block.start + match.end()
            yield self.diagnostic(
                start, block.start + match.end(1), f"page chrome: {_SCRIPT_PREFIX_REASON}",
                Fix.display_only("Delete the word in another script", Edit(start, end, "")),
            )

    def _script_suffix(self, block: Block) -> Iterator[Diagnostic]:
        match = _SCRIPT_SUFFIX.search(block.text, max(0, len(block.text) - 120))
        if match is None or len(patterns()["latin"].findall(block.text, 0, match.start())) < SCRIPT_SUFFIX_LATIN:
            return
        start, end = block.start + match.start(), block.end
        yield self.diagnostic(
            block.start + match.start(1), block.start + match.end(1), f"page chrome: {_SCRIPT_SUFFIX_REASON}",
            Fix.display_only("Delete the words in another script", Edit(start, end, "")),
        )

    def _other_language(self, doc: Document, reported: set[int]) -> Iterator[Diagnostic]:
        """A line of running words in another language inside English copy: the page's notice,
        menu or prompt in its own language ("Se hai scelto di non accettare i cookie ...")."""
        if not may_hold_other_language(doc.text) or not english_text(doc.text):
            return
        lines = [
            (block, line) for block in doc.blocks if block.kind in _FOREIGN_LABEL_KINDS
            for line in lines_of(block) if line.start not in reported
        ]
        found = [other_language(line.text) for _, line in lines]
        if not any(found):
            return
        # A shorter line between or beside lines in one language (or one line away: a label too
        # short to read may stand between) joins them when the identifier, less sure, puts it in
        # that language too; a line that joins brings its own neighbours in (a login form's lines).
        asked: dict[tuple[int, str], bool] = {}  # the identifier's answer, once a line and language
        joined = True
        while joined:
            joined = False
            for index, (_, line) in enumerate(lines):
                if found[index] is not None:
                    continue
                for near in (index - 1, index + 1, index - 2, index + 2):
                    language = found[near] if 0 <= near < len(lines) else None
                    if language is None:
                        continue
                    if (index, language) not in asked:
                        asked[index, language] = same_language(line.text, language)
                    if asked[index, language]:
                        found[index] = language
                        joined = True
                        break
        for (block, line), language in zip(lines, found, strict=True):
            if language is None:
                continue
            opening = line.text.lstrip()[:1]
            if opening and opening in QUOTE_MARKS:
                continue  # a speaker's words in their language (a governor quoted in Tagalog): the story's
            yield self._line(doc, block, line, _OTHER_LANGUAGE.format(language), False)
