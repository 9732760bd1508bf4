"""review32 (session 28): findings on this session's entity rules, each shown on the text the rule
misreads. Each test is xfail(strict) until its patch under /tmp/h28/review32/ is applied."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


@pytest.mark.xfail(
    strict=True,
    reason="review32: PERSON_ACTS (7e68102) types a side named for its town a person; "
    "patch /tmp/h28/review32/entities_1.patch",
)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Seattle Sounders scored twice in the second half to win the game.", "Seattle Sounders"),
        ("San Jose Earthquakes scored twice in the second half to win the game.", "San Jose Earthquakes"),
        ("Nottingham Forest scored twice in the second half to win the game.", "Nottingham Forest"),
        ("Toronto Argonauts scored twice in the second half to win the game.", "Toronto Argonauts"),
    ],
)
def test_a_side_named_for_its_town_that_scored_is_no_person(text: str, name: str) -> None:
    assert _types(text)[name] != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the rule's own cases stay a person's (a given name that is a town's, a country's too: Milan, Jordan)
        ("Petr Prucha scored twice in the second period.", "Petr Prucha"),
        ("Milan Hejduk scored twice in the second period.", "Milan Hejduk"),
        ("Jordan Clarkson scored 24 points off the bench.", "Jordan Clarkson"),
    ],
)
def test_a_player_who_scored_stays_a_person(text: str, name: str) -> None:
    assert _types(text)[name] == "person"
