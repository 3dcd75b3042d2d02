"""Scanning a whole article once and mapping each hit back to its prose block.

One regex pass over `doc.text` is far cheaper than one pass per block (the per-call cost
dominates on short wire blocks), so the number rules scan the text once and keep only the hits
that fall inside a prose block (headline, byline, paragraph, caption, heading).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from .document import PROSE_KINDS, Block, Document


def prose_locator(doc: Document) -> Callable[[int], Block | None]:
    """A function from an offset to the prose block that holds it (None outside prose)."""
    blocks = [b for b in doc.blocks if b.kind in PROSE_KINDS]
    starts = [b.start for b in blocks]

    def locate(offset: int) -> Block | None:
        index = bisect.bisect_right(starts, offset) - 1
        if index < 0:
            return None
        block = blocks[index]
        return block if offset < block.end else None

    return locate
