"""timeline34: "as early as" before a weekday gives the earliest day of what is still to come
(EARLIEST_DAY in analyse.timex), but not after a past verb of its own (EARLIEST_PAST): what was done
"as early as Monday" is over. The past sentences are review35's (session 30), none in the dev sets or
heap-10000; the plans are T17's."""

import pytest

from test_timeline29_plan_cues import _value


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("BP was warned as early as Monday that the well was unstable .", "Monday", "2010-05-31"),
        ("The spill began as early as Tuesday .", "Tuesday", "2010-06-01"),
        # T17 bpoil_foxnews/213: a passive infinitive is a plan's
        (
            "Another temporary fix -- an effort to saw through the pipe leaking the oil and cap it -- could be "
            "tried as soon as Wednesday .",
            "Wednesday",
            "2010-06-09",
        ),
        # T17 bpoil_reuters/1898: a plan whatever the past before it
        (
            "The Senate may begin debating a slimmed-down energy bill as early as Thursday , and holding BP "
            "accountable for cleaning up the Gulf will be a priority .",
            "Thursday",
            "2010-06-03",
        ),
    ],
)
def test_as_early_as_after_a_past_verb_is_past(text: str, phrase: str, value: str) -> None:
    # a Thursday page
    assert _value(text, "2010-06-03", phrase) == value
