"""extract.textdate (dates26): a month reported as past is no event still to come, and a written
date with a space before its comma."""

import datetime as dt

from newsprism.extract.textdate import contradicted_by, find_dates


def test_a_past_verb_between_the_cue_and_the_month_rules_nothing_out() -> None:
    # l3s_gn1 4e3ee06c: a forecast of December's figures in a story of 31 December
    body = "It is expected that roughly 70,000 new jobs were added in December, economists said."
    assert contradicted_by(dt.date(2007, 12, 31), body) is None


def test_a_month_still_to_come_rules_out_a_day_late_in_it() -> None:
    body = "Leaders are likely to attend the next G20 summit in September, officials said."
    assert contradicted_by(dt.date(2023, 9, 27), body) is not None
    assert contradicted_by(dt.date(2023, 9, 5), body) is None


def test_a_space_before_the_comma_of_a_written_date() -> None:
    # l3s_gn1 f70d2b06, The Telegraph (Calcutta): "Today's Edition | Monday , December 31 , 2007"
    found = find_dates("Today's Edition | Monday , December 31 , 2007 | Advertise with us")
    assert [f.date for f in found] == [dt.date(2007, 12, 31)]
