"""extract33: an author's box opens on the byline's names as whole words: a word that only opens
on the given name ("Edinburgh-based" under "Ed Smith") or on the surname ("Smithers") is none. A
press release's closing "About <company>" block is the story's (the gold keeps it): it stays."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.extract import extract
from newsprism.extract import text as text_reader
from newsprism.extract.html import _without_author_box
from newsprism.extract.text import _drop_author_box
from newsprism.records import Article, Document


def _record(text: str) -> Article:
    return extract(Document(id="t", source="t.jsonl", kind="text", content=text, from_record=True))


_STORY = "The council approved the budget on Tuesday after a three-hour debate over the library's future."


@pytest.mark.parametrize(
    "closing",
    [
        # the given name opens a longer word that is no name
        "Edinburgh-based Smith & Partners, the council's lawyers, advised against the sale of the site.",
        # the surname opens a longer name
        "Ed Smithers, the council's finance chief, warned that reserves would run out within two years.",
    ],
)
def test_a_word_opening_on_the_bylines_name_is_no_author_box(closing: str) -> None:
    mask = np.array([True, True])
    _drop_author_box([_STORY, closing], mask, ("Ed Smith",))
    assert mask.tolist() == [True, True]
    text = f"{_STORY}\n\n{closing}"
    assert _without_author_box(text, ("Ed Smith",)) == text


@pytest.mark.parametrize(
    "box",
    [
        "Ed Smith has covered the city council for the paper since 1998 and lives in Leith.",
        # the given name written out, a middle initial
        "Edward J. Smith has covered the city council for the paper since 1998 and lives in Leith.",
        "ED SMITH has covered the city council for the paper since 1998 and lives in Leith.",
    ],
)
def test_the_bylines_author_box_still_goes(box: str) -> None:
    mask = np.array([True, True])
    _drop_author_box([_STORY, box], mask, ("Ed Smith",))
    assert mask.tolist() == [True, False]
    assert _without_author_box(f"{_STORY}\n\n{box}", ("Ed Smith",)) == _STORY


def test_a_press_releases_about_block_stays() -> None:
    # l3s_gn1 b09fe710's shape (made up words): the gold keeps "About <company>" and its paragraph
    release = (
        "Acme Navigation will add five new units to its RoadStar series of entry-level vehicle "
        "navigation devices this spring, the company said on Monday.\n\n"
        '"We are excited about the breadth of what we are bringing to drivers this year," said Nels '
        "Carter, the company's chief executive.\n\n"
        "About Acme Navigation\n\n"
        "Acme Navigation makes portable navigation and positioning devices for drivers, hikers and "
        "business fleets. The company is based in San Dimas, California."
    )
    article = _record(release)
    assert article.text.endswith("The company is based in San Dimas, California.")
    assert "About Acme Navigation" in article.text
    html = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in release.split("\n\n"))
        + "</article></body></html>"
    )
    page = extract(Document(id="t", source="t.html", kind="html", content=html))
    assert page.text.endswith("The company is based in San Dimas, California.")


_BODY = [
    "Officials will meet today to plan the state funeral of the mountaineer, expected to be held on "
    "January 22 at a small church next to the city's cathedral.",
    "He died in the city on Friday, aged 88, after a short illness, his family said in a statement.",
    "The prime minister announced some details of the funeral after a two-hour meeting with his widow.",
]


def _unnamed_bio_page(bio: str) -> str:
    return "Funeral plans set\n\n" + "\n\n".join(_BODY) + "\n\n" + bio + "\n"


@pytest.mark.parametrize(
    "bio",
    [
        # cleanportaleval tv_msnbc_com_news_11, l3s_gn1 1b3baca6
        "Sal Gentile is a senior producer for Up w/ Steve Kornacki.",
        "Justine Brian is national administrator of the UK schools debating competition, Debating Matters.",
    ],
)
def test_a_closing_bio_of_someone_the_story_never_names_goes(bio: str) -> None:
    page = _unnamed_bio_page(bio)
    assert _text_article(page).text.endswith("meeting with his widow.")
    text = "\n\n".join([*_BODY, bio])
    assert _without_author_box(text, ()) == "\n\n".join(_BODY)


@pytest.mark.parametrize(
    "closing",
    [
        # a person the story quotes, named above
        "Jane Lee is a professor of economics at the university.",
        # a body, not a person
        "The House is expected to vote on the legislation on Wednesday.",
    ],
)
def test_a_closing_line_about_someone_the_story_names_stays(closing: str) -> None:
    body = [*_BODY[:2], '"It was a life well lived," said Jane Lee, who knew him for 40 years.']
    text = "\n\n".join([*body, closing])
    assert _without_author_box(text, ()) == text


def _text_article(content: str) -> Article:
    return extract(Document(id="t", source="t.txt", kind="text", content=content))


# l3s_gn1 2205dc57's shape: the headline read from the title line, the line model keeping a menu line
# far above the headline printed over the story, with its date line under it
_PRINTED = [
    "TV3 > News > National News > Story > Officials get down to planning Sir Ed's state funeral",
    "Home",
    "pick your region ---------------- Alexandra Ashburton Auckland Blenheim Christchurch Dannevirke",
    "National News",
    "Officials get down to planning Sir Ed's state funeral",
    "Sun, 13 Jan 2008 10:15a.m.",
    "Officials will meet today to plan details of the state funeral of Sir Edmund Hillary expected to be "
    "held on January 22 at St Mary's, a small church which neighbours Auckland's Cathedral.",
    "Sir Ed, the New Zealander who conquered Mt Everest, died in Auckland on Friday, aged 88.",
]
_HEADLINE = "Officials get down to planning Sir Ed's state funeral"


def test_kept_lines_above_the_printed_headline_and_its_header_go() -> None:
    mask = np.array([False, False, True, False, False, False, True, True])
    assert text_reader._drop_above_printed_headline(_PRINTED, mask, _HEADLINE, 0)
    assert mask.tolist() == [False] * 6 + [True, True]


def test_a_headline_printed_in_a_related_box_under_the_lead_keeps_the_lead() -> None:
    # l3s_gn1 5e69c0cd's shape: the lead, a related box printing the headline, the story goes on
    lines = [
        "For Astronaut, a Frustrating Wait",
        "CHICAGO -- Astronaut Daniel Tani had hoped to spend Christmas with his family, but that was before "
        "fuel tank problems scrapped two scheduled December launches.",
        "This Story",
        "For Astronaut, a Frustrating Wait",
        "Tani's mother, Rose, was killed Dec. 19 at a railroad crossing in Lombard, Ill.",
        "NASA has said this makes Tani the first American to lose a close family member while in space.",
    ]
    mask = np.array([False, True, False, False, True, True])
    assert not text_reader._drop_above_printed_headline(lines, mask, lines[0], 0)
    assert mask.tolist() == [False, True, False, False, True, True]


def test_more_kept_text_above_the_printed_headline_than_below_stays() -> None:
    lines = [*_PRINTED[:2], *_PRINTED[6:], *_PRINTED[3:6], "Watch the video."]
    mask = np.array([False, False, True, True, False, False, False, True])
    assert not text_reader._drop_above_printed_headline(lines, mask, _HEADLINE, 0)
    assert mask.tolist() == [False, False, True, True, False, False, False, True]
