"""A year or month long before the coverage is history however many articles name it (timeline
BACKGROUND_COARSE), and one long after it a forecast (FORECAST_COARSE); a day before that several articles
recall, or a day after that they plan, stays a step of the story.

The sentences are cut from heap-10000's Gulf spill story (bpoil_reuters/1820, bpoil_bbc/1734,
bpoil_foxnews/932), the dates and counts made up around them."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.timeline import build_timeline


def _story() -> list[Article]:
    # eight pages of late May 2010, each comparing the spill with 1989 and 2005 and recalling a day two
    # months before the coverage; and each telling the day's news
    return [
        Article(
            id=f"a{k}",
            source="t",
            published=f"2010-05-{20 + k}",
            text=(
                "It threatens to eclipse the 1989 Exxon Valdez spill off Alaska as the worst U.S. ecological "
                "disaster . One Louisiana resident said the disaster was more serious than Katrina , the "
                "hurricane which devastated the region in 2005 . Inspectors had visited the rig on March 3 , "
                f"2010 , and found no violations . On May {20 + k} , crews kept pumping mud into the well to "
                "stop the leak . One attorney estimated that it will be 2015 before any trials begin . A "
                "federal judge set a hearing for July 15 , 2010 ."
            ),
        )
        for k in range(8)
    ]


def test_years_long_before_the_coverage_are_no_steps_of_the_story() -> None:
    dates = [e.date for e in build_timeline(_story(), max_dates=20)]
    assert "1989" not in dates
    assert "2005" not in dates
    assert "2010-03-03" in dates  # a day eight articles recall stays
    assert "2010-05-20" in dates


def test_years_long_after_the_coverage_are_no_steps_of_the_story() -> None:
    dates = [e.date for e in build_timeline(_story(), max_dates=20)]
    assert "2015" not in dates
    assert "2010-07-15" in dates  # a day the articles plan stays


def test_keep_background_keeps_them() -> None:
    # a story whose start is not known (an undated event) keeps its history, as before
    dates = [e.date for e in build_timeline(_story(), max_dates=20, keep_background=True)]
    assert "1989" in dates
    assert "2015" in dates
