"""Entities, session 9 (second part): names that the held-out sample of seed 113 and ents9's "Left"
list found typed wrong. The sentences are from the heap's articles and allsides dev."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions
from test_analyse_entities import typed


def test_a_city_or_state_before_a_clubs_nickname_is_a_club() -> None:
    # heap: the clubs were "other", and "Charlotte Bobcats" a person by its given name
    found = typed(
        "The team is hopeful that Vesa Toskala will be in net against the Anaheim Ducks on Wednesday."
    )
    assert found["Anaheim Ducks"] == "organization"
    found = typed("The streak stopped after Wednesday's 95-83 home loss to the Charlotte Bobcats.")
    assert found["Charlotte Bobcats"] == "organization"
    found = typed("Dan Patrick reported that the Boston Red Sox have made Mark Teixeira an offer.")
    assert found["Boston Red Sox"] == "organization"
    assert typed("The Tampa Bay Lightning beat the Columbus Blue Jackets.") == {
        "Tampa Bay Lightning": "organization",
        "Columbus Blue Jackets": "organization",
    }


def test_a_nickname_after_no_city_is_no_club() -> None:
    # allsides: "Pacific Islanders" are people, not a club; a country's "Senators" neither; the
    # nickname needs a place before it ("Tamil Tigers", "Joint Chiefs")
    found = typed(
        "Hate crimes, especially those targeting Asian Americans and Pacific Islanders, have increased."
    )
    assert found["Pacific Islanders"] == "other"
    found = typed("The Tamil Tigers fought the army while the Joint Chiefs met US Senators.")
    assert found["Tamil Tigers"] != "organization"
    assert found["Joint Chiefs"] != "organization"
    assert found["US Senators"] != "organization"


def test_state_of_the_union_is_one_name() -> None:
    # heap: "State" other and "Union" a place (29 mentions of ents9's texts)
    found = typed('Interior Secretary Ken Salazar said on CNN \'s " State of the Union " program on Sunday.')
    assert found["State of the Union"] == "other"
    assert "Union" not in found
    found = typed("In his State of the Union address, Biden praised the unions. The SOTU ran long.")
    assert found["State of the Union"] == "other"
    assert found["SOTU"] == "other"
    # the lower-case phrase is no name
    assert typed("He said the state of the union is strong.") == {}


def test_a_plural_title_before_the_first_of_several_people() -> None:
    # BASIL, heap: "Senators Ron Wyden" and "Presidents Richard M. Nixon" were untyped names
    found = typed("He compared it with Presidents Richard M. Nixon and Bill Clinton.")
    assert found == {"Richard M. Nixon": "person", "Bill Clinton": "person"}
    mentions = find_mentions("The letter was signed by Senators Ron Wyden and Dianne Feinstein.")
    assert [(m.name, m.type, m.role) for m in mentions][0] == ("Ron Wyden", "person", None)
    # before no given name the plural stays in the name; inside a title it is no plural title
    assert typed("Stores close on Presidents Day.") == {"Presidents Day": "other"}
    mentions = find_mentions("House of Representatives Speaker Nancy Pelosi spoke.")
    assert [(m.name, m.role) for m in mentions] == [("Nancy Pelosi", "House of Representatives Speaker")]


def test_given_names_of_us_politics_and_media() -> None:
    # heap: "Barack Obama" (93 mentions of ents9's texts), "Kellyanne Conway" (with "Conway" a
    # place), "Rush Limbaugh", "Breonna Taylor" were untyped
    found = typed("Kellyanne Conway and Rush Limbaugh criticised Barack Obama over Breonna Taylor's death.")
    assert found == {
        "Kellyanne Conway": "person",
        "Rush Limbaugh": "person",
        "Barack Obama": "person",
        "Breonna Taylor": "person",
    }
    # the common words among them stay words before no name
    assert typed("The Gold Rush began in 1848.") == {"Gold Rush": "other"}


def test_a_law_name_holds_in_to_and() -> None:
    # allsides, heap: "George Floyd Justice" was a person and "Policing Act" a second name;
    # "Cannabis Administration" an organisation
    found = typed("The House passed the George Floyd Justice in Policing Act on Wednesday.")
    assert found == {"House": "organization", "George Floyd Justice in Policing Act": "other"}
    found = typed("He backed the Cannabis Administration and Opportunity Act and the Freedom to Vote Act.")
    assert found == {"Cannabis Administration and Opportunity Act": "other", "Freedom to Vote Act": "other"}
    # two laws, or a one-word name before "and", stay apart
    found = typed(
        "The Clean Water Act and Oil Pollution Act apply, and so do Medicare and Affordable Care Act rules."
    )
    assert found["Clean Water Act"] == "other"
    assert found["Oil Pollution Act"] == "other"
    assert found["Affordable Care Act"] == "other"
    assert "Medicare" in found


def test_a_hospital_is_an_organisation() -> None:
    # heap, T17: "Royal Free Hospital" was a person (by "Royal"), "Launceston General Hospital" the
    # person "Hospital" with the role "Launceston General", "Johns Hopkins Hospital" untyped
    found = typed("He was taken to Launceston General Hospital, then to the Royal Free Hospital in London.")
    assert found["Launceston General Hospital"] == "organization"
    assert found["Royal Free Hospital"] == "organization"
    assert typed("Doctors at Johns Hopkins Hospital said so.")["Johns Hopkins Hospital"] == "organization"


def test_a_broadcasters_call_sign_is_an_organisation() -> None:
    # heap: "WCCO-TV", "KDVR-TV" were untyped; a model number stays no organisation
    found = typed("Police told WCCO-TV and KDVR-TV that the man carried an AR-15.")
    assert found["WCCO-TV"] == "organization"
    assert found["KDVR-TV"] == "organization"
    assert found.get("AR-15") != "organization"
