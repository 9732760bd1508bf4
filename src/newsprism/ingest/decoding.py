"""Bytes -> text: the character set of a page or a record, and whether it is text at all.

    decode(raw, declared=None, html=False) -> str, or raises UnreadableDocument

First (0. in the code), the first bytes of a format that is no text (a PDF, a zip, an image:
binary_kind) are refused, saying what the file is. Then fallbacks, in order (numbered the same in
the code):
  1. a byte-order mark (UTF-8, UTF-16, UTF-32); Western UTF-16 without one (NULs in every other byte)
  2. UTF-8, strictly (most of the web, and every JSON file)
  3. the charset declared by the container (WARC HTTP header) or the page (<meta charset>)
  4. charset-normalizer's detection on a sample
  5. cp1252, replacing what it cannot map (what browsers do with undeclared Western pages)
Before 2., content that looks binary (NUL and control bytes) is refused; after 5., text that is
mostly U+FFFD is refused too. The text returned never holds a NUL character.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from newsprism.errors import UnreadableDocument

__all__ = [
    "BINARY_HEAD_BYTES",
    "BinaryContent",
    "binary_kind",
    "declared_charset",
    "decode",
    "looks_like_markup",
    "meta_charset",
]

# How far into a page to look for <meta charset>: the HTML standard says 1024 bytes, but real
# pages often put long inline scripts first; 16 KB finds those and costs one regex over 16 KB.
META_PRESCAN_BYTES = 16_384

# Bytes sampled for the binary check and for charset detection: 64 KB holds enough of a page's
# text for charset-normalizer to be sure, and keeps detection cheap on a 50 MB document.
SAMPLE_BYTES = 65_536

# Share of control bytes (other than tab, newlines, form feed, ESC/SO/SI used by ISO-2022
# encodings) above which content is binary: random bytes hold ~11%, any real text ~0%.
BINARY_CONTROL_SHARE = 0.02

# Share of NUL bytes at odd (or even) offsets above which BOM-less bytes are UTF-16 (LE or BE): ASCII
# text in UTF-16 has NUL in every second byte; an accent or a curly quote now and then has not.
UTF16_ZERO_SHARE = 0.9

# Share of U+FFFD replacement characters above which decoded text is junk, not a page.
REPLACEMENT_SHARE = 0.10

# A document that fails strict UTF-8 but holds at least this many valid multi-byte characters per
# invalid byte is UTF-8 with a few damaged bytes (seen in the htmldate dev pages), not a legacy
# code page: in real cp1252/latin-1 text valid UTF-8 sequences are all but absent.
MOSTLY_UTF8_RATIO = 4

# Share of cp1252-decoded non-ASCII characters that may be neither letters nor typographic
# punctuation before cp1252 is judged wrong: Western text has none (é, ü, ', ...), cp1250 Polish
# read as cp1252 is full of ¹ ³ ¿ for ą ł ż.
ODD_CP1252_SHARE = 0.05

# Python codecs that browsers read as windows-1252 (WHATWG Encoding standard): pages that say
# latin-1 almost always hold cp1252's curly quotes and dashes in 0x80-0x9F.
_AS_CP1252 = {"iso8859-1", "ascii", "latin-1"}

# Latin single-byte code pages that charset-normalizer cannot tell from cp1252 on a page with few
# accents (it ranks cp1250 first on English pages with curly quotes); cp1252 wins when it reads well.
_LATIN_CODE_PAGES = {
    "cp1250",
    "cp775",
    "cp850",
    "cp852",
    "cp857",
    "cp858",
    "cp437",
    "iso8859-2",
    "iso8859-15",
}
_TYPOGRAPHY = set("‘’‚“”„–—…•·«»‹›°§©®™€£¥¢±×÷¶†‡\u00a0")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b\x0e\x0f")
_META_CHARSET = re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_MARKUP = re.compile(
    rb"<(!doctype\s+html|html|head|body|meta|title|div|p|article|section|br|span|a)[\s/>]", re.IGNORECASE
)


# What a file is, by its first bytes, and what to do with it: the common things a scrape or a
# download folder holds that are not pages (newsprism reads .gz itself, so not gzip). Each mark is
# one no text or page opens with (a NUL, a byte no text holds, or a format's full signature:
# "%PDF-", "GIF89a", "{\\rtf"), so it is asked before anything else: a tiny PDF is mostly ASCII (its
# objects and a text stream), and saved as page.html it was "no article text found on the page",
# as page.txt a kept article of its "obj << /Type /Catalog >>"; a zip that stores a page
# uncompressed was a kept article of "PK..." and the page. The marks are the formats' own (the
# PKWARE, PDF, PNG, RIFF, ISO base media and SQLite specifications).
_SAVE_AS_TEXT = "save it as text or HTML first and give that"
_DECOMPRESS = "decompress it ({}), or compress it with gzip, which newsprism reads"
_BINARY_KINDS = (
    (rb"PK(?:\x03\x04|\x05\x06|\x07\x08)", "a zip archive", "unzip it and give the folder"),
    (rb"BZh[1-9](?:1AY&SY|\x17rE8P)", "bzip2-compressed", _DECOMPRESS.format("bunzip2")),
    (rb"\xfd7zXZ\x00", "xz-compressed", _DECOMPRESS.format("unxz")),
    (rb"\x28\xb5\x2f\xfd", "zstd-compressed", _DECOMPRESS.format("unzstd")),
    (rb"7z\xbc\xaf\x27\x1c", "a 7z archive", "extract it and give the folder"),
    (rb"Rar!\x1a\x07", "a rar archive", "extract it and give the folder"),
    (rb"%PDF-", "a PDF", "convert it to text (pdftotext) and give that"),
    (rb"\{\\rtf", "an RTF document", _SAVE_AS_TEXT),
    (rb"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an older Office document (.doc, .xls, .ppt)", _SAVE_AS_TEXT),
    (
        rb"SQLite format 3\x00",
        "an SQLite database",
        'export its articles as JSON Lines, one {"id", "title", "text"} per line',
    ),
)
# Images, video and sound: nothing in them to read, and a page's own images are no news
_MEDIA = (
    (rb"\x89PNG\r\n\x1a\n", "a PNG image"),
    (rb"\xff\xd8\xff", "a JPEG image"),
    (rb"GIF8[79]a", "a GIF image"),
    (rb"RIFF.{4}WEBP", "a WebP image"),
    (rb"II\*\x00|MM\x00\*", "a TIFF image"),
    (rb"BM.{4}\x00\x00\x00\x00", "a BMP image"),
    (rb"\x00\x00\x01\x00[\x01-\xff]\x00", "an icon"),
    (rb".{4}ftyp(?:avif|avis|heic|heix|mif1|msf1)", "an AVIF or HEIC image"),
    (rb".{4}ftyp", "a video or audio file (MP4, MOV, M4A)"),
    (rb"\x1a\x45\xdf\xa3", "a video file (WebM, MKV)"),
    (rb"ID3[\x02-\x04]\x00|\xff[\xfb\xf3\xf2]", "an MP3 audio file"),
    (rb"OggS\x00|RIFF.{4}WAVE|fLaC", "an audio file"),
)
_BINARY_MARKS = [
    (re.compile(mark, re.DOTALL), kind, advice)
    for mark, kind, advice in (*_BINARY_KINDS, *((mark, kind, "leave it out") for mark, kind in _MEDIA))
]
# "ustar" and a NUL (POSIX) or two spaces and a NUL (GNU) at byte 257 of a tar file's first header
_TAR_MARK = re.compile(rb"ustar(?:\x00|  \x00)")
_TAR_MAGIC_AT = 257
# Bytes enough for every mark above (the tar mark ends at 265)
BINARY_HEAD_BYTES = 512


# An office document is a zip whose first entry names it (at byte 30, after the zip's local
# header): Word, Excel and PowerPoint files start with "[Content_Types].xml", OpenDocument ones
# with "mimetype" then "application/vnd.oasis.opendocument". Unzipped they give XML parts, no
# page: "unzip it" would mislead (an .epub, a zip of XHTML chapters, can be unzipped and read).
_ZIP_FIRST_NAME_AT = 30
_OFFICE_ENTRIES = (b"[Content_Types].xml", b"mimetypeapplication/vnd.oasis.opendocument")


def binary_kind(raw: bytes) -> tuple[str, str] | None:
    """(what the file is, what to do) when its first bytes are those of a format that is not text
    or a page (a PDF, a zip, an image, an office document, a tar), else None."""
    if raw.startswith(b"PK\x03\x04") and raw[_ZIP_FIRST_NAME_AT:].startswith(_OFFICE_ENTRIES):
        return "an office document (.docx, .odt, ...)", _SAVE_AS_TEXT
    for mark, kind, advice in _BINARY_MARKS:
        if mark.match(raw):
            return kind, advice
    if _TAR_MARK.match(raw, _TAR_MAGIC_AT):
        return "a tar archive", "extract it (tar -xf) and give the folder"
    return None


class BinaryContent(UnreadableDocument):
    """Not text: the message names the kind of file when its first bytes tell it, and what the
    file was read as (`expected`: "text or HTML", "JSON Lines", "a WARC", ...)."""

    def __init__(self, raw: bytes = b"", expected: str = "text or HTML") -> None:
        found = binary_kind(raw)
        super().__init__(
            f"binary content ({found[0]}), not {expected}: {found[1]}"
            if found
            else f"binary content, not {expected}"
        )


def declared_charset(content_type: str | None) -> str | None:
    """The charset parameter of a Content-Type header value, if any."""
    if not content_type:
        return None
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:\-]+)", content_type, re.IGNORECASE)
    return m.group(1) if m else None


def meta_charset(raw: bytes) -> str | None:
    """The charset a page declares in <meta charset> or <meta http-equiv=Content-Type>."""
    m = _META_CHARSET.search(raw, 0, META_PRESCAN_BYTES)
    return m.group(1).decode("ascii") if m else None


def looks_like_markup(raw: bytes) -> bool:
    """Whether the start of a file reads as an HTML page (for files whose name does not say)."""
    return _MARKUP.search(raw, 0, SAMPLE_BYTES) is not None


def _codec(label: str | None) -> str | None:
    """A Python codec name for a charset label, or None when Python does not know it."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _page_codec(raw: bytes) -> str | None:
    codec = _codec(meta_charset(raw))
    # a page cannot declare UTF-16 about itself in ASCII bytes; browsers read such pages as UTF-8
    return None if codec and codec.startswith(("utf-16", "utf-32")) else codec


def _is_binary(raw: bytes) -> bool:
    sample = raw[:SAMPLE_BYTES]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > BINARY_CONTROL_SHARE * len(sample)


def _strict(raw: bytes, codec: str) -> str | None:
    try:
        return raw.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _mostly_utf8(raw: bytes) -> str | None:
    text = raw.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    multibyte = len(text) - len(text.encode("ascii", "ignore")) - bad
    return text if multibyte >= MOSTLY_UTF8_RATIO * bad else None


def _reads_as_cp1252(raw: bytes) -> bool:
    text = _strict(raw[:SAMPLE_BYTES], "cp1252")
    if text is None:
        return False
    accents = [c for c in text if c > "\x7f"]
    odd = sum(1 for c in accents if not c.isalpha() and c not in _TYPOGRAPHY)
    return odd <= ODD_CP1252_SHARE * len(accents)


def _detect(raw: bytes) -> str | None:
    match = from_bytes(raw[:SAMPLE_BYTES]).best()
    codec = _codec(match.encoding) if match else None
    if codec in _LATIN_CODE_PAGES and _reads_as_cp1252(raw):
        return "cp1252"
    # strict UTF-8 already failed on the whole document, so a sample that reads as UTF-8 or
    # ASCII only means the bad bytes lie further on: let the cp1252 fallback have them
    return None if codec in (None, "utf-8", "ascii") else codec


def _bom_text(raw: bytes) -> str | None:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(codec, "replace")
    return None


def _charset_text(raw: bytes, declared: str | None, html: bool) -> str:
    text = _strict(raw, "utf-8") or _mostly_utf8(raw)  # 2.
    if text is None:
        codec = _codec(declared) or (_page_codec(raw) if html else None)  # 3.
        text = _strict(raw, codec) if codec and codec != "utf-8" else None
    if text is None:
        codec = _detect(raw)  # 4.
        text = raw.decode(codec, "replace") if codec else None
    if text is None:
        text = raw.decode("cp1252", "replace")  # 5.
    return text


def _bomless_utf16(raw: bytes) -> str | None:
    """Western text saved as UTF-16 without a byte-order mark: one half of its bytes is nearly all
    NULs (the high bytes of ASCII letters), the other half has none; read as bytes it is binary."""
    sample = raw[: min(len(raw), SAMPLE_BYTES) & ~1]
    for zeros, letters, codec in (
        (sample[1::2], sample[::2], "utf-16-le"),
        (sample[::2], sample[1::2], "utf-16-be"),
    ):
        if len(zeros) >= 2 and zeros.count(0) >= UTF16_ZERO_SHARE * len(zeros) and 0 not in letters:
            return raw[: len(raw) & ~1].decode(codec, "replace")
    return None


def decode(raw: bytes, declared: str | None = None, *, html: bool = False) -> str:
    """Decode a document's bytes; raises BinaryContent for what is not text."""
    if binary_kind(raw[:BINARY_HEAD_BYTES]):  # 0. a file of another format (a PDF), whatever it holds
        raise BinaryContent(raw)
    text = _bom_text(raw) or _bomless_utf16(raw)  # 1.
    if text is None:
        if _is_binary(raw):
            raise BinaryContent(raw)
        text = _charset_text(raw, declared, html)
    if text.count("\ufffd") > REPLACEMENT_SHARE * len(text):
        raise BinaryContent(raw)
    return text.replace("\x00", "")
