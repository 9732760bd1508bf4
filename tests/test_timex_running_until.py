"""RUNNING_UNTIL (timex): a present "is", "are" or verb of lasting that runs to a weekday after "until"
tells of a state that holds now, so its end is today or ahead ("None are expecting deliveries until
Tuesday"); and an "until" fronted with "not" ("Not until Friday did ...") ends no period ahead, so the
sentence's own tense reads it. Real T17 sentences unless said; the guards pass before and after."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value(text: str, published: str, phrase: str) -> str:
    (found,) = [t for t in find_time_expressions(text, published) if t.text == phrase]
    return found.value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # T17 H1N1_bbc/178 (Wednesday 2009-04-29): the Tuesday ahead, read as the one before
        (
            "I have visited six pharmacies in the area and all are sold out . None are expecting deliveries "
            "until Tuesday .",
            "2009-04-29",
            "Tuesday",
            "2009-05-05",
        ),
        # T17 H1N1_guardian/604 (Thursday 2009-04-30): Mexico's shutdown of May 1-5, read as April 28
        (
            "Mexican President Felipe Calderon effectively shut down the country 's economy today , asking "
            "that only essential businesses like supermarkets , pharmacies , and gas stations remain open "
            "until Tuesday .",
            "2009-04-30",
            "Tuesday",
            "2009-05-05",
        ),
        # made-up (review26's probe): the inverted past, read as the Friday ahead
        ("Not until Friday did officials admit the leak.", "2010-06-16", "Friday", "2010-06-11"),
    ],
)
def test_the_state_still_runs_or_is_over(text: str, published: str, phrase: str, expected: str) -> None:
    assert value(text, published, phrase) == expected


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # a past state stays behind (made-up; ENDED_STATE)
        ("The store was closed until Tuesday.", "2010-06-16", "Tuesday", "2010-06-15"),
        # a present perfect may be over: left to UNTIL_DAY's nearer day (T17 H1N1_bbc/370, Tuesday)
        (
            "Mayfield School , a school for children with special needs in Lozells , Birmingham , which has "
            "been closed until Monday .",
            "2009-06-30",
            "Monday",
            "2009-06-29",
        ),
        # a past state told with "was" before a present clause keeps its own verb (made-up)
        ("It was not until Friday that officials admitted the leak.", "2010-06-16", "Friday", "2010-06-11"),
        # "to remain" is a plan's, read by its cue (T17 H1N1_bbc/1086, Tuesday)
        (
            "Burwell Village College Primary is also due to remain closed until Thursday after three cases "
            "there .",
            "2009-06-23",
            "Thursday",
            "2009-06-25",
        ),
    ],
)
def test_guards(text: str, published: str, phrase: str, expected: str) -> None:
    assert value(text, published, phrase) == expected
