"""LIST_OF_DAYS (timex): the second of two weekdays joined by "and" is the first such day after the
first, as the second of a choice is (CHOICE_OF_DAYS): a writer lists days in the calendar's order.
Real sentences of T17."""

from __future__ import annotations

from newsprism.analyse.timex import find_time_expressions


def values(text: str, published: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_time_expressions(text, published)]


def test_hearings_on_tuesday_and_thursday_ahead_of_a_monday_story() -> None:
    # T17 bpoil_reuters/1292 (Monday 2010-06-14): the hearings of June 15 and June 17
    text = (
        "Ahead of congressional hearings on Tuesday and Thursday , lawmakers Henry Waxman and Bart Stupak "
        "released a letter to BP Chief Executive Tony Hayward ."
    )
    assert values(text, "2010-06-14") == [("Tuesday", "2010-06-15"), ("Thursday", "2010-06-17")]


def test_two_past_days_stay_in_order() -> None:
    text = "BP officials met with the Coast Guard on Monday and Tuesday , the company said ."
    assert values(text, "2010-06-16") == [("Monday", "2010-06-14"), ("Tuesday", "2010-06-15")]


def test_a_past_perfect_plan_counts_from_its_telling() -> None:
    # T17 bpoil_foxnews/1765 (Thursday 2010-07-22): the plan of this week's Wednesday and Thursday,
    # dropped for the storm
    text = (
        "Crews had planned to spend Wednesday and Thursday reinforcing with cement the last few feet of the "
        "relief tunnel that will be used to plug the well ."
    )
    assert values(text, "2010-07-22") == [("Wednesday", "2010-07-21"), ("Thursday", "2010-07-22")]


def test_a_list_from_tonight() -> None:
    # heap l3s_gn1-990c0b66 (Tuesday 2022-02-01): tonight and the coming Wednesday night
    text = (
        "The Waterfront Rescue Mission on State Street expects a rush of people seeking shelter from the "
        "cold tonight and Wednesday night."
    )
    assert values(text, "2022-02-01") == [("tonight", "2022-02-01"), ("Wednesday night", "2022-02-02")]


def test_a_past_list_from_today_stays_behind() -> None:
    # a list told in the past is never carried past publication
    assert values("Storms struck today and Tuesday.", "2010-06-16") == [
        ("today", "2010-06-16"),
        ("Tuesday", "2010-06-15"),
    ]
