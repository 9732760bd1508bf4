"""Entities, session 9: merges and names that the hand-judged samples (bench/entity_sample.py) found
wrong. The sentences are from allsides dev, BASIL and the heap's articles."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.records import Entity


def merged(**texts: str) -> list[Entity]:
    return merge_entities({key: find_mentions(text) for key, text in texts.items()})


def named(entities: list[Entity], word: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(e.name, e.type, e.article_ids) for e in entities if word in e.name]


def test_a_nickname_and_the_full_first_name_are_one_person() -> None:
    # allsides 5867: the Washington Times writes "Charles E. Schumer", the others "Chuck Schumer"
    entities = merged(
        a="“I’ve said for weeks that we intend to move two things in July,” Senate Majority Leader "
        "Charles E. Schumer, New York Democrat, said of the infrastructure bill.",
        b="Senate Majority Leader Chuck Schumer announced Thursday morning that a deal had been reached.",
        c="Schumer said the Senate would vote next week.",
    )
    assert named(entities, "Schumer") == [("Charles E. Schumer", "person", ("a", "b", "c"))]
    assert "Chuck Schumer" in entities[0].aliases
    # heap: "Steve Bannon" and "Stephen K. Bannon"; "Joe Biden" and "Joseph R. Biden Jr."'s father
    # stay apart from the son by the suffix
    entities = merged(
        a="Former White House chief strategist Steve Bannon was charged on Thursday.",
        b="Stephen K. Bannon, the former chief strategist, pleaded not guilty.",
    )
    assert named(entities, "Bannon") == [("Stephen K. Bannon", "person", ("a", "b"))]
    entities = merged(
        a="Donald Trump spoke on Monday.",
        b="Donald Trump Jr. spoke on Tuesday, and Don Trump was not there.",
    )
    assert sorted(e.name for e in entities if "Trump" in e.name) == ["Donald Trump", "Donald Trump Jr."]


def test_different_first_names_stay_apart() -> None:
    entities = merged(
        a="Representative Michael Johnson of Louisiana said the vote would go ahead.",
        b="Ron Johnson, a senator from Wisconsin, said he would vote against it.",
    )
    assert sorted(e.name for e in entities if "Johnson" in e.name) == ["Michael Johnson", "Ron Johnson"]


def test_a_legal_form_joins_the_bare_company_name() -> None:
    # allsides 5644: the Wall Street Journal's "Facebook Inc.", the others' "Facebook"
    entities = merged(
        a="Former Facebook Inc. employee Frances Haugen detailed to a Senate panel Tuesday the internal "
        "documents she gathered.",
        b="Facebook employees were told not to talk to the press, and Facebook said nothing.",
    )
    assert [(e.type, e.article_ids) for e in entities if "Facebook" in e.name] == [
        ("organization", ("a", "b"))
    ]


def test_a_committee_without_its_chamber_joins_the_one_chamber_named() -> None:
    # allsides 5836: "Freedom Caucus support" and "the ultraconservative House Freedom Caucus"
    entities = merged(
        a="But the one-page letter from the ultraconservative House Freedom Caucus represents a test "
        "for McCarthy, who likely will need Freedom Caucus support in his quest.",
        b="The Freedom Caucus sent a letter to House Minority Leader Kevin McCarthy on Friday.",
    )
    assert named(entities, "Caucus") == [("House Freedom Caucus", "organization", ("a", "b"))]
    # two chambers' committees: the bare name is either, so it stays apart
    entities = merged(
        a="The Senate Judiciary Committee and the House Judiciary Committee both met.",
        b="The Judiciary Committee will vote on Thursday.",
    )
    assert sorted(e.name for e in entities if "Judiciary" in e.name) == [
        "House Judiciary Committee",
        "Judiciary Committee",
        "Senate Judiciary Committee",
    ]


def test_names_with_and_without_accents_are_one() -> None:
    # heap: "Guillain-Barré syndrome" in one article, "Guillain-Barre syndrome" in the other
    entities = merged(
        a="The FDA warned of a rare risk of Guillain-Barré syndrome after the vaccine.",
        b="Officials found 100 cases of Guillain-Barre syndrome among those vaccinated.",
    )
    assert [e.article_ids for e in entities if e.name.startswith("Guillain")] == [("a", "b")]
