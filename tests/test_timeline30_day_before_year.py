"""timeline30: DAY_BEFORE_YEAR. In a timeline of one or two dates, a month or year that does not pass the
length bar (few articles, or only as news or a plan) no longer takes the place of a day that passes it
and that no news-day rule shows (heap-10000 event e-e4cd5d1c23e2: "2020" of "the 2020 election was
stolen" was its one entry, over "House Republicans on Wednesday ousted Rep. Liz Cheney"). Made-up texts
in that event's shape."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.timeline import build_timeline


def page(article_id: str, published: str, text: str) -> Article:
    return Article(id=article_id, source="test", published=published, text=text)


OUSTED = [
    page(
        "a", "2021-05-12", "House Republicans on Wednesday ousted Rep. Liz Cheney as their conference chair."
    ),
    page(
        "b",
        "2021-05-15",
        "House Republicans voted Wednesday to purge Liz Cheney ahead of the 2022 midterm elections.",
    ),
    page(
        "c",
        "2021-05-13",
        "Cheney vowed to fight on against the former president in the 2022 midterm elections.",
    ),
    page("d", "2021-05-14", "Republicans hope to win back the House in the 2022 midterm elections."),
]


def test_the_day_that_passes_the_bar_takes_the_one_place() -> None:
    assert [e.date for e in build_timeline(OUSTED)] == ["2021-05-12"]


def test_a_month_that_passes_the_bar_keeps_its_place() -> None:
    # guard: a month every other article recalls ("in April") passes the bar: the length is 2, both shown
    recalled = [
        page(p.id, p.published, p.text.replace("the 2022 midterm elections", "the vote in April"))
        for p in OUSTED
    ]
    assert [e.date for e in build_timeline(recalled)] == ["2021-04", "2021-05-12"]
