"""Lone articles: an article average link left alone joins the event it is closest to.

    attach_loners(labels, rows, cols, sims, threshold, days=..., days_hi=..., max_span=..., named_years=...)
        -> labels

Average link counts a missing pair as similarity 0, which is hardest on an article alone: to join
an event of twenty reports it must be linked to most of them, and a report that words the happening
differently (another angle, a wire rewrite with its own terms) shares top terms with only a few.
So after average link, every cluster of one article looks at the clusters it has edges to and
takes the one whose edges to it are strongest on average (the mean over its edges, not over all
members); it joins when that mean reaches `threshold`. A lone article can also pick another lone
one, and chains follow: each lone article points at one cluster, so the pointers never join two
clusters of several articles. A group that would span more than `max_span` days of dated
articles stays as it was.

With `named_years` (as linkage.average_link takes them), a dated lone article never joins a cluster
with no dated member whose undated reports name years of another time (linkage.YEAR_GUARD_NAMED):
the rule average link applies at every merge, applied to this last step too. Without it a dated
report that average link kept out of such a group could still join it alone: ECB+'s 5_9ecbplus, a
July 2005 contract signing, joined the 13 undated reports of a December 2008 coach's firing
whose eleven named years have the median 2008.

Every dev set's gold events have two or more articles, and 24 of ECB+'s 462 articles were left
alone by average link, most of them reports of a big event (bench/README.md, "Lone articles").
"""

from __future__ import annotations

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from newsprism.cluster.linkage import YEAR_GUARD_NAMED, years_apart

__all__ = ["attach_loners"]


def attach_loners(
    labels: np.ndarray,
    rows: np.ndarray,
    cols: np.ndarray,
    sims: np.ndarray,
    threshold: float,
    *,
    days: np.ndarray | None = None,
    days_hi: np.ndarray | None = None,
    max_span: float = np.inf,
    named_years: np.ndarray | None = None,
) -> np.ndarray:
    """New labels (numbered by each cluster's smallest node) after lone nodes join their closest
    cluster; `rows`, `cols`, `sims` are undirected edges, each pair once; `days` and `named_years`
    as in linkage.average_link."""
    n = len(labels)
    labels = _renumbered(np.asarray(labels, dtype=np.int64))
    hi = days if days_hi is None else days_hi
    size = np.bincount(labels, minlength=n)
    lone = size[labels] == 1
    # each edge seen from its lone end(s): (lone node, the other node's cluster, similarity)
    src = np.concatenate([rows[lone[rows]], cols[lone[cols]]]).astype(np.int64)
    dst = np.concatenate([cols[lone[rows]], rows[lone[cols]]]).astype(np.int64)
    sim = np.concatenate([sims[lone[rows]], sims[lone[cols]]])
    if not len(src):
        return labels
    keys, inverse = np.unique(src * n + labels[dst], return_inverse=True)
    # rounded, so that a sum taken in another edge order (incremental.py) gives the same choice
    mean = np.round(np.bincount(inverse, weights=sim) / np.bincount(inverse), 12)
    node, target = keys // n, keys % n
    if days is not None and hi is not None:  # only clusters it can join within max_span
        first, last = _bounds(labels, days, hi)
        span = np.maximum(first[target], days[node]) - np.minimum(last[target], hi[node])
        fits = np.isnan(days[node]) | ~np.isfinite(first[target]) | (span <= max_span)
        node, target, mean = node[fits], target[fits], mean[fits]
    if not len(node):
        return labels
    # per lone node its best cluster: highest mean, then smallest label (np.lexsort: last key first)
    order = np.lexsort((target, -mean, node))
    best = order[np.r_[True, node[order][1:] != node[order][:-1]]]
    chosen = best[mean[best] > threshold]
    # the clusters of undated reports that name years (only they can refuse a dated article)
    years: dict[int, list[float]] = {}
    if named_years is not None and days is not None:
        years = _undated_years(labels, days, named_years)
        if years:
            # a dated lone article whose closest cluster is one of undated reports naming another
            # time stays alone (it takes no second choice: the refusal only keeps a merge from being)
            chosen = chosen[~_years_refused(years, node[chosen], target[chosen], days)]
    if not len(chosen):
        return labels
    # pointers lone node -> cluster (as the cluster's label); groups = connected pointers
    pointers = sparse.coo_matrix((np.ones(len(chosen)), (labels[node[chosen]], target[chosen])), shape=(n, n))
    _, group = connected_components(pointers, directed=False)
    proposed = group[labels].astype(np.int64)  # int32 from scipy: proposed * n would overflow
    if days is not None and hi is not None:
        # a group of several clusters whose dated members span more than max_span days (a chain
        # of lone articles), or that joins a cluster of undated reports naming another time to
        # a dated lone article through a lone undated one, falls back to its clusters
        first, last = _bounds(proposed, days, hi)
        grown = np.bincount(np.unique(proposed * n + labels) // n, minlength=n) > 1
        too_long = grown & np.isfinite(first) & (first - last > max_span)
        if years:
            too_long |= _groups_refused(years, proposed, labels, days)
        proposed = np.where(too_long[proposed], labels + n, proposed)  # groups are < n
    return _renumbered(proposed)


def _undated_years(labels: np.ndarray, days: np.ndarray, named_years: np.ndarray) -> dict[int, list[float]]:
    """Per cluster with no dated member and YEAR_GUARD_NAMED or more members naming a year: those
    years (no other cluster can be refused)."""
    n = len(labels)
    dated = np.bincount(labels, weights=~np.isnan(days), minlength=n) > 0
    out: dict[int, list[float]] = {}
    for v in np.flatnonzero(~dated[labels] & ~np.isnan(named_years)).tolist():
        out.setdefault(int(labels[v]), []).append(float(named_years[v]))
    return {c: named for c, named in out.items() if len(named) >= YEAR_GUARD_NAMED}


def _years_refused(
    years: dict[int, list[float]], node: np.ndarray, target: np.ndarray, days: np.ndarray
) -> np.ndarray:
    """Whether each dated lone `node` would join a `target` cluster of undated reports that name
    another time (`years`: _undated_years; linkage.years_apart); an undated lone node names one
    year at most, never enough."""
    return np.array(
        [
            c in years and not np.isnan(days[v]) and years_apart(years[c], float(days[v]))
            for v, c in zip(node.tolist(), target.tolist(), strict=True)
        ],
        dtype=bool,
    )


def _groups_refused(
    years: dict[int, list[float]], proposed: np.ndarray, labels: np.ndarray, days: np.ndarray
) -> np.ndarray:
    """Per group number: whether the group joins a cluster of undated reports naming another time
    (`years`: _undated_years; linkage.years_apart) to dated members, whose latest lower bound is
    the dated side's day."""
    n = len(labels)
    out = np.zeros(n, dtype=bool)
    dated = ~np.isnan(days)
    first = np.full(n, np.nan)
    np.fmax.at(first, proposed[dated], days[dated])
    group_of = np.zeros(n, dtype=np.int64)  # each cluster's group
    group_of[labels] = proposed
    for c, named in years.items():
        g = int(group_of[c])
        if not np.isnan(first[g]) and years_apart(named, float(first[g])):
            out[g] = True
    return out


def _bounds(groups: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per group number: the latest lower bound and the earliest upper bound of its dated members'
    days (-inf / inf when none is dated), so that a member known to an interval of days stretches
    a span only past it, as in linkage._span."""
    n = len(groups)
    dated = ~np.isnan(lo)
    first, last = np.full(n, -np.inf), np.full(n, np.inf)
    np.maximum.at(first, groups[dated], lo[dated])
    np.minimum.at(last, groups[dated], hi[dated])
    return first, last


def _renumbered(labels: np.ndarray) -> np.ndarray:
    """Labels 0..k-1 in the order of each cluster's smallest node."""
    _, first, inverse = np.unique(labels, return_index=True, return_inverse=True)
    rank = np.empty(len(first), dtype=np.int64)
    rank[np.argsort(first, kind="stable")] = np.arange(len(first))
    return rank[inverse.ravel()]
