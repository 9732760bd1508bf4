"""quotes35: a time zone after a clock is no organisation that speaks (names._organisation), and an
owner's possessive before the surname of a person named in full is that person
(speakers._OWNED_SURNAME; bench/README "quotes35"). H1N1_reuters/685 and l3s_gn1-08ba0529 in their
words; the rest made up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_clocks_time_zone_is_no_speaker() -> None:
    # H1N1_reuters/685 (was 'EDT'; the campaign's owner is named after "by")
    text = (
        "That will be the message of speakers at the phone-based news conference to be held Friday ( "
        'May 8 , 2009 ) at 10:30 a.m. EDT by the American Academy of Nursing ( AAN ) and its " Raise '
        'the Voice " ( RTV ) campaign .'
    )
    assert _speakers(text) != ["EDT"]


KING = (
    "Charles King, principal analyst at Pund-IT, said. \"We're not seeing of VMware in production "
    'environments." The market is growing.\n\n'
)


def test_a_firms_possessive_before_a_title_word_surname() -> None:
    # l3s_gn1-08ba0529 (was "PUND-It's King")
    text = (
        KING + "PUND-It's King said the Dell-EMC-EqualLogic triangle does produce some \"interesting "
        "questions. It's hard to say. At the lower end there is some overlap.\""
    )
    assert _speakers(text)[-1] == "Charles King"


def test_a_firms_possessive_before_a_surname() -> None:
    text = 'Dell storage manager Eric Cannell spoke on Monday. Dell\'s Cannell said: "It is aimed at midrange users."'
    assert _speakers(text) == ["Eric Cannell"]


def test_an_owner_with_no_such_person_and_a_contraction_are_unchanged() -> None:
    # controls: no King named in full; "It’s" is no owner (l3s_gn1-efee8480, a film's title)
    assert _speakers('The show aired. CNN\'s King said: "It is good."') == ["CNN King"]
    text = (
        "Colin Farrell stars as Terry. It’s Farrell, though, who walks off with the movie, delivering a "
        "much-needed reminder of the actor he used to be before stumbling through a succession of flops "
        "from ‘‘Miami Vice’’ to ‘‘Alexander.’’"
    )
    assert "Colin Farrell" not in _speakers(text)
