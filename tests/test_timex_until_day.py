"""UNTIL_DAY (timex): a weekday that ends a period ("until Tuesday") reads the nearer of the two such days
unless the sentence speaks of the future; a past state that ran to it ("did n't hear ... until Friday
night") stays behind; "through" before a weekday is left as it was. Real sentences of T17, BASIL and
heap-10000."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value(text: str, published: str, phrase: str) -> str:
    (found,) = [t for t in find_time_expressions(text, published) if t.text == phrase]
    return found.value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # T17 bpoil_foxnews/1702 (Monday 2010-08-02): the static kill test put off to Tuesday the 3rd
        (
            "They had hoped to begin the hours-long test Monday but delayed it until Tuesday after a small "
            "leak was discovered in the hydraulic control system .",
            "2010-08-02",
            "Tuesday",
            "2010-08-03",
        ),
        # T17 bpoil_reuters/498 (Monday 2010-07-19)
        (
            "The latest extension lasts until Tuesday afternoon .",
            "2010-07-19",
            "Tuesday afternoon",
            "2010-07-20",
        ),
        # BASIL 450755dd-..._2 (Wednesday 2012-08-01): the kiss day of Friday the 3rd
        ("Others are not waiting until Friday to post their photos.", "2012-08-01", "Friday", "2012-08-03"),
        # T17 H1N1_bbc/1086 (Tuesday 2009-06-23): "closed" is no past here
        (
            "Burwell Village College Primary is also due to remain closed until Thursday after three cases "
            "there .",
            "2009-06-23",
            "Thursday",
            "2009-06-25",
        ),
    ],
)
def test_a_period_ends_on_the_nearer_day(text: str, published: str, phrase: str, expected: str) -> None:
    assert value(text, published, phrase) == expected


def test_a_past_state_until_the_day_is_over() -> None:
    # T17 H1N1_bbc/178 (Wednesday 2009-04-29): the Friday before
    text = "I did n't hear about the flu epidemic until Friday night at 2330 ."
    assert value(text, "2009-04-29", "Friday night") == "2009-04-24"


def test_through_a_weekday_is_left_alone() -> None:
    # heap train-1547-1 (a Monday): the budget passed on the Thursday before
    text = "Senate Republicans powered their budget through Thursday night, adopting a fiscal year 2018 plan."
    assert value(text, "2015-08-31", "Thursday night") == "2015-08-27"
