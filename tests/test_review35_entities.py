"""review35 (session 30): findings on session 30's entity rules (analyse.entities), each shown on
made-up texts the rule misreads. Each test is xfail(strict) until the patch its reason names is
applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Protesters march in London. Photograph: Greenpeace Handout/EPA", "Greenpeace Handout"),
        ("A pelican in the oil. Photograph: Coastguard Handout/Reuters", "Coastguard Handout"),
    ],
)
def test_an_organisations_handout_credit_is_no_photographer(text: str, name: str) -> None:
    # 1c63c4a's picture credit makes any two or three untyped words before '/' and an agency a
    # person; a handout is an organisation's picture, no one's name
    assert _types(text).get(name) != "person"


def test_a_photographers_credit_stays_a_person() -> None:
    # 1c63c4a's own reading (control)
    text = "Oil on the beach. Photograph: Win McNamee/Getty Images"
    assert _types(text)["Win McNamee"] == "person"


def test_a_hall_of_famer_is_an_honour_before_a_name() -> None:
    # 46473b5's OF_NAMES joins "Hall of Fame" but not the "Hall of Famer" it makes: heap-10000
    # fe6a4a0e "Padres Hall of Famer Dave Winfield" gave a place "Padres Hall" and "Famer Dave
    # Winfield" other; l3s_gn1-1f1352a1, l3s_gn1-246e3fec "the future Hall of Famer" gave "Hall" and
    # "Famer" other
    text = (
        "New Dodgers manager Joe Torre and Padres Hall of Famer Dave Winfield are scheduled to attend. "
        "Favre enjoyed a renaissance. The future Hall of Famer rebounded from back-to-back seasons."
    )
    types = _types(text)
    assert types.get("Dave Winfield") == "person"
    assert not {"Padres Hall", "Hall", "Famer"} & set(types)


def test_the_hall_of_fame_stays_one_name() -> None:
    # 46473b5's own reading (control)
    assert "Hockey Hall of Fame" in _types("He was inducted into the Hockey Hall of Fame in Toronto.")
