"""The HTML reader (session 32, dates33): a slash date that reads both ways, written without
leading zeros ("1/10/2008"), is month first when the page says nothing of its order
(extract.dates._SlashReader rule 5); a scraper's dump that lost its <head> takes its title from its
opening words (extract.dates.page_titles). Each page is cut from the dev page named in its test,
its phrases kept."""

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


# l3s_gn1 082e02bd's scraper dump: the page's <title> had no end tag, so the dump holds the title's
# words, the head's scripts as text, then the page's markup; the site's clock prints the day it was
# served (16 January) above the story's stamp (14 January) under its headline
_DUMP_OPENING = (
    'Korean Golfer Choi Kyung-ju Wins 7th US PGA Title(The Korea Times)ntById("font");'
    " obj.style.fontSize = fontSize+\"pt\"; } function goPrint() { window.open('/www/news/print.asp'); }"
    ' //--> </script> </head> <body leftmargin="9">'
)
_DUMP_STORY = (
    '<table><tr><td><span class="style3">Wednesday, January 16, 2008 | 8:54 a.m. ET</span></td></tr>'
    "<tr><td>World News | Sports | Business | Entertainment | Opinion</td></tr>"
    '<tr><td width="70%"> 01-14-2008 15:45</td></tr>'
    "<tr><td><u>Korean Golfer Choi Kyung-ju Wins 7th US PGA Title</u></td></tr>"
    "<tr><td><p>HONOLULU _ South Korean golfer Choi Kyung-ju Sunday won the PGA Tour Sony Open,"
    " beating South Africa's Tim Clark by three strokes, his seventh title on the tour.</p>"
    "</td></tr></table></body></html>"
)


def test_a_dump_without_its_head_takes_its_title_from_its_opening_words() -> None:
    # fails before page_titles' fallback: no title, no headline, the site's clock first
    assert html_publication_date(_DUMP_OPENING + _DUMP_STORY, extensive=False) == ("2008-01-14", "headline")


def test_the_dumped_title_words_are_no_headline_of_the_page() -> None:
    # l3s_gn1 51600d8d's dump: the title's words the <body> holds bare stand right above the site's
    # clock; were they a piece of the headline, the clock's day would be the headline's. The story's
    # own headline and stamp are (before the fallback: no title, the clock's day first-visible)
    page = (
        'Computerworld - Microsoft faces two new European antitrust cases</titavaScript" src="/general.js">'
        '</script></head><body><div id="today_date"> Wednesday | 16 January, 2008 </div>'
        "<div>Home | News | Reviews | Careers</div>"
        "<h2>Microsoft faces two new European antitrust cases</h2>"
        '<span class="date">15/01/2008 07:25:00</span>'
        "<p>The European Commission has opened two new antitrust investigations of Microsoft's"
        " activities, it said on Monday.</p></body></html>"
    )
    assert html_publication_date(page, extensive=False)[0] == "2008-01-15"
