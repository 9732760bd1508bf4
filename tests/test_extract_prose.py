"""extract.prose: an export's clean article body is kept whole, a page dump is not mistaken for one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.prose import is_clean_body, is_furniture_line, read_clean_text
from newsprism.records import Document

ONE_LINE = (
    "Susan Watts | 18:00 UK time , Saturday , 25 April 2009 Experts are clearly extremely concerned about "
    "the new swine flu virus which the World Health Organisation warned today has the potential to cause a "
    "pandemic . The virus has killed at least 60 people in Mexico ."
)
DUMP = "\n".join(["Home", "News", "Sport", "Weather", "Login", "Share", "Print", "Email"] * 2) + (
    "\n\nThe minister arrived in the capital on Monday for two days of talks with senior officials, a "
    "spokesman said.\n\nRelated stories\nMore news\n"
)


def test_one_line_export_is_kept_whole() -> None:
    doc = Document(
        id="t17", source="docs.jsonl#line 1", content=ONE_LINE, published="2009-04-25", from_record=True
    )
    art = extract(doc)
    assert art.dropped is None
    assert art.text == ONE_LINE and art.published == "2009-04-25" and art.language == "en"


def test_dump_in_a_record_still_goes_through_the_line_classifier() -> None:
    assert not is_clean_body(DUMP, from_record=True)
    assert not is_clean_body(DUMP, from_record=False)


def test_saved_page_is_clean_only_when_every_line_is_prose() -> None:
    assert is_clean_body(ONE_LINE, from_record=False)
    assert not is_clean_body("Short headline\n\n" + ONE_LINE, from_record=False)
    assert is_clean_body("Short headline\n\n" + ONE_LINE, from_record=True)


def test_headline_line_above_prose_becomes_the_title() -> None:
    art = read_clean_text(
        Document(id="x", source="x", content="Flu fears grow\n\n" + ONE_LINE, from_record=True)
    )
    assert art.title == "Flu fears grow" and art.text == ONE_LINE


def test_dateline_gives_place_and_dated_day() -> None:
    text = (
        "WASHINGTON, June 18 (Reuters) - Officials met on Sunday for talks that both sides called useful, "
        "a week after the meeting planned for June 11, 2023 was put off."
    )
    art = read_clean_text(Document(id="d", source="d", content=text, from_record=True))
    assert art.dateline and art.dateline.upper() == "WASHINGTON"
    assert art.published == "2023-06-18" and art.published_source == "dateline"


@pytest.mark.parametrize(
    ("set_path", "share"),
    [
        ("clustering/mixed-dev/docs.jsonl", 0.99),
        ("quotes/basil/docs.jsonl", 0.99),
        ("timelines/t17/docs.jsonl", 0.99),
    ],
)
def test_dev_exports_are_read_as_clean_bodies(shared: Path, set_path: str, share: float) -> None:
    with (shared / "data" / set_path).open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for _, line in zip(range(300), f, strict=False)]
    clean = sum(is_clean_body(t, from_record=True) for t in texts)
    assert clean >= share * len(texts)


def test_dev_dumps_are_not_read_as_clean_bodies(shared: Path) -> None:
    pages = sorted((shared / "data" / "extraction" / "cleanportaleval" / "text").glob("*.txt"))
    pages += sorted((shared / "seeds").glob("*.txt"))
    assert not any(is_clean_body(p.read_text(encoding="utf-8")) for p in pages)


@pytest.mark.parametrize(
    "text",
    [
        "PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach.",
        "The parliament election is over in Turkmenistan.",
    ],
)
def test_short_records_are_kept_whole(text: str) -> None:
    # real ECB+ records: a brief from an export is an article, however short
    art = extract(Document(id="brief", source="docs.jsonl#line 1", content=text, from_record=True))
    assert art.dropped is None
    assert art.title is None and art.text == "\n\n".join(line.strip() for line in text.splitlines())


def test_a_short_record_under_a_date_line_is_kept() -> None:
    # the date line is a stamp (textdate.read_stamp, bare): furniture, its day the published date
    text = "June 06, 2013\nEsther Williams, swimming star, dies at 91"
    art = extract(Document(id="brief", source="docs.jsonl#line 1", content=text, from_record=True))
    assert art.dropped is None
    assert art.title is None and art.text == "Esther Williams, swimming star, dies at 91"
    assert art.published == "2013-06-06"


@pytest.mark.parametrize(
    "line",
    [
        "Advertisement",
        "ADVERTISEMENT",
        "Story continues below advertisement",
        "Article continues",
        "Continue reading the main story",
        "Read more: The Daily coverage of the story.",
        "Click here to read the full report",
        "Sign up for our daily newsletter to get the latest headlines in your inbox.",
        "Follow us on Twitter and Facebook for more updates.",
        "Share this",
        "Print",
        "E-mail",
        "Copyright 2010 The Daily. All rights reserved. This material may not be published.",
        "© Reuters 2008 All rights reserved",
    ],
)
def test_furniture_lines(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "See you there.",  # somebody's words
        "YouTube will...",  # a snippet cut short
        "CONTACT:",  # a label of what follows
        "Share prices fell",
        "Breaking news",
        "Reporting by Jane Doe; editing by John Roe.",  # a credit, part of wire bodies
        "Readers who click through to the report will find advertisements placed by the campaign.",
        "The copyright case was dismissed on Monday.",
    ],
)
def test_not_furniture_lines(line: str) -> None:
    assert not is_furniture_line(line)


def test_furniture_is_neither_body_nor_headline() -> None:
    content = "Advertisement\n\nFlu fears grow\n\nStory continues below advertisement\n\n" + ONE_LINE
    art = read_clean_text(Document(id="f", source="f", content=content, from_record=True))
    assert art.title == "Flu fears grow" and art.text == ONE_LINE
    content = "Advertisement\n\n" + ONE_LINE + "\n\nSign up for our newsletter to get the latest news."
    art = read_clean_text(Document(id="g", source="g", content=content, from_record=True))
    assert art.title is None and art.text == ONE_LINE


def test_furniture_inside_a_sentence_stays() -> None:
    text = "The page showed an Advertisement for the campaign, and readers were asked to read more about it."
    assert read_clean_text(Document(id="h", source="h", content=text, from_record=True)).text == text


def test_markup_saved_as_text_is_read_as_html() -> None:
    # a page saved as text whose <title> was left open: one line that opens with words
    menu = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(30))
    page = (
        "Flu fears grow - The Daily</titl"
        '<script type="text/javascript">var ads = {"pos": 1};</script></head><body>'
        f'<div id="menu"><ul>{menu}</ul></div><div class="article"><h1>Flu fears grow</h1>'
        + "".join(f"<p>{ONE_LINE}</p>" for _ in range(3))
        + "</div></body></html>"
    )
    art = extract(Document(id="m", source="m.txt", content=page))
    assert art.title == "Flu fears grow"
    assert "Experts are clearly extremely concerned" in art.text
    assert "<" not in art.text and "Section 7" not in art.text


def test_prose_line_match_starts_only_at_a_word_start() -> None:
    # a match from inside a word is one from its start too; trying every letter of a long word
    # made is_clean_body quadratic in it (review16: a 50,000-letter first line cost 10 s)
    from newsprism.extract.prose import _PROSE_LINE

    line = "Reporters " + "walked " * 11
    assert _PROSE_LINE.match(line, 0) is not None
    assert _PROSE_LINE.match(line, 1) is None  # "eporters" is no word's start
    assert is_clean_body("x" * 5000 + "\n" + line) is False


BRIEF = [
    "KIEV (AP) - Several people were injured in an attack in the Ukrainian capital on Monday, police said.",
    "Police sealed off the area and searched for more explosives.",
    "The mayor said the city would pay for the repairs.",
]


@pytest.mark.parametrize(
    ("headline", "paragraphs"),
    [("Attack in Kiev -- World", 1), ("Attack in Kiev -- World", 2), (None, 2), (None, 3)],
)
def test_a_saved_wire_brief_is_kept_whole(headline: str | None, paragraphs: int) -> None:
    # the line model of extract.text, learnt on pages wrapped in furniture, found no body in these
    # briefs: they were dropped whole ("no article text found on the page")
    lines = ([headline] if headline else []) + BRIEF[:paragraphs]
    doc = Document(id="brief", source="brief.txt", content="\n\n".join(lines))
    art = extract(doc)
    assert art.dropped is None
    assert art.text == "\n\n".join(BRIEF[:paragraphs])
    assert art.title == ("Attack in Kiev" if headline else None)
    assert art.dateline == "Kiev"
