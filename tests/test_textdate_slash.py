"""extract.textdate.find_dates: slash dates. Month first ("12/28/2007"), day first where the first
number cannot be a month ("29/12/2007"), and one that reads both ways takes the reading whose
weekday the text names beside it."""

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
