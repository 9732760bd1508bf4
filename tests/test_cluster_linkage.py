"""Sparse average-link clustering: merges, stopping, time spans, determinism."""

from __future__ import annotations

import numpy as np

from newsprism.cluster.linkage import average_link


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
