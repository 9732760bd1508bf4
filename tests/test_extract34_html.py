"""extract34: the HTML reader keeps a story that trafilatura took whole where readability took a
box (l3s_gn1 dev pages, read as the digest reads them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.text import RELATED_BOX_HEADING
from newsprism.ingest import read_documents


def _text(shared: Path, page: str) -> str:
    doc = next(iter(read_documents([shared / "data" / "extraction" / "l3s_gn1" / "html" / f"{page}.html"])))
    return extract(doc).text


def test_a_story_printed_as_table_cells_keeps_every_paragraph(shared: Path) -> None:
    # readability took NY1's promo box; the second scorer kept 1 of the story's 4 cells
    text = _text(shared, "abfad90a-57fd-4b89-afa4-4a9a4fd05a83")
    for paragraph in (
        "A driver from Pennsylvania is under arrest after the truck he was driving",
        "The truck hit a divider just before 2 p.m. on the Clearview Expressway",
        "Police say the driver took off, but he was later arrested.",
        "No one was hurt in the crash.",
    ):
        assert paragraph in text


@pytest.mark.parametrize(
    "kept",
    [
        "The long rumoured Xbox Live Arcade port of the N64 classic",
        "If it's ever going to happen, gamers around the world",
    ],
)
def test_a_ticker_of_headlines_is_no_paragraph_of_the_story(shared: Path, kept: str) -> None:
    # readability found nothing; trafilatura's whole page holds the ticker "Epic makes more room
    # for testers | Win tickets to see WrestleMania 24 | ...", 886 of its 958 characters links
    text = _text(shared, "3463f0c3-535d-4435-8395-a48cf3f2232f")
    assert kept in text
    assert "Win tickets to see WrestleMania 24" not in text


def test_the_story_under_its_printed_headline_beats_a_footer_kept_far_below(shared: Path) -> None:
    # l3s_gn1 b8702037: neither extractor took the story (trafilatura the menu, readability the
    # footer); the scorers kept the footer, 105 blocks under "Rocket down Eagles"
    text = _text(shared, "b8702037-fd2d-4e87-bf5d-b1e308c9d2b0")
    assert text.startswith("Geoff Walker and Lucas McKinley each scored in the final five minutes")
    assert "Dean Ouellet, with two, and Robert Slaney scored for Cape Breton." in text
    assert "in more depth than any other newspaper" not in text


def test_a_related_box_closing_the_article_goes_with_its_teasers(shared: Path) -> None:
    text = _text(shared, "a1608707-f62f-48c4-b594-7bc2a1cab3b9")
    assert "Sony is saying the new Skype feature is" in text
    assert "Related Articles" not in text
    assert "According to a release late last night Skype has announced" not in text


def test_a_related_box_inside_the_article_loses_its_heading_only(shared: Path) -> None:
    # 8198035c: "related stories:" under the lead (its teasers left out), 15 paragraphs below
    text = _text(shared, "8198035c-2d3e-4605-a2a4-352d891c965c")
    assert "related stories:" not in text
    assert "Back in 2004, PepsiCo Inc. and Apple forged a similar partnership" in text
    assert "For Amazon.com Inc. the arrangement could mean even more." in text


def test_the_story_age_alone_is_no_paragraph(shared: Path) -> None:
    # 6150b773: "3 days ago" under three teasers' headlines, as a dump's line goes (text.is_age_stamp)
    text = _text(shared, "6150b773-c43b-4232-84b4-a9299a6b1f3b")
    assert "Sacred Heart Cathedral girls" in text
    assert "3 days ago" not in text


@pytest.mark.parametrize(
    ("paragraph", "heading"),
    [
        ("Related Articles", True),  # l3s_gn1 a1608707
        ("Related Posts:", True),  # 3197cc2b
        ("related stories:", True),  # 8198035c
        ("Related:", True),  # cleanportaleval washingtonpost_com_blog1_10
        ("Recommended dose: two tablets a day.", False),  # a paragraph that opens with the word
        ("Related to the case, police said, were two arrests.", False),
    ],
)
def test_a_related_box_heading_is_the_whole_paragraph(paragraph: str, heading: bool) -> None:
    assert (RELATED_BOX_HEADING.fullmatch(paragraph) is not None) is heading
