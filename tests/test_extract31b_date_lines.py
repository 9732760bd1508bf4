"""extract31b: which of a text dump's date lines is the story's own. Between the headline and the
body a publication stamp ("First Published: 11:57 IST(13/1/2008)") beats a bare date above it (an
"ALSO READ" teaser's day), unless its numbers read both ways or it is a later update; a stamp right
under the body dates a dump that prints its date line there ("2:18pm Tuesday 1st January 2008"),
and not one under a list of the site's other stories."""

from __future__ import annotations

from pathlib import Path

from newsprism.extract import extract
from newsprism.records import Document


def _published(content: str) -> str | None:
    return extract(Document(id="t", source="x", kind="text", content=content)).published


def _dump(shared: Path, key: str) -> str:
    page = next((shared / "data" / "extraction" / "l3s_gn1" / "text").glob(f"{key}*"))
    return page.read_text("utf-8")


def test_the_publication_stamp_beats_a_teasers_date_above_it(shared: Path) -> None:
    # "ALSO READ" / "Fire at Burrabazar building yet to be controlled" / "January 14, 2008" ... then
    # "Kolkata, January 13, 2008" / "First Published: 11:57 IST(13/1/2008)" over the story
    assert _published(_dump(shared, "9f873f81")) == "2008-01-13"


def test_a_stamp_that_reads_both_ways_does_not_overrule_the_date_line(shared: Path) -> None:
    # "January 11, 2008" under the headline, "First Published: 11:47 IST(11/1/2008)" lower down
    assert _published(_dump(shared, "7b47de5a")) == "2008-01-11"


def test_a_date_line_under_the_body_dates_the_dump(shared: Path) -> None:
    # "... Subs: Poom, Ellington, Mariappa, Ainsowrth, O'Toole." / "2:18pm Tuesday 1st January 2008"
    assert _published(_dump(shared, "310a3b31")) == "2008-01-01"
    # "... would incorporate the ..." / "17/01/2008 18:04:44" / "Also see: ..."
    assert _published(_dump(shared, "e3094426")) == "2008-01-17"


def test_a_date_under_the_sites_recent_news_is_not_the_storys(shared: Path) -> None:
    # "Click here for Honda merchandise." / "Recent News" / "Alonso: I will not change my approach" /
    # "2008-01-15 17:00": a teaser's day (the story, "Thursday, 10, January, 2008", is of the 10th)
    assert _published(_dump(shared, "bf8e6424")) != "2008-01-15"


# made up: four paragraphs of a council story
_STORY = """The city council voted on Monday to close the old river bridge to cars from March, after \
engineers found cracks in two of its three spans during a routine inspection.

Buses and bicycles will still cross it, and the council expects a new bridge to open upstream within \
four years at a cost of about $60 million.

Shop owners on both banks said they feared losing customers while the work goes on, and asked the \
council for help with parking and signs.

The council will hold two public meetings in February before it sets the detour routes for the \
months ahead."""


def test_a_later_update_stamp_does_not_overrule_the_date_line() -> None:
    # made up: headline, its date line, an update stamp a day later, the story
    menu = "\n".join(["Home", "News", "Sports", "Weather", "Business", "Opinion"])
    header = "\n\n".join(
        [
            "Council closes old river bridge to cars",
            "January 14, 2008",
            "Last Updated: January 15, 2008 10:12",
        ]
    )
    page = f"{menu}\n\n{header}\n\n{_STORY}\n\nContact us\nPrivacy\n"
    assert _published(page) == "2008-01-14"


def test_the_line_under_a_headline_the_body_starts_at_is_read(shared: Path) -> None:
    # the line model starts the body at the headline "Sri Lanka defence secretary calls for formal
    # end to truce"; the line under it is "Dec 29, 2007", then "COLOMBO (AFP) — ..."
    assert _published(_dump(shared, "d2f7d990")) == "2007-12-29"
    # "Bush expedites Saudi smart bomb deal — Why?" / "January 9th, 2008 by Ed Kent"
    assert _published(_dump(shared, "552fe66a")) == "2008-01-09"


def test_a_date_under_such_a_headline_that_reads_both_ways_is_not_guessed(shared: Path) -> None:
    # IOL (South Africa), "Trio set for Derby debuts" / "11/01/2008 - 2:35:41 PM": 11 January, not
    # the month-first 1 November
    assert _published(_dump(shared, "c3a8e424")) != "2008-11-01"
