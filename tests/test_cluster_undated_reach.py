"""Average link's components on heaps with undated articles (session 22, events25): an edge with an
undated end that is at or under the threshold ties no component unless each undated end can ever
be in a cluster with dated members (linkage._undated_reach), and each component's adjacency dicts
are built only when it is clustered. Components are a speed device only: clustering all nodes as
one component gives the same labels."""

from __future__ import annotations

import numpy as np

from newsprism.cluster.events import UNDATED_FACTOR, gap_factor
from newsprism.cluster.linkage import _undated_reach, average_link, cluster_component, undated_link_floor

NAN = float("nan")


def test_reach_dated_nodes_and_undated_ones_tied_to_them_above_the_threshold() -> None:
    # 0 dated; 1 undated, tied to 0 above the threshold; 2 undated, tied to 1 (so to 0 through
    # it); 3 and 4 undated, tied to each other only; 5 undated, no edge above the threshold
    undated = np.array([False, True, True, True, True, True])
    rows, cols = np.array([0, 1, 3]), np.array([1, 2, 4])
    assert _undated_reach(6, rows, cols, undated).tolist() == [True, True, True, False, False, False]
    # no edge above the threshold: the dated nodes only
    assert _undated_reach(6, rows[:0], cols[:0], undated).tolist() == [True] + [False] * 5


def test_an_undated_pair_with_no_dated_node_ties_no_component_through_loose_edges() -> None:
    # 1 and 2 are undated and tied above the threshold, but no dated node is with them: their
    # cluster counts its edges as given, so the edges from the dated 0 (0.225 to 1, just under it
    # to 2: both above the floor, at or under the threshold) never lift: 0 stays alone, and the
    # two edges tie no component. With 1 dated (day 100) the pair has 0's day: the edge to 2 counts
    # x 1 / u, the link (0.225 + 0.214 / u) / 2 passes the threshold and 0 joins.
    u = UNDATED_FACTOR
    loose = 0.225 * 0.95
    assert undated_link_floor(0.225, u) < loose < 0.225 < loose / u
    kw = {"max_span": 7, "undated_factor": u, "gap_factor": gap_factor}
    rows, cols, sims = np.array([1, 0, 0]), np.array([2, 1, 2]), np.array([0.5, 0.225, loose])
    days = np.array([100.0, NAN, NAN])
    assert average_link(3, rows, cols, sims, 0.225, days=days, **kw).tolist() == [0, 1, 1]
    assert _undated_reach(3, rows[:1], cols[:1], np.isnan(days)).tolist() == [True, False, False]
    days = np.array([100.0, 100.0, NAN])
    assert average_link(3, rows, cols, sims, 0.225, days=days, **kw).tolist() == [0, 0, 0]


def _one_component(n: int, rows: np.ndarray, cols: np.ndarray, sims: np.ndarray, **kw: object) -> list[int]:
    """cluster_component over all nodes at once (no cut into components), labels by smallest node."""
    edges: dict[int, dict[int, float]] = {v: {} for v in range(n)}
    for r, c, s in zip(rows.tolist(), cols.tolist(), sims.tolist(), strict=True):
        edges[r][c] = s
        edges[c][r] = s
    days = kw["days"]
    root = cluster_component(
        list(range(n)),
        edges,
        0.225,
        days,  # type: ignore[arg-type]
        days,  # type: ignore[arg-type]
        7.0,
        0.0,
        undated_factor=UNDATED_FACTOR,
        gap_factor=gap_factor,
    )
    _, dense = np.unique([root[v] for v in range(n)], return_inverse=True)
    return dense.ravel().tolist()


def test_components_give_the_labels_of_one_whole_graph() -> None:
    # random graphs, a third to all of the nodes undated, many edges near the threshold and the
    # floor: cutting into components (with the reach rule) changes no label
    rng = np.random.default_rng(25)
    for trial in range(200):
        n = int(rng.integers(4, 30))
        share = (1 / 3, 1 / 2, 0.8, 1.0)[trial % 4]
        days = np.where(rng.random(n) < share, NAN, rng.integers(0, 12, n).astype(float))
        pairs = [(a, b) for a in range(n) for b in range(a + 1, n) if rng.random() < 0.5]
        if not pairs:
            continue
        rows = np.array([a for a, _ in pairs])
        cols = np.array([b for _, b in pairs])
        # mostly between the floor (0.191) and the threshold, where UNDATED_TIME's lift decides
        levels = [0.05, 0.15, 0.195, 0.2, 0.205, 0.21, 0.215, 0.22, 0.23, 0.26, 0.4]
        sims = rng.choice(levels, len(pairs)) * rng.uniform(0.99, 1.01, len(pairs))
        kw = {"days": days, "max_span": 7.0, "undated_factor": UNDATED_FACTOR, "gap_factor": gap_factor}
        labels = average_link(n, rows, cols, sims, 0.225, **kw).tolist()  # type: ignore[arg-type]
        assert labels == _one_component(n, rows, cols, sims, days=days), trial
