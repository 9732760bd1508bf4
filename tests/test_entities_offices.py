"""Entities, session 14 (entities17): abbreviations and offices with no name, merged spellings."""

from __future__ import annotations

from newsprism.analyse.entities import find_mentions, merge_entities


def _names(text: str) -> set[str]:
    return {m.name for m in find_mentions(text)}


def test_an_abbreviation_alone_names_nothing() -> None:
    names = _names("SAN FRANCISCO -- Coverity, Inc., the leader in software quality, said so.")
    assert "Inc." not in names
    assert "Coverity" in names
    assert "Rev." not in _names('"We have no idea," the Rev.\nLarry Kroon of the Wasilla Bible Church said.')
    assert "VP" not in _names("She still harbors guilt over her failed VP run, critics said.")
    # the title before a name is read as before
    assert "Dick Cheney" in _names("Vice President Dick Cheney spoke. What VP Cheney does not say is plain.")


def test_an_office_with_no_name_after_it_is_no_person() -> None:
    names = _names(
        "He was put forward to become the new Director of National Intelligence. The intelligence agencies agreed."
    )
    assert "Intelligence" not in names
    # (also where the article writes no "intelligence" in lower case: an adjective ends no title)
    assert "Intelligence" not in _names(
        "His nomination to be the next Director of National Intelligence was withdrawn."
    )
    assert "Security" not in _names(
        "Secretary of Homeland Security also is pledging to help, officials said."
    )
    assert "State" not in _names("He met the US Secretary of State in Barbados on June 18.")
    # a name after the office stays the person's
    blinken = [
        m for m in find_mentions("Secretary of State Antony Blinken spoke.") if m.name == "Antony Blinken"
    ]
    assert blinken and blinken[0].type == "person"


def _entities(*texts: str) -> dict[str, str]:
    mentions = {f"a{i}": find_mentions(t) for i, t in enumerate(texts)}
    return {e.name: e.type for e in merge_entities(mentions)}


def test_a_broadcaster_and_its_news_division_territories_and_isis_are_one_entity() -> None:
    ents = _entities("NBC reported the deal on Monday.", "The deal was first reported by NBC News on Monday.")
    assert "NBC News" in ents and "NBC" not in ents
    ents = _entities(
        "Israeli forces attacked the Gaza Strip on Thursday.", "Troops are attacking in Gaza, he said."
    )
    assert ents.get("Gaza Strip") == "place" and "Gaza" not in ents
    ents = _entities("The Islamic State claimed the bombing.", "Remnants of ISIS remain in Iraq.")
    assert "Islamic State" in ents and "ISIS" not in ents
    # a place's news outlet stays apart from the place
    ents = _entities("The Beijing News reported the fire.", "Firefighters in Beijing put it out.")
    assert ents.get("Beijing") == "place"


def test_a_common_noun_that_opens_a_sentence_before_said_is_no_person() -> None:
    assert "Officials" not in _names("It fell. Officials said it was bad.")
    assert "Analysts" not in _names("Shares fell. Analysts said the deal was bad, and analysts agreed.")
    # a surname there is still a person
    assert ("Kroon", "person") in {(m.name, m.type) for m in find_mentions("It fell. Kroon said it was bad.")}


def test_a_clerk_is_an_office_and_a_name_twice_around_and_is_one_firm() -> None:
    text = "The Chief Clerk of the House, Karen Haas, said the vote was held."
    typed = {(m.name, m.type, m.role) for m in find_mentions(text)}
    assert "Clerk" not in {name for name, _, _ in typed}
    assert ("Karen Haas", "person", None) in typed
    assert ("Tina Peters", "person", "County Clerk") in {
        (m.name, m.type, m.role) for m in find_mentions("County Clerk Tina Peters was charged.")
    }
    typed = {(m.name, m.type) for m in find_mentions("Officials paused the Johnson and Johnson vaccine.")}
    assert typed == {("Johnson and Johnson", "organization")}
    # a name followed by a longer one, a number or a verb stays two names
    assert "Harvard and Harvard Law" not in _names("He attended Harvard and Harvard Law, and then left.")
    assert "Python and Python" not in _names("It helps Python and Python 3 users port code.")
    assert "BP and BP" not in _names("The buck stops with BP and BP has agreed to pay.")
    # ... and the same entity as its spelling with "&"
    ents = _entities(
        "Officials paused the Johnson and Johnson vaccine.", "The Johnson & Johnson shot was given."
    )
    assert len(ents) == 1 and set(ents.values()) == {"organization"}
    # a disease after it is the firm's vaccine, no longer name
    assert "Johnson and Johnson" in _names("The panel backed the Johnson and Johnson Covid-19 vaccine again.")


def test_a_royal_title_after_at_or_before_a_number_names_a_shop_or_a_ship() -> None:
    def typed(text: str) -> set[tuple[str, str]]:
        return {(m.name, m.type) for m in find_mentions(text)}

    assert ("King Soopers", "other") in typed("He was the first officer at King Soopers, the crime scene.")
    assert ("Queen Mary 2", "other") in typed("The Queen Mary 2 and Queen Victoria slipped past.")
    # a royal stays a person, before "'s" too
    assert ("Charles", "person") in typed("They met at King Charles's coronation.")
    assert ("Victoria", "person") in typed("The Queen Mary 2 and Queen Victoria slipped past.")
