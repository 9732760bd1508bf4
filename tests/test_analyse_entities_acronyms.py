"""Entities, session 10: an acronym and the full name whose initials it spells are one entity of an
event (held-out sample seed 149: "LCPS" beside "Loudoun County Public Schools"). The sentences are
from allsides dev, BASIL and the heap's digest events that bench/entity_diff.py reads."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.records import EntityType, Mention


def entities(*texts: str) -> list[tuple[str, str, tuple[str, ...]]]:
    merged = merge_entities({str(i): find_mentions(text) for i, text in enumerate(texts)})
    return [(e.name, e.type, e.aliases) for e in merged]


def mention(name: str, etype: EntityType) -> Mention:
    return Mention(text=name, start=0, end=len(name), type=etype, name=name)


def test_an_acronym_joins_the_untyped_full_name_of_an_organisation() -> None:
    # allsides 5622: the full name was "other" (no head in ORG_HEADS but "school"), the acronym an
    # organisation by its form
    found = entities(
        "Loudoun County Public Schools said the policy would stand.",
        "LCPS spokesman Wade Hough said the board met on Tuesday.",
    )
    assert ("Loudoun County Public Schools", "organization", ("LCPS",)) in found
    assert not [name for name, _, _ in found if name == "LCPS"]


def test_an_acronym_of_an_untyped_name_with_no_organisation_head_is_untyped() -> None:
    # digest events: "SARS" and "NAFTA" were organisations by their form alone
    found = entities(
        "Scientists studied Severe Acute Respiratory Syndrome for years.",
        "SARS killed hundreds of people in 2003.",
    )
    assert found == [("Severe Acute Respiratory Syndrome", "other", ("SARS",))]
    found = entities(
        "The Affordable Care Act passed in 2010.", "Republicans want to repeal the ACA, he said on Monday."
    )
    assert ("Affordable Care Act", "other", ("ACA",)) in found


def test_a_us_prefix_spells_us_in_the_acronym() -> None:
    found = entities(
        "The U.S. Department of Agriculture said prices would rise.",
        "USDA economists expect beef prices to climb.",
    )
    assert found == [("U.S. Department of Agriculture", "organization", ("USDA",))]
    # "U.S. Geological Survey" is the "USGS" (and, without the prefix, would be the "GS")
    merged = merge_entities(
        {"a": [mention("U.S. Geological Survey", "organization")], "b": [mention("USGS", "organization")]}
    )
    assert [(e.name, e.aliases) for e in merged] == [("U.S. Geological Survey", ("USGS",))]


def test_two_full_names_with_the_acronyms_initials_keep_it_apart() -> None:
    # heap e-d37f: one article wrote "Administration" for "Agency"; which one "FEMA" is, is unknown
    found = entities(
        "The Federal Emergency Management Agency sent trailers.",
        "The Federal Emergency Management Administration said it would help.",
        "On Monday, FEMA sent more.",
    )
    assert sorted(name for name, _, _ in found) == [
        "FEMA",
        "Federal Emergency Management Administration",
        "Federal Emergency Management Agency",
    ]
    found = entities("The Federal Emergency Management Agency sent trailers.", "On Monday, FEMA sent more.")
    assert found == [("Federal Emergency Management Agency", "organization", ("FEMA",))]


def test_an_organisations_name_is_preferred_to_an_untyped_one() -> None:
    # digest e-d7e7: "MMS" is the "Minerals Management Service", not a clipped untyped copy of it
    merged = merge_entities(
        {
            "a": [mention("Minerals Management Service", "organization"), mention("MMS", "organization")],
            "b": [mention("Minerals Management Servic", "other")],
        }
    )
    assert [(e.name, e.aliases) for e in merged if "MMS" in e.aliases] == [
        ("Minerals Management Service", ("MMS",))
    ]


def test_a_persons_initials_and_single_letters_join_nothing() -> None:
    merged = merge_entities(
        {
            "a": [mention("George Walker Bush", "person")],
            "b": [mention("GWB", "organization"), mention("G W Bush", "other")],
            "c": [mention("AOC", "person"), mention("Alliance Of Creators", "organization")],
        }
    )
    assert sorted(e.name for e in merged) == [
        "AOC",
        "Alliance Of Creators",
        "G W Bush",
        "GWB",
        "George Walker Bush",
    ]
    # two initials: an untyped two-word name is mostly a person's or a place's
    merged = merge_entities({"a": [mention("Tom Brady", "other")], "b": [mention("TB", "organization")]})
    assert len(merged) == 2


def test_an_untyped_acronym_joins_an_organisation() -> None:
    merged = merge_entities(
        {"a": [mention("Marijuana Policy Project", "organization")], "b": [mention("MPP", "other")]}
    )
    assert [(e.name, e.type, e.aliases) for e in merged] == [
        ("Marijuana Policy Project", "organization", ("MPP",))
    ]


def test_a_chamber_alone_joins_the_events_one_chamber_of() -> None:
    # allsides 5835: "House" beside "House of Representatives"
    found = entities(
        "The House of Representatives passed the bill on Friday.",
        "The bill now goes from the House to the Senate, where it faces a tougher fight.",
    )
    assert ("House of Representatives", "organization", ("House",)) in found
    # two chambers "of": which one "House" is, is unknown; a glued name is no chamber's
    merged = merge_entities(
        {
            "a": [mention("House of Commons", "organization"), mention("House of Lords", "organization")],
            "b": [mention("House", "organization")],
        }
    )
    assert sorted(e.name for e in merged) == ["House", "House of Commons", "House of Lords"]
    merged = merge_entities(
        {
            "a": [mention("House of Representatives Nancy Pelosi", "organization")],
            "b": [mention("House", "organization")],
        }
    )
    assert len(merged) == 2
