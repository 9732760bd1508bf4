"""Entities23: a thing named for someone by a given name alone, with "'s" ("Martha's Vineyard",
"Sam's Club") or after "of" ("Star of David", "Garden of Eden"), is one name: the given name was
split off as a fragment (or the gazetteer's town David made a place of it)."""

from newsprism.analyse.entities import find_mentions


def names(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(text)]


def test_a_given_name_and_its_possessive_noun_are_one_name() -> None:
    assert names("The Obamas vacationed on Martha's Vineyard last August.")[-1] == (
        "Martha's Vineyard",
        "other",
    )
    assert ("Martha's Vineyard", "other") in names("Martha's Vineyard is an island.")
    assert ("Joey’s Diner", "other") in names("He spoke at Joey’s Diner on Monday.")
    assert ("Destiny's Child", "other") in names("Girls Aloud and Destiny's Child will tour.")


def test_a_person_or_a_place_after_the_possessive_stays_apart() -> None:
    # a title before the given name makes the run a person's; a place is its own name
    assert ("Diana", "person") in names("She read about Princess Diana's Ghost today.")
    assert ("Wimbledon", "place") in names("He won Serena's Wimbledon title.")
    assert names("Barack Obama's Chicago home was sold.")[0] == ("Barack Obama", "person")


def test_a_noun_of_a_given_name_is_one_name() -> None:
    assert names("He wore a Star of David on his coat.") == [("Star of David", "other")]
    assert ("Garden of Eden", "other") in names("Adam and Eve in the Garden of Eden were naked.")


def test_of_and_a_given_name_make_no_name_after_a_title_or_at_a_sentence_start() -> None:
    assert ("Sheba", "other") in names("They visited a temple of the Queen of Sheba in Yemen.")
    assert ("John Kerry", "person") in names("He met the Secretary of State John Kerry today.")
    assert names("One of Ryan's best lines came late.") == [("Ryan", "other")]
    # a person's name after "of" has a surname: the run does not end at the given name
    assert ("John Smith", "person") in names("He joined Friends of John Smith last year.")


def test_a_date_or_a_firms_ampersand_after_the_possessive_stays_apart() -> None:
    # "May" is a given name and a month: "Floyd's May 25 death" kept George Floyd's mention whole
    assert names("He spoke of unrest over Floyd’s May 25 death on Monday.") == [("Floyd", "other")]
    assert ("Pawn & Jewelry", "organization") in names("Rioters broke into Lee’s Pawn & Jewelry; it burned.")
    assert names("He feared the Ides of March today.") == [("Ides", "other")]
