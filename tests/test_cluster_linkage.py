"""Sparse average-link clustering: merges, stopping, time spans, determinism."""

from __future__ import annotations

import datetime as dt

import numpy as np

from newsprism.cluster.linkage import average_link, calendar_year, calendar_years, years_apart


def _edges(pairs: list[tuple[int, int, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    a, b, s = zip(*pairs, strict=True)
    return np.array(a), np.array(b), np.array(s, dtype=float)


def test_two_groups_and_a_singleton() -> None:
    rows, cols, sims = _edges([(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.7), (3, 4, 0.6), (2, 3, 0.2)])
    labels = average_link(6, rows, cols, sims, 0.3)
    assert labels.tolist() == [0, 0, 0, 1, 1, 2]


def test_missing_edges_count_as_zero() -> None:
    # 0-1 and 1-2 are strong, 0-2 unknown: the link of {0,1} to 2 is (0.5 + 0) / 2 = 0.25
    rows, cols, sims = _edges([(0, 1, 0.9), (1, 2, 0.5)])
    assert average_link(3, rows, cols, sims, 0.3).tolist() == [0, 0, 1]
    assert average_link(3, rows, cols, sims, 0.2).tolist() == [0, 0, 0]


def test_span_limit_keeps_dated_groups_apart() -> None:
    # an undated node (2) between two dated pairs a month apart joins one side only
    rows, cols, sims = _edges([(0, 1, 0.9), (3, 4, 0.9), (1, 2, 0.8), (2, 3, 0.7), (0, 2, 0.6)])
    days = np.array([0.0, 1.0, np.nan, 30.0, 31.0])
    labels = average_link(5, rows, cols, sims, 0.1, days=days, max_span=7)
    assert labels.tolist() == [0, 0, 0, 1, 1]


def test_no_nodes() -> None:
    empty = np.zeros(0, dtype=np.int64)
    assert average_link(0, empty, empty, np.zeros(0), 0.5).tolist() == []


def test_month_known_node_fits_any_day_of_its_month() -> None:
    # node 2 is known only to days 0..29: it can join the pair dated 20-21, but then node 3
    # (day 40) is more than 7 days past the others
    rows, cols, sims = _edges([(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.8), (2, 3, 0.9)])
    lo = np.array([20.0, 21.0, 0.0, 40.0])
    hi = np.array([20.0, 21.0, 29.0, 40.0])
    labels = average_link(4, rows, cols, sims, 0.1, days=lo, days_hi=hi, max_span=7)
    assert labels.tolist()[:3] == [0, 0, 0] and labels[3] != 0


def _naive_average_link(
    n: int,
    weight: dict[tuple[int, int], float],
    threshold: float,
    lo: np.ndarray,
    hi: np.ndarray,
    max_span: float,
    cohesion: float,
) -> list[int]:
    """The textbook loop: every step merges the pair of clusters with the highest average link
    above `threshold` that the span and cohesion rules allow (ties: the smallest nodes first)."""
    clusters = {v: [v] for v in range(n)}

    def total(xs: list[int], ys: list[int]) -> float:
        return sum(weight.get((min(x, y), max(x, y)), 0.0) for x in xs for y in ys)

    def span(members: list[int]) -> float:
        dated = [v for v in members if not np.isnan(lo[v])]
        return max(lo[v] for v in dated) - min(hi[v] for v in dated) if dated else 0.0

    def inner(xs: list[int]) -> float:
        return sum(weight.get((x, y), 0.0) for x in xs for y in xs if x < y) / (len(xs) * (len(xs) - 1) / 2)

    while True:
        best = None
        for a in clusters:
            for b in clusters:
                if a >= b:
                    continue
                xs, ys = clusters[a], clusters[b]
                avg = total(xs, ys) / (len(xs) * len(ys))
                if avg <= threshold:
                    continue
                both_dated = any(not np.isnan(lo[v]) for v in xs) and any(not np.isnan(lo[v]) for v in ys)
                if both_dated and span(xs + ys) > max_span:
                    continue
                if (
                    cohesion > 0
                    and len(xs) > 1
                    and len(ys) > 1
                    and avg < cohesion * min(inner(xs), inner(ys))
                ):
                    continue
                if best is None or (avg, -a, -b) > best:
                    best = (avg, -a, -b)
        if best is None:
            break
        a, b = -best[1], -best[2]
        clusters[a] += clusters.pop(b)
    label = {v: k for k, members in enumerate(clusters.values()) for v in members}
    return [label[v] for v in range(n)]


def test_merges_are_the_textbook_ones() -> None:
    # Random graphs with weights in 64ths (their sums are exact, so the order in which they are
    # added cannot matter and ties are real ties): the labels equal those of the plain loop that
    # recomputes every link at each step. The graphs are dense enough that merged clusters have
    # many neighbours, shared and not, and lists of either side the longer.
    rng = np.random.default_rng(7)
    for trial in range(150):
        n = int(rng.integers(2, 32))
        pairs = [(a, b) for a in range(n) for b in range(a + 1, n) if rng.random() < rng.uniform(0.1, 0.6)]
        if not pairs:
            continue
        weight = {p: int(rng.integers(1, 64)) / 64 for p in pairs}
        rows, cols = (np.array(side) for side in zip(*pairs, strict=True))
        sims = np.array([weight[p] for p in pairs])
        lo = np.where(rng.random(n) < 0.3, np.nan, rng.integers(0, 20, n).astype(float))
        hi = lo + np.where(rng.random(n) < 0.2, 9.0, 0.0)
        threshold = [0.05, 0.2, 0.4][trial % 3]
        max_span = [np.inf, 6.0][trial % 2]
        cohesion = [0.0, 0.0, 0.8][trial % 3 - 1]
        labels = average_link(
            n, rows, cols, sims, threshold, days=lo, days_hi=hi, max_span=max_span, cohesion=cohesion
        )
        assert labels.tolist() == _naive_average_link(n, weight, threshold, lo, hi, max_span, cohesion), trial


def test_calendar_years_is_the_one_day_to_year_conversion() -> None:
    # linkage.years_apart's dated side and the years undated articles name (ArticleTime.weak) both
    # go through it: every day of the calendar datetime knows, and NaN / infinite days give NaN
    epoch = dt.date(1970, 1, 1).toordinal()
    days = np.arange(dt.date(1, 1, 1).toordinal(), dt.date(9999, 12, 31).toordinal() + 1, 97) - epoch
    years = [dt.date.fromordinal(epoch + int(d)).year for d in days]
    assert calendar_years(days.astype(float)).tolist() == years
    assert [calendar_year(float(d)) for d in days] == years
    # the vectorised reading numpy gives (timing.weak_years before session 19) agrees on every day
    assert (days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64) + 1970).tolist() == years
    assert calendar_years(np.array([-1.0, 0.0, 364.0, 365.0])).tolist() == [1969, 1970, 1970, 1971]
    assert np.isnan(calendar_years(np.array([np.nan, -np.inf, np.inf]))).all()
    assert len(calendar_years(np.array([]))) == 0
    # the guard at the calendar's ends: a day of year 9999 or year 1 is compared, never an error
    assert years_apart([2008.0, 2008.0, 2009.0], float(dt.date(9999, 12, 31).toordinal() - epoch))
    assert years_apart([2008.0, 2008.0, 2009.0], float(dt.date(1, 1, 1).toordinal() - epoch))
    assert not years_apart([2008.0, 2008.0, 2009.0], -np.inf)
