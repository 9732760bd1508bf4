"""review18b (session 18): the year guard re-tries a refused pair once a merge changes either
side's years (cluster.linkage, `hot`), and a date line's stamp words after a date are no sentence
going on (cluster.timing._GOES_ON)."""

from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np
import pytest

from newsprism.cluster.linkage import average_link
from newsprism.cluster.timing import article_time
from newsprism.records import Article


def _day(iso: str) -> float:
    return float((dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days)


def _link(n: int, edges: dict[tuple[int, int], float], days: list[float], years: list[float]) -> list[int]:
    rows = np.array([a for a, _ in edges])
    cols = np.array([b for _, b in edges])
    sims = np.array(list(edges.values()))
    labels = average_link(
        n, rows, cols, sims, 0.225, days=np.array(days), max_span=7, named_years=np.array(years)
    )
    return labels.tolist()


_NAN = math.nan


def _undated_side() -> tuple[dict[tuple[int, int], float], list[float]]:
    """Node 0 dated 2012-07-07; 1-3 undated, drawn together first, naming 2005, 2005, 2012 (median
    2005: refused against 0); 4-5 undated, tight, joining 1-3 afterwards, no edge to 0 (so 0 is
    tried again through `hot`, not as a neighbour of both sides)."""
    edges = {(1, 2): 0.9, (1, 3): 0.9, (2, 3): 0.9, (4, 5): 0.95}
    edges |= {(0, k): 0.8 for k in (1, 2, 3)}  # the refused link, the strongest across
    edges |= {(k, m): 0.3 for k in (1, 2, 3) for m in (4, 5)}
    return edges, [_day("2012-07-07"), _NAN, _NAN, _NAN, _NAN, _NAN]


def test_a_refused_pair_is_tried_again_when_the_undated_side_names_other_years() -> None:
    edges, days = _undated_side()
    # 1-5 name 2005, 2005, 2012, 2012, 2012 once 4-5 join: median 2012, the dated side's year
    assert _link(6, edges, days, [_NAN, 2005.0, 2005.0, 2012.0, 2012.0, 2012.0]) == [0] * 6
    # and with 4-5 naming 2005 too, still apart
    labels = _link(6, edges, days, [_NAN, 2005.0, 2005.0, 2012.0, 2005.0, 2005.0])
    assert labels[0] != labels[1] and len(set(labels[1:])) == 1


def test_a_refused_pair_is_tried_again_when_the_dated_side_moves_year() -> None:
    # 1-3 undated name 2008 (median 2008); 0 is dated 2006-12-30 (2 years off: refused), then
    # joins 4, dated 2007-01-02, 3 days on: the dated side's latest lower bound is now in 2007
    edges = {(1, 2): 0.9, (1, 3): 0.9, (2, 3): 0.9}
    edges |= {(0, k): 0.8 for k in (1, 2, 3)}
    edges |= {(0, 4): 0.5}  # 4 has no edge to 1-3: the pair is tried again through `hot`
    days = [_day("2006-12-30"), _NAN, _NAN, _NAN, _day("2007-01-02")]
    assert _link(5, edges, days, [_NAN, 2008.0, 2008.0, 2008.0, _NAN]) == [0] * 5
    # a dated side still two years off stays apart
    days[4] = _day("2006-12-31")
    labels = _link(5, edges, days, [_NAN, 2008.0, 2008.0, 2008.0, _NAN])
    assert labels[0] == labels[4] and labels[0] != labels[1]


@pytest.mark.parametrize(
    "text",
    [
        "March 3, 2009, by John Smith\n\nThe man said.",
        "Tuesday, March 3, 2009. By JOHN SMITH\n\nThe man said.",
        "Published March 3, 2009. 10:32 am\n\nThe man said.",
        "March 3, 2009 updated at 8:15\n\nThe man said.",
        "March 3, 2009. Updated March 4\n\nThe man said.",
        # the date-line furniture the session's review listed
        "March 3, 2009 | Updated\n\nThe man said.",
        "May 2, 2013, 1: 32 PM\n\nThe man said.",
        "Dec 19, 2008 3:09 AM ET\n\nThe man said.",
        "April 10, 2007 -- The man said.",
    ],
)
def test_a_date_line_with_its_stamp_dates(text: str) -> None:
    t = article_time(Article(id="a", source="a", title="A headline", text=text))
    assert t.lo == t.hi and dt.date(1970, 1, 1) + dt.timedelta(days=t.lo) in {
        dt.date(2009, 3, 3),
        dt.date(2013, 5, 2),
        dt.date(2008, 12, 19),
        dt.date(2007, 4, 10),
    }


def test_a_sentence_going_on_after_its_date_still_dates_nothing() -> None:
    text = "Jobless claims totaled 293,000, the lowest level since March 14, 2020. Continuing claims fell."
    assert math.isnan(article_time(Article(id="a", source="a", title="", text=text)).lo)


def _reference(
    n: int, edges: dict[tuple[int, int], float], days: list[float], years: list[float]
) -> list[int]:
    """Average link with the span rule and the year guard that tries every pair of clusters again
    after each merge (no heap, no `hot`): what cluster_component must give."""
    from newsprism.cluster.linkage import years_apart

    cl = {v: {v} for v in range(n)}

    def first(c: int) -> float:
        return max((days[v] for v in cl[c] if not math.isnan(days[v])), default=math.nan)

    def last(c: int) -> float:
        return min((days[v] for v in cl[c] if not math.isnan(days[v])), default=math.nan)

    while True:
        best = None
        for a in sorted(cl):
            for b in sorted(cl):
                if b <= a:
                    continue
                link = sum(edges.get((min(u, v), max(u, v)), 0.0) for u in cl[a] for v in cl[b])
                link /= len(cl[a]) * len(cl[b])
                fa, fb = first(a), first(b)
                if link <= 0.3 or (not math.isnan(fa + fb) and max(fa, fb) - min(last(a), last(b)) > 7):
                    continue
                if math.isnan(fa) != math.isnan(fb):
                    u, d = (a, b) if math.isnan(fa) else (b, a)
                    named = [years[v] for v in cl[u] if not math.isnan(years[v])]
                    if years_apart(named, first(d)):
                        continue
                if best is None or (-link, a, b) < best:
                    best = (-link, a, b)
        if best is None:
            break
        cl[best[1]] |= cl.pop(best[2])
    labels = [0] * n
    for k, c in enumerate(sorted(cl)):
        for v in cl[c]:
            labels[v] = k
    return labels


def test_the_year_guard_gives_what_trying_every_pair_again_gives() -> None:
    # 300 random graphs of dated reports (2012, 2013) and undated ones naming years; in 20 of them
    # the guard changes the clusters (against the same reference without years). The reference
    # shares years_apart: this checks the heap's bookkeeping (`named`, `hot`), not the rule
    rng = random.Random(2)
    base = _day("2012-07-01")
    changed = 0
    for _ in range(300):
        n = rng.randint(5, 10)
        edges = {
            (a, b): rng.uniform(0.2, 0.9) for a in range(n) for b in range(a + 1, n) if rng.random() < 0.7
        }
        days = [_NAN if rng.random() < 0.6 else base + rng.choice([0, 2, 5, 400]) for _ in range(n)]
        years = [rng.choice([2005.0, 2008.0, 2011.0, 2012.0, _NAN]) if math.isnan(d) else _NAN for d in days]
        rows = np.array([a for a, _ in edges], dtype=np.int64)
        cols = np.array([b for _, b in edges], dtype=np.int64)
        got = average_link(
            n,
            rows,
            cols,
            np.array(list(edges.values())),
            0.3,
            days=np.array(days),
            max_span=7,
            named_years=np.array(years),
        ).tolist()
        want = _reference(n, edges, days, years)
        assert got == want
        changed += want != _reference(n, edges, days, [_NAN] * n)
    assert changed >= 10
