"""A timeline left empty shows the days its articles report as news, one article each
(timeline.LONE_NEWS_DAYS).

The seeds' Blinken event (3 articles, 2 dated) had an empty timeline in the digest and in the
`timeline` command: no day has two articles, so neither the length rule nor NEWS_DAY_ARTICLES keeps
one, while its story shows 2024-04-24 "Blinken today embarked on a three-day visit". The sentences
below are the seeds' own (000, 002, 004).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism import timeline
from newsprism.records import Article
from newsprism.timeline import build_timeline

WEDNESDAY, THURSDAY = "2024-04-24", "2024-04-25"

VISIT = Article(
    id="004",
    source="seeds",
    published=WEDNESDAY,
    text="US Secretary of State Antony Blinken today embarked on a three-day visit to China, where the two "
    "sides are likely to “resume” talks on simmering issues.\n\n"
    "The US and China had conducted the 17th round of Defence Policy Coordination Talks in January.",
)
LANDED = Article(
    id="000",
    source="seeds",
    published=THURSDAY,
    text="US Secretary of State Antony Blinken has landed in Beijing ahead of meetings with top Chinese "
    "officials.\n\nBeijing has not announced plans for Blinken to meet President Xi.",
)
UNDATED = Article(
    id="002",
    source="seeds",
    published=None,
    text="US Secretary of State Antony Blinken met with China’s top official in Shanghai on Thursday.",
)
EVENT = [LANDED, UNDATED, VISIT]


@pytest.mark.parametrize("news_days", [True, False])
def test_an_events_one_article_day_fills_its_empty_timeline(news_days: bool) -> None:
    entries = build_timeline(EVENT, news_days=news_days)
    # (Thursday: 000's lead in the present perfect tells its page's news, PERFECT_LEAD, timeline28)
    assert [(e.date, e.article_ids) for e in entries] == [(WEDNESDAY, ("004",)), (THURSDAY, ("000",))]
    # told by the sentence that names the day ("today"), not by another lead
    assert entries[0].text.startswith("US Secretary of State Antony Blinken today embarked")


def test_without_the_fallback_the_timeline_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline, "LONE_NEWS_DAYS", 0)
    assert build_timeline(EVENT, news_days=True) == []


def test_a_day_only_published_on_is_no_news_day() -> None:
    # "met" names no day and is no present perfect: its page's date alone does not say which day the
    # meeting was ("has landed" does: PERFECT_LEAD, tests/test_timeline28_perfect_lead.py)
    met = Article(
        id="000",
        source="seeds",
        published=THURSDAY,
        text="US Secretary of State Antony Blinken met top Chinese officials in Beijing.",
    )
    assert build_timeline([met, UNDATED], news_days=True) == []


def test_undated_articles_report_no_day() -> None:
    assert build_timeline([UNDATED], news_days=True) == []


def _reporting(day: str, k: int) -> Article:
    return Article(
        id=f"a{k}",
        source="test",
        published=day,
        text=f"Officials of town number {k} today opened the bridge over the river {k}.",
    )


def test_at_most_lone_news_days() -> None:
    days = [f"2024-04-{d:02d}" for d in (1, 5, 9, 13, 17)]
    entries = build_timeline([_reporting(d, k) for k, d in enumerate(days)], news_days=True)
    assert len(entries) == timeline.LONE_NEWS_DAYS


def test_a_timeline_with_an_entry_takes_no_lone_day() -> None:
    # two articles report April 1 (a news day); the third's lone April 9 stays out
    two = [_reporting("2024-04-01", 0), _reporting("2024-04-01", 1)]
    entries = build_timeline([*two, _reporting("2024-04-09", 2)], news_days=True)
    assert [e.date for e in entries] == ["2024-04-01"]


def test_the_timeline_command_on_the_seeds_is_not_empty(shared: Path, tmp_path: Path) -> None:
    import json

    out = tmp_path / "t.jsonl"
    timeline.write_timelines([shared / "seeds"], out)
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert WEDNESDAY in [e["date"] for e in record["entries"]]
