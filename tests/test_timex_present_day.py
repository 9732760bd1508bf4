"""PRESENT_DAY (timex): a weekday that a present "is" or "are" gives as its subject's day ("The vote is
on Friday.") is ahead of the story, or today, whatever other cue the sentence holds; "was" keeps it
behind. Real sentences of BASIL and T17, and the review's example."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value(text: str, published: str, phrase: str) -> str:
    (found,) = [t for t in find_time_expressions(text, published) if t.text == phrase]
    return found.value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # review25's example, a Wednesday story: the coming Friday
        ("The vote is on Friday.", "2010-06-16", "Friday", "2010-06-18"),
        # BASIL c99adbdd-..._2 (Friday 2014-06-13): the House leadership election of Thursday the 19th
        (
            "In his current role as whip, McCarthy's job is to round up votes from other Republicans. "
            "The election is Thursday -- leaving little time for Labrador to build momentum.",
            "2014-06-13",
            "Thursday",
            "2014-06-19",
        ),
        # T17 bpoil_reuters/106 (Sunday 2010-07-04): the "said" after the day does not put it behind
        (
            "Test results are due Monday , Grantham said , but crew members are confident of success .",
            "2010-07-04",
            "Monday",
            "2010-07-05",
        ),
        # a past verb before the present "is" (reported speech in the present) does not either
        ("He said the vote is on Friday.", "2010-06-16", "Friday", "2010-06-18"),
        # the day of the story itself is today
        ("The vote is on Wednesday.", "2010-06-16", "Wednesday", "2010-06-16"),
    ],
)
def test_a_present_is_gives_a_day_ahead(text: str, published: str, phrase: str, expected: str) -> None:
    assert value(text, published, phrase) == expected


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # "was" tells a day behind
        ("The vote was on Friday.", "2010-06-16", "Friday", "2010-06-11"),
        # a possessive: the noun after the day has its own tense ("Attention is on" the vote held)
        ("Attention is on Friday's vote, which Democrats lost.", "2010-06-16", "Friday", "2010-06-11"),
        # heap train-2029-2: the generic "it's" of a day of the week
        (
            "If it's Friday in politics, there's the potential for a news dump.",
            "2010-10-17",
            "Friday",
            "2010-10-15",
        ),
    ],
)
def test_a_past_or_a_possessive_stays_behind(text: str, published: str, phrase: str, expected: str) -> None:
    assert value(text, published, phrase) == expected
