"""Spelling support shared by the typo rules: word lists, gazetteers, candidate search.

Everything here loads lazily on first use and is cached for the process.
"""

from .lexicon import dictionary, is_word, zipf
from .vocab import Vocabulary, load_vocabulary

__all__ = ["Vocabulary", "dictionary", "is_word", "load_vocabulary", "zipf"]
