"""extract39: the lists under a colon kept to their items (no toolbar's label, no photo credits, no ad
label past an HTML list's end, no lead-in to nothing), a post's code listing on a page cut short, and
a page cut right after a start tag with its boxes closed."""

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


def test_a_toolbars_label_with_a_colon_leads_no_list(shared: Path) -> None:
    # "E-mail Toolbar" / "Shape public opinion:" / "What's this?" / "Talkbacks for this article: 18"
    text = extract(_page(shared, "extraction/l3s_gn1", "552fe66a-bcde-47b4-bc3d-3aed14727e6e")).text
    assert "Talkbacks for this article" not in text
    assert "Amid Israeli security concerns" in text


def test_photo_credits_under_a_colon_are_no_items(shared: Path) -> None:
    # the post leads into its photos with a colon; a "© NAME" credit stands under each
    text = extract(_page(shared, "dates/htmldate", "blogs_taz_de-FKK")).text
    assert "© Jan Bechberger" not in text
    assert "Fotograf*innen:\n\nFred Hüning" in text  # the list of photographers stays
    assert "Jan Bechberger" in text


def test_an_html_list_under_a_colon_ends_with_its_items(shared: Path) -> None:
    # a list of criteria (<li>s), then an ad's "Anzeige:" label in a <div>
    text = extract(_page(shared, "dates/htmldate", "focus_de-geldanlage")).text
    assert "Mindestanlage\n\nAuswahl bei der Kapitalanlage\n\nNeukundenprämie" in text
    assert "Anzeige:" not in text


def test_a_lead_in_to_nothing_the_page_holds_as_text_goes(shared: Path) -> None:
    # "Sehen Sie sich hier den Livenet-Talk ... an:" over a video, then a book box's "Zum Buch:"
    text = extract(_page(shared, "dates/htmldate", "livenet_ch-sprache")).text
    assert "Zum Buch:" not in text


def test_a_posts_code_listing_stays_on_a_page_cut_short(shared: Path) -> None:
    # the Arduino sketch under the post's "Software" heading, between two paragraphs of prose
    doc = _cut_after_tag(_page(shared, "dates/htmldate", "hobby-werkstatt-blog_de_roomba"), 0.75)
    assert cut_short(doc.content) == IN_TEXT
    text = extract(doc).text
    assert "#include <IRremote.h>" in text
    assert "Nun muss das Ganze nur noch zusammen gelötet" in text


def test_a_page_cut_right_after_a_start_tag_is_cut_short() -> None:
    page = "<html><head><title>T</title></head><body><div id='menu'></div><ul><li><a href='/news'>"
    assert cut_short(page) == IN_TEXT
    assert cut_short(page + "News</a></li></ul>") is None  # an end tag: read as a page that omits </body>
    assert cut_short(page.replace("<a href='/news'>", "<img src='x.png'>")) is None  # a void element


@pytest.mark.parametrize("share", [0.5, 0.75])
def test_menus_above_a_cut_after_a_start_tag_are_no_story(shared: Path, share: float) -> None:
    # Sports Illustrated's page cut inside its menus' links, every <div> and <table> closed:
    # "Get SI's LSU TIGERS Championship Package FREE!", "Subscribe to SI", ... were kept
    doc = _cut_after_tag(_page(shared, "extraction/l3s_gn1", "6c414d50-1d83-4867-a602-137cbb4c5531"), share)
    assert cut_short(doc.content) == IN_TEXT
    article = extract(doc)
    assert article.text == ""
    assert article.dropped == CUT_SHORT.format(inside=IN_TEXT)
