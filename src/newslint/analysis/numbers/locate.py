"""From an offset in the article to the prose block that holds it.

The number rules scan the whole text once (one regex pass over `doc.text` is far cheaper than
one per block, the per-call cost dominating on short wire blocks) and keep only the hits that
fall inside a prose block (headline, byline, paragraph, caption, heading).
"""

from __future__ import annotations

from collections.abc import Callable

from ...core.document import PROSE_KINDS, Block, Document


def prose_locator(doc: Document) -> Callable[[int], Block | None]:
    """A function from an offset to the prose block that holds it (None outside prose)."""

    def locate(offset: int) -> Block | None:
        block = doc.block_at(offset)
        return block if block is not None and block.kind in PROSE_KINDS else None

    return locate
