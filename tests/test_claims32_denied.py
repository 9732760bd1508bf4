"""corroborate (claims32): an act denied by its subject is none done ("No one was injured": predicates._NOBODY),
so it is no other act than "escaped unharmed". Real excerpts of heap-10000 event 932 (bench/make_corpus.py
over the dev sets; ecbplus 13_4ecb and a paraphrase of it).
"""

from __future__ import annotations

from newsprism.corroborate import corroborate
from newsprism.corroborate.predicates import _other_acts
from newsprism.records import Article

INJURED = (
    "No one was injured in the fire, which was set Friday night while a handful of people, including two "
    "children, were inside, according to the Central Mat-Su fire chief, James Steele."
)
UNHARMED = (
    "Five adult women and possibly two children were inside the church, but escaped unharmed, Central Mat-Su "
    "Fire Department Chief James Steele told reporters."
)


def test_no_one_injured_and_escaped_unharmed_are_one_fact() -> None:
    assert not _other_acts(INJURED, UNHARMED)
    articles = [
        Article(id="a", source="a.txt", text=INJURED, outlet="Valley Herald"),
        Article(id="b", source="b.txt", text=UNHARMED, outlet="News Roundup 24"),
    ]
    assert [len(c.evidence) for c in corroborate(articles) if c.status == "corroborated"] == [2]


def test_an_act_done_is_still_judged() -> None:
    # the control (made up): one outlet's people hurt, the other's fleeing
    assert _other_acts("Two people were injured in the fire on Friday night .", UNHARMED)
