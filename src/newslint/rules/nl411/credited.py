"""Where a story credits the agency of a bare name under it: its dateline ("Hanoi (VNA) –",
"Accra, June 23, GNA -", a lead opening "(KPL) The bank ..."), or the page's list of other stories
under the name ("VNA" over "See more")."""

from __future__ import annotations

from ...core.document import PARAGRAPH, SIGNOFF, Block, Document
from ...regexes import compile_cached
from ..support.chrome.vocabulary import related_header_set
from .shared import _DASH, _LAST_LINE, _agency_set, _under_sentence

# The agency before the dateline's dash: this far into the lead at most.
_DATELINE_REACH = 60
_DATELINE_DASH = compile_cached(rf"[ \t]?{_DASH}{{1,2}}[ \t]")


def _credited_above(doc: Document, signoff: Block) -> bool:
    """The story's dateline names the agency of a bare sign-off line, in brackets ("Hanoi (VNA)
    –") or before the dateline's dash ("Accra, June 23, GNA -", "Ghanadot/GNA -"), which the
    dateline finder does not take for one."""
    name = signoff.text.strip().rstrip(".")
    dateline = doc.dateline
    if dateline is not None:
        return dateline.start < signoff.start and f"({name})".casefold() in dateline.text.casefold()
    for block in doc.blocks[:6]:
        if block.kind == PARAGRAPH and block.start < signoff.start:
            bracketed = block.text.find(f"({name})", 0, _DATELINE_REACH)
            if bracketed != -1 and block.text[bracketed - 1 : bracketed] in ("", " "):
                return True  # "(KPL) The Bank ...": the dateline's agency in brackets, its place lost
            at = block.text.find(name, 0, _DATELINE_REACH)
            if at > 0 and block.text[at - 1] in " /" and _DATELINE_DASH.match(block.text, at + len(name)):
                # A place in capitals is the wire's own dateline ("OKLAHOMA CITY, March 11,
                # Reuter -"), whose bare sign-off line is its layout (`standalone`); a page's is not.
                return not block.text[:at].split(",", 1)[0].isupper()
    return False


def _signoff_over_list(doc: Document) -> Block | None:
    """The agency's name alone on the line above a related-stories header ("VNA" over "See more"
    and the titles of other stories), under the story's last sentence (its sign-off glued to it
    or not: "... he said.-VNA"): the story's sign-off, with the page's list under it."""
    headers = related_header_set()
    blocks = doc.blocks
    for index in range(len(blocks) - 2, 1, -1):
        block = blocks[index]
        if block.kind in (PARAGRAPH, SIGNOFF) and len(block.text) <= _LAST_LINE and block.text in _agency_set():
            header = blocks[index + 1].text.strip().rstrip(":").lower()
            above = blocks[index - 1]
            if (header in headers or _OTHER_SCRIPT_HEADER.fullmatch(header)) and (
                _under_sentence(above) or above.text.endswith(block.text)
            ):
                return block
    return None


# A header in the site's own script over its list ("ຂ່າວອື່ນໆ", Lao for "Other news"): a few
# words, no Latin letter.
_OTHER_SCRIPT_HEADER = compile_cached(r"(?=[^\n]*\p{L})[^\p{Script=Latin}\d\n]{2,30}")
