"""WARC crawls (.warc, .warc.gz) -> one Document per HTML page, streamed record by record.

    read_warc(path, stem) -> Iterator[Document]

Kept: `response` records with a 2xx HTTP status and an HTML media type (text/html,
application/xhtml+xml), and `resource` records of an HTML type. Skipped silently, as not
documents: requests, metadata, warcinfo, revisits, redirects and errors, images, scripts, CSS.

Ids are `<warc stem>-<record number>` (1-based, counting every record in the file, so the number
finds the record again: `crawl-7` is `crawl.warc.gz#record 7`); the target URI is the
Document's `url`. The page is decoded with the HTTP header's charset before the page's own meta.
warcio reads through a file object, one record at a time, so a 5 GB crawl needs no more memory
than its largest page; a truncated or corrupt file yields what came before the damage, then
one Document whose `error` says where reading stopped.
"""

from __future__ import annotations

import contextlib
import io
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsprism.errors import UnreadableDocument
from newsprism.ingest.decoding import (
    BINARY_HEAD_BYTES,
    BinaryContent,
    binary_kind,
    declared_charset,
    decode,
    looks_like_markup,
)
from newsprism.ingest.streams import (
    MAX_DOCUMENT_BYTES,
    STREAM_ERRORS,
    DocumentTooLarge,
    describe_stream_error,
    open_input,
    open_raw,
    read_capped,
)
from newsprism.records import Document

__all__ = ["read_warc"]

# WARC-Date is an ISO 8601 timestamp in UTC; its day is when the page was fetched
_WARC_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:T|$)")

WARC_MAGIC = b"WARC/"
HTML_MEDIA_TYPES = ("text/html", "application/xhtml+xml")

# Bytes drained at a time from a record's remainder (to check the file did not end inside it).
DRAIN_BYTES = 1 << 16


class DamagedRecord(UnreadableDocument):
    """A record that ends reading of its file: the message names the record and the damage."""


class _Records(ArchiveIterator):
    """warcio's iterator, noting whether the file ended inside a gzip member.

    warcio stops quietly at a .warc.gz cut short between records; the zlib decompressor of the
    last member knows (`eof` is False), so look before warcio closes it.
    """

    cut_short = False
    gzipped = False  # record by record: warcio reads the gzip members

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None)
        self.gzipped = self.gzipped or decompressor is not None
        if decompressor is not None and not getattr(decompressor, "eof", True):
            self.cut_short = True
        super().close()


def _media_type(content_type: str | None) -> str | None:
    return content_type.split(";", 1)[0].strip().lower() if content_type else None


def _page_content_type(record: Any) -> str | None:
    """The Content-Type of a record that holds a page ("" if it gives none), None to skip it."""
    if record.rec_type == "response":
        if record.http_headers is None:
            return None
        status = record.http_headers.get_statuscode()
        if not (status and status.isdigit() and 200 <= int(status) < 300):
            return None
        content_type = record.http_headers.get_header("Content-Type")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
    else:
        return None
    media = _media_type(content_type)
    if media is None:
        return ""
    return content_type if media in HTML_MEDIA_TYPES else None


def _drain(record: Any, number: int, pages: int) -> None:
    """Read what is left of the record; raises DamagedRecord if the file ends inside it."""
    stream = record.raw_stream
    while stream.read(DRAIN_BYTES):
        pass
    if getattr(stream, "limit", 0) > 0:
        raise DamagedRecord(
            f"truncated WARC: record {number} is cut short (the file ends {stream.limit} bytes before "
            f"this record does); {_before(number, pages)}"
        )


def _page(record: Any, content_type: str) -> Document | None:
    """The record's page as a Document without id/source, or None when it holds no HTML."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    fetched = _day(record.rec_headers.get_header("WARC-Date"))
    try:
        if record.length and record.length > MAX_DOCUMENT_BYTES:
            raise DocumentTooLarge(record.length)
        raw = read_capped(record.content_stream())
        if not content_type and not looks_like_markup(raw):
            return None
        if not raw.strip():
            raise UnreadableDocument("empty response body")
        content = decode(raw, declared_charset(content_type), html=True)
    except UnreadableDocument as e:
        return Document(id="", source="", kind="html", url=url, error=str(e))
    except zlib.error as e:
        error = f"the page's HTTP Content-Encoding could not be undone ({e})"
        return Document(id="", source="", kind="html", url=url, error=error)
    return Document(id="", source="", kind="html", content=content, url=url, not_after=fetched)


def _day(warc_date: str | None) -> str | None:
    """The day of a WARC-Date ("2024-04-25T08:00:00Z" -> "2024-04-25"), None if it is not one."""
    return warc_date[:10] if warc_date and _WARC_DAY.match(warc_date) else None


def _not_a_warc(path: Path) -> str | None:
    """Why the file is not a WARC (warcio would read many a text file as an old ARC), or None. A
    file of a format its first bytes tell (a PDF, an image, a zip) is named as the other readers
    name it (decoding.binary_kind), with what to do: "it starts with bytes 25 50 44 46 ..." left
    the user to read the bytes."""
    with open_input(path) as f:
        # the magic first: a gzip'd WARC cut inside its first record may hold fewer than
        # BINARY_HEAD_BYTES, and reading on would meet its cut (EOFError) before it is told whole
        head = f.read(len(WARC_MAGIC) + 60)
        if head.startswith(WARC_MAGIC):
            return None
        with contextlib.suppress(EOFError):
            head += f.read(BINARY_HEAD_BYTES - len(head))
    if not head:
        return "empty file"
    if binary_kind(head) is not None:
        return str(BinaryContent(head, "a WARC file"))
    first = head.split(b"\n", 1)[0][:40]
    printable = all(32 <= b < 127 or b in b"\t\r" for b in first)
    # a binary start is shown as bytes ("89 50 4e 47 ..."), not as replacement characters
    start = repr(first.decode("ascii")) if printable else "bytes " + first[:16].hex(" ")
    return f"not a WARC file: it starts with {start} where 'WARC/1.0' or 'WARC/1.1' was expected"


# How far into a gzip'd WARC its first gzip member is looked at: a crawl's first record is its
# warcinfo (a few hundred bytes) or one page, whose member ends well within this; a bound keeps the
# look cheap (and within what a pipe keeps for replay) whatever the file.
MEMBER_LOOK_BYTES = 1 << 23


class _UpToTheCut(io.RawIOBase):
    """A WARC gzip'd whole, read as far as its gzip stream goes: one cut short (a download that
    stopped) raised EOFError in the read that met the cut, and the bytes of the records before it,
    decompressed by that same read, were lost with it: "truncated gzip stream after 0 records;
    nothing could be read" of a file whose first records were whole. Read a piece at a time
    (read1), the cut ends the stream, and `cut` says so."""

    def __init__(self, source: Any) -> None:
        self.source = source
        self.cut = False
        self.at = 0  # the bytes handed out: where the stream is (_ends_inside_a_record asks)

    def readable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.at

    def readinto(self, buffer: Any) -> int:
        if self.cut:
            return 0
        try:
            data = self.source.read1(len(buffer))
        except EOFError:
            self.cut = True
            return 0
        buffer[: len(data)] = data
        self.at += len(data)
        return len(data)


def _whole_file_gzip(path: Path) -> bool:
    """Whether the file is a WARC gzip'd whole (`gzip crawl.warc`), not record by record as
    crawlers write it: warcio reads such a file's first record only ("non-chunked gzip file
    detected"), so it is gunzipped as one stream and read as a plain WARC. Told by the first gzip
    member: one record's member ends before a second record starts; a whole file's holds a second
    "WARC/" header line."""
    with open_raw(path) as f:
        if f.read(2) != b"\x1f\x8b":
            return False
        f.seek(0)
        member, last, taken = zlib.decompressobj(zlib.MAX_WBITS | 16), b"", 0
        data = f.read(DRAIN_BYTES)
        while data and not member.eof and taken <= MEMBER_LOOK_BYTES:
            taken += len(data)
            try:
                out = member.decompress(data, DRAIN_BYTES)
            except zlib.error:
                return False  # damaged: read as before, which says where
            if b"\nWARC/" in last[-5:] + out:
                return True
            last, data = out, member.unconsumed_tail or f.read(DRAIN_BYTES)
        return False


def read_warc(path: Path, stem: str) -> Iterator[Document]:
    number = 0
    pages = 0  # the page documents yielded: a crawl's WARC opens with a warcinfo record, no page
    try:
        if reason := _not_a_warc(path):
            # the file's fault, not a record's: a 0-byte crawl.warc was "crawl-1", "crawl.warc#record
            # 1", a record it has not (an empty .jsonl or .xml is its file's own row)
            yield Document(id=stem, source=str(path), kind="html", error=reason)
            return
        with contextlib.ExitStack() as opened:
            cut: _UpToTheCut | None = None
            if _whole_file_gzip(path):
                cut = _UpToTheCut(opened.enter_context(open_input(path)))
                f: Any = io.BufferedReader(cut)
            else:
                f = opened.enter_context(open_raw(path))
            records = _Records(f)
            for number, record in enumerate(records, start=1):
                if not record.rec_type:
                    if not record.raw_stream.read(1) and not records.gzipped and not records.reader.read(1):
                        raise DamagedRecord(_cut_inside(number, pages))  # the input ends in its header
                    raise DamagedRecord(
                        f"damaged WARC: record {number} has no WARC-Type header; {_before(number, pages)}"
                    )
                content_type = _page_content_type(record)
                page = None if content_type is None else _page(record, content_type)
                # before yielding: a page cut short by the file's end is not a page
                _drain(record, number, pages)
                if page is None:
                    continue
                yield Document(
                    id=f"{stem}-{number}",
                    source=f"{path}#record {number}",
                    kind="html",
                    content=page.content,
                    url=page.url,
                    not_after=page.not_after,
                    error=page.error,
                )
                pages += 1
            if records.cut_short or (cut is not None and cut.cut):
                raise EOFError
            if _ends_inside_a_record(f, records):
                yield _stopped(path, stem, number + 1, _cut_inside(number + 1, pages))
                return
            if number == 0:
                yield _stopped(
                    path, stem, 1, "unreadable WARC: it starts like one, but no record could be read"
                )
    except DamagedRecord as e:
        yield _stopped(path, stem, number, str(e))
    except AttributeError as e:
        if not _raised_in_warcio(e):
            raise
        # warcio reads a response's HTTP head by its WARC-Target-URI ("None.startswith"): a header
        # cut before that line (`head -c`, a download that stopped) is no bug of newsprism's
        yield _stopped(
            path,
            stem,
            number + 1,
            f"truncated or damaged WARC: record {number + 1}'s header stops before its "
            f"WARC-Target-URI (cut short: a download, a copy or a pipe that stopped early?); "
            f"{_before(number + 1, pages)}",
        )
    except ArchiveLoadFailed as e:
        reason = " ".join(str(e.msg if hasattr(e, "msg") else e).split())[:300]
        if number == 0:
            yield _stopped(path, stem, 1, f"not a WARC file: {reason}")
        else:
            yield _stopped(path, stem, number + 1, f"unreadable WARC after {number} records: {reason}")
    except STREAM_ERRORS as e:
        reason = describe_stream_error(e)
        if isinstance(e, EOFError):
            reason = f"truncated gzip stream after {number} records"
        read = "the records before it were read" if pages else "nothing could be read; re-download it"
        yield _stopped(path, stem, number + 1, f"{reason}; {read}")
    except ValueError as e:  # warcio's parsing of a mangled header line
        yield _stopped(path, stem, number + 1, f"unreadable WARC after {number} records: {e}")


def _cut_inside(number: int, pages: int) -> str:
    return (
        f"truncated WARC: the input ends inside record {number} (cut short: a download, a copy or a "
        f"pipe that stopped early?); {_before(number, pages)}"
    )


def _before(number: int, pages: int) -> str:
    """What the user still has of a WARC that stops at record `number`, after `pages` page
    documents: of a first record, nothing ("record 1 is cut short ...; the records before it were
    read" spoke of records that are not); after records that hold no page (the warcinfo record a
    crawler's WARC opens with, wget's and Heritrix's), nothing either."""
    if number <= 1:
        return "no record before it, so nothing could be read; re-download it"
    if not pages:
        return "no page in the records before it, so nothing could be read; re-download it"
    return "the records before it were read; re-download it"


def _raised_in_warcio(error: BaseException) -> bool:
    """Whether `error` was raised inside warcio's own code (its last frame), not newsprism's."""
    tb = error.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return tb is not None and "warcio" in Path(tb.tb_frame.f_code.co_filename).parts


def _ends_inside_a_record(f: Any, records: _Records) -> bool:
    """Whether an uncompressed WARC stopped inside a record's header: warcio ends there in silence
    (a WARC cut by `head -c`, a pipe or a download that stopped: the records after the cut were
    lost unsaid). warcio's `offset` is where the record it could not read began; reading stopped
    at the input's end, past it. A whole WARC ends where its last record does."""
    if records.gzipped:  # record by record: cut_short tells
        return False
    offset = getattr(records, "offset", None)
    try:
        end = f.tell()
    except (OSError, ValueError):
        return False
    return isinstance(offset, int) and end > offset


def _stopped(path: Path, stem: str, number: int, error: str) -> Document:
    return Document(id=f"{stem}-{number}", source=f"{path}#record {number}", kind="html", error=error)
