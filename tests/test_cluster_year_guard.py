"""A group of undated reports never joins a dated cluster of another year by the years it names
(cluster.linkage YEAR_GUARD_*, session 18)."""

from __future__ import annotations

import datetime as dt
import itertools

import numpy as np

from newsprism.cluster.linkage import average_link


def _day(iso: str) -> float:
    return float((dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days)


def _graph(undated: int, dated: int, inner: float = 0.5, cross: float = 0.4):
    n = undated + dated
    rows, cols, sims = [], [], []
    for a, b in itertools.combinations(range(n), 2):
        rows.append(a)
        cols.append(b)
        sims.append(inner if (a < undated) == (b < undated) else cross)
    days = np.array([np.nan] * undated + [_day("2012-07-07")] * dated)
    return n, np.array(rows), np.array(cols), np.array(sims), days


def test_three_undated_reports_naming_older_years_stay_apart() -> None:
    n, rows, cols, sims, days = _graph(3, 3)
    years = np.array([2005.0, 2005.0, 2006.0, np.nan, np.nan, np.nan])
    labels = average_link(n, rows, cols, sims, 0.225, days=days, max_span=7, named_years=years)
    assert len(set(labels[:3].tolist())) == 1 and len(set(labels[3:].tolist())) == 1
    assert labels[0] != labels[3]
    # without the years, one event
    assert len(set(average_link(n, rows, cols, sims, 0.225, days=days, max_span=7).tolist())) == 1


def test_the_same_or_the_year_before_joins() -> None:
    n, rows, cols, sims, days = _graph(3, 3)
    years = np.array([2011.0, 2012.0, 2012.0, np.nan, np.nan, np.nan])
    labels = average_link(n, rows, cols, sims, 0.225, days=days, max_span=7, named_years=years)
    assert len(set(labels.tolist())) == 1


def test_two_namers_are_not_enough() -> None:
    n, rows, cols, sims, days = _graph(3, 3)
    years = np.array([2005.0, 2005.0, np.nan, np.nan, np.nan, np.nan])
    labels = average_link(n, rows, cols, sims, 0.225, days=days, max_span=7, named_years=years)
    assert len(set(labels.tolist())) == 1


def test_the_median_decides_not_one_report() -> None:
    # one report names a year long past in passing; the other three name the dated side's year
    n, rows, cols, sims, days = _graph(4, 3)
    years = np.array([1991.0, 2012.0, 2012.0, 2011.0, np.nan, np.nan, np.nan])
    labels = average_link(n, rows, cols, sims, 0.225, days=days, max_span=7, named_years=years)
    assert len(set(labels.tolist())) == 1
