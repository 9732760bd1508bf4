"""A city and the country or US state it lies in are one place told at two scales, no conflict
(claims24's request, session 20: heap-10000 reported "a federal judge in Brooklyn" / "in New York"
and "violence in Charlottesville" / "in Virginia" as disputes)."""

from __future__ import annotations

from newsprism.analyse.places import cities, country_codes, us_state_codes
from newsprism.corroborate.compare import _one_inside


def test_the_gazetteer_keeps_each_citys_country_and_division() -> None:
    by_name = {(c.name, c.country) for c in cities(100_000)}
    assert ("Paris", "FR") in by_name
    assert country_codes()["France"] == "FR"
    assert us_state_codes()["Virginia"] == "VA"


def test_a_city_lies_in_its_country_or_state_either_way_round() -> None:
    assert _one_inside(("charlottesville",), ("virginia",))
    assert _one_inside(("virginia",), ("charlottesville",))
    assert _one_inside(("paris",), ("france",))
    assert _one_inside(("brooklyn",), ("new", "york"))


def test_places_apart_are_still_two() -> None:
    assert not _one_inside(("paris",), ("germany",))
    assert not _one_inside(("charlottesville",), ("texas",))
    assert not _one_inside(("france",), ("germany",))
