"""corroborate (claims25): a title's department is no part of its holder's name. "Secretary of
Homeland Security Janet Napolitano" names Janet Napolitano, "Secretary of the Interior Salazar" names
Salazar; an organisation after "of the" keeps its words ("director of the Sandia National
Laboratories")."""

from __future__ import annotations

import pytest

from newsprism.corroborate import corroborate
from newsprism.corroborate.values import _names
from newsprism.records import Article


def names(text: str) -> list[str]:
    return [n[2] for n in _names(text, [], True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heap-10000, bpoil_washingtonpost/521 and bpoil_foxnews/398
        (
            "But under Secretary of the Interior Salazar those warnings were and are being ignored .",
            ["Salazar"],
        ),
        (
            "Salazar and Secretary of Homeland Security Janet Napolitano were to lead a Senate delegation .",
            ["Janet Napolitano", "Senate"],
        ),
        ("He met Minister of Foreign Affairs Wang Yi on Monday .", ["Wang Yi"]),
        ("He met Secretary of the Navy Ray Mabus .", ["Ray Mabus"]),
        # unchanged: one department word, an organisation, an office with no name after it
        ("He met Secretary of State Hillary Clinton on Monday .", ["Hillary Clinton"]),
        ("said the director of the Sandia National Laboratories .", ["Sandia National Laboratories"]),
        ("said the Secretary of the Interior .", ["Interior"]),
    ],
)
def test_a_department_is_no_part_of_the_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_one_holder_named_under_two_offices_is_no_conflict() -> None:
    # heap-10000: "Interior Salazar" (bpoil_washingtonpost/521) conflicted with "Ken Salazar"
    a = "But under Secretary of the Interior Salazar those warnings were and are being ignored ."
    b = "But under Interior Secretary Ken Salazar those warnings were and are being ignored ."
    claims = corroborate([Article(id="a", source="a.txt", text=a), Article(id="b", source="b.txt", text=b)])
    assert [c.status for c in claims] == ["corroborated"]
