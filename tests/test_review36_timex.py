"""review36 (session 31): findings on session 30's time-expression rules (analyse.timex), each shown
on made-up sentences the rule misreads. Each test is xfail(strict) until the patch its reason names
is applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions

# a Tuesday page: "Monday" is the day before (2010-06-07) or a week on (2010-06-14)
PUBLISHED = "2010-06-08"


def _monday(text: str) -> str | None:
    return next((x.value for x in find_time_expressions(text, PUBLISHED) if x.text == "Monday"), None)


@pytest.mark.xfail(strict=True, reason="needs /tmp/h31/review36/timex_caption_agency.diff")
@pytest.mark.parametrize(
    "text",
    [
        "Protesters hold signs outside BP headquarters in London on Monday . REUTERS/Luke MacGregor",
        "Protesters hold signs outside BP headquarters in London on Monday . ( Reuters ) BP shares fell .",
        "Shrimpers hold a vigil in Venice on Monday . ( AP ) BP shares fell .",
        "Activists hold a banner at a BP station on Monday. EPA/ANDY RAIN",
    ],
)
def test_a_caption_credited_to_its_agency_alone_is_no_timetable(text: str) -> None:
    # 5f7013c's TIMETABLE_CLAUSE reads a present "hold" as a programme ahead; review35's CAPTION_PRESENT
    # knows a caption by "( AP Photo" or "Photograph :" after it, not by the agency's credit alone
    assert _monday(text) == "2010-06-07"


@pytest.mark.parametrize(
    "text",
    [
        "Tony Hayward faces lawmakers on Monday . BP shares fell .",
        "Tony Hayward faces lawmakers on Monday . ( Reuters ) - BP shares fell .",
    ],
)
def test_a_timetable_with_no_caption_credit_stays_ahead(text: str) -> None:
    # (control: a wire's dateline credit after a stop is no picture's)
    assert _monday(text) == "2010-06-14"
