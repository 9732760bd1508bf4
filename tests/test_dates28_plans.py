"""A later date the body names with "on" may be a plan's: it does not rule a page's date out."""

from __future__ import annotations

import datetime as dt

from newsprism.extract.textdate import contradicted_by


def test_a_plans_day_does_not_contradict() -> None:
    # l3s_gn1 d6b20c9f (its date line "20:21:04, January 11th 2008") and a85340c3 ("30 December 2007")
    body = "But its most important mission is yet to come: its Mercury orbit insertion will be on March 18, 2011."
    assert contradicted_by(dt.date(2008, 1, 11), body) is None
    body = (
        "Instead of stopping sales of the operating system on 30 January 2008, the period has been extended."
    )
    assert contradicted_by(dt.date(2007, 12, 30), body) is None


def test_a_past_days_verb_still_contradicts() -> None:
    # made up: the later day told as past
    assert contradicted_by(dt.date(2008, 1, 11), "The probe was launched on March 18, 2011.") is not None
