"""entities46: an event's role for a person (coreference._best_role): "candidate", "nominee" and
"officer" alone say nothing (BASIL 08bb9bee: Mike Huckabee "candidate" over "Fox News host"), and a
title of one word outranks an occupation only with as many votes (Tim Probert "President", a
division's, over "Halliburton executive"); a rank is no occupation (Pervez Musharraf)."""

from __future__ import annotations

from collections import Counter

import pytest

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.analyse.entities.coreference import _best_role


def test_a_bare_candidate_is_no_better_role() -> None:
    # BASIL 08bb9bee-c167-4c17-9c6d-4a1259231eb7_2 and _3
    articles = {
        "2": "Akin, though, told Fox News host Mike Huckabee on his radio show Tuesday afternoon that he's staying in.",
        "3": "Akin said he would remain in the race earlier Tuesday on the radio show of former Republican "
        "presidential candidate Mike Huckabee.",
    }
    entities = merge_entities({k: find_mentions(t) for k, t in articles.items()})
    roles = {e.name: e.role for e in entities}
    assert roles["Mike Huckabee"] == "Fox News host", roles


@pytest.mark.parametrize(
    ("votes", "best"),
    [
        # heap event e-69f49267d714 (bpoil_foxnews/1614 "Timothy Probert , President , Global Business Lines")
        (
            {"President": 1, "Halliburton executive": 3, "executive with Halliburton Inc.": 1},
            "Halliburton executive",
        ),
        # l3s_gn1-5c80d04b: a rank is no occupation that outvotes a head of state's title
        ({"President": 2, "General": 3}, "President"),
        # entities44's: an office of two words still outranks (Cori Bush)
        ({"Democratic Missouri Rep.": 1, "nurse and mother of two": 2}, "Democratic Missouri Rep."),
        # an office held as often as the occupation
        ({"President": 3, "community organizer": 3}, "President"),
        # heap event e-8d4357b69b80: a relative's role left unresolved is no occupation
        ({"President": 1, "Democratic successor": 2}, "President"),
    ],
)
def test_one_word_titles_need_the_votes(votes: dict[str, int], best: str) -> None:
    assert _best_role(Counter(votes)) == best
