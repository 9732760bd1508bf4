"""review31: session 27's denied acts in corroborate (claims32's 8ab9ac0, predicates._NOBODY) against an act
done. The finding is a strict xfail that fails on HEAD for its reason (the patch,
/tmp/h27/review31/claims.patch, makes it pass); the guards pass on both. Statements made up in the
style of heap-10000 event 932 and the Gulf spill's first reports."""

from __future__ import annotations

import pytest

from newsprism.corroborate import corroborate
from newsprism.corroborate.predicates import _other_acts
from newsprism.records import Article

KILLED = (
    "No one was killed in the explosion on the oil rig off Louisiana on Tuesday night, the Coast Guard said."
)
INJURED = "Two workers were injured in the explosion on the oil rig off Louisiana on Tuesday night, the Coast Guard said."


def test_a_denied_act_is_not_an_act_done() -> None:
    assert _other_acts(KILLED, INJURED)
    articles = [
        Article(id="a", source="a.txt", text=KILLED, outlet="Valley Herald"),
        Article(id="b", source="b.txt", text=INJURED, outlet="News Roundup 24"),
    ]
    assert [c.status for c in corroborate(articles)] == ["single_source", "single_source"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # guards: 8ab9ac0's own pair (heap-10000 event 932), and two denials
        (
            "No one was injured in the fire, which was set Friday night while a handful of people, including "
            "two children, were inside, according to the Central Mat-Su fire chief, James Steele.",
            "Five adult women and possibly two children were inside the church, but escaped unharmed, Central "
            "Mat-Su Fire Department Chief James Steele told reporters.",
        ),
        ("No one was injured in the fire on Friday night.", "Nobody was hurt in the fire on Friday night."),
    ],
)
def test_two_denials_are_one_fact(a: str, b: str) -> None:
    assert not _other_acts(a, b)
