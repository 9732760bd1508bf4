"""extract.textdate (dates27b): find_dates reads a date with a comma between its parts where a page
printed one: after the month ("Jan, 15, 2008", l3s_gn1 f8cee3db), after the day's ordinal ("17:59 -
9th, Jan 2008", 6d75323d, e9bf9374) or after a day that follows its weekday ("Thursday, 10, January,
2008, 09:14", bf8e6424): each its story's date line. A number and a comma before a month and year
is no day otherwise: a volume's, a page's."""

import datetime as dt

from newsprism.extract.textdate import find_dates


def days(line: str) -> list[dt.date]:
    return [f.date for f in find_dates(line)]


def test_a_comma_between_a_dates_parts() -> None:
    assert days("Jan, 15, 2008") == [dt.date(2008, 1, 15)]
    assert days("17:59 - 9th, Jan 2008") == [dt.date(2008, 1, 9)]
    assert days("15:43 - 13th, Jan 2008") == [dt.date(2008, 1, 13)]
    assert days("Thursday, 10, January, 2008, 09:14") == [dt.date(2008, 1, 10)]


def test_a_number_and_a_comma_before_a_month_is_no_day() -> None:
    assert days("Vol. 12, March 2008") == []
    assert days("see page 3, January 2008 issue") == []
    assert days("in January, 15 people died in 2008") == []
