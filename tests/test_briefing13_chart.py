"""A timeline's chart leaves to its list the entries long before the others, whose gap would squeeze
the story into a sliver of the axis (briefing13, session 32; heap-10000 s-b7c5dc9efaf4: "11 Sep
2001" before the compensation fund's 2010-11 put the story under the last of 2002-2010's ticks)."""

from __future__ import annotations

import re
from pathlib import Path

from newsprism.records import TimelineEntry
from test_briefing11_once import _one_event

FEINBERG = "Kenneth Feinberg oversaw compensation for victims of the 11 September, 2001 attacks"


def _timeline(dates: list[str]) -> tuple[TimelineEntry, ...]:
    return tuple(
        TimelineEntry(date=d, text=FEINBERG if d < "2002" else f"Claims paid by {d}", article_ids=("a0",))
        for d in dates
    )


def test_an_entry_years_before_the_story_is_listed_not_charted(tmp_path: Path) -> None:
    _, page = _one_event(
        tmp_path, timeline=_timeline(["2001-09-11", "2010-06-18", "2010-08-23", "2010-11-30", "2011-02-03"])
    )
    chart = re.search(r"<svg.*?</svg>", page, re.S)
    assert chart is not None
    ticks = re.findall(r'<text class="tl-tick"[^>]*>([^<]*)</text>', chart.group())
    assert ticks and not any(t in ("2002", "2004", "2006", "2008") for t in ticks)  # the story's months
    assert 'data-n="1"' not in chart.group() and 'data-n="2"' in chart.group()  # rows keep their numbers
    assert "Not charted: 1 entry long before the others (11 Sep 2001), listed below." in page
    assert f"11 Sep 2001</span>{FEINBERG}" in page  # still in the list under the chart


def test_a_recall_a_few_months_before_stays_on_the_chart(tmp_path: Path) -> None:
    # the explosion of 20 Apr recalled in June: an axis of two months still reads
    _, page = _one_event(
        tmp_path, timeline=_timeline(["2010-04-20", "2010-06-15", "2010-06-18", "2010-06-21"])
    )
    assert "Not charted" not in page and 'data-n="1"' in page
