"""Entities, session 13 (entities15): a father and a "Jr." son, given names that are words, initials."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.records import Mention


def _types(text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(text)}


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


def _event_people(a: str, b: str) -> dict[str, tuple[str, ...]]:
    """The people of an event of two articles, texts `a` and `b`: name -> article ids."""
    entities = merge_entities({"a": find_mentions(a), "b": find_mentions(b)})
    return {e.name: e.article_ids for e in entities if e.type == "person"}


def test_an_article_that_kept_father_and_son_apart_keeps_them_apart_in_the_event() -> None:
    son = "President Trump’s eldest son, Donald Trump Jr., was promised damaging information."
    father = "President Trump said the meeting was legal."
    assert _event_people(son, father) == {"Trump": ("a", "b"), "Donald Trump Jr.": ("a",)}
    # a surname alone in an article that does not name the son still joins him
    alone = "Justice Alito said the case was weak."
    full = "Justice Samuel A. Alito Jr. wrote the dissent."
    assert _event_people(alone, full) == {"Samuel A. Alito Jr.": ("a", "b")}


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
    assert _types(others)["J.P. Morgan"] == "organization"


def test_a_given_name_that_is_mostly_a_word_needs_a_rare_surname() -> None:
    # htmldate, heap: "Golden Globes", "America First", "Royal Dutch Shell" were people
    text = (
        "She won at the Golden Globes on Sunday. Golden Tate caught it. America Ferrera spoke at an "
        "America First rally. Royal Dutch Shell fell. A car driven by Royal Jackson struck a deer."
    )
    types = _types(text)
    assert {name for name, etype in types.items() if etype == "person"} == {
        "Golden Tate",
        "America Ferrera",
        "Royal Jackson",
    }
    assert types["Golden Globes"] == types["America First"] == "other"
    assert types["Royal Dutch Shell"] == "organization"  # (a known firm: entities37)


def test_father_and_son_by_their_middle_initials_stay_apart() -> None:
    # heap digest: "George H.W. Bush" took in "George W. Bush" (same first and last words)
    father_too = "President George W. Bush spoke. His father, George H.W. Bush, listened."
    son = "George W. Bush visited Texas on Monday."
    assert _event_people(father_too, son) == {"George W. Bush": ("a", "b"), "George H.W. Bush": ("a",)}
    # a name without middle names still joins the one fuller name
    plain = "John Kennedy spoke in Dallas on Friday."
    assert _event_people(plain, "John F. Kennedy arrived in Dallas.") == {"John F. Kennedy": ("a", "b")}


def _person(name: str, at: int = 0) -> Mention:
    return Mention(text=name, start=at, end=at + len(name), type="person", name=name)


def test_a_spelling_in_capitals_names_the_entity_last() -> None:
    # heap digest: "BARACK OBAMA" of a shouted heading named the event's Obama
    entities = merge_entities(
        {"a": [_person("BARACK OBAMA"), _person("BARACK OBAMA", 40)], "b": [_person("Barack Obama")]}
    )
    (obama,) = entities
    assert (obama.name, obama.aliases) == ("Barack Obama", ("BARACK OBAMA",))
    # capitals without a long word are an acronym's: counted as any spelling
    (bp,) = merge_entities({"a": [_person("BP PLC"), _person("BP PLC", 40)], "b": [_person("BP Plc")]})
    assert bp.name == "BP PLC"


def test_short_words_in_capitals_and_surnames_in_capitals() -> None:
    # heap comments: "NOT", "ALL", "YOU" were organisations (an acronym's form); "PALIN" too
    text = (
        "Sarah Palin spoke on Monday. I do NOT trust PALIN at all, and ALL of you should not. "
        "The WHO said so."
    )
    found = {m.text: (m.name, m.type) for m in find_mentions(text)}
    assert "NOT" not in found and "ALL" not in found
    assert found["PALIN"] == ("Sarah Palin", "person")
    assert found["WHO"] == ("WHO", "organization")


def test_a_given_name_that_is_a_towns_before_a_speech_verb_is_a_person() -> None:
    # heap: "Allen said" (Allen, Texas) and a comment's "Ann wrote :" were places
    text = "The well is capped, Allen said. At 11:09 am on 09 Jun 2010 , Ann wrote : BP is to blame."
    assert _types(text) == {"Allen": "person", "Ann": "person", "BP": "organization"}
    # not a place after "in", nor a state's name
    other = "The ambassador in Geneva said so. Georgia said it would sue."
    assert _types(other) == {"Geneva": "place", "Georgia": "place"}


def test_a_name_less_its_form_word_joins_the_full_name() -> None:
    # heap digest: "Harvard" and "Harvard University", "Chevron" and "Chevron Corporation" were two
    entities = merge_entities(
        {
            "a": find_mentions("Harvard University rescinded his offer. Chevron Corporation said so."),
            "b": find_mentions("He had been admitted to Harvard and Yale. Chevron shares fell."),
        }
    )
    names = {e.name: e.article_ids for e in entities}
    assert names["Harvard University"] == ("a", "b")
    assert names["Chevron Corporation"] == ("a", "b")
    # not a place's name: "Boston College" is not "Boston"
    places = merge_entities(
        {"a": find_mentions("Boston College won."), "b": find_mentions("Fans in Boston cheered.")}
    )
    assert {e.name for e in places} == {"Boston College", "Boston"}


def test_an_untyped_given_name_alone_joins_the_one_full_name_it_opens() -> None:
    # heap digest: "Hunter" stayed apart from "Hunter Biden" (no article typed it)
    people = _event_people(
        "Hunter Biden met the lawyers on Monday.", "The emails of Hunter were on a laptop in Delaware."
    )
    assert people == {"Hunter Biden": ("a", "b")}


def test_names_over_a_plural_possessive_a_jr_and_a_conference_of() -> None:
    # allsides: "Jackson Women" (a person) and "Health Organization"; "Comeaux" and "Arcade Joseph
    # Comeaux Jr." untyped; "United States Conference of Catholic Bishops" untyped
    text = (
        "The Jackson Women’s Health Organization sued. Arcade Joseph Comeaux Jr. escaped. Comeaux "
        "was caught. The United States Conference of Catholic Bishops met. World War II ended."
    )
    found = {m.text: (m.name, m.type) for m in find_mentions(text)}
    assert found == {
        "Jackson Women’s Health Organization": ("Jackson Women’s Health Organization", "organization"),
        "Arcade Joseph Comeaux Jr.": ("Arcade Joseph Comeaux Jr.", "person"),
        "Comeaux": ("Arcade Joseph Comeaux Jr.", "person"),
        "United States Conference of Catholic Bishops": (
            "United States Conference of Catholic Bishops",
            "organization",
        ),
        "World War II": ("World War II", "other"),
    }


def test_an_organisations_country_in_full_or_by_initials_is_one_key() -> None:
    # allsides, basil: "United States Conference of Catholic Bishops" and "U.S. Conference of ...",
    # "United States Senate", "U.S. Senate" and "Senate" stayed apart
    entities = merge_entities(
        {
            "a": find_mentions("The United States Senate voted. The Senate adjourned."),
            "b": find_mentions("The U.S. Senate voted on Tuesday."),
        }
    )
    assert [(e.name, e.article_ids) for e in entities] == [("United States Senate", ("a", "b"))]


def test_of_the_goes_on_after_an_organisations_word_not_a_titles() -> None:
    # heap: "a report by the Department of the Interior" gave "Department" and "Interior" (untyped)
    text = (
        "A report by the Department of the Interior was released. The Humane Society of the United "
        "States sued. He was Secretary of the Navy then."
    )
    found = {m.text: (m.name, m.type) for m in find_mentions(text)}
    assert found["Department of the Interior"] == ("Department of the Interior", "organization")
    assert found["Humane Society of the United States"][1] == "organization"
    assert "Secretary of the Navy" not in found


def test_a_companys_warehouse_website_or_packaging_makes_it_an_organisation() -> None:
    # htmldate: "Amazon argued" made Amazon a person though it had "an Amazon warehouse"
    text = "Amazon argued it was not liable. The battery was stored in an Amazon warehouse in Texas."
    assert _types(text)["Amazon"] == "organization"


def test_an_acronym_with_the_of_of_its_name_joins_it() -> None:
    # allsides: "PBOC" stayed apart from "People’s Bank of China" (its initials were taken without
    # "of" and with the possessive's "s")
    entities = merge_entities(
        {
            "a": find_mentions("The People’s Bank of China cut rates on Monday."),
            "b": find_mentions("The PBOC said the cut would help lenders."),
        }
    )
    assert [(e.name, e.article_ids) for e in entities] == [("People’s Bank of China", ("a", "b"))]


def test_and_goes_on_before_three_words_that_describe_an_agency() -> None:
    # heap digest: "Cybersecurity" (untyped) and "Infrastructure Security Agency"; basil: "House
    # Oversight" and "Government Reform Committee"
    text = (
        "Trump fired Christopher Krebs, who headed the Cybersecurity and Infrastructure Security "
        "Agency (CISA) at DHS. The House Oversight and Government Reform Committee met on oversight "
        "and government reform. Boeing and Lockheed Martin Corp. bid."
    )
    orgs = {m.text for m in find_mentions(text) if m.type == "organization"}
    assert orgs == {
        "Cybersecurity and Infrastructure Security Agency",
        "CISA",
        "DHS",
        "House Oversight and Government Reform Committee",
        "Boeing",
        "Lockheed Martin Corp.",
    }


def test_al_jazeera_is_no_person() -> None:
    # heap digest: "Al Jazeera" was a person ("Al" is a listed given name); "Al Gore" still is
    types = {m.text: m.type for m in find_mentions("Al Jazeera aired the tape. Al Gore watched it.")}
    assert types == {"Al Jazeera": "organization", "Al Gore": "person"}


def test_harbours_and_airfields_are_places() -> None:
    # heap digest, allsides: "Sydney Harbour", "Bagram Airfield" were untyped
    text = "Fireworks lit up Sydney Harbour. Troops left Bagram Airfield. Ships sailed from Pearl Harbor."
    assert set(_types(text).items()) == {
        ("Sydney Harbour", "place"),
        ("Bagram Airfield", "place"),
        ("Pearl Harbor", "place"),
    }


def test_the_fourth_of_july_is_one_name() -> None:
    # allsides: "Fourth" alone (the month ends a run)
    assert _types("Fireworks on the Fourth of July drew crowds.") == {"Fourth of July": "other"}
