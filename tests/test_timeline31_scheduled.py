"""timeline31: a weekday right after a timetable's present verb ("testifies Friday", "meets Thursday",
"begins Monday", "takes place Tuesday") or a present progressive ("is meeting Thursday") is a day to
come (SCHEDULED_DAY in analyse.timex), as a present "is" makes it; a headline's present ("says Monday")
and "are spending Monday morning" (the day as the verb's object) are not."""

import pytest

from newsprism.analyse.timex import find_time_expressions
from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap train-879-0 (a Wednesday page)
        (
            "Marie Yovanovitch, the former U.S. ambassador to Ukraine testifies Friday in the second round of "
            "public impeachment hearings.",
            "2019-11-13",
            "Friday",
            "2019-11-15",
        ),
        # heap train-1758-1 (a Tuesday page)
        (
            "The staff report is meant to brief the advisory committee, which meets Thursday to review the "
            "request.",
            "2020-12-15",
            "Thursday",
            "2020-12-17",
        ),
        # heap 5931_center (a Wednesday page)
        (
            "An important election takes place Tuesday in New York City.",
            "2017-02-08",
            "Tuesday",
            "2017-02-14",
        ),
        # T17 bpoil_foxnews/932 (a Tuesday page): a present progressive
        (
            "A federal judicial panel is meeting Thursday in Boise , Idaho , to consider the lawsuits .",
            "2010-07-27",
            "Thursday",
            "2010-07-29",
        ),
        # heap train-2108-2 (a Sunday page): the past "investigated" after it is another clause's
        (
            "Michael Horowitz is testifying Wednesday about his findings that the FBI investigated the campaign.",
            "2022-11-06",
            "Wednesday",
            "2022-11-09",
        ),
        # heap val-39-2: "on" between
        ("The second impeachment trial of Trump begins on Tuesday.", "2021-02-04", "Tuesday", "2021-02-09"),
    ],
)
def test_a_weekday_after_a_timetables_present_is_ahead(
    text: str, published: str, phrase: str, value: str
) -> None:
    assert _found(text, published, phrase)[0] == value


def test_a_headlines_present_before_a_weekday_is_still_read_back() -> None:
    # T17 bpoil_washingtonpost/283 (a Wednesday page)
    text = "Thad Allen says Monday afternoon that the leaks are so far not a major concern."
    assert [t.value for t in find_time_expressions(text, "2010-07-21")] == ["2010-07-19"]


def test_a_progressive_spending_the_day_is_todays_present() -> None:
    # heap train-591-1 (a Tuesday page)
    text = "American cities are spending Monday morning digging out from scenes of destruction."
    assert [t.value for t in find_time_expressions(text, "2009-12-22")] == ["2009-12-21"]
