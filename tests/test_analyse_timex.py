"""Time expressions: a table of real phrases from the dev articles, resolved by reading them."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions, precision


def test_precision_from_value() -> None:
    assert precision("2024") == "year"
    assert precision("2024-04") == "month"
    assert precision("2024-04-21") == "day"
    with pytest.raises(ValueError, match="YYYY"):
        precision("April")


def test_offsets_point_at_the_phrase() -> None:
    text = "Blinken arrived in Beijing on Wednesday and met Wang Yi on Friday, April 26."
    found = find_time_expressions(text, "2024-04-26")
    assert [(t.text, t.value) for t in found] == [
        ("Wednesday", "2024-04-24"),
        ("Friday, April 26", "2024-04-26"),
    ]
    assert all(text[t.start : t.end] == t.text for t in found)


def test_without_publication_date_only_phrases_with_a_year() -> None:
    text = "In April 2024 he returned; on Sunday he left; last year he came; in 2023 too."
    assert [t.value for t in find_time_expressions(text, None)] == ["2024-04", "2023"]


def test_bad_publication_date_says_what_is_expected() -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        find_time_expressions("on Sunday", "24/04/2024")
