"""NITF 3.x, NewsML-G2 and NewsML 1.2: the article's fields read from the XML, in place.

Headline, byline, abstract, body paragraphs (`p`, inside `block` wrappers too), captions and
taglines become blocks of one Document whose source map points into the file. A NewsML-G2
`newsMessage` or package holding several items gives one Document with every item's blocks.
"""

from __future__ import annotations

from ..core.document import BYLINE, CAPTION, HEADING, HEADLINE, PARAGRAPH, Document
from ..core.sourcemap import Builder, escape_xml
from ..structure import classify
from .errors import ReaderError
from .xmltree import Element, parse

NITF_ROOTS = frozenset({"nitf"})
NEWSML_ROOTS = frozenset({"newsItem", "newsMessage", "packageItem", "contentSet", "NewsML"})

_BLOCK_TAGS = frozenset({"p", "hl2", "h1", "h2", "h3", "h4", "h5", "h6", "li", "media-caption", "caption"})
_HEADINGS = frozenset({"hl2", "h1", "h2", "h3", "h4", "h5", "h6"})
_NOT_TEXT = frozenset({"media-reference", "media-metadata", "media-object", "script", "style", "table"})


class _Article:
    def __init__(self, text: str, fmt: str) -> None:
        self.builder = Builder(text)
        self.fmt = fmt
        self.items: list[dict[str, object]] = []
        self.new_item()

    def new_item(self) -> None:
        """Fields are kept per item (a newsMessage may carry several stories)."""
        if not self.items or any(self.items[-1].values()):
            self.fields: dict[str, object] = {"headline": "", "dateline": "", "byline": "", "captions": []}
            self.items.append(self.fields)

    def add(self, kind: str, element: Element | None, field: str | None = None) -> str:
        if element is None:
            return ""
        added = self.builder.add(kind, element.runs(_NOT_TEXT), escape_xml)
        self._note(field, added)
        return added

    def _note(self, field: str | None, value: str) -> None:
        if not field or not value:
            return
        if field == "captions":
            self.fields["captions"].append(value)  # type: ignore[union-attr]
        elif not self.fields[field]:
            self.fields[field] = value

    def note(self, field: str, element: Element | None) -> None:
        """A field kept for the reader's callers (the manifest check), not part of the text."""
        if element is not None:
            self._note(field, " ".join(element.text().split()))

    def body(self, content: Element) -> None:
        """Paragraphs, headings and captions under a body, in order (a caption's own `p` is
        read with the caption)."""
        stack: list[Element] = [content]
        while stack:
            element = stack.pop()
            if element is content or element.tag not in _BLOCK_TAGS:
                if element.tag not in _NOT_TEXT or element is content:
                    stack.extend(reversed(list(element.elements())))
                continue
            if element.tag in ("media-caption", "caption"):
                self.add(CAPTION, element, "captions")
            elif element.tag in _HEADINGS:
                self.add(HEADING, element)
            else:
                self.add(PARAGRAPH, element)

    def document(self, path: str) -> Document:
        text = self.builder.text()
        blocks, dateline, end_markers = classify(text, self.builder.chunks, first_is_headline=False)
        doc = Document(text=text, path=path, format=self.fmt, blocks=blocks, dateline=dateline,
                       end_markers=end_markers, own_markup=True, meta={"fields": self.items[0], "items": self.items})
        doc.source_map = self.builder.source_map()
        return doc


def _nitf(article: _Article, nitf: Element) -> None:
    head = nitf.find("body", "body.head")
    if head is not None:
        hedline = head.find("hedline")
        if hedline is not None:
            article.add(HEADLINE, hedline.find("hl1"), "headline")
            for hl2 in (e for e in hedline.elements() if e.tag == "hl2"):
                article.add(HEADING, hl2)
        for byline in (e for e in head.elements() if e.tag == "byline"):
            article.add(BYLINE, byline, "byline")
        article.note("dateline", head.find("dateline"))
        abstract = head.find("abstract")
        if abstract is not None:
            if any(e.tag == "p" for e in abstract.iter("p")):
                article.body(abstract)
            else:
                article.add(PARAGRAPH, abstract)
    if not article.fields["headline"]:
        article.note("headline", nitf.find("head", "title"))
    content = nitf.find("body", "body.content")
    if content is not None:
        article.body(content)
    end = nitf.find("body", "body.end")
    if end is not None:
        for tagline in (e for e in end.elements() if e.tag == "tagline"):
            article.add(PARAGRAPH, tagline)


def _g2_item(article: _Article, item: Element) -> None:
    article.new_item()
    meta = item.find("contentMeta")
    # An inline NITF story brings its own headline: the item's is then metadata, not copy.
    inline_nitf = any(n.find("body", "body.head", "hedline", "hl1") is not None for n in item.iter("nitf"))
    if meta is not None:
        headlines = [e for e in meta.elements() if e.tag == "headline"]
        if headlines and not inline_nitf:
            article.add(HEADLINE, headlines[0], "headline")
        for by in (e for e in meta.elements() if e.tag == "by"):
            article.add(BYLINE, by, "byline")
        article.note("dateline", meta.find("dateline"))
        # A text item's "caption" description is a summary line (Reuters puts slug and
        # headline there); a picture's or a video's is its caption.
        item_class = item.find("itemMeta", "itemClass")
        is_text = item_class is not None and item_class.attrs.get("qcode", "").endswith(":text")
        for description in (e for e in meta.elements() if e.tag == "description"):
            if "caption" in description.attrs.get("role", "") and not is_text:
                article.add(CAPTION, description, "captions")
    for inline in item.iter("inlineXML"):
        for child in inline.elements():
            if child.tag == "nitf":
                _nitf(article, child)
            else:  # XHTML (`html/body`) or any other markup: its paragraphs
                body = child.first("body") or child
                article.body(body)
    for inline in item.iter("inlineData"):
        _lines(article, inline)


def _lines(article: _Article, element: Element) -> None:
    """Text with no markup: one paragraph per run of non-blank lines."""
    for run in element.runs():
        start = 0
        for piece in run.text.split("\n\n"):
            end = start + len(piece)
            if piece.strip():
                piece_run = run._replace(text=piece, bounds=run.bounds[start : end + 1])
                article.builder.add(PARAGRAPH, [piece_run], escape_xml)
            start = end + 2


def _newsml1(article: _Article, root: Element) -> None:
    for component in root.iter("NewsComponent"):
        lines = component.find("NewsLines")
        if lines is None:
            continue
        article.add(HEADLINE, lines.find("HeadLine"), "headline")
        article.add(BYLINE, lines.find("ByLine"), "byline")
        article.note("dateline", lines.find("DateLine"))
    for content in root.iter("DataContent"):
        nitf = content.first("nitf")
        if nitf is not None:
            _nitf(article, nitf)
        elif any(True for _ in content.elements()):
            article.body(content)
        else:
            _lines(article, content)


def read_nitf(text: str, path: str = "<string>") -> Document:
    root = parse(text, path)
    if root.tag != "nitf":
        raise ReaderError(f"not NITF: the root element is <{root.tag}>", line=1, column=1)
    article = _Article(text, "nitf")
    _nitf(article, root)
    return article.document(path)


def read_newsml(text: str, path: str = "<string>") -> Document:
    root = parse(text, path)
    article = _Article(text, "newsml")
    if root.tag == "NewsML":
        _newsml1(article, root)
    elif root.tag in NEWSML_ROOTS:
        items = list(root.iter("newsItem")) or [root]  # a package or a lone contentSet: read as one item
        for item in items:
            _g2_item(article, item)
    else:
        raise ReaderError(f"not NewsML: the root element is <{root.tag}>", line=1, column=1)
    return article.document(path)
