"""EXPECTED (timex): what one expects to happen is ahead: "expect(s) X to ..." (up to 3 words between)
and a present "is / are expected on <day>" read the day ahead; a past "were expected on <day>", "as
expected" and an expected noun stay as they were."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # T17 bpoil_foxnews/1722 (Thursday 2010-09-16): read as September 11
        ("BP expects the well to be completely sealed on Saturday .", "2010-09-16", "Saturday", "2010-09-18"),
        # T17 bpoil_guardian/2142 (Sunday 2011-01-30): read as January 25
        (
            "Analysts expect BP to report $ 5bn profits for the final quarter in 2010 , on Tuesday .",
            "2011-01-30",
            "Tuesday",
            "2011-02-01",
        ),
        # T17 bpoil_bbc/380 (Sunday 2010-07-04): read as June 28
        (
            '" A Whale " is currently operating north of the wellhead area and results from the testing '
            "are expected on Monday .",
            "2010-07-04",
            "Monday",
            "2010-07-05",
        ),
        # T17 bpoil_foxnews/958 (2010-07-06): read as August 2009
        (
            "The company expects drilling to be finished by mid-August .",
            "2010-07-06",
            "mid-August",
            "2010-08",
        ),
        # guards (made-up): a past "were expected on" is left to its "were", as before; a past sentence
        # without "expect" and an expectation of a noun keep their past
        ("The results were expected on Monday .", "2010-07-04", "Monday", "2010-06-28"),
        ("The results came on Monday as expected .", "2010-07-04", "Monday", "2010-06-28"),
        ("He met the expected winner on Monday .", "2010-07-04", "Monday", "2010-06-28"),
    ],
)
def test_expected(text: str, published: str, phrase: str, expected: str) -> None:
    found = {t.text: t.value for t in find_time_expressions(text, published)}
    assert found[phrase] == expected
