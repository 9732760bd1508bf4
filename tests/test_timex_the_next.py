"""THE_NEXT (timex): "next" after "the" ("the next day", "the next afternoon", "the next president",
"the next legislation") orders a sequence the story tells, in the past as well as ahead; it is no
tense cue of a plan, as "next" alone ("next week", "next month") is. Real sentences of BASIL, T17 and
heap-10000 (each read in the year or week after its story before)."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value(text: str, published: str, phrase: str) -> str:
    (found,) = [t for t in find_time_expressions(text, published) if t.text == phrase]
    return found.value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # BASIL 1bb79cc1-..._1 (May 2013): the Benghazi talking points of September 2012
        (
            "Mr. Obama’s national security deputies reviewed the talking points at a meeting the next day, "
            "Sept. 15, Mr. Rhodes said.",
            "2013-05-15",
            "Sept. 15",
            "2012-09-15",
        ),
        # T17 bpoil_foxnews/1492 (September 2010): the day before the blowout's week
        (
            "BP drilling engineer Brett Cocales learned the next afternoon , April 16 , that his company 's "
            "engineers had decided against using the additional centralizers .",
            "2010-09-09",
            "April 16",
            "2010-04-16",
        ),
        # heap train-449-2 (a Sunday): the Wednesday before
        (
            "House Speaker Nancy Pelosi and Senate Minority Leader Charles E. Schumer on Wednesday laid down "
            "markers for what congressional Democrats want to see in the next legislation.",
            "2014-11-02",
            "Wednesday",
            "2014-10-29",
        ),
    ],
)
def test_the_next_is_no_plan(text: str, published: str, phrase: str, expected: str) -> None:
    assert value(text, published, phrase) == expected


def test_next_alone_still_tells_a_plan() -> None:
    # "next" without "the" still reads ahead
    text = "The company said it expects to restart the plant next month, on Monday."
    assert value(text, "2010-06-16", "Monday") == "2010-06-21"
