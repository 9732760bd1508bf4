"""QUOTE_END (timex): the tense cue after a date is searched only up to the end of the quotation that
holds it; the telling after it ('" said the head of ...') is in the past whatever the quoted words say.
Real sentences of T17 (tokenised, as the articles are)."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions, tense


def values(text: str, published: str) -> dict[str, str]:
    return {t.text: t.value for t in find_time_expressions(text, published)}


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # T17 bpoil_foxnews/1866
        (
            "\" In a perfect world with no interruptions , it 's possible to be ready to stop the well "
            "between July 20 and July 27 , \" said the head of BP 's Gulf Coast restoration unit , "
            "managing director Bob Dudley , in an interview .",
            "2010-07-08",
        ),
        # T17 bpoil_reuters/291
        (
            '" In a perfect world with no interruptions , it is possible to be ready to stop the well '
            "between July 20 and July 27 , \" the head of BP 's Gulf Coast restoration unit Bob Dudley "
            "told the newspaper in an interview .",
            "2010-07-08",
        ),
    ],
)
def test_a_quoted_window_ahead_is_not_read_in_the_past_of_its_telling(text: str, published: str) -> None:
    assert values(text, published) == {"July 20": "2010-07-20", "July 27": "2010-07-27"}


def test_the_cue_inside_the_quotation_still_counts() -> None:
    # a cue between the date and the quotation's end is the quoted words' own
    text = '" By July 27 , the well will be capped , " Dudley said .'
    start = text.index("July 27")
    assert tense(text, start, start + len("July 27")) == "future"


def test_a_scare_quote_is_no_end() -> None:
    # the quotation closes on a word, not on its punctuation: the clause goes on past it
    text = 'On Wednesday the " top kill " will begin , BP officials said .'
    assert values(text, "2010-05-24")["Wednesday"] == "2010-05-26"
