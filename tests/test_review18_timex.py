"""review18: the edges of timex's evening-before rules (82e5a32, 98af451, d15c9e2)."""

from __future__ import annotations

import pytest

from newsprism.analyse import timex
from newsprism.analyse.timex import find_time_expressions

FRIDAY = "2012-10-12"


def _values(text: str, published: str | None, phrase: str) -> list[str]:
    return [t.value for t in find_time_expressions(text, published) if t.text == phrase]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # "tonight" with no evening named by its weekday: the publication day's
        ("Obama said Biden was terrific tonight .", FRIDAY),
        # the evening before named, but no "tonight": "yesterday" counts from the publication day
        ("The two met Thursday night . Yesterday 's debate drew crowds .", "2012-10-11"),
        # both evenings named: left alone
        ("They met Thursday night and meet again Friday night ; tonight is the rematch .", FRIDAY),
        # the evening before named and "tonight": Thursday's
        ("Biden was terrific tonight , Obama said after the debate Thursday night .", "2012-10-11"),
    ],
)
def test_tonight_counts_from_the_evening_before_only_when_that_evening_is_named(
    text: str, value: str
) -> None:
    phrase = "tonight" if "tonight" in text else "Yesterday"
    assert _values(text, FRIDAY, phrase) == [value]


def test_a_day_word_before_the_stamp_line_counts_from_the_evening_too() -> None:
    # read once for the whole text, at its first day word, wherever the stamp stands
    text = "Yesterday 's lawsuit spooks BP LONDON | Fri Dec 17 , 2010 1:09 am IST LONDON ( Reuters ) - Shares fell ."
    assert _values(text, "2010-12-17", "Yesterday") == ["2010-12-15"]


def test_a_zoned_clock_past_the_head_is_no_stamp() -> None:
    head = "BP shares fell . " * (timex.STAMP_HEAD_CHARS // len("BP shares fell . ") + 1)
    text = head + "Fri Dec 17 , 2010 1:09 am IST the board met . Yesterday 's lawsuit weighed ."
    assert _values(text, "2010-12-17", "Yesterday") == ["2010-12-16"]


def test_a_text_with_no_clock_and_no_evening_keeps_its_day_words() -> None:
    text = "LONDON | Fri Dec 17 , 2010 LONDON ( Reuters ) - Investors fretted over yesterday 's lawsuit tonight ."
    found = find_time_expressions(text, "2010-12-17")
    assert [(t.text, t.value) for t in found if t.text in ("yesterday", "tonight")] == [
        ("yesterday", "2010-12-16"),
        ("tonight", "2010-12-17"),
    ]
    assert not timex._filed_overnight(text, "2010-12-17", timex._parse_published("2010-12-17"))


def test_weekdays_and_months_keep_the_stamps_date_in_a_night_filing() -> None:
    text = "LONDON | Fri Dec 17 , 2010 1:09 am IST LONDON ( Reuters ) - BP said on Friday that yesterday 's suit and last week 's fall ..."
    found = {t.text: t.value for t in find_time_expressions(text, "2010-12-17")}
    assert found["yesterday"] == "2010-12-15"  # the writer's Thursday evening: Wednesday
    assert found["Friday"] == "2010-12-17"
    assert found["last week"] == "2010-12"
