"""Built-in Python rules, registered in one explicit list."""

from __future__ import annotations

from ..rule import Rule
from .nl6_archive import ArchiveNameVariant, ReusedParagraph, StoryFiledTwice
from .nl9_meta import InternalError, UnusedSuppression
from .nl101_misspelled_name import MisspelledName
from .nl102_misspelling import Misspelling
from .nl201_doubled_word import DoubledWord
from .nl301_name_consistency import NameConsistency
from .nl401_duplicate_paragraph import DuplicateParagraph
from .nl402_repeated_lead import RepeatedLead
from .nl403_near_duplicate import NearDuplicateParagraph
from .nl404_glued_end_marker import GluedEndMarker
from .nl406_markup_residue import MarkupResidue
from .nl407_mojibake import Mojibake
from .nl501_count_list import CountListMismatch
from .nl502_ordinal_acronym import OrdinalAcronymMismatch
from .nl503_quantity_restated import RestatedQuantityMismatch
from .nl504_weekday_date import WeekdayDateMismatch
from .nl505_part_exceeds_whole import PartExceedsWhole

BUILTIN_RULES: list[type[Rule]] = [
    MisspelledName,
    Misspelling,
    DoubledWord,
    NameConsistency,
    DuplicateParagraph,
    RepeatedLead,
    NearDuplicateParagraph,
    GluedEndMarker,
    MarkupResidue,
    Mojibake,
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
