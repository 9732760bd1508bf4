"""extract37: the HTML reader's text under the headline printed below its first paragraph (what
the body scorer kept above it is the page's: a gallery's captions, a breadcrumb, an address box),
and a page cut short inside a <style>, a comment or its text as one cut inside a <script>
(extract36): its article text above the cut, or dropped saying where it was cut."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.html import CUT_IN_SCRIPT, CUT_SHORT, cut_short
from newsprism.ingest.sources import read_documents
from newsprism.records import Document


def _page(shared: Path, folder: str, page: str) -> Document:
    return next(iter(read_documents([shared / "data" / folder / "html" / f"{page}.html"])))


def _l3s(shared: Path, page: str) -> Document:
    return _page(shared, "extraction/l3s_gn1", page)


def test_the_captions_over_the_printed_headline_go(shared: Path) -> None:
    # three photo captions of the gallery over the CTV story's headline, its date line and credit
    article = extract(_l3s(shared, "79bc594a-ae6d-4549-833a-cd74270619a2"))
    assert "Ontario Premier Dalton McGuinty meets with" not in article.text
    assert "Economy dominates premiers' meeting with PM" not in article.text
    paragraphs = article.text.split("\n\n")
    assert any(p.startswith("The economy dominated a working dinner") for p in paragraphs[:3])


@pytest.mark.parametrize(
    ("page", "opening"),
    [
        # the Patriot Ledger's address box ("400 Crown Colony Drive", "P.O. Box 699159") over its review
        ("efee8480-f7e3-417c-bc04-76b12186761f", "Tom Wilkinson, left, is the rich uncle"),
        # a breadcrumb, "Home » Sports » Pro Sports »"
        ("63fc89f8-2608-4d2b-bf98-10af0d4cbb3c", "PITTSBURGH - Fred Taylor isn't worried"),
        # "View seven day Editorial Archive for previous Winnipeg Free Press stories." and the
        # date line under the headline
        ("fcb21363-2eb4-4cd8-8416-3a18a6bb1b76", "David Asper's plan to build a new $145-million stadium"),
    ],
)
def test_the_text_opens_under_the_printed_headline(shared: Path, page: str, opening: str) -> None:
    assert extract(_l3s(shared, page)).text.startswith(opening)


def test_a_quoted_headline_under_the_deck_is_the_storys_line(shared: Path) -> None:
    # the control: the Canadian Blood Services release quotes its headline under its deck
    # ("Canadian Blood Services asks" / "Canadians age 24-40"), which its gold keeps
    article = extract(_l3s(shared, "e57a9f8c-1c9a-43f7-8cd5-a36c9eb205ff"))
    assert "Canadian Blood Services asks" in article.text
    assert '"How many lives can you save in 2008?"' in article.text


def test_a_lead_above_a_crosshead_read_as_the_headline_stays(shared: Path) -> None:
    # the control: vegolosi's headline was read from a crosshead ("Il Climate Clock"); the lead above
    # it is prose of several sentences and stays
    article = extract(_page(shared, "dates/htmldate", "vegolosi_it_climate"))
    assert "Non c’è più tempo. O, almeno, ce n’è sempre di meno." in article.text


_STYLE = re.compile(r"<style\b[^>]*>(.*?)</style", re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def _cut_in_longest(doc: Document, element: re.Pattern[str]) -> Document:
    """The page up to the middle of its longest style or comment."""
    longest = max(element.finditer(doc.content), key=lambda m: len(m.group(1)))
    return replace(doc, content=doc.content[: (longest.start(1) + longest.end(1)) // 2])


def test_a_page_cut_inside_a_style_keeps_no_code(shared: Path) -> None:
    # CNET's page stops in its longest style (1,061 of 49,544 characters), above the story: the
    # reader kept its search script's code ("function sendSearchHelper(searchURL, ...") as the text
    cut = _cut_in_longest(_l3s(shared, "9b2817f5-6ff9-4322-94a6-ffcf25cd3264"), _STYLE)
    assert cut_short(cut.content) == "a <style>"
    article = extract(cut)
    assert article.text == ""
    assert article.dropped == CUT_SHORT.format(inside="a <style>")


def test_a_page_cut_inside_a_comment_keeps_no_menu(shared: Path) -> None:
    # internet.com's page stops in its longest comment, above the story: the reader kept the
    # network's menu ("IT", "internet.com/IT", "internet.com/CIO", ...) and its code
    cut = _cut_in_longest(_l3s(shared, "08ba0529-e9b2-4cbb-b780-470055603d9e"), _COMMENT)
    assert cut_short(cut.content) == "an HTML comment"
    article = extract(cut)
    assert article.text == ""
    assert "inside an HTML comment" in (article.dropped or "")


def test_a_page_cut_inside_its_text_keeps_no_code(shared: Path) -> None:
    # Planet Rugby's page cut at half its length, in its markup: the reader kept its HitBox
    # counter's code ("var _hbEC=0,_hbE=new Array;function _hbEvent(a,b){...") as the text
    doc = _l3s(shared, "c9d789b5-3d29-4234-9a30-ccfb37870b8d")
    cut = replace(doc, content=doc.content[: len(doc.content) // 2])
    assert cut_short(cut.content) == "its markup or text"
    article = extract(cut)
    assert "_hbEvent" not in article.text
    assert article.dropped == CUT_SHORT.format(inside="its markup or text")


@pytest.mark.parametrize("page", ["Osthessen-news_de-Buergermeisterwahl", "blogs_taz_de-FKK"])
def test_a_page_that_closes_neither_body_nor_html_but_ends_on_a_tag_is_whole(shared: Path, page: str) -> None:
    # the two dev pages without </body> or </html>: they end on a comment and a script's end tag
    doc = _page(shared, "dates/htmldate", page)
    assert cut_short(doc.content) is None
    assert extract(doc).dropped is None


_SCRIPT = re.compile(r"<script[^>]*>(.*?)</script", re.IGNORECASE | re.DOTALL)


def test_a_menu_with_a_tagline_above_the_cut_is_no_story(shared: Path) -> None:
    # the news blog's page cut in its longest script keeps its menus and archive lists, one line of
    # which ends as a sentence ("News Blog, Breaking News, India News, ... and Health News."): the
    # reader kept the 75 menu lines as the story
    doc = _l3s(shared, "045cb317-60ad-454d-add8-3baa40789258")
    longest = max(_SCRIPT.finditer(doc.content), key=lambda m: len(m.group(1)))
    article = extract(replace(doc, content=doc.content[: (longest.start(1) + longest.end(1)) // 2]))
    assert article.text == ""
    assert article.dropped == CUT_IN_SCRIPT


def test_a_story_cut_in_its_lead_keeps_the_lead(shared: Path) -> None:
    # the AP story cut at half the page, inside its lead's second sentence: the whole sentence
    # above the cut (and the photo's caption) is prose, and the story's top is kept (the reader
    # dropped it as holding no article text: no paragraph ended as a sentence)
    doc = _l3s(shared, "224aa27e-f2e2-41fb-97d5-13dc6df57cd6")
    article = extract(replace(doc, content=doc.content[: len(doc.content) // 2]))
    assert article.dropped is None
    assert "He told Israel to dismantle unauthorized settlement outposts" in article.text


@pytest.mark.parametrize(
    ("page", "credit"),
    [
        (
            "56062aa5-b833-4f50-a1f0-77e75ca29c2c",
            "Staff and agencies",
        ),  # the Guardian's, under the standfirst
        ("335b5036-2fad-4c9e-835b-a46b4a1c0e62", "AP Golf Writer"),
        ("c06818a7-b438-4fda-bfd5-ddafbf51e063", "United Press International"),
    ],
)
def test_a_credit_at_the_top_of_the_text_goes(shared: Path, page: str, credit: str) -> None:
    article = extract(_l3s(shared, page))
    assert credit not in article.text.split("\n\n")
    assert len(article.text) > 1000


def test_a_line_that_introduces_a_release_stays(shared: Path) -> None:
    # the control: the WSJ blog's "This is the press release:" (gold keeps it) ends on a colon
    article = extract(_page(shared, "extraction/cleanportaleval", "blogs_wsj_com_brussels_05"))
    assert "This is the press release:" in article.text.split("\n\n")
