"""Read input paths into Documents, one reader per format.

    read_documents(paths) -> Iterator[Document]

Files and folders (recursively, in sorted order) of .txt, .html/.htm, .json/.jsonl, .warc and
RSS/Atom .xml, any of them gzip-compressed, become `Document`s: decoded text or HTML plus what the
container says (url, title, date, outlet, authors). Readers stream: no container (WARC, JSONL,
feed, JSON list) is loaded whole, and no document over MAX_DOCUMENT_BYTES is read at all.
A document that cannot be read is still yielded, with `error` set, so the run records why; only
a path that does not exist stops the run (InputNotFound, before anything is read).

    sources.py   paths -> files -> the reader for each format; unique ids
    pages.py     .txt / .html: one document per file
    jsonl.py     .jsonl / .json records
    warc.py      .warc / .warc.gz HTML responses
    feeds.py     RSS 2.0 / RSS 1.0 / Atom items
    decoding.py  bytes -> str (BOM, UTF-8, declared charset, detection, cp1252)
    streams.py   gzip by magic bytes, the size limit, damaged-stream messages
    dates.py     container dates -> YYYY-MM-DD
"""

from __future__ import annotations

from newsprism.ingest.sources import check_paths, read_documents
from newsprism.ingest.streams import MAX_DOCUMENT_BYTES

__all__ = ["MAX_DOCUMENT_BYTES", "check_paths", "read_documents"]
