"""review35 (session 30): findings on session 30's weekday rules (analyse.timex), each shown on a
made-up sentence the rule misreads. Each test is xfail(strict) until the patch its reason names is
applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions

PAGE = "2010-06-03"  # a Thursday


def _value(text: str, phrase: str) -> str | None:
    found = [t for t in find_time_expressions(text, PAGE) if t.text == phrase]
    assert len(found) == 1, found
    return found[0].value


@pytest.mark.parametrize(
    "text",
    [
        "BP was slated by MPs on Tuesday over the spill.",
        "The film was slated by critics on Tuesday.",
        "The government was slated over its response on Tuesday.",
    ],
)
def test_slated_by_or_over_is_a_past_criticised(text: str) -> None:
    # 77887ef's SLATED reads every "slated" as a plan ("slated for Thursday"); the British press's
    # "slated by" / "slated over" is criticised, a past: the Tuesday before the page
    assert _value(text, "Tuesday") == "2010-06-01"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The hearing is slated for Tuesday.", "2010-06-08"),
        ("The vote, slated for Tuesday, will go ahead.", "2010-06-08"),
    ],
)
def test_slated_for_stays_a_plan(text: str, value: str) -> None:
    # 77887ef's own reading (control)
    assert _value(text, "Tuesday") == value


@pytest.mark.parametrize(
    "text",
    [
        'In a letter dated May 27, 2010, Hayward wrote: "We will pay every legitimate claim." On Monday, BP '
        "shares fell 5 percent.",
        'On 27 May 2010, Obama wrote: "The spill is a disaster." Shares fell on Monday.',
    ],
)
def test_a_dated_letter_a_story_quotes_is_no_comment_stamp(text: str) -> None:
    # c03ca0c's COMMENT_STAMP takes any dated day with its year before ", NAME wrote :" as a reader's
    # comment stamp and counts every later phrase from it; a story quoting a dated letter is no
    # comment (a comment system stamps its minute): Monday is the page's
    found = [t for t in find_time_expressions(text, "2010-06-10") if t.text == "Monday"]
    assert [t.value for t in found] == ["2010-06-07"]


def test_a_comment_stamp_with_its_minute_anchors_what_follows() -> None:
    # c03ca0c's own reading (control)
    text = (
        "Great post. At 07:26 am on 03 Jun 2009 , clayukpool wrote : This morning I was reading an article."
    )
    found = [t for t in find_time_expressions(text, "2009-05-20") if t.text == "This morning"]
    assert [t.value for t in found] == ["2009-06-03"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Protesters hold signs outside BP headquarters in London on Tuesday. (AP Photo/Lefteris Pitarakis)",
            "2010-06-01",
        ),
        ("Workers hold a boom near Grand Isle on Tuesday. Photograph: Gerald Herbert/AP", "2010-06-01"),
        (
            "President Barack Obama visits a beach in Grand Isle on Friday. (AP Photo/Charles Dharapak)",
            "2010-05-28",
        ),
    ],
)
def test_a_pictures_caption_in_the_present_tells_a_past_day(text: str, value: str) -> None:
    # 5f7013c's TIMETABLE_CLAUSE reads a present verb before a weekday as a programme ahead; a caption,
    # which its photo credit follows, tells what the picture shows in the present: the day before
    found = [t for t in find_time_expressions(text, PAGE) if t.text in ("Tuesday", "Friday")]
    assert [t.value for t in found] == [value]


def test_a_timetable_with_no_credit_after_stays_ahead() -> None:
    # 5f7013c's own reading (control)
    assert _value("The company reports its results on Wednesday.", "Wednesday") == "2010-06-09"
