"""Unnamed groups of actors ("police", "lawmakers": typed other, in lower case) are listed under
Groups, apart from named things under Other (entities27's reading of the briefings, session 20:
BASIL showed 46 such words under Other, which read as junk names)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from newsprism.corpus import Event, Story
from newsprism.output.briefing import EventBrief, StoryBrief, write_briefing
from newsprism.output.briefs import entity_section
from newsprism.records import Article, Entity

IDS = ("a0", "a1", "a2")

POLICE = Entity(name="police", type="other", role=None, article_ids=IDS[:2])
OBAMACARE = Entity(name="Obamacare", type="other", role=None, article_ids=IDS[:2])
FERGUSON = Entity(name="Ferguson", type="place", role=None, article_ids=IDS[:3])


def test_a_lower_case_other_is_a_group_and_a_name_stays_other() -> None:
    assert entity_section(POLICE) == "group"
    assert entity_section(OBAMACARE) == "other"
    assert entity_section(FERGUSON) == "place"


def test_both_pages_list_groups_under_their_own_heading(tmp_path: Path) -> None:
    event = Event(
        id="e-1",
        story_id="s",
        title="Protest",
        start="2014-08-12",
        end="2014-08-12",
        article_ids=IDS,
        outlets=(),
    )
    brief = EventBrief(event=event, entities=(POLICE, OBAMACARE, FERGUSON))
    story = Story(id="s", title="Protest", event_ids=("e-1",), start=event.start, end=event.end)
    articles = [
        Article(id=a, source=f"{a}.txt", title=f"Protest {a}", text="Police met protesters on Tuesday.")
        for a in IDS
    ]
    write_briefing(articles, [StoryBrief(story=story, events=(brief,))], Counter(), tmp_path)
    text = (tmp_path / "briefing.md").read_text(encoding="utf-8")
    page = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    other, groups = text.index("**Other:** Obamacare"), text.index("**Groups:** police")
    assert text.index("**Places:** Ferguson") < other < groups
    assert "<h5>Groups</h5>" in page and page.index("<h5>Other</h5>") < page.index("<h5>Groups</h5>")
