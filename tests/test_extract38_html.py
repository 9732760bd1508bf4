"""extract38: the HTML reader's text under a press release's printed headline with a wire's address
line above it, a page cut right after a tag (no closing tags) read as cut short, and the lists an
article leads into with a colon."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from newsprism.extract import extract
from newsprism.extract.html import CUT_SHORT, IN_TEXT, cut_short
from newsprism.ingest.sources import read_documents
from newsprism.records import Document


def _l3s(shared: Path, page: str) -> Document:
    folder = shared / "data" / "extraction" / "l3s_gn1" / "html"
    return next(iter(read_documents([folder / f"{page}.html"])))


def _cut_after_tag(doc: Document, share: float) -> Document:
    """The page cut right after the first tag's end past `share` of its length."""
    at = doc.content.index(">", int(len(doc.content) * share))
    return replace(doc, content=doc.content[: at + 1])


def test_a_wires_address_line_over_the_printed_headline_goes(shared: Path) -> None:
    # Canada NewsWire's "Attention National/.../Online Editors:" over the release's headline: the
    # text starts under the headline, as the gold does
    article = extract(_l3s(shared, "92474c42-9ea3-4219-a996-e5e9fed60db3"))
    assert "Editors:" not in article.text
    assert article.text.startswith("Variety of Zune players, Zune software")


def test_a_page_cut_right_after_a_tag_is_cut_short() -> None:
    page = "<html><head><title>T</title></head><body><div id='menu'><ul><li>Home</li><li>News</li></ul>"
    assert cut_short(page) == IN_TEXT
    assert cut_short(page + "</div>") is None  # its boxes closed: a page that omits </body>


def test_menus_above_a_cut_right_after_a_tag_are_no_story(shared: Path) -> None:
    # a soccer news page cut after a tag at half its length: its menus and ticker
    # ("Skip to main content", "news for your site", "tickets", ...) were kept as the text
    doc = _cut_after_tag(_l3s(shared, "82f835a8-1201-4b6e-a2c5-9e7b34b3c74e"), 0.5)
    assert cut_short(doc.content) == IN_TEXT
    article = extract(doc)
    assert article.text == ""
    assert article.dropped == CUT_SHORT.format(inside=IN_TEXT)


def test_the_list_under_a_lead_in_with_a_colon_stays(shared: Path) -> None:
    # CTV's "Alberta Premier Ed Stelmach said topics included:" over three <li>s: the scorers
    # kept the last item alone ("and labour shortages.")
    text = extract(_l3s(shared, "79bc594a-ae6d-4549-833a-cd74270619a2")).text
    assert (
        "Alberta Premier Ed Stelmach said topics included:\n\nlower business taxes;\n\n"
        "research and development investment;\n\nand labour shortages." in text
    )


def test_an_ap_storys_links_on_the_net_stay_and_its_copyright_goes(shared: Path) -> None:
    text = extract(_l3s(shared, "b5897149-9e36-42a5-b5da-c6e44d719c4d")).text
    assert text.endswith(
        "On the Net:\n\nSwitch grass report in Proceedings of the National Academy of Sciences: "
        "http://tinyurl.com/2ar4ss\n\nUSDA Agricultural Research Service: http://ars.usda.gov\n\n"
        "University of Nebraska's Institute of Agriculture and Natural Resources: http://ianr.unl.edu"
    )


def test_a_clinic_list_under_a_colon_stays(shared: Path) -> None:
    # Canadian Blood Services' clinics under "one of the following clinic locations:": the
    # reader kept one address line of them
    text = extract(_l3s(shared, "e57a9f8c-1c9a-43f7-8cd5-a36c9eb205ff")).text
    assert "Chinguacousy Wellness Centre" in text
    assert "St. Mary's CatholicSchool" in text
