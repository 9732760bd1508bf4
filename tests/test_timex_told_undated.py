"""TOLD_UNDATED (timex): a day and month under a future of a past ("was set to", "would") whose telling
the sentence does not date is read in the year nearest publication: the plan may be behind the reader
by now. Real sentences of T17 (each read in the year after its story before)."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value(text: str, published: str, phrase: str) -> str:
    (found,) = [t for t in find_time_expressions(text, published) if t.text == phrase]
    return found.value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # T17 bpoil_guardian/1365 (May 21): the trip of May 5, called off a day later
        (
            "He was set to fly to Houston to join the effort at 3am on 5 May . A day later , BP called off "
            "the visit .",
            "2010-05-21",
            "5 May",
            "2010-05-05",
        ),
        # ... and the day counted from it
        (
            "He was set to fly to Houston to join the effort at 3am on 5 May . A day later , BP called off "
            "the visit .",
            "2010-05-21",
            "A day later",
            "2010-05-06",
        ),
        # T17 bpoil_reuters/889 (October 25): Dudley took over on October 1
        (
            "BP said in late July that Dudley would take over as chief executive on October 1 , succeeding "
            "Tony Hayward .",
            "2010-10-25",
            "October 1",
            "2010-10-01",
        ),
        # T17 bpoil_washingtonpost/86 (November 9): the lease of May 2010
        (
            "A BP lease would expire by May 16 if certain work were n't done there .",
            "2010-11-09",
            "May 16",
            "2010-05-16",
        ),
    ],
)
def test_an_undated_telling_reads_nearest(text: str, published: str, phrase: str, expected: str) -> None:
    assert value(text, published, phrase) == expected


def test_a_plan_still_ahead_stays_ahead() -> None:
    # nearest publication is ahead when the day is: "would" of a plan days away
    text = "Officials said the hearing would be held on June 20 ."
    assert value(text, "2010-06-10", "June 20") == "2010-06-20"
