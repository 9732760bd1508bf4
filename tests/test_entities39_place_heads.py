"""entities39: a place name's abbreviated head cut from it by its point is no place alone."""

from newsprism.analyse.entities import find_mentions


def _types(text: str) -> dict[str, str | None]:
    return {m.name: m.type for m in find_mentions(text)}


def test_an_abbreviated_head_of_a_listed_place_is_no_place() -> None:
    # heap b4dbeda7-a1f3-4711-ae77-db23809d1ed2_1
    text = (
        "A Republican involved with the project said it's airing in Miami, West Palm Beach and "
        "Ft. Myers. The flight is ultimately going to be $1 million, the official said."
    )
    assert _types(text).get("Ft") != "place"


def test_a_listed_place_before_its_point_stays_a_place() -> None:
    # made up: the list's untyped name ends the sentence
    text = "The storm hit Glasgow, Paisley and Dunoon. The roads were closed on Sunday."
    assert _types(text)["Dunoon"] == "place"
