"""review27: a WARC cut short (ingest.warc, 5bea19c). Patch: /tmp/h23/review27/warc.patch.

1. A WARC cut inside a record's WARC header, before its WARC-Target-URI line (`head -c`, a download
   that stopped: 24 of every ~3,800 cut points of a two-page WARC, in the first record as in later
   ones, .warc and .warc.gz): warcio fails on the missing URI (None.startswith) and the row says
   "unexpected error while reading (AttributeError ...); please report it", which the help calls a
   bug in newsprism.
2. A crawler's WARC opens with a warcinfo record (wget --warc-file, Heritrix): cut inside its first
   page, it says "record 2 is cut short ...; the records before it were read" of a file from which
   no page was read, what 5bea19c fixed for a WARC whose first record is a page.
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsprism.ingest.sources import read_documents

STORY = "The council voted on Tuesday to close the old bridge to traffic for repairs. "
BODY = ("<html><body><h1>Bridge closed</h1><p>" + STORY * 40 + "</p></body></html>").encode()


def _record(head: str, payload: bytes) -> bytes:
    return (head + f"Content-Length: {len(payload)}\r\n\r\n").encode() + payload + b"\r\n\r\n"


def _warcinfo() -> bytes:
    info = b"software: Wget/1.21.3 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n"
    return _record(
        "WARC/1.0\r\nWARC-Type: warcinfo\r\nWARC-Date: 2023-05-04T10:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-0000000000ff>\r\n"
        "WARC-Filename: crawl.warc.gz\r\nContent-Type: application/warc-fields\r\n",
        info,
    )


def _response(n: int) -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + BODY
    return _record(
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Date: 2023-05-04T10:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{n:032x}>\r\nWARC-Target-URI: https://example.org/{n}\r\n"
        "Content-Type: application/http; msgtype=response\r\n",
        http,
    )


def _errors(path: Path) -> list[str | None]:
    return [doc.error for doc in read_documents([path])]


@pytest.mark.parametrize("gz", [False, True])
def test_a_warc_cut_before_a_records_target_uri_is_a_truncated_warc(tmp_path: Path, gz: bool) -> None:
    first = _response(1)
    cut = first[: first.index(b"WARC-Target-URI")]  # the file ends inside record 1's header
    data = gzip.compress(cut) if gz else cut
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(data)
    [error] = _errors(path)
    assert error is not None
    assert "unexpected error" not in error and "please report" not in error, error
    assert "re-download it" in error, error


def test_a_warc_cut_in_a_later_records_header_keeps_the_pages_before_it(tmp_path: Path) -> None:
    second = _response(2)
    path = tmp_path / "crawl.warc"
    path.write_bytes(_response(1) + second[: second.index(b"WARC-Target-URI")])
    errors = _errors(path)
    assert errors[0] is None
    assert errors[1] is not None and "please report" not in errors[1], errors[1]
    assert errors[1].endswith("the records before it were read; re-download it"), errors[1]


@pytest.mark.parametrize("gz", [False, True])
def test_a_crawl_warc_cut_inside_its_first_page_says_nothing_was_read(tmp_path: Path, gz: bool) -> None:
    records = [_warcinfo(), _response(1), _response(2)]
    if gz:
        records = [gzip.compress(r) for r in records]
    whole = b"".join(records)
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(whole[: len(records[0]) + len(records[1]) // 2])  # inside the first page
    [error] = _errors(path)
    assert error is not None
    assert "the records before it were read" not in error, error
    assert "nothing could be read" in error, error


def test_a_crawl_warc_cut_inside_its_second_page_keeps_the_first(tmp_path: Path) -> None:
    # passes today and with the patch: a page was read before the cut
    records = [_warcinfo(), _response(1), _response(2)]
    whole = b"".join(records)
    path = tmp_path / "crawl.warc"
    path.write_bytes(whole[: len(records[0]) + len(records[1]) + len(records[2]) // 2])
    errors = _errors(path)
    assert errors[0] is None
    assert (errors[1] or "").endswith("the records before it were read; re-download it"), errors[1]
