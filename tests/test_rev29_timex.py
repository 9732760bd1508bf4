"""review29: timeline27's WEEK_OF_DATE (timex._week_of_date) reads "this week's 9/11 commission
hearings" as the week of a September 11, months from the story: "9/11" there names the 2001 attacks
(timex SEPT_11), not the day of the week's happening. Made-up inputs in the news's words of spring
2004 (the 9/11 commission's public hearings). Fix: /tmp/h25/review29/timex.patch."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def _values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_time_expressions(text, published)}


@pytest.mark.xfail(strict=True, reason="review29: 'this week's 9/11 commission hearings' read as September")
@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The White House braced for this week's 9/11 commission hearings.", "2004-03-22"),
        ("Senators will question Rice at this week's 9/11 commission hearing.", "2004-04-05"),
        ("The White House braced for this week's Sept. 11 commission hearings.", "2004-03-22"),
    ],
)
def test_the_attacks_name_is_no_day_of_the_week(text: str, published: str) -> None:
    assert _values(text, published)["this week"] == published[:7]


def test_the_week_of_a_day_still_reads_its_month() -> None:
    # (WEEK_OF_DATE's own case, and a memorial in the week of the anniversary)
    assert _values("in honor of this week's cheeky 4/20 holiday", "2021-03-29")["this week"] == "2021-04"
    assert _values("Families gathered for this week's 9/11 memorial service.", "2021-09-10")["this week"] == (
        "2021-09"
    )
