"""ingest.warc: HTML responses out of WARC crawls; everything else skipped; damage reported."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsprism.ingest import read_documents
from newsprism.records import Document

PAGE = "<html><head><title>{n}</title></head><body><p>Story {n}: the minister arrived in Beijing.</p></body></html>"


def response(
    writer: WARCWriter, uri: str, body: bytes, content_type: str = "text/html", status: str = "200 OK"
):
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    fixed = {  # no clock, no random ids: the same bytes on every run
        "WARC-Date": "2024-04-25T08:00:00Z",
        "WARC-Record-ID": f"<urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, uri + status)}>",
    }
    # with its length given, warcio's writer does not spool the payload to a temporary file
    return writer.create_warc_record(
        uri,
        "response",
        payload=io.BytesIO(body),
        length=len(body),
        http_headers=http,
        warc_headers_dict=fixed,
    )


def write_crawl(path: Path, *, gzip: bool = True) -> Path:
    """warcinfo, then: request, page 1, image, metadata, revisit, 404, redirect, page 2 (Shift-JIS)."""
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "test"}))
        request = StatusAndHeaders("GET /a HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        w.write_record(w.create_warc_record("https://example.com/a", "request", http_headers=request))
        w.write_record(
            response(w, "https://example.com/a", PAGE.format(n=1).encode(), "text/html; charset=utf-8")
        )
        w.write_record(response(w, "https://example.com/logo.png", b"\x89PNG\r\n\x1a\n\x00", "image/png"))
        meta = b'{"outlinks": []}'
        w.write_record(
            w.create_warc_record(
                "https://example.com/a",
                "metadata",
                payload=io.BytesIO(meta),
                length=len(meta),
                warc_content_type="application/json",
            )
        )
        w.write_record(
            w.create_revisit_record(
                "https://example.com/a", "sha1:AAAA", "https://example.com/a", "2024-04-25T00:00:00Z"
            )
        )
        w.write_record(
            response(w, "https://example.com/gone", b"<html>Not found</html>", status="404 Not Found")
        )
        w.write_record(response(w, "https://example.com/old", b"", status="301 Moved Permanently"))
        japanese = "<html><body><p>外相が北京に到着した。</p></body></html>".encode("shift_jis")
        w.write_record(response(w, "https://example.jp/b", japanese, "text/html; charset=Shift_JIS"))
    return path


def read(path: Path) -> list[Document]:
    return list(read_documents([path]))


@pytest.mark.parametrize("gzip", [True, False])
def test_only_html_responses_become_documents(tmp_path: Path, gzip: bool) -> None:
    path = write_crawl(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip=gzip)
    docs = read(path)
    assert [(d.id, d.url, d.kind, d.error) for d in docs] == [
        ("crawl-3", "https://example.com/a", "html", None),
        ("crawl-9", "https://example.jp/b", "html", None),
    ]
    assert docs[0].source == f"{path}#record 3"
    assert docs[0].content == PAGE.format(n=1)
    assert "外相が北京に到着した" in docs[1].content  # decoded with the HTTP header's charset


def test_warc_ids_are_stable_and_unique_across_two_crawls(tmp_path: Path) -> None:
    first = write_crawl(tmp_path / "a" / "crawl.warc.gz") if (tmp_path / "a").mkdir() is None else None
    second = write_crawl(tmp_path / "b" / "crawl.warc.gz") if (tmp_path / "b").mkdir() is None else None
    assert first and second
    ids = [d.id for d in read_documents([tmp_path])]
    assert ids == ["crawl-3", "crawl-9", "crawl-3~2", "crawl-9~2"]
    assert ids == [d.id for d in read_documents([tmp_path])]


def test_page_charset_from_meta_when_the_header_has_none(tmp_path: Path) -> None:
    path = tmp_path / "latin.warc.gz"
    body = '<html><head><meta charset="iso-8859-1"></head><body><p>Café in Zürich</p></body></html>'
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(response(w, "https://example.de/", body.encode("latin-1")))
    (doc,) = read(path)
    assert "Café in Zürich" in doc.content


def test_bad_record_does_not_stop_the_crawl(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(response(w, "https://example.com/blob", bytes(range(256)) * 20))
        w.write_record(response(w, "https://example.com/empty", b"   "))
        w.write_record(response(w, "https://example.com/ok", PAGE.format(n=3).encode()))
    docs = read(path)
    assert [(d.id, d.error) for d in docs] == [
        ("mixed-1", "binary content, not text or HTML"),
        ("mixed-2", "empty response body"),
        ("mixed-3", None),
    ]
    assert docs[0].url == "https://example.com/blob"


def pages_crawl(path: Path, n: int, *, gzip: bool) -> list[int]:
    """A crawl of n pages; returns the offset where each record ends."""
    ends = []
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=gzip)
        for i in range(n):
            w.write_record(response(w, f"https://example.com/{i}", (PAGE.format(n=i) + " " * 3000).encode()))
            ends.append(f.tell())
    return ends


@pytest.mark.parametrize(("record", "within"), [(4, 0.5), (4, 0.1), (6, 0.8)])
def test_truncated_warc_gz_yields_what_was_read_then_an_error(
    tmp_path: Path, record: int, within: float
) -> None:
    ends = pages_crawl(tmp_path / "full.warc.gz", 6, gzip=True)
    start, end = ends[record - 2], ends[record - 1]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes((tmp_path / "full.warc.gz").read_bytes()[: start + int((end - start) * within)])
    docs = read(path)
    assert [d.error is None for d in docs] == [True] * (record - 1) + [False]
    assert docs[-1].id == f"cut-{record}"
    assert docs[-1].error is not None
    assert docs[-1].error.startswith(
        (f"truncated gzip stream after {record - 1} records", f"truncated WARC: record {record}")
    )


def test_warc_gz_cut_between_records_reads_as_a_shorter_crawl(tmp_path: Path) -> None:
    ends = pages_crawl(tmp_path / "full.warc.gz", 6, gzip=True)
    path = tmp_path / "cut.warc.gz"
    path.write_bytes((tmp_path / "full.warc.gz").read_bytes()[: ends[2]])
    assert [d.error for d in read(path)] == [None] * 3  # nothing tells this from a 3-page crawl


def test_truncated_plain_warc_names_the_cut_record(tmp_path: Path) -> None:
    pages_crawl(tmp_path / "full.warc", 4, gzip=False)
    path = tmp_path / "cut.warc"
    path.write_bytes((tmp_path / "full.warc").read_bytes()[:-1000])
    docs = read(path)
    assert [d.error is None for d in docs] == [True, True, True, False]
    assert docs[-1].error is not None and docs[-1].error.startswith("truncated WARC: record 4 is cut short")


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("this is not a web archive\n")
    (doc,) = read(path)
    assert doc.error == (
        "not a WARC file: it starts with 'this is not a web archive' where 'WARC/1.0' or 'WARC/1.1' was expected"
    )


def test_too_large_record_is_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsprism.ingest.warc.MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "big.warc.gz"
    with path.open("wb") as f:
        w = WARCWriter(f, gzip=True)
        w.write_record(response(w, "https://example.com/big", b"<html><p>" + b"x" * 5000 + b"</p></html>"))
        w.write_record(response(w, "https://example.com/ok", PAGE.format(n=2).encode()))
    docs = read(path)
    assert docs[0].error is not None and docs[0].error.startswith("too large: ")
    assert docs[1].error is None


def test_a_page_is_published_no_later_than_its_fetch(tmp_path: Path) -> None:
    # WARC-Date is when the crawler fetched the page: an upper bound that events use for undated pages
    from newsprism.extract import extract

    docs = list(read_documents([write_crawl(tmp_path / "crawl.warc.gz")]))
    assert {d.not_after for d in docs} == {"2024-04-25"}
    assert {extract(d).not_after for d in docs} == {"2024-04-25"}


def test_binary_file_named_warc_is_named_by_its_first_bytes(tmp_path: Path) -> None:
    """A PNG named .warc is named as the other readers name a file of another format, with what to
    do; a binary start that no format's mark tells is shown as its bytes."""
    path = tmp_path / "image.warc"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(40)))
    (doc,) = read(path)
    assert doc.error == "binary content (a PNG image), not a WARC file: leave it out"
    path.write_bytes(b"\x01\x02\x03 unknown" + bytes(range(40)))
    (doc,) = read(path)
    assert doc.error == (
        "not a WARC file: it starts with bytes 01 02 03 20 75 6e 6b 6e 6f 77 6e 00 01 02 03 04 "
        "where 'WARC/1.0' or 'WARC/1.1' was expected"
    )
