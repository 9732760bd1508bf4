"""A numeric date that reads both ways ("08/01/2008") bounded by the latest day the page writes one way
only above it: textdate.other_reading, latest_one_way, within."""

from __future__ import annotations

import datetime as dt

from newsprism.extract.textdate import FoundDate, find_dates, latest_one_way, other_reading, within


def _found(text: str) -> FoundDate:
    return find_dates(text)[0]


def test_the_other_reading_of_a_numeric_date() -> None:
    assert other_reading(_found("08/01/2008 11:13")) == dt.date(2008, 1, 8)  # read 1 August
    assert other_reading(_found("Published: 01.09.2008")) == dt.date(2008, 1, 9)  # read 1 September
    assert other_reading(_found("28/12/2007")) is None  # one way only
    assert other_reading(_found("01/01/2008")) is None  # the same both ways
    assert other_reading(_found("January 8, 2008")) is None


def test_the_latest_day_a_page_writes_one_way_only() -> None:
    # l3s_gn1 2ca161aa's top: the site's day over its news list and the story's "08/01/2008"
    page = "Goal.com\n15 January 2008\nLatest News\nThe Nooner (January 15)\n08/01/2008 11:13"
    assert latest_one_way(page) == dt.date(2008, 1, 15)
    assert latest_one_way("10/01/2008 and 11/01/2008") is None


def test_a_reading_after_the_bound_takes_the_other() -> None:
    latest = dt.date(2008, 1, 15)
    assert within(_found("08/01/2008 11:13"), latest) == dt.date(2008, 1, 8)
    assert within(_found("Published: 01.09.2008"), latest) == dt.date(2008, 1, 9)  # l3s_gn1 48101d52


def test_no_bound_or_a_reading_within_it_leaves_the_date() -> None:
    assert within(_found("08/01/2008"), None) == dt.date(2008, 8, 1)
    assert within(_found("01/08/2008"), dt.date(2008, 1, 15)) == dt.date(2008, 1, 8)
    # both readings after the bound: nothing to choose by it
    assert within(_found("03/04/2008"), dt.date(2008, 1, 15)) == dt.date(2008, 3, 4)
    # a one-way date after the bound stays (a story's date past its masthead is none of within's)
    assert within(_found("28/12/2008"), dt.date(2008, 1, 15)) == dt.date(2008, 12, 28)
