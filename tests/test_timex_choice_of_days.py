"""A choice between two weekdays ("on Monday or Tuesday") is a plan's: the first day reads ahead
whatever past cue its clause holds, and the second is the first such day after the first
(timex CHOICE_OF_DAYS). Real sentences of T17 and heap-10000."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions

CHOICES = [
    # T17 bpoil_reuters/823, a Monday: "Tuesday" was read as the Tuesday before
    (
        "The White House said the company would begin cutting a pipe that rises out of the so-called LMRP "
        "on Monday or Tuesday .",
        "2010-05-31",
        ("2010-05-31", "2010-06-01"),
    ),
    # T17 bpoil_foxnews/441, a Sunday ("started" is no cue for the plan)
    (
        "The White House said Sunday that it expects the spill to grow by 20 percent after BP gets started "
        "with its latest effort to contain the spill , beginning Monday or Tuesday .",
        "2010-05-30",
        ("2010-05-30", "2010-05-31", "2010-06-01"),
    ),
    # T17 bpoil_foxnews/2017, a Tuesday: the coming Monday and the Tuesday after it, not today
    (
        'Suttles said that the spill " should be down to a relative trickle by Monday or Tuesday . "',
        "2010-06-08",
        ("2010-06-14", "2010-06-15"),
    ),
    # heap train-1185-0: the choice goes to the plan, not to the death the clause also tells of
    (
        "President Trump said on Monday that he plans to announce his nominee for the Supreme Court vacancy "
        "left by the death of Ruth Bader Ginsburg on Friday or Saturday.",
        "2008-04-06",
        ("2008-03-31", "2008-04-11", "2008-04-12"),
    ),
]


@pytest.mark.parametrize(("text", "published", "values"), CHOICES)
def test_a_choice_of_days_is_ahead(text: str, published: str, values: tuple[str, ...]) -> None:
    assert tuple(t.value for t in find_time_expressions(text, published)) == values


def test_one_day_keeps_its_tense() -> None:
    text = "The company said the pipe was cut on Tuesday ."
    assert [t.value for t in find_time_expressions(text, "2010-05-31")] == ["2010-05-25"]
    # "late Tuesday or early Wednesday": the second keeps its own reading (T17 bpoil_reuters/807)
    text = "an operation to begin late Tuesday or early Wednesday , Dudley told reporters ."
    assert [t.value for t in find_time_expressions(text, "2010-05-23")] == ["2010-05-25", "2010-05-26"]
