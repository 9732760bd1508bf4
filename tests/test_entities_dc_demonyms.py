"""Entities24: "DC" alone is the District of Columbia, a place as "D.C." is ("in Washington, DC":
an organisation by its capitals, and merged as the acronym of "Different Company"); a plural
demonym of a state or a country ("his fellow Missourians urged him", "Alaskans said") is a group
(type other) as "Americans" is, no person."""

from newsprism.analyse.entities import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_dc_is_a_place() -> None:
    assert names("She married her partner in Washington, DC last year.") == [
        ("Washington", "place"),
        ("DC", "place"),
    ]
    assert ("DC", "place") in names("Lobbyists are paid big bucks to lobby in DC to lessen rules.")


def test_a_plural_demonym_is_a_group() -> None:
    assert names("“Today, his fellow Missourians urged him to step aside,” he said.") == [
        ("Missourians", "other")
    ]
    assert names("Alaskans said no to the plan.") == [("Alaskans", "other")]
    assert names("Americans urged him to quit.") == [("Americans", "other")]
