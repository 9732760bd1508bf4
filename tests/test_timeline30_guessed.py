"""timeline30: GUESSED. A weekday alone read back by default (no tense cue in its sentence:
timex.guessed) is scored as news of the day, not as a recall, in the ranking of a timeline's dates;
a plan the reader misses ("faces a House hearing on Thursday", T17 bpoil_bbc/1015) no longer weighs
four times what a day the sentence tells in the past earns. The support (the length bar) still counts
it as a recall."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions, guessed
from newsprism.records import Article
from newsprism.timeline import build_timeline


def page(article_id: str, published: str, text: str) -> Article:
    return Article(id=article_id, source="test", published=published, text=text)


@pytest.mark.parametrize(
    ("text", "phrase", "is_guess"),
    [
        # T17 bpoil_bbc/1015 (a Tuesday page): no cue, read as the Thursday before
        (
            "BP 's chief executive , Tony Hayward , who himself faces a House hearing on Thursday , has "
            "received a letter from the heads of two House committees .",
            "Thursday",
            True,
        ),
        ("From Monday please welcome our new blog hostess .", "Monday", True),  # T17 H1N1_bbc/441
        ("The company said on Tuesday it would sell assets .", "Tuesday", False),  # a cue
        ("The committee met last Friday .", "last Friday", False),  # a modifier reads it
        ("The talks resumed on March 3 .", "March 3", False),  # a calendar date
        ("The panel will sit on Friday night .", "Friday night", False),
    ],
)
def test_a_guess_is_a_weekday_alone_without_a_cue(text: str, phrase: str, is_guess: bool) -> None:
    (found,) = [t for t in find_time_expressions(text, "2010-06-15") if t.text == phrase]
    assert guessed(text, found.start, found.end) is is_guess


def test_a_guessed_weekday_ranks_below_a_day_told_in_the_past() -> None:
    # both read back from a Wednesday page, each relatively, once: as recalls they tied and the
    # earlier day won; the guess (a misread plan) now counts as news of the day
    articles = [
        page("plan", "2020-06-10", "The chief executive faces a House hearing on Thursday ."),
        page("past", "2020-06-10", "The company said on Tuesday that it would sell its chemicals unit ."),
    ]
    (entry,) = build_timeline(articles, max_dates=1, days_only=True)
    assert entry.date == "2020-06-09"


def test_a_day_told_in_the_past_keeps_its_weight() -> None:
    # guard: the same two days, both with cues; the earlier wins the tie as before
    articles = [
        page("first", "2020-06-10", "The chief executive testified at a House hearing on Thursday ."),
        page("past", "2020-06-10", "The company said on Tuesday that it would sell its chemicals unit ."),
    ]
    (entry,) = build_timeline(articles, max_dates=1, days_only=True)
    assert entry.date == "2020-06-04"
