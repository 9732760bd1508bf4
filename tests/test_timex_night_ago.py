"""timeline21: counts back from now ("38 days ago") in a night filing count from the writer's day,
as the day words do; timeline's stamps read timex's one list of time zones."""

from __future__ import annotations

import re

import pytest

from newsprism import timeline
from newsprism.analyse import timex
from newsprism.analyse.timex import find_time_expressions

# the head of a real T17 story (bpoil_reuters/1522): filed at 1:07 am EDT on Monday, written on Sunday
HOUMA = (
    "HOUMA , Louisiana | Mon Jun 7 , 2010 1:07 am EDT HOUMA , Louisiana ( Reuters ) - Staffers at a BP "
    "oil spill response center in Louisiana are preparing for a long battle . "
)


def _value(text: str, published: str, phrase: str) -> str:
    (value,) = [t.value for t in find_time_expressions(text, published) if t.text == phrase]
    return value


def test_days_ago_in_a_night_filing_count_from_the_writers_day() -> None:
    text = HOUMA + "Utsler has not had a day off since he flew down from Alaska 38 days ago ."
    assert _value(text, "2010-06-07", "38 days ago") == "2010-04-29"  # 38 days before Sunday the 6th


def test_days_ago_before_any_day_word_read_the_stamp_too() -> None:
    # the writer's day is read at the first phrase counted from now, whichever kind it is
    text = HOUMA + "He flew down two days ago . Yesterday he toured the marsh ."
    found = {t.text: t.value for t in find_time_expressions(text, "2010-06-07")}
    assert found["two days ago"] == "2010-06-04"
    assert found["Yesterday"] == "2010-06-05"


def test_days_ago_in_a_day_filing_count_from_the_publication_day() -> None:
    text = HOUMA.replace("1:07 am", "11:07 am") + "He flew down from Alaska 38 days ago ."
    assert _value(text, "2010-06-07", "38 days ago") == "2010-04-30"


def test_weekdays_and_later_counts_keep_their_anchors_in_a_night_filing() -> None:
    text = HOUMA + "The well blew out on April 20 and the rig sank two days later . Crews rested on Sunday ."
    found = {t.text: t.value for t in find_time_expressions(text, "2010-06-07")}
    assert found["two days later"] == "2010-04-22"  # from April 20, not from the writer's day
    assert found["Sunday"] == "2010-06-06"  # the stamp's date's Sunday, as before


@pytest.mark.parametrize("zone", ["BST", "GMT", "EDT", "PST", "CET", "CEST", "UTC", "IST", "UK time"])
def test_a_dot_clock_before_any_of_timexs_zones_is_a_stamp(zone: str) -> None:
    text = f"Posted at 17.45 {zone} on Wednesday 5 May 2010 by a reader"
    at = text.index("Wednesday")
    assert timeline._is_stamp(text, at, len(text) - len(" by a reader"))
    # the zones timeline reads are timex's: every zone of a timex stamp clock
    assert re.fullmatch(timex.ZONES, zone)


def test_a_dot_figure_without_a_zone_is_no_stamp() -> None:
    text = "Shares rose 4.50 on Wednesday 5 May 2010 in London"
    at = text.index("Wednesday")
    assert not timeline._is_stamp(text, at, at + len("Wednesday 5 May 2010"))
