"""Entities, session 13 (entities15): a father and a "Jr." son, given names that are words, initials."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions, merge_entities


def _people(text: str) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.name, m.role) for m in find_mentions(text) if m.type == "person"}


def test_a_titled_surname_before_a_jr_name_is_not_the_son() -> None:
    # heap digest: "President Trump" took the name (and gave his role to) "Donald Trump Jr."
    text = (
        "President Trump’s eldest son, Donald Trump Jr., was promised damaging information. "
        "Lawyers said Trump Jr. would testify."
    )
    people = _people(text)
    assert people["Trump"] == ("Trump", "President")
    assert people["Donald Trump Jr."] == ("Donald Trump Jr.", None)
    # "Trump Jr." is the son the article names in full
    assert people["Trump Jr."] == ("Donald Trump Jr.", None)
    # a surname after the son's full name is still his ("the younger Mr. Trump")
    later = _people("Donald Trump Jr. met a lawyer. The younger Mr. Trump released the emails.")
    assert later["Trump"] == ("Donald Trump Jr.", None)
    # and a title the son bears does not keep them apart
    alito = _people("Justice Alito said so. Justice Samuel A. Alito Jr. wrote the dissent.")
    assert alito["Alito"][0] == "Samuel A. Alito Jr."


def test_an_article_that_kept_father_and_son_apart_keeps_them_apart_in_the_event() -> None:
    son = find_mentions("President Trump’s eldest son, Donald Trump Jr., was promised damaging information.")
    father = find_mentions("President Trump said the meeting was legal.")
    entities = {e.name: e.article_ids for e in merge_entities({"a": son, "b": father}) if e.type == "person"}
    assert entities == {"Trump": ("a", "b"), "Donald Trump Jr.": ("a",)}
    # a surname alone in an article that does not name the son still joins him
    alone = find_mentions("Justice Alito said the case was weak.")
    full = find_mentions("Justice Samuel A. Alito Jr. wrote the dissent.")
    (alito,) = [e for e in merge_entities({"a": alone, "b": full}) if e.type == "person"]
    assert (alito.name, alito.article_ids) == ("Samuel A. Alito Jr.", ("a", "b"))


def test_joined_initials_and_a_surname_name_a_person() -> None:
    # heap: "C.S. Lewis", "J.K. Rowling", "T.J. Ford" were untyped, and so was "Ford" alone
    text = (
        "Books by C.S. Lewis and J.K. Rowling sold well. Raptors guard T.J. Ford was cleared. Ford will rest."
    )
    people = _people(text)
    assert {name for name, _ in people.values()} == {"C.S. Lewis", "J.K. Rowling", "T.J. Ford"}
    assert people["Ford"] == ("T.J. Ford", None)
    # not a place's or an organisation's initials, a place, a verb, or a firm named so
    others = "The U.S. Navy, F.C. Barcelona, U.C. Berkeley, the U.N. Charter, J.P. Morgan. Flu Unwarranted, C.D.C. Says."
    assert _people(others) == {}
    assert {m.name: m.type for m in find_mentions(others)}["J.P. Morgan"] == "organization"


def test_a_given_name_that_is_mostly_a_word_needs_a_rare_surname() -> None:
    # htmldate, heap: "Golden Globes", "America First", "Royal Dutch Shell" were people
    text = (
        "She won at the Golden Globes on Sunday. Golden Tate caught it. America Ferrera spoke at an "
        "America First rally. Royal Dutch Shell fell. A car driven by Royal Jackson struck a deer."
    )
    types = {m.name: m.type for m in find_mentions(text)}
    assert {name for name, etype in types.items() if etype == "person"} == {
        "Golden Tate",
        "America Ferrera",
        "Royal Jackson",
    }
    assert types["Golden Globes"] == types["America First"] == types["Royal Dutch Shell"] == "other"
