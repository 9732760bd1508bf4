"""review20r: a second look at robust20's input changes (pipes read as they come, too-large records
that keep their id, earlier outputs in an input folder), from what a user would hit.

Four tests are the wrong classes found (a first JSON line over the limit, a user's own
articles.jsonl, a WARC gzip'd whole, office documents), fixed by review20r's patches that the lead
applied; the others pin what was checked and found right, so that it stays so."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsprism.ingest.jsonl as jsonl
import newsprism.pipeline as pipeline
from newsprism.ingest import read_documents
from test_ingest_warc import write_crawl
from test_robust_pipes6 import _piped  # read_documents of a named pipe that a thread fills

STORY = "The minister arrived in Paris on Monday for talks on trade with the French president.\n"
RECORDS = [{"id": f"r{i}", "title": f"T{i}", "text": f"Story {i}: {STORY}"} for i in range(4)]
SMALL_LIMIT = 100_000  # a document limit for the JSON readers, so that a too-large record costs no 50 MB


def _huge_first_line() -> bytes:
    """JSON Lines whose first record is over the (small) limit, then two ordinary records."""
    big = {"id": "big", "text": "word " * (SMALL_LIMIT // 4)}
    return "".join(json.dumps(r) + "\n" for r in [big, *RECORDS[:2]]).encode()


# -- JSON Lines whose first line is over the limit -----------------------------------------------


@pytest.mark.parametrize("how", ["pipe", "file.json"])
def test_the_lines_after_a_too_large_first_line_are_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    monkeypatch.setattr(jsonl, "MAX_DOCUMENT_BYTES", SMALL_LIMIT)
    data = _huge_first_line()
    if how == "pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("named pipes are POSIX")
        docs = list(_piped(tmp_path, data, "stdin"))
    else:
        path = tmp_path / "dump.json"
        path.write_bytes(data)
        docs = list(read_documents([path]))
    assert [d.id for d in docs] == ["big", "r0", "r1"]
    assert docs[0].error is not None and "too large" in docs[0].error
    assert docs[1].error is None and docs[2].error is None


def test_the_same_bytes_named_jsonl_already_read_every_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reference for the test above: named .jsonl, the too-large line is one row under its id."""
    monkeypatch.setattr(jsonl, "MAX_DOCUMENT_BYTES", SMALL_LIMIT)
    path = tmp_path / "dump.jsonl"
    path.write_bytes(_huge_first_line())
    assert [d.id for d in read_documents([path])] == ["big", "r0", "r1"]


# -- a user's own articles.jsonl in the output folder --------------------------------------------


def test_a_users_articles_jsonl_in_the_output_folder_is_read(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "articles.jsonl").write_text("".join(json.dumps(r) + "\n" for r in RECORDS))
    (data / "a.txt").write_text(STORY)
    ids = [d.id for d in read_documents([data], exclude=[data])]
    assert ids == ["a", "r0", "r1", "r2", "r3"]


def test_a_digest_into_its_input_folder_twice_reads_the_same(tmp_path: Path) -> None:
    """What the fix above keeps: an earlier run's outputs in the output folder are not read back."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text(STORY)
    (data / "b.txt").write_text(STORY.replace("Paris", "Rome"))
    for _ in range(2):
        pipeline.digest([data], data, jobs=1)
        rows = [json.loads(x) for x in (data / "articles.jsonl").read_text().splitlines()]
        assert [r["id"] for r in rows] == ["a", "b"]


# -- the same articles from a file and from its bytes through `digest -` -------------------------


def _articles(out: Path) -> list[dict[str, object]]:
    rows = [json.loads(x) for x in (out / "articles.jsonl").read_text().splitlines()]
    for row in rows:
        row.pop("source")  # where it came from: the file's path, or /dev/stdin
    return rows


@pytest.mark.parametrize("kind", ["jsonl.gz", "warc.gz"])
def test_digest_of_standard_input_writes_the_articles_of_the_file(tmp_path: Path, kind: str) -> None:
    """`zcat`-free pipes: a gzip'd JSON Lines or WARC through `cat x | newsprism digest - -o OUT`
    is gunzipped by its magic bytes and read as the file (ids that fall back to the name say
    `stdin` for the pipe, as the file's say its stem)."""
    path = tmp_path / f"stdin.{kind}"
    if kind == "warc.gz":
        write_crawl(path)
    else:
        path.write_bytes(gzip.compress("".join(json.dumps(r) + "\n" for r in RECORDS).encode()))
    pipeline.digest([path], tmp_path / "from_file", jobs=1)
    cmd = [
        sys.executable,
        "-m",
        "newsprism",
        "digest",
        "-",
        "-o",
        str(tmp_path / "from_pipe"),
        "-q",
        "-j",
        "1",
    ]
    done = subprocess.run(cmd, input=path.read_bytes(), capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr.decode()
    from_file, from_pipe = _articles(tmp_path / "from_file"), _articles(tmp_path / "from_pipe")
    assert from_pipe == from_file and len(from_file) >= 2


# -- a WARC gzip'd whole ---------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["file", "pipe"])
def test_a_warc_gzipped_whole_reads_as_the_plain_warc(tmp_path: Path, how: str) -> None:
    plain = write_crawl(tmp_path / "crawl.warc", gzip=False)
    want = [(d.kind, d.content, d.url, d.error) for d in read_documents([plain])]
    data = gzip.compress(plain.read_bytes())
    if how == "pipe":
        if not hasattr(os, "mkfifo"):
            pytest.skip("named pipes are POSIX")
        docs = list(_piped(tmp_path, data, "crawl.warc"))
    else:
        whole = tmp_path / "whole" / "crawl.warc.gz"
        whole.parent.mkdir()
        whole.write_bytes(data)
        docs = list(read_documents([whole]))
    assert [(d.kind, d.content, d.url, d.error) for d in docs] == want
    assert len([d for d in docs if d.error is None]) == 2


def test_a_warc_gzipped_record_by_record_reads_as_the_plain_warc(tmp_path: Path) -> None:
    """The reference: a crawler's .warc.gz (one gzip member per record) reads as the plain WARC."""
    plain = write_crawl(tmp_path / "crawl.warc", gzip=False)
    chunked = write_crawl(tmp_path / "crawl.warc.gz", gzip=True)
    strip = lambda d: (d.kind, d.content, d.url, d.error)  # noqa: E731
    assert [strip(d) for d in read_documents([chunked])] == [strip(d) for d in read_documents([plain])]


# -- an office document named on the command line ------------------------------------------------


def _zip_file(path: Path, first: str, data: bytes) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo(first), data)  # the first entry, as Word or LibreOffice write it
        z.writestr("word/document.xml", b"<w:document>" + STORY.encode() * 50 + b"</w:document>")
    return path


@pytest.mark.parametrize(
    ("first", "data"),
    [("[Content_Types].xml", b"<Types/>"), ("mimetype", b"application/vnd.oasis.opendocument.text")],
)
def test_an_office_document_is_not_told_to_be_unzipped(tmp_path: Path, first: str, data: bytes) -> None:
    [doc] = read_documents([_zip_file(tmp_path / "report.docx", first, data)])
    assert doc.error is not None and "office document" in doc.error and "unzip" not in doc.error


def test_a_zip_of_pages_is_told_to_be_unzipped(tmp_path: Path) -> None:
    """The reference: a plain zip (its first entry a page) says what robust20 made it say."""
    [doc] = read_documents([_zip_file(tmp_path / "pages.bin", "a.html", b"<html><p>x</p></html>")])
    assert doc.error is not None and "a zip archive" in doc.error and "unzip it" in doc.error
