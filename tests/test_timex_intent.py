"""INTENT (timex): "hope(s) to" and "aim(s) to" are a plan's cue, as "plans to" is; the noun "hope"
after a determiner or "of" is none. A past in "-eed" ("agreed") is a past cue as the "-ed" forms are."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


@pytest.mark.parametrize(
    ("text", "published", "phrase", "expected"),
    [
        # T17 bpoil_bbc/1313 (Monday 2010-08-02): read as July 27
        (
            'BP hopes to begin its attempt to seal the well permanently with a " static kill " procedure '
            "on Tuesday .",
            "2010-08-02",
            "Tuesday",
            "2010-08-03",
        ),
        # T17 bpoil_reuters/1168 (2010-07-08): read as August 2009
        ("BP aims to plug the well late this month or in August .", "2010-07-08", "August", "2010-08"),
        # heap-10000 train-1369-1 (Friday 2024-11-01): "agreed" read no cue, the Monday ahead by "would"
        (
            "House and Senate negotiators on Monday night agreed in principle to provide $1.375 billion for "
            "fencing, part of a broader agreement that would stave off another partial government shutdown.",
            "2024-11-01",
            "Monday night",
            "2024-10-28",
        ),
        # guards (made-up, heap copy-001121's words): the "when" clause's "agreed" reads the Tuesday,
        # not the "aim to" of the relative clause after it; the noun "hope" is no cue
        (
            "The plan received a boost on Tuesday when Senate Democrats agreed on a plan they aim to "
            "include in a budget resolution.",
            "2021-07-16",
            "Tuesday",
            "2021-07-13",
        ),
        ("He put the politics of hope to one side on Wednesday .", "2021-07-16", "Wednesday", "2021-07-14"),
        ("They gave up all hope to win on Wednesday .", "2021-07-16", "Wednesday", "2021-07-14"),
        # guards: the need and the speed are no pasts ("need" has no cue: the day before, as ever)
        ("We need a decision on Monday .", "2021-07-16", "Monday", "2021-07-12"),
    ],
)
def test_intent(text: str, published: str, phrase: str, expected: str) -> None:
    found = {t.text: t.value for t in find_time_expressions(text, published)}
    assert found[phrase] == expected
