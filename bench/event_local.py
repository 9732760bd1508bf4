"""Event clustering with term weights local to a neighbourhood (issue 3, session 10): variants
re-scored over EventClusterer.fit's own candidate pairs.

In:  ../shared/data/clustering/{ecbplus,basil,allsides,mixed-dev}/docs.jsonl + gold.jsonl (as
     bench/clustering.py reads them).
Out: one printed row per variant, as bench/event_variants.py prints them: leave-one-set-out event
     B3 F1 on ecbplus / basil / allsides (threshold and undated factor picked on the other two),
     then all four sets at the cell best on the three together (mixed-dev's P / R); with
     --evidence, first what the local weights do to the shipped cell's clusters.

A neighbourhood is a group of articles the shipped clusterer already put together (an event, after
average link and lone articles, at the cell's threshold and undated factor) or a connected
component of the candidate graph over edges above a looser threshold. Within a group of m
articles a term held by df of them weighs its global TF-IDF entry times the local weight
ln(m / df) ** a (0 for a term every member holds: the topic's place, actors and kind of
happening), the rows are L2-normalised again, and each candidate pair inside the group gets the
local cosine times the same time factor (and undated factor). Nothing outside the candidate pairs
is scored, and a group's new weights depend only on its members' rows, so a post-step of this
kind applied to IncrementalEventClusterer's events gives the batch's.

Every average link and attachment here applies EventClusterer.fit's time rules, the span rule and
the year guard (linkage.YEAR_GUARD_NAMED; `span`, since session 19), and every average link the
magnitude guard and undated members' days at the cell's undated factor (linkage.UNDATED_TIME;
`rules`, since session 22: the local similarities carry that factor as the global ones do), so the
base rows are bench/clustering.py's table 1; the cut post-steps (fiedler, last, datedlast) only
split.

Variants (each a step after the shipped average link and lone articles, unless said):
  split      every event of at least m0 articles is re-clustered by average link on the local
             similarities at t2; a member left alone re-joins the piece its local edges are
             strongest to on average (attach.py) when that mean passes l2 (0: any edge), so no
             piece of one article is left (a variant that undid cuts leaving one was identical);
  sqrt       split with the local weight's square root (a = 0.5);
  blend      split on (1 - b) x global + b x local;
  relative   split at t2 = r x the event's own mean local similarity (scale-free);
  fiedler    an event is cut in two by the normalised-cut sweep of its Fiedler vector (local or
             global similarities) when the best cut, two or more articles a side, is below c;
  last       an event is cut into the two groups average link joins last (its global graph
             clustered down to two) when the mean local (or global) similarity across is below
             r x the lower inner mean;
  datedlast  the same test on the event's undated and dated members as the two groups;
  component  instead of events, connected components over edges above c are the groups, and the
             whole clustering runs on local similarities inside them (global across);
  pair, pairmult  (b), before clustering: a pair's cosine over the terms held by at most a share
             h of U = the two articles and their k best neighbours (pair), or the similarity
             times 1 - a + a q, q the share of the cosine such terms carry (pairmult).

    .venv/bin/python bench/event_local.py --evidence                          # every row (~6 min)
    .venv/bin/python bench/event_local.py --only last datedlast --cache /tmp/sets.pkl
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse.csgraph import connected_components
from scipy.spatial.distance import squareform
from scipy.stats import rankdata

sys.path.insert(0, str(Path(__file__).parent))

from event_neighbours import load_sets  # noqa: E402
from event_variants import GRID, UNDATED, Cell, Pairs, row, score  # noqa: E402
from newsprism.cluster.attach import attach_loners  # noqa: E402
from newsprism.cluster.events import EVENT_MAX_SPAN_DAYS, LONER_THRESHOLD, gap_factor  # noqa: E402
from newsprism.cluster.linkage import average_link  # noqa: E402

# i, j, similarity, time factor (with the undated factor), the cell's undated factor
Edges = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, float]
Post = Callable[[Pairs, np.ndarray, Edges, float], np.ndarray]


def cell_edges(p: Pairs, undated: float) -> Edges:
    """The candidate edges with a positive time-weighted similarity, and their time factors."""
    fac = p.factor * np.where(p.undated, undated, 1.0)
    sims = p.cos * fac
    keep = sims > 0
    return p.i[keep], p.j[keep], sims[keep], fac[keep], undated


def span(p: Pairs) -> dict:
    """The time rules of EventClusterer.fit for average_link and attach_loners: the span rule and
    the year guard (linkage.YEAR_GUARD_NAMED; every call here numbers the set's articles as p does,
    so p's years apply as they are)."""
    return {"days": p.lo, "days_hi": p.hi, "max_span": EVENT_MAX_SPAN_DAYS, "named_years": p.named}


def rules(p: Pairs, e: Edges) -> dict:
    """What average_link takes beyond `span` in EventClusterer.fit: the magnitude guard and the
    undated members' days at the cell's undated factor (linkage.UNDATED_TIME)."""
    return {"magnitudes": p.magnitudes, "undated_factor": e[4], "gap_factor": gap_factor}


def base_labels(p: Pairs, e: Edges, threshold: float) -> np.ndarray:
    i, j, s, _, _ = e
    labels = average_link(len(p.arts), i, j, s, threshold, **span(p), **rules(p, e))
    return attach_loners(labels, i, j, s, LONER_THRESHOLD, **span(p))


def local_rows(matrix: sparse.csr_matrix, groups: np.ndarray, a: float) -> sparse.csr_matrix:
    """The rows re-weighted within their group: entry x ln(m / df) ** a, L2-normalised (m the
    group's size, df how many of its rows hold the column)."""
    n, cols = matrix.shape
    row = np.repeat(np.arange(n), np.diff(matrix.indptr))
    g = groups[row].astype(np.int64)
    _, inv, cnt = np.unique(g * cols + matrix.indices, return_inverse=True, return_counts=True)
    df = cnt[inv.ravel()]
    m = np.bincount(groups, minlength=n)[g]
    w = np.log(m / df)
    data = matrix.data * (w**a if a != 1.0 else w)
    norms = np.sqrt(np.bincount(row, weights=data**2, minlength=n))
    norms[norms == 0] = 1.0
    return sparse.csr_matrix((data / norms[row], matrix.indices, matrix.indptr), shape=matrix.shape)


def dots(m: sparse.csr_matrix, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    if not len(i):
        return np.zeros(0)
    return np.asarray(m[i].multiply(m[j]).sum(axis=1)).ravel()


def resplit(
    p: Pairs,
    labels: np.ndarray,
    e: Edges,
    *,
    m0: int,
    t2: float,
    l2: float,
    a: float = 1.0,
    blend: float = 1.0,
) -> np.ndarray:
    """Events of m0+ articles re-clustered on local similarities (see the module docstring)."""
    i, j, s, fac, _ = e
    n = len(labels)
    size = np.bincount(labels, minlength=n)
    big = size >= m0
    inside = (labels[i] == labels[j]) & big[labels[i]]
    if not inside.any():
        return labels
    ii, jj = i[inside], j[inside]
    loc = dots(local_rows(p.matrix, labels, a), ii, jj) * fac[inside]
    if blend != 1.0:
        loc = (1 - blend) * s[inside] + blend * loc
    sub = average_link(n, ii, jj, loc, t2, **span(p), **rules(p, e))
    sub = attach_loners(sub, ii, jj, loc, l2, **span(p))
    out = np.where(big[labels], sub, labels + n)
    return out


def split(**kw: float) -> Post:
    def post(p: Pairs, labels: np.ndarray, e: Edges, threshold: float) -> np.ndarray:
        return resplit(p, labels, e, **kw)  # type: ignore[arg-type]

    return post


def component(c: float, a: float = 1.0, l2: float = 0.0) -> Post:
    """Groups = connected components over edges above c; average link on local similarities
    within them at the cell's threshold, then lone articles (local similarities, loner
    threshold)."""

    def post(p: Pairs, labels: np.ndarray, e: Edges, threshold: float) -> np.ndarray:
        i, j, s, fac, _ = e
        n = len(p.arts)
        up = s > c
        graph = sparse.coo_matrix((np.ones(int(up.sum())), (i[up], j[up])), shape=(n, n))
        _, comp = connected_components(graph, directed=False)
        loc = dots(local_rows(p.matrix, comp, a), i, j) * fac
        same = comp[i] == comp[j]
        # an edge between components keeps its global similarity
        sims = np.where(same, loc, s)
        out = average_link(n, i, j, sims, threshold, **span(p), **rules(p, e))
        return attach_loners(out, i, j, sims, LONER_THRESHOLD if l2 == 0 else l2, **span(p))

    return post


def _dense(
    labels: np.ndarray, c: int, i: np.ndarray, j: np.ndarray, v: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Members of event c and the matrix of their inner edges' values (0 where no edge)."""
    mem = np.flatnonzero(labels == c)
    pos = np.full(len(labels), -1)
    pos[mem] = np.arange(len(mem))
    sel = (labels[i] == c) & (labels[j] == c)
    mat = np.zeros((len(mem), len(mem)))
    mat[pos[i[sel]], pos[j[sel]]] = v[sel]
    mat[pos[j[sel]], pos[i[sel]]] = v[sel]
    return mem, mat


def relative(r: float, m0: int = 4) -> Post:
    """split, with t2 = r x the event's mean local inner similarity (over its edges)."""

    def post(p: Pairs, labels: np.ndarray, e: Edges, threshold: float) -> np.ndarray:
        i, j, _, fac, _ = e
        n = len(labels)
        size = np.bincount(labels, minlength=n)
        inside = (labels[i] == labels[j]) & (size[labels[i]] >= m0)
        ii, jj = i[inside], j[inside]
        loc = dots(local_rows(p.matrix, labels, 1.0), ii, jj) * fac[inside]
        mean = np.bincount(labels[ii], weights=loc, minlength=n) / np.maximum(
            np.bincount(labels[ii], minlength=n), 1
        )
        out = labels + n
        for c in np.flatnonzero(size >= m0):
            sel = labels[ii] == c
            sub = average_link(n, ii[sel], jj[sel], loc[sel], r * mean[c], **span(p), **rules(p, e))
            sub = attach_loners(sub, ii[sel], jj[sel], loc[sel], 0.0, **span(p))
            out[labels == c] = sub[labels == c] + 2 * n * (c + 1)
        return out

    return post


Cut = Callable[[Pairs, np.ndarray, np.ndarray, np.ndarray], np.ndarray | None]


def _cutter(cut: Cut, m0: int, local: bool) -> Post:
    """A post-step that gives each event of m0+ articles to `cut(p, members, global matrix,
    matrix)` (the matrix local or global by `local`) and moves the members it returns (a mask)
    to an event of their own."""

    def post(p: Pairs, labels: np.ndarray, e: Edges, threshold: float) -> np.ndarray:
        i, j, s, fac, _ = e
        n = len(labels)
        size = np.bincount(labels, minlength=n)
        v = dots(local_rows(p.matrix, labels, 1.0), i, j) * fac if local else s
        out = labels.copy()
        for c in np.flatnonzero(size >= m0):
            mem, glob = _dense(labels, c, i, j, s)
            side = cut(p, mem, glob, _dense(labels, c, i, j, v)[1] if local else glob)
            if side is not None:
                out[mem[side]] = n + c
        return out

    return post


def fiedler(c_max: float, m0: int = 4, local: bool = True) -> Post:
    """An event of m0+ is cut in two by the normalised-cut sweep of its (local) similarity graph's
    Fiedler vector, when the best cut with two or more articles a side is below c_max."""

    def cut(p: Pairs, mem: np.ndarray, glob: np.ndarray, mat: np.ndarray) -> np.ndarray | None:
        d = mat.sum(1)
        if (d <= 0).any():
            return None
        dm = 1 / np.sqrt(d)
        _, vec = np.linalg.eigh(np.eye(len(mem)) - dm[:, None] * mat * dm[None, :])
        order = np.argsort(vec[:, 1] * dm, kind="stable")
        best, side = np.inf, None
        for k in range(2, len(mem) - 1):
            a = np.zeros(len(mem), dtype=bool)
            a[order[:k]] = True
            across = mat[np.ix_(a, ~a)].sum()
            nc = across / mat[a].sum() + across / mat[~a].sum()
            if nc < best:
                best, side = nc, a
        return side if best < c_max else None

    return _cutter(cut, m0, local)


def _inner(mat: np.ndarray, side: np.ndarray) -> float:
    k = int(side.sum())
    return float(mat[np.ix_(side, side)].sum() / (k * (k - 1)))


def last_merge(r: float, m0: int = 4, local: bool = True, dated: bool = False) -> Post:
    """An event of m0+ is cut into the two groups average link joined last (its global similarity
    graph clustered down to two groups, a missing edge counting 0) when both hold two or more
    articles and the mean (local) similarity across is below r x the lower inner mean. With
    `dated`, the two groups are its undated and its dated members instead."""

    def cut(p: Pairs, mem: np.ndarray, glob: np.ndarray, mat: np.ndarray) -> np.ndarray | None:
        side = np.isnan(p.lo[mem]) if dated else _two_groups(glob)
        if min(side.sum(), (~side).sum()) < 2:
            return None
        return (
            side if mat[np.ix_(side, ~side)].mean() < r * min(_inner(mat, side), _inner(mat, ~side)) else None
        )

    return _cutter(cut, m0, local)


def _two_groups(glob: np.ndarray) -> np.ndarray:
    """The two groups average link joins last (a missing edge counts 0: distance 1)."""
    dist = 1.0 - glob
    np.fill_diagonal(dist, 0.0)
    return fcluster(linkage(squareform(dist, checks=False), "average"), 2, "maxclust") == 1


def pair_local(k: int, share: float, a: float = 1.0) -> Callable[[Pairs, Edges], np.ndarray]:
    """(b): each pair's cosine over the terms held by at most `share` of U = the two articles and
    their k best neighbours (not renormalised), times the time factor; with a < 1, the similarity
    times 1 - a + a q, q the share of the cosine those terms carry."""

    def rescore(p: Pairs, e: Edges) -> np.ndarray:
        i, j, s, fac, _ = e
        n = len(p.arts)
        # each article's k best edges, ties by the other's number
        src = np.r_[i, j]
        dst = np.r_[j, i]
        sim = np.r_[s, s]
        order = np.lexsort((dst, -sim, src))
        src, dst = src[order], dst[order]
        first = np.searchsorted(src, np.arange(n))
        rank = np.arange(len(src)) - first[src]
        nn: list[set[int]] = [{x} for x in range(n)]
        for x, y in zip(src[rank < k].tolist(), dst[rank < k].tolist(), strict=True):
            nn[x].add(y)
        m = p.matrix
        cols = [set(m.indices[m.indptr[x] : m.indptr[x + 1]].tolist()) for x in range(n)]
        out = s.copy()
        for x, (ia, ib) in enumerate(zip(i.tolist(), j.tolist(), strict=True)):
            u = nn[ia] | nn[ib]
            shared = cols[ia] & cols[ib]
            drop = [t for t in shared if sum(t in cols[w] for w in u) > share * len(u)]
            if drop:
                row_a = slice(m.indptr[ia], m.indptr[ia + 1])
                row_b = slice(m.indptr[ib], m.indptr[ib + 1])
                va = dict(zip(m.indices[row_a].tolist(), m.data[row_a].tolist(), strict=True))
                vb = dict(zip(m.indices[row_b].tolist(), m.data[row_b].tolist(), strict=True))
                kept = sum(va[t] * vb[t] for t in sorted(shared.difference(drop))) * fac[x]
                out[x] = kept if a == 1.0 else s[x] * (1 - a + a * kept / s[x])
        return out

    return rescore


Rescore = Callable[[Pairs, Edges], np.ndarray]


def table(
    sets: dict[str, Pairs], post: Post | None = None, rescore: Rescore | None = None
) -> dict[tuple[str, Cell], tuple]:
    out = {}
    for name, p in sets.items():
        for u in UNDATED:
            e = cell_edges(p, u)
            if rescore is not None:
                e = (e[0], e[1], rescore(p, e), e[3], e[4])
            for th in GRID:
                labels = _BASE.get((name, u, th)) if rescore is None else None
                if labels is None:
                    labels = base_labels(p, e, th)
                    if rescore is None:
                        _BASE[name, u, th] = labels
                if post is not None:
                    labels = post(p, labels, e, th)
                pred = {a.id: str(lab) for a, lab in zip(p.arts, labels.tolist(), strict=True)}
                out[name, (u, th)] = score(p, pred)
    return out


_BASE: dict[tuple[str, float, float], np.ndarray] = {}


def _auc(high: list[float] | np.ndarray, low: list[float] | np.ndarray) -> float:
    """P(a value of `high` > a value of `low`), ties half (from ranks)."""
    if not len(high) or not len(low):
        return float("nan")
    r = rankdata(np.r_[np.asarray(high, dtype=float), np.asarray(low, dtype=float)])
    k = len(high)
    return float((r[:k].sum() - k * (k + 1) / 2) / (k * len(low)))


def evidence(sets: dict[str, Pairs], u: float = 0.85, th: float = 0.225, m0: int = 4) -> None:
    """At the shipped cell: the mean global and local similarity of the inner edges of events of
    m0+ articles (same gold event or not) and their pair AUC, then per event the two groups average link joined last
    (and its dated / undated members) with the mean similarity across them over the lower inner
    mean, global and local: does a low ratio mark the events that join two gold events?"""
    for name, p in sets.items():
        e = cell_edges(p, u)
        i, j, s, fac, _ = e
        labels = base_labels(p, e, th)
        loc = dots(local_rows(p.matrix, labels, 1.0), i, j) * fac
        gold = np.array([p.gold[a.id] for a in p.arts])
        inside = labels[i] == labels[j]
        same = gold[i] == gold[j]
        size = np.bincount(labels)
        big = size[labels[i]] >= m0
        print(f"{name}: events of {m0}+: {(size >= m0).sum()}, their inner edges {(inside & big).sum()}")
        for what, mask in (("same gold", inside & big & same), ("other gold", inside & big & ~same)):
            if mask.any():
                print(
                    f"  {what:10} edges {mask.sum():5d}  mean global {s[mask].mean():.3f}, local {loc[mask].mean():.3f}"
                )
        yes, no = inside & big & same, inside & big & ~same
        if yes.any() and no.any():
            print(
                f"  inner edges' pair AUC (same gold over other): global {_auc(s[yes], s[no]):.3f}, "
                f"local {_auc(loc[yes], loc[no]):.3f}, local / global {_auc(loc[yes] / s[yes], loc[no] / s[no]):.3f}"
            )
        for how in ("last merge", "dated / undated"):
            ratios: dict[tuple[str, bool], list[float]] = {}
            for c in np.flatnonzero(size >= m0):
                mem, glob = _dense(labels, c, i, j, s)
                _, mat = _dense(labels, c, i, j, loc)
                side = np.isnan(p.lo[mem]) if how == "dated / undated" else _two_groups(glob)
                if min(side.sum(), (~side).sum()) < 2:
                    continue
                mixed = len(set(gold[mem].tolist())) > 1
                for kind, m in (("global", glob), ("local", mat)):
                    inner = min(_inner(m, side), _inner(m, ~side))
                    ratios.setdefault((kind, mixed), []).append(m[np.ix_(side, ~side)].mean() / inner)
            for kind in ("global", "local"):
                mx, pu = ratios.get((kind, True), []), ratios.get((kind, False), [])
                print(
                    f"  {how:15} {kind:6} cross / inner: mixed events {len(mx)} median "
                    f"{np.median(mx) if mx else float('nan'):.2f}, pure {len(pu)} median "
                    f"{np.median(pu) if pu else float('nan'):.2f}; AUC {_auc(pu, mx):.2f}"
                )


VARIANTS: dict[str, list[tuple]] = {
    "base": [("(none)", None)],
    "relative": [
        (f"split at r {r} x the event's mean local similarity", relative(r)) for r in (0.3, 0.5, 0.7, 1.0)
    ],
    "fiedler": [
        (f"{'local' if loc else 'global'} Fiedler bisection, ncut < {c}", fiedler(c, local=loc))
        for loc in (True, False)
        for c in (0.4, 0.5, 0.6, 0.7)
    ],
    "last": [
        (f"last merge undone, {'local' if loc else 'global'} cross < {r} x inner", last_merge(r, local=loc))
        for loc in (True, False)
        for r in (0.4, 0.5, 0.6, 0.7, 0.8)
    ],
    "datedlast": [
        (
            f"undated side split off, {'local' if loc else 'global'} cross < {r} x inner",
            last_merge(r, local=loc, dated=True),
        )
        for loc in (True, False)
        for r in (0.5, 0.6, 0.7, 0.8, 0.9)
    ],
    "pair": [
        (f"pair: terms in <= {h} of the {k}-NN union", None, pair_local(k, h))
        for k in (3, 5, 10)
        for h in (0.5, 0.75)
    ],
    "pairmult": [
        (f"pair: x (1 - {a} + {a} q), terms in <= {h} of the {k}-NN union", None, pair_local(k, h, a))
        for k in (5, 10)
        for h in (0.5, 0.75)
        for a in (0.25, 0.5)
    ],
    "split": [
        (f"split m0 {m0}, t2 {t2}, l2 {l2}", split(m0=m0, t2=t2, l2=l2))
        for m0 in (4, 6)
        for t2 in (0.05, 0.1, 0.15, 0.2)
        for l2 in (0.0, 0.05)
    ],
    "sqrt": [
        (f"split sqrt weight m0 {m0}, t2 {t2}", split(m0=m0, t2=t2, l2=0.0, a=0.5))
        for m0 in (4, 6)
        for t2 in (0.1, 0.15, 0.2)
    ],
    "blend": [
        (f"blend b {b}, m0 {m0}, t2 {t2}", split(m0=m0, t2=t2, l2=0.0, blend=b))
        for b in (0.5,)
        for m0 in (4,)
        for t2 in (0.15, 0.2, 0.225)
    ],
    "component": [(f"component c {c}, a {a}", component(c, a)) for c in (0.1, 0.15) for a in (0.5, 1.0)],
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=list(VARIANTS))
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the sets' pairs (scratch)")
    ap.add_argument("--evidence", action="store_true")
    args = ap.parse_args()
    sets = load_sets(args.cache)
    if args.evidence:
        evidence(sets)
    for name in args.only:
        for label, *how in VARIANTS[name]:
            row(label, table(sets, *how))


if __name__ == "__main__":
    main()
