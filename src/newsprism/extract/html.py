"""PLACEHOLDER: HTML pages -> Article (trafilatura only). Replaced by the HTML extraction work."""

from __future__ import annotations

import trafilatura

from newsprism.records import Article, Document


def read_html(doc: Document) -> Article:
    text = trafilatura.extract(doc.content) or ""
    return Article(id=doc.id, source=doc.source, url=doc.url, title=doc.title, text=text,
                   published=doc.published, outlet=doc.outlet, authors=doc.authors)
