"""Turn a Document into a clean Article: main text without page furniture, plus metadata.

    extract(doc) -> Article
      1. a document ingest could not read       -> dropped with ingest's reason
      2. HTML                                   -> extract.html
      3. plain text (scraper dumps, JSONL text)  -> extract.text
      4. nothing left that reads as an article  -> dropped ("no article text found")
"""

from __future__ import annotations

from newsprism.errors import UnreadableDocument
from newsprism.records import Article, Document, dropped_article

__all__ = ["extract"]


def extract(doc: Document) -> Article:
    if doc.error:
        return dropped_article(doc, doc.error)
    try:
        if doc.kind == "html":
            from newsprism.extract.html import read_html

            article = read_html(doc)
        else:
            from newsprism.extract.text import read_text

            article = read_text(doc)
    except UnreadableDocument as e:
        return dropped_article(doc, str(e))
    if article.dropped is None and not article.text.strip():
        return dropped_article(doc, "no article text found on the page")
    return article
