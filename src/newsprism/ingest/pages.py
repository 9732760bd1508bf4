"""Single-document files (.txt, .html/.htm, possibly gzipped) -> one Document each.

    read_page(path, doc_id, kind) -> Iterator[Document]   (exactly one)

`kind` None means the name did not say: the content is sniffed (markup -> "html", else "text").
A file that cannot be read (empty, binary, too large, truncated gzip) yields its Document with
`error` set, never an exception.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from newsprism.errors import UnreadableDocument
from newsprism.ingest.decoding import decode, looks_like_markup
from newsprism.ingest.streams import (
    MAX_DOCUMENT_BYTES,
    STREAM_ERRORS,
    DocumentTooLarge,
    describe_stream_error,
    input_size,
    is_gzip,
    open_input,
    read_capped,
)
from newsprism.records import Document, Kind

__all__ = ["read_page"]


# A whole HTML document: its first thing (after a byte order mark, an XML declaration and
# comments) is the doctype or the <html> tag. Named .txt, it was read as text: its markup was the
# "text" and the page "dropped: no article text found" (journey 10). A text that quotes a tag
# further in is still text.
_HTML_DOCUMENT = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]",
    re.IGNORECASE | re.DOTALL,
)


def read_page(path: Path, doc_id: str, kind: Kind | None) -> Iterator[Document]:
    try:
        yield _page(path, doc_id, kind)
    except UnreadableDocument as e:
        yield Document(id=doc_id, source=str(path), kind=kind or "text", error=str(e))


def _page(path: Path, doc_id: str, kind: Kind | None) -> Document:
    size = input_size(path)  # None for a pipe: known once it is read
    if size == 0:
        raise UnreadableDocument("empty file")
    if size is not None and size > MAX_DOCUMENT_BYTES and not is_gzip(path):
        raise DocumentTooLarge(size)  # said without reading a byte of it
    try:
        with open_input(path) as f:
            raw = read_capped(f)
    except STREAM_ERRORS as e:
        raise UnreadableDocument(f"{describe_stream_error(e)}; re-download or re-compress it") from None
    if not raw.strip():
        raise UnreadableDocument("empty file" if not raw else "empty file: nothing but whitespace")
    if kind is None:
        kind = "html" if looks_like_markup(raw) else "text"
    elif kind == "text" and _HTML_DOCUMENT.match(raw):
        kind = "html"  # a page saved under a .txt name (wget -O page.txt): no text opens with <!doctype html>
    content = decode(raw, html=kind == "html")
    # an empty file Windows Notepad saved as UTF-8 holds its byte order mark alone: it was "no
    # article text found on the page"
    if not content.replace("\ufeff", "").strip():
        raise UnreadableDocument("empty file: nothing but whitespace")
    return Document(id=doc_id, source=str(path), kind=kind, content=content)
