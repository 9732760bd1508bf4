"""Split events whose parts' best pair passes the threshold, as a linkage question: four levers
measured (session 28, events37; none kept: bench/README.md).

In:  the dev sets as bench/event_variants.py reads them (originals clustered, each copy scored with
     its original's event, as the digest).
Out: one row per variant: leave-one-set-out event B3 F1 on ecbplus / basil / allsides over
     event_variants' grid (threshold 0.15-0.35 x undated factor 0.85 / 0.90 / 1.00), the best cell
     of the three with every set there, and every set at the shipped cell (EVENT_THRESHOLD,
     UNDATED_FACTOR) with AllSides' and mixed-dev's P / R.

The class (bench/event_errors.py): two gold parts whose strongest pair of articles links above the
threshold, kept apart because average link weighs that pair against every other pair of the two
clusters. The levers ("none" gives event_variants.labels_at's clusters exactly):
  Mutual    after average link (before lone articles attach), clusters A and B merge when their
            strongest crossing pair is the strongest crossing pair of each (a mutual nearest
            neighbour), above a bar, their dated members within EVENT_MAX_SPAN_DAYS and the year
            guard (linkage.years_apart) passed; rounds until none merges;
  Reassign  after average link, an article moves to the cluster it links best on average;
  Blend     in average link (hooked_link): average + share x (strongest pair - average);
  Loose     in average link: two clusters of two or more count their link x threshold / (rho x the
            looser one's mean inner similarity) when that is above 1 (a cohesion-weighted average).

    nice .venv/bin/python bench/event_mutual.py --shipped          # the shipped cell only (~1.5 min)
    nice .venv/bin/python bench/event_mutual.py --only none C K2   # + the grid (hooked_link ones ~8 min each)
    nice .venv/bin/python bench/event_mutual.py --show C           # a post-pass variant's merges, SAME / DIFF gold
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).parent))

import event_variants  # noqa: E402
import newsprism.cluster.features as features  # noqa: E402
from event_variants import (
    CV_SETS,
    GRID,
    SETS,
    UNDATED,
    Pairs,
    build,
    hooked_link,
    labels_at,
    load,
    pick,
    score,
)  # noqa: E402
from newsprism.cluster.attach import attach_loners  # noqa: E402
from newsprism.cluster.events import (  # noqa: E402
    EVENT_MAX_SPAN_DAYS,
    EVENT_THRESHOLD,
    LONER_THRESHOLD,
    UNDATED_FACTOR,
)
from newsprism.cluster.features import article_terms  # noqa: E402
from newsprism.cluster.linkage import years_apart  # noqa: E402


@dataclass(frozen=True)
class Mutual:
    """One variant of the merge: the bar is `times` x the cell's threshold, or `bar` when given;
    clusters of at least `min_size` articles; `dated`: both sides need a dated member; `rounds`:
    at most this many rounds of merges."""

    times: float = 1.0
    bar: float | None = None
    min_size: int = 1
    dated: bool = False
    rounds: int = 10


def windows(labels: np.ndarray, lo: np.ndarray, hi: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Per cluster (0..k-1): the latest lower bound and the earliest upper bound of its dated members'
    days (NaN none), as linkage's `first` / `last`."""
    first = np.full(k, np.nan)
    last = np.full(k, np.nan)
    dated = ~np.isnan(lo)
    np.fmax.at(first, labels[dated], lo[dated])
    np.fmin.at(last, labels[dated], hi[dated])
    return first, last


def merge_mutual(
    p: Pairs, labels: np.ndarray, i: np.ndarray, j: np.ndarray, s: np.ndarray, bar: float, v: Mutual
) -> tuple[np.ndarray, list[tuple[int, int, float]]]:
    """Labels after the mutual-strongest-pair merges (module docstring) and the merged pairs
    (article a, article b, similarity)."""
    lab = np.unique(labels, return_inverse=True)[1].astype(np.int64)
    done: list[tuple[int, int, float]] = []
    years = p.named
    for _ in range(v.rounds):
        k = int(lab.max()) + 1
        size = np.bincount(lab, minlength=k)
        a, b = lab[i], lab[j]
        cross = np.flatnonzero(a != b)
        if not len(cross):
            break
        order = cross[np.argsort(-s[cross], kind="stable")]
        # each cluster's strongest crossing edge: the first in descending order that touches it
        at = np.full(k, len(order))
        pos = np.arange(len(order))
        np.minimum.at(at, a[order], pos)
        np.minimum.at(at, b[order], pos)
        best = np.where(at < len(order), order[np.minimum(at, len(order) - 1)], -1)
        first, last = windows(lab, p.lo, p.hi, k)
        undated_named = (
            {c: [float(y) for y in years[(lab == c) & np.isnan(p.lo)] if not math.isnan(y)] for c in range(k)}
            if years is not None
            else {}
        )
        merges = []
        for c in range(k):
            e = best[c]
            if e < 0 or s[e] <= bar:
                continue
            x, y = int(lab[i[e]]), int(lab[j[e]])
            if c != x or best[y] != e:
                continue  # each mutual pair once, from its first end
            if size[x] < v.min_size or size[y] < v.min_size:
                continue
            fx, fy = first[x], first[y]
            if v.dated and (math.isnan(fx) or math.isnan(fy)):
                continue
            if (
                not (math.isnan(fx) or math.isnan(fy))
                and max(fx, fy) - min(last[x], last[y]) > EVENT_MAX_SPAN_DAYS
            ):
                continue
            if years is not None and math.isnan(fx) != math.isnan(fy):
                u, d = (x, y) if math.isnan(fx) else (y, x)
                if years_apart(undated_named[u], first[d]):
                    continue
            merges.append((x, y, e))
        if not merges:
            break
        for x, y, e in merges:
            lab[lab == y] = x
            done.append((int(i[e]), int(j[e]), float(s[e])))
        lab = np.unique(lab, return_inverse=True)[1].astype(np.int64)
    return lab, done


@dataclass(frozen=True)
class Reassign:
    """The other lever: an article of a cluster of two or more moves to the cluster it links to
    best on average when that average passes the cell's threshold and beats its average to the
    rest of its own cluster by `margin`, and the cluster's dated members with it span at most
    EVENT_MAX_SPAN_DAYS; all such moves at once, at most `rounds` rounds."""

    margin: float = 0.0
    rounds: int = 5


def reassign(
    p: Pairs, labels: np.ndarray, i: np.ndarray, j: np.ndarray, s: np.ndarray, threshold: float, v: Reassign
) -> tuple[np.ndarray, list[tuple[int, int, float]]]:
    """Labels after the moves of `v` and the moves made (article, an article of the cluster it
    joined, its average link there)."""
    n = len(labels)
    w = sparse.coo_matrix(
        (np.concatenate([s, s]), (np.concatenate([i, j]), np.concatenate([j, i]))), shape=(n, n)
    ).tocsr()
    lab = np.unique(labels, return_inverse=True)[1].astype(np.int64)
    done: list[tuple[int, int, float]] = []
    for _ in range(v.rounds):
        k = int(lab.max()) + 1
        size = np.bincount(lab, minlength=k).astype(float)
        onehot = sparse.csr_matrix((np.ones(n), (np.arange(n), lab)), shape=(n, k))
        sums = (w @ onehot).toarray()
        rows = np.arange(n)
        own_size = size[lab] - 1
        own = np.where(own_size > 0, sums[rows, lab] / np.maximum(own_size, 1), np.nan)
        avg = sums / size
        avg[rows, lab] = -1.0
        target = avg.argmax(axis=1)
        gain = avg[rows, target]
        first, last = windows(lab, p.lo, p.hi, k)
        movers = []
        for x in np.flatnonzero((own_size > 0) & (gain > threshold) & (gain > own + v.margin)).tolist():
            c = int(target[x])
            dated = not (math.isnan(first[c]) or math.isnan(p.lo[x]))
            if dated and max(first[c], p.lo[x]) - min(last[c], p.hi[x]) > EVENT_MAX_SPAN_DAYS:
                continue
            movers.append((x, c))
        if not movers:
            break
        for x, c in movers:
            mate = int(np.flatnonzero(lab == c)[0])
            done.append((x, mate, float(gain[x])))
        for x, c in movers:
            lab[x] = c
        lab = np.unique(lab, return_inverse=True)[1].astype(np.int64)
    return lab, done


@dataclass(frozen=True)
class Blend:
    """A third lever, in average link itself (event_variants.hooked_link): the link of two clusters
    is their average link + `share` x (their strongest pair - that average), a step from average
    toward single link."""

    share: float


def blended(p: Pairs, sims: np.ndarray, threshold: float, undated: float, v: Blend) -> np.ndarray:
    """hooked_link's average link (the shipped guards, undated members on their clusters' days)
    with the link of `v`."""
    w: dict[tuple[int, int], float] = {}
    for a, b, x in zip(p.i.tolist(), p.j.tolist(), sims.tolist(), strict=True):
        if x > 0:
            w[a, b] = w[b, a] = x
    members = {k: [k] for k in range(len(p.arts))}
    top: dict[tuple[int, int], float] = {}

    def strongest(a: int, b: int) -> float:
        key = (a, b) if a < b else (b, a)
        if key not in top:
            top[key] = max((w.get((x, y), 0.0) for x in members[a] for y in members[b]), default=0.0)
        return top[key]

    def factor(a: int, b: int, first: list[float]) -> float:
        # the caller's link is the average x this factor; the average, to undo it
        total = sum(w.get((x, y), 0.0) for x in members[a] for y in members[b])
        mean = total / (len(members[a]) * len(members[b]))
        if mean <= 0:
            return 1.0
        return 1.0 + v.share * (strongest(a, b) / mean - 1.0)

    def on_merge(a: int, b: int) -> None:
        members[a] = members[a] + members.pop(b)
        for key in [k for k in top if a in k or b in k]:
            del top[key]

    return hooked_link(p, sims, threshold, factor, on_merge, years=True, undated=undated)


@dataclass(frozen=True)
class Loose:
    """A fourth lever, in average link (hooked_link): two clusters of two or more whose link is
    above `floor` count it x threshold / (`rho` x the looser one's mean inner similarity) when that
    is above 1: loosely bound clusters (opinion takes, follow-ups) join at a link near their own
    tightness rather than at the threshold (a cohesion-weighted average)."""

    rho: float
    floor: float = 0.15
    undated: bool = False  # only two clusters with no dated member


def loose_link(p: Pairs, sims: np.ndarray, threshold: float, undated: float, v: Loose) -> np.ndarray:
    """hooked_link's average link with the link of `v`."""
    w: dict[tuple[int, int], float] = {}
    for a, b, x in zip(p.i.tolist(), p.j.tolist(), sims.tolist(), strict=True):
        if x > 0:
            w[a, b] = w[b, a] = x
    members = {k: [k] for k in range(len(p.arts))}
    inner = dict.fromkeys(range(len(p.arts)), 0.0)

    def between(a: int, b: int) -> float:
        return sum(w.get((x, y), 0.0) for x in members[a] for y in members[b])

    def factor(a: int, b: int, first: list[float]) -> float:
        na, nb = len(members[a]), len(members[b])
        if na < 2 or nb < 2:
            return 1.0
        if v.undated and not (math.isnan(first[a]) and math.isnan(first[b])):
            return 1.0
        if between(a, b) / (na * nb) <= v.floor:
            return 1.0
        tight = min(inner[a] / (na * (na - 1) / 2), inner[b] / (nb * (nb - 1) / 2))
        return max(1.0, threshold / (v.rho * tight)) if tight > 0 else 1.0

    def on_merge(a: int, b: int) -> None:
        inner[a] += inner.pop(b) + between(a, b)
        members[a] = members[a] + members.pop(b)

    return hooked_link(p, sims, threshold, factor, on_merge, years=True, undated=undated)


@contextmanager
def loners_apart() -> Iterator[None]:
    """event_variants.labels_at without the lone articles' attachment (its threshold out of reach),
    so that a post-pass runs between average link and the attachment."""
    saved = event_variants.LONER_THRESHOLD
    event_variants.LONER_THRESHOLD = math.inf
    try:
        yield
    finally:
        event_variants.LONER_THRESHOLD = saved


def labels_with(
    p: Pairs, threshold: float, undated: float, v: Mutual | Reassign | Blend | Loose | None
) -> tuple[np.ndarray, list[tuple[int, int, float]]]:
    """event_variants.labels_at with the merge `v` (None: none) between average link and the lone
    articles' attachment."""
    sims = p.cos * p.factor * np.where(p.undated, undated, 1.0)
    keep = sims > 0
    i, j, s = p.i[keep], p.j[keep], sims[keep]
    span = {"days": p.lo, "days_hi": p.hi, "max_span": EVENT_MAX_SPAN_DAYS}
    if isinstance(v, Blend):
        labels = blended(p, sims, threshold, undated, v)
        return attach_loners(labels, i, j, s, LONER_THRESHOLD, **span, named_years=p.named), []
    if isinstance(v, Loose):
        labels = loose_link(p, sims, threshold, undated, v)
        return attach_loners(labels, i, j, s, LONER_THRESHOLD, **span, named_years=p.named), []
    with loners_apart():  # average link alone, as the digest runs it
        labels, _ = labels_at(p, threshold, undated)
    done: list[tuple[int, int, float]] = []
    if isinstance(v, Reassign):
        labels, done = reassign(p, labels, i, j, s, threshold, v)
    elif v is not None:
        bar = v.bar if v.bar is not None else threshold * v.times
        labels, done = merge_mutual(p, labels, i, j, s, bar, v)
    return attach_loners(labels, i, j, s, LONER_THRESHOLD, **span, named_years=p.named), done


def f1(
    p: Pairs, threshold: float, undated: float, v: Mutual | Reassign | Blend | Loose | None
) -> tuple[float, float, float]:
    labels, _ = labels_with(p, threshold, undated, v)
    return score(p, {a.id: str(lab) for a, lab in zip(p.arts, labels.tolist(), strict=True)})


VARIANTS = {
    "none": None,
    "A x1.0": Mutual(1.0),
    "B x1.33": Mutual(4 / 3),
    "C x1.56": Mutual(1.5555),
    "D x2.0": Mutual(2.0),
    "E x1.33 size2": Mutual(4 / 3, min_size=2),
    "F x1.33 dated": Mutual(4 / 3, dated=True),
    "G x1.33 1 round": Mutual(4 / 3, rounds=1),
    "H x1.56 size2": Mutual(1.5555, min_size=2),
    "R0 reassign": Reassign(0.0),
    "R1 reassign +0.02": Reassign(0.02),
    "R2 reassign +0.05": Reassign(0.05),
    "R3 reassign +0.1": Reassign(0.1),
    "R4 reassign 1 round": Reassign(0.0, rounds=1),
    "L0 blend 0": Blend(0.0),
    "L1 blend 0.1": Blend(0.1),
    "L2 blend 0.2": Blend(0.2),
    "L3 blend 0.3": Blend(0.3),
    "K1 loose 1.0": Loose(1.0),
    "K2 loose 0.8": Loose(0.8),
    "K3 loose 1.0 floor 0.2": Loose(1.0, 0.2),
    "K4 loose 0.7": Loose(0.7),
    "K5 loose 0.6": Loose(0.6),
    "K6 loose 0.5": Loose(0.5),
    "K7 loose 0.6 floor 0.18": Loose(0.6, 0.18),
    "K8 loose 0.6 floor 0.12": Loose(0.6, 0.12),
    "K9 loose 0.75": Loose(0.75),
    "K10 loose 0.85": Loose(0.85),
    "K11 loose 0.8 floor 0.18": Loose(0.8, 0.18),
    "K12 loose 0.8 floor 0.12": Loose(0.8, 0.12),
    "U1 loose 0.8 undated": Loose(0.8, undated=True),
    "U2 loose 0.7 undated": Loose(0.7, undated=True),
    "U3 loose 0.6 undated": Loose(0.6, undated=True),
    "U4 loose 0.5 undated": Loose(0.5, undated=True),
    "U5 loose 0.4 undated": Loose(0.4, undated=True),
    "U6 loose 0.3 undated": Loose(0.3, undated=True),
    "U7 loose 0.6 undated floor 0.12": Loose(0.6, 0.12, undated=True),
    "U8 loose 0.6 undated floor 0.18": Loose(0.6, 0.18, undated=True),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", help="variant names (first word)")
    ap.add_argument("--show", help="a variant's first word: its merges at the shipped cell, read")
    ap.add_argument("--shipped", action="store_true", help="the shipped cell only (no grid)")
    args = ap.parse_args()
    sets = {}
    for s in SETS:
        arts, gold, dup = load(s)
        sets[s] = build(arts, gold, [article_terms(a) for a in arts], features.EVENT_WORD_WEIGHT, dup)
    if args.show:
        v = next(x for k, x in VARIANTS.items() if k.split()[0] == args.show)
        for s, p in sets.items():
            _, done = labels_with(p, EVENT_THRESHOLD, UNDATED_FACTOR, v)
            for a, b, x in done:
                ga, gb = p.gold.get(p.arts[a].id), p.gold.get(p.arts[b].id)
                print(
                    f"{s} {'SAME' if ga == gb else 'DIFF'} {x:.3f} {p.arts[a].id} [{ga}] {p.arts[a].title!r} "
                    f"| {p.arts[b].id} [{gb}] {p.arts[b].title!r}"
                )
        return
    for name, v in VARIANTS.items():
        if args.only and name.split()[0] not in args.only:
            continue
        ship = {s: f1(p, EVENT_THRESHOLD, v=v, undated=UNDATED_FACTOR) for s, p in sets.items()}
        shipped = " / ".join(f"{ship[s][0]:.4f}" for s in SETS)
        pr = " ".join(f"{s} P {ship[s][1]:.3f} R {ship[s][2]:.3f}" for s in ("allsides", "mixed-dev"))
        if args.shipped:
            print(f"{name:20} shipped {shipped} ({pr})", flush=True)
            continue
        t = {(s, (u, th)): f1(p, th, u, v) for s, p in sets.items() for u in UNDATED for th in GRID}
        loso = [t[s, pick(t, [o for o in CV_SETS if o != s])][0] for s in CV_SETS]
        best = pick(t, list(CV_SETS))
        at_best = " / ".join(f"{t[s, best][0]:.4f}" for s in SETS)
        print(
            f"{name:20} LOSO {' / '.join(f'{x:.3f}' for x in loso)} | all-best {best[1]:.3f}, {best[0]:.2f}: "
            f"{at_best} | shipped {shipped} ({pr})",
            flush=True,
        )


if __name__ == "__main__":
    main()
