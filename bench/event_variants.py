"""Event clustering variants re-scored over EventClusterer.fit's own pairs (issue 3, session 6).

In:  ../shared/data/clustering/{ecbplus,basil,allsides,mixed-dev}/docs.jsonl + gold.jsonl (as
     bench/clustering.py reads them); the originals are clustered and each copy is scored with
     its original's event, as the digest does (since session 18; before, every kept article).
Out: one printed row per variant: leave-one-set-out event B3 F1 on ecbplus / basil / allsides (the
     threshold and undated factor picked on the other two sets), then all four sets at the cell
     best on the three together (with mixed-dev's P / R).

Per set and per event-word weight, the steps of EventClusterer.fit are run once (articles in id
order, times, terms, TF-IDF rows with `event_weight`, candidate pairs, cosines); a variant is a
multiplier on the pairs' similarities, re-clustered (average link, lone articles) over the grid
threshold 0.15-0.35 x undated factor {0.85, 0.90, 1.00}. With no multiplier and the module's
weights, the cell (0.225, 0.85) gives bench/clustering.py's table 1 exactly (f1 passes the
undated articles' named years to average link and to lone articles' attachment, so the year guard
of linkage.YEAR_GUARD_NAMED applies as in the digest; hooked_link has no such guard:
bench/event_years.py adds its own; and, since session 21, the cell's undated factor and the time
factor of a gap, so that undated members take their clusters' days as in the digest,
linkage.UNDATED_TIME; hooked_link applies that rule too when given the cell's factor, `undated=`,
since session 22).

Variants:
  event words  the weight of features.EVENT_TERMS (1.0 = before session 6), each kind (a line of
               features._EVENT_WORDS) left out in turn, and a nested leave-one-set-out that picks
               the weight with the threshold and factor;
  years        an undated article whose latest named year is more than a year before the other
               article's date (timing._YEAR): similarity x w;
  outlet       two articles of one outlet: x w;
  kinds        both articles name kinds of happening in title + first 400 characters, none shared:
               x w.

    .venv/bin/python bench/event_variants.py
"""

from __future__ import annotations

import heapq
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).parent))

import newsprism.cluster.features as features  # noqa: E402
from clustering import DATA, bcubed, copies, load_articles, load_gold, originals  # noqa: E402
from newsprism.cluster.attach import attach_loners  # noqa: E402
from newsprism.cluster.events import (  # noqa: E402
    EVENT_MAX_SPAN_DAYS,
    LONER_THRESHOLD,
    MAX_GAP_DAYS,
    MAX_POSTING,
    POSTING_WINDOW,
    TOP_TERMS,
    Times,
    candidate_pairs,
    gap_factor,
)
from newsprism.cluster.features import TermVectors, article_terms, row_dots  # noqa: E402
from newsprism.cluster.linkage import _gap, _two_quakes, average_link, calendar_years, years_apart  # noqa: E402
from newsprism.cluster.magnitudes import lead_magnitudes  # noqa: E402
from newsprism.cluster.timing import _YEAR, FIRST_YEAR, LAST_YEAR  # noqa: E402
from newsprism.records import Article  # noqa: E402

SETS = ("ecbplus", "basil", "allsides", "mixed-dev")
CV_SETS = ("ecbplus", "basil", "allsides")
GRID = tuple(round(x, 3) for x in np.arange(0.15, 0.351, 0.025))
UNDATED = (0.85, 0.9, 1.0)
Cell = tuple[float, float]


@dataclass
class Pairs:
    """One set's articles (id order), gold labels, candidate pairs and their similarity parts."""

    arts: list[Article]
    gold: dict[str, str]
    lo: np.ndarray
    hi: np.ndarray
    i: np.ndarray
    j: np.ndarray
    cos: np.ndarray
    factor: np.ndarray  # time factor with undated factor 1.0
    undated: np.ndarray  # a pair with an undated article
    matrix: sparse.csr_matrix | None = None  # the TF-IDF rows (L2-normalised), article order
    copies: dict[str, str] = field(default_factory=dict)  # each copy left out -> its original
    # the year each undated article names (linkage.calendar_years), for the year guard average_link
    # applies (linkage.YEAR_GUARD_NAMED, since f60e8d8); None: no guard
    named: np.ndarray | None = None
    # the quake magnitudes each article's lead states (magnitudes.lead_magnitudes), for the guard of
    # linkage (two groups of quake reports whose magnitudes never agree, since session 20); None: none
    magnitudes: list[tuple[int, ...]] | None = None


def score(p: Pairs, pred: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed of `pred` over the originals, each copy given its original's label (the digest)."""
    return bcubed(p.gold, {**pred, **{c: pred[o] for c, o in p.copies.items()}})


def load(s: str) -> tuple[list[Article], dict[str, str], dict[str, str]]:
    """One set's originals in id order, its gold labels and its copies (as the digest finds them)."""
    kept = load_articles(DATA / s / "docs.jsonl")
    arts = sorted(originals(kept), key=lambda a: a.id)
    return arts, load_gold(DATA / s / "gold.jsonl"), copies(kept)


def build(
    arts: list[Article],
    gold: dict[str, str],
    terms: list[features.ArticleTerms],
    weight: float,
    dup: dict[str, str] | None = None,
) -> Pairs:
    times = Times.of(arts, 1.0)
    days = np.where(np.isfinite(times.lo), (times.lo + times.hi) / 2, np.nan)
    vec = TermVectors.fit(terms, event_weight=weight)
    i, j = candidate_pairs(
        vec.top_terms(TOP_TERMS),
        days,
        max_posting=MAX_POSTING,
        window=POSTING_WINDOW,
        max_gap=MAX_GAP_DAYS,
        spans=(times.lo, times.hi),
    )
    i, j = i.astype(np.int64), j.astype(np.int64)
    undated = np.isnan(times.lo[i]) | np.isnan(times.lo[j])
    return Pairs(
        arts,
        gold,
        times.lo,
        times.hi,
        i,
        j,
        row_dots(vec.matrix, i, j),
        times.factor(i, j),
        undated,
        vec.matrix,
        dict(dup or {}),
        calendar_years(times.weak),
        [lead_magnitudes(a) for a in arts],
    )


def labels_at(
    p: Pairs, threshold: float, undated: float, mult: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """The events of p's articles (one label each, p.arts order) at the cell (threshold, undated
    factor), the pairs' similarities x `mult` clustered as the digest clusters them; and those
    similarities (p.i, p.j order)."""
    sims = p.cos * p.factor * np.where(p.undated, undated, 1.0)
    if mult is not None:
        sims = sims * mult
    keep = sims > 0
    i, j, s = p.i[keep], p.j[keep], sims[keep]
    span = {"days": p.lo, "days_hi": p.hi, "max_span": EVENT_MAX_SPAN_DAYS}
    labels = average_link(
        len(p.arts),
        i,
        j,
        s,
        threshold,
        **span,
        named_years=p.named,
        magnitudes=p.magnitudes,
        undated_factor=undated,
        gap_factor=gap_factor,
    )
    return attach_loners(labels, i, j, s, LONER_THRESHOLD, **span, named_years=p.named), sims


def f1(
    p: Pairs, threshold: float, undated: float, mult: np.ndarray | None = None
) -> tuple[float, float, float]:
    labels, _ = labels_at(p, threshold, undated, mult)
    return score(p, {a.id: str(lab) for a, lab in zip(p.arts, labels.tolist(), strict=True)})


def named_lists(first: list[float], named: np.ndarray | None) -> list[list[float]]:
    """The years each undated node names (NaN none), kept per cluster while it has no dated member."""
    return [
        [float(named[v])] if named is not None and math.isnan(first[v]) and not math.isnan(named[v]) else []
        for v in range(len(first))
    ]


def refused(
    a: int, b: int, first: list[float], last: list[float], years: list[list[float]], guarded: bool
) -> bool:
    """Whether clusters a and b stay apart: their dated members would span more than
    EVENT_MAX_SPAN_DAYS, or (`guarded`) the year guard (linkage.years_apart) keeps an undated
    cluster naming other years from a dated one."""
    fa, fb = first[a], first[b]
    if not (math.isnan(fa) or math.isnan(fb)) and max(fa, fb) - min(last[a], last[b]) > EVENT_MAX_SPAN_DAYS:
        return True
    if guarded and math.isnan(fa) != math.isnan(fb):
        u, d = (a, b) if math.isnan(fa) else (b, a)
        return years_apart(years[u], first[d])
    return False


def join_bounds(a: int, b: int, first: list[float], last: list[float], years: list[list[float]]) -> None:
    """Cluster a's day bounds and named years once b has joined it."""
    fa, fb = first[a], first[b]
    if not math.isnan(fb):
        first[a] = fb if math.isnan(fa) else max(fa, fb)
        last[a] = last[b] if math.isnan(last[a]) else min(last[a], last[b])
    years[a] = years[a] + years[b] if math.isnan(first[a]) else []


Quakes = list[tuple[int, frozenset[int]] | None]


def quake_groups(magnitudes: list[tuple[int, ...]] | None) -> Quakes | None:
    """Per node (members stating a magnitude, the magnitudes), as linkage.cluster_component keeps
    them for its magnitude guard; None: no guard."""
    return None if magnitudes is None else [(1, frozenset(m)) if m else None for m in magnitudes]


def quakes_join(quakes: Quakes | None, a: int, b: int) -> bool:
    """False when clusters a and b are two quakes (linkage._two_quakes); else True, b's magnitudes
    now a's."""
    if quakes is None:
        return True
    qa, qb = quakes[a], quakes[b]
    if _two_quakes(qa, qb):
        return False
    quakes[a] = qb if qa is None else qa if qb is None else (qa[0] + qb[0], qa[1] | qb[1])
    return True


def timed_sum(
    plain: float, undated_sum: float, a: int, b: int, first: list[float], last: list[float], undated: float
) -> float:
    """The summed link of clusters a and b as linkage.cluster_component's `link` sums it
    (UNDATED_TIME): `plain` the edges between dated members, `undated_sum` the edges with an undated
    end (with the cell's factor `undated` in them), which count x gap_factor(gap) / `undated` when
    both clusters have dated members, gap the days between their windows (linkage._gap)."""
    fa, fb = first[a], first[b]
    if math.isnan(fa) or math.isnan(fb):
        return plain + undated_sum
    return plain + undated_sum * (gap_factor(_gap(fa, last[a], fb, last[b])) / undated)


def hooked_link(
    p: Pairs,
    sims: np.ndarray,
    threshold: float,
    factor: Callable[[int, int, list[float]], float],
    on_merge: Callable[[int, int], None],
    years: bool = False,
    undated: float | None = None,
) -> np.ndarray:
    """Average link (linkage.average_link's merges and span rule, in pure Python) whose link
    between clusters a and b is multiplied by factor(a, b, first), `first` each cluster's latest
    lower bound of its dated members' days (NaN none); on_merge(a, b) is told as b joins a, so a
    cluster-level variant can keep its own state (bench/event_days.py, bench/event_years.py).
    With `years`, also the shipped year guard (linkage.years_apart over p.named, as
    linkage.cluster_component applies it; a refused pair is pushed again after a merge on either
    side, since every neighbour of a merged cluster is) and the shipped magnitude guard (p.magnitudes,
    linkage._two_quakes). With `undated` (the cell's undated factor, which `sims` holds for the
    pairs with an undated article), undated members take their clusters' days as in the digest
    (linkage.UNDATED_TIME, timed_sum); without it their edges count as given."""
    n = len(p.arts)
    links: list[dict[int, float]] = [{} for _ in range(n)]
    # the edges with an undated end, apart (UNDATED_TIME; empty without `undated`)
    ulinks: list[dict[int, float]] = [{} for _ in range(n)]
    apart = p.undated if undated is not None else np.zeros(len(p.i), dtype=bool)
    for a, b, x, und in zip(p.i.tolist(), p.j.tolist(), sims.tolist(), apart.tolist(), strict=True):
        if x > 0:
            to = ulinks if und else links
            to[a][b] = to[b][a] = x
    size, alive, parent = [1] * n, [True] * n, list(range(n))
    first, last = [float(v) for v in p.lo], [float(v) for v in p.hi]
    named = p.named if years else None
    yrs = named_lists(first, named)
    quakes = quake_groups(p.magnitudes if years else None)

    def link(a: int, b: int) -> float:
        if undated is None:
            total = links[a][b]
        else:
            total = timed_sum(links[a].get(b, 0.0), ulinks[a].get(b, 0.0), a, b, first, last, undated)
        return total / (size[a] * size[b]) * factor(a, b, first)

    heap = [(-link(a, b), a, b) for a in range(n) for b in links[a].keys() | ulinks[a].keys() if a < b]
    heap = [h for h in heap if -h[0] > threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]) or (b not in links[a] and b not in ulinks[a]):
            continue
        if abs(link(a, b) + neg) > 1e-12:
            continue
        if refused(a, b, first, last, yrs, guarded=named is not None):
            continue
        if not quakes_join(quakes, a, b):
            continue
        join_bounds(a, b, first, last, yrs)
        alive[b], parent[b] = False, a
        size[a] += size[b]
        on_merge(a, b)
        for tab in (links, ulinks):
            lb, tab[b] = tab[b], {}
            tab[a].pop(b, None)
            for c, x in lb.items():
                if c != a:
                    tab[a][c] = tab[a].get(c, 0.0) + x
                    tab[c].pop(b)
                    tab[c][a] = tab[a][c]
        for c in links[a].keys() | ulinks[a].keys():
            if (x := link(a, c)) > threshold:
                heapq.heappush(heap, (-x, min(a, c), max(a, c)))
    root = []
    for v in range(n):
        while parent[v] != v:
            v = parent[v]
        root.append(v)
    return np.unique(root, return_inverse=True)[1].astype(np.int64)


def table(
    sets: dict[str, Pairs], mults: dict[str, np.ndarray] | None = None
) -> dict[tuple[str, Cell], tuple]:
    mults = mults or {}
    return {(s, (u, th)): f1(p, th, u, mults.get(s)) for s, p in sets.items() for u in UNDATED for th in GRID}


def pick(t: dict[tuple[str, Cell], tuple], on: list[str]) -> Cell:
    """The cell best on the mean F1 of `on`; ties: the larger factor, then the lower threshold."""
    return max(
        ((u, th) for u in UNDATED for th in GRID), key=lambda c: (sum(t[s, c][0] for s in on), c[0], -c[1])
    )


def row(label: str, t: dict[tuple[str, Cell], tuple]) -> None:
    loso = [t[s, pick(t, [o for o in CV_SETS if o != s])][0] for s in CV_SETS]
    best = pick(t, list(CV_SETS))
    f = [t[s, best][0] for s in SETS]
    _, p, r = t["mixed-dev", best]
    print(
        f"{label:44} LOSO {' / '.join(f'{x:.3f}' for x in loso)} | all-best {best[1]:.3f}, {best[0]:.2f}: "
        f"{' / '.join(f'{x:.3f}' for x in f)} (P {p:.3f} / R {r:.3f})",
        flush=True,
    )


@contextmanager
def event_terms(terms: frozenset[str]) -> Iterator[None]:
    saved = features.EVENT_TERMS
    features.EVENT_TERMS = terms
    try:
        yield
    finally:
        features.EVENT_TERMS = saved


def pair_mult(p: Pairs, bad: Callable[[Pairs], np.ndarray], w: float) -> np.ndarray:
    return np.where(bad(p), w, 1.0)


def older_years(p: Pairs) -> np.ndarray:
    def latest(a: Article) -> float:
        ys = [int(y) for y in _YEAR.findall((a.title or "") + "\n" + a.text)]
        return float(max((y for y in ys if FIRST_YEAR <= y <= LAST_YEAR), default=np.nan))

    named = np.array([latest(a) for a in p.arts])
    year = np.array([float(str(np.datetime64(int(d), "D"))[:4]) if np.isfinite(d) else np.nan for d in p.lo])
    und = np.isnan(p.lo)
    i, j = p.i, p.j
    with np.errstate(invalid="ignore"):
        return (und[i] & ~und[j] & (named[i] < year[j] - 1)) | (und[j] & ~und[i] & (named[j] < year[i] - 1))


def same_outlet(p: Pairs) -> np.ndarray:
    out = np.array([(a.outlet or "").lower() for a in p.arts])
    return (out[p.i] == out[p.j]) & (out[p.i] != "")


def disjoint_kinds(p: Pairs) -> np.ndarray:
    kind = {}
    for k, line in enumerate(features._EVENT_WORDS.strip().splitlines()):
        for t in features._event_terms(line):
            kind.setdefault(t, k)
    lead = [(a.title or "") + " " + a.text[:400] for a in p.arts]
    ks = [{kind[t] for t in map(features._word_term, features._WORD.findall(x)) if t in kind} for x in lead]
    return np.array(
        [bool(ks[a] and ks[b]) and not ks[a] & ks[b] for a, b in zip(p.i.tolist(), p.j.tolist(), strict=True)]
    )


def main() -> None:
    data = {}
    for s in SETS:
        arts, gold, dup = load(s)
        data[s] = (arts, gold, [article_terms(a) for a in arts], dup)

    def sets(weight: float) -> dict[str, Pairs]:
        return {s: build(*data[s][:3], weight, data[s][3]) for s in SETS}

    print("event words (features.EVENT_TERMS) weighed w; w 1.0 = before session 6")
    by_weight = {}
    for w in (1.0, 1.25, 1.5, 1.75, 2.0):
        by_weight[w] = table(sets(w))
        row(f"event words x{w}", by_weight[w])
    for s in CV_SETS:  # nested: the weight is picked with the threshold and the factor
        on = [o for o in CV_SETS if o != s]
        w, c = max(
            ((w, c) for w in by_weight for c in ((u, th) for u in UNDATED for th in GRID)),
            key=lambda g: (sum(by_weight[g[0]][o, g[1]][0] for o in on), -abs(g[0] - 1), g[1][0], -g[1][1]),
        )
        print(
            f"  nested LOSO, held out {s}: weight {w}, threshold {c[1]:.3f}, factor {c[0]:.2f}: F1 {by_weight[w][s, c][0]:.3f}"
        )
    lines = features._EVENT_WORDS.strip().splitlines()
    for k, line in enumerate(lines):
        with event_terms(features._event_terms("\n".join(lines[:k] + lines[k + 1 :]))):
            row(f"  x1.5 without the kind '{line.split()[0]}'", table(sets(1.5)))

    base = sets(features.EVENT_WORD_WEIGHT)
    print(f"\non top of event words x{features.EVENT_WORD_WEIGHT}")
    row("(none)", by_weight[features.EVENT_WORD_WEIGHT])
    for name, bad, ws in (
        ("undated naming only years before the other's date - 1", older_years, (0.9, 0.8, 0.5)),
        ("one outlet", same_outlet, (0.5, 0.0)),
        ("no kind of happening shared (title + lead)", disjoint_kinds, (0.9, 0.8)),
    ):
        for w in ws:
            row(f"{name[:36]} x{w}", table(base, {s: pair_mult(p, bad, w) for s, p in base.items()}))


if __name__ == "__main__":
    main()
