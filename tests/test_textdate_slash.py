"""extract.textdate.find_dates: slash dates. Month first ("12/28/2007"), day first where the first
number cannot be a month ("29/12/2007"), and one that reads both ways takes the reading whose
weekday the text names beside it, or day first after a clock in British time."""

from __future__ import annotations

import pytest

from newsprism.extract.textdate import find_dates


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # 7 January 2008 was a Monday, 1 July 2008 a Tuesday (l3s_gn1 65819eb3, a UK page)
        ("By David Richards | Monday | 07/01/2008", ["2008-01-07"]),
        ("Tuesday, 07/01/2008", ["2008-07-01"]),
        # no weekday, or one that fits neither reading: month first, as before
        ("07/01/2008", ["2008-07-01"]),
        ("Friday 07/01/2008", ["2008-07-01"]),
        # one reading only: the weekday does not matter
        ("Sunday 12/28/2007", ["2007-12-28"]),
        # day first where it cannot be month first: a UK page's date line (the Telegraph, 2007)
        ("By Laura Clout Last Updated: 2:55am GMT 29/12/2007", ["2007-12-29"]),
        ("14/01/2008 1:40:00 PM.", ["2008-01-14"]),
        ("31/02/2008", []),
        # a hyphen stamp that reads both ways is no date, unless its weekday says which
        ("07-01-2008", []),
        ("Monday 07-01-2008", ["2008-01-07"]),
        # a weekday too far away is another date's
        ("Monday" + " word" * 10 + " 07/01/2008", ["2008-07-01"]),
        # abbreviations are not read ("The Sun | 07/01/2008")
        ("The Sun | 07/01/2008", ["2008-07-01"]),
    ],
)
def test_a_weekday_picks_the_reading(text: str, days: list[str]) -> None:
    assert [f.date.isoformat() for f in find_dates(text)] == days


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the Telegraph's date line (l3s_gn1 44a2a06e, c7592d94): a clock in British time, day first
        ("Last Updated: 12:01am GMT 08/01/2008", ["2008-01-08"]),
        ("Last Updated: 7:08am GMT 10/01/2008", ["2008-01-10"]),
        ("Last Updated: 6:40pm BST 04/06/2008", ["2008-06-04"]),
        # a zone after the date's clock names the clock only (an American wire's release, l3s 034f7376)
        ("Published 01/08/2008 - 10:07 a.m. GMT", ["2008-01-08"]),
        # a zone with no clock, or a clock with no zone: month first, as before
        ("GMT 08/01/2008", ["2008-08-01"]),
        ("Posted 12:01am 08/01/2008", ["2008-08-01"]),
        # an American zone stays month first
        ("Updated 12:01am EST 08/01/2008", ["2008-08-01"]),
        # a weekday beside it still decides first: 1 August 2008 was a Friday
        ("12:01 GMT Friday 08/01/2008", ["2008-08-01"]),
    ],
)
def test_a_british_clock_reads_day_first(text: str, days: list[str]) -> None:
    assert [f.date.isoformat() for f in find_dates(text)] == days
