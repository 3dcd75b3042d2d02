"""NL403 near-duplicate-paragraph: a paragraph or caption repeated with a small change.

Long on purpose: a near copy of a paragraph, a caption or a sentence is found by the same comparison
of normalised words, and the credits and photo captions it must tell apart share its helpers."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import accumulate

import regex

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import CAPTION, PARAGRAPH, Block, Document
from ..core.rule import Rule, RuleOptions, RuleSpec
from ..regexes import compile_cached
from ..settings_model import setting
from ..spelling.lookup import KNOWN, ZIPFS, compiled
from .support.blocks import EDGE, MIN_KEY, Comparable, body_text, compact, ends_sentence, pools, removal
from .support.chrome.lines import Line, line_removal, lines_of

# Paragraphs sharing their first or last letters are the only candidates; a bucket this full is
# boilerplate ("The company said it ...") and only its latest members are compared.
_BUCKET_LIMIT = 12
_EDGE = EDGE  # letters


class NearDuplicateOptions(RuleOptions):
    min_words: int = setting(8, ge=MIN_KEY // 5)
    # Words that may differ: one per `words_per_change` words, at most `max_changed_words`.
    words_per_change: int = setting(10, ge=1)
    max_changed_words: int = setting(3, ge=1)


# A phrase of this many words at most put inside a copy, one word per `INSERT_SHARE` of the
# paragraph's; the copies agree on at least `MIN_AROUND` words on either side of it.
MAX_INSERTED = 6
INSERT_SHARE = 4
MIN_AROUND = 3
# A copy cut short (a teaser, or a scrape that stopped mid-word) keeps at least this many words
# and letters of the full paragraph: shorter openings are shared by chance ("The company said").
CUT_MIN_WORDS = 12
INSIDE_WINDOW = 30  # earlier paragraphs a paragraph's copy inside a later one is looked for in
LONG_CUT_WORDS = 30  # a copy cut short this long stops at a whole word as any cut does
CONTINUED_MIN_WORDS = 5  # the rest of a repeated summary, under its first sentence: this long at least
CUT_MIN_LETTERS = 60
_SENTENCE_STOPS = frozenset(".!?\"”’)")
# A paragraph's opening letters looked for inside the earlier paragraphs: this many.
SENTENCE_PROBE = 48
SHORT_PROBE = 24  # ... and, for a sentence restated a word apart, this many
# Fewer letters than this before the copy inside the earlier block are a prefix (a tag, a
# dateline): the repeat is NL410's or NL402's.
SENTENCE_PREFIX = 40
# The letters of the blocks above a paragraph searched for its opening sentence: this many.
SENTENCE_WINDOW = 6000
# A caption or title printed twice near itself, once with a credit or label at one end ("...
# extinguished. Fire and Emergency NZ", "... Yatsenyuk ITAR-TASS/Maxim Nikitin"): the copy keeps
# this many words and letters, the credit has this many words at most, and at most this many
# blocks stand between the two.
CREDIT_COPY_WORDS = 5
CREDIT_COPY_LETTERS = 25
MAX_CREDIT_WORDS = 6
CREDIT_COPY_REACH = 3
MAX_CREDIT_COPY = 400  # letters of a block compared so: a caption's or a title's length
# A copy this long (letters) is one however far apart: a caption printed again with its credit.
FAR_CREDIT_COPY_LETTERS = 100
# Small words a credit's name may hold ("Fire and Emergency NZ", "Ministry of Defence"); a credit
# opens with none of them ("and President ..." goes on a sentence).
_CREDIT_SMALL = frozenset({"and", "of", "the", "for", "de", "du", "la", "del", "da", "van", "von", "bin", "al"})
_RAW_TOKEN = compile_cached(r"\S+")
# A paragraph's first sentence: up to a stop followed by a space and a capital, or the end.
_FIRST_SENTENCE = compile_cached(r".+?[.!?][\"”’)]*(?:[ \t]+(?=[\p{Lu}\"“‘(])|$)", regex.DOTALL)


STEM_LETTERS = 4  # letters two forms of one word share at least ("thank", "thanked")


def _inflected(a: tuple[str, ...], b: tuple[str, ...], allowed: int) -> bool:
    """Word for word the same but for a few words each another form of its twin (a tense, a
    number: "thank" / "thanked", "election" / "elections")."""
    if len(a) != len(b):
        return False
    changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return 0 < len(changed) <= allowed and all(
        min(len(x), len(y)) >= STEM_LETTERS and (x.startswith(y) or y.startswith(x)) for x, y in changed
    )


def _changed_window(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[int, int]:
    """Lengths of the common opening and closing runs of words."""
    prefix = 0
    limit = min(len(a), len(b))
    while prefix < limit and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and a[-1 - suffix] == b[-1 - suffix]:
        suffix += 1
    return prefix, suffix


class NearDuplicateParagraph(Rule):
    spec = RuleSpec(
        code="NL403",
        name="near-duplicate-paragraph",
        category="duplicate",
        summary="A paragraph or caption that repeats an earlier one with a word or two changed.",
        rationale=(
            "When a paragraph is rewritten in the newsroom system, the old version sometimes "
            "stays behind next to the new one. Only an editor can say which copy is right, so the "
            "finding is shown with a suggested deletion that is never applied automatically. The changed "
            "words stand together, or each is another form of its twin ('thank' / 'thanked', 'election' / "
            "'elections'). A copy "
            "with a short phrase put inside it (a summary printed again with its details: 'held "
            "talks in Vientiane on September 14 to discuss ...' under 'held talks to discuss ...') "
            "counts too, and so does a copy cut short before or after the full one: its opening, "
            "twelve words or more, stopping inside a word, on a small word such as 'of' or at an "
            "ellipsis ('... went on trial Monday on c'), or anywhere where the text itself ends or where the "
            "copy runs thirty words or more (a teaser over the story: no list's item or title is so long; "
            "the lead it opens may part its sentences by a wide gap, '... in Madrid.   When receiving ...', "
            "and is one paragraph still, not a table's columns). An earlier paragraph of twelve words or more, "
            "closed by its stop, printed again word for word after the opening of a later one (a summary "
            "pasted into the body) is shown at its copy. So does "
            "a paragraph that opens with a sentence "
            "of twelve words or more, its dateline left out, printed already inside an earlier paragraph "
            "or caption (a summary block run together above the story's paragraphs, a caption that "
            "carries the lead; when that sentence is the whole paragraph, the paragraph under it that "
            "prints the earlier one's next words, five or more, is shown too: a summary printed again "
            "paragraph by paragraph), or printed there with one word put in, left out or changed ('896 others "
            "injured' / '896 others were injured'; not under a caption with its photo credit, whose lead "
            "is the story's), or a line closing on its opening, twelve words or more, with no stop (a summary "
            "cut short that the lead goes on from). A "
            "copy that only adds words at one end (an attribution, a pull-quote) and list items, "
            "which are built to look alike, are not reported, unless what one copy adds is a credit or a "
            "label (capitalised words, figures and marks: 'PHOTO: EPA-EFE', '- Sputnik International') "
            "and the copies stand within three blocks of each other, or anywhere when the shorter holds a hundred "
            "letters or more: a caption or title printed twice, "
            "once with its credit, and so does a caption on the next line of one block, once with its "
            "credit ('... in Honiara' over '... in Honiara. Image: RSIPF Facebook'). Captions alike but "
            "for their photographers' credits ('... (Xinhua/Chen "
            "Yehua)' and '... (Xinhua/Liu Dawei)') are a gallery's, each its own photo's, and stay."
        ),
        example="Talks resume\n\nTalks resumed on Monday in Hanoi after a long pause.\n\n"
        "Talks resumed on Tuesday in Hanoi after a long pause.",
        fix_safety="display-only",
    )
    Options = NearDuplicateOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        extended: list[Diagnostic] = []  # `_sentence_again`'s longer copies, held back
        found = list(self._check(doc, extended))
        yield from found
        # A longer copy another pass reports with its credit or its change is theirs.
        others = {d.start for d in found}
        yield from (d for d in extended if d.start not in others)

    def _check(self, doc: Document, extended: list[Diagnostic]) -> Iterable[Diagnostic]:
        options: NearDuplicateOptions = self.options  # type: ignore[assignment]
        shortest = 5 * options.min_words  # a shorter key is never `substantial`
        if not doc.own_markup:
            yield from self._sentence_again(doc, extended)
            yield from self._paragraph_inside(doc)
            yield from self._credit_copies(doc)
            yield from self._credit_lines(doc)
        for group in pools(doc):
            if not group.edges_meet:
                continue  # decided once per document for every rule and option
            # Candidates share the opening or closing letters. A block whose both ends are
            # unlike every other's meets no one, so only the rest are made into words; in nearly
            # every article that is none.
            keys = group.keys
            long = [i for i, key in enumerate(keys) if len(key) >= shortest]
            if len(long) < 2 or (
                len({keys[i][:_EDGE] for i in long}) == len(long)
                and len({keys[i][-_EDGE:] for i in long}) == len(long)
            ):
                continue
            heads = Counter(keys[i][:_EDGE] for i in long)
            tails = Counter(keys[i][-_EDGE:] for i in long)
            shared = [i for i in long if heads[keys[i][:_EDGE]] > 1 or tails[keys[i][-_EDGE:]] > 1]
            opened_alike = [i for i in long if heads[keys[i][:_EDGE]] > 1]
            if opened_alike:
                yield from self._cut_copies(doc, group.comparables(doc, opened_alike))
            pool = [
                item
                for item in group.comparables(doc, shared)
                if group.is_substantial(item, options.min_words) and not item.list_item
            ]
            if len(pool) < 2:
                continue
            words: dict[int, tuple[str, ...]] = {}  # made only for the few candidate pairs
            buckets: dict[tuple[str, bytes], list[Comparable]] = defaultdict(list)
            for item in pool:
                # A small change cannot reach both ends of a paragraph of 8 words or more.
                head, tail = ("head", item.key[:_EDGE]), ("tail", item.key[-_EDGE:])
                earlier = buckets[head][-_BUCKET_LIMIT:] + buckets[tail][-_BUCKET_LIMIT:]
                match = self._first_near(item, earlier, words, options) if earlier else None
                buckets[head].append(item)
                buckets[tail].append(item)
                if match is not None and not _other_photos(match.text, item.text):
                    yield self._report(doc, item, match, words)

    def _paragraph_inside(self, doc: Document) -> Iterable[Diagnostic]:
        """An earlier paragraph of one sentence or more, printed again word for word after a
        sentence of a later one ("... by the Colombians. Less than two months ago, on March 31,
        ..." under that sentence as a paragraph of its own): a summary or lead pasted into the
        body. The opening's copies are `_sentence_again`'s; the later copy is shown."""
        paragraphs = [b for b in doc.blocks if b.kind == PARAGRAPH]
        # Each paragraph's copy, when it is long enough and closed by its stop: judged once.
        copies = [
            copy if copy.count(" ") + 1 >= CUT_MIN_WORDS and ends_sentence(copy) else None
            for copy in (b.text.strip() for b in paragraphs)
        ]
        for j, block in enumerate(paragraphs[1:], 1):
            text = block.text
            for i in range(max(0, j - INSIDE_WINDOW), j):
                copy = copies[i]
                if copy is None or len(copy) >= len(text):
                    continue
                earlier = paragraphs[i]
                at = text.find(copy, 1)
                if at == -1 or text[at - 1] not in " \t" or not ends_sentence(text[:at]):
                    continue  # absent, after a dateline or a credit ("(KPL)": NL402's), or inside a sentence
                start = block.start + at
                line = doc.position(earlier.start)[0]
                yield self.diagnostic(
                    start, start + len(copy), f"paragraph on line {line} printed again inside this one",
                    Fix.display_only("Delete the repeated paragraph", Edit(start - 1, start + len(copy), "")),
                )
                break

    def _cut_copies(self, doc: Document, items: list[Comparable]) -> Iterable[Diagnostic]:
        """A paragraph printed again cut short, before or after the full one: its letters are the
        full one's opening, and it stops inside a word, on a small word or at an ellipsis (a
        teaser over the story, a scrape that stopped mid-word: "... went on trial Monday on c")."""
        if doc.own_markup:
            return  # a format's fields (a plain and a rich copy of one caption) may differ in length
        for short in items:
            text = short.text.rstrip()
            ellipsis = text.endswith(("...", "…"))
            if (
                short.n_words < CUT_MIN_WORDS or len(short.key) < CUT_MIN_LETTERS or short.list_item
                or (text[-1:] in _SENTENCE_STOPS and not ellipsis)
            ):
                continue
            full = next(
                (other for other in items if len(other.key) > len(short.key) and other.key.startswith(short.key)),
                None,
            )
            if full is None:
                continue
            if (
                not ellipsis and short.n_words < LONG_CUT_WORDS and _whole_word_end(short, full)
                and doc.text[short.block.end :].strip()
            ):
                # Stops at a whole word: a list or a teaser's own end may well do that; where the
                # text itself ends there, the scrape stopped inside the copy, and a copy of two
                # sentences' length is no list's item or title ("... the Ministry of Environment,
                # Energy and Climate Change said. Agricole, who is ... for Energy and Climate Change").
                continue
            kind = "caption" if short.block.kind == CAPTION else "paragraph"
            line = doc.position(full.block.start)[0]
            fix = Fix.display_only(f"Delete the {kind} cut short", Edit(*removal(doc, short.block), ""))
            yield self.diagnostic(
                short.block.start, short.block.end,
                f"{kind} repeats the opening of the one on line {line}, cut short", fix,
            )

    def _sentence_again(self, doc: Document, extended: list[Diagnostic]) -> Iterable[Diagnostic]:
        """A paragraph that opens with a long sentence printed already inside an earlier
        paragraph or caption (a summary block run together, then its paragraphs: "...
        reported.Kim, accompanied by ..." above "Kim, accompanied by ..."; a caption that carries
        the lead). One C-level search of the earlier blocks' letters for each paragraph's opening
        (its dateline left out); the sentence itself is compared only on a hit."""
        paragraphs, captions = pools(doc)
        items = sorted(
            [(b, k, False) for b, k in zip(paragraphs.blocks, paragraphs.keys, strict=True)]
            + [(b, k, True) for b, k in zip(captions.blocks, captions.keys, strict=True)],
            key=lambda item: item[0].start,
        )
        if len(items) < 2:
            return
        keys = [key for _, key, _ in items]
        joined = b"\x00".join(keys)
        starts = list(accumulate((len(k) + 1 for k in keys[:-1]), initial=0))
        opening = frozenset(starts)
        for j in range(1, len(items)):
            block, key, caption = items[j]
            head = key[:SENTENCE_PROBE]
            if caption or len(head) < SENTENCE_PROBE:
                continue
            # Only the blocks just above: a summary or a caption stands near its copy, and a
            # search of all of them would make a huge file's run quadratic.
            low = max(0, starts[j] - SENTENCE_WINDOW)
            at = joined.find(head, low, starts[j])
            opened = -1  # an earlier block opening alike: the passes below, unless it runs on
            while at != -1 and at in opening:
                opened = at if opened == -1 else opened
                at = joined.find(head, at + 1, starts[j])
            if at == -1:
                at = opened
            near_only = False
            if at == -1:
                # A word put in or left out early in the sentence breaks the long probe: a short
                # one finds the restated sentence, compared word by word below.
                at = joined.find(key[:SHORT_PROBE], low, starts[j])
                near_only = True
            if at == -1:
                continue
            body, _ = body_text(doc, block)
            offset = block.end - len(body) - block.start  # where the text after the dateline starts
            lead = body.lstrip()
            offset += len(body) - len(lead)
            earlier = bisect_right(starts, at) - 1
            if at == starts[earlier] and not items[earlier][2] and len(key) > len(keys[earlier]):
                longer = self._extended_copy(doc, items[earlier][0], block.start + offset, lead)
                if longer is not None:
                    extended.append(longer)  # yielded last, unless another pass reports that copy
                    continue
            match = _FIRST_SENTENCE.match(lead)
            if match is None or match.group().count(" ") + 1 < CUT_MIN_WORDS:
                continue
            sentence = compact(match.group())
            if len(sentence) < CUT_MIN_LETTERS:
                continue
            if near_only or joined.find(sentence, low, starts[j]) == -1:
                earlier = bisect_right(starts, at) - 1
                line = doc.position(items[earlier][0].start)[0]
                above = items[earlier][0].text
                how = None if items[earlier][2] or _PHOTO_CREDIT.search(above) else _word_apart(above, match.group())
                if how is not None:
                    first = block.start + offset
                    yield self.diagnostic(
                        first, first + len(match.group().rstrip()),
                        f"sentence printed already ({how}) inside the paragraph on line {line}",
                        Fix.display_only("Delete the repeated sentence", Edit(first, first + match.end(), "")),
                    )
                continue
            earlier = bisect_right(starts, at) - 1
            if sentence == keys[earlier] or 0 < at - starts[earlier] < SENTENCE_PREFIX:
                continue  # that sentence alone, or behind a short prefix (a tag): NL401's, NL410's
            if at == starts[earlier]:
                if key.startswith(keys[earlier]):
                    continue  # the earlier block this one's opening: a cut copy (`_cut_copies`)
                rest = items[earlier][0].text.split()[len(match.group().split()) :]
                if len(rest) <= MAX_CREDIT_WORDS and _credit_words(rest):
                    continue  # a caption carrying the paragraph with its credit: the caption is the copy
            kind = "caption" if items[earlier][2] else "paragraph"
            line = doc.position(items[earlier][0].start)[0]
            first = block.start + offset
            yield self.diagnostic(
                first, first + len(match.group().rstrip()),
                f"sentence printed already inside the {kind} on line {line}",
                Fix.display_only("Delete the repeated sentence", Edit(first, first + match.end(), "")),
            )
            if not lead[match.end() :].strip() and j + 1 < len(items) and not items[j + 1][2]:
                # The paragraph under that sentence alone prints the earlier one's next words:
                # the rest of a summary printed again, paragraph by paragraph.
                under, under_key, _ = items[j + 1]
                upto = starts[earlier] + len(keys[earlier])
                copied = joined.find(sentence, starts[earlier], upto)
                if (
                    copied != -1 and under.text.count(" ") + 1 >= CONTINUED_MIN_WORDS
                    and joined.startswith(under_key, copied + len(sentence), upto)
                ):
                    yield self.diagnostic(
                        under.start, under.end, f"the rest of the {kind} on line {line}, printed again "
                        "under its sentence above",
                        Fix.display_only("Delete the repeated paragraph", Edit(*removal(doc, under), "")),
                    )

    def _extended_copy(self, doc: Document, earlier: Block, first: int, lead: str) -> Diagnostic | None:
        """An earlier paragraph, a whole sentence or more, printed again as this one's opening
        with more run on after it ("... with the side mirror; Both are OK"): a caption's or a
        summary's longer copy. None unless the earlier one ends with its stop and its letters
        open this one, word for word."""
        text = earlier.text.strip()
        if not ends_sentence(text) or text.count(" ") + 1 < CUT_MIN_WORDS:
            return None
        bare = text.rstrip(".!?\"”’) \t")
        if not lead.startswith(bare) or lead[len(bare) : len(bare) + 1].isalnum():
            return None  # a word run on: the earlier one is no whole copy here
        if text[:1] in "\"“‘'" and not lead.startswith(text):
            return None  # a pull quote, its sentence cut where the quote runs on below
        line = doc.position(earlier.start)[0]
        end = first + len(bare) + (len(text) - len(bare) if lead.startswith(text) else 0)
        return self.diagnostic(
            first, end,
            f"paragraph on line {line} printed again at this one's opening, with more after it",
            Fix.display_only("Delete the repeated paragraph", Edit(first, end, "")),
        )

    def _credit_copies(self, doc: Document) -> Iterable[Diagnostic]:
        """A caption or title printed again within a few blocks, one copy with a credit or a
        label at one end that the other lacks ("... PHOTO: EPA-EFE", "... - Sputnik
        International"): capitalised words, figures and marks, no sentence's small words."""
        dateline = doc.dateline
        # (index, block, letters) first, the letters the duplicate rules' pools hold: a copy's
        # letters open or close the other's, a C-level test; only such a pair is cut into words.
        paragraphs, captions = pools(doc)
        found = [
            (block, key)
            for pool in (paragraphs, captions)
            for block, key in zip(pool.blocks, pool.full_keys, strict=True)
            if len(key) >= CREDIT_COPY_LETTERS and len(block.text) <= MAX_CREDIT_COPY and "\n" not in block.text
            and not (dateline is not None and block.start <= dateline.start < block.end)
        ]
        if len(found) < 2:
            return
        found.sort(key=lambda item: item[0].start)
        items = [(doc.block_index(block), block, key) for block, key in found]
        # Long keys by their opening and closing letters: a far copy shares one or the other.
        heads: dict[bytes, list[int]] = {}
        tails: dict[bytes, list[int]] = {}
        for k, (index, block, key) in enumerate(items):
            candidates = set(range(max(0, k - CREDIT_COPY_REACH), k))
            if len(key) >= FAR_CREDIT_COPY_LETTERS:
                head, tail = key[:FAR_CREDIT_COPY_LETTERS], key[-FAR_CREDIT_COPY_LETTERS:]
                candidates.update(heads.get(head, ()), tails.get(tail, ()))
                heads.setdefault(head, []).append(k)
                tails.setdefault(tail, []).append(k)
            for earlier_index, earlier, earlier_key in (items[j] for j in sorted(candidates)):
                if key == earlier_key:
                    continue
                short, full = sorted((key, earlier_key), key=len)
                if index - earlier_index > CREDIT_COPY_REACH and len(short) < FAR_CREDIT_COPY_LETTERS:
                    continue  # a short title farther away: a table's sub-heading, printed so on purpose
                if not (full.startswith(short) or full.endswith(short)):
                    continue
                extra = _credit_end(earlier, _raw_tokens(earlier.text), block, _raw_tokens(block.text))
                if extra is None:
                    continue
                kind = "caption" if block.kind == CAPTION else "paragraph"
                line = doc.position(earlier.start)[0]
                yield self.diagnostic(
                    block.start, block.end,
                    f'{kind} repeats the one on line {line}, one copy with "{extra}" at one end (a credit or label)',
                    Fix.display_only(f"Delete one copy (this {kind} or the one on line {line})",
                                     Edit(*removal(doc, block), "")),
                )
                break

    def _credit_lines(self, doc: Document) -> Iterable[Diagnostic]:
        """A caption printed again on the next line of one block, one copy with a credit at one
        end ("... in Honiara" over "... in Honiara. Image: RSIPF Facebook"): the page's image
        and its caption, run together by the scrape."""
        for block in doc.blocks:
            if block.kind == CAPTION or "\n" not in block.text or len(block.text) > 3 * MAX_CREDIT_COPY:
                continue
            lines = [line for line in lines_of(block) if line.text.strip()]
            for above, below in zip(lines, lines[1:], strict=False):
                a, b = compact(above.text), compact(below.text)
                short, full = sorted((a, b), key=len)
                if len(short) < CREDIT_COPY_LETTERS or short == full or not (
                        full.startswith(short) or full.endswith(short)):
                    continue
                extra = _credit_end(above, _raw_tokens(above.text), below, _raw_tokens(below.text))
                if extra is None:
                    continue
                line = doc.position(above.start)[0]
                yield self.diagnostic(
                    below.start, below.end,
                    f'line repeats the one on line {line}, one copy with "{extra}" at one end (a credit or label)',
                    Fix.display_only(f"Delete one copy (this line or line {line})",
                                     Edit(*line_removal(doc, block, below), "")),
                )
                break

    @staticmethod
    def _first_near(
        item: Comparable,
        earlier: list[Comparable],
        words: dict[int, tuple[str, ...]],
        options: NearDuplicateOptions,
    ) -> Comparable | None:
        allowed = max(1, min(options.max_changed_words, item.n_words // options.words_per_change))
        # A phrase put inside a copy ("held talks in Vientiane on September 14 to discuss ..."
        # under "held talks to discuss ..."): a summary printed again with its details.
        inserted = max(allowed, min(MAX_INSERTED, item.n_words // INSERT_SHARE))
        for other in earlier:
            if other.key == item.key:
                continue  # an exact copy (NL401) or the repeated lead (NL402)
            if abs(other.n_words - item.n_words) > inserted + 2:
                continue  # the cheap count; the exact one follows
            a = _words(other, words)
            b = _words(item, words)
            if abs(len(a) - len(b)) > inserted:
                continue
            prefix, suffix = _changed_window(a, b)
            middle_a = a[prefix : len(a) - suffix]
            middle_b = b[prefix : len(b) - suffix]
            if prefix and suffix and not (middle_a and middle_b) and min(prefix, suffix) >= MIN_AROUND:
                return other  # words put in (or left out) inside, the rest the same
            if abs(len(a) - len(b)) > allowed:
                continue
            if len(middle_a) > allowed or len(middle_b) > allowed:
                if _inflected(middle_a, middle_b, allowed):
                    return other  # "thank ... election" / "thanked ... elections": the copy retouched
                continue  # changes spread over the paragraph: a different statement
            if not (middle_a and middle_b) and (prefix == 0 or suffix == 0):
                continue  # words added at one end: an attribution or a pull-quote
            from rapidfuzz.distance import Levenshtein  # only for the rare candidate pair

            if Levenshtein.distance(middle_a, middle_b, score_cutoff=allowed) <= allowed:
                return other
        return None

    def _report(
        self, doc: Document, item: Comparable, first: Comparable, words: dict[int, tuple[str, ...]]
    ) -> Diagnostic:
        kind = "caption" if item.block.kind == CAPTION else "paragraph"
        a, b = _words(first, words), _words(item, words)
        prefix, suffix = _changed_window(a, b)
        was = " ".join(a[prefix : len(a) - suffix]) or "-"
        now = " ".join(b[prefix : len(b) - suffix]) or "-"
        line = doc.position(first.block.start)[0]
        fix = Fix.display_only(
            f"Delete one copy (this {kind} or the one on line {line})",
            Edit(*removal(doc, item.block), ""),
        )
        message = f'{kind} nearly repeats the one on line {line} ("{was}" / "{now}")'
        return self.diagnostic(item.block.start, item.block.end, message, fix)


# A photo's credit in brackets closing a caption: a photographer's name beside the agency's
# ("(Xinhua/Chen Yehua)", "(Photo by Tang Dehong/Xinhua)", "(Photo: Jane Doe)").
_PHOTO_CREDIT_END = compile_cached(r"\((?:(?i:photos?)\b[^()\n]{1,60}|[^()\n/]{1,30}/[^()\n]{1,40})\)[ \t]*$")


def _other_photos(one: str, other: str) -> bool:
    """Two captions alike but for their photographers' credits: a gallery's photos of one event,
    each caption its own photo's."""
    first, second = _PHOTO_CREDIT_END.search(one), _PHOTO_CREDIT_END.search(other)
    return first is not None and second is not None and " ".join(first.group().split()) != " ".join(
        second.group().split()
    )


# A last word this long that the lists know is whole, though the copy's letters run on in the
# full one (which may have lost its spaces: "marked,Cao Bang").
WHOLE_WORD_LENGTH = 3
# x10 Zipf: a word this common ("of", "the", "to") ends no title or list item; a copy that
# stops on one was cut mid-sentence.
FUNCTION_WORD_ZIPF = 60


def _whole_word_end(short: Comparable, full: Comparable) -> bool:
    """The cut copy stops where a word of the full one ends, or at a word the lists know, and
    that word could end a title or a list's item."""
    last = short.words()[-1]
    if ZIPFS.get(last, 0) >= FUNCTION_WORD_ZIPF:
        return False
    if len(short.key) in set(accumulate(len(word) for word in full.words())):
        return True
    return len(last) >= WHOLE_WORD_LENGTH and bool(compiled().code(last) & KNOWN)


# A photo's caption restating the lead ("... on Wednesday meets with ... (Petra photo)"): the
# lead under it is the story's, not a copy.
_PHOTO_CREDIT = compile_cached(r"(?i)\([^()\n]{0,40}\bphoto\b[^()\n]{0,40}\)[ \t]*$|\bphoto[ \t]*:")
_WORD = compile_cached(r"[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*")


def _word_apart(earlier: str, sentence: str) -> str | None:
    """How the sentence is printed inside the earlier block: with one word put in, left out or
    changed ("896 others injured" / "896 others were injured"), or its opening cut short; a
    summary over the lead it restates. None when it is not."""
    words = [w.casefold() for w in _WORD.findall(sentence)]
    if len(words) < CUT_MIN_WORDS:
        return None
    found = [w.casefold() for w in _WORD.findall(earlier)]
    for at in (i for i in range(len(found)) if found[i : i + MIN_AROUND] == words[:MIN_AROUND]):
        for size in (len(words) - 1, len(words), len(words) + 1):
            if _one_word(found[at : at + size], words):
                return "one word apart"
    # A line of the earlier block ends, with no stop, on the sentence's opening, twelve words or
    # more: a summary cut short that the lead goes on from ("Mirzoyan says ... important Armenia
    # considers it important to sign a peace treaty with Azerbaijan through negotiations").
    for line in earlier.split("\n"):
        if line.rstrip()[-1:] in _SENTENCE_STOPS:
            continue
        tail = [w.casefold() for w in _WORD.findall(line)]
        for at in (i for i in range(len(tail)) if tail[i : i + MIN_AROUND] == words[:MIN_AROUND]):
            if CUT_MIN_WORDS <= len(tail) - at < len(words) and words[: len(tail) - at] == tail[at:]:
                return "its opening cut short"
    return None


def _one_word(a: list[str], b: list[str]) -> bool:
    """Two word sequences one word apart: one inserted, dropped or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1 :] == b[i + 1 :]
    return a[i + 1 :] == b[i:] if len(a) > len(b) else a[i:] == b[i + 1 :]


def _raw_tokens(text: str) -> list[tuple[bytes, int, int]]:
    """Each whitespace-parted token's letters and digits, with its span; marks alone dropped."""
    return [(key, m.start(), m.end()) for m in _RAW_TOKEN.finditer(text) if (key := compact(m.group()))]


def _credit_end(
    a: Block | Line, a_tokens: list[tuple[bytes, int, int]], b: Block | Line, b_tokens: list[tuple[bytes, int, int]]
) -> str | None:
    """The credit or label one copy has at one end, the rest of the two the same; else None."""
    (_, short_tokens), (full, full_tokens) = sorted(((a, a_tokens), (b, b_tokens)), key=lambda t: len(t[1]))
    added = len(full_tokens) - len(short_tokens)
    if not 1 <= added <= MAX_CREDIT_WORDS or len(short_tokens) < CREDIT_COPY_WORDS:
        return None
    keys = [t[0] for t in short_tokens]
    if sum(map(len, keys)) < CREDIT_COPY_LETTERS:
        return None
    if [t[0] for t in full_tokens[:len(keys)]] == keys:
        extra = full_tokens[len(keys):]
    elif [t[0] for t in full_tokens[added:]] == keys:
        extra = full_tokens[:added]
    else:
        return None
    words = [full.text[start:end] for _, start, end in extra]
    if words[-1][-1:] in ",;" or words[0][-1:] in ",;":
        return None  # a list's items ("H Clitheroe (Preston Harriers), K Holmes ...")
    return full.text[extra[0][1] : extra[-1][2]] if _credit_words(words) else None


def _credit_words(words: list[str]) -> bool:
    """Words that make a credit or a label: capitalised words, figures and marks, a name's
    small words inside but not first ("Fire and Emergency NZ", "PHOTO: EPA-EFE")."""
    if not words or words[0].strip("\"'“‘(-–—").casefold() in _CREDIT_SMALL:
        return False
    for word in words:
        first = next((c for c in word if c.isalpha()), "")
        if first and first.islower() and word.strip(".,:;()\"'").casefold() not in _CREDIT_SMALL:
            return False  # a sentence's word ("the minister said"): an attribution, not a credit
    return True


def _words(item: Comparable, cache: dict[int, tuple[str, ...]]) -> tuple[str, ...]:
    found = cache.get(item.block.start)
    if found is None:
        found = cache[item.block.start] = item.words()
    return found
