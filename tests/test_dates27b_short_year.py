"""extract.textdate (dates27b): a numeric date with a two-digit year is a date line's date when it
is a stamp: a stamp's label before it ("Last updated at 13:44pm on 07.01.08", the Daily Mail,
l3s_gn1 b00bdb89; "Last Updated: 1/14/08 11:15 AM ET", f3114a41) or a day's heading alone on its
line ("01/14/08", e7a5d742), read in the one order its numbers allow. Never a bare one in a line of
words, a site's clock ("15/01/08 15:46" in sportinglife's navigation bar, 5bc1e7d3), nor one that
reads both ways ("Posted 09/01/08 10:18", 967aa8bf). The text dumps below are made up around those
lines."""

import datetime as dt

from newsprism.extract import extract
from newsprism.extract.textdate import date_line_dates, find_dates
from newsprism.records import Document


def days(line: str) -> list[dt.date]:
    return [f.date for f in date_line_dates(line)]


def test_a_labelled_stamp_with_a_two_digit_year_is_read() -> None:
    assert days("Last updated at 13:44pm on 07.01.08") == [dt.date(2008, 1, 7)]
    assert days("By: Ryan McNeill Last Updated: 1/14/08 11:15 AM ET | 105 times read") == [
        dt.date(2008, 1, 14)
    ]
    assert days("Last updated at 8:37 AM on 18/01/08") == [dt.date(2008, 1, 18)]
    assert days("Updated:15-01-08 21:24 hrs IST") == [dt.date(2008, 1, 15)]


def test_a_day_heading_alone_on_its_line_is_read() -> None:
    assert days("01/14/08") == [dt.date(2008, 1, 14)]
    assert days("Mon 14/01/08") == [dt.date(2008, 1, 14)]
    # the weekday settles a date that reads both ways (8 January 2008 was a Tuesday)
    assert days("Tuesday 01/08/08") == [dt.date(2008, 1, 8)]


def test_no_bare_short_date_is_read() -> None:
    assert days("15/01/08 15:46") == []  # a site's clock: the day the page was served
    assert days("Posted 09/01/08 10:18") == []  # 9 January or 1 September
    assert days("Most Recent Post Poll (10/01/07)") == []
    assert days("Box Score Blitz: 1/14/08") == []
    assert days("Review Board examining payday loans 18/01/08 9:53 PM") == []
    assert days("Mozilla Weave 0.1.15") == []
    # find_dates, which the body's rules and other readers use, still wants four digits
    assert find_dates("Last updated at 13:44pm on 07.01.08") == []


DUMP = """Big Brother bosses pinning hopes for failing show | Daily Mail Online

Home News Sport Showbiz Femail Money
Big Brother bosses pinning hopes for failing show on a Brand new hijacker
Last updated at 11:25am on 07.01.08

Comedian Russell Brand is set to hijack the Big Brother house in an attempt to save the show from its \
worst ratings since it began, according to reports from the production company.

Channel 4 bosses hope the comic, who has been a presenter on the spin-off show, will bring back the \
viewers who have deserted the programme over the past weeks of the series.
"""


def test_a_dump_is_dated_by_its_stamp_under_the_headline() -> None:
    doc = Document(id="made-up", source="test", kind="text", content=DUMP)
    art = extract(doc)
    assert art is not None
    assert (art.published, art.published_source) == ("2008-01-07", "header_date")
