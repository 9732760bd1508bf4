"""Slash dates that read both ways (session 32, dates33): the HTML reader reads one written
without leading zeros ("1/10/2008") month first when the page says nothing of its order
(extract.dates._SlashReader rule 5). Each page is cut from the dev page named in its test, its
phrases kept."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.extract.dates import html_publication_date, parse_date_text
from test_dates32_html_reader import _page

TODAY = dt.date(2026, 1, 1)


@pytest.mark.parametrize(
    ("title", "paragraphs"),
    [
        # l3s_gn1 bf325bf4 (wkyc.com, Cleveland): 10 January 2008, not 1 October (fails before rule 5)
        (
            "Roommate of missing Dayton Marine ordered to return to Camp Lejeune",
            (
                "Created: 1/10/2008 4:09:14 PM Updated:1/10/2008 4:11:27 PM",
                "JACKSONVILLE, N.C. -- Military officials are ordering the roommate of a missing,"
                " pregnant Marine from Dayton, Ohio to return from training in California.",
            ),
        ),
        # l3s_gn1 98e7d2dc (manchester.com): 10 January 2008 (control: a padded date stays day first)
        (
            "Clarke misfires in Joburg",
            (
                "10/01/2008",
                "Northern Ireland's Darren Clarke is eight shots off the pace after the first round of"
                " the European Tour event in Johannesburg.",
            ),
        ),
    ],
)
def test_a_page_with_no_cue_reads_its_date_by_its_digits(title: str, paragraphs: tuple[str, ...]) -> None:
    assert html_publication_date(_page(title, *paragraphs), extensive=False)[0] == "2008-01-10"


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a page that writes a day over 12 first ("25/12/2007") writes its dates day first: its
        # unpadded "1/8/2008" is 1 August (control: rule 3 decides before rule 5)
        ("Posted 25/12/2007. Updated 1/8/2008.", ["2007-12-25", "2008-08-01"]),
        # ... and one that writes "12/28/2007" month first (control)
        ("Posted 12/28/2007. Updated 01/08/2008.", ["2007-12-28", "2008-01-08"]),
        # alone, unpadded: month first (fails before rule 5)
        ("Updated 1/8/2008 5:49 PM", ["2008-01-08"]),
        # "1/08/2008": a writer who pads only the second number pads the month (d/MM), day first
        ("Posted 1/08/2008", ["2008-08-01"]),
    ],
)
def test_a_both_ways_date_in_a_text(text: str, days: list[str]) -> None:
    assert [day for day, _ in parse_date_text(text, today=TODAY)] == days
