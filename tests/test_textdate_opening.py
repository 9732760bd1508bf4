"""extract.textdate.opening_stamp_date: a stamp (a date with its clock) glued to the opening of a
clean text gives its date; a date in an opening sentence, with no clock, does not."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.extract.textdate import opening_stamp_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # T17's tokenised exports: a wire's date line, a blog's byline stamp, a paper's
        ("WASHINGTON | Wed Apr 29 , 2009 6:57 pm BST WASHINGTON ( Reuters ) - Just how bad", "2009-04-29"),
        (
            "Susan Watts | 18:00 UK time , Saturday , 25 April 2009 Experts are clearly concerned",
            "2009-04-25",
        ),
        ("Friday , May 28 , 2010 ; 5:21 PM Federal health officials Friday called on BP", "2010-05-28"),
        ("July 29 , 2010 - 8:50 AM | by : Phil Keating His name is Jack", "2010-07-29"),
        # a photo caption's date first (no clock), then the stamp
        (
            "A logo is seen at a BP fuel station in London July 27 , 2010 . LONDON | Fri Sep 10 , 2010 "
            "3:22 pm EDT LONDON ( Reuters ) - BP",
            "2010-09-10",
        ),
        # no clock: a date in a sentence
        ("In this June 1 , 2010 file photo , workers collect oil that washed ashore", None),
        ("Mr. Chun was appointed as a director of the Company on 18 July 2007 and", None),
        # too far into the text to be its opening
        ("The council met. " * 12 + "Monday, May 3, 2010 10:00 AM", None),
    ],
)
def test_opening_stamp(text: str, day: str | None) -> None:
    assert opening_stamp_date(text) == (dt.date.fromisoformat(day) if day else None)
