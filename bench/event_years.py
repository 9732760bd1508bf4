"""Event clustering with the years an undated group of reports names (issue 3, session 18): a
cluster-level guard, re-scored over EventClusterer.fit's own candidate pairs, as the digest
clusters (originals only, each copy scored with its original's event).

In:  ../shared/data/clustering/{ecbplus,basil,allsides,mixed-dev}/docs.jsonl + gold.jsonl (as
     bench/clustering.py reads them).
Out: with --evidence, per gold event with undated members: the dated members' years and the
     latest year each undated member names; then one printed row per variant, as
     bench/event_variants.py prints them: leave-one-set-out event B3 F1 on ecbplus / basil /
     allsides (threshold and undated factor picked on the other two), then all four sets at the
     cell best on the three together (mixed-dev's P / R); and a nested leave-one-set-out that
     picks the variant with the cell on the other two sets.

The idea. One undated article's latest named year is weak evidence of when it was written (a year
is named in passing: "since taking office in 2021"; a future one too: "the 2024 election"), so
events.WEAK_FACTOR is off. But a group of undated reports that average link has already drawn
together is one happening's coverage, and when several of them name years and the middle of
those years lies years away from the dated cluster it would join, the group was most likely
written in another year: ECB+'s undated "ecb" half (2006-2008 reports) and its dated "ecbplus"
half (2012-2013) of one topic are two events of one kind.

  guard (named, gap, w)  a merge of a cluster with no dated member and a cluster with dated ones
                         (the day of the dated side: its latest lower bound, linkage's `first`)
                         whose undated side holds at least `named` members naming a year and
                         whose median latest named year lies `gap` or more years from the dated
                         side's year has its average link x w (w 0: never merged).

    .venv/bin/python bench/event_years.py [--evidence]
"""

from __future__ import annotations

import argparse
import itertools
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

import newsprism.cluster.features as features  # noqa: E402
from event_variants import (  # noqa: E402
    CV_SETS,
    EVENT_MAX_SPAN_DAYS,
    GRID,
    LONER_THRESHOLD,
    SETS,
    UNDATED,
    Pairs,
    build,
    hooked_link,
    load,
    score,
)
from newsprism.cluster.attach import attach_loners  # noqa: E402
from newsprism.cluster.features import article_terms  # noqa: E402
from newsprism.cluster.timing import _YEAR, FIRST_YEAR, LAST_YEAR  # noqa: E402
from newsprism.records import Article  # noqa: E402

Cell = tuple[float, float]


def latest_year(a: Article) -> int:
    """The latest year the title and text name (timing.article_time's `weak`), 0 when none."""
    ys = [int(y) for y in _YEAR.findall((a.title or "") + "\n" + a.text)]
    return max((y for y in ys if FIRST_YEAR <= y <= LAST_YEAR), default=0)


def _year(day: float) -> int:
    return int(str(np.datetime64(int(day), "D"))[:4])


def guarded_link(
    p: Pairs,
    sims: np.ndarray,
    threshold: float,
    years: list[int],
    key: tuple[int, int, float] | None,
    undated: float,
) -> np.ndarray:
    """Average link (event_variants.hooked_link) whose link between an undated cluster and a
    dated one is x w when the undated side's named years lie `gap` years away. Undated members
    take their clusters' days as in the digest (hooked_link's `undated`, the cell's factor:
    linkage.UNDATED_TIME, since session 22); the shipped year guard is left out (this script
    measures its own)."""
    dated = [0 if math.isnan(v) else 1 for v in p.lo.tolist()]  # -inf..day (saved on) counts
    named: list[list[int]] = [[y] if y and not dated[k] else [] for k, y in enumerate(years)]

    def factor(a: int, b: int, first: list[float]) -> float:
        if key is None or (dated[a] > 0) == (dated[b] > 0):
            return 1.0
        u, d = (a, b) if not dated[a] else (b, a)
        if len(named[u]) < key[0] or not math.isfinite(first[d]):
            return 1.0
        return key[2] if abs(float(np.median(named[u])) - _year(first[d])) >= key[1] else 1.0

    def on_merge(a: int, b: int) -> None:
        dated[a] += dated[b]
        named[a] = named[a] + named[b]

    return hooked_link(p, sims, threshold, factor, on_merge, undated=undated)


def guard_table(sets: dict[str, Pairs], years: dict[str, list[int]], key: tuple | None) -> dict:
    out = {}
    for s, p in sets.items():
        for u in UNDATED:
            sims = p.cos * p.factor * np.where(p.undated, u, 1.0)
            keep = sims > 0
            for th in GRID:
                labels = guarded_link(p, sims, th, years[s], key, u)
                span = {"days": p.lo, "days_hi": p.hi, "max_span": EVENT_MAX_SPAN_DAYS}
                labels = attach_loners(labels, p.i[keep], p.j[keep], sims[keep], LONER_THRESHOLD, **span)
                pred = {a.id: str(lab) for a, lab in zip(p.arts, labels.tolist(), strict=True)}
                out[s, (u, th)] = score(p, pred)
    return out


def pick(t: dict, on: list[str]) -> Cell:
    """The cell best on the mean F1 of `on`; ties: the larger factor, then the lower threshold."""
    return max(
        ((u, th) for u in UNDATED for th in GRID), key=lambda c: (sum(t[s, c][0] for s in on), c[0], -c[1])
    )


def row(label: str, t: dict) -> None:
    loso = [t[s, pick(t, [o for o in CV_SETS if o != s])][0] for s in CV_SETS]
    best = pick(t, list(CV_SETS))
    shipped = (0.85, 0.225)
    f = [t[s, best][0] for s in SETS]
    g = [t[s, shipped][0] for s in SETS]
    _, p, r = t["mixed-dev", best]
    print(
        f"{label:34} LOSO {' / '.join(f'{x:.3f}' for x in loso)} | all-best {best[1]:.3f}, {best[0]:.2f}: "
        f"{' / '.join(f'{x:.3f}' for x in f)} (P {p:.3f} / R {r:.3f}) | shipped cell: "
        f"{' / '.join(f'{x:.3f}' for x in g)}",
        flush=True,
    )


def nested(tabs: dict[object, dict]) -> None:
    """Leave-one-set-out that picks the variant together with the cell on the other two sets."""
    cells = [(u, th) for u in UNDATED for th in GRID]
    for s in CV_SETS:
        on = [o for o in CV_SETS if o != s]
        k, c = max(
            ((k, c) for k in tabs for c in cells),
            key=lambda kc: (sum(tabs[kc[0]][o, kc[1]][0] for o in on), kc[0] == "base", kc[1][0], -kc[1][1]),
        )
        base = tabs["base"][s, pick(tabs["base"], on)][0]
        print(
            f"  nested LOSO, held out {s}: {k} at ({c[1]:.3f}, {c[0]:.2f}): F1 {tabs[k][s, c][0]:.3f} (baseline {base:.3f})"
        )


def evidence(sets: dict[str, Pairs], years: dict[str, list[int]]) -> None:
    """Per gold event with undated members and dated ones: how far the undated members' median
    latest named year lies from the dated members' year, by how many undated members name one."""
    for s, p in sets.items():
        by: dict[str, list[int]] = defaultdict(list)
        for k, a in enumerate(p.arts):
            by[p.gold[a.id]].append(k)
        c: Counter = Counter()
        for ks in by.values():
            dyears = [_year(p.lo[k]) for k in ks if math.isfinite(p.lo[k])]
            ny = [years[s][k] for k in ks if math.isnan(p.lo[k]) and years[s][k]]
            if not dyears or not ny:
                continue
            gap = abs(float(np.median(ny)) - Counter(dyears).most_common(1)[0][0])
            c[min(len(ny), 3), "apart" if gap >= 2 else "near"] += 1
        print(
            f"  {s}: gold events with dated members, by undated namers (1 / 2 / 3+), median named year "
            f"2+ years from the dated year: "
            + ", ".join(f"{m}: {c[m, 'apart']} of {c[m, 'apart'] + c[m, 'near']}" for m in (1, 2, 3))
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--evidence", action="store_true", help="gold events' named years first")
    args = ap.parse_args()
    sets = {}
    for s in SETS:
        arts, gold, dup = load(s)
        sets[s] = build(arts, gold, [article_terms(a) for a in arts], features.EVENT_WORD_WEIGHT, dup)
    years = {s: [latest_year(a) for a in p.arts] for s, p in sets.items()}
    if args.evidence:
        evidence(sets, years)
    tabs: dict[object, dict] = {"base": guard_table(sets, years, None)}
    row("(none: the guard's own average link)", tabs["base"])
    for key in itertools.product((2, 3, 4), (2, 3), (0.8, 0.5, 0.0)):
        tabs[key] = guard_table(sets, years, key)
        row(f"named>={key[0]} gap>={key[1]} x{key[2]}", tabs[key])
    nested(tabs)


if __name__ == "__main__":
    main()
