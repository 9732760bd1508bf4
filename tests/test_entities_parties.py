"""Entities23, merge_entities: a party's plural joins the party that the event names ("Republicans"
and "the GOP": one organisation), and a firm's first word that a speech verb alone typed a person
joins the event's firm ("Smithfield said" and "Smithfield Foods")."""

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.records import Entity


def merged(*texts: str) -> list[Entity]:
    return merge_entities({f"a{i}": find_mentions(t) for i, t in enumerate(texts)})


def by_name(entities: list[Entity], name: str) -> Entity:
    return next(e for e in entities if e.name == name)


def test_a_partys_plural_joins_the_party() -> None:
    entities = merged(
        "Republicans blocked the bill on Monday. The GOP said it would not budge.",
        "Republicans want a smaller package, the Republican Party said.",
    )
    party = by_name(entities, "Republican Party")
    assert party.type == "organization"
    assert {"GOP", "Republicans"} <= set(party.aliases)
    assert party.article_ids == ("a0", "a1")
    assert not any(e.name == "Republicans" for e in entities)


def test_a_partys_plural_stays_a_group_without_the_party() -> None:
    entities = merged("Republicans blocked the bill.", "Democrats and Senate Republicans met.")
    assert ("Republicans", "other") in [(e.name, e.type) for e in entities]
    assert ("Senate Republicans", "other") in [(e.name, e.type) for e in entities]
    assert ("Democrats", "other") in [(e.name, e.type) for e in entities]


def test_a_firms_first_word_before_said_joins_the_firm() -> None:
    entities = merged(
        "Smithfield said the deal would close in May.",
        "Smithfield Foods agreed to be bought by Shuanghui. Smithfield Foods Inc. said so.",
    )
    firm = next(e for e in entities if "Smithfield" in e.aliases)
    assert firm.type == "organization"
    assert firm.name.startswith("Smithfield Foods")
    assert firm.article_ids == ("a0", "a1")
    assert [e for e in entities if e.type == "person"] == []


def test_a_surname_before_said_stays_the_person() -> None:
    # a full name of the event ends in it, or the firm's name is no firm's ("Bush administration")
    entities = merged("Ford said sales rose. Gerald Ford was president.", "Ford Motor Co. posted a loss.")
    assert ("Gerald Ford", "person") in [(e.name, e.type) for e in entities]
    assert ("Ford Motor Co.", "organization") in [(e.name, e.type) for e in entities]
    entities = merged("Bush said no.", "The Bush administration said no.")
    assert ("Bush", "person") in [(e.name, e.type) for e in entities]


def test_a_group_of_a_partys_members_has_one_key_for_the_partys_names() -> None:
    entities = merged(
        "GOP leaders met on Monday. House GOP members were angry. Democrat lawmakers left.",
        "Republican leaders said no. House Republicans balked. Democratic lawmakers stayed.",
    )
    found = {(e.name, *sorted(e.aliases)) for e in entities}
    assert ("Republican leaders", "GOP leaders") in found
    assert ("Democratic lawmakers", "Democrat lawmakers") in found
    # a group noun that is none of the party's names keeps the group apart ("House GOP members")
    assert ("House Republicans",) in found


def test_a_partys_senators_are_its_senate_group() -> None:
    entities = merged(
        "GOP senators balked on Monday.", "Senate Republicans said no. Republican senators left."
    )
    found = {(e.name, *sorted(e.aliases)) for e in entities}
    assert ("Senate Republicans", "GOP senators", "Republican senators") in found
