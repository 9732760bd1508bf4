"""HTML news pages -> Article: main text, headline, authors, outlet, language, publication date.

    read_html(doc) -> Article

The page is parsed once (`html_blocks.parse_page`); `html_body` finds the main text from that
tree, `html_meta` the headline, authors and outlet, `extract.dates` the publication date and
`extract.language` the language. What the container gave (doc.title, doc.published, doc.outlet,
doc.authors) wins over what the page says. Any string in gives an Article out: a page that does not
parse, or holds no article, gives an Article with empty text, which `extract()` then drops.
"""

from __future__ import annotations

from newsprism.extract.dates import html_publication_date
from newsprism.extract.html_blocks import parse_page
from newsprism.extract.html_body import body_text
from newsprism.extract.html_meta import authors, headline, outlet, page_meta
from newsprism.extract.language import detect_language
from newsprism.records import Article, Document

__all__ = ["read_html"]


def read_html(doc: Document) -> Article:
    """Extract one HTML Document into an Article (never raises on odd HTML)."""
    tree = parse_page(doc.content)
    if tree is None:
        return Article(
            id=doc.id,
            source=doc.source,
            url=doc.url,
            title=doc.title,
            published=doc.published,
            outlet=doc.outlet,
            authors=doc.authors,
        )
    body = body_text(tree)
    meta = page_meta(tree)
    start = body.kept[0] if body.kept else None
    site = doc.outlet or outlet(meta, doc.url)
    published, published_source = doc.published, "container" if doc.published else None
    if not published:
        published, published_source = html_publication_date(doc.content, url=doc.url)
    return Article(
        id=doc.id,
        source=doc.source,
        url=doc.url,
        title=doc.title or headline(meta, body.blocks, start),
        text=body.text,
        published=published,
        published_source=published_source,
        outlet=site,
        authors=doc.authors or authors(meta, body.blocks, start, site),
        language=detect_language(body.text) if body.text else None,
        extra={"html_body_method": body.method},
    )
