"""extract.textdate (dates27): a numeric date written with dots is read in text, day first as the
HTML reader reads it. The lines are l3s_gn1's (02e622bc "06.01.2008 01:07" under a CES story of 6
January 2008); the others made up."""

import datetime as dt

from newsprism.extract.textdate import find_dates


def _days(text: str) -> list[dt.date]:
    return [found.date for found in find_dates(text)]


def test_a_dotted_date_is_read_day_first() -> None:
    assert _days("06.01.2008 01:07") == [dt.date(2008, 1, 6)]
    assert _days("Erweiterte Suche | Di. 15.01.2008") == [dt.date(2008, 1, 15)]
    # month first only where the second number cannot be a month
    assert _days("Published: 01.14.2008") == [dt.date(2008, 1, 14)]


def test_a_weekday_beside_it_settles_a_date_that_reads_both_ways() -> None:
    # 8 January 2008 was a Tuesday, 1 August 2008 a Friday
    assert _days("Tuesday 01.08.2008") == [dt.date(2008, 1, 8)]
    assert _days("Friday 01.08.2008") == [dt.date(2008, 8, 1)]


def test_numbers_that_are_no_date_stay_none() -> None:
    assert _days("version 1.2.2008.5") == []
    assert _days("host 192.168.1.2008") == []
    assert _days("31.02.2008") == []
