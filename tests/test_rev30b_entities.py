"""review30b: 08488a5 (entities35b) makes a British town's name and "County" a club, but many
American counties are named for English towns: "Chester County", "York County", "Bristol County",
"Northampton County" became organisations (10a07b0: places). Made up in the style of US wire copy."""

from __future__ import annotations

from newsprism.analyse.entities.mentions import find_mentions


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


def test_an_american_county_named_for_an_english_town_is_a_place() -> None:
    text = "Police in Chester County, Pennsylvania, said the fire started late on Sunday."
    assert _types(text)["Chester County"] == "place"


def test_york_county_virginia_of_the_t17_stories_is_a_place() -> None:
    # t17 bpoil_washingtonpost/352, in its tokenized words (10a07b0: place)
    text = (
        "In 2006 , BP gave the organization 655 acres in York County , Va. , where a state wildlife "
        "management area is planned ."
    )
    assert _types(text)["York County"] == "place"


def test_york_county_is_a_place() -> None:
    assert (
        _types("Voters in York County turned out in large numbers, officials said.")["York County"] == "place"
    )


def test_bristol_county_prosecutors() -> None:
    assert _types("Bristol County prosecutors charged the man with murder.")["Bristol County"] == "place"


def test_the_county_clubs_stay_clubs() -> None:
    # guard: the commit's own club, "Derby County", and "Wigan Athletic", "Bristol City"
    found = _types("Derby County beat Wigan Athletic 2-1, and Bristol City lost at home.")
    assert found["Derby County"] == found["Wigan Athletic"] == found["Bristol City"] == "organization"


def test_a_family_after_the_is_no_club() -> None:
    # made up; a local story naming the family (08488a5^: person)
    text = "John and Mary Brown lost their son in 2019. The Browns said they would sue the hospital."
    assert _types(text)["Browns"] != "organization"


def test_the_kings_of_mrs_king_are_no_club() -> None:
    text = "Mr and Mrs King have three children. The Kings said they would appeal the ruling."
    assert _types(text)["Kings"] != "organization"


def test_a_club_after_the_that_speaks_is_still_the_club() -> None:
    # guard, 08488a5's own reading
    assert _types("The Yankees announced a new manager on Monday.")["Yankees"] == "organization"
