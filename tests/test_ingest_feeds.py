"""ingest.feeds: RSS 2.0, RSS 1.0 and Atom items; non-feeds and broken feeds reported."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from newsprism.ingest import read_documents
from newsprism.records import Document

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Example World News</title>
  <link>https://example.com/</link>
  <item>
    <title>Blinken arrives in Beijing</title>
    <link>https://example.com/blinken</link>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>US Secretary of State Antony Blinken arrived.</p>]]></content:encoded>
    <pubDate>Wed, 24 Apr 2024 22:30:00 -0400</pubDate>
    <author>desk@example.com (Jane Doe)</author>
    <dc:creator>John Roe</dc:creator>
  </item>
  <item>
    <title>Talks end</title>
    <link>https://example.com/talks</link>
    <description>The talks ended on Friday &amp; both sides spoke.</description>
    <pubDate>Fri, 26 Apr 2024 10:00:00 GMT</pubDate>
  </item>
  <item>
    <title>Only a headline</title>
    <link>https://example.com/headline</link>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Example Atom</title>
  <entry>
    <title>Visit to Beijing</title>
    <link rel="self" href="https://example.com/feed/1"/>
    <link rel="alternate" href="https://example.com/visit"/>
    <id>tag:example.com,2023:1</id>
    <updated>2023-06-20T09:00:00Z</updated>
    <published>2023-06-18T23:10:00+08:00</published>
    <author><name>Jane Doe</name></author>
    <author><name>John Roe</name></author>
    <summary>Summary only.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Full <b>story</b>.</p></div></content>
  </entry>
  <entry>
    <title>Plain entry</title>
    <link href="https://example.com/plain"/>
    <updated>2023-06-21T09:00:00Z</updated>
    <content type="text">Just words, no markup.</content>
  </entry>
</feed>
"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://example.com/"><title>RDF news</title></channel>
  <item rdf:about="https://example.com/r1">
    <title>RDF item</title>
    <link>https://example.com/r1</link>
    <description>An RDF summary.</description>
    <dc:date>2024-04-26</dc:date>
    <dc:creator>Jane Doe</dc:creator>
  </item>
</rdf:RDF>
"""


def read(path: Path) -> list[Document]:
    return list(read_documents([path]))


def test_rss_items(tmp_path: Path) -> None:
    path = tmp_path / "world.xml"
    path.write_text(RSS)
    first, second, third = read(path)
    assert first == Document(
        id="world-1",
        source=f"{path}#item 1",
        kind="html",
        content="<p>US Secretary of State Antony Blinken arrived.</p>",
        url="https://example.com/blinken",
        title="Blinken arrives in Beijing",
        published="2024-04-24",  # the publisher's day, not UTC's
        authors=("Jane Doe", "John Roe"),
        from_record=True,
    )
    assert (second.kind, second.content, second.published) == (
        "text",
        "The talks ended on Friday & both sides spoke.",
        "2024-04-26",
    )
    assert third.error is not None and third.error.startswith("feed item has no content or summary")
    assert (third.title, third.url, third.content) == ("Only a headline", "https://example.com/headline", "")


def test_atom_entries(tmp_path: Path) -> None:
    path = tmp_path / "atom.xml.gz"
    path.write_bytes(gzip.compress(ATOM.encode()))
    first, second = read(path)
    assert first.url == "https://example.com/visit"
    assert first.published == "2023-06-18"  # published wins over updated
    assert first.authors == ("Jane Doe", "John Roe")
    assert first.kind == "html" and "<b>story</b>" in first.content
    assert (second.url, second.kind, second.content, second.published) == (
        "https://example.com/plain",
        "text",
        "Just words, no markup.",
        "2023-06-21",
    )


def test_rss1_rdf_items(tmp_path: Path) -> None:
    path = tmp_path / "rdf.xml"
    path.write_text(RDF)
    (doc,) = read(path)
    assert (doc.id, doc.title, doc.url, doc.published, doc.authors, doc.content) == (
        "rdf-1",
        "RDF item",
        "https://example.com/r1",
        "2024-04-26",
        ("Jane Doe",),
        "An RDF summary.",
    )


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "sitemap.xml"
    path.write_text('<?xml version="1.0"?><urlset><url><loc>https://example.com/</loc></url></urlset>')
    (doc,) = read(path)
    assert doc.error == (
        "not a news feed: the XML's root element is <urlset>, where RSS <rss>, Atom <feed> or RSS 1.0 "
        "<rdf:RDF> was expected"
    )


def test_feed_broken_midway_keeps_the_items_before(tmp_path: Path) -> None:
    path = tmp_path / "cut.xml"
    path.write_text(RSS[: RSS.index("<item>\n    <title>Talks end") + 40])
    docs = read(path)
    assert [d.error is None for d in docs] == [True, False]
    assert docs[1].id == "cut-2"
    assert docs[1].error is not None and docs[1].error.startswith("malformed XML after 1 items")


def test_truncated_gzip_feed(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>n{i}</title><description>story {i} {'word ' * (i % 7)}</description></item>"
        for i in range(5000)
    )
    data = gzip.compress(f"<rss><channel>{items}</channel></rss>".encode())
    path = tmp_path / "big.xml.gz"
    path.write_bytes(data[: len(data) // 2])
    docs = read(path)
    assert len(docs) > 2 and all(d.error is None for d in docs[:-1])
    assert docs[-1].error is not None
    assert docs[-1].error.startswith(("truncated gzip stream after", "malformed XML after"))


@pytest.mark.parametrize(("data", "error"), [(b"", "empty file"), (b"<rss><channel>", "malformed XML: ")])
def test_empty_and_unfinished_feeds(tmp_path: Path, data: bytes, error: str) -> None:
    path = tmp_path / "f.xml"
    path.write_bytes(data)
    (doc,) = read(path)
    assert doc.error is not None and doc.error.startswith(error)


def test_entities_are_not_resolved(tmp_path: Path) -> None:
    path = tmp_path / "evil.xml"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        "<rss><channel><item><title>t</title><description>a &x; b</description></item></channel></rss>"
    )
    docs = read(path)
    assert all("root:" not in d.content for d in docs)


def test_an_item_date_that_cannot_be_read_is_noted(tmp_path: Path) -> None:
    path = tmp_path / "odd.xml"
    path.write_text(RSS.replace("Wed, 24 Apr 2024 22:30:00 -0400", "the day before yesterday", 1))
    first, second, _ = read(path)
    assert first.published is None
    assert len(first.notes) == 1 and "<pubDate>" in first.notes[0] and "day before" in first.notes[0]
    assert second.notes == ()


@pytest.mark.parametrize(
    ("dates", "named"),
    [
        ("<pubDate></pubDate><dc:date>someday</dc:date>", "<date>"),
        ("<pubDate> </pubDate><pubDate>someday</pubDate>", "<pubDate>"),
        ("<dc:date/><updated>someday</updated>", "<updated>"),
    ],
)
def test_an_empty_date_element_does_not_hide_a_later_unread_one(
    tmp_path: Path, dates: str, named: str
) -> None:
    # review16's case: the first date element empty, a later one unreadable; the note names the
    # element that held the value
    path = tmp_path / "d.xml"
    path.write_text(
        '<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><item><title>T</title>'
        f"{dates}<description>Body text.</description></item></channel></rss>"
    )
    (doc,) = read(path)
    assert doc.published is None
    assert len(doc.notes) == 1 and named in doc.notes[0] and "someday" in doc.notes[0]
