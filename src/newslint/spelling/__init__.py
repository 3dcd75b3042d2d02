"""Spelling support shared by the typo rules: word lists, gazetteers, candidate search.

Everything here loads lazily on first use and is cached for the process. Imports point down
only (the `spelling` contract in pyproject.toml):

- checkers: `namecheck` (misspelled names) over `namesearch` (what a token may be a slip for)
  over `nameslots` (evidence around a token); `guess` (likely words); `scan` (a text's words
  against the lists, in C-level passes);
- `lookup`: the compiled data as the rules use it (`compiled()`, flags, word containers);
- `build`: the text data compiled into the binary form, only when the cached file is stale;
- `store`: the binary format: flags, layout, write and read, `Compiled` lookups;
- sources: `names` (gazetteer, name packs, people), `misspellings`, `lexicon` (word list,
  frequencies); helpers `index` (edit distance, near-miss index), `text`, `vocab`.
"""

from .lexicon import dictionary, is_word, zipf
from .vocab import Vocabulary, load_vocabulary

__all__ = ["Vocabulary", "dictionary", "is_word", "load_vocabulary", "zipf"]
