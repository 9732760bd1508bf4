"""Open input files as byte streams: gzip by magic bytes, size caps, the limit every reader shares.

    open_input(path) -> BinaryIO      gunzipped when the file starts with the gzip magic bytes
    read_capped(stream) -> bytes      at most MAX_DOCUMENT_BYTES, else DocumentTooLarge
    STREAM_ERRORS                     what a damaged file raises mid-read (truncated gzip, ...)

Readers use these so that "too large" and "truncated" read the same whatever the format.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from newsprism.errors import UnreadableDocument

__all__ = [
    "GZIP_MAGIC",
    "MAX_DOCUMENT_BYTES",
    "STREAM_ERRORS",
    "DocumentTooLarge",
    "describe_stream_error",
    "is_gzip",
    "megabytes",
    "open_input",
    "read_capped",
]

# One document's content, decoded: the heaviest real news pages (inline scripts, base64 images)
# weigh a few MB; 50 MB is ten times that, yet a pool of workers each parsing one such page with
# lxml (a tree costs ~10x the text) still stays within a few GB. Anything bigger is a dump or a
# mistake (a log, a whole-site export), reported rather than read.
MAX_DOCUMENT_BYTES = 50_000_000

GZIP_MAGIC = b"\x1f\x8b"

# What a damaged file raises while it is read: a gzip stream that stops early (EOFError), a corrupt
# deflate block (zlib.error), a bad gzip header (BadGzipFile, an OSError).
STREAM_ERRORS = (EOFError, zlib.error, OSError)


class DocumentTooLarge(UnreadableDocument):
    """A document over MAX_DOCUMENT_BYTES; the message says how large when that is known."""

    def __init__(self, size: int | None = None) -> None:
        limit = megabytes(MAX_DOCUMENT_BYTES)
        found = (
            f"{megabytes(size)} MB (limit {limit} MB)" if size is not None else f"over the {limit} MB limit"
        )
        super().__init__(f"too large: {found}; split it into smaller documents")


def megabytes(n: int) -> int:
    """Bytes as whole megabytes (10**6, as disks count), rounded to nearest."""
    return round(n / 1_000_000)


def is_gzip(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(2) == GZIP_MAGIC


@contextmanager
def open_input(path: Path) -> Iterator[BinaryIO]:
    """The file's bytes, transparently gunzipped when it starts with the gzip magic bytes.

    Detection is by content, not name: `page.html` that is really gzip is read, and `page.html.gz`
    that was already decompressed by a browser is read too.
    """
    with path.open("rb") as raw:
        if raw.read(2) != GZIP_MAGIC:
            raw.seek(0)
            yield raw
            return
        raw.seek(0)
        with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
            yield unzipped  # type: ignore[misc]


def read_capped(stream: BinaryIO, limit: int = MAX_DOCUMENT_BYTES) -> bytes:
    """Read the whole stream, but never more than `limit` bytes: past that, DocumentTooLarge."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise DocumentTooLarge()
    return data


def describe_stream_error(exc: BaseException) -> str:
    """A damaged stream's exception, in words a user can act on."""
    if isinstance(exc, EOFError):
        return "truncated gzip stream: the file ends before its compressed data does"
    if isinstance(exc, gzip.BadGzipFile | zlib.error):
        return f"corrupt gzip data ({exc})"
    return f"read error ({type(exc).__name__}: {exc})"
