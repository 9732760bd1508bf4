"""ingest.decoding and ingest.dates: bytes to text in the right charset; container dates to days."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsprism.errors import UnreadableDocument
from newsprism.ingest import read_documents
from newsprism.ingest.dates import container_date
from newsprism.ingest.decoding import declared_charset, decode, meta_charset

WESTERN = "“Café society” – the naïve résumé of a señor from Zürich… it’s déjà vu, Œuvre."
POLISH = "Zażółć gęślą jaźń. Minister spraw zagranicznych przyleciał do Pekinu w środę wieczorem."
JAPANESE = "米国務長官が北京に到着し、中国の外相と会談した。"


def page(body: str, head: str = "") -> str:
    return f"<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (codecs.BOM_UTF8 + "naïve".encode(), "naïve"),
        (codecs.BOM_UTF16_LE + "naïve".encode("utf-16-le"), "naïve"),
        (codecs.BOM_UTF16_BE + "naïve".encode("utf-16-be"), "naïve"),
        (WESTERN.encode("utf-8"), WESTERN),
        (WESTERN.encode("cp1252"), WESTERN),  # undeclared: detected, cp1252 over look-alikes
        (
            POLISH.encode("utf-8")[:-1] + b"\xff" + POLISH.encode()[-1:],
            POLISH[:-1] + "\ufffd.",
        ),  # one bad byte
    ],
)
def test_decode_text(raw: bytes, expected: str) -> None:
    assert decode(raw) == expected


@pytest.mark.parametrize(
    ("charset", "text", "encoding"),
    [
        ("windows-1252", WESTERN, "cp1252"),
        ("iso-8859-1", "Café in Zürich, naïve señor", "latin-1"),
        ("Shift_JIS", JAPANESE, "shift_jis"),
        ("iso-8859-2", POLISH, "iso-8859-2"),
    ],
)
def test_decode_html_by_meta_charset(tmp_path: Path, charset: str, text: str, encoding: str) -> None:
    path = tmp_path / "p.html"
    path.write_bytes(
        page(text, f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">').encode(
            encoding
        )
    )
    (doc,) = read_documents([path])
    assert text in doc.content
    assert doc.error is None


def test_header_charset_wins_over_detection() -> None:
    raw = page(JAPANESE).encode("euc-jp")
    assert JAPANESE in decode(raw, declared_charset("text/html; charset=EUC-JP"), html=True)


def test_utf8_declared_but_latin1_bytes() -> None:
    raw = page(WESTERN, '<meta charset="utf-8">').encode("cp1252")
    assert WESTERN in decode(raw, html=True)


def test_invalid_utf8_text_file_is_decoded_by_detection(tmp_path: Path) -> None:
    path = tmp_path / "scraped.txt"
    path.write_bytes(("Headline\n\n" + WESTERN + "\n").encode("cp1252") * 3)
    (doc,) = read_documents([path])
    assert doc.error is None and WESTERN in doc.content


def test_meta_utf16_is_ignored_as_browsers_do() -> None:
    raw = page("caf\xe9", '<meta charset="utf-16">').encode("cp1252")
    assert "café" in decode(raw, html=True)


def test_nul_bytes_never_survive() -> None:
    assert decode(b"word " * 100 + b"\x00" + b"word " * 100) == "word " * 200  # one stray NUL
    assert "\x00" not in decode(codecs.BOM_UTF16_LE + "a\x00b".encode("utf-16-le"))


def test_binary_is_refused() -> None:
    with pytest.raises(UnreadableDocument, match="binary content"):
        decode(bytes(range(256)) * 8)


@pytest.mark.parametrize(
    ("raw", "found"),
    [
        (b'<meta charset="Shift_JIS">', "Shift_JIS"),
        (b"<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=iso-8859-1'>", "iso-8859-1"),
        (b"<p>no charset here</p>", None),
    ],
)
def test_meta_charset(raw: bytes, found: str | None) -> None:
    assert meta_charset(raw) == found


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024-04-25", "2024-04-25"),
        ("2024-04-25T23:30:00-04:00", "2024-04-25"),
        ("2024-04-25 08:00:00", "2024-04-25"),
        ("20240425T080000Z", "2024-04-25"),
        ("Thu, 25 Apr 2024 10:00:00 GMT", "2024-04-25"),
        ("2024/04/25", "2024-04-25"),
        ("2024-02-30", None),
        ("last Tuesday", None),
        ("", None),
        (1714000000, None),
        (None, None),
    ],
)
def test_container_date(value: object, day: str | None) -> None:
    assert container_date(value) == day
