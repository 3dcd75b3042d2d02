"""The article model: blocks, datelines, captions, sign-offs and end markers at exact offsets."""

from __future__ import annotations

import pytest

from newslint.core.document import BYLINE, CAPTION, HEADLINE, PARAGRAPH, SIGNOFF, TABLE
from newslint.formats import ReaderError, read_document


def kinds(doc):
    return [b.kind for b in doc.blocks]


def test_seed_structure(seed_text: str) -> None:
    doc = read_document(seed_text, "vna-amim21.txt")
    assert kinds(doc) == [
        HEADLINE, PARAGRAPH, CAPTION, CAPTION, PARAGRAPH, PARAGRAPH, PARAGRAPH, PARAGRAPH,
        PARAGRAPH, PARAGRAPH, SIGNOFF, PARAGRAPH,
    ]
    assert doc.headline.text.startswith("ASEAN to enhance military intelligence")
    assert doc.dateline is not None and doc.dateline.text == "Vientiane (VNA) - "
    assert doc.signoff.text == "VNA"
    assert [m.text for m in doc.end_markers] == ["./."]
    assert seed_text[doc.end_markers[0].start - 9 : doc.end_markers[0].end] == "Vientiane./."
    # The two caption copies sit on consecutive lines and are two blocks.
    first, second = doc.captions
    assert first.text == second.text and first.text.endswith("(Photo: VNA broadcasts)")
    for block in doc.blocks:
        assert seed_text[block.start : block.end] == block.text


@pytest.mark.parametrize(
    "paragraph, dateline",
    [
        ("VIENTIANE (VNA) - The meeting opened.", "VIENTIANE (VNA) - "),
        ("SALVADOR, Feb 26 - Showers continued.", "SALVADOR, Feb 26 - "),
        ("HANOI, May 2 (Reuters) - Vietnam said.", "HANOI, May 2 (Reuters) - "),
        ("SANTA CRUZ, Calif., Feb 26 - Shr 34 cts vs 1.19 dlrs", "SANTA CRUZ, Calif., Feb 26 - "),
        ("NEW YORK -- Stocks rose.", "NEW YORK -- "),
        ("LONDON — Prices fell.", "LONDON — "),
        ("MOSCOW, June 26. /TASS/. The Kremlin said.", "MOSCOW, June 26. /TASS/. "),
    ],
)
def test_datelines(paragraph: str, dateline: str) -> None:
    doc = read_document(f"Headline\n\n{paragraph}\n")
    assert doc.dateline is not None
    assert doc.dateline.text == dateline
    assert doc.text[doc.dateline.start : doc.dateline.end] == dateline


@pytest.mark.parametrize(
    "paragraph",
    [
        "The company - which makes cars - said so.", "Prices rose - and fell.", "In Paris - he said.",
        "Prices rose 5/6 pct. The Kremlin said so.", "MOSCOW /TASS/. No date, no dateline.",
    ],
)
def test_not_datelines(paragraph: str) -> None:
    assert read_document(f"Headline\n\n{paragraph}\n").dateline is None


def test_byline_caption_signoff() -> None:
    text = (
        "Headline here\n\nBy Jane Smith\n\nPARIS (AFP) - Text of the story.\n\n"
        "Photo: A crowd gathers in Paris.\n\nMore text follows here.\n\nAFP\n"
    )
    doc = read_document(text)
    assert kinds(doc) == [HEADLINE, BYLINE, PARAGRAPH, CAPTION, PARAGRAPH, SIGNOFF]


def test_single_newline_layout() -> None:
    text = "Headline\nFirst paragraph ends here.\nSecond paragraph ends here.\n"
    doc = read_document(text)
    assert kinds(doc) == [HEADLINE, PARAGRAPH, PARAGRAPH]
    assert [b.text for b in doc.paragraphs] == [
        "First paragraph ends here.", "Second paragraph ends here."
    ]


def test_hard_wrapped_paragraph_stays_whole() -> None:
    text = "Headline\n\nThe minister said the\nplan would go ahead.\n"
    doc = read_document(text)
    assert [b.text for b in doc.paragraphs] == ["The minister said the\nplan would go ahead."]


def test_one_line_per_paragraph_scrape_keeps_short_lines_apart() -> None:
    lead = "The minister said on Monday that the plan to widen the coastal road would go ahead " \
        "despite the protests of fishermen, farmers and several local councils in the south."
    text = f"Headline\n\n{lead}\nShare this\nMinister Opens Bridge\nBoth sides were calm.\n"
    doc = read_document(text)
    assert [b.text for b in doc.paragraphs] == [
        lead, "Share this", "Minister Opens Bridge", "Both sides were calm."
    ]


def test_hard_wrapped_lines_with_a_short_last_line_stay_whole() -> None:
    text = "Headline\n\nThe minister said on Monday that the plan\nwould go\nahead despite protests.\n"
    doc = read_document(text)
    assert len(doc.paragraphs) == 1


def test_crlf_positions() -> None:
    text = "Headline\r\n\r\nFirst line.\r\nSecond line.\r\n"
    doc = read_document(text)
    assert [b.text for b in doc.paragraphs] == ["First line.", "Second line."]
    second = doc.paragraphs[1]
    assert doc.position(second.start) == (4, 1)


def test_table_block() -> None:
    doc = read_document("RESULTS\n\nTeam    W    L\nAlpha   3    1\n\nReuter\n")
    assert kinds(doc) == [HEADLINE, TABLE, SIGNOFF]


def test_markdown_front_matter() -> None:
    text = (
        "---\ntitle: Port strike ends\ndate: 2024-09-04\ncaptions:\n"
        "  - Workers return. (Photo: Reuters)\n---\n\n# Not the headline\n\nBody text here.\n"
    )
    doc = read_document(text, "a.md")
    assert doc.headline.text == "Port strike ends"
    assert doc.position(doc.headline.start) == (2, 8)
    assert [c.text for c in doc.captions] == ["Workers return. (Photo: Reuters)"]
    assert str(doc.article_date) == "2024-09-04"
    assert doc.paragraphs[0].text == "Body text here."


def test_markdown_heading_headline_and_image_caption() -> None:
    text = "# Storm hits coast\n\n![Waves break on the sea wall.](w.jpg)\n\nThe storm hit.\n\n```\ncode the the\n```\n"
    doc = read_document(text, "a.md")
    assert doc.headline.text == "Storm hits coast"
    assert doc.captions[0].text == "Waves break on the sea wall."
    assert [p.text for p in doc.paragraphs] == ["The storm hit."]


@pytest.mark.parametrize(
    "text, line",
    [("---\ntitle: [unclosed\n---\nBody\n", 2), ("---\ntitle: x\nBody never closes\n", 1), ("---\n- a list\n---\n", 2)],
)
def test_markdown_bad_front_matter(text: str, line: int) -> None:
    with pytest.raises(ReaderError) as info:
        read_document(text, "a.md")
    assert info.value.line == line


@pytest.mark.parametrize("text", ["", "\n\n\n", "   ", "One line only", "\r\n"])
def test_degenerate_inputs(text: str) -> None:
    doc = read_document(text)
    for block in doc.blocks:
        assert text[block.start : block.end] == block.text


def test_readers_tell_rules_about_quotes_and_markup() -> None:
    """Rules never ask for the format: the reader marks quoted blocks and its own markup."""
    markdown = read_document(
        "# Talks resume\n\nTalks resumed on Monday.\n\n> Talks resumed on Monday.\n\nMore.\n", "a.md"
    )
    quoted = [b.text for b in markdown.paragraphs if markdown.is_quoted(b)]
    assert quoted == ["Talks resumed on Monday."]
    assert markdown.is_quoted(markdown.paragraphs[1]) and not markdown.is_quoted(markdown.paragraphs[0])
    assert markdown.own_markup
    plain = read_document("Talks resume\n\n> Talks resumed on Monday.\n", "a.txt")
    assert not plain.own_markup and not plain.quoted
