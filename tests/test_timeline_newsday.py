"""An event's briefing timeline shows the event's own news day (timeline.NEWS_DAY_ARTICLES).

The articles are the opening paragraphs of a real mixed-dev event (BASIL 0ffb34cd..., published
2011-11-29): Sheriff Joe Arpaio endorses Rick Perry "on Tuesday". Three articles that report the day
as news score 3 x NEWS_WEIGHT = 0.75, under the bar's 0.5 x log2(3) = 0.79, so the length rule
alone gives that event an empty timeline.
"""

from __future__ import annotations

import pytest

from newsprism import timeline
from newsprism.corpus import Event
from newsprism.records import Article
from newsprism.report import report_event
from newsprism.timeline import build_timeline

TUESDAY = "2011-11-29"

FOX = Article(
    id="basil:0ffb34cd_1",
    source="basil",
    published=TUESDAY,
    outlet="Fox News",
    text="Arizona Sheriff Joe Arpaio, known for his tough and controversial stances on illegal immigration, "
    "endorsed three term Texas Governor Rick Perry for the Republican presidential nomination on Tuesday "
    "morning during a campaign swing with Mr. Perry through New Hampshire.\n\n"
    "The self-titled America's Toughest Sheriff, who famously re-instituted chain gangs in 1995 and has "
    "also been a major supporter of his state's controversial SB1070 immigration law, said that Perry has "
    "done more to combat illegal immigration along the U.S. border then any of the other candidates.",
)
HUFFPOST = Article(
    id="basil:0ffb34cd_2",
    source="basil",
    published=TUESDAY,
    outlet="HuffPost",
    text="Controversial Arizona Sheriff Joe Arpaio announced on Tuesday he will officially endorse Texas "
    "Governor Rick Perry for the Republican presidential nomination, which could give Perry something of a "
    "credibility boost on immigration and border issues.\n\n"
    "Arpaio is a hardliner on immigration, leading a push in Maricopa County for more enforcement. He is "
    'famous for pushing worksite raids and creating a "Tent City," a military-style holding ground for '
    "inmates, now in its eighteenth year.",
)
NYT = Article(
    id="basil:0ffb34cd_3",
    source="basil",
    published=TUESDAY,
    outlet="The New York Times",
    text="AMHERST, N.H. — Gov. Rick Perry of Texas on Tuesday said he would back a federal policy “to detain "
    "and to deport every illegal alien that we apprehend.”\n\n"
    "Mr. Perry, in his most expansive comments about illegal immigration since last week’s Republican "
    "presidential debate, was not suggesting any rounding up of illegal immigrants, an aide later made "
    "clear, but calling for all people arrested or detained to be expelled from the country.",
)
EVENT = [FOX, HUFFPOST, NYT]


def test_the_length_rule_alone_misses_a_small_events_own_day(monkeypatch: pytest.MonkeyPatch) -> None:
    # the `timeline` command's length rule (build_timeline's default) keeps no date; only the
    # fallback of an empty timeline (timeline.LONE_NEWS_DAYS) shows the day
    assert [e.date for e in build_timeline(EVENT)] == [TUESDAY]
    monkeypatch.setattr(timeline, "LONE_NEWS_DAYS", 0)
    assert build_timeline(EVENT) == []


def test_an_events_own_news_day_has_an_entry() -> None:
    entries = build_timeline(EVENT, news_days=True)
    assert [e.date for e in entries] == [TUESDAY]
    # told by a lead sentence of that day, citing the articles that report it
    assert entries[0].text.startswith(("Arizona Sheriff Joe Arpaio", "Controversial Arizona Sheriff"))
    assert set(entries[0].article_ids) == {a.id for a in EVENT}


def test_one_article_reporting_a_day_is_not_enough(monkeypatch: pytest.MonkeyPatch) -> None:
    # only the Times names Tuesday when the other two were published the week after: no fresh news
    later = [
        Article(id=a.id, source=a.source, published="2011-12-05", outlet=a.outlet, text=a.text)
        for a in (FOX, HUFFPOST)
    ]
    # the other two recall the day (1 point each): the bar keeps it anyway; drop their mention
    quiet = [
        Article(
            id=a.id,
            source=a.source,
            published=a.published,
            outlet=a.outlet,
            text=a.text.replace(" on Tuesday", ""),
        )
        for a in later
    ]
    # not enough for a news day: the timeline is empty but for the fallback (LONE_NEWS_DAYS), which
    # shows the Times's day told by its own sentence
    lone = build_timeline([NYT, *quiet], news_days=True)
    assert [(e.date, e.article_ids) for e in lone] == [(TUESDAY, (NYT.id,))]
    assert "on Tuesday said" in lone[0].text
    monkeypatch.setattr(timeline, "LONE_NEWS_DAYS", 0)
    assert build_timeline([NYT, *quiet], news_days=True) == []


def test_the_digest_event_report_shows_its_news_day() -> None:
    event = Event(
        id="e-arpaio",
        story_id="s-arpaio",
        title=None,
        start=TUESDAY,
        end=TUESDAY,
        article_ids=tuple(a.id for a in EVENT),
        outlets=tuple(a.outlet or "" for a in EVENT),
    )
    report = report_event(event, EVENT, {})
    assert [e.date for e in report.timeline] == [TUESDAY]


def test_news_days_never_pass_the_length_rules_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    # a timeline already as long as the cap (here 0 dates) gets no news day on top
    monkeypatch.setattr(timeline, "UNCAPPED_DATES", 0)
    monkeypatch.setattr(timeline, "AUTO_DATES_PER_DOUBLING", 0.0)
    assert build_timeline(EVENT, news_days=True) == []
