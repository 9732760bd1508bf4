"""ADVERB_BETWEEN (timex): an adverb in "-ly" between "to be", "is (being)" or "has (been)" and its
participle ("to be permanently sealed") leaves the participle what it is, a passive or a perfect, no
past "-ed" verb: the cue before it (a plan's "is expected to", "was to") reads the phrase."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # T17 bpoil_bbc/167 (Thursday 2010-09-16): read as September 12
        (
            "BP 's ruptured oil well in the Gulf of Mexico is expected to be permanently sealed by Sunday .",
            "2010-09-16",
            "2010-09-19",
        ),
        # T17 bpoil_bbc/2117 (Wednesday 2010-09-15), a future of a past: read as September 12
        (
            "Meanwhile , the senior US government official overseeing the BP oil spill response said the "
            "blown-out well was to be permanently sealed by Sunday .",
            "2010-09-15",
            "2010-09-19",
        ),
        # T17 bpoil_reuters/850 (Tuesday 2010-11-16): read as November 10
        ('" The report is scheduled to be officially released on Wednesday .', "2010-11-16", "2010-11-17"),
        # guards (made-up): no adverb, as before; a past passive stays past; a present perfect with
        # an adverb is no cue, and the past "said" reads the day
        ("The well is expected to be sealed by Sunday .", "2010-09-16", "2010-09-19"),
        ("The well was permanently sealed on Sunday .", "2010-09-16", "2010-09-12"),
        ("Officials said on Sunday the well has been finally sealed .", "2010-09-16", "2010-09-12"),
    ],
)
def test_adverb_between(text: str, published: str, expected: str) -> None:
    (found,) = find_time_expressions(text, published)
    assert found.value == expected
