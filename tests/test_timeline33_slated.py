"""timeline33: "slated" tells a plan as "scheduled" does (SLATED in analyse.timex's tense cues): a weekday, a
month or a day and month after it is still to come, where "slated" was read as a past "-ed" verb; "was
slated" is a plan as it stood when told."""

import pytest

from test_timeline30_past_forms import _found


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # T17 bpoil_reuters/1263 (a Wednesday page; the appeals court heard the moratorium on 2010-07-08)
        (
            "The administration is seeking a stay of the judge 's ruling at the hearing , slated for 3 p.m. "
            "local time ( 2000 GMT ) on Thursday .",
            "2010-07-07",
            "Thursday",
            "2010-07-08",
        ),
        # T17 bpoil_foxnews/1126
        (
            "There 's no guarantee for such a delicate operation deep below the water 's surface , officials "
            "said , and the permanent fix of plugging the well from the bottom remains slated for mid-August .",
            "2010-07-10",
            "mid-August",
            "2010-08",
        ),
        # BASIL d3a1ce0a-fc48-4827-a278-8f0ce8c7a519_2 (the Massachusetts special election of 2013-06-25)
        (
            "Patrick has consistently said that the pick to succeed Kerry should not run in the general "
            "election slated for June 25.",
            "2013-01-30",
            "June 25",
            "2013-06-25",
        ),
        # heap train-1687-2 (a Sunday page)
        (
            "NBC News has not seen a copy of the book, slated to be released on Tuesday.",
            "2014-11-02",
            "Tuesday",
            "2014-11-04",
        ),
    ],
)
def test_slated_is_a_plan(text: str, published: str, phrase: str, value: str) -> None:
    assert _found(text, published, phrase) == (value, "future")


def test_was_slated_is_a_plan_as_told() -> None:
    # T17 bpoil_foxnews/2126: the month of the page, told as a plan (it was read as a past)
    text = "The well originally was slated for completion in mid-August ."
    assert _found(text, "2010-08-04", "mid-August") == ("2010-08", "future")
