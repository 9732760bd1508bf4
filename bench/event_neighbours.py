"""Event clustering with neighbourhood structure (issue 3, session 9): variants re-scored over
EventClusterer.fit's own candidate pairs.

In:  ../shared/data/clustering/{ecbplus,basil,allsides,mixed-dev}/docs.jsonl + gold.jsonl (as
     bench/clustering.py reads them: the originals clustered, copies scored with their original,
     as the digest does; before session 18, every kept article).
Out: one printed row per variant, as bench/event_variants.py prints them: leave-one-set-out event
     B3 F1 on ecbplus / basil / allsides (threshold and undated factor picked on the other two),
     then all four sets at the cell best on the three together (mixed-dev's P / R); with
     --evidence, first how often an article's nearest neighbours lie in its gold event and each
     score's pair AUC; with --cells, every cell's F1 against the baseline's.

Every clustering here applies EventClusterer.fit's time rules: the span rule and the year guard
(linkage.YEAR_GUARD_NAMED, in average link, ordered_link and lone articles' attachment; since
session 19), and undated members' days at the cell's undated factor (linkage.UNDATED_TIME, in
average link since session 21 and in ordered_link since session 22), so "(none)" and "ordered by
itself (check)" are bench/clustering.py's table 1 at its cell. The post-steps reassign and nn merge
check the span rule only.

Each article's neighbours are its candidate edges (EventClusterer.fit's pairs, with the
time-weighted similarity at the cell's undated factor), best first, ties by the other article's
number; N_k(a) = a itself and its k best neighbours. Nothing outside the candidate pairs is scored.

Variants (each uses the candidate edges only, never all pairs; the neighbour lists are a function
of an article's own edges, so IncrementalEventClusterer could follow one by re-scoring the edges of
every article whose edge list changed and re-clustering their components):
  snn x       shared nearest neighbours: s' = s x (1 - a + a x J), J = |N_k(a) & N_k(b)| / (k + 1);
  snn max     s' = max(s, c x J): a pair with little word overlap but the same neighbours links;
  snn only    average link on c x J alone (a pure neighbourhood graph over the candidate pairs);
  mutual      s' = s x m when a and b are each in the other's k best (mutual k-NN), else s;
  second      s' = s x (1 - a + a x c2), c2 = cosine of the two articles' rows of similarities;
  reassign    after average link and lone articles, each article moves to the cluster it is linked
              to most on average when that beats its own by a margin (until nothing moves);
  nn merge    after average link and lone articles, clusters A and B merge when at least a share v
              of each one's members have their nearest neighbour outside their own cluster in the
              other (strict: their nearest neighbour of all), their average link passes t2 and
              their dated members span at most EVENT_MAX_SPAN_DAYS;
  order       average link merges in the order of the shared-neighbour score's average but stops
              on the similarity's own (ordered_link; "ordered by itself" checks it equals average
              link);
  guard       average link where two clusters merge only if some edge between them is a k-NN edge
              (one-way: b among a's k best or a among b's; mutual: both);
  orderguard  both of the last two.

    .venv/bin/python bench/event_neighbours.py --evidence            # every row (~13 min)
    .venv/bin/python bench/event_neighbours.py --only guard2 --cells  # one group, every cell
"""

from __future__ import annotations

import argparse
import heapq
import pickle
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.stats import rankdata

sys.path.insert(0, str(Path(__file__).parent))


from event_variants import (  # noqa: E402
    GRID,
    SETS,
    UNDATED,
    Cell,
    Pairs,
    build,
    join_bounds,
    load,
    named_lists,
    quake_groups,
    quakes_join,
    refused,
    row,
    score,
    timed_sum,
)
from newsprism.cluster.attach import attach_loners  # noqa: E402
from newsprism.cluster.events import EVENT_MAX_SPAN_DAYS, LONER_THRESHOLD, gap_factor  # noqa: E402
from newsprism.cluster.features import EVENT_WORD_WEIGHT, article_terms  # noqa: E402
from newsprism.cluster.linkage import average_link  # noqa: E402

# sims (time-weighted, undated factor applied) of a set's positive candidate edges -> new sims
Rescore = Callable[[Pairs, np.ndarray, np.ndarray, np.ndarray], np.ndarray]
Post = Callable[[Pairs, np.ndarray, np.ndarray, np.ndarray, np.ndarray], np.ndarray]


def neighbours(n: int, i: np.ndarray, j: np.ndarray, s: np.ndarray, k: int) -> np.ndarray:
    """(n, k + 1) array: each node itself, then its k best neighbours (by s, then number); -1 pads."""
    a = np.concatenate([i, j])
    b = np.concatenate([j, i])
    w = np.concatenate([s, s])
    order = np.lexsort((b, -w, a))
    a, b = a[order], b[order]
    start = np.searchsorted(a, np.arange(n))
    rank = np.arange(len(a)) - start[a]
    keep = rank < k
    out = np.full((n, k + 1), -1, dtype=np.int64)
    out[:, 0] = np.arange(n)
    out[a[keep], rank[keep] + 1] = b[keep]
    return out


def shared(nn: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """|N(i) & N(j)| per pair (N = a row of `neighbours`, the node itself included)."""
    n = len(nn)
    src = np.repeat(np.arange(n), nn.shape[1])
    dst = nn.ravel()
    keys = np.sort((src * n + dst)[dst >= 0])
    other = nn[i]  # (m, k + 1)
    probe = j[:, None] * n + other
    at = np.minimum(np.searchsorted(keys, probe), len(keys) - 1)
    return ((keys[at] == probe) & (other >= 0)).sum(axis=1)


def in_knn(nn: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """b is among a's k best neighbours."""
    return (nn[a, 1:] == b[:, None]).any(axis=1)


def snn_mult(k: int, a: float) -> Rescore:
    def f(p: Pairs, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        nn = neighbours(len(p.arts), i, j, s, k)
        jac = shared(nn, i, j) / (k + 1)
        return s * (1 - a + a * jac)

    return f


def snn_max(k: int, c: float) -> Rescore:
    def f(p: Pairs, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        nn = neighbours(len(p.arts), i, j, s, k)
        return np.maximum(s, c * shared(nn, i, j) / (k + 1))

    return f


def snn_only(k: int, c: float) -> Rescore:
    def f(p: Pairs, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        nn = neighbours(len(p.arts), i, j, s, k)
        return c * shared(nn, i, j) / (k + 1)

    return f


def mutual(k: int, m: float) -> Rescore:
    def f(p: Pairs, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        nn = neighbours(len(p.arts), i, j, s, k)
        return np.where(in_knn(nn, i, j) & in_knn(nn, j, i), s * m, s)

    return f


def second_order(a: float, self_weight: float = 1.0) -> Rescore:
    """s' = s x (1 - a + a x c2), c2 = the cosine of the two articles' rows of similarities (each
    article's own entry `self_weight`): how alike their neighbourhoods are, weighted."""

    def f(p: Pairs, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        n = len(p.arts)
        eye = np.arange(n)
        m = sparse.csr_matrix(
            (np.r_[s, s, np.full(n, self_weight)], (np.r_[i, j, eye], np.r_[j, i, eye])), shape=(n, n)
        )
        norm = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        c2 = np.asarray(m[i].multiply(m[j]).sum(axis=1)).ravel() / (norm[i] * norm[j])
        return s * (1 - a + a * c2)

    return f


def reassign(margin: float, rounds: int = 10) -> Post:
    """After average link and lone articles: each article moves to the cluster whose members it is
    linked to most on average (missing pairs count 0; its own cluster without itself), when that
    beats its own by `margin`; repeated until nothing moves (at most `rounds` times)."""

    def f(p: Pairs, labels: np.ndarray, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        labels = labels.copy()
        n = len(labels)
        nb: list[dict[int, float]] = [{} for _ in range(n)]
        for a, b, x in zip(i.tolist(), j.tolist(), s.tolist(), strict=True):
            nb[a][b] = nb[b][a] = x
        for _ in range(rounds):
            size = np.bincount(labels, minlength=n)
            moved = 0
            for x in range(n):
                own = labels[x]
                tot: dict[int, float] = {}
                for y, w in nb[x].items():
                    tot[labels[y]] = tot.get(labels[y], 0.0) + w
                here = tot.get(own, 0.0) / (size[own] - 1) if size[own] > 1 else 0.0
                best, val = own, here + margin
                for c, t in sorted(tot.items()):
                    if c != own and t / size[c] > val:
                        best, val = c, t / size[c]
                if best != own:
                    m = np.r_[np.flatnonzero(labels == best), x]
                    lo, hi = p.lo[m], p.hi[m]
                    d = ~np.isnan(lo)
                    if d.any() and np.max(lo[d]) - np.min(hi[d]) > EVENT_MAX_SPAN_DAYS:
                        continue
                    size[own] -= 1
                    size[best] += 1
                    labels[x] = best
                    moved += 1
            if not moved:
                break
        return labels

    return f


def knn_edge(k: int, both: bool) -> Rescore:
    """1 where b is among a's k best neighbours or a among b's (both: and), else 0."""

    def f(p: Pairs, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        nn = neighbours(len(p.arts), i, j, s, k)
        x, y = in_knn(nn, i, j), in_knn(nn, j, i)
        return (x & y) if both else (x | y)

    return f


def knn_quota(
    k: int, quota: float, guard_from: int = 1
) -> Callable[[Pairs, np.ndarray, np.ndarray, np.ndarray], tuple]:
    """One-way k-NN edges with a quota and the smallest cluster size guarded, for ordered_link."""

    def f(p: Pairs, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, float, int]:
        return knn_edge(k, False)(p, i, j, s), quota, guard_from

    return f


def nn_merge(v: float, t2: float, outside: bool = True) -> Post:
    """Merge cluster pairs whose members' nearest neighbours point to each other: each member's
    best neighbour outside its cluster (`outside`), or its best neighbour of all (a vote only where
    that one lies in another cluster)."""

    def f(p: Pairs, labels: np.ndarray, i: np.ndarray, j: np.ndarray, s: np.ndarray) -> np.ndarray:
        n = len(labels)
        a = np.concatenate([i, j])
        b = np.concatenate([j, i])
        w = np.concatenate([s, s])
        if outside:
            out = labels[a] != labels[b]
            a, b, w = a[out], b[out], w[out]
        order = np.lexsort((b, -w, a))
        a, b = a[order], b[order]
        first = np.r_[True, a[1:] != a[:-1]] if len(a) else np.zeros(0, bool)
        src, dst = a[first], b[first]  # each node's best neighbour (outside its cluster)
        cross = labels[src] != labels[dst]
        src, dst = src[cross], dst[cross]
        size = np.bincount(labels, minlength=n)
        la, lb = labels[src], labels[dst]
        keys, votes = np.unique(la * n + lb, return_counts=True)
        share = dict(zip(keys.tolist(), (votes / size[keys // n]).tolist(), strict=True))
        # average link between clusters over all edges
        ca, cb = labels[i], labels[j]
        x = ca != cb
        lo_, hi_ = np.minimum(ca[x], cb[x]), np.maximum(ca[x], cb[x])
        lk, inv = np.unique(lo_ * n + hi_, return_inverse=True)
        total = np.bincount(inv, weights=s[x])
        parent = np.arange(n)

        def root(c: int) -> int:
            while parent[c] != c:
                c = parent[c]
            return c

        cand = []
        for key, tot in zip(lk.tolist(), total.tolist(), strict=True):
            c1, c2 = divmod(key, n)
            link = tot / (size[c1] * size[c2])
            if share.get(c1 * n + c2, 0) >= v and share.get(c2 * n + c1, 0) >= v and link > t2:
                cand.append((-link, c1, c2))
        cand.sort()
        members = {c: np.flatnonzero(labels == c) for c in {c for _, a_, b_ in cand for c in (a_, b_)}}
        span: dict[int, np.ndarray] = {}
        for _, c1, c2 in cand:
            r1, r2 = root(c1), root(c2)
            if r1 == r2:
                continue
            m = np.concatenate([span.get(r1, members[c1]), span.get(r2, members[c2])])
            lo, hi = p.lo[m], p.hi[m]
            d = ~np.isnan(lo)
            if d.any() and np.max(lo[d]) - np.min(hi[d]) > EVENT_MAX_SPAN_DAYS:
                continue
            parent[r2] = r1
            span[r1] = m
        return np.array([root(c) for c in labels.tolist()])

    return f


def ordered_link(
    n: int,
    i: np.ndarray,
    j: np.ndarray,
    s: np.ndarray,
    order_by: np.ndarray,
    threshold: float,
    lo: np.ndarray,
    hi: np.ndarray,
    guard: np.ndarray | None = None,
    quota: float = 0.0,
    guard_from: int = 1,
    named: np.ndarray | None = None,
    magnitudes: list[tuple[int, ...]] | None = None,
    undated: float | None = None,
    undated_edges: np.ndarray | None = None,
) -> np.ndarray:
    """Average link that merges in the order of a second score's average link (`order_by`, e.g.
    the shared-neighbour score) but stops on the similarity's own: two clusters merge only while
    their average of `s` passes `threshold` and their dated members span <= EVENT_MAX_SPAN_DAYS.
    With `guard` (0/1 per edge), two clusters merge only when at least one guarded edge joins them,
    and at least `quota` x the smaller cluster's size of them; only where both clusters hold at least
    `guard_from` articles. With `named` (Pairs.named), the year guard of linkage.average_link: a
    cluster with no dated member never joins a dated one when its members name years of another
    time (linkage.years_apart); a merge on either side pushes the pair again, as there. With
    `magnitudes` (Pairs.magnitudes), its magnitude guard too (event_variants.quakes_join). With
    `undated` (the cell's undated factor) and `undated_edges` (per edge: an undated end), undated
    members take their clusters' days as in the digest (linkage.UNDATED_TIME, since session 22):
    such edges' similarity and order score both count x gap_factor(gap) / `undated` between two
    clusters with dated members (event_variants.timed_sum), so "ordered by itself" is average link."""
    # per neighbour: [similarity, order score, guard, and the first two of the edges with an
    # undated end, summed apart (UNDATED_TIME)]
    links: list[dict[int, list[float]]] = [{} for _ in range(n)]
    g = np.ones(len(i)) if guard is None else guard.astype(float)
    timed = undated is not None and undated_edges is not None
    apart = undated_edges.tolist() if timed and undated_edges is not None else [False] * len(i)
    for a, b, x, y, z, und in zip(
        i.tolist(), j.tolist(), s.tolist(), order_by.tolist(), g.tolist(), apart, strict=True
    ):
        links[a][b] = [0.0, 0.0, z, x, y] if und else [x, y, z, 0.0, 0.0]
        links[b][a] = links[a][b]

    def sums(a: int, b: int, e: list[float]) -> tuple[float, float]:
        """The summed similarity and order score of clusters a and b (edge list e)."""
        if not timed or undated is None:
            return e[0] + e[3], e[1] + e[4]
        return (
            timed_sum(e[0], e[3], a, b, first, last, undated),
            timed_sum(e[1], e[4], a, b, first, last, undated),
        )

    size = [1] * n
    first = [float(v) for v in lo]
    last = [float(v) for v in hi]
    alive = [True] * n
    parent = list(range(n))
    years = named_lists(first, named)
    quakes = quake_groups(magnitudes)
    heap = []
    for a in range(n):
        for b, e in links[a].items():
            x, y = sums(a, b, e)
            if a < b and x > threshold:
                heap.append((-y, a, b))
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or b not in links[a]:
            continue
        x, y = sums(a, b, links[a][b])
        z = links[a][b][2]
        sz = size[a] * size[b]
        if abs(y / sz + neg) > 1e-12 or x / sz <= threshold:
            continue
        if min(size[a], size[b]) >= guard_from and (z <= 0 or z < quota * min(size[a], size[b])):
            continue
        if refused(a, b, first, last, years, guarded=named is not None):
            continue
        if not quakes_join(quakes, a, b):
            continue
        join_bounds(a, b, first, last, years)
        alive[b] = False
        parent[b] = a
        size[a] += size[b]
        lb = links[b]
        links[b] = {}
        links[a].pop(b, None)
        for c, e2 in lb.items():
            if c == a:
                continue
            cur = links[a].setdefault(c, [0.0, 0.0, 0.0, 0.0, 0.0])
            for k in range(5):
                cur[k] += e2[k]
            links[c].pop(b)
            links[c][a] = cur
        for c, e2 in links[a].items():
            x2, y2 = sums(a, c, e2)
            sz = size[a] * size[c]
            if x2 / sz > threshold:
                heapq.heappush(heap, (-y2 / sz, min(a, c), max(a, c)))
    root = []
    for v in range(n):
        r = v
        while parent[r] != r:
            r = parent[r]
        root.append(r)
    _, dense = np.unique(root, return_inverse=True)
    return dense.astype(np.int64)


def f1(
    p: Pairs,
    threshold: float,
    undated: float,
    rescore: Rescore | None,
    post: Post | None,
    order: Rescore | None = None,
    guard: Rescore | None = None,
) -> tuple[float, float, float]:
    sims = p.cos * p.factor * np.where(p.undated, undated, 1.0)
    keep = sims > 0
    i, j, s = p.i[keep], p.j[keep], sims[keep]
    span = {"days": p.lo, "days_hi": p.hi, "max_span": EVENT_MAX_SPAN_DAYS, "named_years": p.named}
    if guard is not None or order is not None:
        by = s if order is None else order(p, i, j, s)
        bits = None if guard is None else guard(p, i, j, s)
        bits, quota, guard_from = bits if isinstance(bits, tuple) else (bits, 0.0, 1)
        labels = ordered_link(
            len(p.arts),
            i,
            j,
            s,
            by,
            threshold,
            p.lo,
            p.hi,
            bits,
            quota,
            guard_from,
            p.named,
            p.magnitudes,
            undated,
            p.undated[keep],
        )
    else:
        if rescore is not None:
            s = rescore(p, i, j, s)
        # the undated members' days as the digest takes them (linkage.UNDATED_TIME, since session 21)
        timed = {"undated_factor": undated, "gap_factor": gap_factor}
        labels = average_link(len(p.arts), i, j, s, threshold, **span, magnitudes=p.magnitudes, **timed)
    labels = attach_loners(labels, i, j, s, LONER_THRESHOLD, **span)
    if post is not None:
        labels = post(p, labels, i, j, s)
    return score(p, {a.id: str(lab) for a, lab in zip(p.arts, labels.tolist(), strict=True)})


def table(
    sets: dict[str, Pairs],
    rescore: Rescore | tuple | None = None,
    post: Post | None = None,
    order: bool | str = False,
) -> dict[tuple[str, Cell], tuple]:
    """F1 per (set, cell); with `order`, `rescore` orders the merges instead of replacing the
    similarity (ordered_link)."""
    out = {}
    for s, p in sets.items():
        for u in UNDATED:
            resc = None
            if isinstance(rescore, tuple):  # (order, guard): each scored once per factor
                sims = p.cos * p.factor * np.where(p.undated, u, 1.0)
                keep = sims > 0
                fixed = [f(p, p.i[keep], p.j[keep], sims[keep]) for f in rescore]
                both = [
                    lambda _p, _i, _j, _s, x=x: x  # noqa: E731
                    for x in fixed
                ]
            elif rescore is not None:  # once per factor: the scores do not depend on the threshold
                sims = p.cos * p.factor * np.where(p.undated, u, 1.0)
                keep = sims > 0
                new = rescore(p, p.i[keep], p.j[keep], sims[keep])

                def resc(_p: Pairs, _i: np.ndarray, _j: np.ndarray, _s: np.ndarray, new=new) -> np.ndarray:
                    return new

            for th in GRID:
                if order == "guard":
                    out[s, (u, th)] = f1(p, th, u, None, post, None, resc)
                elif order == "order+guard" and isinstance(rescore, tuple):
                    out[s, (u, th)] = f1(p, th, u, None, post, *both)
                elif order:
                    out[s, (u, th)] = f1(p, th, u, None, post, resc)
                else:
                    out[s, (u, th)] = f1(p, th, u, resc, post)
    return out


def _auc(y: np.ndarray, x: np.ndarray) -> float:
    """Area under the ROC curve of score x for labels y (ties count half)."""
    r = rankdata(x)
    pos = int(y.sum())
    return float((r[y].sum() - pos * (pos + 1) / 2) / (pos * (len(y) - pos)))


def evidence(sets: dict[str, Pairs]) -> None:
    """At the shipped cell (undated factor 0.85, threshold 0.225): how often an article's k-th
    nearest neighbour is in its gold event; the same for articles average link + lone articles
    split from a gold mate, and for weakly linked ones; pair AUC of each score."""
    scores: dict[str, Rescore] = {
        "snn x k3 a0.5": snn_mult(3, 0.5),
        "snn x k5 a0.5": snn_mult(5, 0.5),
        "snn x k10 a0.5": snn_mult(10, 0.5),
        "snn only k3": snn_only(3, 1.0),
        "snn only k10": snn_only(10, 1.0),
        "second order a0.5": second_order(0.5),
        "mutual k2 x1.5": mutual(2, 1.5),
    }
    for name, p in sets.items():
        sims = p.cos * p.factor * np.where(p.undated, 0.85, 1.0)
        keep = sims > 0
        i, j, s = p.i[keep], p.j[keep], sims[keep]
        n = len(p.arts)
        nn = neighbours(n, i, j, s, 10)
        gold = np.array([p.gold[a.id] for a in p.arts])
        shares = []
        for r in range(1, 11):
            has = nn[:, r] >= 0
            shares.append(f"{(gold[nn[has, r]] == gold[has]).mean():.2f}")
        print(f"  {name}: share of k-th neighbours in the article's gold event, k 1..10: {' '.join(shares)}")
        span = {"days": p.lo, "days_hi": p.hi, "max_span": EVENT_MAX_SPAN_DAYS, "named_years": p.named}
        labels = attach_loners(
            average_link(
                n, i, j, s, 0.225, **span, magnitudes=p.magnitudes, undated_factor=0.85, gap_factor=gap_factor
            ),
            i,
            j,
            s,
            LONER_THRESHOLD,
            **span,
        )
        split = np.array([bool((labels[gold == gold[x]] != labels[x]).any()) for x in range(n)])
        best = np.zeros(n)
        np.maximum.at(best, i, s)
        np.maximum.at(best, j, s)
        has = nn[:, 1] >= 0
        for what, m in (("split from a gold mate", split & has), ("best edge < 0.225", (best < 0.225) & has)):
            if m.any():
                print(
                    f"    {what}: {int(m.sum())} articles, nearest neighbour in the gold event "
                    f"{(gold[nn[m, 1]] == gold[m]).mean():.2f}, in its own predicted event "
                    f"{(labels[nn[m, 1]] == labels[m]).mean():.2f}"
                )
        nn5 = nn[:, :6]
        for c in np.unique(labels):
            m = np.flatnonzero(labels == c)
            parts = Counter(gold[m].tolist()).most_common()
            if (
                name == "ecbplus" and len(m) >= 4 and len(parts) > 1
            ):  # a false merge: the larger part, the rest
                big = gold[m] == parts[0][0]
                rest = m[~big]
                in5 = sum(bool(np.isin(nn5[x, 1:], m[big]).any()) for x in rest)
                in1 = int(np.isin(nn5[rest, 1], m[big]).sum())
                print(
                    f"    false merge {dict(parts)}: of the {len(rest)} others, {in5} have one of their"
                    f" 5 best neighbours in the larger part, {in1} their best"
                )
        y = gold[i] == gold[j]
        aucs = [f"time-weighted cosine {_auc(y, s):.3f}"] + [
            f"{k} {_auc(y, f(p, i, j, s)):.3f}" for k, f in scores.items()
        ]
        print(f"    pair AUC over {len(y)} pairs ({int(y.sum())} same event): {'; '.join(aucs)}")


def load_sets(cache: Path | None) -> dict[str, Pairs]:
    if cache is not None and cache.exists():
        with cache.open("rb") as fh:
            return pickle.load(fh)
    sets = {}
    for s in SETS:
        arts, gold, dup = load(s)
        sets[s] = build(arts, gold, [article_terms(a) for a in arts], EVENT_WORD_WEIGHT, dup)
    if cache is not None:
        with cache.open("wb") as fh:
            pickle.dump(sets, fh)
    return sets


VARIANTS: dict[str, list[tuple]] = {
    "base": [("(none)", None, None)],
    "guard": [
        (f"merge needs a {'mutual' if b else 'one-way'} {k}-NN edge", knn_edge(k, b), None, "guard")
        for b in (False, True)
        for k in (1, 2, 3, 5)
    ],
    "quota": [
        (f"one-way {k}-NN edges >= {q} x smaller size", knn_quota(k, q), None, "guard")
        for k in (3, 5, 7)
        for q in (0.25, 0.5, 1.0)
    ],
    "guard2plus": [
        (f"clusters of 2+ merge only over a one-way {k}-NN edge", knn_quota(k, 0.0, 2), None, "guard")
        for k in (1, 2, 3)
    ],
    "orderguard": [
        (
            f"ordered by snn x, k 3, a 0.5, one-way {k}-NN guard",
            (snn_mult(3, 0.5), knn_edge(k, False)),
            None,
            "order+guard",
        )
        for k in (4, 5)
    ],
    "guard2": [(f"merge needs a one-way {k}-NN edge", knn_edge(k, False), None, "guard") for k in (4, 7, 10)],
    "order": [
        ("ordered by itself (check)", lambda p, i, j, s: s, None, True),
        *(
            (f"ordered by snn x, k {k}, a {a}", snn_mult(k, a), None, True)
            for k in (3, 5, 10)
            for a in (0.5, 1.0)
        ),
        *((f"ordered by snn only, k {k}", snn_only(k, 1.0), None, True) for k in (3, 5, 10)),
    ],
    "snn": [
        (f"snn x, k {k}, a {a}", snn_mult(k, a), None) for k in (3, 5, 10, 20) for a in (0.25, 0.5, 0.75)
    ],
    "snnmax": [(f"snn max, k {k}, c {c}", snn_max(k, c), None) for k in (3, 5, 10) for c in (0.3, 0.4, 0.5)],
    "snnonly": [
        (f"snn only, k {k}, x{c}", snn_only(k, c), None) for k in (3, 5, 10, 20) for c in (0.5, 0.35)
    ],
    "mutual": [(f"mutual k {k}, x{m}", mutual(k, m), None) for k in (1, 2, 3, 5) for m in (1.1, 1.25, 1.5)],
    "second": [(f"second order, a {a}", second_order(a), None) for a in (0.25, 0.5, 0.75, 1.0)],
    "reassign": [(f"reassign, margin {m}", None, reassign(m)) for m in (0.0, 0.05, 0.1)],
    "nnmerge": [
        (f"nn merge, v {v}, t2 {t2}", None, nn_merge(v, t2))
        for v in (0.34, 0.5, 0.67)
        for t2 in (0.0, 0.05, 0.1)
    ],
    "nnstrict": [
        (f"nn merge strict, v {v}, t2 {t2}", None, nn_merge(v, t2, outside=False))
        for v in (0.01, 0.34, 0.5)
        for t2 in (0.0, 0.05, 0.1)
    ],
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=list(VARIANTS))
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the sets' pairs (scratch)")
    ap.add_argument("--evidence", action="store_true", help="print the neighbour evidence first")
    ap.add_argument("--cells", action="store_true", help="also print every cell's F1 (variant / none)")
    args = ap.parse_args()
    sets = load_sets(args.cache)
    if args.evidence:
        evidence(sets)
    base = table(sets) if args.cells else {}
    for name in args.only:
        for label, *how in VARIANTS[name]:
            t = table(sets, *how)
            row(label, t)
            if args.cells:
                for s in SETS:
                    for u in UNDATED:
                        cells = " ".join(
                            f"{th:.3f} {t[s, (u, th)][0]:.3f}/{base[s, (u, th)][0]:.3f}" for th in GRID
                        )
                        print(f"    {s} {u:.2f}: {cells}")


if __name__ == "__main__":
    main()
