"""Built-in Python rules, registered in one explicit list."""

from __future__ import annotations

from ..core.rule import Rule
from .nl6_archive import ArchiveNameVariant, ReusedParagraph, StoryFiledTwice
from .nl9_meta import InternalError, UnusedSuppression
from .nl101_misspelled_name import MisspelledName
from .nl102_misspelling import Misspelling
from .nl105_likely_misspelling import LikelyMisspelling
from .nl106_capitalised_misspelling import CapitalisedMisspelling
from .nl107_real_word_slip import RealWordSlip
from .nl108_context_slip import ContextSlip
from .nl109_case_slip import CaseSlip
from .nl110_lookalike_character import LookalikeCharacter
from .nl111_ordinal_suffix import OrdinalSuffix
from .nl112_romanised_name import RomanisedName
from .nl201_doubled_word import DoubledWord
from .nl301_name_consistency import NameConsistency
from .nl401_duplicate_paragraph import DuplicateParagraph
from .nl402_repeated_lead import RepeatedLead
from .nl403_near_duplicate import NearDuplicateParagraph
from .nl404_glued_end_marker import GluedEndMarker
from .nl406_markup_residue import MarkupResidue
from .nl407_mojibake import Mojibake
from .nl408_page_chrome import PageChrome
from .nl409_related_list import RelatedStories
from .nl410_repeated_text import RepeatedText
from .nl411_end_marker_at_end import EndMarkerAtEnd
from .nl412_glued_text import GluedText
from .nl413_reader_comments import ReaderComments
from .nl414_between_chrome import BetweenChrome
from .nl501_count_list import CountListMismatch
from .nl502_ordinal_acronym import OrdinalAcronymMismatch
from .nl503_quantity_restated import RestatedQuantityMismatch
from .nl504_weekday_date import WeekdayDateMismatch
from .nl505_part_exceeds_whole import PartExceedsWhole

BUILTIN_RULES: list[type[Rule]] = [
    MisspelledName,
    Misspelling,
    LikelyMisspelling,
    CapitalisedMisspelling,
    RealWordSlip,
    ContextSlip,
    CaseSlip,
    LookalikeCharacter,
    OrdinalSuffix,
    RomanisedName,
    DoubledWord,
    NameConsistency,
    DuplicateParagraph,
    RepeatedLead,
    NearDuplicateParagraph,
    GluedEndMarker,
    MarkupResidue,
    Mojibake,
    PageChrome,
    RelatedStories,
    RepeatedText,
    EndMarkerAtEnd,
    GluedText,
    ReaderComments,
    BetweenChrome,
    CountListMismatch,
    OrdinalAcronymMismatch,
    RestatedQuantityMismatch,
    WeekdayDateMismatch,
    PartExceedsWhole,
    StoryFiledTwice,
    ReusedParagraph,
    ArchiveNameVariant,
    InternalError,
    UnusedSuppression,
]
