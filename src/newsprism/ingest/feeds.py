"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds (.xml, possibly gzipped) -> one Document per item.

    read_feed(path, stem) -> Iterator[Document]

Each item gives: its full content (content:encoded, Atom content) else its summary (description,
Atom summary) as the Document's content, kind "html" when that holds markup else "text"; its link
as `url`; `title`; the first of published/pubDate/dc:date/updated as `published` (YYYY-MM-DD);
its author(s). Ids are `<feed stem>-<item number>` (1-based), the source `path#item N`.

Parsed with lxml's iterparse, clearing each item once read, so a large feed streams. Entities are
not resolved and nothing is fetched. A file that is XML but not a feed, an item with no text, a
feed that breaks off: each yields one Document with `error` set, after the items read before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from lxml import etree

from newsprism.ingest.dates import container_date, unread_date
from newsprism.ingest.streams import (
    MAX_DOCUMENT_BYTES,
    STREAM_ERRORS,
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
    items = 0

    def stopped(error: str) -> Document:
        return Document(id=f"{stem}-{items + 1}", source=f"{path}#item {items + 1}", error=error)

    if input_size(path) == 0:
        yield Document(id=stem, source=str(path), error="empty file")
        return
    try:
        with open_input(path) as f:
            events = etree.iterparse(
                f, events=("start", "end"), resolve_entities=False, no_network=True, remove_comments=True
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
                    items += 1
                    yield _item_document(el, f"{stem}-{items}", f"{path}#item {items}")
                    el.clear()  # the item is read: free it and what came before it
                    while el.getprevious() is not None:
                        del el.getparent()[0]
    except etree.XMLSyntaxError as e:
        yield stopped(f"malformed XML after {items} items: {e.msg}; the items before it were read")
    except STREAM_ERRORS as e:
        reason = (
            f"truncated gzip stream after {items} items"
            if isinstance(e, EOFError)
            else describe_stream_error(e)
        )
        yield stopped(f"{reason}; the items before it were read")
