"""extract40: a page cut short below another page's markup printed whole inside it (an ad's frame, a
poll's "<html><body><hr></body></html>") is read as cut: those end tags close that page, not this
one; and a server's error messages printed over a cut page ("... on line 56") read as code."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.html import CUT_SHORT, IN_TEXT, cut_short
from newsprism.ingest.sources import read_documents
from newsprism.records import Document


def _page(shared: Path, folder: str, page: str) -> Document:
    return next(iter(read_documents([shared / "data" / folder / "html" / f"{page}.html"])))


def _cut_after_tag(doc: Document, share: float) -> Document:
    """The page cut right after the first tag's end past `share` of its length."""
    at = doc.content.index(">", int(len(doc.content) * share))
    return replace(doc, content=doc.content[: at + 1])


@pytest.mark.parametrize(
    ("page", "share"),
    [("b7350689-bad9-4119-931e-f89b8f72dbac", 0.25), ("fffdcc2c-4c1b-496f-882a-baa8bacd2857", 0.75)],
)
def test_a_cut_below_a_nested_page_keeps_no_menus(shared: Path, page: str, share: float) -> None:
    doc = _cut_after_tag(_page(shared, "extraction/l3s_gn1", page), share)
    assert cut_short(doc.content) == IN_TEXT
    article = extract(doc)
    assert article.text == ""
    assert article.dropped == CUT_SHORT.format(inside=IN_TEXT)


def test_a_cut_below_a_nested_page_keeps_the_story_above_it(shared: Path) -> None:
    doc = _cut_after_tag(_page(shared, "extraction/l3s_gn1", "c4957377-e321-402c-939f-6641657b3241"), 0.5)
    assert cut_short(doc.content) == IN_TEXT
    assert extract(doc).text.startswith("England bowling ace Sajid Mahmood will soon be turning his hand")


NESTED = (
    "<html><head><title>Poll</title></head><body><div><p>Should the council close the road?</p>"
    "<table><tr><td><html><body><hr></body></html></td></tr></table>"
    "<p>The council will vote on Tuesday on a plan to close the road to traffic for the summer.</p>"
    "<div class='more'><a href='/a'>One</a>"
)


def test_end_tags_of_a_page_printed_inside_close_only_that_page() -> None:
    assert cut_short(NESTED) == IN_TEXT
    assert cut_short(NESTED + "</div></div></body></html>") is None  # control: the page closed


def test_end_tags_written_by_a_script_still_close_a_whole_page(shared: Path) -> None:
    # control: l3s_gn1 c59551c4 closes its <html> only in document.write(), and is whole
    doc = _page(shared, "extraction/l3s_gn1", "c59551c4-da84-4371-ad98-053bd0abb801")
    assert cut_short(doc.content) is None
    assert extract(doc).dropped is None


def test_server_errors_over_a_cut_page_are_code(shared: Path) -> None:
    # "Strict Standards: ... in /www/htdocs/.../wp-db.php on line 56" x17 over the post
    doc = _cut_after_tag(_page(shared, "dates/htmldate", "einfachspanien_de_malaga"), 0.5)
    article = extract(doc)
    assert article.text.startswith("Spanien hat als Reiseland eine Menge zu bieten.")
    assert "on line" not in article.text
