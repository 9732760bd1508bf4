"""A story's timeline keeps the news day of each of its events, counted within the event's own
articles (build_timeline(..., news_days=True, events=...)): an event of one article, whose own
timeline shows the day that article reports, keeps that day in its story's timeline.

The story is two steps told by one article each (after the heap-10000 story "Jags' Taylor not fond
of Heinz Field" / "Steelers' Heinz turf is terrible, Taylor says"): both recall the June 12 game,
which outranks either article's own day in a short story timeline.
"""

from __future__ import annotations

from newsprism.records import Article
from newsprism.timeline import build_timeline

COMPLAINT = Article(
    id="heap:taylor_1",
    source="heap",
    published="2010-06-15",
    text="Jacksonville running back Fred Taylor said on Tuesday that the grass at Heinz Field is the worst "
    'surface in the league. "That field is terrible," Taylor said during a conference call with Pittsburgh '
    "reporters. The Jaguars lost there on June 12, and visiting teams have complained about "
    "its turf every winter.",
)
REPLY = Article(
    id="heap:taylor_2",
    source="heap",
    published="2010-06-18",
    text="The Steelers said on Friday that they would not replace the natural grass at Heinz Field before "
    "the season, despite the complaints of visiting players. The turf was criticised after the June 12 game "
    "against Jacksonville, and the team resods the field twice a year.",
)
# an article of the complaint's event that does not name its day
RECAP = Article(
    id="heap:taylor_3",
    source="heap",
    published="2010-06-16",
    text="Visiting players have long disliked the grass at Heinz Field, where the Jaguars lost on "
    "June 12. Groundskeepers resod the field twice a year and say it holds up well.",
)


def _dates(articles: list[Article], **kw: object) -> list[str]:
    return [e.date for e in build_timeline(articles, 1, news_days=True, **kw)]  # type: ignore[arg-type]


def test_counted_over_the_story_one_articles_days_are_left_out() -> None:
    # each day is reported by one article of two: under NEWS_DAY_ARTICLES over the story
    assert _dates([COMPLAINT, REPLY]) == ["2010-06-12"]


def test_counted_per_event_each_events_day_is_shown() -> None:
    entries = build_timeline([COMPLAINT, REPLY], 1, news_days=True, events=[[COMPLAINT.id], [REPLY.id]])
    assert [e.date for e in entries] == ["2010-06-12", "2010-06-15", "2010-06-18"]
    told = {e.date: e for e in entries}
    assert "terrible" in told["2010-06-15"].text or "worst" in told["2010-06-15"].text
    assert told["2010-06-15"].article_ids[0] == COMPLAINT.id
    assert told["2010-06-18"].article_ids[0] == REPLY.id


def test_an_event_of_two_articles_still_asks_two() -> None:
    # the complaint's event has two articles, one reporting the day: not enough, as in its own timeline
    events = [[COMPLAINT.id, RECAP.id], [REPLY.id]]
    assert _dates([COMPLAINT, RECAP, REPLY], events=events) == ["2010-06-12", "2010-06-18"]
    # and the event's own timeline agrees
    assert "2010-06-15" not in [e.date for e in build_timeline([COMPLAINT, RECAP], news_days=True)]


def test_articles_outside_the_events_and_unknown_ids_count_for_no_event() -> None:
    assert _dates([COMPLAINT, REPLY], events=[["heap:other"]]) == ["2010-06-12"]
    assert _dates([COMPLAINT, REPLY], events=[]) == ["2010-06-12"]


def test_without_news_days_events_change_nothing() -> None:
    plain = build_timeline([COMPLAINT, REPLY], 1)
    assert build_timeline([COMPLAINT, REPLY], 1, events=[[COMPLAINT.id], [REPLY.id]]) == plain
