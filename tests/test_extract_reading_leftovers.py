"""Session 18's reading leftovers (extract21): a brief's headline keeps its speaker, a brief of one
short sentence is an article, a publication note and a bare date line leave the body, a dateline
under the body's anchor is judged as one over it, and a dateline's place has one form."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.extract import extract
from newsprism.extract.text import _dateline_below, brief_headline
from newsprism.extract.textdate import parse_dateline, place_case, read_stamp, strip_publication_note
from newsprism.records import Document

BRIEF = [
    "LONDON (Reuters) - Newcastle United's owner said on Monday the club would not sell its captain.",
    "The club has turned down two offers for the midfielder this month.",
]


def _brief(*lines: str, record: bool = False) -> Document:
    return Document(id="b", source="b.txt", content="\n\n".join(lines), from_record=record)


@pytest.mark.parametrize(
    "headline",
    [
        "McCarthy is not for sale - Hughes",  # the speaker of a quote headline
        "Microsoft won't launch iPhone rival - report",  # its source
        "Sir Edmund Hillary - the mountaineering legend",  # a deck
        "Bush expedites Saudi smart bomb deal — Why?",
        "MOVIE REVIEW - Murder and morals collide in Allen's 'Dream'",  # a kicker
    ],
)
def test_a_briefs_headline_keeps_a_part_that_names_no_site(headline: str) -> None:
    # the brief's first line was cut as a page's title line is, losing "- Hughes" (10 of the 14
    # wrong titles of extract18's "headline + 2" briefs)
    assert extract(_brief(headline, *BRIEF)).title == headline


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        ("Attack in Kiev -- World", "Attack in Kiev"),  # a section
        ("Attack in Kiev | Reuters", "Attack in Kiev"),  # an agency
        ("Attack in Kiev - BBC News", "Attack in Kiev"),  # an outlet word
        ("Attack in Kiev — MSNBC", "Attack in Kiev"),  # a name in capitals after the headline
        ("Gill: Glazers have been vindicated - Halifax Today", "Gill: Glazers have been vindicated"),
        ("Shaun Edwards on board with Wales - icWales", "Shaun Edwards on board with Wales"),  # a brand
        ("WTC owner to pay millions in fines -- dailypress.com", "WTC owner to pay millions in fines"),
        ("The Canadian Press: NHL roundup: Sunday's action", "NHL roundup: Sunday's action"),
    ],
)
def test_a_briefs_title_line_loses_its_site(line: str, headline: str) -> None:
    assert brief_headline(line) == headline
    assert extract(_brief(line, *BRIEF)).title == headline


def test_a_brief_of_one_short_sentence_is_an_article() -> None:
    # 8 and 9 words: under a prose line's 12 they were dropped ("no article text found")
    for sentence in (
        "The Golden Globes full-scale telecast has been canceled.",
        "Israel midfielder Tamir Cohen has agreed terms with Bolton.",
    ):
        for lines in ((sentence,), ("Cohen set for Bolton switch", sentence)):
            art = extract(_brief(*lines))
            assert art.dropped is None
            assert art.text == sentence
            assert art.title == (lines[0] if len(lines) == 2 else None)


def test_a_short_line_alone_is_still_no_article() -> None:
    # a credit, a greeting, a deck: fewer than LEAD_MIN_WORDS words
    for line in ("Courtesy of International Paper Co.", "Welcome to Ask The Post."):
        assert extract(_brief(line)).dropped is not None


def test_a_publication_note_leaves_the_paragraph() -> None:
    note = (
        "ORIGINALLY PUBLISHED JANUARY 2021: In the months leading up to the November election, Parler grew."
    )
    assert strip_publication_note(note) == "In the months leading up to the November election, Parler grew."
    art = extract(_brief(note, "The giants of social media had been slower to act.", record=True))
    assert art.text.startswith("In the months leading up")
    # an update note says what changed, and stays; a byline is no note
    for line in (
        "Updated | Thursday, August 30: Includes additional comments from Roy during the program.",
        "Posted by: Travis on Jan 1, 2008",
    ):
        assert strip_publication_note(line) == line


def test_an_originally_published_stamp_is_a_stamp() -> None:
    is_stamp, day = read_stamp("Originally published 05 / 03 / 2013 at 10: 20 AM EDT")
    assert is_stamp and day is not None and day.isoformat() == "2013-05-03"
    lead = "Lindsay Lohan checked into the Betty Ford Clinic in Rancho Mirage, Calif., on Thursday night."
    art = extract(_brief("Originally published 05 / 03 / 2013 at 10: 20 AM EDT", lead, record=True))
    assert art.text == lead


def test_a_bare_date_line_over_a_dumps_body_leaves_it() -> None:
    # l3s_gn1 c3a8e424: the gold body has no "11/01/2008 - 2:35:41 PM"
    paragraph = (
        "Derby manager Paul Jewell is likely to hand debuts to a number of players for tomorrow's "
        "visit of his former club Wigan to Pride Park, the club said on its website."
    )
    content = "\n".join(
        [
            "Derby County News",
            "Home | Fixtures | Results",
            "",
            "Trio set for Derby debuts",
            "",
            "11/01/2008 - 2:35:41 PM",
        ]
        + [paragraph] * 6
    )
    art = extract(Document(id="d", source="d.txt", content=content))
    assert "2:35:41" not in art.text
    assert art.text.startswith("Derby manager")


def test_a_dateline_under_the_anchor_is_judged_as_one_over_it() -> None:
    lines = ["A photo caption over the first paragraph of the story today", "SPORTS --", "The council voted."]
    mask = np.ones(3, bool)
    assert _dateline_below(lines, mask, 0) is None  # a section's label, alone on its line
    lines[1] = "RENO, Nev. --"
    dl = _dateline_below(lines, mask, 0)
    assert dl is not None and dl.place == "Reno, Nev."


def test_a_datelines_place_has_one_form() -> None:
    assert place_case("FERGUSON, Mo.") == "Ferguson, Mo."
    assert place_case("GAZA CITY, Gaza Strip") == "Gaza City, Gaza Strip"
    assert place_case("NEW YORK, USA") == "New York, USA"
    assert place_case("Washington") == "Washington"
    for line, place in (
        (
            "FERGUSON, Mo. -- Police said on Monday that the officer had been placed on leave.",
            "Ferguson, Mo.",
        ),
        ("LONDON (Reuters) - The Bank of England held rates.", "London"),
    ):
        dl = parse_dateline(line)
        assert dl is not None and dl.place == place


@pytest.mark.parametrize(
    "lines",
    [
        # l3s_gn1 ad3bd9fa: under its headline the dateline's 4-word sentence made no brief (it
        # counted only as the first line); the line model then dropped the text
        (
            "Lassen: There's much to learn about Illinois",
            "ANAHEIM — So, meet Illinois.",
            "OK, some of you are probably saying that you know Illinois already, the state next to Indiana.",
        ),
        # l3s_gn1 f9bc00f1: a sentence may open on a brand written in lower case
        (
            "iTunes does movie deal with Fox",
            "Twentieth Century Fox and Apple say they will do a deal which allows movie rentals through iTunes.",
            "iTunes is Apple's online music store.",
        ),
    ],
)
def test_a_briefs_short_sentences_are_body(lines: tuple[str, ...]) -> None:
    art = extract(_brief(*lines))
    assert art.dropped is None
    assert art.title == lines[0]
    assert art.text == "\n\n".join(lines[1:])
