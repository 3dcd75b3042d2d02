"""NL401 duplicate-paragraph: a paragraph or caption printed twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..core.diagnostics import Diagnostic, Edit, Fix
from ..core.document import CAPTION, Block, Document
from ..core.rule import Rule, RuleOptions, RuleSpec
from ..regexes import compile_cached
from ..settings_model import setting
from .nl401.items import parallel_items, top_line_again
from .support.blocks import Comparable, normalise, pools, removal, stands_alone, tagged
from .support.chrome.bars import chrome_reason
from .support.chrome.widgets import date_widget
from .support.header import MAX_HEADER_BLOCKS, is_lead


class DuplicateParagraphOptions(RuleOptions):
    # Fewer words than this, or no sentence ending, and a repeat is taken for a listing line
    # ("Shr 12 cts vs 10 cts", "NOTE:"), which agate and results tables repeat on purpose.
    min_words: int = setting(6, ge=1)


# A title (a few words, no sentence end) printed twice in a row, or with one short label between
# ("World"), is a listing's image link and its title; farther apart, or with table rows between,
# it is a table's sub-heading repeated on purpose.
TITLE_WORDS = (4, 20)
TITLE_LETTERS = 0.6
TITLE_WORD_LETTERS = 4  # ... or this many words of four letters or more
TITLE_FULL_WORDS = 3
_WORDS = compile_cached(r"[\p{L}']+")
LABEL_BETWEEN_WORDS = 2
# A shorter line counts only printed twice with nothing between, and with this many letters.
SHORT_LETTERS = 4


def _title_shaped(item: Comparable) -> bool:
    text = item.block.text
    return (
        TITLE_WORDS[0] <= item.n_words <= TITLE_WORDS[1] and "\n" not in text
        and (
            sum(map(str.isalpha, text)) >= TITLE_LETTERS * len(text)
            # A title with figures ("Kenya's floods kill 169, affect 60,000") still has its words;
            # an agate row ("Avg shrs 2,332,397 vs 1,428,000") has its abbreviations.
            or sum(len(w) >= TITLE_WORD_LETTERS and w.isalpha() for w in _WORDS.findall(text)) >= TITLE_FULL_WORDS
        )
    )


def _worded(item: Comparable) -> bool:
    """A short line of words ("(Reuters-Yonhap)", "Yonhap"), not a separator, and with no
    figures: an agate line ("Avg shrs 2,332,397 vs 1,428,000") may well repeat in a row."""
    text = item.block.text
    return "\n" not in text and sum(map(str.isalpha, text)) >= SHORT_LETTERS and not any(map(str.isdigit, text))


def _between(doc: Document, first: Block, again: Block) -> list[Block]:
    return [block for block in doc.blocks if first.end <= block.start and block.end <= again.start]


def _printed_again_at_once(between: list[Block], title: bool) -> bool:
    """Nothing between the two copies, or, for a title, one short label ("World"); a shorter
    line ("(Reuters-Yonhap)") repeats only as its own twin."""
    return not between or title and len(between) == 1 and len(between[0].text.split()) <= LABEL_BETWEEN_WORDS


def _run_again(doc: Document, first: Block, again: Block) -> bool:
    """The title's copy stands under a copy of the title's own neighbour above (a headline and
    its caption printed again as a pair): the page's top printed twice, not a table's
    sub-heading repeated on purpose."""
    blocks = doc.blocks
    i, j = doc.block_index(first), doc.block_index(again)
    if i == 0 or j - 1 <= i:
        return False
    above, above_again = blocks[i - 1].text, blocks[j - 1].text
    return len(above.split()) >= TITLE_WORDS[0] and normalise(above) == normalise(above_again)


def _header_again(doc: Document, first: Block, again: Block) -> bool:
    """The title printed again in the page's header, only header lines (a date, a byline)
    between the two copies and no prose above them, the story after: the page's title and the
    story's headline, not a table's sub-heading repeated on purpose."""
    blocks = doc.blocks
    i, j = doc.block_index(first), doc.block_index(again)
    if i > MAX_HEADER_BLOCKS or j - i - 1 > MAX_HEADER_BLOCKS:
        return False
    if any(is_lead(block.text) for block in blocks[:j]) or any(
        any(map(str.isdigit, block.text)) and not date_widget(block.text) and chrome_reason(block.text) is None
        for block in blocks[i + 1 : j]
    ):  # a date or the page's counter between ("1 minute read") is the header's
        return False  # prose above, or figures between: a table's rows under its repeated sub-heading
    return any(is_lead(block.text) for block in blocks[j + 1 : j + 2 + MAX_HEADER_BLOCKS])


# A title printed again among a few other titles, nothing but titles between: a list of
# related stories printing one of its links twice, not a table's sub-heading over its rows.
MAX_TITLES_BETWEEN = 8
LINK_TITLE_WORDS = 30  # a link's title may run longer than a title printed twice at once


def _among_titles(between: list[Block]) -> bool:
    return 0 < len(between) <= MAX_TITLES_BETWEEN and all(
        "\n" not in block.text and TITLE_WORDS[0] <= len(block.text.split()) <= LINK_TITLE_WORDS
        and block.text.rstrip()[-1:] not in ".!?:" and not any(map(str.isdigit, block.text))
        for block in between
    )


def _top_again(doc: Document, first: Block, again: Block) -> bool:
    return _run_again(doc, first, again) or _header_again(doc, first, again)


class DuplicateParagraph(Rule):
    spec = RuleSpec(
        code="NL401",
        name="duplicate-paragraph",
        category="duplicate",
        summary="A paragraph or caption that repeats an earlier one.",
        rationale=(
            "Re-sends, web templates and copy-paste in the newsroom system leave a paragraph or a "
            "photo caption printed twice. Copies are compared after normalising whitespace, case, "
            "punctuation and quotes. Short lines without a sentence ending (agate, results, "
            "sub-headings) and Markdown pull-quotes are not compared, since they repeat on purpose, "
            "unless the same words are printed again with nothing between (a template's link "
            "printed three times in a row loses its second and third copies) or a title is printed "
            "again under a copy of the line above it (the page's top printed twice) or in the page's "
            "header, only header lines between and the story under it, and except a run "
            "of three short lines or more printed again line for line, in the same order (a menu "
            "printed twice), when the lines hold no figures but a list's numbers. Next to a "
            "paragraph printed again, the lines that repeat the ones next to its first copy, in the "
            "same order, are copies too, however short (a story printed twice: its byline, date and "
            "sub-headings again), except the page's first line above the story, its title slot. A block's "
            "last line printed again as the next block's first (a caption and its copy, the first run on "
            "under the byline) is a copy too, with five words or more, and so is a bracketed credit "
            "printed alone under the caption it closes (\"(AP Photo/Ahn Young-joon)\"). A paragraph "
            "that repeats one line, of five words or more, of a block of several lines above the lead "
            "(the summary printed among the page's caption and credit lines, then again in the body) "
            "is the second print, its fix unsafe: an editor decides which copy the story keeps. The "
            "same item of two numbered lists worded alike is no copy: both open with the same label "
            "(\"Article (3)\") under items of the same label that differ (two decrees' closing articles)."
        ),
        example=(
            "Talks resume\n\nTalks resumed on Monday in Hanoi.\n\n"
            "Both sides said the mood was calm and constructive.\n\n"
            "Both sides said the mood was calm and constructive."
        ),
        example_fixed=(
            "Talks resume\n\nTalks resumed on Monday in Hanoi.\n\n"
            "Both sides said the mood was calm and constructive."
        ),
        fix_safety="safe",
    )
    Options = DuplicateParagraphOptions

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        pairs: list[tuple[Block, Block]] = []  # (first copy, copy) of each copy reported
        found = list(self._copies(doc, pairs))
        yield from found
        if not doc.own_markup:
            reported = {d.start for d in found}
            again = [d for d in _runs_again(self, doc) if d.start not in reported]
            yield from again
            if pairs:
                reported.update(d.start for d in again)
                yield from _beside_copies(self, doc, pairs, reported)
            yield from _last_line_again(self, doc, reported)
            yield from top_line_again(self, doc, reported, MIN_LINE_WORDS)

    def _copies(self, doc: Document, pairs: list[tuple[Block, Block]]) -> Iterable[Diagnostic]:
        options: DuplicateParagraphOptions = self.options  # type: ignore[assignment]
        for pool in pools(doc):
            if not pool.repeated:
                continue  # no two blocks share their letters: the common case
            keys = pool.full_keys
            # The whole text, dateline included: a lead repeated without it is NL402's.
            counts = Counter(keys)
            members = [i for i, key in enumerate(keys) if counts[key] > 1]
            first_seen: dict[bytes, Comparable] = {}
            latest: dict[bytes, Comparable] = {}  # a short line printed several times in a row
            for index, item in zip(members, pool.comparables(doc, members), strict=True):
                substantial = pool.is_substantial(item, options.min_words)
                title = not substantial and _title_shaped(item)
                if not substantial and not title and not _worded(item):
                    continue
                first = first_seen.setdefault(keys[index], item)
                if first is item or normalise(first.block.text) != normalise(item.block.text):
                    continue
                if not substantial and not title and item.block.text.rstrip()[-1:] == ",":
                    continue  # "Reuters" over "Reuters,": a credit and the byline it opens, not a copy
                if parallel_items(doc, first.block, item.block):
                    continue  # each decree's own "Article (3)": the same item of two numbered lists
                before, latest[keys[index]] = latest.get(keys[index], first), item
                if not substantial and (
                    doc.own_markup
                    or not _printed_again_at_once(between := _between(doc, before.block, item.block), title)
                    and not (title and (_top_again(doc, first.block, item.block) or _among_titles(between)))
                ):
                    continue  # a format's fields (an abstract, then the body) may well begin alike
                kind = "caption" if item.block.kind == CAPTION else "paragraph"
                line = doc.position(first.block.start)[0]
                title = f"Delete the repeated {kind}"
                edit = Edit(*removal(doc, item.block), "")
                safe = stands_alone(doc, item.block) and not tagged(item.block.text)
                fix = Fix.safe(title, edit) if safe else Fix.display_only(title, edit)
                pairs.append((first.block, item.block))
                yield self.diagnostic(
                    item.block.start, item.block.end, f"{kind} repeats the one on line {line}", fix
                )


def _beside_copies(
    rule: Rule, doc: Document, pairs: list[tuple[Block, Block]], reported: set[int]
) -> Iterable[Diagnostic]:
    """The lines next to a paragraph printed again that repeat, in the same order, the lines next
    to its first copy (a story printed twice: its byline, date and sub-headings again too)."""
    blocks = doc.blocks
    at = {block.start: index for index, block in enumerate(blocks)}
    keys = [normalise(block.text) for block in blocks]
    for first_copy, copy in pairs:
        i, j = at.get(first_copy.start), at.get(copy.start)
        if i is None or j is None:
            continue
        for step in (-1, 1):
            k = 1
            while 0 <= i + step * k < len(blocks) and i + step * k != j and j + step * k != i:
                first, again = i + step * k, j + step * k
                if not 0 <= again < len(blocks) or not keys[again] or keys[first] != keys[again] or first == 0:
                    break  # the page's title slot printed again above the story is its headline
                block = blocks[again]
                if block.start not in reported:
                    reported.add(block.start)
                    title = "Delete the repeated line"
                    edit = Edit(*removal(doc, block), "")
                    fix = Fix.safe(title, edit) if stands_alone(doc, block) else Fix.display_only(title, edit)
                    line = doc.position(blocks[first].start)[0]
                    yield rule.diagnostic(
                        block.start, block.end,
                        f"line repeats the one on line {line}, next to a paragraph printed again", fix,
                    )
                k += 1


# A line printed again under the block that ends with it counts with this many words.
MIN_LINE_WORDS = 5
MIN_CREDIT = 12  # letters of a bracketed credit printed again under the caption it closes


def _last_line_again(rule: Rule, doc: Document, reported: set[int]) -> Iterable[Diagnostic]:
    """A block's last line printed again as the next block's first ("Debris blocks August Town
    Road ..." twice under the byline, the first run on under it: a caption and its copy), or the
    bracketed credit closing a caption printed again alone under it. A line printed twice inside
    one block is NL410's."""
    blocks = doc.blocks
    for above, block in zip(blocks, blocks[1:], strict=False):
        if block.start in reported:
            continue
        credit = block.text.strip()
        if (
            credit[:1] == "(" and credit[-1:] == ")" and "\n" not in credit and len(credit) >= MIN_CREDIT
            and above.text.rstrip().endswith(credit) and len(above.text.strip()) > len(credit)
        ):
            # The photo's credit closing the caption, printed again alone under it ("... drills.
            # (AP Photo/Ahn Young-joon)" over "(AP Photo/Ahn Young-joon)").
            line_number = doc.position(above.start)[0]
            yield rule.diagnostic(
                block.start, block.end, f"credit repeats the end of the paragraph on line {line_number}",
                Fix.safe("Delete the repeated credit", Edit(*removal(doc, block), "")),
            )
            continue
        if "\n" not in above.text:
            continue
        last = above.text.rsplit("\n", 1)[1]
        line = block.text.split("\n", 1)[0]
        key = normalise(line)
        if key.count(" ") + 1 < MIN_LINE_WORDS or key != normalise(last):
            continue
        whole = line == block.text
        edit = Edit(*removal(doc, block), "") if whole else Edit(block.start, block.start + len(line) + 1, "")
        title = "Delete the repeated line"
        fix = Fix.safe(title, edit) if whole and line.strip() == last.strip() else Fix.display_only(title, edit)
        line_number = doc.position(above.start + len(above.text) - len(last))[0]
        yield rule.diagnostic(
            block.start, block.start + len(line.rstrip()), f"line repeats the one on line {line_number}", fix
        )


# A run of this many short lines or more printed again in the same order (a menu or a list of
# links printed twice) is a copy, however short each line; lines this long at most.
MIN_RUN = 3
RUN_LINE = 80


_LIST_NUMBER = compile_cached(r"[ \t]*\d{1,2}[.)][ \t]+")


def _run_key(text: str) -> str:
    """A short line's words for comparing runs; "" for a long line, or one with figures besides
    a list's number (an agate table's rows and headers repeat on purpose: "Pay May 15")."""
    if len(text) > RUN_LINE or "\n" in text:
        return ""
    number = _LIST_NUMBER.match(text)
    words = text[number.end() :] if number else text
    if any(map(str.isdigit, words)) or sum(map(str.isalpha, words)) < SHORT_LETTERS:
        return ""
    return normalise(text)


def _runs_again(rule: Rule, doc: Document) -> Iterable[Diagnostic]:
    """Each line of a run of short lines that repeats an earlier run line for line ("1. Visual
    Story", "2. Data", "3. Health" printed twice): the page's menu or links printed again."""
    blocks = doc.blocks
    short = [b.text.casefold() for b in blocks if len(b.text) <= RUN_LINE]
    if len(short) - len(set(short)) < MIN_RUN:
        return  # fewer than three short lines printed twice: nearly every article
    keys = [_run_key(b.text) for b in blocks]
    seen: dict[str, list[int]] = {}
    taken: set[int] = set()
    for j, key in enumerate(keys):
        if not key:
            continue
        for i in seen.get(key, ()):
            if j in taken or i - 1 >= 0 and j - 1 > i and keys[i - 1] and keys[i - 1] == keys[j - 1]:
                continue  # inside a run already found, or not the run's first line
            length = 0
            while j + length < len(keys) and i + length < j and keys[i + length] == keys[j + length] != "":
                length += 1
            if length < MIN_RUN:
                continue
            for k in range(length):
                taken.add(j + k)
                block = blocks[j + k]
                line = doc.position(blocks[i + k].start)[0]
                title = "Delete the repeated line"
                edit = Edit(*removal(doc, block), "")
                fix = Fix.safe(title, edit) if stands_alone(doc, block) else Fix.display_only(title, edit)
                yield rule.diagnostic(
                    block.start, block.end,
                    f"line repeats the one on line {line}, in a run of {length} lines printed again in the same order",
                    fix,
                )
            break
        seen.setdefault(key, []).append(j)
