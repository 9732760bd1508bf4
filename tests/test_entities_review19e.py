"""review19e: entities26's rules where they went too far or stopped short: a place's own "The" ("The
Hague"), "DA" inside a heading in capitals, a time prefix before a secretary "of" an office, and the
abbreviation "Dept" of a department."""

from newsprism.analyse.entities import find_mentions, merge_entities


def test_a_places_own_article_is_a_place() -> None:
    mentions = find_mentions("He should be standing trial in The Hague. Officials said so on Monday.")
    assert [(m.name, m.type) for m in mentions] == [("The Hague", "place")]


def test_da_in_a_heading_in_capitals_is_no_title() -> None:
    heading = "ACCIDENT IN RICHMOND HILL, QUEENS DA SAYSSEPTEMBER 19, 2013\nA grandmother was killed."
    assert all(m.type != "person" for m in find_mentions(heading))
    people = {m.name: m.role for m in find_mentions("Manhattan DA Alvin Bragg charged him on Monday.")}
    assert people == {"Alvin Bragg": "Manhattan DA"}


def test_a_time_prefix_before_a_secretary_of_an_office_keeps_the_role() -> None:
    for text, person in (
        ("He met then-Secretary of the Interior Ken Salazar on Monday.", ("Ken Salazar", "the Interior")),
        ("He met then-Secretary of State Hillary Clinton on Monday.", ("Hillary Clinton", "State")),
    ):
        name, office = person
        people = [(m.name, m.role) for m in find_mentions(text) if m.type == "person"]
        assert people == [(name, f"then-Secretary of {office}")]
    # the office alone: no name
    assert find_mentions("She was then-Secretary of Commerce.") == []


def test_dept_of_a_field_is_the_department() -> None:
    entities = merge_entities(
        {
            "a": find_mentions("Officials at the Interior Department said the leak grew on Monday."),
            "b": find_mentions("He asked the Coast Guard and the Dept of Interior who is in charge."),
        }
    )
    assert len([e for e in entities if "Interior" in e.name]) == 1  # one department
    mentions = find_mentions("We are awaiting guidance from the Dept of Health on Monday.")
    assert [(m.name, m.type) for m in mentions] == [("Dept of Health", "organization")]
    other = find_mentions("The Department of Health said on Monday that cases rose.")
    (health,) = merge_entities({"a": mentions, "b": other})
    assert health.name == "Department of Health"  # (the word in full)


def test_justice_in_a_list_of_departments_is_the_department() -> None:
    for text in (
        "The task force called on the Departments of Homeland Security and Justice to act.",
        "Officials at the Justice and Commerce departments said so.",
        "The Justice department said on Monday it would sue.",
    ):
        names = [(m.name, m.type) for m in find_mentions(text)]
        assert ("Justice Department", "organization") in names
    # a justice's title, and the department's name before a spokesman's: as before
    people = [(m.name, m.role) for m in find_mentions("Chief Justice John Roberts and Justice Kagan agreed.")]
    assert people == [("John Roberts", "Chief Justice"), ("Kagan", "Justice")]
    names = [m.name for m in find_mentions("Justice Department spokesman Peter Carr said it.")]
    assert names == ["Justice Department", "Peter Carr"]


def test_a_time_prefix_before_a_titles_first_word_keeps_the_title() -> None:
    for text, person in (
        ("He met then-Majority Leader Eric Cantor on Monday.", ("Eric Cantor", "then-Majority Leader")),
        ("It was ex-Vice President Dick Cheney who spoke.", ("Dick Cheney", "ex-Vice President")),
        ("He met then-Interior Secretary Ken Salazar on Monday.", ("Ken Salazar", "then-Interior Secretary")),
    ):
        assert [(m.name, m.role) for m in find_mentions(text) if m.type == "person"] == [person]
    # an armed service's unit and a country before a lower-case role open no title
    assert [m.name for m in find_mentions("He was an edict of ex-US administrator Paul Bremer.")] == [
        "Paul Bremer"
    ]


def test_a_secretary_of_the_office_before_a_surname_alone() -> None:
    people = [(m.name, m.role) for m in find_mentions("Secretary of the Interior Salazar said on Monday.")]
    assert people == [("Salazar", "Secretary of the Interior")]  # (was "Interior Salazar")
    # an office's own name after the title: no person
    names = [
        (m.name, m.type) for m in find_mentions("A spokesman for the Secretary of the Navy Office said.")
    ]
    assert names == [("Navy Office", "organization")]
