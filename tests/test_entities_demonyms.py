"""Entities22's rules: a demonym that opens a run is cut off only before a person's name or a
surname ("Russian Vladimir Putin", "Chinese Xi"); it stays the first word of a listed place ("Saudi
Arabia", "British Columbia", "Northern Ireland"), of a person whose given name it is ("Christian
Bale"), and of a name of two words or more that ends in a news word ("Conservative Political Action
Conference", "Republican National Convention", "Cuban Missile Crisis")."""

import pytest

from newsprism.analyse.entities import find_mentions


def names(phrase: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in find_mentions(f"He wrote about {phrase} on Monday.")]


def test_a_demonym_that_opens_a_listed_place_stays() -> None:
    assert names("Saudi Arabia") == [("Saudi Arabia", "place")]
    assert names("British Columbia") == [("British Columbia", "place")]
    assert names("Northern Ireland") == [("Northern Ireland", "place")]
    assert names("the Indian Ocean") == [("Indian Ocean", "place")]
    # a place after the demonym is the place ("Eastern Long Island", "Eastern United States")
    assert names("Eastern Long Island") == [("Long Island", "place")]
    assert names("African American Minneapolis") == [("Minneapolis", "place")]


def test_a_demonym_that_opens_a_longer_name_stays() -> None:
    assert (
        names("the Conservative Political Action Conference")[0][0]
        == "Conservative Political Action Conference"
    )
    # the two parties' conventions are two names, no longer one "National Convention"
    assert names("the Republican National Convention")[0][0] == "Republican National Convention"
    assert names("the Democratic National Convention")[0][0] == "Democratic National Convention"
    assert names("the Cuban Missile Crisis")[0][0] == "Cuban Missile Crisis"
    assert names("the Southern Christian Leadership Conference")[0][0] == (
        "Southern Christian Leadership Conference"
    )
    # a name of its own after the demonym is that name
    assert names("the Democratic White House") == [("White House", "organization")]


def test_a_demonym_before_a_person_or_a_surname_is_cut() -> None:
    assert names("Russian Vladimir Putin") == [("Vladimir Putin", "person")]
    assert names("Canadian John Green") == [("John Green", "person")]
    assert names("Syrian Bashar al-Assad") == [("Bashar al-Assad", "person")]
    assert names("Chinese Xi")[0][0] == "Xi"


def test_a_demonym_that_is_a_given_name_opens_a_persons_name() -> None:
    assert names("Christian Bale") == [("Christian Bale", "person")]
    # not before a demonym or a word news write
    assert names("Sunni Arabs")[0][0] == "Arabs"
    assert names("the Christian Bible")[0][0] == "Bible"


def test_a_countrys_demonym_before_a_noun_the_article_writes_in_lower_case_opens_the_name() -> None:
    text = "The Spanish Flu killed millions. The flu came back in waves."
    assert [m.name for m in find_mentions(text)] == ["Spanish Flu"]
    text = "British Petroleum said its petroleum products were safe."
    assert [m.name for m in find_mentions(text)][0] == "British Petroleum"
    # a surname the article never writes in lower case is cut from it ("Chinese Xi")
    assert [m.name for m in find_mentions("Federer beat Chinese Xi in the flu season.")][-1] == "Xi"
    # nor a nation's people, a plural, or a party's adjective in a reader's title case
    text = "The American People are angry, people say. British Nationals and nationals left."
    assert [m.name for m in find_mentions(text)] == []
    text = "They approved of the Federal Response. The federal response was slow."
    assert "Federal Response" not in [m.name for m in find_mentions(text)]


def test_a_places_or_faiths_adjective_alone_is_no_name() -> None:
    text = (
        "The Alaskan pipeline leaked near a Texan town. A Native American tribe and Central American"
        " migrants met an Islamic scholar. Haitian officials came from Alaska and Texas."
    )
    got = [m.name for m in find_mentions(text)]
    assert got == ["Haitian officials", "Alaska", "Texas"]
    # a name that opens with such a word keeps it
    assert [m.name for m in find_mentions("He fought the Islamic State in Iraq.")] == [
        "Islamic State",
        "Iraq",
    ]


def test_a_quoted_name_keeps_its_demonym() -> None:
    text = 'Activists hung a flag with the words " British Polluters " on the building.'
    assert [m.name for m in find_mentions(text)] == ["British Polluters"]
    assert [m.name for m in find_mentions("They sang “American Pie” at the rally.")] == ["American Pie"]


def test_a_compass_word_before_a_listed_region_is_a_place() -> None:
    assert names("South Texas") == [("South Texas", "place")]
    assert names("West Africa") == [("West Africa", "place")]
    assert names("Central Asia") == [("Central Asia", "place")]
    assert names("East Texas Baptist University") == [("East Texas Baptist University", "organization")]


def test_the_americas_are_a_place() -> None:
    assert names("the Americas") == [("Americas", "place")]


def test_no_demonym_is_a_title_word() -> None:
    # _run_plan asks _split_title once for a run of demonyms: that holds only while no demonym can
    # open a title (entities23)
    from newsprism.analyse.entities.types import _split_title
    from newsprism.analyse.entities.vocabulary import DEMONYMS

    for demonym in DEMONYMS:
        word = demonym[:1].upper() + demonym[1:]
        assert _split_title([word, "Smith"]) == 0, demonym
        assert _split_title([word, word, "Smith"]) == 0, demonym


def test_a_run_of_demonyms_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # a run of n demonyms took O(n^2): each cut searched the whole rest for a title ("American " x
    # 11,111: 10 s); the title test is asked once per run now, with the same names
    from newsprism.analyse.entities import types

    calls = []
    split_title = types._split_title

    def counted(words: list[str]) -> int:
        calls.append(len(words))
        return split_title(words)

    monkeypatch.setattr(types, "_split_title", counted)
    types._run_plan.cache_clear()
    text = "He met " + "American " * 300 + "Jim Smith on Monday."
    assert [(m.name, m.type) for m in find_mentions(text)] == [("Jim Smith", "person")]
    assert sum(calls) < 3 * 302
    types._run_plan.cache_clear()
