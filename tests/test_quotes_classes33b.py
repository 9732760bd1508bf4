"""quotes33b: a surname that is also a common word of the article is a name after a given name
(people._People._personal; bench/README "quotes33b"). Cases from heap-10000 and the dev texts, in
their words."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text, "x", None)]


# bpoil_bbc/768: "wells" is a common word of an article on an oil well; "he" went to Thad Allen
WELLS = (
    "Retired Coast Guard Adm. Thad Allen said the test would begin on Tuesday . The relief wells are "
    "nearly finished . BP Vice-President Kent Wells said no promises could be made about whether the new "
    "cap would work . \" It 's not simple stuff . What we do n't want to do is speculate around it , \" he "
    "said ."
)

# bpoil_washingtonpost/283: the surname cue alone is resolved to the full name
WELLS_SURNAME = (
    "Company senior vice president Kent Wells said that work on the relief wells was stopped in the "
    'morning . " We could have a tropical storm at Macondo , " Wells said .'
)

# bpoil_reuters/1256: "rose" is a verb of the article ("shares rose"); was 'Wedbush Securities'
ROSE = (
    "Shares of Nalco rose 12 percent . Wedbush Securities analyst David Rose said the Nalco share move was "
    'exaggerated . " The stock was getting ahead of itself based on these expectations , " he said .'
)

# copy-000261-515350 (control): a longer run goes on past the name ("Business reporter"): no person
REUBEN = (
    "By Anthony Reuben Business reporter , BBC News London Mayor Boris Johnson has expressed concern about "
    "the business climate . Speaking on BBC Radio 4 's Today program , he said that he \" would like to see a "
    'bit of cool heads rather than endlessly buck-passing and name-calling " .'
)

# control: a given name that the article writes in lower case is no sign of a name
WILL = (
    "Officials said the plan will work . Will Power said the race was hard . "
    '" We did our best , " said Mary Jones .'
)


def test_surname_that_is_a_common_word_after_a_given_name() -> None:
    assert _quotes(WELLS) == [
        ("It 's not simple stuff . What we do n't want to do is speculate around it", "Kent Wells")
    ]


def test_surname_cue_resolves_to_the_full_name() -> None:
    assert _quotes(WELLS_SURNAME) == [("We could have a tropical storm at Macondo", "Kent Wells")]


def test_verb_surname_after_a_given_name() -> None:
    assert _quotes(ROSE) == [
        ("The stock was getting ahead of itself based on these expectations", "David Rose")
    ]


def test_longer_run_is_not_read_as_a_name() -> None:
    assert [s for _, s in _quotes(REUBEN)] == ["Boris Johnson"]


def test_given_name_in_lower_case_is_no_sign() -> None:
    from newsprism.analyse.quotes.people import _People

    people = _People(WILL, None)
    assert not people.is_person("Will Power")
    assert people.is_person("Mary Jones")
