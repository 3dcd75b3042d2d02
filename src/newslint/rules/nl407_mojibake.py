"""NL407 mojibake: text decoded with the wrong character set ("â€™" for ’).

Long on purpose: the code-page pairs, the runs of misread characters and the escapes printed as text
are one detector of a wrong decoding, reported with one fix model."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import cache

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import Document
from ..core.rule import Rule, RuleSpec
from ..regexes import compile_cached


@cache
def _ftfy() -> tuple[Callable[[str], bool], Callable[[str], str], re.Pattern[str]]:
    """ftfy's badness test, its encoding repair and the sequences its test counts as bad,
    imported on first need (start-up time)."""
    import ftfy
    from ftfy.badness import BADNESS_RE, is_bad

    # Only the encoding repair: no quote straightening, entity decoding or width folding,
    # which are other rules' business or no business of ours.
    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )
    return is_bad, lambda text: ftfy.fix_text(text, config), BADNESS_RE


# What every UTF-8 sequence read as Windows-1252 or Latin-1 leaves: its lead byte as a letter
# "Â".."ô" (or, read with a Central European or Baltic code page, "Ă", "ā"), then a
# continuation byte as a C1 control, a Latin-1 sign or one of Windows-1252's marks ("â€™",
# "Ã©", "Ã¼"); a lost no-break space leaves "Ã" before a space. Text without it holds nothing
# ftfy's repair undoes, and importing ftfy costs a one-file run most of its time.
_MAY_BE_GARBLED = re.compile(
    "[\u00c2-\u00f4\u0100-\u017f](?:[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122])"
    "|[\u00c2\u00c3](?: |$)"
    "|[\u0400-\u04ff\u0370-\u03ff]"  # other code pages' garbling is left to ftfy whenever it may be
)
# Halved mojibake: "â" (a curly quote's lead byte, its C1 continuation bytes dropped) in an
# apostrophe's or a quote's place, or a Latin-1 sign (an accented letter's second byte, its "Ã"
# dropped) between two letters, where no word of any language has one.
_HALVED = compile_cached(
    "(?<=\\p{L})\u00e2(?=s\\b)|(?<=n)\u00e2(?=t\\b)"
    "|(?i:(?<=\\b(?:I|you|we|they|he|she|it|that|there|who))\u00e2(?=(?:ll|re|ve|d|m)\\b))"
    "|(?<=\\s|^)\u00e2(?=\\p{Lu})|(?<=[\\p{Ll}.,!?])\u00e2(?=\\s|$)"
    "|(?<=\\p{L})[\u00a1-\u00a9\u00ab-\u00af\u00b1\u00b4\u00b6\u00b8\u00bb-\u00bf](?=\\p{L})"
)
# GB2312's punctuation row read as Latin-1: "¡" and a second byte, for the marks English copy uses.
_GB_MARKS = ("\u201c", "\u201d", "\u2018", "\u2019", "\u2014", "\u2026", "\u3001", "\u3000")
# ... put back as themselves, but the ideographic comma and space, which English prints plain.
_GB_PLAIN = {"\u3001": ",", "\u3000": " "}
_GB_SPACE = "\u00a1\u00a1"
_GB_PAIR = re.compile(
    "\u00a1(?:" + "|".join(re.escape(m.encode("gbk").decode("latin-1")[1]) for m in _GB_MARKS) + ")"
)
_MAY_BE_HALVED = re.compile("[a-zA-Z][\u00a1-\u00bf][a-zA-Z]")
# A closing quote's UTF-8 read as Windows-1252 with its last byte lost.
_LOST_CLOSING = "\u00e2\u20ac "
# Two or more characters, each printed "?" or "\ufffd", alone in brackets ("(???)") or as a
# word of their own ("??  ??": a title in another script).
_LOST_IN_BRACKETS = re.compile("[(（][?\ufffd]{2,}[)）]|(?<!\\S)[?\ufffd]{2,}(?!\\S)")
_DANGLING_CLOSING = re.compile("\u00e2\u20ac(?=[\\s.,;:!?)]|$)")
# Edits closer than this are one damaged run ("Ã©tÃ©" is one finding, not two).
_JOIN = 2


class Mojibake(Rule):
    spec = RuleSpec(
        code="NL407",
        name="mojibake",
        category="residue",
        summary='Characters garbled by a wrong encoding, such as "â€™" for ’ or "Ã©" for é.',
        rationale=(
            "Text saved as UTF-8 and read back as Windows-1252 (or the reverse) turns every "
            "accented letter and curly quote into two or three strange characters. The damage "
            "is mechanical and reversible; the `ftfy` library recognises it with very few false "
            "alarms and restores the original characters, which is what the fix does. A "
            "character the page's encoding could not hold at all is printed \"?\" or \"�\" "
            "inside a word or between two (\"Vi?t Nam\", \"Didn?t\", \"complete?blockade\": a lost "
            "space; a question run into the next sentence opens it with a capital), and \"�\" "
            "anywhere (\"media.�BSS\"): shown, with no fix, since nothing "
            "says which it was; so is \"??\" glued between two words or after a sentence's stop "
            "(\"Content??Manager\", \"in May.??\": one mark lost as two); so is \"?\" for a lost dash or "
            "quotation marks (alone between two words "
            "in small letters, after a dateline's city in capitals, or doubled before a word: \"HONOLULU ? "
            "Brandon\", \"??Italian\"; one opening a word before a capital at a line's or phrase's start, "
            "\"?The impacts\", or after a comma before a word in small letters, \"Prabang,? said\") "
            "or for a lost no-break space (glued between a mark and a word in "
            "small letters: \"me,?knowing\", \"the year’s?general\"), and a bracket or a word of nothing "
            "but such marks "
            "(\"Darren Wang (???)\", \"??  ??\": "
            "a name in another script lost whole). A Greek or Cyrillic letter that looks like a Latin one inside a "
            "Latin word (\"Mοnday\" with an omicron) hides the word from spell checkers and "
            "searches: the fix puts back the Latin letters of Unicode's confusables table, "
            "unattended when the word it makes is one a list knows. One character of another script "
            "glued to a Latin word (\"Bidenโs\", \"โOur\": curly quotes read with Thai's code page) "
            "or alone between two (\"(ENA) โ Cultural\", a dash read so), "
            "or a symbol inside one (\"infrastructur✱e\", a mirror's copy guard) "
            "or glued to a word's end before another in small letters (\"countries♉ and\"; not \"®\", \"™\" or "
            "\"°\"), is shown with no fix; two Thai characters inside a Latin word whose "
            "Windows-874 bytes are one letter's UTF-8 are that letter, put back unattended (\"Noรซl\": "
            "\"Noël\"), and do not make the paragraph Thai text; "
            "a block that holds words of that script is another language's text and is left alone. "
            "So is a letter that ends almost no word of the languages printed beside English (â, ç, ş, "
            "ã) glued to the end of an English word (\"Sundayç\", \"proudâ\": a "
            "stop or quote typed on another keyboard's layout or read with a wrong code page) when the "
            "word with it is no word and without its mark is none either (\"gardaí\", \"Chargé\" stay). "
            "A mark put for another "
            "that looks alike (\"‚\" for a comma after a word, \"”\" for the apostrophe "
            "before a word's \"s\", \"´\" or \"‘\" for the apostrophe before a word's ending: "
            "\"Monday´s\", \"don‘t\"; and the grave accent \"`\" there, \"Korea`s\", outside Markdown) is "
            "put right. A closing quote whose last byte was lost "
            "(\"â€\" then a space or the paragraph's end, which ftfy would read as \"†\") is "
            "offered as \"”\" for an editor to confirm. Mojibake that lost its other bytes, which "
            "ftfy cannot undo, is shown with no fix: \"â\" in an apostrophe's or a quote's place "
            "(\"donât\", \"Trumpâs\", \"âThe\"), and a Latin-1 sign between two letters "
            "(\"Gon§alves\", \"Nicol¡s\"), where no word of any language has one. A Chinese page's "
            "quotation mark, dash or ellipsis, two bytes of GB2312 read as Latin-1 (\"¡°\", \"People¡¯s\"), "
            "is put back unattended, the bytes saying which mark it was; its ideographic space (\"¡¡\") is "
            "shown with a plain space offered where the page prints such a mark too (alone, \"¡¡\" is "
            "Spanish's \"¡\" twice). The reverse, a mark's UTF-8 read as GBK (\"鈥榞rim\" for \"‘grim\", "
            "\"year鈥檚\"), is put back unattended too; where its last byte was lost before a space "
            "(\"complex鈥 said\") it is shown. Russian or Greek "
            "text in a one-byte code page read as Western European (\"Ïîïóëÿðíûå ñîîáùåíèÿ\"), words "
            "of accented letters only, is shown with its reading offered (\"Популярные сообщения\"), the "
            "marks and figures of a caption among them (\"(ñëåâà íàïðàâî)\", \"Ìèõàèë Ìåòöåëü/ÒÀÑÑ\"), and "
            "an \"â\" there is that script's letter, not a quote's lost byte. "
            "A JSON escape printed as text (\"Governors\\u2019 Forum\", a page's data scraped undecoded) "
            "is replaced by the character it stands for: a letter or a mark unattended, anything else "
            "shown. Escapes of marks and Latin-1 letters that lost their backslashes (\"didnu2019t\", "
            "\"u00e2u20acu201d\") are offered as the characters they stand for, repaired by ftfy when "
            "those are mojibake themselves (\"—\"), for an editor to confirm: no word holds \"u\" and "
            "such hex digits. A straight quotation mark alone between a dateline's credit and the lead "
            "('TOKYO (AP) \" A strong earthquake') is the dateline's dash turned by a page's encoding, "
            "offered as \"—\"; so is a \"?\" glued between a dateline's dash and the lead (\"BEIJING -?Chinese\"), "
            "shown."
        ),
        example="The minister said itâ€™s time.",
        example_fixed="The minister said it’s time.",
        fix_safety="varies",
    )

    def _stand_ins(self, doc: Document) -> Iterable[Diagnostic]:
        """A mark put for another that looks alike (`_STAND_INS`)."""
        for mark, pattern, what, right, name in _STAND_INS:
            if mark not in doc.text or mark.isascii() and doc.own_markup:
                continue  # an ASCII mark may be the markup's own (Markdown's code spans)
            if right is None:
                right = "\u2019" if "\u2019" in doc.text else "'"  # the apostrophe the copy uses elsewhere
            for block in doc.prose:
                for match in pattern.finditer(block.text):
                    word_start = block.text.rfind(" ", 0, match.start()) + 1
                    if mark == "\u201d" and "\u201c" in block.text[word_start : match.start()]:
                        continue  # a quoted word closing its quotation ("“yes”s")
                    start = block.start + match.start()
                    yield self.diagnostic(
                        start, start + 1, f'{what} "{mark}" printed for {name}',
                        Fix.safe(f"Replace it with {name}", Edit(start, start + 1, right)),
                    )

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        if "?" in doc.text or "\ufffd" in doc.text:
            yield from self._lost_letters(doc)
            if " ? " in doc.text or "??" in doc.text or "-?" in doc.text or _LOST_SPACE_HINT.search(doc.text):
                yield from self._lost_marks(doc)
            if "??" in doc.text or "\ufffd\ufffd" in doc.text:
                yield from self._lost_words(doc)
            yield from self._lost_degrees(doc)
        yield from self._stand_ins(doc)
        if ') " ' in doc.text:
            yield from self._dateline_quotes(doc)
        if "\\u" in doc.text:
            yield from self._escapes(doc)
        if "u20" in doc.text or "u00" in doc.text:
            yield from self._bare_escapes(doc)
        if doc.text.isascii():
            return  # mojibake is made of non-ASCII characters: one C-level test per document
        if _LOOKALIKE_SCRIPTS.search(doc.text) is not None:
            yield from self._lookalikes(doc)
        # A Chinese page's marks read as Latin-1 ("¡ª" between two words) are no halved letters.
        gb_marks = list(self._gb_marks(doc)) if "\u00a1" in doc.text else []
        yield from gb_marks
        if _GBK_LEAD in doc.text:
            yield from self._gbk_marks(doc)
        if _MAY_BE_STRAY.search(doc.text) is not None:
            yield from self._thai_letters(doc)
            yield from self._strays(doc)
        if _ACCENT_TAIL.search(doc.text) is not None:
            yield from self._accent_tails(doc)
        read_whole: list[Diagnostic] = []  # another script's text read as Western: its "â" is "в"
        if _WESTERN_RUN.search(doc.text) is not None:
            read_whole = list(self._code_pages(doc))
            yield from read_whole
        read_whole += gb_marks
        if "\u00e2" in doc.text or _MAY_BE_HALVED.search(doc.text) is not None:
            yield from (d for d in self._halved(doc) if not any(r.start <= d.start < r.end for r in read_whole))
        if _MAY_BE_GARBLED.search(doc.text) is None:
            return  # no UTF-8 lead byte read as a Latin letter before a continuation byte: no ftfy
        is_bad, fix_text, bad_sequences = _ftfy()
        for block in doc.prose:
            text = block.text
            if text.isascii() or not is_bad(text):
                continue  # the cheap filter: almost every block stops here
            fixed = fix_text(text)
            if fixed == text:
                # Garbled past repair (a byte of the sequence was lost or replaced): shown where
                # ftfy sees it, with no fix to offer.
                for match in bad_sequences.finditer(text):
                    start, end = block.start + match.start(), block.start + match.end()
                    yield self.diagnostic(
                        start, end, f'garbled characters "{match.group()}" (an encoding error '
                        "that cannot be undone: retype the character)",
                    )
                continue
            covered: list[tuple[int, int]] = []
            for a0, a1, b0, b1 in _runs(text, fixed):
                covered.append((a0, a1))
                start, end = block.start + a0, block.start + a1
                wrong, right = text[a0:a1], fixed[b0:b1]
                if _LOST_CLOSING in wrong and "\u2020" in right and "\u2020" not in text:
                    # "â€" then a space: the closing quote's last byte (0x9D, which Windows-1252
                    # lacks) was lost and ftfy reads the space as a no-break space's byte
                    # ("†"). The quote is the likely letter; an editor confirms it.
                    right = right.replace("\u2020", "\u201d")
                    if wrong.endswith(" ") and not right.endswith(" "):
                        right += " "  # the space ftfy took for the lost byte's
                    fix = Fix.unsafe(f"Replace {wrong!r} with {right!r}", Edit(start, end, right))
                    yield self.diagnostic(start, end, f'garbled characters "{wrong}" ("{right}"?)', fix)
                    continue
                fix = Fix.safe(f"Replace {wrong!r} with {right!r}", Edit(start, end, right))
                yield self.diagnostic(start, end, f'garbled characters "{wrong}" ("{right}")', fix)
            for match in _DANGLING_CLOSING.finditer(text):
                if any(a0 <= match.start() < a1 for a0, a1 in covered):
                    continue
                # ftfy leaves a closing quote whose last byte was lost at a paragraph's end.
                start, end = block.start + match.start(), block.start + match.end()
                fix = Fix.unsafe("Replace it with \u201d", Edit(start, end, "\u201d"))
                yield self.diagnostic(start, end, f'garbled characters "{match.group()}" ("\u201d"?)', fix)

    def _escapes(self, doc: Document) -> Iterable[Diagnostic]:
        """A JSON escape printed as text ("\\u2019"): the character it stands for."""
        for block in doc.prose:
            for match in _ESCAPE.finditer(block.text):
                try:
                    meant = json.loads(f'"{match.group()}"')
                except ValueError:
                    continue  # half a surrogate pair: no character
                if any(unicodedata.category(c)[0] == "C" for c in meant):
                    continue  # a control character: not a text's
                start, end = block.start + match.start(), block.start + match.end()
                edit = Edit(start, end, meant)
                title = f"Replace it with {meant!r}"
                plain = all(unicodedata.category(c)[0] in "LPSN" for c in meant)
                yield self.diagnostic(
                    start, end, f'a JSON escape "{match.group()}" printed as text, for "{meant}"',
                    Fix.safe(title, edit) if plain else Fix.display_only(title, edit),
                )

    def _bare_escapes(self, doc: Document) -> Iterable[Diagnostic]:
        """JSON escapes of marks and Latin-1 letters that lost their backslashes ("didnu2019t",
        "u00e2u20acu201d"): the characters they stand for, repaired by ftfy when they are
        themselves mojibake; shown for an editor to confirm."""
        for block in doc.prose:
            for match in _BARE_ESCAPES.finditer(block.text):
                found = match.group()
                chars = "".join(chr(int(found[at + 1 : at + 5], 16)) for at in range(0, len(found), 5))
                if any(unicodedata.category(c)[0] in "CZ" for c in chars):
                    continue  # a space or an invisible mark ("u200b"): nothing an editor could read
                meant = _ftfy()[1](chars)
                start, end = block.start + match.start(), block.start + match.end()
                what = "a JSON escape that lost its backslash" if len(found) == len("u2019") else (
                    "JSON escapes that lost their backslashes"
                )
                yield self.diagnostic(
                    start, end, f'{what} ("{found}") printed as text, for "{meant}"',
                    Fix.unsafe(f"Replace with {meant!r}", Edit(start, end, meant)),
                )

    def _gb_marks(self, doc: Document) -> Iterable[Diagnostic]:
        """A Chinese page's quotation mark, dash or space (two bytes of GB2312) read as two Latin-1
        characters ("¡°" for "“", "People¡¯s"): the bytes say which mark it was, so the quote is
        put back unattended; an ideographic space ("¡¡") is shown with a plain space offered, where
        the page prints such a mark too (alone, "¡¡" is Spanish's "¡" twice: "¡¡Viva!!")."""
        pairs = [(block.start + m.start(), m.group()) for block in doc.prose for m in _GB_PAIR.finditer(block.text)]
        if all(found == _GB_SPACE for _, found in pairs):
            return
        for start, found in pairs:
            meant = found.encode("latin-1").decode("gbk")
            edit = Edit(start, start + 2, _GB_PLAIN.get(meant, meant))
            shown = "an ideographic space" if meant == "\u3000" else f'"{meant}"'
            message = f'"{found}" is {shown} read with the wrong code page (a Chinese page\'s GB2312 as Latin-1)'
            if meant == "\u3000":
                yield self.diagnostic(start, start + 2, message, Fix.unsafe("Replace with a space", edit))
            else:
                yield self.diagnostic(start, start + 2, message, Fix.safe(f"Replace with {meant!r}", edit))

    def _halved(self, doc: Document) -> Iterable[Diagnostic]:
        """Mojibake that lost its other bytes, which ftfy cannot undo: "â" where an apostrophe
        or a curly quote stood ("donât", "Trumpâs", "âThe"), its two C1 control bytes dropped;
        a Latin-1 sign inside a word ("Gon§alves", "Nicol¡s"), an accented letter's second byte
        with its "Ã" dropped. Shown with no fix: the lost character may be any of several."""
        for start, end, found in _prose_matches(doc, _HALVED):
            what = "an apostrophe or a quote mark" if found == "\u00e2" else "an accented letter"
            yield self.diagnostic(
                start, end, f'garbled character "{found}" for {what}, its other bytes lost '
                "to an encoding error: retype it",
            )

    def _lost_words(self, doc: Document) -> Iterable[Diagnostic]:
        """A name in another script printed in brackets after its English form, every character
        lost to the page's encoding ("Darren Wang (???)"): nothing is left to read."""
        for start, end, found in _prose_matches(doc, _LOST_IN_BRACKETS):
            yield self.diagnostic(
                start, end, f'characters lost to an encoding error, "{found}": a name '
                "in another script, most likely; retype or delete it",
            )

    def _dateline_quotes(self, doc: Document) -> Iterable[Diagnostic]:
        """A straight quotation mark alone between a dateline's credit and the lead ("TOKYO (AP)
        " A strong earthquake"): the dateline's dash, turned into a quotation mark by a page's
        encoding; no quotation opens with a space after its mark."""
        for start, end, _ in _prose_matches(doc, _DATELINE_QUOTE):
            yield self.diagnostic(
                start, end, "a quotation mark where the dateline's dash stood, an encoding error",
                Fix.unsafe("Replace with '—'", Edit(start, end, "\u2014")),
            )

    def _lost_degrees(self, doc: Document) -> Iterable[Diagnostic]:
        """A degree sign the page's encoding could not hold, printed "?" between a figure and "C"
        or "F" ("as low as 12?C"): no other mark stands there."""
        for block in doc.prose:
            if "?" not in block.text and "\ufffd" not in block.text:
                continue
            for match in _LOST_DEGREE.finditer(block.text):
                at = block.start + match.start(1)
                yield self.diagnostic(
                    at, at + 1, f'a degree sign lost to an encoding error in "{match.group()}" (printed as '
                    f'"{match[1]}")', Fix.unsafe("Replace with '°'", Edit(at, at + 1, "°")),
                )

    def _lost_marks(self, doc: Document) -> Iterable[Diagnostic]:
        """A dash or quotation marks the page's encoding could not hold, printed "?" where no
        question stands: alone between two words in small letters ("horribly ? struggling"),
        opening a word at a phrase's start ("?The") or after a comma (",? said"),
        after a dateline's city ("HONOLULU ? Brandon"), or doubled before a word ("??Italian"); a
        no-break space so, glued between a mark and a small letter ("me,?knowing")."""
        text = doc.text
        for start, end, found in _prose_matches(doc, _LOST_MARK):
            if not text[start - 1 : start].isspace() and text[end : end + 1].islower():
                what = "a space (a no-break space)"  # "me,?knowing"
            else:
                what = "a dash or quotation mark"
            yield self.diagnostic(start, end, f'"{found}" where {what} was lost to an encoding error: retype it')

    def _lost_letters(self, doc: Document) -> Iterable[Diagnostic]:
        """A letter the page's encoding could not hold, printed "?" or "�" inside a word
        ("Vi?t Nam", "Nguy?n"): nothing says which letter it was."""
        covered: set[int] = set()
        for block in doc.prose:
            for match in _LOST.finditer(block.text):
                token = match.group()
                if any(mark in token for mark in _ADDRESS):
                    continue  # "page.php?id=5": an address's query
                start, end = block.start + match.start(), block.start + match.end()
                covered.update(range(start, end))
                yield self.diagnostic(
                    start, end, f'a character lost to an encoding error in "{token}" (printed as '
                    f'"{token[match.start(1) - match.start()]}"): retype it',
                )
            if "\ufffd" not in block.text:
                continue
            for lost in _LOST_IN_BRACKETS.finditer(block.text):  # `_lost_words`' finding
                covered.update(range(block.start + lost.start(), block.start + lost.end()))
            # The replacement character anywhere else ("media.�BSS"): never a character of the
            # copy, always one its encoding lost.
            at = block.text.find("\ufffd")
            while at != -1:
                start = block.start + at
                if start not in covered and block.text[at - 1 : at] != "\ufffd":
                    yield self.diagnostic(
                        start, start + 1, 'the replacement character "\ufffd" where a character was lost to '
                        "an encoding error: retype or delete it",
                    )
                at = block.text.find("\ufffd", at + 1)


    def _lookalikes(self, doc: Document) -> Iterable[Diagnostic]:
        """A Latin word with a Greek or Cyrillic letter that looks the same inside it ("Mοnday"
        with a Greek omicron): a spell checker and a search cannot see it. The fix puts back the
        Latin letters Unicode's confusables table gives; it is applied unattended when the word
        it makes is one a list knows."""
        from confusable_homoglyphs import confusables  # only for text with such letters

        from ..spelling.lookup import KNOWN, compiled

        for block in doc.prose:
            for match in _MIXED_WORD.finditer(block.text):
                word = match.group()
                found = confusables.is_confusable(word, preferred_aliases=["latin"], greedy=True) or []
                latin = {
                    item["character"]: next(
                        (h["c"] for h in item["homoglyphs"] if len(h["c"]) == 1 and h["c"].isascii()), None
                    )
                    for item in found
                }
                start, end = block.start + match.start(), block.start + match.end()
                odd = "".join(dict.fromkeys(c for c in word if _LOOKALIKE_SCRIPTS.match(c)))
                if any(latin.get(c) is None for c in odd):
                    yield self.diagnostic(
                        start, end, f'letters of another script inside the Latin word "{word}" ("{odd}")',
                    )
                    continue
                right = "".join(latin.get(c, c) for c in word)
                known = bool(compiled().code(right.casefold()) & KNOWN)
                make = Fix.safe if known else Fix.unsafe
                fix = make(f"Replace {word!r} with {right!r}", Edit(start, end, right))
                yield self.diagnostic(
                    start, end, f'look-alike letters of another script inside "{word}" ("{odd}"): "{right}"', fix,
                )


    def _code_pages(self, doc: Document) -> Iterable[Diagnostic]:
        """Cyrillic or Greek text in a one-byte code page read as Western ("Ïîïóëÿðíûå
        ñîîáùåíèÿ" for "Популярные сообщения"): words made of accented letters only, which no
        language writes. Shown, its reading offered: the text is another language's."""
        for block in doc.blocks:
            runs = list(_WESTERN_WORDS.finditer(block.text))
            if sum(len(run.group()) for run in runs) < MIN_CODE_PAGE_LETTERS:
                continue
            start, end = runs[0].start(), runs[-1].end()
            garbled = block.text[start:end]
            read = _read_as_other_code_page(garbled)
            if read is None:
                continue
            page, text = read
            yield self.diagnostic(
                block.start + start, block.start + end,
                f'garbled characters "{garbled[:40]}": {page} text read as Western European ("{text[:40]}")',
                Fix.display_only(f"Replace with {text[:40]!r}", Edit(block.start + start, block.start + end, text)),
            )

    def _strays(self, doc: Document) -> Iterable[Diagnostic]:
        """One character of another script glued to a Latin word ("Bidenโs", "โOur", "꧃in"), or
        a symbol inside one ("infrastructur✱e"): a quote or apostrophe read with a wrong code page
        (Thai's for Windows-1252's), or a mirror's copy guard. Nothing says what stood there."""
        import unicodedata

        for block in doc.prose:
            if _OTHER_RUN.search(_THAI_LETTER.sub("", block.text)) is not None:
                continue  # words of that script ("Cambrios的ClearOhm"): a text in another language
            for match in _STRAY.finditer(block.text):
                char = match.group()
                if char == _GBK_LEAD:
                    continue  # `_gbk_marks`' finding
                start = block.start + match.start()
                name = unicodedata.name(char, f"U+{ord(char):04X}").title()
                yield self.diagnostic(
                    start, start + 1, f'a stray character "{char}" ({name}) in an English word or between two: a '
                    "character read with the wrong code page, or a copy guard's mark; retype or delete it",
                )

    def _gbk_marks(self, doc: Document) -> Iterable[Diagnostic]:
        """A curly quote, a dash or an ellipsis whose UTF-8 a Chinese page read as GBK ("鈥榞rim"
        for "‘grim", "year鈥檚" for "year’s"): its first two bytes make "鈥", its last makes one Han
        character with the next letter's byte, and the bytes say which mark it was, so it is put
        back unattended; before a space or a mark GBK cannot pair it with, the last byte is lost
        ("complex鈥 said", "鈥?") and the mark is shown. A block of Chinese text is left alone."""
        for block in doc.prose:
            if _HAN.search(_GBK_MARK.sub("", block.text)) is not None:
                continue  # Chinese words besides: the block is Chinese text, its "鈥" a character
            if _LATIN_PAIR.search(block.text) is None:
                continue
            for match in _GBK_MARK.finditer(block.text):
                found = match.group()
                start, end = block.start + match.start(), block.start + match.end()
                try:
                    meant = found.encode("gbk").decode("utf-8")
                except (UnicodeEncodeError, UnicodeDecodeError):
                    meant = ""
                if meant and "\u2010" <= meant[0] <= "\u205f" and all(c.isascii() for c in meant[1:]):
                    yield self.diagnostic(
                        start, end, f'"{found}" is "{meant}" read with the wrong code page (UTF-8 as GBK, a '
                        "Chinese page's)", Fix.safe(f"Replace with {meant!r}", Edit(start, end, meant)),
                    )
                else:
                    yield self.diagnostic(
                        start, end, f'"{found}" is a quote mark or a dash read with the wrong code page (UTF-8 '
                        "as GBK, a Chinese page's), its last byte lost: retype it",
                    )

    def _thai_letters(self, doc: Document) -> Iterable[Diagnostic]:
        """Two Thai characters inside a Latin word whose Windows-874 bytes are one accented
        letter's UTF-8 ("Noรซl" for "Noël"): the page read UTF-8 with the Thai code page, and the
        bytes say which letter it was."""
        for block in doc.prose:
            for match in _THAI_LETTER.finditer(block.text):
                meant = _thai_read(match.group())
                if meant is None:
                    continue
                start = block.start + match.start()
                yield self.diagnostic(
                    start, start + 2,
                    f'"{match.group()}" is "{meant}" read with the wrong code page (UTF-8 as Thai Windows-874)',
                    Fix.safe(f"Replace with {meant!r}", Edit(start, start + 2, meant)),
                )

    def _accent_tails(self, doc: Document) -> Iterable[Diagnostic]:
        """A letter that ends almost no word of another language glued to the end of an English word
        ("Sundayç", "proudâ"), when the word without its mark is no word either: a quote or stop
        read with a wrong code page or typed on another keyboard's layout."""
        import unicodedata

        from ..spelling.lookup import KNOWN, compiled  # only for a text with such a word

        code = compiled().code
        for block in doc.prose:
            for match in _ACCENT_TAIL.finditer(block.text):
                word, char = match.group(1), match.group(2)
                folded = word + unicodedata.normalize("NFKD", char)[0]
                if not code(word.lower()) & KNOWN or code(folded.lower()) or code(match.group().lower()):
                    continue
                start = block.start + match.start(2)
                yield self.diagnostic(
                    start, start + 1, f'a stray letter "{char}" glued to the word "{word}": a character read '
                    "with the wrong code page or typed on another keyboard's layout; retype or delete it",
                )


# An English word of four letters or more with a letter glued to its end that ends almost no word
# of the languages a desk prints beside English ("â", "ç", "ş", "ã": not French "é" in "Contacté",
# "confirmé", nor Italian "à"), and no more non-ASCII after it: a longer garbled run is ftfy's.
_ACCENT_TAIL = compile_cached(r"(?<![\p{L}\p{M}\d'’-])([A-Za-z]{4,})([âçşãÂÇŞÃ])(?![\p{L}\p{M}\d]|[^\x00-\x7f])")


# Marks a page's software put for another that looks alike: U+201A after a word and before a
# space is a comma ("Agency‚ eight"; as an opening quotation mark it stands before a word); a
# closing double quotation mark between a word and its "s" is an apostrophe ("Opposition”s").
# JSON escapes of marks and Latin-1 letters with their backslashes lost ("didnu2019t"): no word of
# any language holds "u" and four such hex digits, and a hash holds no "u".
_BARE_ESCAPES = compile_cached(r"(?<![\\\d])(?:u(?:20[0-9a-fA-F]{2}|00[89a-fA-F][0-9a-fA-F]))+")
# A JSON escape, a surrogate pair's two halves together ("\\ud83d\\ude00").
_ESCAPE = compile_cached(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}")
_ENDING = r"(?:s|t|re|ve|ll|d|m)\b"  # what an apostrophe opens: "Monday's", "don't", "we're"
_STAND_INS: tuple[tuple[str, regex.Pattern[str], str, str | None, str], ...] = (
    ("\u201a", compile_cached(r"(?<=\p{L})\u201a(?=[ \t])"), "a low quotation mark", ",", "a comma"),
    ("\u201d", compile_cached(r"(?<=\p{L})\u201d(?=s\b)"), "a double quotation mark", "\u2019", "an apostrophe"),
    # An accent or an opening quotation mark between a word and its ending ("Monday´s", "don‘t").
    ("\u00b4", compile_cached(rf"(?<=\p{{L}})\u00b4(?={_ENDING})"), "an acute accent", "\u2019", "an apostrophe"),
    ("\u2018", compile_cached(rf"(?<=\p{{L}})\u2018(?={_ENDING})"), "an opening quotation mark", "\u2019",
     "an apostrophe"),
    # The grave accent (the backtick) there ("Korea`s", "don`t"), put right with the apostrophe
    # the copy uses elsewhere (None).
    ("`", compile_cached(rf"(?<=\p{{L}})`(?={_ENDING})"), "a grave accent", None, "an apostrophe"),
)
_LOOKALIKE_SCRIPTS = compile_cached(r"[\p{Script=Greek}\p{Script=Cyrillic}]")
# A word of Latin letters with a Greek or Cyrillic letter inside it (either order).
_MIXED_WORD = compile_cached(
    r"(?<![\p{L}\p{M}])(?=[\p{L}\p{M}]*\p{Script=Latin})(?=[\p{L}\p{M}]*[\p{Script=Greek}\p{Script=Cyrillic}])"
    r"[\p{L}\p{M}]+"
)


# A character of a script English copy does not mix into its words (Greek and Cyrillic look-alikes
# are `_lookalikes`'), alone, glued to a Latin letter; or a symbol between two Latin letters.
_OTHER = r"[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\p{Script=Greek}\p{Script=Cyrillic}\s\ufffd]"
_STRAY = compile_cached(
    rf"(?<=\p{{Script=Latin}}){_OTHER}(?!{_OTHER})|(?<![\p{{L}}\p{{M}}]){_OTHER}(?=\p{{Script=Latin}})"
    r"|(?<=\p{Script=Latin})(?!\ufffd)\p{So}(?=\p{Script=Latin})"  # "�": _lost_letters' finding
    # ... or glued to a word's end inside a sentence, before another word in small letters
    # ("countries♉ and"); not a mark of rights or degrees ("Cola® and", "90° angle").
    r"|(?<=\p{Ll}{2})(?![©®™℠°])\p{So}(?=[ \t]\p{Ll})"
    # Alone between two English words where a dash stood ("(ENA) โ Cultural").
    rf"|(?<=[\p{{Script=Latin}}.,;:)][ \t]){_OTHER}(?=[ \t][\p{{Script=Latin}}(\"“])"
    # A symbol glued to a dateline's dash, before the lead ("Hanoi (VNA) –🦹 The number ...").
    r"|(?<=\)[ \t]?[–—-]{1,2})\p{So}(?=[ \t]?\p{Script=Latin})"
)
_OTHER_RUN = compile_cached(rf"{_OTHER}{{2}}")
# Two Thai characters between Latin letters: maybe one accented letter's two UTF-8 bytes read
# with Windows-874 ("Noรซl").
_THAI_LETTER = compile_cached(r"(?<=\p{Script=Latin})[\u0e01-\u0e5b]{2}(?=\p{Script=Latin})")


def _thai_read(pair: str) -> str | None:
    """The letter whose UTF-8 bytes the pair's Windows-874 bytes are, or None."""
    try:
        meant = pair.encode("cp874").decode("utf-8")
    except UnicodeError:
        return None
    return meant if len(meant) == 1 and meant.isalpha() and not "\u0e00" <= meant <= "\u0e7f" else None


# A general punctuation mark's UTF-8 read as GBK: "鈥" (its first two bytes), then one Han
# character made of its last byte and the next letter's, or a mark for a byte GBK could not pair.
_GBK_LEAD = "\u9225"
_GBK_MARK = compile_cached(r"\u9225(?:\p{Han}|[?\ufffd])?")
_HAN = compile_cached(r"\p{Han}")
_LATIN_PAIR = compile_cached(r"\p{Script=Latin}{2}")
_MAY_BE_STRAY = compile_cached(
    rf"\p{{Script=Latin}}(?:{_OTHER}|\p{{So}})|{_OTHER}\p{{Script=Latin}}|[ \t]{_OTHER}[ \t]|[–—-]\p{{So}}"
)


# A word of four letters or more from Latin-1's accented range only, no plain letter among them.
_WESTERN_RUN = re.compile(
    "(?<![A-Za-z\u00c0-\u00ff])[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{4,}(?![A-Za-z\u00c0-\u00ff])"
)
_WESTERN_WORDS = re.compile(
    "(?<![A-Za-z\u00c0-\u00ff])[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{2,}(?![A-Za-z\u00c0-\u00ff])"
    "(?:[ \t,.]+[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{2,}(?![A-Za-z\u00c0-\u00ff]))*"
)
MIN_CODE_PAGE_LETTERS = 8
# The script's letters, with the marks and figures a caption's or a quotation's text holds too
# ("(слева направо)", "«Бочаров ручей»", "Михаил Метцель/ТАСС").
_WITH_MARKS = r"\s\d,.;:!?()\"'/«»-"
_CODE_PAGES = (("cp1251", "Cyrillic", compile_cached(rf"[\p{{Script=Cyrillic}}{_WITH_MARKS}]+")),
               ("cp1253", "Greek", compile_cached(rf"[\p{{Script=Greek}}{_WITH_MARKS}]+")))


def _read_as_other_code_page(garbled: str) -> tuple[str, str] | None:
    """The text as the code page whose letters it all becomes, and the script's name."""
    raw = garbled.encode("cp1252", errors="replace")
    for page, script, letters in _CODE_PAGES:
        text = raw.decode(page, errors="replace")
        if letters.fullmatch(text) is not None:
            return script, text
    return None


# "?" for a lost dash or quotation marks: alone between two words in small letters, after a
# dateline's city in capitals before a capitalised word, or doubled before a word at a line's or
# phrase's start.
_LOST_MARK = compile_cached(
    r"(?<=\p{Ll}[ \t])\?(?=[ \t]\p{Ll})"
    r"|(?<=\b\p{Lu}{3,}(?:,[ \t]\p{Lu}[\p{L}.]*)?[ \t])\?(?=[ \t]\p{Lu})"
    # ... or right after a dateline's dash, glued to the lead's first word ("BEIJING -?Chinese")
    r"|(?<=^\p{Lu}{3,}(?:[ \t]\p{Lu}{2,})*[ \t][-–—])\?(?=\p{Lu}\p{Ll})"
    r"|(?:^|(?<=[\s(]))\?\?(?=\p{L})"
    # ... or one quotation mark: opening a word at a line's or phrase's start before a capital and
    # a small letter ("?The impacts"), or after a comma before a space and a small letter (",? said").
    r"|(?:^|(?<=[\s(]))\?(?=\p{Lu}\p{Ll})"
    r"|(?<=\p{L},)\?(?=[ \t]\p{Ll})"
    # ... or a space (a no-break space), glued between a mark and a word in small letters, where no
    # question ends ("me,?knowing", "the year’s?general").
    r"|(?<=\p{L}(?:[,;:’”)]|[’']s))\?(?=\p{Ll}{2})"
    # ... or one mark lost as two or three, glued between two words or after a sentence's stop
    # ("Content??Manager", "during??its", "in May.??"): no question prints so.
    r"|(?<=\p{L}{2})\?{2,3}(?=\p{L}{2})|(?<=\p{Ll}{2}\.)\?{2,3}(?=[ \t]|$)",
    regex.MULTILINE,
)
# A stand-in "?" glued before a small letter after a mark, or for a quotation mark: `_lost_marks` is asked.
_LOST_SPACE_HINT = re.compile(r"[,;:’”)s]\?[a-z]|(?:^|[\s(])\?[A-Z][a-z]|[a-z],\?[ \t][a-z]", re.MULTILINE)
# A straight quotation mark alone after a dateline's credit, before the lead ("TOKYO (AP) " A").
_DATELINE_QUOTE = compile_cached(
    r"(?<=^\p{Lu}{2,}[\p{Lu} ,.]*\([\p{L}-]{2,12}\)[ \t])\"(?=[ \t]\p{Lu})", regex.MULTILINE
)
# A figure, "?" or "�" for the degree sign, then the scale ("12?C", "-4?F").
_LOST_DEGREE = compile_cached(r"(?<![\p{L}\d.,])[-−]?\d{1,3}(?:[.,]\d)?[ ]?([?\ufffd])[CF](?![\p{L}\d])")
# A word with "?" or "�" between letters, the next one in small letters ("Vi?t", "Ð?ng").
_LOST = re.compile(r"(?<![^\s(\"“‘'])[^\W\d_]+([?\ufffd])[^\W\d_A-Z][^\s,;:)\"”’]*")
_ADDRESS = ("/", "=", "&", "www", "http", "@")


def _runs(text: str, fixed: str) -> list[tuple[int, int, int, int]]:
    """The changed spans between the two texts, nearby changes joined."""
    runs: list[list[int]] = []
    from difflib import SequenceMatcher  # only for text that has mojibake

    matcher = SequenceMatcher(None, text, fixed, autojunk=False)
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if runs and a0 - runs[-1][1] <= _JOIN and b0 - runs[-1][3] <= _JOIN:
            runs[-1][1], runs[-1][3] = a1, b1
        else:
            runs.append([a0, a1, b0, b1])
    return [(a0, a1, b0, b1) for a0, a1, b0, b1 in runs]


def _prose_matches(
    doc: Document, pattern: re.Pattern[str] | regex.Pattern[str]
) -> Iterator[tuple[int, int, str]]:
    """Each match of the pattern in the article's prose: its start and end in the text, and what it matched."""
    for block in doc.prose:
        for match in pattern.finditer(block.text):
            yield block.start + match.start(), block.start + match.end(), match.group()
