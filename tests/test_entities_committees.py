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


def test_districts_of_columbia_and_of_federal_courts_are_one_name() -> None:
    # (entities22: each was 'District' and the place after it; a neighbourhood's district is no
    # district of its city)
    cases = {
        "Marijuana is legal in 23 states and the District of Columbia.": [("District of Columbia", "place")],
        "He was charged in the Southern District of New York.": [
            ("Southern District of New York", "organization")
        ],
        "They live in the Garden District of New Orleans.": [
            ("Garden District", "other"),
            ("New Orleans", "place"),
        ],
    }
    for text, want in cases.items():
        assert names(text) == want, text
