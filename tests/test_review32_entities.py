"""review32 (session 28): findings on this session's entity rules, each shown on the text the rule
misreads. Each test is xfail(strict) until its patch under /tmp/h28/review32/ is applied."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # l3s_gn1 710140ea: "taken to a Shia suburb" made "Shia" a place, "a Shia militia" with it
        ("The men were initially taken to a Shia suburb after being seized by a Shia militia.", "Shia"),
        ("The two men lived in a mainly Druze village near the border.", "Druze"),
        ("The fighters entered an Alawite village on Monday.", "Alawite"),
    ],
)
def test_a_kind_of_place_after_an_indefinite_article_is_no_place(text: str, name: str) -> None:
    assert _types(text)[name] != "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # 62d81c8's own cases stay places
        ("The marines patrolled in western Anbar province on Monday.", "Anbar"),
        ("An earthquake struck on Qeshm island on Sunday.", "Qeshm"),
        ("The army returned to the Swat valley last year.", "Swat"),
    ],
)
def test_a_name_before_a_place_noun_stays_a_place(text: str, name: str) -> None:
    assert _types(text)[name] == "place"
