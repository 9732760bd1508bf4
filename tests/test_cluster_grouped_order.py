"""linkage._grouped_order: the counting sort that orders average link's edge ends must be exactly
np.argsort(kind="stable") (ties kept in input order), with each key's run bounds, for keys with
ties, keys never present (empty rows), a single key, and no keys at all."""

import numpy as np
import pytest

from newsprism.cluster.linkage import _grouped_order, average_link


def _check(keys: np.ndarray, n: int) -> None:
    order, bounds = _grouped_order(keys, n)
    want = np.argsort(keys, kind="stable")
    assert np.array_equal(np.asarray(order, dtype=np.int64), want)
    assert len(bounds) == n + 1
    counts = np.bincount(keys, minlength=n) if len(keys) else np.zeros(n, np.int64)
    assert np.diff(bounds).tolist() == counts.tolist()
    for v in range(n):
        assert (keys[order[bounds[v] : bounds[v + 1]]] == v).all()


def test_ties_keep_input_order() -> None:
    keys = np.array([3, 1, 3, 0, 1, 3, 0, 0, 2, 1], dtype=np.int32)
    order, bounds = _grouped_order(keys, 4)
    assert order.tolist() == [3, 6, 7, 1, 4, 9, 8, 0, 2, 5]
    assert bounds == [0, 3, 6, 7, 10]


def test_empty_rows() -> None:
    # keys 0, 2, 4 and 6 never occur: their runs are empty
    keys = np.array([5, 1, 5, 3, 1], dtype=np.int64)
    order, bounds = _grouped_order(keys, 7)
    assert order.tolist() == [1, 4, 3, 0, 2]
    assert bounds == [0, 0, 2, 2, 3, 3, 5, 5]


def test_one_row_and_no_keys() -> None:
    order, bounds = _grouped_order(np.zeros(6, dtype=np.int32), 1)
    assert order.tolist() == [0, 1, 2, 3, 4, 5] and bounds == [0, 6]
    order, bounds = _grouped_order(np.array([2, 2, 2]), 5)
    assert order.tolist() == [0, 1, 2] and bounds == [0, 0, 0, 3, 3, 3]
    order, bounds = _grouped_order(np.zeros(0, dtype=np.int32), 3)
    assert len(order) == 0 and bounds == [0, 0, 0, 0]


@pytest.mark.parametrize("seed", range(5))
def test_random_against_argsort(seed: int) -> None:
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 60))
    # few distinct keys among many positions: long runs of ties, and some keys absent
    keys = rng.integers(0, n, int(rng.integers(0, 400)))
    _check(keys, n)
    _check(keys.astype(np.int32), n)
    # the ends as average link builds them: rows ascending, then cols
    _check(np.concatenate([np.sort(keys), keys]), n)


def test_average_link_uses_every_neighbour() -> None:
    # two triangles joined by one weak edge: each triangle is a cluster; nodes 6 and 7 alone
    rows = np.array([0, 0, 1, 3, 3, 4, 2], dtype=np.int32)
    cols = np.array([1, 2, 2, 4, 5, 5, 3], dtype=np.int32)
    sims = np.array([0.9, 0.8, 0.85, 0.9, 0.7, 0.95, 0.2])
    labels = average_link(8, rows, cols, sims, 0.5)
    assert labels.tolist() == [0, 0, 0, 1, 1, 1, 2, 3]
