"""Review of quotes25's title rules (review19q): a statement in title case after "the" whose speech
verb stands beyond MAX_NAMED_THE_CHARS is words someone said; a campaign's name is a name."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(q.quote, q.speaker) for q in find_quotes(text)]


def test_a_statement_in_title_case_after_the_is_no_title() -> None:
    # the verb is more than MAX_NAMED_THE_CHARS before "the"; "Was" makes the span a clause
    text = (
        "Smith said in a lengthy statement released late on Tuesday night by his office in Texas that"
        ' the "Election Was Stolen From Us."'
    )
    assert _found(text) == [("Election Was Stolen From Us.", "Smith")]


@pytest.mark.parametrize(
    "text",
    [
        # names after "the" stay titles (d1970b1)
        'The "Gang of Eight" said on Tuesday that they had reached a deal.',
        "Rep. Ayanna Pressley, one of the four congresswomen known as the “Squad,” is planning a vote.",
        'John Smith stood before the crowd and recited the "Pledge of Allegiance."',
        # a campaign's name, as an event's: a name, nobody's words
        "Nike has made Colin Kaepernick the face of its 30th anniversary “Just Do It” campaign.",
        'Some fans launched the "Gary Ross Is Boss" campaign to show support.',
        "Larry Elder arrived in his new “Recall Express” campaign bus on Tuesday.",
    ],
)
def test_names_of_things_after_the_or_before_campaign(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # the source in the relative clause reports one whose subject is the relative itself
        'President Donald Trump, who aides say called the inquiry "a witch hunt," denied it.',
        'President Donald Trump, who aides said privately called the inquiry "a witch hunt," denied it.',
        'President Donald Trump, who sources say told aides "I am done," left early.',
    ],
)
def test_a_relative_that_a_source_reports_is_the_speaker(text: str) -> None:
    assert [q.speaker for q in find_quotes(text)] == ["Donald Trump"]


def test_an_unnamed_source_of_a_relative_clause_is_still_no_one() -> None:
    # bd1acee's rule stands where the source is the verb's own subject
    text = "President Donald Trump, who critics have long described as “reckless,” denied it."
    assert [q.speaker for q in find_quotes(text)] == [None]
