"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds (.xml, possibly gzipped) -> one Document per item.

    read_feed(path, stem) -> Iterator[Document]

Each item gives: its full content (content:encoded, Atom content) else its summary (description,
Atom summary) as the Document's content, kind "html" when that holds markup else "text"; its link
as `url`; `title`; the first of published/pubDate/dc:date/updated as `published` (YYYY-MM-DD);
its author(s). Ids are `<feed stem>-<item number>` (1-based), the source `path#item N`.

Parsed with lxml's iterparse, clearing each item once read, so a large feed streams. Entities are
not resolved and nothing is fetched. A feed that is no XML where a browser reads it (a bare `&`,
`&nbsp;`) is read again with those mended (_LenientEntities), from the item it stopped at. A file that is XML but not a feed, an item with no text, a
feed that breaks off: each yields one Document with `error` set, after the items read before it.
"""

from __future__ import annotations

import html.entities
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

from lxml import etree

from newsprism.ingest.dates import container_date, unread_date
from newsprism.ingest.streams import (
    MAX_DOCUMENT_BYTES,
    STREAM_ERRORS,
    ChunkFilter,
    DocumentTooLarge,
    describe_stream_error,
    input_size,
    open_input,
)
from newsprism.records import Document

__all__ = ["read_feed"]

ATOM = ("http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#")
CONTENT = "http://purl.org/rss/1.0/modules/content/"
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
RSS1 = ("http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/")

FEED_ROOTS = ("rss", "feed", "RDF")
ITEM_TAGS = frozenset(["item", *(f"{{{ns}}}item" for ns in RSS1), *(f"{{{ns}}}entry" for ns in ATOM)])
# Date elements, most telling first: when the item was published, else when it was last changed.
DATE_ELEMENTS = ("published", "pubDate", "issued", "date", "created", "updated", "modified")

_MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_EMAIL_NAME = re.compile(r"^\s*\S+@\S+\s*\((.+)\)\s*$")  # RSS <author>: "jd@example.com (Jane Doe)"
_EMAIL = re.compile(r"^\s*\S+@\S+\s*$")


def _split(tag: Any) -> tuple[str, str]:
    """(namespace, local name) of an element tag; comments and PIs have no str tag."""
    if not isinstance(tag, str):
        return "", ""
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def _text(el: Any) -> str | None:
    text = (el.text or "").strip()
    return text.replace("\x00", "") or None


def _atom_content(el: Any) -> str | None:
    """Atom content/summary: type="xhtml" holds elements, the others hold (escaped) text."""
    if el.get("type") == "xhtml":
        markup = "".join(etree.tostring(child, encoding="unicode", with_tail=True) for child in el)
        return ((el.text or "") + markup).strip() or None
    return _text(el)


def _author(el: Any) -> str | None:
    """An author element as a name: Atom's <name> child, or RSS's text without the email."""
    ns, _ = _split(el.tag)
    if ns in ATOM:
        name = el.find(f"{{{ns}}}name")
        return _text(name) if name is not None else None
    text = _text(el)
    if text and (m := _EMAIL_NAME.match(text)):
        return m.group(1).strip()
    return None if text is None or _EMAIL.match(text) else text


def _item_document(item: Any, doc_id: str, source: str) -> Document:
    title = url = content = summary = None
    dates: dict[str, str] = {}
    authors: list[str] = []
    for child in item:
        ns, name = _split(child.tag)
        if name == "title":
            title = _text(child)
        elif name == "link":
            href = child.get("href")
            if href is None:
                url = url or _text(child)
            elif child.get("rel", "alternate") == "alternate":
                url = url or href.strip()
        elif (name == "encoded" and ns == CONTENT) or (name == "content" and ns in ATOM):
            content = content or _atom_content(child)
        elif name in ("description", "summary"):
            summary = summary or _atom_content(child)
        elif name in DATE_ELEMENTS and (value := _text(child)):
            dates.setdefault(name, value)
        elif name in ("author", "creator", "contributor") and (author := _author(child)):
            authors.append(author)
    published = next((d for n in DATE_ELEMENTS if (d := container_date(dates.get(n)))), None)
    given = next((n for n in DATE_ELEMENTS if n in dates), None)  # named when none could be read
    note = None if published or given is None else unread_date(f"the item's <{given}>", dates[given])
    doc = Document(
        id=doc_id,
        source=source,
        url=url,
        title=title,
        published=published,
        authors=tuple(dict.fromkeys(authors)),
        from_record=True,
        notes=(note,) if note else (),
    )
    body = content or summary
    if not body:
        error = "feed item has no content or summary, only its title and link; fetch the page at its link"
        return replace(doc, error=error)
    if len(body) > MAX_DOCUMENT_BYTES:
        return replace(doc, error=str(DocumentTooLarge(len(body.encode("utf-8")))))
    return replace(doc, kind="html" if _MARKUP.search(body) else "text", content=body)


def read_feed(path: Path, stem: str) -> Iterator[Document]:
    if input_size(path) == 0:
        yield Document(id=stem, source=str(path), error="empty file")
        return
    read = _Read()
    # Many a feed is not well-formed XML where a browser reads it whole: a bare `&` (a title's
    # "Q&A", a link's "?a=1&b=2") or an HTML entity (`&nbsp;`) stopped the whole feed at its first
    # item. It is read again with those made XML (_LenientEntities), from the item it stopped at;
    # what still breaks it (a cut) is said. An entity bomb (entities of entities in its DTD) is not.
    for lenient in (False, True):
        try:
            yield from _items(path, stem, read, lenient=lenient)
            return
        except etree.XMLSyntaxError as e:
            error = e
        except STREAM_ERRORS as e:
            yield read.stopped(path, stem, _stream_error(e, read.items))
            return
        if "amplification" in error.msg:
            break
    yield read.stopped(path, stem, f"malformed XML{_after(read.items)}: {error.msg}; {_before(read.items)}")


class _Read:
    """How far a feed's reading went: the items yielded (by the strict pass, then the lenient)."""

    def __init__(self) -> None:
        self.items = 0

    def stopped(self, path: Path, stem: str, error: str) -> Document:
        n = self.items + 1
        return Document(id=f"{stem}-{n}", source=f"{path}#item {n}", error=error)


def _items(path: Path, stem: str, read: _Read, *, lenient: bool) -> Iterator[Document]:
    """The feed's items past the `read.items` already yielded; raises XMLSyntaxError where the XML
    breaks off."""
    skip = read.items
    seen = 0
    with open_input(path) as f:
        stream = _LenientEntities(f) if lenient else f
        events = etree.iterparse(
            stream, events=("start", "end"), resolve_entities=False, no_network=True, remove_comments=True
        )
        for depth, (event, el) in enumerate(events):
            if depth == 0 and _split(el.tag)[1] not in FEED_ROOTS:
                found = _split(el.tag)[1]
                yield Document(
                    id=stem,
                    source=str(path),
                    error=f"not a news feed: the XML's root element is <{found}>, "
                    "where RSS <rss>, Atom <feed> or RSS 1.0 <rdf:RDF> was expected",
                )
                return
            if event == "end" and el.tag in ITEM_TAGS:
                seen += 1
                if seen > skip:
                    read.items = seen
                    yield _item_document(el, f"{stem}-{seen}", f"{path}#item {seen}")
                el.clear()  # the item is read: free it and what came before it
                while el.getprevious() is not None:
                    del el.getparent()[0]


def _after(items: int) -> str:
    return f" after {items} items" if items else ""


def _before(items: int) -> str:
    """What the user has of a feed that stops after `items` items (as warc._before says it)."""
    if items:
        return "the items before it were read"
    return "no item before it, so nothing could be read; fix the feed or fetch it again"


def _stream_error(e: BaseException, items: int) -> str:
    reason = (
        f"truncated gzip stream after {items} items" if isinstance(e, EOFError) else describe_stream_error(e)
    )
    return f"{reason}; {_before(items)}"


# An entity or a bare `&` (what _LenientEntities mends), and the sections whose text is not markup
_ENTITY_OR_SECTION = re.compile(
    rb"<!\[CDATA\[|<!--|&(?:#[0-9]+;|#[xX][0-9a-fA-F]+;|([A-Za-z][A-Za-z0-9]{0,31});)?"
)
_SECTION_END = {b"<![CDATA[": b"]]>", b"<!--": b"-->"}
_XML_ENTITIES = frozenset([b"amp", b"lt", b"gt", b"quot", b"apos"])
# No token (an entity, a section's opening) is longer: the last bytes of a chunk wait for the next
_TOKEN_BYTES = 40


class _LenientEntities(ChunkFilter):
    """A feed's bytes with what breaks XML, but a browser reads, made XML: a bare `&` is `&amp;`,
    an HTML entity XML does not define (`&nbsp;`, `&eacute;`) its character's reference
    (`&#160;`), an unknown one (`&foo;`) the text it is. CDATA sections and comments are left as
    they are (a `&` there is text). ASCII-compatible encodings only (UTF-8, Latin-1, cp1252): a
    UTF-16 feed passes through unchanged."""

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__(raw)
        self.carry = b""  # the chunk's last bytes, which may start a token the next chunk ends
        self.section_end: bytes | None = None  # inside a CDATA section or a comment

    def convert(self, chunk: bytes, *, final: bool) -> bytes:
        return self._mend(self.carry + chunk, final=final)

    def _mend(self, data: bytes, *, final: bool) -> bytes:
        limit = len(data) if final else max(0, len(data) - _TOKEN_BYTES)
        out, pos = [], 0
        while pos < limit:
            if self.section_end is not None:
                end = data.find(self.section_end, pos)
                if end < 0:  # the section goes on past this chunk (its end may straddle it)
                    stop = limit if final else max(pos, len(data) - len(self.section_end) + 1)
                    out.append(data[pos:stop])
                    pos = stop
                    break
                out.append(data[pos : end + len(self.section_end)])
                pos, self.section_end = end + len(self.section_end), None
                continue
            m = _ENTITY_OR_SECTION.search(data, pos)  # one that starts before the limit ends in data
            if m is None or m.start() >= limit:
                out.append(data[pos:limit])
                pos = limit
                break
            out.append(data[pos : m.start()])
            token, name = m.group(), m.group(1)
            if token in _SECTION_END:
                self.section_end = _SECTION_END[token]
                out.append(token)
            elif token == b"&":
                out.append(b"&amp;")
            elif name is None or name in _XML_ENTITIES:
                out.append(token)
            elif (char := html.entities.html5.get(name.decode("ascii") + ";")) is not None:
                out.append("".join(f"&#{ord(c)};" for c in char).encode("ascii"))
            else:
                out.append(b"&amp;" + token[1:])
            pos = m.end()
        self.carry = data[pos:]
        return b"".join(out)
