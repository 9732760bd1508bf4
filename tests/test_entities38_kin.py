"""entities38: of two bearers of one surname each introduced as the other's relative, neither is the
principal a lone surname means; the nearest full name before it decides."""

import pytest

from newsprism.analyse.entities import find_mentions

CASES = [
    # heap l3s_gn1-97f71dae: the son is "the father of Carlos Sousa Jr.", the father "Sousa's father,
    # Carlos Sousa Sr."; "told Sousa" is the father, who spoke (was the son: the one not after a
    # relation's noun and its comma)
    (
        "Paul Dhaliwal, 19, told the father of Carlos Sousa Jr., 17, who was killed, that the three yelled. "
        "Sousa's father, Carlos Sousa Sr., said Dhaliwal told him the three stood on a railing. "
        "The papers said Paul Dhaliwal told Sousa that no one was dangling his legs.",
        "Carlos Sousa Sr.",
    ),
    # made up on heap 19_6ecbplus: "the mother of" names no bearer here, so the sister is the relative
    # and the lone surname the other's
    (
        "Police shot Kimani Gray, 16, in Brooklyn, the mother of two said. His sister, Mahnefah Gray, "
        "told NY1 she doubted it. After the shooting, Gray was rushed to a hospital.",
        "Kimani Gray",
    ),
]


@pytest.mark.parametrize(("text", "bearer"), CASES)
def test_a_lone_surname_of_relatives_of_each_other_is_the_nearest_full_name(text: str, bearer: str) -> None:
    last = find_mentions(text)[-1]
    assert (last.name, last.type) == (bearer, "person")
