"""timeline32: a present "is" gives a weekday its day to come through "due for" and its noun ("is due for
release on Tuesday") and through a clock ("The actual deadline is 11:59 p.m. Tuesday") as it does right
before it (PRESENT_DAY in analyse.timex); a past "was" with a clock keeps its day before."""

import pytest

from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_foxnews/1282 (a Monday page; the claims deadline was Tuesday 2010-11-23)
        (
            "In a story Nov. 21 , The Associated Press reported that Gulf oil spill victims have until Wednesday "
            "to file claims for short-term damages from BP PLC. . The actual deadline is 11:59 p.m. Tuesday .",
            "2010-11-22",
            "Tuesday",
            "2010-11-23",
        ),
        # heap train-525-1 (a Wednesday page)
        (
            "Lawyers for US President Donald Trump are seeking to stop the release of a book containing "
            "explosive insights into his presidency. Fire and Fury: Inside the Trump White House is due for "
            "release on Tuesday.",
            "2009-03-18",
            "Tuesday",
            "2009-03-24",
        ),
        # heap 21_5ecb (a Friday page): "was struck ... around 7 p.m. Wednesday" is over
        (
            "Police said 66-year-old LuAnn Marie Johnson, of Burnsville, was with her husband when she was "
            "struck in the crosswalk outside the store, located at 200 West American Boulevard, around 7 p.m. "
            "Wednesday.",
            "2019-07-26",
            "Wednesday",
            "2019-07-24",
        ),
    ],
)
def test_a_present_is_through_due_for_or_a_clock(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase)[0] == value
