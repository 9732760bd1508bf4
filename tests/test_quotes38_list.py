"""quotes38 (session 28): quotes37's side effects and leftovers. Texts from heap-10000 and the dev
sets in their words where the comment names one, made up otherwise."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes
from newsprism.analyse.quotes.names import _subject_like


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


@pytest.mark.parametrize(
    "text",
    [
        'The Mayor of London said: "We will not stop."',
        '"We will not stop," the Mayor of London said.',
        '"We will not stop," the Prime Minister of Israel said.',
    ],
)
def test_a_role_of_a_place_with_no_holder_named_is_no_one(text: str) -> None:
    # made up (quotes37's left list: 'London'): the place is never the speaker
    assert _speakers(text) == [None]


def test_a_role_of_a_place_is_its_holder_named_so() -> None:
    # made up: the role's phrase is the holder's, the article titles him "London Mayor"
    text = 'London Mayor Sadiq Khan spoke on Monday. "We will not stop," the Mayor of London said.'
    assert _speakers(text) == ["Sadiq Khan"]


def test_one_of_an_organisation_s_critics_is_the_name_in_apposition() -> None:
    # bpoil_guardian/1134 (was 'One of BP')
    text = (
        "8.52 pm : One of BP 's most vocal and influential critics , Congressman Ed Markey , who chairs "
        "the House of Representatives 's energy and environment subcommittee , is also not impressed by "
        "BP 's effort : \" This report is not BP 's mea culpa . \" Markey says he 's still waiting ."
    )
    assert _speakers(text) == ["Ed Markey"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We will not stop," Secretary of Energy Steven Chu said.', "Steven Chu"),
        ('"We will not stop," Prime Minister of Israel Benjamin Netanyahu said.', "Benjamin Netanyahu"),
    ],
)
def test_a_role_of_a_place_guards(text: str, speaker: str) -> None:
    # a holder's name after the place: the holder
    assert _speakers(text) == [speaker]


def test_a_role_s_holder_in_an_absolute_clause_is_whom_he_means() -> None:
    # bpoil_bbc/577 (was 'Mark Salt'): ", with its chief executive Jim Hackett issuing" names who acts
    text = (
        "\" Anadarko 's refusal to pay their share will in no way affect BP 's commitment \" , spokesman "
        "Mark Salt added . He said another firm with a stake in the project had also not responded . BP "
        "'s bill so far has been more than $ 3.1 bn . But investors remain uncertain over the eventual "
        "financial impact of the oil disaster . Anadarko indicated last month that it felt it should not "
        "pay for the spill , with its chief executive Jim Hackett issuing a statement that blamed BP for "
        '" reckless decisions and actions " . He accused the oil giant of failing to " react to several '
        'critical warning signs " as it drilled below the sea floor .'
    )
    assert _speakers(text)[-1] == "Jim Hackett"


def test_a_name_alone_after_with_is_no_subject() -> None:
    # copy-001021-486671's shape, made up: the name after "with" is no role's holder; no one named
    text = (
        '"We played well," said John Carver. However, with Ashley enjoying a winter break, the chairman '
        'was there to hear them. He said: "We were all very proud."'
    )
    assert _speakers(text)[-1] != "Ashley"


def test_a_trade_before_the_name_opening_its_sentence_leaves_it_a_subject() -> None:
    # 22_2ecbplus (was None): "Dough mixer Andy Ryan, who ..., said", then "he told"
    text = (
        "One witness told NBC Philadelphia that she has a history of run-ins with co-workers.\n"
        "Dough mixer Andy Ryan, who has worked at the plant for nearly 30 years, said he was on the third "
        'floor when the shots echoed through the building.\n"I heard the gunfire, and I ran," he told The '
        "Associated Press, his apron still on."
    )
    assert _speakers(text) == ["Andy Ryan"]


def test_an_article_and_an_adjective_before_a_surname_are_no_trade() -> None:
    # quotes/basil 11c9f251..._3: "The elder Cheney daughter" is no "Dough mixer": the surname is
    # no subject (a first cut read it so, and her "she" went to Mary Cheney)
    text = "Liz Cheney issued a statement.\n\nThe elder Cheney daughter is challenging Sen. Mike Enzi."
    assert not _subject_like(text, text.index("Cheney daughter"))
