"""A picture's caption names its day but tells no entry (timeline CAPTION): the report beside it does.

The sentences are T17's (bpoil_foxnews/2, bpoil_reuters/1260, bpoil_foxnews/1834, H1N1_reuters/786) and
a heap page's (the "on Thursday afternoon" prose)."""

from __future__ import annotations

import pytest

from newsprism.records import Article
from newsprism.timeline import build_timeline

PELICAN = (
    "A Brown Pelican is seen on the beach at East Grand Terre Island along the Louisiana coast after being "
    "drenched in oil from the Deepwater Horizon oil spill Thursday , June 3 , 2010 ."
)
BIRDS = (
    "Birds fly over oil on the water near Breton Sound Island , on the southern most tip of the Chandeleur "
    "Islands in the Gulf of Mexico , south of Louisiana , April 29 , 2010 ."
)
WHITE_HOUSE = (
    "In this photo released by the White House , President Obama talks with U.S. Coast Guard Commandant Adm. "
    "Thad Allen , second right , and Louisiana Gov. Bobby Jindal aboard Marine One as they fly along the "
    "coastline from Venice , La. , to New Orleans on May 2 ."
)


def _articles(caption: str, report: str, day: str) -> list[Article]:
    # two pages of the day, each with the caption first and the report after it: the caption shares
    # the day's words with both, so it stood nearest their centroid
    return [
        Article(
            id=f"a{k}",
            source="t",
            published=day,
            text=f"{caption}\n\n{report}\n\nOfficials said the cleanup would go on for months , and "
            f"residents along the coast said they feared for their jobs this summer .",
        )
        for k in range(2)
    ]


@pytest.mark.parametrize(
    ("caption", "report", "day"),
    [
        (
            PELICAN,
            "The Environmental Protection Agency said on Thursday , June 3 , that oil from the Deepwater "
            "Horizon spill had drenched birds on the beach at East Grand Terre Island along the Louisiana coast .",
            "2010-06-03",
        ),
        (
            BIRDS,
            "On April 29 , U.S. President Barack Obama pledged every available resource to contain the oil spill "
            "spreading near Breton Sound Island and the Chandeleur Islands in the Gulf of Mexico .",
            "2010-04-29",
        ),
        (
            WHITE_HOUSE,
            "President Obama flew along the Louisiana coastline from Venice to New Orleans on May 2 with Adm. "
            "Thad Allen and Gov. Bobby Jindal and warned the spill was a potentially unprecedented disaster .",
            "2010-05-02",
        ),
    ],
)
def test_a_caption_tells_no_entry_the_report_does(caption: str, report: str, day: str) -> None:
    (entry,) = build_timeline(_articles(caption, report, day), max_dates=1, days_only=True)
    assert entry.date == day
    assert entry.text == report


def test_prose_that_ends_on_its_date_still_tells_it() -> None:
    # "on <weekday> ..., <date>." is prose, not an agency's caption: it still tells its day
    said = (
        "Acting minister in the Presidency Khumbudzo Ntshavheni gave an update on the unrest , on Thursday "
        "afternoon , 15 July 2021 ."
    )
    arts = [
        Article(
            id=f"a{k}",
            source="t",
            published="2021-07-15",
            text=f"{said}\n\nThe minister said the unrest had spread to more towns .",
        )
        for k in range(2)
    ]
    (entry,) = build_timeline(arts, max_dates=1, days_only=True)
    assert entry.date == "2021-07-15"
    assert entry.text == said


def test_a_day_that_only_a_caption_tells_keeps_its_entry() -> None:
    # the caption's day is still counted, and with no other sentence naming it the caption tells it
    arts = [
        Article(id=f"a{k}", source="t", published="2010-06-03", text=f"{PELICAN}\n\nNo more was said .")
        for k in range(2)
    ]
    (entry,) = build_timeline(arts, max_dates=1, days_only=True)
    assert (entry.date, entry.text) == ("2010-06-03", PELICAN)
