"""timeline34: a month of a plan told as it stood then ("had planned to", "was set to": PAST_PLAN in
analyse.timex) is the nearer of the two such months, not the one to come: the plan may be over by the
page. A reported "would" still reads ahead."""

import pytest

from test_timeline29_plan_cues import _value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_washingtonpost/1144 (an October page; was 2011-05)
        (
            "Allen had planned to join Rand in May , but his transition was delayed by the oil spill , "
            "according to a company news release .",
            "2010-10-01",
            "May",
            "2010-05",
        ),
        # T17 bpoil_foxnews/2126 (an August page; was 2011-07)
        (
            "He was set to make Fourth of July remarks at the White House in the evening .",
            "2010-08-04",
            "July",
            "2010-07",
        ),
        # T17 bpoil_reuters/1525 (a June page; was 2011-05)
        (
            "says Rick Murdoch , 61 , a charter boat captain out of Alabama who had planned to fish Louisiana "
            "waters in May and June but now faces a bleak season .",
            "2010-06-01",
            "May",
            "2010-05",
        ),
        # T17 bpoil_foxnews/2126: the month of the page itself, as before
        (
            "The well originally was slated for completion in mid-August .",
            "2010-08-04",
            "mid-August",
            "2010-08",
        ),
        # T17 H1N1_reuters/860: a reported "would" reads ahead, as before
        (
            "In any case , the first doses would only be available in September , she added .",
            "2009-06-11",
            "September",
            "2009-09",
        ),
    ],
)
def test_the_month_of_a_past_plan_is_the_nearer(text: str, published: str, phrase: str, value: str) -> None:
    assert _value(text, published, phrase) == value
