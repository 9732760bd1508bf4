"""entities38: an untyped name in a list of three or more whose typed names are all places is a place."""

import pytest

from newsprism.analyse.entities import find_mentions


def _type_of(text: str, name: str) -> str | None:
    return next(m.type for m in find_mentions(text) if m.name == name)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # heap H1N1_guardian/796
        (
            "Doctors in the most-affected areas Glasgow, Dunoon and Paisley would be allowed to make a "
            "swine flu diagnosis.",
            "Dunoon",
        ),
        # heap bpoil_foxnews/1602
        (
            "Power is almost fully restored throughout most of Long Island, Westchester, and New Jersey.",
            "Westchester",
        ),
    ],
)
def test_an_untyped_name_listed_with_places_is_a_place(text: str, name: str) -> None:
    assert _type_of(text, name) == "place"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # heap l3s_gn1-6d6054c4: a dateline's date
        ("SALMON, Idaho, Jan 17 (Reuters) - A draft pick was arrested in Salmon, Idaho.", "Jan"),
        # heap train-1463-1: a law's name after its place
        (
            "The committee passed H.R. 51, also known as the Washington, D.C., Admission Act, on Tuesday.",
            "Admission Act",
        ),
    ],
)
def test_a_date_or_a_law_after_places_is_no_place(text: str, name: str) -> None:
    assert _type_of(text, name) != "place"
