"""WEEK_OF_DATE (timex): a week's possessive whose noun phrase writes its own day ("this week's
cheeky 4/20 holiday") is the month of that day, not of the publication week; a fraction, a
preposition between or a week without "'s" reads as before."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # heap-10000 train-532-1 (Monday 2021-03-29, a page a month off its story); read 2021-03
        (
            "especially in honor of this week’s cheeky 4/20 holiday, celebrated by cannabis lovers "
            "around the globe.",
            "2021-03-29",
            "2021-04",
        ),
        # made-up: a day with its month's name
        ("Turnout in last week's May 1 vote was low.", "2021-05-06", "2021-05"),
        # guards (made-up): a fraction, "24/7", a preposition between, no possessive
        ("this week's 3/4 majority held.", "2021-05-28", "2021-05"),
        ("this week's 24/7 coverage", "2021-05-28", "2021-05"),
        ("this week's vote on April 20 was close.", "2021-05-28", "2021-05"),
        ("He left this week, 4/20 at the latest.", "2021-05-28", "2021-05"),
    ],
)
def test_week_of_date(text: str, published: str, expected: str) -> None:
    found = find_time_expressions(text, published)
    week = next(t for t in found if t.text.lower().endswith("week"))
    assert week.value == expected
