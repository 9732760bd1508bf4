"""quotes36: a possessive before the speaker after a quote. The tokenized texts of the dev sets
split it off (`," Cameron 's office said .`, `," BP 's Doug Suttles said`): read as the written
"Cameron's office" (cues._TOKENIZED_OWNER); a role's holder in apposition after a possessive run
(`," BP's CEO, Tony Hayward, told`) is the holder, not 'BP CEO'; an owner of more than one word
before a surname ("Raymond James's Morris") is the surname's person (speakers._OWNED_SURNAME); an
office whose owner the article names by the surname alone with a "who" is that person's. Excerpts
of the dev texts (bpoil) in their words, where named; the rest made up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_tokenized_possessive_before_a_named_speaker() -> None:
    # bpoil_foxnews/1990 (was Ed Overton)
    text = (
        '" It is an engineer \'s nightmare , " said Ed Overton , a Louisiana State University professor . '
        "BP crews worked overnight . "
        '" If all goes as planned , within about 24 hours we could have this contained , " BP \'s Doug '
        "Suttles said Tuesday after touring a temporary housing facility ."
    )
    assert _speakers(text) == ["Ed Overton", "Doug Suttles"]


def test_a_tokenized_possessive_before_a_surname() -> None:
    # bpoil_reuters/763 (was Alfred Kuffler)
    text = (
        "Transocean Chief Executive Steven Newman told a conference call on Tuesday . "
        'Its liability is " up to $ 75 million " , according to Alfred Kuffler , a partner at law firm '
        "Montgomery McCracken . "
        '" We believe in this particular instance the contract is pretty clear about that , " '
        "Transocean 's Newman said ."
    )
    assert _speakers(text)[-1] == "Steven Newman"


def test_a_tokenized_possessive_before_an_office() -> None:
    # bpoil_reuters/1739 (was None): Cameron, named by the surname alone, with a "who"
    text = (
        "Cameron , who took office last month , has come under pressure to protect BP . "
        '" President Obama said to the Prime Minister that his unequivocal view was that BP should '
        "pay , \" Cameron 's office said ."
    )
    assert _speakers(text) == ["Cameron"]


def test_an_office_of_a_lone_word_with_no_who_is_no_one_s() -> None:
    # made up: "Georgia" is never written as a person
    text = 'Georgia is voting . " We found no fraud , " Georgia \'s office said .'
    assert _speakers(text) == [None]


def test_a_role_s_holder_after_a_possessive_run() -> None:
    # made up, after bpoil_guardian/20 (`," BP 's CEO , Tony Hayward , told`) written untokenized
    text = 'BP is here. "We are pursuing options," BP\'s CEO, Tony Hayward, told reporters tonight.'
    assert _speakers(text) == ["Tony Hayward"]


def test_an_owner_of_two_words_before_a_surname() -> None:
    # bpoil_reuters/708, written untokenized
    text = (
        "Alex Morris, an analyst at Raymond James, said BP could be a target. "
        'Jason Kenney at ING said so too. "It would be hard," Raymond James\'s Morris said.'
    )
    assert _speakers(text)[-1] == "Alex Morris"


def test_a_tokenized_possessive_with_the_holder_in_apposition_is_left() -> None:
    # copy-000833-087955: "informed" with a comma between; no speaker is read (as before)
    text = (
        '" We are pursuing options , " BP \'s CEO , Tony Fischer , informed reporters tonight . '
        '" There is a lot of learning . "'
    )
    assert _speakers(text)[0] is None
