"""quotes35b: a role's holder named in apposition is who speaks: "the UK ambassador to Washington ,
Sir Nigel Sheinwald , said" (a place after "to", the comma spaced as tokenized text writes it:
cues._person_in_apposition), "the candidate, regional bureaucrat Resulberdy Mammedov, said" (words
in lower case before the name: cues._role_comma_name). Excerpts of heap-10000 and the dev texts in
their words, where named; the rest made up."""

from __future__ import annotations

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_holder_after_a_role_to_a_place_speaks() -> None:
    # bpoil_bbc/1473 (was None: the verb's subject read as 'Washington', the role unnamed)
    text = (
        "But the firm said it had taken no part in discussions on the decision to free Megrahi . And "
        'the UK ambassador to Washington , Sir Nigel Sheinwald , said : " Claims in the press that '
        'Megrahi was released because of an oil deal involving BP are not true . "'
    )
    assert _speakers(text) == ["Nigel Sheinwald"]


def test_a_holder_after_a_role_to_a_place_speaks_after_the_quote_too() -> None:
    # neus/train-1329-1 (was 'United Nations')
    text = (
        "The Times of Israel reports: The US ambassador to the United Nations, Nikki Haley, said on "
        "Sunday that the US would “stay” in the Iranian nuclear agreement."
    )
    assert _speakers(text) == ["Nikki Haley"]


def test_a_holder_described_in_lower_case_after_the_role() -> None:
    # ecbplus 11_5ecb (was None)
    text = (
        "The only non-party candidate in the capital, Ashgabat, avidly supports Berdymukhamedov.\n"
        '"I will devote all my strengths to the honest and righteous support of our esteemed '
        'president," the candidate, regional bureaucrat Resulberdy Mammedov, said in a campaign '
        "statement."
    )
    assert _speakers(text) == ["Resulberdy Mammedov"]


def test_a_clause_after_the_role_is_no_description() -> None:
    # made up: "who" opens a clause; the name after it is no apposition of the role's
    text = 'Jane Smith spoke first .\n" We will not stop , " the chairman , who met John Brown , said .'
    assert _speakers(text) != ["John Brown"]


def test_a_holder_after_a_role_of_a_place_with_a_spaced_comma() -> None:
    # bpoil_guardian/1419 (was None): the comma before the name spaced, as tokenized text writes it
    text = (
        "The mayor of London , Boris Johnson , accused the Obama administration of indulging in "
        '" anti-British rhetoric " .'
    )
    assert _speakers(text) == ["Boris Johnson"]


def test_a_holder_after_a_role_of_a_place_with_a_plain_comma() -> None:
    # made up control (read so before quotes35b too)
    text = 'The mayor of London, Sadiq Khan, said: "We are ready."'
    assert _speakers(text) == ["Sadiq Khan"]
