"""newsprism: from a heap of scraped news pages to clean articles, events, claims and briefings."""

from __future__ import annotations

import logging

from newsprism.errors import InputNotFound, NewsprismError, UnreadableDocument
from newsprism.ingest import read_documents
from newsprism.pipeline import DigestResult, digest
from newsprism.records import Article, Document

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DigestResult",
    "Document",
    "InputNotFound",
    "NewsprismError",
    "UnreadableDocument",
    "__version__",
    "digest",
    "read_documents",
]

# a library never configures logging: the application (our CLI, or the user's) does
logging.getLogger(__name__).addHandler(logging.NullHandler())
