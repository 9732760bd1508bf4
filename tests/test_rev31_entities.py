"""review31: session 27's entity rules on inputs their authors did not try. Each finding is a strict
xfail that fails on HEAD for its reason (the patch, /tmp/h27/review31/entities.patch, makes it pass);
the guards pass on both. All texts made up in the dev data's style."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _types(text: str) -> dict[str, str | None]:
    return {m.name: m.type for m in find_mentions(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels in eastern DR Congo attacked a village on Sunday, the UN said.", "Congo"),
        ("The MS Estonia sank in the Baltic in 1994, killing 852 people.", "Estonia"),
    ],
)
def test_an_honorific_in_capitals_is_no_honorific(text: str, name: str) -> None:
    assert _types(text)[name] == "place"


def test_an_unstopped_honorific_still_makes_a_person() -> None:
    # guard (9e6c01c's own case): British style's "Mr", "Dr"
    types = _types("Mr Hayward said on Monday that Dr Franciso Moreno had resigned.")
    assert types["Hayward"] == "person"
    assert types["Franciso Moreno"] == "person"


def test_a_given_name_and_the_surname_bridge_is_a_person() -> None:
    types = _types("Chelsea defender Wayne Bridge was left out of the squad for Saturday's game.")
    assert types["Wayne Bridge"] == "person"


def test_a_bridge_named_after_a_person_is_still_a_place() -> None:
    # guard (8cd3aac's own case): three words, or a place's name first
    types = _types("Traffic on the George Washington Bridge and the Brooklyn Bridge was halted.")
    assert types["George Washington Bridge"] == "place"
    assert types["Brooklyn Bridge"] == "place"


def test_reporting_by_in_prose_is_no_wire_credit() -> None:
    assert _types("The figures are based on reporting by Mother Jones.")["Mother Jones"] != "person"


def test_a_wire_credit_still_names_its_journalists() -> None:
    # guard (be1755d's own case, a Reuters credit)
    types = _types(
        "( Reporting by Ho Binh Minh ; Additional reporting by Tan Ee Lyn ; Editing by Sugita Katyal )"
    )
    assert types["Ho Binh Minh"] == "person"
    assert types["Tan Ee Lyn"] == "person"
    assert types["Sugita Katyal"] == "person"
    # heap-10000 (a Reuters credit in lower case after its semicolon)
    types = _types("( Reporting by Braden Reddall ; editing by Gunna Dickson ) We welcome comments")
    assert types["Gunna Dickson"] == "person"
