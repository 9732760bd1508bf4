"""Average-link agglomerative clustering over a sparse similarity graph.

    average_link(n, rows, cols, sims, threshold) -> labels (one int per node, 0..k-1)

Only the given edges are known; a missing pair counts as similarity 0, so the link between two
clusters is the sum of their edges divided by the product of their sizes. Two clusters merge while
their link exceeds `threshold` and, when `days` are given, their dated members together span
at most `max_span` days (an undated node takes the span of the cluster it joins). With `cohesion`
c > 0, two clusters of two or more nodes also merge only while their link is at least c times the
mean inner similarity of the looser one: two tight groups that are only loosely linked stay apart
(two visits of one minister share the subject but each visit's reports share more). With
`named_years` (the latest year each undated node's text names, NaN none), a cluster with no dated
member never joins a dated one when at least YEAR_GUARD_NAMED of its members name a year and the
middle (median) of those years lies YEAR_GUARD_GAP years or more from the dated side's year. With
`magnitudes` (the quake magnitudes each node's lead states, magnitudes.lead_magnitudes), two clusters
that each have MAGNITUDE_QUORUM members stating one never merge when none of their magnitudes agree
(magnitudes.quakes_apart: two quakes). With `undated_factor` u and `gap_factor` (the pairs'
time factors as events.py gives them), an undated node takes the days of the cluster it joins:
the edges of undated nodes (given with u in them) count x gap_factor(gap) / u in the link of two
clusters that both have dated members, gap the days between their dated members' windows; their
gap is no longer unknown (UNDATED_TIME in the module's constants). A link above the threshold
needs at least one edge above it (an undated node's edge above threshold x u, when each of its
undated ends can ever be in a cluster with dated members: _undated_reach), so the graph is
first cut into connected components over such edges and each component is clustered on its
own: the work follows the edges, never all pairs.

Labels are numbered by each cluster's smallest node, so the same graph always gives the same labels.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from newsprism.cluster.magnitudes import MAGNITUDE_QUORUM, quakes_apart

__all__ = [
    "average_link",
    "calendar_year",
    "calendar_years",
    "cluster_component",
    "undated_link_floor",
    "years_apart",
]

# The years a group of undated reports names (ECB+'s "ecb" half: 2006-2008 reports of a boxing
# title defence, a rehab stay, an endangered-species rule; its dated "ecbplus" half: the same kind
# of happening in 2009-2013). One article's latest named year says little of when it was written:
# years are named in passing ("since taking office in 2021") or ahead ("the 2024 election"), which
# is why events.WEAK_FACTOR is off. But when several reports that average link has already drawn
# together name years, their median is that coverage's year, and news names its own year or the
# one before (timing.py), so a median two or more years from a dated cluster's year is another
# happening. Three namers at least: on AllSides, 6 of the 8 gold events whose undated members
# include two naming a year have those two's median 2+ years from the event's own year (an
# excerpt's "in 2016", "since 2008"), and no gold event of any dev set has three such.
# bench/event_years.py: refusing the merge (any link factor 0-0.8 gives the same clusters) with
# 2, 3 or 4 namers and a gap of 2 or 3 years gives ECB+ 0.898 -> 0.908 (topic 7's halves apart,
# 8 of topic 9's 10 undated reports apart), mixed-dev 0.880 -> 0.885, basil and allsides equal
# at every cell.
YEAR_GUARD_NAMED = 3
YEAR_GUARD_GAP = 2
_EPOCH_ORDINAL = dt.date(1970, 1, 1).toordinal()
# UNDATED_TIME: a pair with an undated article has its similarity x events.UNDATED_FACTOR (u), the
# expected factor of a gap that is unknown. Once the undated article is in a cluster with dated
# members, the span rule already holds it to that cluster's days (it can never bridge two dated
# happenings more than max_span apart); so between two clusters that both have dated members its
# edges get the time factor of the two clusters' days instead of u, as two dated articles with
# those days would: 1 within events.SAME_SPAN_DAYS, decaying beyond. Before it joins such a
# cluster, nothing is known of its day and u stays. No new constant. bench/clustering.py
# (bench/README.md, events23): event B3 allsides 0.854 -> 0.857, mixed-dev 0.888 -> 0.891, ECB+
# and basil identical; leave-one-set-out 0.789 / 1.000 / 0.839 -> 0.793 / 1.000 / 0.843; the
# labelled triplets of heap-10000 with every second article undated 0.778 -> 0.780.


def undated_link_floor(threshold: float, undated_factor: float) -> float:
    """The least similarity an edge with an undated end can have and still count above `threshold`
    in a link (UNDATED_TIME): such an edge counts up to 1 / `undated_factor` times its similarity
    (x 1 when the factor is 1 or more), so the floor is threshold x min(factor, 1), a hair lower
    (1e-9 relative) so that rounding never drops an edge the link may count. Average link's
    components here and IncrementalEventClusterer's link floor both take it."""
    return threshold * min(undated_factor, 1.0) * (1 - 1e-9)


def years_apart(named: list[float], dated_day: float) -> bool:
    """Whether an undated cluster whose members name the years `named` is from another year than
    a dated cluster whose latest lower bound is `dated_day` (see YEAR_GUARD_NAMED)."""
    if len(named) < YEAR_GUARD_NAMED or not math.isfinite(dated_day):
        return False
    year = calendar_year(dated_day)
    return abs(statistics.median(named) - year) >= YEAR_GUARD_GAP


def calendar_year(day: float) -> int:
    """The calendar year of a finite day number (days since 1970-01-01, as timing.ArticleTime gives
    them; a fraction is cut toward zero). The one conversion of days to years: the guard's dated
    side here, and through calendar_years the years undated articles name (ArticleTime.weak, 1
    January of the year) for events.py and incremental.py. A scalar, as the guard asks it one
    cluster at a time inside the merge loop (numpy on one value costs it 8x)."""
    return dt.date.fromordinal(_EPOCH_ORDINAL + int(day)).year


def calendar_years(days: np.ndarray) -> np.ndarray:
    """calendar_year of each day, NaN where the day is not finite (each distinct day once: the
    named years are ~90 distinct 1 Januaries over thousands of articles)."""
    out = np.full(len(days), np.nan)
    known = np.isfinite(days)
    distinct, inverse = np.unique(days[known], return_inverse=True)
    out[known] = np.array([calendar_year(d) for d in distinct.tolist()], dtype=float)[inverse.ravel()]
    return out


def _joined(a: list[float], b: list[float]) -> list[float]:
    """The two lists as one, the shorter copied into the longer (a node is copied O(log n) times)."""
    if len(a) < len(b):
        a, b = b, a
    a.extend(b)
    return a


def _span(first_a: float, last_a: float, first_b: float, last_b: float) -> float:
    """Days between two clusters' dated members together (0 when either side has none).

    `first` is a cluster's latest lower bound and `last` its earliest upper bound: for members
    dated to one day they are the last and the first day; a member known only to a month
    (lo..hi) is consistent with any day of it, so it stretches the span only past its month.
    """
    if math.isnan(first_a) or math.isnan(first_b):
        return 0.0
    return max(first_a, first_b) - min(last_a, last_b)


def _gap(first_a: float, last_a: float, first_b: float, last_b: float) -> float:
    """Days between two dated clusters' windows (0 when they overlap). A cluster's window runs
    from the earlier to the later of its `first` and `last` (_span): its dated members' days."""
    lo_a, hi_a = min(first_a, last_a), max(first_a, last_a)
    lo_b, hi_b = min(first_b, last_b), max(first_b, last_b)
    return max(0.0, lo_b - hi_a, lo_a - hi_b)


def cluster_component(
    nodes: list[int],
    edges: dict[int, dict[int, float]],
    threshold: float,
    lo: np.ndarray | None,
    hi: np.ndarray | None,
    max_span: float,
    cohesion: float,
    named_years: np.ndarray | None = None,
    magnitudes: Sequence[tuple[int, ...]] | None = None,
    undated_factor: float | None = None,
    gap_factor: Callable[[float], float] | None = None,
) -> dict[int, int]:
    """Agglomerate one component; returns node -> the smallest node of its cluster.

    `edges` holds every edge among `nodes`, both ways. It is consumed: the adjacency dicts of
    `nodes` are taken out of it and changed as clusters merge (no copy of the graph is made).
    Nodes are compared only by their order, so numbering them 0..k-1 in the same order gives the
    same clusters (incremental.py re-clusters one component at a time this way).

    The heap holds (-link, a, b), a < b the two clusters' smallest nodes; an entry whose link
    has changed since is skipped. After a merge every pair of the new cluster whose link exceeds
    the threshold is pushed. Two things keep a merge from costing both clusters' neighbours:

    - a cluster's values are held under a key (any one of its nodes; `key_of` maps its smallest
      node to it): the two neighbour lists of a merge are joined into the longer one, and only
      the shorter one's neighbours are told, so a node's edges are walked again only when the
      list they are in at least doubles (a sum is the same float in either list: x + y == y + x);
    - `hot[k]` holds (keys, perhaps of clusters merged since: `moved` leads on) every neighbour
      whose link to cluster k exceeds the threshold. After a merge only those of either side can
      exceed it: a link to one side only keeps its sum while the sizes grow, so it falls (float
      division is monotone), and a link to both is a weighted mean of the two. As sums round,
      the neighbours both sides share are tried too, and a pair pushed goes into both clusters'
      sets. So the same pairs are pushed as when every neighbour is tried.

    With `undated_factor` and `gap_factor` (UNDATED_TIME), the edges with an undated end are summed
    apart (`ulinks`, in the same two-way form) and weighed by the two clusters' days when both
    have dated members. A merge that moves a side's window can raise such a link to a neighbour
    of that side only, so those neighbours (of `ulinks`) are tried too.
    """
    links = {v: edges.pop(v, {}) for v in nodes}
    # the edges with an undated end, apart (UNDATED_TIME): `links` holds a node's other edges,
    # `ulinks` these (a neighbour may be in both once clusters merge)
    ulinks: dict[int, dict[int, float]] = {}
    if lo is not None and _timed(nodes, lo, undated_factor, gap_factor):
        undated = {v for v in nodes if math.isnan(lo[v])}
        for v in nodes:
            lv = links[v]
            if v in undated:
                ulinks[v], links[v] = lv, {}
            else:
                ulinks[v] = {c: lv.pop(c) for c in lv.keys() & undated}
    # the singletons' links are their edges as given (with u when either node is undated)
    heap = [
        (-s, a, b)
        for lists in (links, ulinks)
        for a, nb in lists.items()
        for b, s in nb.items()
        if a < b and s > threshold
    ]
    rules = _Rules(threshold, lo, hi, max_span, cohesion, named_years, magnitudes, undated_factor, gap_factor)
    return _agglomerate(nodes, links, ulinks, heap, rules)


def _timed(
    nodes: Sequence[int],
    lo: np.ndarray | None,
    undated_factor: float | None,
    gap_factor: Callable[[float], float] | None,
) -> bool:
    """Whether a component's edges with an undated end are weighed apart (UNDATED_TIME): the
    factors are given and one of its nodes is undated (a component of dated nodes only has no
    such edge: nothing to split)."""
    return (
        undated_factor is not None
        and gap_factor is not None
        and lo is not None
        and bool(np.isnan(lo[nodes]).any())
    )


@dataclass(frozen=True, slots=True, eq=False)
class _Rules:
    """What decides a merge, as cluster_component and average_link are given it (the same for
    every component of one clustering): the link threshold, each node's days (`lo`, `hi`; NaN
    unknown), the span and cohesion bounds, the named years, the magnitudes and the undated
    factors (module docstring)."""

    threshold: float
    lo: np.ndarray | None
    hi: np.ndarray | None
    max_span: float
    cohesion: float
    named_years: np.ndarray | None
    magnitudes: Sequence[tuple[int, ...]] | None
    undated_factor: float | None
    gap_factor: Callable[[float], float] | None


def _agglomerate(
    nodes: list[int],
    links: dict[int, dict[int, float]],
    ulinks: dict[int, dict[int, float]],
    heap: list[tuple[float, int, int]],
    rules: _Rules,
) -> dict[int, int]:
    """cluster_component's merge loop, given each node's neighbour lists (`links`, and `ulinks`
    for the edges with an undated end when _timed; their dicts are changed as clusters merge),
    `heap`: (-similarity, a, b) of every edge above the threshold, a < b, and the merge `rules`;
    returns node -> the smallest node of its cluster."""
    threshold, max_span, cohesion = rules.threshold, rules.max_span, rules.cohesion
    lo, hi, named_years, magnitudes = rules.lo, rules.hi, rules.named_years, rules.magnitudes
    undated_factor, gap_factor = rules.undated_factor, rules.gap_factor
    size = dict.fromkeys(nodes, 1)
    # each cluster's latest lower bound and earliest upper bound of its members' days (NaN while
    # none of its members is dated)
    first = {v: float(lo[v]) if lo is not None else np.nan for v in nodes}
    last = {v: float(hi[v]) if hi is not None else np.nan for v in nodes}
    inner = dict.fromkeys(nodes, 0.0)  # sum of the edges inside each cluster
    # the years the undated members of each cluster name (YEAR_GUARD_NAMED), when given
    named: dict[int, list[float]] = {}
    if named_years is not None:
        named = {
            v: [float(named_years[v])] if math.isnan(first[v]) and not math.isnan(named_years[v]) else []
            for v in nodes
        }
    # the members stating a magnitude and their magnitudes, of each cluster with such a member
    quakes: dict[int, tuple[int, frozenset[int]]] = {}
    if magnitudes is not None:
        quakes = {v: (1, frozenset(magnitudes[v])) for v in nodes if magnitudes[v]}
    undated = {v for v in nodes if math.isnan(first[v])}
    timed = _timed(nodes, lo, undated_factor, gap_factor)
    factor_of_gap = gap_factor or (lambda gap: 1.0)
    u_factor = undated_factor or 1.0
    reach = max(1.0, 1.0 / u_factor)  # the most an undated node's edge can count, x its value
    hot: dict[int, set[int]] = {v: set() for v in nodes}
    for _, a, b in heap:
        hot[a].add(b)
        hot[b].add(a)
    heapq.heapify(heap)
    parent = {v: v for v in nodes}
    key_of = {v: v for v in nodes}  # a live cluster's smallest node -> its key
    smallest = dict(key_of)  # and back
    moved: dict[int, int] = {}  # the key of a list joined into another -> that list's key

    def live(k: int) -> int:
        r = k
        while r in moved:
            r = moved[r]
        while k != r:  # shorten the path for the next look-up
            moved[k], k = r, moved[k]
        return r

    def link(x: int, y: int) -> float:
        """The average link of clusters (keys) x and y."""
        total = links[x].get(y, 0.0)
        if timed and (u := ulinks[x].get(y)) is not None:
            fx, fy = first[x], first[y]
            if math.isnan(fx) or math.isnan(fy):
                total += u
            else:  # both dated: the undated members' edges take the two clusters' gap
                total += u * (factor_of_gap(_gap(fx, last[x], fy, last[y])) / u_factor)
        return total / (size[x] * size[y])

    push, pop = heapq.heappush, heapq.heappop
    while heap:
        neg, a, b = pop(heap)
        ka = key_of.get(a)
        kb = key_of.get(b)
        if ka is None or kb is None:
            continue  # one side was merged away since this entry was pushed
        if timed:
            between = links[ka].get(kb, 0.0) + ulinks[ka].get(kb, 0.0)
            current = link(ka, kb)
        else:
            between = links[ka].get(kb, 0.0)
            current = between / (size[ka] * size[kb])
        if abs(current + neg) > 1e-12:
            continue  # stale: the link changed, a fresh entry is in the heap
        if _span(first[ka], last[ka], first[kb], last[kb]) > max_span:
            continue  # never one event: spans only grow, so this pair stays refused
        if named and math.isnan(first[ka]) != math.isnan(first[kb]):
            u, d = (ka, kb) if math.isnan(first[ka]) else (kb, ka)
            if years_apart(named[u], first[d]):
                # refused for now: a merge on either side re-tries the pair (`hot`), with its years
                continue
        if quakes and _two_quakes(quakes.get(ka), quakes.get(kb)):
            continue  # refused for now, as the years: a merge may bring a magnitude that agrees
        if cohesion > 0 and size[ka] > 1 and size[kb] > 1:
            tight = min(_mean_inner(inner[ka], size[ka]), _mean_inner(inner[kb], size[kb]))
            if current < cohesion * tight:
                continue  # two tight groups, loosely linked: two events of one subject
        # merge b into a (a < b: the cluster keeps its smallest node)
        fa, la_, fb, lb_ = first.pop(ka), last.pop(ka), first.pop(kb), last.pop(kb)
        was = ((fa, la_), (fb, lb_))
        if not math.isnan(fb):
            fa = fb if math.isnan(fa) else max(fa, fb)
            la_ = lb_ if math.isnan(la_) else min(la_, lb_)
        # a side whose days moved: its links through undated members to a dated cluster may rise
        # (UNDATED_TIME; to an undated one they count as given whatever the days)
        rising: set[int] = set()
        if timed:
            for k, days in zip((ka, kb), was, strict=True):
                if not _same_days(days, (fa, la_)):
                    rising |= ulinks[k].keys() - undated
            rising.discard(ka)
            rising.discard(kb)
        parent[b] = a
        total = inner.pop(ka) + (inner.pop(kb) + between)
        grown = size.pop(ka) + size.pop(kb)
        if timed:
            longer = len(links[ka]) + len(ulinks[ka]) >= len(links[kb]) + len(ulinks[kb])
        else:
            longer = len(links[ka]) >= len(links[kb])
        keep, gone = (ka, kb) if longer else (kb, ka)
        if timed:  # `undated`: the keys of the clusters with no dated member
            undated.discard(ka)
            undated.discard(kb)
            if math.isnan(fa):
                undated.add(keep)
        first[keep], last[keep], inner[keep], size[keep] = fa, la_, total, grown
        if named:  # a dated cluster's years are never asked again: kept for undated ones only
            years_a, years_b = named.pop(ka), named.pop(kb)
            named[keep] = _joined(years_a, years_b) if math.isnan(fa) else []
        if quakes:
            qa, qb = quakes.pop(ka, None), quakes.pop(kb, None)
            merged = qb if qa is None else qa if qb is None else (qa[0] + qb[0], qa[1] | qb[1])
            if merged is not None:
                quakes[keep] = merged
        del key_of[b], smallest[gone]
        key_of[a], smallest[keep] = keep, a
        moved[gone] = keep
        candidates = hot.pop(ka)
        candidates.update(hot.pop(kb))
        if timed:  # a neighbour of both through either kind of edge is tried too
            candidates.update(links[gone].keys() & ulinks[keep].keys())
            candidates.update(ulinks[gone].keys() & links[keep].keys())
        _join(links, keep, gone, candidates)
        lk = links[keep]
        if timed:
            _join(ulinks, keep, gone, candidates)
            uk = ulinks[keep]
            # only those that the undated edges' largest weight (x 1 / u, or x 1 when u > 1) could
            # lift past the threshold (a hair of slack against rounding)
            bound = threshold * grown * (1 - 1e-9)
            candidates.update(c for c in rising if lk.get(c, 0.0) + uk[c] * reach > bound * size[c])
        now = set()
        for c in {live(x) for x in candidates}:
            if c == keep:
                continue
            if timed and (uc := uk.get(c)) is not None:
                # link() at most: its undated part counts uc x gap_factor / u (gap_factor <= 1) or
                # uc, never more than uc x reach (similarities >= 0), and +, x, / round
                # monotonically, so a bound at or under the threshold is a link at or under it,
                # float for float: the same pairs are pushed, without link()'s call for most
                if (lk.get(c, 0.0) + uc * reach) / (grown * size[c]) <= threshold:
                    continue
                avg = link(keep, c)
            else:  # a neighbour with no edge from an undated member: its plain average, as link gives it
                avg = lk[c] / (grown * size[c])
            if avg > threshold:
                m = smallest[c]
                push(heap, (-avg, a, m) if a < m else (-avg, m, a))
                now.add(c)
                hot[c].add(keep)
        hot[keep] = now
    root = {}
    for v in nodes:
        r = v
        while parent[r] != r:
            r = parent[r]
        root[v] = r
    return root


def _join(lists: dict[int, dict[int, float]], keep: int, gone: int, candidates: set[int]) -> None:
    """Cluster `gone`'s neighbour list (summed links, both ways) joined into `keep`'s; the
    neighbours of both go into `candidates` (their link is the sum: the same float both ways)."""
    lk, lg = lists[keep], lists.pop(gone)
    lk.pop(gone, None)
    lg.pop(keep, None)
    for c, s in lg.items():
        t = lk.get(c)
        if t is not None:  # a neighbour of both: its link is the sum (lc's is the same)
            s += t
            candidates.add(c)
        lk[c] = s
        lc = lists[c]
        del lc[gone]
        lc[keep] = s


def _same_days(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Whether two (first, last) day bounds are the same (NaN, unknown, the same as NaN)."""
    return all(x == y or (math.isnan(x) and math.isnan(y)) for x, y in zip(a, b, strict=True))


def _two_quakes(a: tuple[int, frozenset[int]] | None, b: tuple[int, frozenset[int]] | None) -> bool:
    """Whether two clusters (members stating a magnitude, their magnitudes) are two quakes."""
    if a is None or b is None or a[0] < MAGNITUDE_QUORUM or b[0] < MAGNITUDE_QUORUM:
        return False
    return quakes_apart(a[1], b[1])


def _mean_inner(total: float, size: int) -> float:
    return total / (size * (size - 1) / 2)


def _undated_reach(n: int, rows: np.ndarray, cols: np.ndarray, undated: np.ndarray) -> np.ndarray:
    """Per node: whether it can ever be in a cluster with dated members, given the edges above
    the threshold (rows, cols): dated nodes, and undated nodes whose component over those edges
    holds a dated node. Exact: a cluster with no dated member links to another only through the
    similarities as given (UNDATED_TIME lifts an undated edge only between two clusters with dated
    members), so an undated cluster is tied together by edges above the threshold, and it joins a
    dated cluster only over such an edge; by induction every undated member of a cluster with
    dated members lies in a component (over those edges) with a dated node. An edge whose undated
    end never reaches such a cluster counts as given in every link, so one at or under the
    threshold never makes a link pass it: it ties no component (on a heap half undated, the
    undated articles with no edge above the threshold no longer join the large component)."""
    graph = sparse.coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n)).tocsr()
    _, comp = connected_components(graph, directed=False)
    with_dated = np.zeros(int(comp.max()) + 1 if n else 0, dtype=bool)
    with_dated[comp[~undated]] = True
    return ~undated | with_dated[comp]


def _grouped_order(keys: np.ndarray, n: int) -> tuple[np.ndarray, list[int]]:
    """The stable argsort of `keys` (ints in 0..n-1) and where each key's run starts in it: the
    positions of key v are order[bounds[v]:bounds[v + 1]], in ascending order.

    A counting sort, by scipy: the matrix with a 1 at (keys[p], p) for every position p, in
    compressed rows. Its entries are unique (one per column), and scipy builds it from
    (data, (i, j)) in canonical form (its constructor calls sum_duplicates, which sorts any row
    not sorted already; sort_indices below makes sure), where each row's columns ascend: row v lists the positions of key v in ascending order, which is what a stable
    sort gives for them. O(len(keys) + n) against the sort's O(m log m): at heap-50000 with every
    second article undated, 16M edge ends, the argsort's 1.5 s becomes ~0.2 s
    (tests/test_cluster_grouped_order.py checks the permutation against np.argsort)."""
    m = len(keys)
    # 32-bit positions whenever they fit (scipy keeps index arrays of its own index type uncopied)
    idx = np.int32 if max(n, m) < np.iinfo(np.int32).max else np.int64
    by_key = sparse.csr_matrix(
        (np.ones(m, dtype=np.int8), (keys.astype(idx, copy=False), np.arange(m, dtype=idx))),
        shape=(n, max(m, 1)),
    )
    by_key.sort_indices()  # a no-op when the rows are sorted already (coo->csr keeps input order)
    return by_key.indices, by_key.indptr.tolist()


def average_link(
    n: int,
    rows: np.ndarray,
    cols: np.ndarray,
    sims: np.ndarray,
    threshold: float,
    *,
    days: np.ndarray | None = None,
    days_hi: np.ndarray | None = None,
    max_span: float = np.inf,
    cohesion: float = 0.0,
    named_years: np.ndarray | None = None,
    magnitudes: Sequence[tuple[int, ...]] | None = None,
    undated_factor: float | None = None,
    gap_factor: Callable[[float], float] | None = None,
) -> np.ndarray:
    """Cluster `n` nodes given undirected edges (rows[k], cols[k], sims[k]), each pair once.

    `days` (and `days_hi` when a node is known only to an interval of days) bound when each node
    happened; NaN where unknown. `named_years`: the latest year each undated node names (NaN
    none), for the guard of the module docstring (YEAR_GUARD_NAMED); it needs `days`.
    `magnitudes`: the quake magnitudes each node's lead states (magnitudes.lead_magnitudes).
    `undated_factor`, `gap_factor`: the undated nodes' edges weighed by their clusters' days
    (UNDATED_TIME); they need `days`.
    """
    if days is not None and days_hi is None:
        days_hi = days
    labels = np.arange(n)
    if n == 0:
        return labels
    strong = sims > threshold
    # the undated nodes' edges are summed apart and weighed by their clusters' days (UNDATED_TIME)
    split = False
    undated = np.zeros(n, dtype=bool)
    if undated_factor is not None and gap_factor is not None and days is not None:
        split, undated = True, np.isnan(days)
        # an edge with an undated end may count up to 1 / u times its similarity (UNDATED_TIME),
        # but only once each undated end is in a cluster with dated members (_undated_reach)
        reach = _undated_reach(n, rows[strong], cols[strong], undated)
        loose = (undated[rows] | undated[cols]) & (sims > undated_link_floor(threshold, undated_factor))
        strong |= loose & reach[rows] & reach[cols]
    graph = sparse.coo_matrix(
        (np.ones(int(strong.sum())), (rows[strong], cols[strong])), shape=(n, n)
    ).tocsr()
    _, comp = connected_components(graph, directed=False)
    comp_size = np.bincount(comp)
    # the edges inside components of two or more nodes
    inside = np.flatnonzero((comp[rows] == comp[cols]) & (comp_size[comp[rows]] > 1))
    # each node's neighbours gathered by numpy: node v's edges under key 2v, those with an undated
    # end (the `ulinks` of _agglomerate) under 2v + 1 when they are summed apart, else all under v
    halves = 2 if split else 1
    keys = np.concatenate([rows[inside], cols[inside]]) * halves
    if split:
        keys += np.tile(undated[rows[inside]] | undated[cols[inside]], 2)
    order, bounds = _grouped_order(keys, halves * n)
    del keys
    # one Python object per node and per edge (its similarity), shared by every dict that names it
    # and gathered by numpy's object arrays (no new object per dict entry): undated articles tie
    # most of a heap into one component, and at heap-50000 with every second article undated
    # average link's peak was 2.7 GB before the objects were shared (1.5 GB after, with the reach
    # rule and one component's dicts at a time)
    node = np.empty(n, dtype=object)
    node[:] = range(n)
    neighbour = node[np.concatenate([cols[inside], rows[inside]])[order]]
    weight = np.empty(len(inside), dtype=object)
    weight[:] = sims[inside].tolist()
    # end p is edge p's first end, end len(inside) + p its second
    similarity = weight[order % max(len(inside), 1)]
    del order, weight
    # the edges above the threshold of each component, in the components' order: the heap's start
    top = inside[sims[inside] > threshold]
    top = top[np.argsort(comp[rows[top]], kind="stable")]
    a_top, b_top = np.minimum(rows[top], cols[top]), np.maximum(rows[top], cols[top])
    # the nodes of each such component, in ascending order
    grouped = np.flatnonzero(comp_size[comp] > 1)
    grouped = grouped[np.argsort(comp[grouped], kind="stable")]
    listed = grouped.tolist()
    starts = np.flatnonzero(np.diff(comp[grouped], prepend=-1))  # (none when no edge is inside)
    top_cuts = np.searchsorted(comp[rows[top]], comp[grouped[starts]]).tolist() + [len(top)]
    rules = _Rules(
        threshold, days, days_hi, max_span, cohesion, named_years, magnitudes, undated_factor, gap_factor
    )
    for (s, e), (t, u) in zip(pairwise([*starts.tolist(), len(grouped)]), pairwise(top_cuts), strict=True):
        # each component's adjacency dicts are built when it is clustered (_agglomerate changes
        # them), never all components' at once
        links, ulinks = {}, {}
        for v in listed[s:e]:
            a, b = bounds[halves * v], bounds[halves * v + 1]
            links[v] = dict(zip(neighbour[a:b].tolist(), similarity[a:b].tolist(), strict=True))
            if split:
                c = bounds[2 * v + 2]
                ulinks[v] = dict(zip(neighbour[b:c].tolist(), similarity[b:c].tolist(), strict=True))
        heap = list(zip((-sims[top[t:u]]).tolist(), a_top[t:u].tolist(), b_top[t:u].tolist(), strict=True))
        for v, r in _agglomerate(listed[s:e], links, ulinks, heap, rules).items():
            labels[v] = r
    # renumber 0..k-1 by smallest member
    _, dense = np.unique(labels, return_inverse=True)
    return dense.astype(np.int64)
