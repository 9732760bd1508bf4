"""A news day's entry tells what happened that day, not what was planned for it (timeline._plans).

The event is a real BASIL one of the mixed-dev set (85475456...c6af1, three articles): the New
York Times reports on Monday 2010-05-17 that Richard Blumenthal misstated his service in Vietnam;
Fox News and HuffPost report the reactions on Tuesday 2010-05-18. Tuesday is the event's news day,
and its best lead was "Blumenthal's campaign said he planned an event Tuesday with veterans",
a plan that Fox's "is scheduled to appear at a news conference later today" and HuffPost's
"Today Connecticut veterans will come together" repeat.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsprism import timeline
from newsprism.records import Article
from newsprism.timeline import build_timeline

EVENT = "85475456-f38e-4c30-895d-ca2c819c6af1"
TUESDAY = "2010-05-18"
PLANS = (
    "planned an event Tuesday",
    "scheduled to appear at a news conference later today",
    "veterans will come together",
)


@pytest.fixture(scope="module")
def articles(shared: Path) -> list[Article]:
    docs = shared / "data" / "clustering" / "basil" / "docs.jsonl"
    records = [json.loads(line) for line in docs.read_text(encoding="utf-8").splitlines()]
    return [
        Article(id=r["id"], source="basil", text=r["text"], published=r["published"], outlet=r["outlet"])
        for r in records
        if r["id"].startswith(EVENT)
    ]


def test_the_news_day_entry_reports_what_happened(articles: list[Article]) -> None:
    assert len(articles) == 3
    entries = {e.date: e for e in build_timeline(articles, news_days=True)}
    assert TUESDAY in entries
    assert not any(plan in entries[TUESDAY].text for plan in PLANS)
    assert TUESDAY not in {e.date for e in build_timeline(articles)}  # a news day, not a ranked date


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
