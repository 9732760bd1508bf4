"""quotes36: roles and names around them. "the vice president" is never the president
(people.by_title drops no lesser office's word); a possessive before a role whose holder stands in
apposition after the verb, tokenized too (`," said Smith 's lawyer , John Doe .`); a lawmaker's place
and party before the name are no part of it ("Michigan Democrat John Conyers" -> John Conyers).
Excerpts of the dev texts in their words, where named; the rest made up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_the_vice_president_is_not_the_president_named() -> None:
    # made up: the article names only President Barack Obama (was 'Barack Obama')
    text = 'President Barack Obama spoke on Monday. "We will act," the vice president said.'
    assert _speakers(text) == [None]


def test_the_vice_president_named_so_is_found() -> None:
    # made up: control, as before
    text = (
        "President Barack Obama and Vice President Joe Biden spoke on Monday. "
        '"We will act," the vice president said.'
    )
    assert _speakers(text) == ["Joe Biden"]


def test_a_tokenized_possessive_before_a_lawyer_named_after_the_verb() -> None:
    # made up, as the brief gives it (was None)
    text = 'John Smith was charged on Monday . " He is innocent , " said Smith \'s lawyer , John Doe .'
    assert _speakers(text) == ["John Doe"]


def test_a_possessive_role_before_a_name_in_apposition_after_a_verb_before_the_quote() -> None:
    # allsides 5809_left (was None)
    text = (
        "Parler attracted millions of new users by promising unfettered free speech. "
        "“If you can say it on the streets of New York,” promised the company’s chief executive, "
        "John Matze, in a June CNBC interview, “you can say it on Parler.”"
    )
    assert _speakers(text) == ["John Matze", "John Matze"]


def test_a_lawmaker_s_place_and_party_are_no_part_of_the_name() -> None:
    # bpoil_foxnews/1075 (was 'House Judiciary Committee'), neus train-1796-0 (was 'Oregon Democrat
    # Jeff Merkley')
    text = (
        "The committee said not one of the 717 claims has been paid . "
        '" I remain concerned that BP is stiffing too many victims , " said the committee \'s chairman , '
        "Michigan Democrat John Conyers ."
    )
    assert _speakers(text) == ["John Conyers"]
    text = "“This is a scandal,” Oregon Democrat Jeff Merkley said as the Carolinas brace for Hurricane Florence."
    assert _speakers(text) == ["Jeff Merkley"]


def test_a_party_s_own_name_stays_whole() -> None:
    # made up: control, as before
    text = 'The party met. "We will win," said the Democratic National Committee.'
    assert _speakers(text) == ["Democratic National Committee"]


def test_a_describing_compound_that_opens_the_sentence_is_no_part_of_the_name() -> None:
    # l3s_gn1 6f9799e1 (was 'Writer-director Brad Bird'), l3s_gn1 b2fddc2c (was 'Top-seeded
    # Justine Henin')
    text = (
        "Writer-director Brad Bird said before the ceremony that winning wasn't just for him.\n\n"
        '"I look at it as a win for all the people who worked on the film," he said.'
    )
    assert _speakers(text) == ["Brad Bird"]
    text = 'Top-seeded Justine Henin said: "I was a bit nervous at the start."'
    assert _speakers(text) == ["Justine Henin"]


def test_a_hyphenated_name_stays_whole() -> None:
    # made up: control, a name's parts after a hyphen are capitalised (as before)
    text = '"We are saddened," Carl-Henric Svanberg said.'
    assert _speakers(text) == ["Carl-Henric Svanberg"]


def test_a_role_held_at_a_place_is_its_holder_not_the_place() -> None:
    # neus train-392-1 (was 'mayor of Seattle')
    text = (
        '(CNN) - The mayor of Seattle on Wednesday told President Donald Trump to "go back to your bunker," '
        "after Trump appeared to suggest he would intervene in the city's growing protests. \"Take back your "
        'city NOW," the President warned Washington Gov. Jay Inslee and Seattle Mayor Jenny Durkan on Wednesday.'
    )
    assert _speakers(text)[0] == "Jenny Durkan"


def test_a_role_held_at_an_organisation_no_one_holds_is_no_one() -> None:
    # bpoil_foxnews/574 (was 'chief executive of BP')
    text = (
        'The chief executive of BP told a British newspaper that the oil spill in the Gulf of Mexico is " '
        'relatively tiny " compared with the " very big ocean . "'
    )
    assert _speakers(text)[0] is None


def test_titles_inside_a_name_run_are_no_part_of_the_name() -> None:
    # neus train-770-1 (was 'National Security Adviser Jake Sullivan'), bpoil_foxnews/1536 (was
    # 'Class David Mosley'), ECB+ 21_7ecb (was 'WCCO TV Managing Editor Angela Benson')
    text = (
        'National Security Adviser Jake Sullivan told reporters that Biden will "announce an end to '
        'American support for offensive operations."'
    )
    assert _speakers(text) == ["Jake Sullivan"]
    text = '" It does n\'t lessen the flow , " Coast Guard Petty Officer 1st Class David Mosley said .'
    assert _speakers(text) == ["David Mosley"]
    text = '"The moment he hit that gas, I went, that woman just died," said WCCO TV Managing Editor Angela Benson.'
    assert _speakers(text) == ["Angela Benson"]
