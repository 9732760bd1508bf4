"""entities27, part 2: what briefing20 found wrong in the briefings' entity lists, each as a class:
an Indonesian province (seeds' "Bali" was other), an undersheriff's title (ECB+'s "Undersheriff
James Gage" was his name), a two-word name before a hyphenated adjective (BASIL's "Puerto
Rican-born" made "Puerto"), and a merged newspaper's hyphenated name (BASIL's "Spokesman-Review"
was other)."""

from newsprism.analyse.entities import find_mentions


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_an_indonesian_province_is_a_place() -> None:
    # seeds: "on the sidelines of the G20 summit in Bali last November"
    text = "Biden hoped to meet Xi Jinping on the sidelines of the G20 summit in Bali last November."
    assert ("Bali", "place") in _found(text)
    assert ("Aceh", "place") in _found("The tsunami struck the coast of Aceh in 2004.")


def test_an_undersheriff_is_a_title_not_a_name() -> None:
    # ECB+: "Undersheriff James Gage" was a person of that name, "Genesee County Undersheriff James Gage" other
    got = [
        (m.name, m.type, m.role)
        for m in find_mentions("Undersheriff James Gage said the man was found dead.")
    ]
    assert got == [("James Gage", "person", "Undersheriff")]
    text = "Genesee County Undersheriff James Gage said the man was found dead."
    assert [(m.name, m.type) for m in find_mentions(text)] == [("James Gage", "person")]


def test_a_name_before_a_hyphenated_adjective_is_whole() -> None:
    # BASIL: "tea party congressman and Puerto Rican-born only child of a single mother" made "Puerto"
    assert ("Puerto", "other") not in _found("He is a Puerto Rican-born only child of a single mother.")
    assert _found("A Los Angeles-based group sued on Monday.") == [("Los Angeles", "place")]  # was "Los"
    assert _found("He runs a New York-based firm.") == [("New York", "place")]  # was nothing
    assert ("South", "place") not in _found("He is a South African-born actor.")
    # as before: one word so made starts no name, and a lawmaker's party tag is no adjective
    assert _found("A Trump-era rule fell. A Microsoft-backed firm rose.") == []
    assert _found("A Procter & Gamble-owned brand sold.") == [("Procter & Gamble", "organization")]
    assert ("John McCain", "person") in _found("Sen. John McCain (R-Ariz.) spoke.")


def test_a_merged_newspapers_hyphenated_name_is_an_organisation() -> None:
    # BASIL: "Paul told reporters, according to the Spokesman-Review." (other)
    assert ("Spokesman-Review", "organization") in _found(
        "Paul told reporters, according to the Spokesman-Review."
    )
    assert ("Pittsburgh Post-Gazette", "organization") in _found("He wrote in the Pittsburgh Post-Gazette.")
    assert ("Star-Tribune", "organization") in _found("The Star-Tribune said so on Monday.")  # was a person
    # hyphenated places and given names are no papers
    assert _found("Winston-Salem is a city.") == [("Winston-Salem", "place")]
    assert ("Jean-Pierre Raffarin", "person") in _found("Jean-Pierre Raffarin spoke on Monday.")
