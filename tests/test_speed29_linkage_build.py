"""average_link builds each component's neighbour lists and the heap's start with numpy (session 27,
speed29): the edges with an undated end apart from the others (UNDATED_TIME's `ulinks`), one
object per node and per edge shared by both ends' dicts, and the heap's entries from the edges above
the threshold. The merge loop (linkage._agglomerate) is the one cluster_component runs, so the labels
are those of cluster_component over each whole graph. Graphs made up."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from newsprism.cluster import linkage
from newsprism.cluster.events import UNDATED_FACTOR, gap_factor
from newsprism.cluster.linkage import average_link, cluster_component

NAN = float("nan")
THRESHOLD = 0.225


def test_the_lists_and_heap_average_link_hands_the_merge_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    # two components: {0, 1, 2} (1 undated) and {3, 4}; 5 alone. Edge 0-2 is dated-dated, 0-1 and
    # 1-2 have an undated end; 3-4 is dated-dated; 2-5 is under the threshold (5 stays alone).
    # 0 and 1 merge first (0.5); then 2 joins: (0.3 + 0.2 x 1 / u) / 2 = 0.268 > 0.225.
    rows, cols = np.array([0, 1, 2, 4, 2]), np.array([1, 2, 0, 3, 5])
    sims = np.array([0.5, 0.2, 0.3, 0.9, 0.05])
    days = np.array([10.0, NAN, 11.0, 40.0, 41.0, 10.0])
    seen: list[tuple[Any, ...]] = []
    real = linkage._agglomerate

    def spy(nodes: list[int], links: Any, ulinks: Any, heap: Any, *rest: Any) -> dict[int, int]:
        # both ends of an edge hold one float object (and each node one int object)
        shared = all(d[c] is lists[c][v] for lists in (links, ulinks) for v, d in lists.items() for c in d)
        seen.append((nodes, {v: dict(d) for v, d in links.items()}, {v: dict(d) for v, d in ulinks.items()}))
        seen.append((sorted(heap), shared))
        return real(nodes, links, ulinks, heap, *rest)

    monkeypatch.setattr(linkage, "_agglomerate", spy)
    kw = {"days": days, "max_span": 7.0, "undated_factor": UNDATED_FACTOR, "gap_factor": gap_factor}
    labels = average_link(6, rows, cols, sims, THRESHOLD, **kw)  # type: ignore[arg-type]
    assert labels.tolist() == [0, 0, 0, 1, 1, 2]
    (nodes, links, ulinks), (heap, shared), (nodes2, links2, ulinks2), (heap2, shared2) = seen
    assert nodes == [0, 1, 2]
    assert links == {0: {2: 0.3}, 1: {}, 2: {0: 0.3}}
    assert ulinks == {0: {1: 0.5}, 1: {0: 0.5, 2: 0.2}, 2: {1: 0.2}}
    assert heap == [(-0.5, 0, 1), (-0.3, 0, 2)]  # the edges above the threshold, smaller node first
    assert nodes2 == [3, 4] and links2 == {3: {4: 0.9}, 4: {3: 0.9}} and ulinks2 == {3: {}, 4: {}}
    assert heap2 == [(-0.9, 3, 4)]
    assert shared and shared2


def test_no_days_no_undated_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    # stories cluster with no days: every edge in `links`, none apart
    seen: list[Any] = []
    real = linkage._agglomerate

    def spy(nodes: list[int], links: Any, ulinks: Any, heap: Any, *rest: Any) -> dict[int, int]:
        seen.append(({v: dict(d) for v, d in links.items()}, dict(ulinks), list(heap)))
        return real(nodes, links, ulinks, heap, *rest)

    monkeypatch.setattr(linkage, "_agglomerate", spy)
    labels = average_link(3, np.array([0, 1]), np.array([1, 2]), np.array([0.4, 0.2]), 0.3)
    assert labels.tolist() == [0, 0, 1]
    assert seen == [({0: {1: 0.4}, 1: {0: 0.4}}, {}, [(-0.4, 0, 1)])]


def _whole(
    n: int, rows: np.ndarray, cols: np.ndarray, sims: np.ndarray, days: np.ndarray | None
) -> list[int]:
    """cluster_component over all nodes as one component (its own dicts and heap), dense labels."""
    edges: dict[int, dict[int, float]] = {v: {} for v in range(n)}
    for r, c, s in zip(rows.tolist(), cols.tolist(), sims.tolist(), strict=True):
        edges[r][c] = edges[c][r] = s
    timed = {"undated_factor": UNDATED_FACTOR, "gap_factor": gap_factor} if days is not None else {}
    root = cluster_component(list(range(n)), edges, THRESHOLD, days, days, 7.0, 0.0, **timed)  # type: ignore[arg-type]
    _, dense = np.unique([root[v] for v in range(n)], return_inverse=True)
    return dense.ravel().tolist()


def test_labels_equal_cluster_component_over_the_whole_graph() -> None:
    # random graphs of several components: none to all nodes undated, and no days at all (stories)
    rng = np.random.default_rng(29)
    for trial in range(150):
        n = int(rng.integers(2, 40))
        share = (0.0, 1 / 3, 0.8, 1.0, None)[trial % 5]
        days = (
            None
            if share is None
            else np.where(rng.random(n) < share, NAN, rng.integers(0, 20, n).astype(float))
        )
        pairs = [(a, b) for a in range(n) for b in range(a + 1, n) if rng.random() < 0.2]
        if not pairs:
            continue
        rows = np.array([b if k % 2 else a for k, (a, b) in enumerate(pairs)])  # either end first
        cols = np.array([a if k % 2 else b for k, (a, b) in enumerate(pairs)])
        sims = rng.choice([0.05, 0.15, 0.2, 0.21, 0.22, 0.23, 0.26, 0.4], len(pairs)) * rng.uniform(
            0.99, 1.01, len(pairs)
        )
        kw: dict[str, Any] = {}
        if days is not None:
            kw = {"days": days, "max_span": 7.0, "undated_factor": UNDATED_FACTOR, "gap_factor": gap_factor}
        labels = average_link(n, rows, cols, sims, THRESHOLD, **kw).tolist()
        assert labels == _whole(n, rows, cols, sims, days), trial
