"""Entities22: a committee named by two fields joined by "and" is one name, also when its first field
is a word that ends firms' names ("Energy": "Duke Energy")."""

from newsprism.analyse.entities import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_a_committee_of_two_fields_is_one_name() -> None:
    assert names("He is the top member of the Energy and Commerce Committee.") == [
        ("Energy and Commerce Committee", "organization")
    ]
    assert names("He testified before the House Energy and Commerce Committee.") == [
        ("House Energy and Commerce Committee", "organization")
    ]
    # two firms, and an organisation's word before another name, stay two
    assert names("Shares of Duke Energy and Exelon Corp rose.") == [
        ("Duke Energy", "organization"),
        ("Exelon Corp", "organization"),
    ]
    got = names("He thanked Police and International Association of Chiefs of Police on Monday.")
    assert ("International Association of Chiefs of Police", "organization") in got
