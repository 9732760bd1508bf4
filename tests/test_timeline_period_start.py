"""PERIOD_START (timeline): a date that starts a period the next phrase ends ("from X through Y",
"between X and Y") is no mention of its day, and a range's end still ahead of the article is left out
as a period's end ahead ("until Y") is. Real sentences of heap-10000 and T17."""

from __future__ import annotations

from newsprism.analyse.timex import find_time_expressions, opens_period
from newsprism.timeline import _read


def named(text: str, published: str) -> list[str]:
    return sorted(n.date for n in _read(text, published).named)


# heap-10000 train-362-1 (its heap date is made up; the story is of March 2019)
BORDER = (
    "Arrests of families crossing into the U.S. illegally in the past five months hit a record, prompting "
    "the chief of Customs and Border Protection to say the system is at “the breaking point.” From "
    "October through February, border agents arrested 136,150 people traveling in families for crossing "
    "the border illegally."
)


def test_a_count_over_a_past_period_is_no_happening_on_its_first_day() -> None:
    values = {t.text: t.value for t in find_time_expressions(BORDER, "2019-03-06")}
    assert values == {"October": "2018-10", "February": "2019-02"}  # read as before
    assert named(BORDER, "2019-03-06") == ["2019-02"]  # October 2018 is no mention


def test_a_season_ahead_names_neither_end() -> None:
    # T17 bpoil_reuters/764 (2010-06-28)
    text = (
        "The Atlantic hurricane season runs from June 1 to Nov 30 and meteorologists predict this year "
        "will be a very active one ."
    )
    assert [d for d in named(text, "2010-06-28") if len(d) == 10] == []  # ("this year" is 2010)


def test_a_window_between_two_days() -> None:
    # T17 bpoil_foxnews/2066 (2010-08-24): samples collected over a window, its start no day of news
    text = (
        "Their findings are based on more than 200 samples collected from 17 deepwater sites between May "
        "25 and June 2 ."
    )
    assert named(text, "2010-08-24") == ["2010-06-02"]


def test_opens_period_needs_from_or_between() -> None:
    text = "The spill began on April 20 and was capped on July 15 ."  # two days, no period
    first, second = find_time_expressions(text, "2010-08-01")
    assert not opens_period(text, first, second)
    assert named(text, "2010-08-01") == ["2010-04-20", "2010-07-15"]
    text = "Polls were conducted from May 18 to May 19 ."  # T17 bpoil_foxnews/365
    first, second = find_time_expressions(text, "2010-05-20")
    assert opens_period(text, first, second)
