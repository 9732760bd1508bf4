"""review28: timex rules of 4b0a898 (RUNNING_UNTIL, PLAN_THIS_WEEK) at their edges. The tests that
were strict xfails gave a wrong value before review28's patch to timex.py; the others held before too."""

from __future__ import annotations

from newsprism.analyse.timex import find_time_expressions


def values(text: str, published: str, phrase: str) -> list[str]:
    return [t.value for t in find_time_expressions(text, published) if t.text.lower() == phrase]


def test_a_saturday_plan_this_week_is_the_coming_week() -> None:
    # heap-10000 l3s_gn1-b1385525-6ebe-461d-b696-1df4c331ac18, published Saturday 2018-12-01: no working
    # day is left in its own week, so "will this week pledge" is December 3-7 (read 2018-11, Nov 28)
    text = (
        "Guy Hands will this week pledge to invest tens of millions of pounds recruiting new talent scouts "
        "and managing EMI's existing acts."
    )
    assert values(text, "2018-12-01", "this week") == ["2018-12"]


def test_a_sunday_plan_this_week_is_the_coming_week() -> None:
    # made-up, Sunday 2020-03-01: the minister announces on one of March 2-6 (read 2020-02, Feb 26)
    assert values("The minister will announce the plan this week.", "2020-03-01", "this week") == ["2020-03"]


def test_a_weekend_story_told_this_week_keeps_the_week_behind() -> None:
    # guard: what a Sunday story tells as done this week is the week behind it (made-up)
    assert values("The minister said this week that the plan was dead.", "2020-03-01", "this week") == [
        "2020-02"
    ]


def test_a_reported_act_until_a_weekday_is_no_running_state() -> None:
    # made-up, Wednesday 2020-03-04: the hiding ended when police found him, the Tuesday behind
    text = "The man is accused of hiding in the attic until Tuesday, when police found him."
    assert values(text, "2020-03-04", "tuesday") == ["2020-03-03"]


def test_a_running_state_until_a_weekday_still_reads_ahead() -> None:
    # guards of RUNNING_UNTIL, Wednesday 2020-03-04 (made-up)
    assert values("The museum remains closed until Monday, officials said.", "2020-03-04", "monday") == [
        "2020-03-09"
    ]
    assert values("The museum remained closed until Monday, officials said.", "2020-03-04", "monday") == [
        "2020-03-02"
    ]
    assert values("Not until Friday did the company respond.", "2020-03-04", "friday") == ["2020-02-28"]
    assert values("Not until Friday will the company respond.", "2020-03-04", "friday") == ["2020-03-06"]


def test_day_beyond_only_in_its_own_direction() -> None:
    # guards of DAY_BEYOND (7552e73), Wednesday 2020-03-04 (made-up)
    assert values("The day before yesterday, he said, the plant closed.", "2020-03-04", "yesterday") == [
        "2020-03-02"
    ]
    assert values("The day before tomorrow's vote, the leader resigns.", "2020-03-04", "tomorrow") == [
        "2020-03-05"
    ]
    assert values("A day after yesterday's vote, the leader resigned.", "2020-03-04", "yesterday") == [
        "2020-03-03"
    ]


def test_a_running_state_told_on_a_named_day_runs_from_that_day() -> None:
    # made-up, Wednesday 2020-03-04: on Monday the road was closed until the next day, Tuesday March 3
    # (4b0a898^ read 2020-03-03; now the Tuesday after publication, 2020-03-10)
    for text in (
        "Officials said on Monday that the road is closed until Tuesday.",
        "On Monday, officials said the road is closed until Tuesday.",
    ):
        assert values(text, "2020-03-04", "tuesday") == ["2020-03-03"]
