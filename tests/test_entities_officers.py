"""An office named for its officer ("the Sheriff's Department") is one organisation, and a
title's abbreviation ("Const.", "Dist. Atty.") is no name (entities25, session 18)."""

from newsprism.analyse.entities import find_mentions


def _names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_sheriffs_department_is_one_organisation() -> None:
    names = _names(
        "A deputy with the Los Angeles County Sheriff's Department said the man fled. "
        "The Sheriff's Department did not comment."
    )
    assert ("Los Angeles County Sheriff's Department", "organization") in names
    assert ("Sheriff's Department", "organization") in names
    assert all(name != "Department" for name, _ in names)


def test_attorneys_and_sheriffs_office() -> None:
    names = _names(
        "A spokesman for the Harris County Sheriff's Office said the man fled. "
        "The District Attorney's Office declined to comment."
    )
    assert ("Harris County Sheriff's Office", "organization") in names
    assert ("District Attorney's Office", "organization") in names
    assert all(name != "Office" for name, _ in names)


def test_abbreviated_titles_are_no_names() -> None:
    names = _names("Police spokesman Const. Tim Fanning said the car was found.")
    assert ("Tim Fanning", "person") in names
    assert all(name not in ("Const", "Const.") for name, _ in names)
    names = _names("Deputy Dist. Atty. Jane Roe said the case was closed.")
    assert ("Jane Roe", "person") in names
    assert all(not name.startswith(("Dist", "Atty")) for name, _ in names)


def test_a_marine_alone_is_the_marines() -> None:
    names = _names(
        "Michael Williams, a former Marine who survived the fire, testified. "
        "The Marine Corps said so. Marine scientists studying the spill disagree."
    )
    assert ("Marines", "other") in names
    assert ("Marine Corps", "organization") in names
    assert all(name != "Marine" for name, _ in names)
    assert names.count(("Marines", "other")) == 1  # the sea's adjective opening a sentence is none


def test_the_da_alone_is_no_name() -> None:
    names = _names(
        "The man ran a stop sign, the DA said. The DA's office declined. "
        "DA Larry Krasner said so. He flew to Da Nang."
    )
    assert all(name != "DA" for name, _ in names)
    assert ("Da Nang", "place") in names  # a name in the usual case is no title
    assert any(name.endswith("Larry Krasner") for name, _ in names)


def test_a_states_attorneys_office() -> None:
    names = _names("That came from the Lake County State's Attorney's Office on Tuesday.")
    assert names == [("Lake County State's Attorney's Office", "organization")]
