"""Entities24: a numbered street ("223rd Street", "East 5th Avenue") is one place. A number opens
no run, so the street's head alone was the entity ("Street", type other, in 5 events of the mixed
digest) and the compass word before it a place ("East")."""

from newsprism.analyse.entities import find_mentions


def names(text: str) -> list[tuple[str, str, str]]:
    return [(m.name, m.type, text[m.start : m.end]) for m in find_mentions(text)]


def test_a_numbered_street_is_one_place() -> None:
    assert names("It happened in the 12200 block of 223rd Street on Monday.") == [
        ("223rd Street", "place", "223rd Street")
    ]
    assert names("She was at 40 East 5th Avenue when it began.") == [
        ("East 5th Avenue", "place", "East 5th Avenue")
    ]
    assert names("He was walking on 117th Street near 97th Avenue.") == [
        ("117th Street", "place", "117th Street"),
        ("97th Avenue", "place", "97th Avenue"),
    ]


def test_a_named_street_stays() -> None:
    assert names("He walked on Fifth Avenue.") == [("Fifth Avenue", "place", "Fifth Avenue")]
    assert names("He lives on Pennsylvania Avenue.") == [
        ("Pennsylvania Avenue", "place", "Pennsylvania Avenue")
    ]
