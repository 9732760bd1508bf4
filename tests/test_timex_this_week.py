"""THIS_WEEK (timex): "this week" is the month of the publication week's Wednesday (3 of its 5
working days), not of its Thursday (ISO 8601's 4 of 7 days); the two differ only when a month ends
on a Wednesday. "last week" and "next week" keep the Thursday. Real sentences of the dev sets and
heap-10000 with their publication days."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def values(text: str, published: str, phrase: str) -> list[str]:
    return [t.value for t in find_time_expressions(text, published) if t.text.lower() == phrase]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # mixed-dev cleanportaleval-tv_msnbc_com_news_09, a Monday (Sep 28-30 of its working days in
        # September): the task's case, read 2015-10 by the Thursday
        (
            "That's why it was particularly alarming to see a new Pentagon report out this week showing "
            "that alleged incidents of sexual assaults in the military have increased.",
            "2015-09-28",
            "2015-09",
        ),
        # mixed-dev train-130-1, a Tuesday: the week's past days are May 29-30
        (
            "In India, which relaxed its lockdown this week, health authorities scrambled Wednesday to "
            "contain an outbreak.",
            "2023-05-30",
            "2023-05",
        ),
        # mixed-dev train-1410-2, a Wednesday, January 31
        (
            "When Republicans rolled out their tax reform proposal this week, President Trump "
            "highlighted a provision.",
            "2024-01-31",
            "2024-01",
        ),
        # heap copy-000777, Thursday July 1 2010: said on one of June 28-30
        (
            "But Mauricio Tolmasquim , a top Brazilian government energy advisor , said this week that "
            "he expected the Gulf spill to benefit Petrobras .",
            "2010-07-01",
            "2010-06",
        ),
        # guards: a week inside one month, and a Monday whose Wednesday is in the next month (T17
        # bpoil_reuters/103: May 31 2010, the week's working days June 1-4 but the Monday)
        ("The agency said this week that it would act.", "2010-06-16", "2010-06"),
        (
            "Oil from BP 's out-of-control Gulf of Mexico oil spill could threaten the Mississippi and "
            "Alabama coasts this week , U.S. forecasters said on Monday .",
            "2010-05-31",
            "2010-06",
        ),
        # a Friday (T17 H1N1_reuters/1156's sentence): April 27-30 and May 1, the Wednesday April 29
        (
            "But the WHO hiked its pandemic alert level to 5 from 3 this week .",
            "2009-05-01",
            "2009-04",
        ),
    ],
)
def test_this_week_is_the_month_of_its_wednesday(text: str, published: str, expected: str) -> None:
    assert values(text, published, "this week") == [expected]


def test_last_and_next_week_keep_the_thursday() -> None:
    # heap (T17 copy) Wednesday 2016-12-07: "late last week" is Dec 1-2, the Thursday's month
    text = "A new report released by the European Commission late last week underlines the consequences."
    assert values(text, "2016-12-07", "last week") == ["2016-12"]
    # T17 bpoil_reuters/1026 (tests/data/timex_cases.jsonl): a Friday of June 25, next week June 28-July 2
    text = "Thad Allen said BP was on track to nearly double its oil collection capacity next week ."
    assert values(text, "2010-06-25", "next week") == ["2010-07"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # heap copy-000311-446479, Thursday 2022-12-01: the plan's days are December 1-2 (read 2022-11 by
        # the Wednesday, November 30; "intends to" is a plan's cue as "plans to" is)
        (
            "As such the NSPCC said it intends to write to professional nursing and medical associations "
            "this week to help set up the expert advisory group.",
            "2022-12-01",
            "2022-12",
        ),
        # heap train-1082-1, Friday 2018-11-02: a plan told on Friday is Friday's (read 2018-10)
        (
            "Senate Majority Leader Mitch McConnell said Sunday that Judge Neil Gorsuch will be confirmed "
            "this week to the Supreme Court.",
            "2018-11-02",
            "2018-11",
        ),
        # guard: a Monday's plan keeps the Wednesday (T17 bpoil_reuters/103, Monday 2010-05-31)
        (
            "the National Oceanic and Atmospheric Administration said moderate southerly and southwesterly "
            "winds this week may start moving oil closer to the Mississippi and Alabama coasts .",
            "2010-05-31",
            "2010-06",
        ),
        # guard: what a Thursday story tells as done this week keeps the Wednesday (made-up)
        ("The agency said this week that it had acted.", "2022-12-01", "2022-11"),
    ],
)
def test_a_plan_this_week_is_the_month_of_the_days_left(text: str, published: str, expected: str) -> None:
    assert values(text, published, "this week") == [expected]
