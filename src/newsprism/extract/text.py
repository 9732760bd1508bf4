"""PLACEHOLDER: plain-text pages -> Article (keeps long lines). Replaced by the text extraction work."""

from __future__ import annotations

from newsprism.records import Article, Document


def read_text(doc: Document) -> Article:
    lines = [ln.strip() for ln in doc.content.splitlines() if ln.strip()]
    title = doc.title or (lines[0] if lines else None)
    body = "\n\n".join(ln for ln in lines[1:] if len(ln.split()) >= 12)
    return Article(id=doc.id, source=doc.source, url=doc.url, title=title, text=body,
                   published=doc.published, outlet=doc.outlet, authors=doc.authors)
