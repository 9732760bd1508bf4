"""TO_BE_AIRED (timeline28b, timex): a broadcast's infinitive tells its airing ahead of the telling,
after its noun with no comma too ("in an interview to be broadcast later on Sunday", "in an interview
with Fox News to air Tuesday morning"), which read the day before; not "opted not to air", nor the
noun of "due to air pollution". Real sentences from the dev sets and heap-10000, one guard made up."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


def value_of(text: str, published: str, phrase: str) -> str | None:
    at = text.index(phrase)
    return next((t.value for t in find_time_expressions(text, published) if t.start == at), None)


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # T17 bpoil_bbc/1503 (Saturday 2010-06-19): read as June 13
        (
            '" I think we can all conclude that Tony Hayward is not going to have a second career in PR '
            "consulting , \" he told ABC 's This Week program , in an interview to be broadcast later on "
            "Sunday .",
            "2010-06-19",
            "Sunday",
            "2010-06-20",
        ),
        # BASIL f11c2566-848a-4e29-b8c5-4de0a81114e4_3 (Monday 2012-04-23): read as April 17
        (
            "The House speaker, in an interview with Fox News to air Tuesday morning, gave his Republican "
            'Party a "two-in-three chance" of holding on to control of the House.',
            "2012-04-23",
            "Tuesday morning",
            "2012-04-24",
        ),
        # heap-10000 train-1219-0 (Thursday 2024-08-01): read as July 30
        (
            "The big four broadcast networks are deliberating over President Donald Trump's request to air "
            "a Tuesday night prime time address on border security, a network executive told CNN.",
            "2024-08-01",
            "Tuesday night",
            "2024-08-06",
        ),
    ],
)
def test_a_broadcast_ahead(text: str, published: str, phrase: str, expected: str) -> None:
    assert value_of(text, published, phrase) == expected


def test_not_aired_and_air_as_a_noun_keep_the_past() -> None:
    # made up: a decision not to air, and "air" as a noun, leave "decided" / "traced" the cue
    assert value_of("The network decided not to air the speech on Tuesday .", "2012-04-26", "Tuesday") == (
        "2012-04-24"
    )
    assert value_of("Doctors traced five deaths to air pollution on Tuesday .", "2012-04-26", "Tuesday") == (
        "2012-04-24"
    )
