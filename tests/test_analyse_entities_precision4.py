"""Entities, session 13 (entities13): name forms that stayed apart, datelines' capitals."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.records import Mention


def test_a_datelines_place_in_capitals_is_named_in_the_usual_case() -> None:
    # allsides: "WASHINGTON" was listed among an event's places beside "Washington"
    text = "NEW ORLEANS (AP) — Crews left ST. LOUIS for the MOUTH OF THE MISSISSIPPI RIVER. BP said so."
    places = {m.text: m.name for m in find_mentions(text) if m.type == "place"}
    assert places == {
        "NEW ORLEANS": "New Orleans",
        "ST. LOUIS": "St. Louis",
        "MOUTH OF THE MISSISSIPPI RIVER": "Mouth of the Mississippi River",
    }
    dateline = find_mentions("WASHINGTON (Reuters) - The Senate voted.")
    body = find_mentions("Lawmakers in Washington voted on Tuesday.")
    (place,) = [e for e in merge_entities({"a": dateline, "b": body}) if e.type == "place"]
    assert (place.name, place.article_ids) == ("Washington", ("a", "b"))
    # acronyms typed place keep their capitals
    assert {m.name for m in find_mentions("Officials in the USA and the UAE said so.")} >= {"USA", "UAE"}


def test_an_agencys_name_less_its_last_and_complement_joins_it() -> None:
    # basil, heap digest: "Centers for Disease Control" stayed apart from "U.S. Centers for Disease
    # Control and Prevention", and "CDC" with it (two names had its initials)
    entities = merge_entities(
        {
            "a": find_mentions("The U.S. Centers for Disease Control and Prevention (CDC) said so."),
            "b": find_mentions("The Centers for Disease Control said the CDC would act."),
        }
    )
    orgs = {e.name: e.article_ids for e in entities if e.type == "organization"}
    assert orgs == {"U.S. Centers for Disease Control and Prevention": ("a", "b")}
    # not a name glued to another entity's after "and"
    entities = merge_entities(
        {
            "a": find_mentions("He taught at the University of Chicago and Obama named him."),
            "b": find_mentions("President Obama spoke at the University of Chicago on Monday."),
        }
    )
    assert "University of Chicago" in {e.name for e in entities}


def test_organisation_names_that_differ_in_a_plurals_s_are_one() -> None:
    # allsides: "Center for Diseases Control and Prevention" and "CDC" stayed apart from "US Centers
    # for Disease Control and Prevention"; heap: "Mineral Management Service" from "Minerals ..."
    entities = merge_entities(
        {
            "a": find_mentions("The US Centers for Disease Control and Prevention said so. The CDC agreed."),
            "b": find_mentions("The Center for Diseases Control and Prevention said so."),
            "c": find_mentions("The Centers for Disease Control and Prevention (CDC) said so."),
        }
    )
    orgs = {e.name: e.article_ids for e in entities if e.type == "organization"}
    assert orgs == {"US Centers for Disease Control and Prevention": ("a", "b", "c")}
    # a single word stays: "Time" magazine is not "The Times"
    entities = merge_entities(
        {"a": find_mentions("Time Inc. sold it, the Times reported."), "b": find_mentions("Times Inc. said.")}
    )
    assert len([e for e in entities if e.type == "organization"]) >= 2


def test_a_places_name_alone_joins_the_one_place_that_puts_a_country_before_it() -> None:
    # allsides: "Capitol" and "U.S. Capitol" were two places of one event; heap: "Gulf Coast"
    entities = merge_entities(
        {
            "a": find_mentions(
                "Rioters stormed the U.S. Capitol on Jan. 6. Oil reached the U.S. Gulf Coast."
            ),
            "b": find_mentions("Police at the Capitol were outnumbered. Beaches on the Gulf Coast closed."),
        }
    )
    places = {e.name: e.article_ids for e in entities if e.type == "place"}
    assert places == {"U.S. Capitol": ("a", "b"), "U.S. Gulf Coast": ("a", "b")}
    # not the first word of another place of the event ("U.S. Gulf" is not the "Gulf" of "Gulf of
    # Mexico"), nor a country of its own; a water's head alone and after a country joins the one
    # place that names it in full (entities26)
    entities = merge_entities(
        {
            "a": find_mentions("Oil hit five U.S. Gulf states."),
            "b": find_mentions("Oil spread in the Gulf and the Gulf of Mexico."),
        }
    )
    places = {e.name: set(e.aliases) for e in entities if e.type == "place"}
    assert places == {"Gulf of Mexico": {"Gulf", "U.S. Gulf"}}

    def place(name: str) -> Mention:
        return Mention(text=name, start=0, end=len(name), type="place", name=name, role=None)

    entities = merge_entities({"a": [place("American Samoa")], "b": [place("Samoa")]})
    assert {e.name for e in entities} == {"American Samoa", "Samoa"}


def test_a_titles_office_goes_on_over_and_up_to_a_given_name() -> None:
    # heap: "Urban Development" was a person, role "Secretary of Housing and"; "Immigration Services
    # Ken Cuccinelli" one, role "Acting Director of Citizenship and"
    assert find_mentions("The Secretary of Housing and Urban Development said so.") == []
    (m,) = find_mentions("Acting Director of Citizenship and Immigration Services Ken Cuccinelli spoke.")
    assert (m.name, m.type, m.role) == (
        "Ken Cuccinelli",
        "person",
        "Acting Director of Citizenship and Immigration Services",
    )
    (m,) = find_mentions("Secretary of Health and Human Services Becerra spoke.")
    assert (m.name, m.role) == ("Becerra", "Secretary of Health and Human Services")


def test_a_clause_or_a_phrase_in_capitals_is_no_name() -> None:
    # heap (readers' comments): "OBAMA IS AN HONEST LEADER" a person, "HUGE CORPORATION" and
    # "BIG GOVERNMENT" organisations
    text = (
        "PRESIDENT OBAMA IS AN HONEST LEADER. BP is a HUGE CORPORATION, and a huge corporation pays. "
        "We fear BIG GOVERNMENT: big government fails. The CENTERS FOR DISEASE CONTROL said so."
    )
    names = {m.name for m in find_mentions(text)}
    assert not {"OBAMA IS AN HONEST LEADER", "HUGE CORPORATION", "BIG GOVERNMENT"} & names
    assert {"BP", "CENTERS FOR DISEASE CONTROL"} <= names
    # "us" of a name is the country's
    assert "US GOVERNMENT" in {m.name for m in find_mentions("The US GOVERNMENT said so.")}


def test_members_of_parliament_are_a_group() -> None:
    # heap (BBC, Guardian): "Tory MPs" and "MPs" ("told MPs") were persons
    found = {
        m.name: m.type for m in find_mentions("Tory MPs revolted. Hayward told MPs the spill was grave.")
    }
    assert found["Tory MPs"] == "other" and found["MPs"] == "other"


def test_a_party_adjective_before_a_word_in_lower_case_is_a_label() -> None:
    # basil, heap: "Senate Democratic" (of "the Senate Democratic leader") and "South Carolina
    # Democratic" (of "primary") were entities
    text = "The Senate Democratic leader spoke after the South Carolina Democratic primary."
    assert [m.name for m in find_mentions(text)] == []
    # a group noun after it makes the group
    assert {m.name for m in find_mentions("Senate Democratic leaders said no.")} == {
        "Senate Democratic leaders"
    }


def test_a_memorial_or_a_monument_is_a_place() -> None:
    # heap (seed 223): "Lincoln Memorial" was a person ("Lincoln" a given name)
    found = {
        m.name: m.type
        for m in find_mentions("Trump spoke at the Lincoln Memorial near the Washington Monument.")
    }
    assert found["Lincoln Memorial"] == "place" and found["Washington Monument"] == "place"


def test_washington_dc_without_points_is_a_place() -> None:
    # heap, allsides (seed 223): "Washington DC" was other beside the place "D.C."
    assert {m.name: m.type for m in find_mentions("He flew to Washington DC on Monday.")} == {
        "Washington DC": "place"
    }


def test_dc_and_washington_dc_are_one_place() -> None:
    # heap (seed 223): "Washington DC" and "D.C." were two places of one event
    entities = merge_entities(
        {
            "a": find_mentions("He flew to Washington DC on Monday."),
            "b": find_mentions("Rain fell in D.C. on Monday."),
        }
    )
    assert [(e.name, e.article_ids) for e in entities if e.type == "place"] == [("Washington DC", ("a", "b"))]


def test_the_and_after_a_titled_name_joins_two_names() -> None:
    # basil: "Secretary of State Hillary Clinton and Democratic allies" was one run whose office went
    # on over "and": no Hillary Clinton; heap: "Secretary of Homeland Security Janet Napolitano and
    # Secretary of the Interior Ken Salazar" lost Napolitano
    mentions = find_mentions("Secretary of State Hillary Clinton and Defense Secretary Robert Gates met.")
    assert [(m.name, m.type, m.role) for m in mentions] == [
        ("Hillary Clinton", "person", "Secretary of State"),
        ("Robert Gates", "person", "Defense Secretary"),
    ]
    names = {m.name for m in find_mentions("Secretary of State Hillary Clinton and Democratic allies spoke.")}
    assert "Hillary Clinton" in names
    # the office's own "and" still goes on up to the name
    (m,) = find_mentions("Secretary of Housing and Urban Development Julian Castro spoke.")
    assert (m.name, m.role) == ("Julian Castro", "Secretary of Housing and Urban Development")


def test_a_plural_trade_noun_ends_a_unions_name() -> None:
    # heap: "United Auto Workers" was untyped (other), or a person before "said"; "Contractors" of
    # "Associated General Contractors" a person with the title "General"
    (m,) = find_mentions("The United Auto Workers said on Friday it would strike.")
    assert (m.name, m.type) == ("United Auto Workers", "organization")
    types = {m.name: m.type for m in find_mentions("The Associated General Contractors of America said so.")}
    assert types.get("Associated General Contractors") == "organization"
    # not after a place or a person's name
    assert find_mentions("Kentucky Teachers rallied.")[0].type != "organization"


def test_a_designate_or_elect_title_is_no_part_of_the_name() -> None:
    # heap: "Speaker-designate Nancy Pelosi" was the name; "the Governor-elect" a person
    (m,) = find_mentions("Speaker-designate Nancy Pelosi said so.")
    assert (m.name, m.type, m.role) == ("Nancy Pelosi", "person", "Speaker-designate")
    (m,) = find_mentions("Attorney General-designate Merrick Garland said so.")
    assert (m.name, m.role) == ("Merrick Garland", "Attorney General-designate")
    assert find_mentions("The Governor-elect said so on Monday.") == []


def test_a_party_initial_and_a_states_abbreviation_are_no_name() -> None:
    # heap: "Speaker-designate Nancy Pelosi (D Calif.)" gave the entity 'D Calif'
    assert [m.name for m in find_mentions("Nancy Pelosi (D Calif.) said so.")] == ["Nancy Pelosi"]
    assert [m.name for m in find_mentions("Rep. Ann Wagner (R Mo.) said so.")] == ["Ann Wagner"]
