"""review29: timeline27's WEEK_OF_DATE (timex._week_of_date) reads "this week's 9/11 commission
hearings" as the week of a September 11, months from the story: "9/11" there names the 2001 attacks
(timex SEPT_11), not the day of the week's happening. Made-up inputs in the news's words of spring
2004 (the 9/11 commission's public hearings). Fixed in analyse/timex.py."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def _values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_time_expressions(text, published)}


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


# timeline27 e4d0cf3 (INTENT): "hope to" / "aim to" after a possessive is the noun, no plan: the day
# is read by the past after it ("was dashed", "failed"), as before INTENT. Made-up, in the spill
# stories' words (T17 bpoil); Friday 2010-05-28, the top kill of Wednesday the 26th.
@pytest.mark.parametrize(
    "text",
    [
        "BP 's hope to stop the leak by Wednesday was dashed .",
        "BP's hope to stop the leak by Wednesday was dashed.",
        "BP 's aim to cap the well by Wednesday failed .",
    ],
)
def test_a_possessives_hope_is_no_plan(text: str) -> None:
    assert _values(text, "2010-05-28")["Wednesday"] == "2010-05-26"


def test_a_hope_as_a_verb_is_still_a_plan() -> None:
    assert _values("BP hopes to stop the leak by Wednesday .", "2010-05-28")["Wednesday"] == "2010-06-02"
