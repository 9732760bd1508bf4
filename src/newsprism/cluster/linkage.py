"""Average-link agglomerative clustering over a sparse similarity graph.

    average_link(n, rows, cols, sims, threshold) -> labels (one int per node, 0..k-1)

Only the given edges are known; a missing pair counts as similarity 0, so the link between two
clusters is the sum of their edges divided by the product of their sizes. Two clusters merge while
their link exceeds `threshold` and, when `days` are given, their dated members together span
at most `max_span` days (an undated node takes the span of the cluster it joins). A link above the threshold needs at least one edge above it, so the
graph is first cut into connected components over such edges and each component is clustered on its
own: the work follows the edges, never all pairs.

Labels are numbered by each cluster's smallest node, so the same graph always gives the same labels.
"""

from __future__ import annotations

import heapq
import math

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

__all__ = ["average_link"]


def _span(first_a: float, last_a: float, first_b: float, last_b: float) -> float:
    """Days covered by two clusters' dated members together (0 when either side has none)."""
    if math.isnan(first_a) or math.isnan(first_b):
        return 0.0
    return max(last_a, last_b) - min(first_a, first_b)


def _cluster_component(
    nodes: list[int],
    edges: dict[int, dict[int, float]],
    threshold: float,
    days: np.ndarray | None,
    max_span: float,
) -> dict[int, int]:
    """Agglomerate one component; returns node -> the smallest node of its cluster."""
    size = {v: 1 for v in nodes}
    # the first and last known day of each cluster (NaN while none of its members is dated)
    first = {v: float(days[v]) if days is not None else np.nan for v in nodes}
    last = dict(first)
    links = {v: dict(edges.get(v, {})) for v in nodes}
    heap: list[tuple[float, int, int]] = []
    for a in nodes:
        for b, s in links[a].items():
            if a < b and s > threshold:
                heap.append((-s, a, b))
    heapq.heapify(heap)
    parent = {v: v for v in nodes}
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in links or b not in links:
            continue  # one side was merged away since this entry was pushed
        current = links[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + neg) > 1e-12:
            continue  # stale: the link changed, a fresh entry is in the heap
        if _span(first[a], last[a], first[b], last[b]) > max_span:
            continue  # never one event: spans only grow, so this pair stays refused
        # merge b into a (a < b: the cluster keeps its smallest node)
        fb, lb_ = first.pop(b), last.pop(b)
        if not math.isnan(fb):
            first[a] = fb if math.isnan(first[a]) else min(first[a], fb)
            last[a] = lb_ if math.isnan(last[a]) else max(last[a], lb_)
        parent[b] = a
        size[a] += size[b]
        la, lb = links[a], links.pop(b)
        la.pop(b, None)
        for c, s in lb.items():
            if c == a:
                continue
            la[c] = la.get(c, 0.0) + s
            lc = links[c]
            lc[a] = lc.get(a, 0.0) + lc.pop(b)
        for c, s in la.items():
            avg = s / (size[a] * size[c])
            if avg > threshold:
                heapq.heappush(heap, (-avg, min(a, c), max(a, c)))
    root = {}
    for v in nodes:
        r = v
        while parent[r] != r:
            r = parent[r]
        root[v] = r
    return root


def average_link(
    n: int,
    rows: np.ndarray,
    cols: np.ndarray,
    sims: np.ndarray,
    threshold: float,
    *,
    days: np.ndarray | None = None,
    max_span: float = np.inf,
) -> np.ndarray:
    """Cluster `n` nodes given undirected edges (rows[k], cols[k], sims[k]), each pair once."""
    labels = np.arange(n)
    if n == 0:
        return labels
    strong = sims > threshold
    graph = sparse.coo_matrix(
        (np.ones(int(strong.sum())), (rows[strong], cols[strong])), shape=(n, n)
    ).tocsr()
    _, comp = connected_components(graph, directed=False)
    comp_size = np.bincount(comp)
    # the edges inside components of two or more nodes, as adjacency dicts
    inside = (comp[rows] == comp[cols]) & (comp_size[comp[rows]] > 1)
    edges: dict[int, dict[int, float]] = {}
    for a, b, s in zip(rows[inside].tolist(), cols[inside].tolist(), sims[inside].tolist(), strict=True):
        edges.setdefault(a, {})[b] = s
        edges.setdefault(b, {})[a] = s
    members: dict[int, list[int]] = {}
    for v in np.flatnonzero(comp_size[comp] > 1).tolist():
        members.setdefault(int(comp[v]), []).append(v)
    for nodes in members.values():
        for v, r in _cluster_component(nodes, edges, threshold, days, max_span).items():
            labels[v] = r
    # renumber 0..k-1 by smallest member
    _, dense = np.unique(labels, return_inverse=True)
    return dense.astype(np.int64)
