"""analyse.datewords: the month and weekday names that timeline's CAPTION patterns and summarise.candidates'
stamp and caption patterns share, as one pair of regular-expression fragments."""

from __future__ import annotations

import re

import pytest

from newsprism import timeline
from newsprism.analyse.datewords import MONTH, WEEKDAY


@pytest.mark.parametrize(
    "word", ["January", "Jan", "Jan.", "May", "Sep", "Sept", "Sept.", "December", "Dec."]
)
def test_a_month_name(word: str) -> None:
    assert re.fullmatch(MONTH, word)


@pytest.mark.parametrize("word", ["Mayor", "Janus", "Marching", "Monday", "june"])
def test_not_a_month_name(word: str) -> None:
    assert not re.fullmatch(MONTH, word)


@pytest.mark.parametrize(
    ("word", "weekday"),
    [("Monday", True), ("Wednesday", True), ("Saturday", True), ("Mon", False), ("Someday", False)],
)
def test_weekday_names(word: str, weekday: bool) -> None:
    assert bool(re.fullmatch(WEEKDAY, word)) is weekday


def test_the_timeline_reads_captions_with_them() -> None:
    # an agency caption's closing date and a gallery's day item, each month written short with its dot
    assert timeline._is_caption(
        "Workers lay boom on the beach at Grand Isle , La. , Thursday , Sept. 2 , 2010 ."
    )
    assert timeline._is_caption("AP Sept. 2 : Workers lay boom on the beach at Grand Isle .")


def test_the_summaries_read_stamps_with_them() -> None:
    from newsprism.summarise import candidates

    assert candidates._MONTH is MONTH
    assert candidates._WEEKDAY is WEEKDAY
