"""attach_loners: a lone node joins the cluster its edges are strongest to on average."""

from __future__ import annotations

import numpy as np

from newsprism.cluster.attach import attach_loners
from newsprism.cluster.linkage import average_link

NAN = np.nan


def _edges(*triples: tuple[int, int, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, cols, sims = zip(*triples, strict=True)
    return np.array(rows), np.array(cols), np.array(sims, dtype=np.float64)


def test_a_loner_linked_to_a_few_members_of_a_big_cluster_joins_it() -> None:
    # nodes 0-5 are one cluster (a clique at 0.5); node 6 is linked to two of them at 0.3: its
    # average over all six members (0.1) is below average link's bar, its mean edge is not
    clique = [(a, b, 0.5) for a in range(6) for b in range(a + 1, 6)]
    rows, cols, sims = _edges(*clique, (0, 6, 0.3), (1, 6, 0.3))
    labels = average_link(7, rows, cols, sims, 0.225)
    assert labels.tolist() == [0, 0, 0, 0, 0, 0, 1]
    assert attach_loners(labels, rows, cols, sims, 0.16).tolist() == [0] * 7
    # a weaker link leaves it alone
    rows, cols, sims = _edges(*clique, (0, 6, 0.1), (1, 6, 0.2))
    assert attach_loners(average_link(7, rows, cols, sims, 0.225), rows, cols, sims, 0.16)[6] == 1


def test_the_best_mean_wins_and_two_clusters_are_never_joined() -> None:
    # clusters {0, 1} and {2, 3}; loner 4 leans to {2, 3}; loner 5 picks loner 4, so it follows it
    rows, cols, sims = _edges(
        (0, 1, 0.6), (2, 3, 0.6), (0, 4, 0.17), (2, 4, 0.3), (3, 4, 0.1), (4, 5, 0.19), (0, 5, 0.1)
    )
    labels = average_link(6, rows, cols, sims, 0.225)
    assert labels.tolist() == [0, 0, 1, 1, 2, 3]
    assert attach_loners(labels, rows, cols, sims, 0.16).tolist() == [0, 0, 1, 1, 1, 1]


def test_two_loners_pair_up() -> None:
    rows, cols, sims = _edges((0, 1, 0.2), (1, 2, 0.05))
    labels = np.arange(3)
    assert attach_loners(labels, rows, cols, sims, 0.16).tolist() == [0, 0, 1]
    assert attach_loners(labels, rows, cols, sims, 0.25).tolist() == [0, 1, 2]


def test_a_loner_never_stretches_an_event_past_its_span() -> None:
    # cluster {0, 1} on days 100-101; loner 2 dated day 120, loner 3 undated
    rows, cols, sims = _edges((0, 1, 0.6), (0, 2, 0.3), (1, 3, 0.3))
    days = np.array([100.0, 101.0, 120.0, NAN])
    labels = np.array([0, 0, 1, 2])
    got = attach_loners(labels, rows, cols, sims, 0.16, days=days, max_span=7)
    assert got.tolist() == [0, 0, 1, 0]
    assert attach_loners(labels, rows, cols, sims, 0.16).tolist() == [0, 0, 0, 0]


def test_labels_come_back_numbered_by_smallest_node_and_same_for_any_numbering() -> None:
    rows, cols, sims = _edges((3, 4, 0.6), (0, 4, 0.3), (1, 2, 0.05))
    labels = np.array([7, 5, 9, 2, 2])
    assert attach_loners(labels, rows, cols, sims, 0.16).tolist() == [0, 1, 2, 0, 0]
    assert attach_loners(np.array([0, 1, 2, 3, 3]), rows, cols, sims, 0.16).tolist() == [0, 1, 2, 0, 0]
    empty = np.zeros(0, dtype=np.int64)
    assert attach_loners(np.arange(3), empty, empty, np.zeros(0), 0.16).tolist() == [0, 1, 2]


def test_a_big_corpus_keeps_its_labels_apart() -> None:
    # 60,000 nodes: label x node count is past 2**31, where 32-bit arithmetic would wrap
    n = 60_000
    rows, cols, sims = _edges((n - 3, n - 2, 0.6), (n - 2, n - 1, 0.2), (0, n - 1, 0.05))
    days = np.full(n, np.nan)
    got = attach_loners(average_link(n, rows, cols, sims, 0.225), rows, cols, sims, 0.16, days=days)
    assert got[n - 1] == got[n - 3] == got[n - 2] and len(np.unique(got)) == n - 2
