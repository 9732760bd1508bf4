"""review30: entities35 245e6be (types._region_surname) reads a country that is a common surname as
the last word of a person's name after a given name. It also does so after a given name and a
surname, where the run is a firm's or a charity's branch in that country, a shape business news
writes often ("Morgan Stanley Israel", "Christian Aid Ireland"): these became persons. Made-up
sentences."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _types(text: str, name: str) -> list[str | None]:
    return [m.type for m in find_mentions(text) if m.name == name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares in Morgan Stanley Israel rose on Monday.", "Morgan Stanley Israel"),
        ("A report by Christian Aid Ireland was published on Tuesday.", "Christian Aid Ireland"),
        ("Jobs at Harvey Norman Ireland were cut last year.", "Harvey Norman Ireland"),
    ],
)
def test_a_firms_branch_in_a_country_is_no_person(text: str, name: str) -> None:
    assert _types(text, name) and "person" not in _types(text, name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Former Washington coach Eddie Jordan signed on Monday.", "Eddie Jordan"),
        ("Actor Michael B. Jordan arrived on Monday.", "Michael B. Jordan"),
        ("Rep. Steve Israel said the vote failed.", "Steve Israel"),
    ],
)
def test_a_person_whose_surname_is_a_country_stays_a_person(text: str, name: str) -> None:
    assert _types(text, name) == ["person"]
