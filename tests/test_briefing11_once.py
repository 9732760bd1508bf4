"""A reader meets each date and statement once in a story (briefing11, session 30): an event's
timeline lists only the dates its story's timeline above does not give, and counts the others
(B9-1). Phrases from heap-10000's Gulf oil spill stories."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.records import Article, TimelineEntry

IDS = ("a0", "a1", "a2", "a3")

EXPLOSION = TimelineEntry(
    date="2010-04-20",
    text="Oil has been spewing since the rig Deepwater Horizon exploded April 20, killing 11 people.",
    article_ids=("a0", "a2"),
)
TESTS = TimelineEntry(
    date="2010-07-13",
    text="BP plans to start tests Tuesday, gradually shutting the valves to see if the oil stops.",
    article_ids=("a1",),
)
# the same day as EXPLOSION, another happening told of it: not a repeat
RESPONSE = TimelineEntry(
    date="2010-04-20",
    text="The federal response to the spill has fluctuated since the April 20 oil rig explosion.",
    article_ids=("a3",),
)


def _event(eid: str, ids: tuple[str, ...], timeline: tuple[TimelineEntry, ...]) -> EventBrief:
    ev = Event(id=eid, story_id="s", title=f"Event {eid}", start="2010-04-20", end="2010-07-13",
               article_ids=ids, outlets=())  # fmt: skip
    return EventBrief(event=ev, timeline=timeline)


def _write(tmp_path: Path, story: StoryBrief) -> tuple[str, str]:
    articles = [Article(id=a, source=f"{a}.txt", title=f"Report {a}", text="Text.", outlet="AP") for a in IDS]
    write_briefing(articles, [story], Counter(), tmp_path)
    md = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    return md.split("## Articles")[0], page.split('<footer class="run"')[0]


def _story(*events: EventBrief, timeline: tuple[TimelineEntry, ...]) -> StoryBrief:
    return StoryBrief(
        story=Story(
            id="s",
            title="Gulf oil spill",
            event_ids=tuple(b.event.id for b in events),
            start="2010-04-20",
            end="2010-07-13",
        ),  # fmt: skip
        events=events,
        timeline=timeline,
    )


def test_an_event_timeline_the_story_timeline_holds_is_counted_not_repeated(tmp_path: Path) -> None:
    story = _story(
        _event("e-1", ("a0", "a1"), (EXPLOSION, TESTS)),
        _event("e-2", ("a2", "a3"), (EXPLOSION, RESPONSE)),
        timeline=(EXPLOSION, TESTS),
    )
    md, page = _write(tmp_path, story)
    # the story's two dates once, then the first event's line for them; the second event lists
    # its other happening of 20 April and counts the one above
    assert md.count("Oil has been spewing") == 1 and md.count("BP plans to start tests") == 1
    assert page.count('<span class="tl-when">20 Apr 2010</span>Oil has been spewing') == 1
    assert "**Timeline:** *2 dates in the story timeline above*" in md
    assert "The federal response to the spill" in md and "*and 1 more date in the story timeline above*" in md
    assert page.count('<svg class="timeline"') == 2  # the story's and the second event's
    assert '<p class="none">2 dates in the story timeline above</p>' in page
    assert '<p class="none">and 1 more date in the story timeline above</p>' in page


def test_a_story_of_one_event_keeps_its_event_timeline(tmp_path: Path) -> None:
    # the story timeline is not shown where its event's holds every date (StoryBrief.shown_timeline)
    story = _story(_event("e-1", IDS, (EXPLOSION, RESPONSE)), timeline=(EXPLOSION,))
    md, page = _write(tmp_path, story)
    assert "**Story timeline**" not in md
    assert md.count("Oil has been spewing") == 1 and "The federal response" in md
    assert "story timeline above" not in md and "story timeline above" not in page
