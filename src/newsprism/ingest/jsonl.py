"""JSON Lines and JSON files -> Documents, one per record, streamed.

    read_jsonl(path, stem) -> Iterator[Document]   one record per line, read line by line
    read_json(path, stem)  -> Iterator[Document]   a list of records (streamed item by item),
                                                   one record (pretty-printed or not), or JSON Lines
    record_document(record, fallback_id=..., source=...) -> Document

A record holds `id` and `text` or `html` (`html` wins when both are there: the page keeps the
dates and bylines that extract reads), plus optional `url`, `title`, `published` (cut to
YYYY-MM-DD), `outlet` and `authors`; other short scalar fields (a `topic`, a `section`) are kept as
strings in `Document.extra`, the rest is ignored. Ids: the record's `id`, else
`<stem>-<line>` (`<stem>-<item>` in a list), else for a file holding a single record, `<stem>`.
A malformed line, a record with no text, a line over the size limit: each yields one Document with
`error` set, and reading goes on with the next line.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from newsprism.errors import UnreadableDocument
from newsprism.ingest.dates import container_date, unread_date
from newsprism.ingest.decoding import decode
from newsprism.ingest.streams import (
    MAX_DOCUMENT_BYTES,
    STREAM_ERRORS,
    DocumentTooLarge,
    describe_stream_error,
    open_input,
    read_capped,
)
from newsprism.records import Document

__all__ = ["read_json", "read_jsonl", "record_document"]

# Bytes read at a time from a JSON list: big enough that a typical record arrives in one or two
# reads, small next to the per-document limit; the buffer doubles for records bigger than this.
ARRAY_CHUNK_BYTES = 1 << 20

# How much of a .json file's start is peeked to tell a list, one record and JSON Lines apart.
PEEK_BYTES = 4096

_WHITESPACE = " \t\r\n\ufeff"

# The fields a record's Document reads itself; other fields go to Document.extra.
_DOCUMENT_FIELDS = frozenset(["id", "text", "html", "url", "title", "published", "outlet", "authors"])
# Longer values of other fields are bodies (an abstract, a second text), not labels to group by.
MAX_EXTRA_CHARS = 200

# JSON may escape lone UTF-16 surrogates ("\ud800"), which json.loads keeps but no UTF-8 writer
# accepts: they become U+FFFD, as an undecodable byte does in a page.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str) -> str:
    return _LONE_SURROGATE.sub("\ufffd", value.replace("\x00", ""))


# -- records -----------------------------------------------------------------------------------


def _string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return _clean(value.strip())
    return None


def _record_id(value: Any) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    return _string(value)


def _authors(value: Any) -> tuple[str, ...]:
    if isinstance(value, str | dict):
        value = [value]
    if not isinstance(value, list):
        return ()
    names = (_string(a.get("name")) if isinstance(a, dict) else _string(a) for a in value)
    return tuple(n for n in names if n)


def _extra(record: dict[str, Any]) -> dict[str, str]:
    out = {}
    for key, value in record.items():
        if key in _DOCUMENT_FIELDS or isinstance(value, bool) or not isinstance(value, str | int | float):
            continue
        text = _clean(str(value).strip())
        if text and len(text) <= MAX_EXTRA_CHARS:
            out[str(key)] = text
    return out


def _describe(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def record_document(record: Any, *, fallback_id: str, source: str) -> Document:
    """One JSON record as a Document; a record that holds no document gives one with `error` set."""
    if not isinstance(record, dict):
        return Document(
            id=fallback_id,
            source=source,
            error=f"not a news document: JSON {_describe(record)} where an object with 'text' or 'html' "
            "was expected",
        )
    published = container_date(record.get("published"))
    note = None if published else unread_date("the record's 'published'", record.get("published"))
    doc = Document(
        id=_record_id(record.get("id")) or fallback_id,
        source=source,
        url=_string(record.get("url")),
        title=_string(record.get("title")),
        published=published,
        outlet=_string(record.get("outlet")),
        authors=_authors(record.get("authors")),
        from_record=True,
        extra=_extra(record),
        notes=(note,) if note else (),
    )
    for field in ("html", "text"):
        value = record.get(field)
        if isinstance(value, str) and value.strip():
            content = _clean(value)
            if len(content) > MAX_DOCUMENT_BYTES:
                return replace(doc, error=str(DocumentTooLarge(len(content.encode("utf-8")))))
            return replace(doc, kind="html" if field == "html" else "text", content=content)
    given = [f for f in ("html", "text") if f in record]
    if given:
        value = record[given[0]]
        what = "empty" if isinstance(value, str) or value is None else f"{_describe(value)}, not a string"
        return replace(doc, error=f"empty document: the record's '{given[0]}' field is {what}")
    found = ", ".join(sorted(map(str, record))[:8]) or "none"
    return replace(
        doc, error=f"not a news document: JSON record has no 'text' or 'html' field (fields: {found})"
    )


# -- JSON Lines --------------------------------------------------------------------------------


def _lines(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; None as the line when it is over the size limit."""
    number = 0
    while line := stream.readline(MAX_DOCUMENT_BYTES + 1):
        number += 1
        if len(line) > MAX_DOCUMENT_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(ARRAY_CHUNK_BYTES)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the oversized line without holding it
            yield number, None
        else:
            yield number, line


def _line_document(line: bytes | None, number: int, stem: str, path: Path) -> tuple[Document, bool]:
    """The line's Document, and whether its id is the fallback `<stem>-<line>`."""
    fallback, source = f"{stem}-{number}", f"{path}#line {number}"
    try:
        if line is None:
            raise DocumentTooLarge()
        record = json.loads(decode(line).rstrip("\r\n"))
    except UnreadableDocument as e:
        return Document(id=fallback, source=source, error=f"line {number}: {e}"), True
    except json.JSONDecodeError as e:
        error = f"malformed JSON on line {number}: {e.msg} at column {e.colno}; fix or remove that line"
        return Document(id=fallback, source=source, error=error), True
    own_id = _record_id(record.get("id")) if isinstance(record, dict) else None
    return record_document(record, fallback_id=fallback, source=source), own_id is None


def _jsonl_documents(path: Path, stem: str) -> Iterator[tuple[Document, bool]]:
    records, number = 0, 0
    try:
        with open_input(path) as f:
            for number, line in _lines(f):
                if line is not None and not line.strip():
                    continue
                records += 1
                yield _line_document(line, number, stem, path)
    except STREAM_ERRORS as e:
        at = f" (line {number})" if number else ""  # "after 0 records (line 0)" said nothing
        error = f"{describe_stream_error(e)}: stopped after {records} records{at}; re-download it"
        if isinstance(e, EOFError):
            error = f"truncated gzip stream after {records} records{at}: the rest is lost; re-download it"
        yield Document(id=f"{stem}-{number + 1}", source=f"{path}#line {number + 1}", error=error), False


def read_jsonl(path: Path, stem: str, *, lone_id: bool = False) -> Iterator[Document]:
    """Documents of a JSON Lines file; with `lone_id`, a file of one record without id is `<stem>`."""
    docs = _jsonl_documents(path, stem)
    first = next(docs, None)
    if first is None:
        yield Document(id=stem, source=str(path), error="empty file")
        return
    second = next(docs, None)
    if second is None:
        doc, fallback = first
        yield replace(doc, id=stem) if lone_id and fallback and not doc.error else doc
        return
    yield first[0]
    yield second[0]
    for doc, _ in docs:
        yield doc


# -- JSON --------------------------------------------------------------------------------------


def _array_items(stream: BinaryIO) -> Iterator[Any]:
    """The items of a JSON list, one at a time; raises ValueError where the list is malformed."""
    decoder = json.JSONDecoder()
    utf8 = codecs.getincrementaldecoder("utf-8")("replace")
    buffer, pos, done, expect_item = "", 0, False, True

    def more(size: int) -> bool:
        nonlocal buffer, pos
        chunk = stream.read(size)
        buffer = buffer[pos:] + utf8.decode(chunk, final=not chunk)
        pos = 0
        return bool(chunk)

    more(ARRAY_CHUNK_BYTES)
    pos = len(buffer) - len(buffer.lstrip(_WHITESPACE)) + 1  # past the opening "["
    while True:
        while pos < len(buffer) and buffer[pos] in _WHITESPACE:
            pos += 1
        if pos == len(buffer):
            if done:
                raise ValueError("the list is not closed with ']'")
            done = not more(ARRAY_CHUNK_BYTES)
            continue
        if buffer[pos] == "]":
            return
        if not expect_item:
            if buffer[pos] != ",":
                raise ValueError(f"expected ',' or ']' between items, found {buffer[pos]!r}")
            pos, expect_item = pos + 1, True
            continue
        try:
            item, pos = decoder.raw_decode(buffer, pos)
        except json.JSONDecodeError as e:
            if done:
                raise ValueError(e.msg) from None
            if len(buffer) - pos > MAX_DOCUMENT_BYTES:
                raise DocumentTooLarge() from None
            done = not more(max(ARRAY_CHUNK_BYTES, len(buffer) - pos))  # doubling: linear overall
            continue
        expect_item = False
        yield item


def _read_array(path: Path, stem: str) -> Iterator[Document]:
    number = 0
    try:
        with open_input(path) as f:
            for number, item in enumerate(_array_items(f), start=1):
                yield record_document(item, fallback_id=f"{stem}-{number}", source=f"{path}#item {number}")
    except (ValueError, UnreadableDocument) as e:
        error = f"malformed JSON list after {number} items: {e}; fix the file or export it as JSON Lines"
        yield Document(id=f"{stem}-{number + 1}", source=f"{path}#item {number + 1}", error=error)
    except STREAM_ERRORS as e:
        error = f"{describe_stream_error(e)}: stopped after {number} items; re-download it"
        yield Document(id=f"{stem}-{number + 1}", source=f"{path}#item {number + 1}", error=error)


def _read_single(path: Path, stem: str) -> Document:
    try:
        with open_input(path) as f:
            record = json.loads(decode(read_capped(f)))
    except json.JSONDecodeError as e:
        error = f"malformed JSON on line {e.lineno}: {e.msg} at column {e.colno}"
        return Document(id=stem, source=str(path), error=error)
    except UnreadableDocument as e:
        return Document(id=stem, source=str(path), error=str(e))
    except STREAM_ERRORS as e:
        return Document(id=stem, source=str(path), error=f"{describe_stream_error(e)}; re-download it")
    return record_document(record, fallback_id=stem, source=str(path))


def read_json(path: Path, stem: str) -> Iterator[Document]:
    """A .json file: a list of records, a single record, or (misnamed) JSON Lines."""
    try:
        with open_input(path) as f:
            head = f.read(PEEK_BYTES)
            first_line = head + (f.readline(MAX_DOCUMENT_BYTES) if b"\n" not in head else b"")
    except STREAM_ERRORS as e:
        yield Document(id=stem, source=str(path), error=f"{describe_stream_error(e)}; re-download it")
        return
    start = head.lstrip(b" \t\r\n").removeprefix(codecs.BOM_UTF8).lstrip(b" \t\r\n")[:1]
    if not start:
        yield Document(id=stem, source=str(path), error="empty file")
    elif start == b"[":
        yield from _read_array(path, stem)
    elif start == b"{" and _is_json(first_line.split(b"\n", 1)[0]):
        yield from read_jsonl(path, stem, lone_id=True)
    else:
        yield _read_single(path, stem)


def _is_json(line: bytes) -> bool:
    try:
        json.loads(line.removeprefix(codecs.BOM_UTF8))
    except (ValueError, UnicodeDecodeError):
        return False
    return True
