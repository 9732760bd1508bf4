"""OWN_CLAUSE (timex): a phrase that opens a clause after "that", "which" or "who" (a preposition
between: "that until", "that on") takes the tense of its own clause, the cue after it, not the main
clause's cue before the "that"; where its clause holds no cue, the cue before still reads it."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # mixed-dev msnbc_04 (Friday 2019-01-25; a 2012 story): "could be" read the Wednesday ahead
        (
            "And George - it could be that until Wednesday night Mitt Romney had run a breathtakingly "
            "uninspiring campaign pockmarked with gaffes, inconsistencies, and evasion.",
            "2019-01-25",
            "Wednesday night",
            "2019-01-23",
        ),
        # T17 bpoil_guardian/1111 (Friday 2010-05-28): a plan told after "said that"; read May 22
        (
            "Outlining his alternative plan , he said that on Saturday two teams of about 50 people would "
            "be sent out to barrier islands off the coast .",
            "2010-05-28",
            "Saturday",
            "2010-05-29",
        ),
        # T17 bpoil_foxnews/1551 (Tuesday 2010-05-25): the hoped-for top kill; read May 19
        (
            "Browner made the rounds of morning television news shows on Tuesday , expressing continued "
            "frustration but also voicing hope that Wednesday 's procedure would succeed .",
            "2010-05-25",
            "Wednesday",
            "2010-05-26",
        ),
        # made-up: a relative clause's own future after a past main clause
        (
            "The board, which was formed in 2009, named a chief who on Friday will take office.",
            "2020-03-04",
            "Friday",
            "2020-03-06",
        ),
        # guards: the determiner "that" after a preposition reads as before (the past "saw")
        ("He saw her at that Friday meeting.", "2020-03-04", "Friday", "2020-02-28"),
        # guards: no cue in the clause, the main clause's past still reads it
        ("He said that on Monday the road is closed.", "2020-03-04", "Monday", "2020-03-02"),
        # guards: the clause's own past agrees with the main clause's
        ("She said that on Monday the company had shut the plant.", "2020-03-04", "Monday", "2020-03-02"),
        # guards: a phrase inside the clause, not opening it, keeps the nearest cue before it
        ("He will say that the plant closed on Monday.", "2020-03-04", "Monday", "2020-03-02"),
    ],
)
def test_own_clause(text: str, published: str, phrase: str, expected: str) -> None:
    found = {t.text: t.value for t in find_time_expressions(text, published)}
    assert found[phrase] == expected
