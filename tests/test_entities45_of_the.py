"""entities45: a common noun capitalised alone inside a sentence before "of the" opens a title that
goes on over "of the" ("the Charge of the Light Brigade", heap-10000 sample seed 47 no. 16, was
"Charge" other; "Freedom of the Seas", entities44's seed 46, was "Freedom")."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def typed(text: str) -> dict[str, str | None]:
    return {m.name: m.type for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # copy-000400-131607 / l3s_gn1-d552f187 (sample no. 16)
        (
            "he gets to witness some of the greatest events of 19th-century history - the Charge of the "
            "Light Brigade, the Indian Mutiny, Rorke's Drift and the Retreat from Kabul.",
            "Charge of the Light Brigade",
        ),
        # l3s_gn1-46956db6 (entities44's seed 46: "Freedom" other)
        (
            "A month earlier, 400 caught it aboard Freedom of the Seas, the world's largest cruise ship, in Florida.",
            "Freedom of the Seas",
        ),
        # 8_3ecbplus
        (
            "They chased ceremonial guards away from the Tomb of the Unknown Soldier in front of the building.",
            "Tomb of the Unknown Soldier",
        ),
        # bpoil_foxnews/2133
        (
            "Hugh Walding of Friends of the Earth said Hayward 's choice of venue was sure to arouse anger .",
            "Friends of the Earth",
        ),
        # l3s_gn1-48101d52
        ("Guard James Harden, the Pac-10's Player of the Week, has emerged as the leading scorer.", None),
    ],
)
def test_a_titled_noun_goes_on_over_of_the(text: str, name: str | None) -> None:
    names = typed(text)
    if name is None:  # the title's own words: "Player of the Week" (after a possessive)
        assert any(n.endswith("Player of the Week") for n in names), names
    else:
        assert name in names, names


def test_a_battle_named_for_a_brigade_is_no_organisation() -> None:
    # the brigade is the complement of "Charge", the head: no organisation (copy-000400-131607)
    text = "the greatest events of the age - the Charge of the Light Brigade, the Indian Mutiny."
    assert typed(text)["Charge of the Light Brigade"] != "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # guards: a title's noun ("Secretary of the Navy said": the run stops before "of"), a group's
        # ("Republican members of the House"), a sentence's first word ("Residents of the Gulf Coast"),
        # a surname the article writes after a given name (made up), a room of a building
        # (as:5766_center: "East Room of the White House", two words)
        ("He met the Secretary of the Navy on Monday.", "Navy"),
        ("Republican members of the House voted against it.", "House"),
        ("Officials came. Residents of the Gulf Coast said the oil was back.", "Gulf Coast"),
        ("Tony Hayward spoke first . Later , Hayward of the BP board said no .", "BP"),
        ("Trump spoke in the East Room of the White House on Monday.", "White House"),
        # a caption's or a dateline's first word (bpoil_guardian/1141, bpoil_reuters/968), a count
        # (made up), a known firm (bpoil_bbc/516), a title-case list (bpoil_washingtonpost/1615)
        ("Friday 16 July 2010 18.20 BST Images of the BP oil spill taken from live video .", "BP"),
        (
            "BURAS , Louisiana ( Reuters ) - Residents of the Gulf Coast battled to save their beaches .",
            "Gulf Coast",
        ),
        ("He said One of the UK 's biggest firms had left .", "UK"),
        ("BP had two co-investors - Anadarko of the US and Mitsui of Japan - who own 35 % .", "Anadarko"),
        ("$ 20 Billion for the People and Businesses of the Gulf Coast .", "Gulf Coast"),
    ],
)
def test_no_title_over_of_the_after_a_title_group_opener_or_surname(text: str, name: str) -> None:
    assert name in typed(text)
