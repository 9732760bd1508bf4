"""review39 (session 32): entities46's byline title (fd0a53d, _role_beside_name) walks back over
"Health and" to read "Health and Science Editor" as Maggie Fox's role, but the run "Health" before
"and" stays a name of its own, typed other: 3 of heap-10000's 9 "By Maggie Fox , Health and Science
Editor" bylines (H1N1_reuters/748, /353, /320) give a junk entity "Health". The texts are cut from
heap-10000 in their words; the control is made up."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _found(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.name: (m.type, m.role) for m in find_mentions(text)}


@pytest.mark.parametrize(
    "text",
    [
        # H1N1_reuters/748
        "By Maggie Fox , Health and Science Editor WASHINGTON | Wed Apr 29 , 2009 7:30 pm BST WASHINGTON ( "
        "Reuters ) - The new H1N1",
        # a Reuters byline with its dateline, the same title
        "By Maggie Fox , Health and Science Editor WASHINGTON ( Reuters ) - A 23-month-old",
    ],
    ids=["bar", "dateline"],
)
def test_a_bylines_title_opening_before_and_is_no_name(text: str) -> None:
    found = _found(text)
    assert found["Maggie Fox"] == ("person", "Health and Science Editor")
    assert "Health" not in found, found


def test_names_joined_by_and_after_a_person_stay_names() -> None:
    # control (made up): an organisation before "and" after a person's name is no title's word
    found = _found("Tony Hayward , BP and Transocean officials said .")
    assert found["BP"][0] == "organization"
    assert found["Transocean"][0] == "organization"
