"""NL6xx: cross-article checks. They need the whole archive, so only `newslint scan` produces
them (src/newslint/scan/archive.py, names.py); one article at a time their check() finds nothing."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.diagnostics import Diagnostic
from ..core.document import Document
from ..core.rule import Rule, RuleSpec


class ArchiveRule(Rule):
    """A rule that compares stories with each other; `newslint check` has nothing to run."""

    archive_only = True

    def check(self, doc: Document) -> Iterable[Diagnostic]:
        return ()


class StoryFiledTwice(ArchiveRule):
    spec = RuleSpec(
        code="NL601",
        name="story-filed-twice",
        category="duplicate",
        summary="The same story is in the archive twice, perhaps lightly edited or with a new lead (`scan` only).",
        rationale=(
            "A story re-filed under a second name is counted, searched and sold twice, and a "
            "correction made to one copy is missing from the other. Stories are compared by "
            "MinHash of their word 5-grams, so light edits and a rewritten lead still match; "
            "the message gives the similarity, the other story and which copy is older where "
            "dates are known. Copies dated more than three days apart (a week for stories of 150 "
            "words or more: a feature re-run) are a recurring item, not one story. Two items "
            "written from one template (two firms' contract awards, a daily price table) are "
            "told apart by a second look at their texts: each headline "
            "names a subject the other never prints, or they are dated on different days with "
            "different figures."
        ),
        example="(two files in one archive)\nstory-a.txt: Talks resume in the capital ...\n"
        "story-b.txt: Talks resume in the capital ...",
    )


class ReusedParagraph(ArchiveRule):
    spec = RuleSpec(
        code="NL602",
        name="paragraph-reused-elsewhere",
        category="duplicate",
        summary="A paragraph or caption also printed in a different story (`scan` only).",
        rationale=(
            "A caption pasted under the wrong photo, or a paragraph left over from the story a "
            "template was copied from, reads well in isolation and is wrong where it stands. "
            "Paragraphs of some length shared by two or three otherwise different stories are "
            "reported where they were pasted: the paragraph's names, or its uncommon words, are "
            "printed elsewhere in the other story and not in this one. When neither story places "
            "it and the two otherwise share almost none of their uncommon words, it is reported "
            "in both: one of them holds it by mistake, and an editor reading both can tell which. "
            "Text shared by many stories is boilerplate, and so is a paragraph naming someone "
            "both stories name elsewhere (a columnist's byline); two versions of one story (a "
            "follow-up reusing background: many uncommon words or two paragraphs in common) are "
            "left alone."
        ),
        example="(two different stories in one archive)\nstory-a.txt: The minister greets delegates "
        "at the opening of the summit on Monday.\nstory-b.txt: (a flood report with the same caption)",
    )


class ArchiveNameVariant(ArchiveRule):
    spec = RuleSpec(
        code="NL603",
        name="archive-name-variant",
        category="typo",
        summary="A name spelled one way in a few stories and, one letter away, in many others (`scan` only).",
        rationale=(
            "A desk's archive is the best authority on the names it covers: a form printed in one "
            "to three stories that is one edit from a form printed in many more (ten stories and "
            "five times as many at least) is almost always a typo of it. A form general English "
            "text prints too ('Kora', 'Minster') is one only where it keeps the name's company: "
            "beside a name the frequent form stands beside in other stories ('South Kora', "
            "'Prime Minster'); a form general text prints only seldom and no dictionary knows is one too "
            "where it stands beside no name in any story and the frequent form, printed in fifty stories "
            "or more, seldom stands beside one ('Apri 13' where 'April' is printed alone before its day). "
            "A form short of the frequent one's last letter is its slip, not the word it derives from, "
            "unless a dictionary knows it ('Donaldso'; 'Store' beside 'Stores' may be meant). The "
            "message gives both forms and how many stories use each."
        ),
        example="(an archive where 'Jonh Smith' is in 2 stories and 'John Smith' in 400)\n"
        "Jonh Smith told reporters on Monday.",
    )
