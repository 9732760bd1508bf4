"""A department's field alone ("Interior", "Homeland Security", "Treasury") is the department, a
title's words or a fragment of a longer name, never a person or a place (entities26, session 19)."""

from newsprism.analyse.entities import find_mentions, merge_entities


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_a_list_of_fields_names_the_departments() -> None:
    names = _names(
        "Officials at the Interior and Commerce departments said they would review the rule. "
        "The task force called on the Departments of Homeland Security, Education and Justice to act."
    )
    for department in ("Interior", "Commerce", "Homeland Security", "Education"):
        assert (f"{department} Department", "organization") in names
    assert all(name not in ("Interior", "Commerce", "Departments") for name, _ in names)


def test_a_field_alone_is_the_department_the_article_names() -> None:
    text = (
        "The Treasury Department issued the rule on Thursday. Couples need not file again, the "
        "Treasury said, and a senior Treasury official said more rulings would follow."
    )
    names = _names(text)
    assert names.count(("Treasury Department", "organization")) == 3
    assert all(kind != "person" for _, kind in names)
    merged = merge_entities(
        {"a": find_mentions(text), "b": find_mentions("The Department of the Treasury said.")}
    )
    assert len([e for e in merged if e.type == "organization"]) == 1  # one key


def test_a_field_in_a_title_or_a_committee_is_no_name() -> None:
    names = _names(
        "Tony Hayward met the Interior and Homeland Security secretaries on Monday. He was named "
        "secretary of State last year. He testified to the House Energy and Commerce subcommittee "
        "and the Homeland Security and Governmental Affairs Committee."
    )
    assert all(
        name not in ("Interior", "Homeland Security", "State", "Commerce", "Homeland Security Department")
        for name, _ in names
    )


def test_a_common_noun_field_with_no_department_goes() -> None:
    names = _names("Energy giant BP fell. The State governments and another State objected.")
    assert all(name not in ("Energy", "State", "State Department") for name, _ in names)
    # "State" alone is the department only in a list's words, not as a government's adjective
    names = _names("The State Department said so. State television quoted an unnamed source.")
    assert names.count(("State Department", "organization")) == 1


def test_treasury_and_labor_alone_stay_names() -> None:
    assert ("Treasury", "organization") in _names("Peston's mates aren't running the Treasury any more.")
    assert ("Treasury", "person") not in _names("Rates rose, the Treasury said on Wednesday.")
    assert any(name == "Labor" for name, _ in _names("After 13 years of Labor, the country was tired."))


def test_a_committee_named_for_a_departments_field_is_one_name() -> None:
    # (the article writes neither "security" nor "governmental" in lower case)
    names = _names(
        "The Senate Homeland Security and Governmental Affairs Committee met. He told the Senate "
        "Energy and Natural Resources Committee on Monday."
    )
    assert names == [
        ("Senate Homeland Security and Governmental Affairs Committee", "organization"),
        ("Senate Energy and Natural Resources Committee", "organization"),
    ]
    # two firms stay two
    assert _names("Duke Energy and Exelon Corp. agreed to merge.") == [
        ("Duke Energy", "organization"),
        ("Exelon Corp.", "organization"),
    ]


def test_a_secretary_of_the_field_before_a_name_is_the_role() -> None:
    people = {
        m.name: m.role for m in find_mentions("Secretary of the Treasury Janet Yellen spoke on Monday.")
    }
    assert people == {"Janet Yellen": "Secretary of the Treasury"}
    # with no name after it the office is no one's ("Treasury" a title's words)
    assert _names("The Secretary of the Treasury said so.") == []
