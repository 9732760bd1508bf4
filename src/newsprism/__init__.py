"""newsprism: from a heap of scraped news pages to clean articles, events, claims and briefings."""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from newsprism.errors import InputNotFound, NewsprismError, UnreadableDocument
from newsprism.records import Article, Document

if TYPE_CHECKING:
    from newsprism.ingest import read_documents
    from newsprism.pipeline import DigestResult, digest

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

# The pipeline is imported when first asked for (`newsprism.digest`), not with the package: every
# `newsprism` command imports the package first, and importing the whole pipeline (2.5 s on a busy
# machine) before the command's own code ran left a Ctrl-C in those seconds a 20-line traceback.
_LAZY = {
    "digest": "newsprism.pipeline",
    "DigestResult": "newsprism.pipeline",
    "read_documents": "newsprism.ingest",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsprism' has no attribute {name!r}")


# a library never configures logging: the application (our CLI, or the user's) does
logging.getLogger(__name__).addHandler(logging.NullHandler())
