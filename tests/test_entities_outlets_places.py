"""Outlets and officers a reader sees first: a title's own "The" ("The Hill"), "DA" and "State's
Attorney" before a name, an outlet's section; places by their words around them: a town's
apposition, a county's noun, the Gulf and a numbered street by their fuller names (entities26)."""

from newsprism.analyse.entities import find_mentions, merge_entities


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_a_title_keeps_its_article() -> None:
    names = _names(
        "The bill will pass this year, according to The Hill. A White House official told The Hill "
        "more. Lawmakers on the Hill agreed. Camus wrote in The Plague that it was so."
    )
    assert names.count(("The Hill", "organization")) == 2
    assert ("The Plague", "other") in names
    assert ("Hill", "other") in names  # "on the Hill": no title
    # no title after "The": an adjective of the noun after it, a virus, a name that opens a sentence
    names = _names("It was near the site. They saw The Macondo well blow. It spread The H1N1 virus.")
    assert all(not name.startswith("The ") for name, _ in names)


def test_a_prosecutors_title_before_the_name() -> None:
    people = {m.name: m.role for m in find_mentions("Manhattan DA Alvin Bragg charged him on Monday.")}
    assert people == {"Alvin Bragg": "Manhattan DA"}
    people = {m.name: m.role for m in find_mentions("Cook County State's Attorney Kim Foxx said it.")}
    assert people == {"Kim Foxx": "Cook County State's Attorney"}
    # "Da" in title case opens names
    assert ("Da Nang", "place") in _names("He flew to Da Nang on Monday.")


def test_an_outlets_section_is_an_organisation() -> None:
    assert ("CNN Business", "organization") in _names("New York (CNN Business) Equifax reached a deal.")
    assert ("USA TODAY Sports", "organization") in _names("Dick Pound told USA TODAY Sports on Monday.")
    assert ("UK Politics", "organization") not in _names("He spoke to UK Politics on Monday.")


def test_a_town_by_its_apposition_and_a_county_by_its_noun() -> None:
    names = _names(
        "A deputy was shot outside a Hawaiian Gardens apartment. He went to a house in Hawaiian "
        "Gardens, a working-class city at the border of the county. Fires burned in San Diego and "
        "Imperial counties. Roy came to the St Bernard Project, a charity in the small town of Chalmette."
    )
    assert names.count(("Hawaiian Gardens", "place")) == 2
    assert ("Imperial County", "place") in names
    assert ("Chalmette", "place") in names
    assert ("Bernard Project", "place") not in names
    assert ("John Smith", "person") in _names("John Smith, a city official, said so.")


def test_the_gulf_and_a_street_join_their_fuller_names() -> None:
    one = find_mentions("Oil spread in the Gulf of Mexico. BP's U.S. Gulf operations fell.")
    two = find_mentions("The Gulf coast was hit. A fire broke out on East 223rd Street.")
    three = find_mentions("The 223rd Street fire spread on Monday.")
    places = {
        e.name: set(e.aliases) for e in merge_entities({"a": one, "b": two, "c": three}) if e.type == "place"
    }
    assert places["Gulf of Mexico"] >= {"Gulf", "U.S. Gulf"}
    assert places["East 223rd Street"] == {"223rd Street"}
    # "Gulf" beside two gulfs stays apart
    four = find_mentions("Ships sailed in the Persian Gulf.")
    places = {e.name for e in merge_entities({"a": one, "b": two, "d": four}) if e.type == "place"}
    assert {"Gulf", "Gulf of Mexico", "Persian Gulf"} <= places


def test_the_last_word_of_the_one_place_the_article_names() -> None:
    names = _names("He spoke on Capitol Hill on Monday. Lawmakers on the Hill agreed.")
    assert names == [("Capitol Hill", "place"), ("Capitol Hill", "place")]
    # not London's "the City", nor a name that goes on with "of"
    names = _names("Investors in Oklahoma City sold. The dividend matters to the City, he said.")
    assert ("Oklahoma City", "place") in names and names.count(("Oklahoma City", "place")) == 1
