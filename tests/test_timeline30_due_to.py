"""timeline30: "due to" before a cause the endings miss (weather, illness, the adjectives before them:
"due to wind", "due to fog", "due to heavy rain", "due to covid") is no plan (WEATHER_CAUSE); "due to wed"
and "due to shed" are a plan's infinitive, whose "-ed" is no past (review31 found "The couple are due to
wed on Friday" read as the Friday before). Made up: the dev sets and heap-10000 hold none of these with a
date."""

import pytest

from newsprism.analyse.timex import find_time_expressions

WEDNESDAY = "2020-01-15"


def _value(text: str, phrase: str) -> str:
    (found,) = [t.value for t in find_time_expressions(text, WEDNESDAY) if t.text == phrase]
    return found


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("Flights were cancelled due to wind on Tuesday.", "Tuesday", "2020-01-14"),
        ("The match was called off due to fog on Sunday, the club said.", "Sunday", "2020-01-12"),
        ("Ferries stayed in port due to heavy rain on Monday.", "Monday", "2020-01-13"),
        ("The school closed due to covid on Friday.", "Friday", "2020-01-10"),
        # a plan's infinitive in "-ed"
        ("The couple are due to wed on Friday.", "Friday", "2020-01-17"),
        ("The carmaker is due to shed 500 jobs on Friday.", "Friday", "2020-01-17"),
        # guards: an infinitive after "due to" is still a plan, a past "-ed" still a past
        ("The plant is due to reopen on Monday.", "Monday", "2020-01-20"),
        ("The carmaker shed 500 jobs on Friday.", "Friday", "2020-01-10"),
        ("The couple wed on Saturday in Rome.", "Saturday", "2020-01-11"),
    ],
)
def test_due_to_a_cause_or_a_plan(text: str, phrase: str, value: str) -> None:
    assert _value(text, phrase) == value
