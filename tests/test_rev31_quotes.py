"""review31: session 27's speaker rules on inputs their authors did not try. Each finding is a strict
xfail that fails on HEAD for its reason (the patch, /tmp/h27/review31/quotes.patch, makes it pass);
the guards pass on both. Texts made up in the dev data's style (the Gulf spill, BASIL's politics)
where not named."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in find_quotes(text, "x", None)]


def test_a_role_at_a_place_is_not_another_place_s_holder() -> None:
    text = (
        "President Barack Obama met Armenian leaders on Monday. "
        'The president of Azerbaijan accused Armenia of "open aggression" on Tuesday.'
    )
    assert _speakers(text) == [None]


def test_a_mayor_of_one_town_is_not_another_town_s_mayor() -> None:
    text = 'Mayor Ray Nagin left office in May. "We are seeing more oil," the mayor of Gulf Shores told reporters.'
    assert _speakers(text) == [None]


def test_a_role_at_a_place_is_the_holder_the_article_names_so() -> None:
    # guard: the place written before the role ("Gulf Shores Mayor Robert Craft")
    text = (
        "Gulf Shores Mayor Robert Craft toured the beach on Monday. "
        '"We are seeing more oil," the mayor of Gulf Shores told reporters.'
    )
    assert _speakers(text) == ["Robert Craft"]


@pytest.mark.parametrize(
    "text",
    [
        '"The cleanup will take years." Obama said in an interview that aired on Sunday.',
        'The president spoke about the spill . " The cleanup will take years . " Obama said in an '
        "interview that aired on Sunday .",
        '"We did everything we could to stop the leak." Hayward said at a hearing that lasted seven hours.',
    ],
)
def test_a_relative_that_after_the_verb_reports_no_clause(text: str) -> None:
    assert _speakers(text)[-1] in ("Obama", "Hayward")


def test_that_after_a_phrase_still_brings_in_a_clause() -> None:
    # guard (ddcc68b's own form): "that" and a clause's subject
    text = (
        'Allen spoke on Monday . " It will take years . " Obama said after meeting with Cabinet '
        "officials at the White House that the cleanup would go on ."
    )
    assert _speakers(text) == [None]


@pytest.mark.parametrize(
    "text",
    [
        'After a long meeting with Gordon Brown, a smiling Barack Obama told reporters: "We agree on '
        'almost everything."',
        'Asked about Tony Hayward, a visibly angry Barack Obama said: "He would not be working for me."',
    ],
)
def test_words_that_describe_the_subject_are_no_apposition(text: str) -> None:
    assert _speakers(text) == ["Barack Obama"]


def test_an_apposition_left_open_still_gives_its_person() -> None:
    # guard (471312d's own case, neus: the apposition holds "for", "of", "at")
    text = (
        "Jason Miller, a long-time adviser and spokesperson for Trump's 2020 campaign told reporters: "
        '"We will win."'
    )
    assert _speakers(text) == ["Jason Miller"]


@pytest.mark.parametrize(
    "text",
    [
        '"We will fight this ruling," said the president of the foundation set up by Bill Gates.',
        '"We expect the rig to be ready," says the chairman of the company that employs Tony Hayward.',
    ],
)
def test_a_name_in_the_role_s_clause_is_not_its_holder(text: str) -> None:
    assert _speakers(text) == [None]


def test_a_holder_named_where_the_role_s_phrase_ends() -> None:
    # guard (7107a27's own case, heap-10000)
    text = (
        'Kazakhstan plans to triple output . " We will do it , " says the chairman of Kazakhstan\'s '
        "atomic energy committee Temir Zhantikin ."
    )
    assert _speakers(text) == ["Temir Zhantikin"]
