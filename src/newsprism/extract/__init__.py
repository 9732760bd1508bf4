"""Turn a Document into a clean Article: main text without page furniture, plus metadata.

    extract(doc) -> Article
      1. a document ingest could not read       -> dropped with ingest's reason
      2. HTML                                   -> extract.html
      3. plain text already clean (an export's article body, one-paragraph pages)
                                                -> extract.prose, kept whole
      4. plain text (scraper dumps, wire briefs) -> extract.text
      5. nothing left that reads as an article  -> dropped ("no article text found")

Any document in, an Article out: even a bug in a library we build on drops only the page that
triggered it (reason "internal error ..."), never the run.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from newsprism.errors import UnreadableDocument
from newsprism.extract.prose import is_clean_body, read_clean_text
from newsprism.records import Article, Document, dropped_article

__all__ = ["extract"]

log = logging.getLogger(__name__)


def extract(doc: Document) -> Article:
    """The clean article of one document; the input record's other fields ride along in `extra`,
    and what ingest and reading set aside in `notes` (ingest's first)."""
    article = _read(doc)
    if doc.extra:
        article = replace(article, extra=dict(doc.extra))
    return replace(article, notes=(*doc.notes, *article.notes)) if doc.notes else article


def _read(doc: Document) -> Article:
    if doc.error:
        return dropped_article(doc, doc.error)
    try:
        if doc.kind == "html":
            from newsprism.extract.html import read_html

            article = read_html(doc)
        elif is_clean_body(doc.content, from_record=doc.from_record):
            article = read_clean_text(doc)
        else:
            from newsprism.extract.text import read_text

            article = read_text(doc)  # a wire brief too: read_text reads all of it (prose.brief_start)
    except UnreadableDocument as e:
        return dropped_article(doc, str(e))
    except Exception as e:  # noqa: BLE001 - one page must not cost the user the whole run
        log.warning("%s: extraction failed: %r", doc.source, e)
        return dropped_article(
            doc, f"internal error while extracting ({type(e).__name__}: {e}); please report it"
        )
    if article.dropped is None and not article.text.strip():
        # keep what was found (headline, date, outlet): dropped means "not used", not "forgotten"
        return replace(article, text="", dropped="no article text found on the page")
    return article
