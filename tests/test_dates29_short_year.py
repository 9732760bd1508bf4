"""Stamps with a two-digit year after a label, read by the HTML reader as the text reader reads them
(textdate.short_year_stamps), past a run of white space, and month first before an American zone."""

from __future__ import annotations

import datetime as dt

from newsprism.extract.dates import page_date_evidence
from newsprism.extract.html_blocks import parse_page
from newsprism.extract.textdate import short_year_stamps


def _headline_day(stamp: str) -> str | None:
    """The page's day by its headline's date line (page_date_evidence; htmldate, which reads
    "18/01/08" too, is left out)."""
    return page_date_evidence(parse_page(_page(stamp))).get("headline")


def _page(stamp: str) -> str:
    # made up after the Daily Mail's pages (l3s_gn1 3f642f89, ebc70a85): the site's day in its top
    # bar, the story's headline, its stamp under it, the story
    return (
        "<html><head><title>Agency OKs embryo research | Mail Online</title></head><body>"
        "<div class='top'>London 8C (view forecast) Sunday January 20, 2008</div>"
        "<p>Home News Sport Money Travel Health Science Femail Showbiz Video Blogs Debate</p>"
        "<p>Home News Sport Money Travel Health Science Femail Showbiz Video Blogs Debate</p>"
        "<p>Home News Sport Money Travel Health Science Femail Showbiz Video Blogs Debate</p>"
        "<p>Home News Sport Money Travel Health Science Femail Showbiz Video Blogs Debate</p>"
        f"<h1>Agency OKs embryo research</h1><div class='artDetail'>{stamp}</div><p>British authorities"
        " on Thursday approved scientists' use of animal eggs to create human stem cells, a step the"
        " agency had been asked to take for months.</p></body></html>"
    )


def test_the_html_reader_reads_a_stamp_with_a_two_digit_year() -> None:
    assert _headline_day("Last updated at 8:37 AM on 18/01/08") == "2008-01-18"


def test_white_space_between_the_label_and_the_date() -> None:
    # ebc70a85: the label and the date in two elements, a run of white space between in the page's text
    stamp = "<span>Last updated at 11:25am on </span>\n      \n      \n        <span>07.01.08</span>"
    assert _headline_day(stamp) == "2008-01-07"
    text = "Last updated at 11:25am on \n      \n      \n        \n        \n          07.01.08"
    assert [found.date for found in short_year_stamps(text)] == [dt.date(2008, 1, 7)]


def test_an_american_zone_after_the_clock_is_month_first() -> None:
    # dates/htmldate wired_co_uk-Facebook's update note: 2 November 2023
    assert [f.date for f in short_year_stamps("Updated 11.02.23, 11:52 EST:")] == [dt.date(2023, 11, 2)]
    # with no zone, dots are day first
    assert [f.date for f in short_year_stamps("Updated 11.02.23, 11:52:")] == [dt.date(2023, 2, 11)]


def test_a_short_year_date_without_a_label_is_none_of_the_html_readers() -> None:
    # a teaser's "18/01/08" in prose (a list's entry): no date line (the site's day is too far up)
    assert _headline_day("Review Board examining payday loans 18/01/08 9:53 PM") is None


def test_a_two_digit_year_under_another_languages_label() -> None:
    # dates/htmldate d76cf81a: "Veröffentlicht am 19.10.19 um 14:34 Uhr", day first with dots
    found = short_year_stamps("Veröffentlicht am 19.10.19 um 14:34 Uhr")
    assert [f.date for f in found] == [dt.date(2019, 10, 19)]
    assert short_year_stamps("Gesehen am 19.10.19 um 14:34 Uhr") == []  # no stamp's label
