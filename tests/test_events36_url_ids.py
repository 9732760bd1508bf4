"""URLs that date an article by an id or an eight-digit date (cluster/timing.py, events36).

The URLs are real ones from the AllSides dev set (../shared/data/clustering/allsides), where each
of these articles had no other date; the published days are the ones that set gives its dated WSJ
articles."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.cluster.timing import article_time
from newsprism.records import Article


def _day(iso: str) -> float:
    return float((dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days)


def _span(url: str) -> tuple[float, float]:
    t = article_time(Article(id="a", source="a", title="", text="Body.", url=url))
    return t.lo, t.hi


@pytest.mark.parametrize(
    ("url", "lo", "hi"),
    [
        # WSJ: "-1" + the Unix seconds the article was made (1634250935: 14 October 2021, 22:35 UTC)
        (
            "https://www.wsj.com/articles/commission-on-supreme-court-reform-skeptical-about-expanding-court-11634250935",
            "2021-10-14",
            "2021-10-15",
        ),
        # HuffPost: a MongoDB ObjectId, whose first 8 hex digits are its creation time
        (
            "https://www.huffpost.com/entry/supreme-court-reform-expansion_n_6169b75be4b005b245bce336",
            "2021-10-15",
            "2021-10-16",
        ),
        # a date of eight digits in a slug
        (
            "https://www.nydailynews.com/coronavirus/ny-covid-fauci-spring-2022-20210824-qzhyfahxmjgm7gh43omisyfrqm-story.html",
            "2021-08-24",
            "2021-08-24",
        ),
    ],
)
def test_an_id_or_an_eight_digit_date_dates_the_article(url: str, lo: str, hi: str) -> None:
    assert _span(url) == (_day(lo), _day(hi))


@pytest.mark.parametrize(
    ("article_id", "published"),
    [
        ("11625688074", "2021-07-08"),
        ("11623895321", "2021-06-17"),
        ("11622668694", "2021-06-03"),
        ("11620247798", "2021-05-06"),
    ],
)
def test_a_wsj_id_holds_the_day_the_article_ran(article_id: str, published: str) -> None:
    """The four AllSides WSJ articles with a published day: each id's span holds that day (three
    were made the evening before)."""
    lo, hi = _span(f"https://www.wsj.com/articles/weekly-jobless-claims-{article_id}")
    assert lo <= _day(published) <= hi
    assert hi - lo == 1.0


@pytest.mark.parametrize(
    "url",
    [
        # a sequential id says nothing of the day without a dated neighbour of the same outlet
        "https://thehill.com/opinion/healthcare/573728-us-boosters-or-vaccinate-the-world?rl=1",
        # eleven digits are WSJ's id only on wsj.com
        "https://example.com/articles/story-11634250935",
        # no month 13
        "https://example.com/news/story-20211341-abc.html",
    ],
)
def test_other_numbers_do_not_date_the_article(url: str) -> None:
    lo, hi = _span(url)
    assert lo != lo and hi != hi  # NaN: undated


def test_a_full_date_in_the_slug_comes_before_the_wsj_id() -> None:
    """The slug's own day (07-08-2021) is the day the report ran; the id's (7 July, 20:01 UTC) is
    when it was made."""
    url = "https://www.wsj.com/articles/unemployment-benefits-weekly-jobless-claims-07-08-2021-11625688074"
    assert _span(url) == (_day("2021-07-08"), _day("2021-07-08"))
