"""When an article happened: published, URL dates, date lines, weak year evidence."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from newsprism.cluster.timing import article_time, lead_weekday
from newsprism.records import Article


def _day(iso: str) -> float:
    return float((dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days)


def _article(
    text: str = "Body.", *, title: str = "", url: str | None = None, published: str | None = None
) -> Article:
    return Article(id="a", source="a", title=title, text=text, url=url, published=published)


@pytest.mark.parametrize(
    ("url", "lo", "hi"),
    [
        ("https://www.cnn.com/2021/09/01/politics/texas.html", "2021-09-01", "2021-09-01"),
        ("https://www.reuters.com/world/us/claims-fall-17-month-low-2021-08-19/", "2021-08-19", "2021-08-19"),
        ("https://www.wsj.com/articles/jobless-claims-07-08-2021-11625688074", "2021-07-08", "2021-07-08"),
        ("https://www.theguardian.com/us-news/2021/sep/22/police-reform", "2021-09-22", "2021-09-22"),
        ("https://www.nationalreview.com/2021/09/bidens-immigration/", "2021-09-01", "2021-09-30"),
        ("https://www.insider.com/china-furious-submarine-deal-2021-9", "2021-09-01", "2021-09-30"),
    ],
)
def test_url_dates(url: str, lo: str, hi: str) -> None:
    t = article_time(_article(url=url))
    assert (t.lo, t.hi) == (_day(lo), _day(hi))


@pytest.mark.parametrize(
    ("title", "text", "iso"),
    [
        (
            "Lohan checks into rehab",
            "05 / 02 / 2013\n\nLindsay Lohan has checked into a rehab facility.",
            "2013-05-02",
        ),
        ("8 / 2 / 13 at 1: 30 PM", "Why the Academy picked Ellen DeGeneres.", "2013-08-02"),
        ("Friday, June 7, 2013", "Esther Williams dies at 91.", "2013-06-07"),
        (
            "Klitschko retains belts",
            "July 08, 2012\n\nWladimir Klitschko stopped Tony Thompson.",
            "2012-07-08",
        ),
    ],
)
def test_date_line_in_title_or_first_lines(title: str, text: str, iso: str) -> None:
    t = article_time(_article(text, title=title))
    assert t.lo == t.hi == _day(iso)


def test_published_wins_and_undated_text_gives_weak_year() -> None:
    t = article_time(_article(url="https://x.com/2020/01/02/a", published="2021-03-04"))
    assert t.lo == _day("2021-03-04")
    weak = article_time(
        _article("He has led the party since taking office in 2019, and in 2021 he won 52% of votes.")
    )
    assert math.isnan(weak.lo) and math.isnan(weak.hi)
    assert weak.weak == _day("2021-01-01")
    nothing = article_time(_article("No time here, 1000 troops and $2000 aside."))
    assert math.isnan(nothing.lo) and math.isnan(nothing.weak)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the happening's day in the first sentence
        ("A gunman opened fire at an office Christmas party Friday, killing one man.", 4),
        ("A federal judge in Texas issued an order Wednesday blocking the law. It was appealed.", 2),
        # the second sentence still belongs to the lead
        ("Turkmenistan has a new parliament.\nVoters cast ballots on Sunday in the election.", 6),
        # a reporting day is skipped, before or after the verb ...
        ("Two men were killed in the blast, officials said Saturday. It struck late Friday.", 4),
        ("The blast killed two men, police said on Saturday.", -1),
        ("The mayor on Saturday said two men had died in the blast.", -1),
        # (a happening's day before its teller is kept)
        ("Two men died Saturday, police said, after the blast.", 5),
        # ... and so is a weekday before a capitalised word (a paper, a named day)
        ("The Sunday Times reported the deal.", -1),
        # the third sentence is no longer the lead
        ("The talks stalled. Nobody spoke. The senators met again on Monday.", -1),
        ("No day is named here at all.", -1),
    ],
)
def test_lead_weekday(text: str, day: int) -> None:
    assert lead_weekday(Article(id="x", source="x", title=None, text=text)) == day
