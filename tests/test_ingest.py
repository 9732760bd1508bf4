"""ingest.sources: walking inputs, formats by name and by content, ids, ordering, bad files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsprism.errors import InputNotFound
from newsprism.ingest import MAX_DOCUMENT_BYTES, check_paths, read_documents
from newsprism.ingest.sources import classify
from newsprism.pipeline import digest

PAGE = "<html><head><title>Talks in Beijing</title></head><body><p>The minister arrived.</p></body></html>"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def docs_of(*paths: Path) -> list:
    return list(read_documents(list(paths)))


def test_missing_path_raises_before_reading(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "some news")
    with pytest.raises(InputNotFound, match="nope"):
        read_documents([tmp_path / "a.txt", tmp_path / "nope"])  # eager: no next() needed


def test_a_lone_string_is_refused_with_a_hint(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match="wrap it in a list"):
        check_paths(str(tmp_path))


@pytest.mark.parametrize(
    ("name", "fmt", "stem"),
    [
        ("a.html.gz", "html", "a"),
        ("A.HTM", "html", "A"),
        ("report.2024.txt", "text", "report.2024"),
        ("feed.xml.gz", "feed", "feed"),
        ("crawl.warc.gz", "warc", "crawl"),
        ("docs.jsonl", "jsonl", "docs"),
        ("README.md", None, "README"),
        ("archive.gz", None, "archive"),
    ],
)
def test_classify_by_name(name: str, fmt: str | None, stem: str) -> None:
    assert classify(Path(name)) == (fmt, stem)


def test_folder_walk_is_sorted_recursive_and_skips_other_files(tmp_path: Path) -> None:
    write(tmp_path / "b" / "z.txt", "zed news")
    write(tmp_path / "b" / "a.html", PAGE)
    write(tmp_path / "a.txt", "first news")
    write(tmp_path / "c.htm.gz", gzip.compress(PAGE.encode()))
    write(tmp_path / "README.md", "# not news")
    write(tmp_path / "logo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(tmp_path / ".hidden" / "x.txt", "hidden")
    docs = docs_of(tmp_path)
    assert [d.id for d in docs] == ["a", "a~2", "z", "c"]
    assert [d.kind for d in docs] == ["text", "html", "text", "html"]
    assert all(d.error is None for d in docs)
    assert docs == docs_of(tmp_path)  # same order every time


def test_duplicate_ids_are_made_unique_in_reading_order(tmp_path: Path) -> None:
    write(tmp_path / "one" / "x.txt", "first")
    write(tmp_path / "two" / "x.html", PAGE)
    write(tmp_path / "three" / "x~2.txt", "a real x~2")
    write(tmp_path / "x.jsonl", '{"id": "x", "text": "third"}\n{"id": "x", "text": "fourth"}\n')
    ids = [
        d.id for d in docs_of(tmp_path / "one", tmp_path / "three", tmp_path / "two", tmp_path / "x.jsonl")
    ]
    assert ids == ["x", "x~2", "x~3", "x~4", "x~5"]
    assert len(set(ids)) == len(ids)


def test_a_file_reached_twice_is_read_once(tmp_path: Path) -> None:
    page = write(tmp_path / "a.txt", "news")
    assert [d.id for d in docs_of(tmp_path, page)] == ["a"]


def test_named_file_with_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    page = write(tmp_path / "page.download", "<!DOCTYPE html>" + PAGE)
    note = write(tmp_path / "note.md", "Plain words about the visit.")
    crawl = write(tmp_path / "dump.bin", gzip.compress(b"<html><body><p>zipped page</p></body></html>"))
    docs = docs_of(page, note, crawl)
    assert [(d.id, d.kind, d.error) for d in docs] == [
        ("page", "html", None),
        ("note", "text", None),
        ("dump", "html", None),
    ]
    assert docs_of(tmp_path) == []  # in a folder, unknown names are skipped silently


def test_gzip_is_detected_by_magic_bytes(tmp_path: Path) -> None:
    disguised = write(tmp_path / "a.html", gzip.compress(PAGE.encode()))
    plain = write(tmp_path / "b.txt.gz", b"already decompressed text")
    docs = docs_of(disguised, plain)
    assert docs[0].content == PAGE
    assert docs[1].content == "already decompressed text"


@pytest.mark.parametrize(
    ("data", "error"),
    [
        (b"", "empty file"),
        (b"  \n\t \n", "empty file: nothing but whitespace"),
        (bytes(range(256)) * 40, "binary content, not text or HTML"),
        (
            b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x03" * 500,
            "binary content (a PNG image), not text or HTML: leave it out",
        ),
    ],
)
def test_unreadable_pages_become_documents_with_an_error(tmp_path: Path, data: bytes, error: str) -> None:
    (doc,) = docs_of(write(tmp_path / "bad.txt", data))
    assert (doc.id, doc.error, doc.content) == ("bad", error, "")
    assert doc.source == str(tmp_path / "bad.txt")


def test_truncated_gzip_page(tmp_path: Path) -> None:
    data = gzip.compress((PAGE * 200).encode())
    (doc,) = docs_of(write(tmp_path / "cut.html.gz", data[: len(data) // 2]))
    assert doc.error and doc.error.startswith("truncated gzip stream")
    assert doc.content == ""


def test_too_large_file_is_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(200_000_000)  # sparse: 200 MB on paper, nothing on disk
    (doc,) = docs_of(big)
    assert doc.error == "too large: 200 MB (limit 50 MB); split it into smaller documents"


def test_too_large_once_decompressed(tmp_path: Path) -> None:
    bomb = write(tmp_path / "bomb.txt.gz", gzip.compress(b"a" * (MAX_DOCUMENT_BYTES + 1), compresslevel=1))
    (doc,) = docs_of(bomb)
    assert doc.error == "too large: over the 50 MB limit; split it into smaller documents"


def test_digest_writes_one_line_per_document_with_reasons_for_the_bad(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write(
        inputs / "good.html",
        "<html><head><title>Blinken in Beijing</title></head><body><article>"
        + "<p>US Secretary of State Antony Blinken arrived in Beijing on Wednesday for talks.</p>" * 5
        + "</article></body></html>",
    )
    write(
        inputs / "good.txt",
        "Blinken arrives in Beijing\n\n" + "The talks lasted three hours on Friday. " * 10,
    )
    write(inputs / "empty.txt", "")
    write(inputs / "blob.html", bytes(range(256)) * 10)
    write(inputs / "cut.txt.gz", gzip.compress(" ".join(map(str, range(5000))).encode())[:2000])
    write(inputs / "docs.jsonl", json.dumps({"id": "j1", "text": "A story. " * 20}) + "\n{not json\n")
    write(inputs / "notes.md", "skipped")
    result = digest([inputs], tmp_path / "out")
    lines = [json.loads(line) for line in (tmp_path / "out" / "articles.jsonl").read_text().splitlines()]
    assert result.documents == len(lines) == 7
    reasons = {rec["id"]: rec["dropped"] for rec in lines}
    assert reasons["empty"] == "empty file"
    assert reasons["blob"] == "binary content, not text or HTML"
    assert reasons["cut"].startswith("truncated gzip stream")
    assert reasons["docs-2"].startswith("malformed JSON on line 2")
    assert {"good", "good~2", "j1"} <= reasons.keys()


def test_ids_and_sources_are_printable_with_u_fffd_for_every_lone_surrogate() -> None:
    # a file name's odd bytes (U+DC80-U+DCFF from surrogateescape) and any other lone surrogate
    # (a JSON "\ud800" escape) both become U+FFFD, also mixed; valid escaped UTF-8 is read back
    from newsprism.ingest.sources import _printable

    assert _printable("\ud800") == "\ufffd"
    assert _printable("s\udfff") == "s\ufffd"
    assert _printable("a\udcff\ud800b") == "a\ufffd\ufffdb"
    assert _printable("caf\udcc3\udca9") == "café"
    assert _printable("plain-id") == "plain-id"
