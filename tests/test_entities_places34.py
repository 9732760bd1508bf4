"""entities34: saints' towns below the cities' population floor, and a trust of hospitals. Each case
is cut from the heap-10000 article named in its comment."""

from newsprism.analyse.entities import find_mentions
from newsprism.analyse.entities.vocabulary import _places


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.type) for m in find_mentions(text)]


def test_a_saints_town_of_the_gazetteer_is_a_place_in_any_spelling() -> None:
    # heap bpoil_bbc/1338 ("Vernon Turner , St Ives , Cambridgeshire"), bpoil_guardian/1578 ("the
    # St. Andrews beach"): GeoNames writes "Saint Ives" (16,815 people), "Saint Andrews"
    assert ("St Ives", "place") in _found("- Vernon Turner , St Ives , Cambridgeshire , UK")
    assert ("St. Andrews", "place") in _found("Oil was spotted at the St. Andrews beach on Monday.")
    assert {"st austell", "saint neots", "st. helens"} <= _places()


def test_not_a_saint_alone() -> None:
    # a saint's given name is the saint, his day or his church as often as a town: no other spelling
    # of the gazetteer's "Saint George", "Saint John", "Saint Joseph", "Saint Paul"
    assert not {"st george", "st john", "st. john", "st joseph", "st paul"} & _places()


def test_a_trust_of_hospitals_is_an_organisation() -> None:
    # heap H1N1_bbc/64: "Royal London Hospitals" was other
    text = "says John Oxford , professor of virology at St Barts and the Royal London Hospitals , Queen Mary College ."
    assert ("Royal London Hospitals", "organization") in _found(text)
