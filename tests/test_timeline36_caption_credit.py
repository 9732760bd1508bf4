"""A caption told by the photo's credit after it, or by a gallery's day item, tells no entry where a report
tells its day (timeline CAPTION_CREDIT); a chronology's day items stay the entries they are.

The captions are T17 Fox News pages' (bpoil_foxnews/658, /748, /1798) and the chronology item bpoil_bbc/1440's."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.timeline import build_timeline

REPORT = (
    "BP chief executive Tony Hayward said on June 2 that the company would know within a day whether its "
    "latest attempt to cap the leaking well in the Gulf of Mexico had worked ."
)
CLOSING = (
    "Officials said the cleanup would go on for months , and residents along the coast said they feared for "
    "their jobs this summer ."
)


def _pages(text: str, published: str = "2010-06-03") -> list[Article]:
    return [Article(id=f"a{k}", source="t", published=published, text=text) for k in range(2)]


@pytest.mark.parametrize(
    "head",
    [
        # a gallery's day item, the credit after it
        "June 2 : Underwater robots swarm the blowout preventer of the leaking well in the Gulf of Mexico , as "
        "the company works to cap the Deepwater Horizon well . BP , via AP",
        # the credit of the caption before it opens it
        "AP June 2 , 2010 : Workboats operate near the blowout preventer at the site of the Deepwater Horizon "
        "spill in the Gulf of Mexico .",
        # a day item before the story's dateline
        "June 2 : Oil from the Deepwater Horizon well is seen in the Gulf of Mexico as the company works to cap "
        "the leak . NEW ORLEANS -- Crews kept working .",
        # what is shown, its credit in brackets
        "Shown here is the shoreline of Orange Beach , Ala. , on June 2 , an area potentially vulnerable to "
        "the oil from the Deepwater Horizon well . ( AP Photo )",
    ],
)
def test_a_credited_caption_tells_no_entry_the_report_does(head: str) -> None:
    # two pages of the day: the caption (and its credit) first, the report under it, as Fox prints them
    (entry,) = build_timeline(_pages(f"{head}\n\n{REPORT}\n\n{CLOSING}"), max_dates=1, days_only=True)
    assert entry.date == "2010-06-02"
    assert entry.text == REPORT


def test_a_chronology_item_still_tells_its_day() -> None:
    # items that follow one another with no credit and no dateline are a chronology's, not captions
    item = (
        "2 June : Underwater robots cut the riser of the Deepwater Horizon well in the Gulf of Mexico , "
        "and the company prepares to cap the leak ."
    )
    arts = _pages(f"{item} 4 June : The cap is lowered over the well . {CLOSING}\n\n{REPORT}", "2010-06-15")
    entry = next(e for e in build_timeline(arts, max_dates=2, days_only=True) if e.date == "2010-06-02")
    assert entry.text == item
