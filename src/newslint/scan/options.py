"""The cross-article checks' thresholds, in one place that the checks' modules all read."""

from __future__ import annotations

from typing import NamedTuple


class ArchiveOptions(NamedTuple):
    # NL601: estimated Jaccard similarity of the word 5-grams at which two stories are one.
    duplicate_threshold: float = 0.45
    # ... and for a story shorter than STORY_MIN_WORDS, which is mostly its template.
    short_threshold: float = 0.9
    # ... or of the text after the lead, for a story re-filed with a new lead.
    tail_threshold: float = 0.6
    # Two stories whose datelines are further apart than this are a recurring item written
    # from one template ("Bank of England does not operate in money market"), not one story
    # filed twice; two of `long_words` words or more are within `long_dateline_days` (a feature
    # re-run within the week; a monthly crop estimate is further apart).
    dateline_days: int = 3
    long_dateline_days: int = 7
    long_words: int = 150
    # ... nor are two of different days whose headline datelines of this many days print.
    series_days: int = 3
    # ... nor are two with different dateline days where one prints this many figures the
    # other does not (a second look at their texts, templates.py).
    template_figures: int = 2
    # NL602: a paragraph printed in more stories than this is boilerplate, not a misplaced one.
    max_sharing: int = 3
    # NL602: a paragraph shorter than this is shared by chance ("Shr 18 cts vs 13 cts") unless it
    # names `caption_names` people, places or firms after its first word (days and months name
    # nothing): a caption.
    caption_words: int = 12
    caption_names: int = 1
    # ... and one naming no one is reported where neither story places it only from this long (a
    # short note, "NOTE: Share adjusted for a stock split", fits any story).
    note_words: int = 16
    # NL602: stories sharing this many other names are related (a follow-up reusing background),
    # not a caption put under the wrong story; only names printed in few stories of the archive
    # count ("March" or "Corp" relate nothing).
    related_names: int = 2
    specific_share: float = 0.005
    # ... and stories sharing this many paragraphs are versions of one story.
    related_paragraphs: int = 2
    related_margin: float = 0.08
    # NL603: a form in at most `rare` stories, one edit from a form in at least `frequent`
    # stories and `ratio` times as many.
    rare: int = 3
    # ... one in more than `rare_alone` stories, or one general text prints too ("Kora"), only
    # beside a name the frequent form stands beside in `context_stories` stories, and in
    # `context_share` of those where that name stands beside any ("South Korea").
    rare_alone: int = 3
    context_stories: int = 2
    context_share: float = 0.05
    frequent: int = 10
    ratio: int = 5
    min_length: int = 3
    # ... and not a form general English text prints (zipf frequency: 1 is once in 100 million words).
    known_zipf: float = 1.0
    # ... or one no dictionary knows, printed below `alone_zipf`, that stands beside no name in
    # any story where the frequent form, printed in `alone_frequent` stories or more (fewer tell
    # too little), stands beside names in under `alone_share` of its own.
    alone_zipf: float = 3.0
    alone_share: float = 0.2
    alone_frequent: int = 50
    # NL602, a second look at the texts of the few stories sharing a paragraph (placement.py):
    # the paragraph's uncommon words (zipf below `content_zipf`, stems of `content_min_length`
    # letters or more) that the rest of its home story prints and the rest of the other story
    # does not, weighing at least `word_weight` (a word weighs what it is rarer than the cut):
    # it was written for one story and pasted under the other.
    content_zipf: float = 5.0
    content_min_length: int = 4
    word_weight: float = 0.5
    # ... and two stories whose headlines share this share of their words are versions of one
    # story (an update reusing a paragraph), not two stories;
    related_headlines: float = 0.5
    # ... nor are two whose rests share this share of their uncommon words (a follow-up reusing
    # background); two sharing less than `unrelated_words` are unrelated whatever the estimate
    # above (`related_margin`) says (a long paragraph pasted into a short story), and a paragraph
    # neither of two unrelated stories places is reported in both.
    related_words: float = 0.2
    unrelated_words: float = 0.1
    # ... nor two where the other text of the shorter prints more than this share of its
    # uncommon words in the longer (a short follow-up of a long story).
    related_share: float = 0.5
    # --vocab-out: names printed in at least this many stories, with no frequent variant.
    vocab_min_stories: int = 20
