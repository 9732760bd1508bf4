"""What a digest event's news day shows (timeline.NEWS_DAY_ARTICLES): a sentence that reports what
happened that day, not what was planned for it (timeline._plans), and not a print footer's date
(timeline._IN_PRINT). Two real BASIL events of the mixed-dev set, three articles each.

Blumenthal (85475456...c6af1): the New York Times reports on Monday 2010-05-17 that Richard
Blumenthal misstated his service in Vietnam; Fox News and HuffPost report the reactions on Tuesday
2010-05-18. Tuesday is the event's news day, and its best lead was "Blumenthal's campaign said he
planned an event Tuesday with veterans", a plan that Fox's "is scheduled to appear at a news
conference later today" and HuffPost's "Today Connecticut veterans will come together" repeat.

The Biden-Ryan debate (b5eefefb..., all dated 2012-10-12) was on Thursday 2012-10-11. The day
after was its "news day" by two namings: HuffPost's "terrific tonight" (timex now reads it as
Thursday: the story names "Thursday night") and the New York Times' footer "A version of this
article appears in print on October 12, 2012, on page A16": an edition, not a happening.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism import timeline
from newsprism.records import Article
from newsprism.timeline import build_timeline

BLUMENTHAL = "85475456-f38e-4c30-895d-ca2c819c6af1"
DEBATE = "b5eefefb-2a33-45de-abe1-f855c94165f4"
TUESDAY = "2010-05-18"
PLANS = (
    "planned an event Tuesday",
    "scheduled to appear at a news conference later today",
    "veterans will come together",
)


def _basil_event(shared: Path, event: str) -> list[Article]:
    docs = shared / "data" / "clustering" / "basil" / "docs.jsonl"
    records = [json.loads(line) for line in docs.read_text(encoding="utf-8").splitlines()]
    return [
        Article(id=r["id"], source="basil", text=r["text"], published=r["published"], outlet=r["outlet"])
        for r in records
        if r["id"].startswith(event)
    ]


@pytest.fixture(scope="module")
def articles(shared: Path) -> list[Article]:
    return _basil_event(shared, BLUMENTHAL)


@pytest.fixture(scope="module")
def debate(shared: Path) -> list[Article]:
    return _basil_event(shared, DEBATE)


def test_the_news_day_entry_reports_what_happened(
    articles: list[Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert len(articles) == 3
    entries = {e.date: e for e in build_timeline(articles, news_days=True)}
    assert TUESDAY in entries
    assert not any(plan in entries[TUESDAY].text for plan in PLANS)
    # a news day, not a ranked date: without news_days only an empty timeline's fallback
    # (timeline.LONE_NEWS_DAYS) shows it
    monkeypatch.setattr(timeline, "LONE_NEWS_DAYS", 0)
    assert TUESDAY not in {e.date for e in build_timeline(articles)}


@pytest.mark.parametrize(
    ("sentence", "plans"),
    [
        (
            "Blumenthal's campaign said he planned an event Tuesday with veterans showing their support for him.",
            True,
        ),
        (
            "The attorney general is scheduled to appear at a news conference later today with veterans at the "
            "Veterans of Foreign Wars post in West Hartford.",
            True,
        ),
        (
            "Today Connecticut veterans will come together to show they have his back, just like he has had theirs.",
            True,
        ),
        (
            "Sen. John Cornyn, R-TX, who heads the GOP campaign committee, said Tuesday, \"I think it's a "
            'blockbuster revelation," and predicted, "I think it\'s definitely going to make that race more competitive."',
            False,
        ),
        # the future in a quotation is not the sentence's own (mixed-dev, Anthony Weiner, 2011-06-01)
        (
            'A day after telling reporters that he\'s "not going to talk about this anymore," Congressman Anthony '
            "Weiner (D-N.Y.) broke his silence Tuesday about the controversy surrounding a lewd photo.",
            False,
        ),
        ("The committee will meet in March to weigh the bill.", False),  # names another date
    ],
)
def test_a_sentence_that_names_the_day_only_as_a_plan(sentence: str, plans: bool) -> None:
    article = Article(id="a", source="test", text=sentence, published=TUESDAY)
    ev = timeline._gather([article])
    (i,) = [k for k, s in enumerate(ev.sentences) if s.text]
    assert timeline._plans(ev, i, TUESDAY) is plans


def test_a_print_footer_names_no_date(debate: list[Article]) -> None:
    (nyt,) = [a for a in debate if a.outlet == "The New York Times"]
    assert "appears in print on October 12, 2012" in nyt.text
    assert "2012-10-12" not in timeline._gather([nyt]).naming


def test_the_debate_has_no_entry_the_day_after(debate: list[Article]) -> None:
    assert len(debate) == 3
    days = {e.date for e in build_timeline(debate, news_days=True)}
    assert "2012-10-11" in days
    assert "2012-10-12" not in days


def test_a_date_in_prose_is_still_a_date() -> None:
    text = "The report went to print on October 12, 2012, the day the paper closed its press in Chicago."
    ev = timeline._gather([Article(id="a", source="t", text=text, published="2012-10-14")])
    assert "2012-10-12" in ev.naming


# A story of several events shows each event's own news day, as a story of one event does (it takes
# its event's timeline): "House Republicans Read Constitution On Second Day" (BASIL a28a0329...,
# 2011-01-06) and "House Republicans to Offer Broad Immigration Plan" (BASIL ccf19ab6...).
CONSTITUTION = "a28a0329"
IMMIGRATION = "ccf19ab6"


def test_a_story_of_several_events_shows_each_events_news_day(shared: Path) -> None:
    from newsprism.corpus import Event, Story
    from newsprism.report import _story_report

    by_id: dict[str, Article] = {}
    events: dict[str, Event] = {}
    for name in (CONSTITUTION, IMMIGRATION):
        arts = _basil_event(shared, name)
        assert len(arts) == 3
        by_id.update((a.id, a) for a in arts)
        events[name] = Event(
            id=name, story_id="s", title=None, start=arts[0].published, end=arts[0].published,
            article_ids=tuple(a.id for a in arts), outlets=(),
        )  # fmt: skip
    story = Story(id="s", title=None, event_ids=(CONSTITUTION, IMMIGRATION), start=None, end=None)
    entries = {e.date: e for e in _story_report(story, by_id, events, {}).timeline}
    assert "2011-01-06" in entries
    assert set(events[CONSTITUTION].article_ids) <= set(entries["2011-01-06"].article_ids)
