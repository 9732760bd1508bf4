"""Entities21's rules: a firm's name before a hyphenated adjective ("a Procter & Gamble-owned
brand") is the firm's name without the adjective's tail; a firm's first word alone joins its name
with a firm's last word ("Dominion Voting Systems"); a day named by a word before a weekday ("Super
Tuesday") is one name; a preposition opening a sentence ("Given", "Besides") starts no name."""

from newsprism.analyse.entities import find_mentions, merge_entities


def test_a_hyphenated_adjective_after_a_firms_name_is_no_part_of_it() -> None:
    text = "Gillette is a Procter & Gamble-owned brand, it said. Procter & Gamble sells razors."
    got = [(m.text, m.name, m.type) for m in find_mentions(text)]
    assert got[0] == ("Procter & Gamble", "Procter & Gamble", "organization")
    assert text[find_mentions(text)[0].end] == "-"
    assert len(merge_entities({"a": find_mentions(text)})) == 1
    got = [(m.text, m.name) for m in find_mentions("The Bank of America-backed fund grew.")]
    assert got == [("Bank of America", "Bank of America")]
    # a name that holds a hyphen of its own keeps it ("Tsai Ing-wen"), as does one word alone
    assert [m.name for m in find_mentions("Taiwan's president Tsai Ing-wen spoke.")][-1] == "Tsai Ing-wen"


def test_a_firms_first_word_alone_joins_its_name_with_a_firms_last_word() -> None:
    def entities(*texts: str) -> list[tuple[str, str, int]]:
        found = merge_entities({str(i): find_mentions(t) for i, t in enumerate(texts)})
        return [(e.name, e.type, len(e.article_ids)) for e in found]

    got = entities(
        "Dominion Voting Systems sued Fox News on Monday.",
        "Dominion said the claims were false.",
        "Lawyers for Dominion said so.",
    )
    assert [e for e in got if "Dominion" in e[0]] == [("Dominion Voting Systems", "organization", 3)]
    # not when two organisations of the event open with the word, nor for another last word
    got = entities("Dominion Voting Systems sued.", "Dominion Energy said so.", "Dominion said so.")
    assert len([e for e in got if "Dominion" in e[0]]) == 3
    got = entities("The BBC One show aired.", "The BBC said so.")
    assert len([e for e in got if "BBC" in e[0]]) == 2


def test_a_day_named_by_a_word_before_a_weekday_is_one_name() -> None:
    got = [(m.text, m.type) for m in find_mentions("Voters went to the polls on Super Tuesday in 14 states.")]
    assert got == [("Super Tuesday", "other")]
    got = [m.text for m in find_mentions("Christians marked Good Friday and Palm Sunday in Jerusalem.")]
    assert got[1:3] == ["Good Friday", "Palm Sunday"]
    # a weekday after any other capitalised word ends the name there ("Jim Good", no "Friday")
    assert [m.text for m in find_mentions("Jim Good Friday said.")] == ["Jim Good"]


def test_a_preposition_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    text = "“Given AstraZeneca is not authorized for use here, we are fine,” she said."
    assert [(m.text, m.type) for m in find_mentions(text)][0] == ("AstraZeneca", "organization")
    assert [m.text for m in find_mentions("Besides BP, Halliburton was blamed.")] == ["BP", "Halliburton"]


def test_a_quoted_title_that_opens_with_a_function_word_keeps_it() -> None:
    # (entities22: 85093ae had made "Regarding" a function word that starts no name)
    text = "He starred in the film “Regarding Henri” in 1991."
    assert [m.name for m in find_mentions(text)] == ["Regarding Henri"]
    text = 'BP once called itself " Beyond Petroleum " in ads.'
    assert "Beyond Petroleum" in [m.name for m in find_mentions(text)]


def test_a_name_that_ends_in_international_is_an_organisation() -> None:
    # (entities22: "Cameron International" was a person by its given name)
    got = [
        (m.name, m.type) for m in find_mentions("The blowout preventer was made by Cameron International.")
    ]
    assert got == [("Cameron International", "organization")]
    got = [(m.name, m.type) for m in find_mentions("Shares of Halliburton and Cameron International fell.")]
    assert got == [("Halliburton", "organization"), ("Cameron International", "organization")]


def test_a_place_named_for_someone_is_one_name() -> None:
    # (entities22: "St James's Square" was 'James' and 'Square', "Elmer's Island" 'Elmer' and 'Island')
    got = [(m.name, m.type) for m in find_mentions("Protesters gathered on Elmer's Island on Monday.")]
    assert got == [("Elmer's Island", "place")]
    got = [(m.name, m.type) for m in find_mentions("He prayed in St. Paul's Cathedral.")]
    assert got == [("St. Paul's Cathedral", "place")]
    # a firm's or a place's possessive stays apart, as does a name that goes on
    got = [m.name for m in find_mentions("Oil from BP's Gulf of Mexico well reached Florida's Panhandle.")]
    assert got[:2] == ["BP", "Gulf of Mexico"]
    assert "Florida" in got


def test_a_networks_title_with_the_in_it_is_one_name() -> None:
    # (entities22: "CBS's Face the Nation" was 'Face' and 'Nation')
    text = "Speaking on CBS's Face the Nation, Pelosi said so."
    assert [m.name for m in find_mentions(text)] == ["CBS", "Face the Nation", "Pelosi"]
