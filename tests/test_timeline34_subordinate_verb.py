"""timeline34: a phrase of a subordinate clause right before that clause's own verb takes its tense from
that verb, not from the main clause's cue before the subordinator (SUBORDINATE_VERB in analyse.timex)."""

import pytest

from test_timeline29_plan_cues import _value


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # heap val-220-1 (a Wednesday page; was the Tuesday after)
        (
            "Banks, credit card issuers and other financial companies will be able to block customers from "
            "banding together to sue over disputes, after the U.S. Senate on Tuesday narrowly killed a rule "
            "banning the firms from using “forced arbitration” clauses.",
            "2008-06-11",
            "Tuesday",
            "2008-06-10",
        ),
        # T17 bpoil_reuters/1495 (an October page; was 2011-07)
        (
            "There have been concerns that the U.S. could ban BP from future drilling after lawmakers in July "
            "voted to pass an amendment to a bill",
            "2010-10-01",
            "July",
            "2010-07",
        ),
        # T17 H1N1_bbc/1130: "after" as the date's own preposition, as before
        (
            "All shipments received after 21 April will be subject to the ban .",
            "2009-05-05",
            "21 April",
            "2009-04-21",
        ),
    ],
)
def test_a_subordinate_clause_verb_tells_its_phrase(
    text: str, published: str, phrase: str, value: str
) -> None:
    assert _value(text, published, phrase) == value
