"""COPY_DAYS in a story's timeline too (session 27, lead): a copy on a page dated days after its
original's backs no day of its own page, neither a weekday it reads off that page nor the page's day
itself, in the timeline of an event and in the timeline of a story of several events (report passes
the digest's duplicate_of). Real texts: heap-10000 e-0549bc3a434f (test_timeline29_copy_days)."""

from __future__ import annotations

from newsprism.corpus import Event, Story
from newsprism.report import _story_report
from newsprism.timeline import build_timeline
from test_timeline29_copy_days import COPIES, ORIGINAL, SENTENCED, page

ARTICLES = [
    page(ORIGINAL, "2011-03-09", SENTENCED),
    page("copy-000237-435742", "2011-03-18", SENTENCED),
    page("copy-000521-435742", "2011-03-19", SENTENCED.replace(" said as ", " noted as ")),
]


def test_a_copys_page_day_is_no_published_day_of_the_timeline() -> None:
    # a timeline long enough for days only published on (a story's): the copies' pages were two of them
    dates = [e.date for e in build_timeline(ARTICLES, 4, copies=COPIES)]
    assert dates == ["2011-03-04", "2011-03-09"]  # the original's Friday and page
    unmarked = [e.date for e in build_timeline(ARTICLES, 4)]
    assert "2011-03-18" in unmarked  # without copies, a copy's page is a page of its day


def test_a_story_of_several_events_passes_its_copies() -> None:
    events = {
        "e1": Event(id="e1", story_id="s", title=None, start="2011-03-09", end="2011-03-09",
                    article_ids=(ORIGINAL,), outlets=()),
        "e2": Event(id="e2", story_id="s", title=None, start="2011-03-18", end="2011-03-19",
                    article_ids=("copy-000237-435742", "copy-000521-435742"), outlets=()),
    }  # fmt: skip
    story = Story(id="s", title=None, event_ids=("e1", "e2"), start=None, end=None)
    by_id = {a.id: a for a in ARTICLES}
    told = [e.date for e in _story_report(story, by_id, events, COPIES).timeline]
    unmarked = [e.date for e in _story_report(story, by_id, events, {}).timeline]
    assert "2011-03-18" not in told and "2011-03-11" not in told  # the copies' page, their Friday
    assert "2011-03-04" in told  # the original's Friday
    assert told != unmarked
