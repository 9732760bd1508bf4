"""entities43: names that go on over "of": an academy's ("National Academy of Sciences": "academy" is
an organisation's head, as "college" is), and those whose "of" joins two words that make the name
("Hall of Fame", "Cup of Nations"), which stop at an "and" after them."""

from newsprism.analyse.entities import find_mentions


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in find_mentions(text)}


def test_an_academy_is_an_organisation_with_its_complement() -> None:
    # heap bpoil_reuters/908, 2_7ecb, train-1629-0, d3a1ce0a-..._2 ("Milton Academy" was a person)
    text = (
        "Seeps account for 45 percent , according to the U.S. National Academy of Sciences . The "
        "Academy of Motion Picture Arts and Sciences announced Friday that Hugh Jackman will host. "
        "Morrison told the Swedish Academy she believed it. Cowan attended Milton Academy, Harvard."
    )
    kinds = _kinds(text)
    assert ("U.S. National Academy of Sciences", "organization") in kinds
    assert ("Academy of Motion Picture Arts and Sciences", "organization") in kinds
    assert ("Swedish Academy", "organization") in kinds
    assert ("Milton Academy", "organization") in kinds
    assert not {name for name, _ in kinds} & {"Sciences", "Motion Picture Arts", "U.S. National Academy"}


def test_a_hall_of_fame_and_a_cup_of_nations_are_one_name() -> None:
    # heap l3s_gn1-2fc045e8 (seed 44's "Sport Australia Hall", a place), train-560-2,
    # l3s_gn1-506df3c3, copy-000936-133295 (the "and" after it)
    text = (
        "John Bertrand is the chairman of the Sport Australia Hall of Fame and he wants a meeting. "
        "DeBartolo was inducted into the Pro Football Hall of Fame in 2016. With Didier Drogba away "
        "at the African Cup of Nations and Andriy Shevchenko injured, Avram Grant had no choice."
    )
    names = {name for name, _ in _kinds(text)}
    assert {"Sport Australia Hall of Fame", "Pro Football Hall of Fame", "African Cup of Nations"} <= names
    assert "Andriy Shevchenko" in names
    assert not names & {"Sport Australia Hall", "Pro Football Hall", "Fame", "African Cup", "Nations"}


def test_a_presenter_a_coroner_an_expert_in_apposition_are_persons() -> None:
    # heap H1N1_guardian/100 (seed 45's "Ros Atkins", other), H1N1_bbc/370 ("Aiden Cotter", other),
    # a bpoil text ("Nansen Saleri", other)
    text = (
        "When Ros Atkins , a BBC radio presenter , came back to the story . Aiden Cotter , Birmingham "
        "and Solihull 's coroner , said it was the law . Nansen Saleri , a Gulf drilling expert , "
        "said he hoped so ."
    )
    people = {(m.name, m.role) for m in find_mentions(text) if m.type == "person"}
    assert ("Ros Atkins", "BBC radio presenter") in people
    assert ("Aiden Cotter", "Birmingham and Solihull's coroner") in people
    assert ("Nansen Saleri", "Gulf drilling expert") in people


def test_a_successors_role_takes_the_office_not_its_former() -> None:
    # heap val-135-1 (seed 44's "successor as Former U.S. President"), l3s_gn1-b10653db (Tucker)
    text = (
        "Former U.S. President Barack Obama on Wednesday assailed his successor, Donald Trump, as "
        "deeply unfit for the office he occupies."
    )
    roles = {m.name: m.role for m in find_mentions(text) if m.type == "person"}
    assert roles["Donald Trump"] == "successor as President"


def test_a_trophy_named_for_someone_is_no_person() -> None:
    # heap l3s_gn1-9a0aca8a, l3s_gn1-41caaf23 ("Stanley Cup" x7 was a person by its given name)
    text = (
        "Getzlaf leads the way for the defending Stanley Cup champion Ducks. Ramage played 15 seasons, "
        "winning Stanley Cup rings with Calgary. Andy Murray won the Davis Cup for Britain."
    )
    kinds = {(m.name, m.type) for m in find_mentions(text)}
    assert ("Stanley Cup", "other") in kinds
    assert ("Davis Cup", "other") in kinds
    assert ("Andy Murray", "person") in kinds
