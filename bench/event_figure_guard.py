"""A cluster-level figure guard for average link (issue 3, session 20: events21).

In:  the dev sets as bench/event_variants.py reads them, and the labelled triplets of
     bench/out/heap-10000.jsonl (bench/event_figures.heap_triplets).
Out: event_variants' rows (leave-one-set-out F1 on ecbplus / basil / allsides, the all-best cell)
     and every set at the shipped cell (0.225, 0.85), heap triplets included, for the base and
     each guard. "shipped" is the product (= bench/clustering.py's table 1): the year guard and the
     magnitude guard of cluster/magnitudes.py (kept from this bench's "magnitudes only" rows); every
     other row is measured without the magnitude guard, as it was before it was shipped.

events20's pair rule (bench/event_figures.py "slot x0") refuses a pair whose leads state figures
of one slot that all disagree; a refused pair only lowers an average, so the clusters still meet
through their other pairs (it changed one dev article). Here the same test is made between two
clusters, as the year guard is (linkage.YEAR_GUARD_NAMED): each cluster keeps the figures its
members' leads state per slot (event_figures.slot_figures), and two clusters never merge when
they share a slot and no figure of a shared slot agrees (event_figures.slot_conflict). Lone
articles attach afterwards as in the product (attach_loners, no figure test).

Guards:
  magnitudes only  the slot "magnitude" alone, read as magnitude_figures reads it (what
              cluster/magnitudes.py ships, with quorum 1, 2 and 3: the same clusters on dev);
  lead slot   every slot of title + first 400 characters;
  title slot  the titles' figures only (a headline states the figure it reports);
  lead slot, 2 per side  a side's slot counts only when 2+ of its members state it (a group's
              figure is stated by several reports, a single report's second figure is not);
  magnitudes read  the lead slots, each decimal figure near "magnitude" / "Richter" in the slot
              "magnitude" whatever word follows it (magnitude_figures).

    .venv/bin/python bench/event_figure_guard.py
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

import newsprism.cluster.features as features  # noqa: E402
from event_figures import (  # noqa: E402
    _SLOT,
    LEAD_CHARS,
    Figure,
    _lead,
    heap_triplets,
    slot_conflict,
    slot_figure,
    slot_figures,
)
from event_variants import CV_SETS, GRID, SETS, UNDATED, Pairs, build, hooked_link, load, pick, score  # noqa: E402
from newsprism.cluster.attach import attach_loners  # noqa: E402
from newsprism.cluster.events import EVENT_MAX_SPAN_DAYS, LONER_THRESHOLD  # noqa: E402
from newsprism.cluster.features import article_terms  # noqa: E402
from newsprism.records import Article  # noqa: E402

SHIPPED = (0.85, 0.225)  # (undated factor, threshold)
Figures = dict[str, list[Figure]]


def guarded(
    p: Pairs, sims: np.ndarray, threshold: float, figs: list[Figures] | None, quorum: int, undated: float
) -> np.ndarray:
    """hooked_link with the year guard and undated members' days (linkage.UNDATED_TIME, the cell's
    undated factor `undated`, since session 22), and (figs) the cluster-level figure guard."""
    own = [dict(f) for f in figs] if figs is not None else []
    count = [{s: 1 for s in f} for f in own]

    def stated(a: int) -> Figures:
        return {s: v for s, v in own[a].items() if count[a][s] >= quorum}

    def factor(a: int, b: int, first: list[float]) -> float:
        return 0.0 if figs is not None and slot_conflict(stated(a), stated(b)) else 1.0

    def on_merge(a: int, b: int) -> None:
        if figs is None:
            return
        for s, v in own[b].items():
            own[a][s] = own[a].get(s, []) + v
            count[a][s] = count[a].get(s, 0) + count[b][s]

    labels = hooked_link(p, sims, threshold, factor, on_merge, years=True, undated=undated)
    keep = sims > 0
    span = {"days": p.lo, "days_hi": p.hi, "max_span": EVENT_MAX_SPAN_DAYS, "named_years": p.named}
    return attach_loners(labels, p.i[keep], p.j[keep], sims[keep], LONER_THRESHOLD, **span)


def cell(p: Pairs, u: float, th: float, figs: list[Figures] | None, quorum: int) -> tuple:
    sims = p.cos * p.factor * np.where(p.undated, u, 1.0)
    labels = guarded(p, sims, th, figs, quorum, u)
    return score(p, {a.id: str(lab) for a, lab in zip(p.arts, labels.tolist(), strict=True)})


def report(
    label: str, sets: dict[str, Pairs], heap: Pairs | None, read: Callable | None, quorum: int
) -> None:
    figs = {s: [read(a) for a in p.arts] if read else None for s, p in sets.items()}
    t = {
        (s, (u, th)): cell(p, u, th, figs[s], quorum) for s, p in sets.items() for u in UNDATED for th in GRID
    }
    loso = [t[s, pick(t, [o for o in CV_SETS if o != s])][0] for s in CV_SETS]
    best = pick(t, list(CV_SETS))
    at = [f"{s} {t[s, SHIPPED][0]:.4f} (P {t[s, SHIPPED][1]:.3f} / R {t[s, SHIPPED][2]:.3f})" for s in SETS]
    if heap is not None:
        hf = [read(a) for a in heap.arts] if read else None
        h = cell(heap, SHIPPED[0], SHIPPED[1], hf, quorum)
        at.append(f"heap triplets {h[0]:.4f} (P {h[1]:.4f} / R {h[2]:.4f})")
    print(
        f"{label:28} LOSO {' / '.join(f'{x:.3f}' for x in loso)} | all-best {best[1]:.3f}, {best[0]:.2f}: "
        + " / ".join(f"{t[s, best][0]:.3f}" for s in SETS),
        flush=True,
    )
    print(f"  at ({SHIPPED[1]}, {SHIPPED[0]}): " + ", ".join(at), flush=True)


# a magnitude is written many ways ("magnitude-5.2", "5.6 magnitude", "magnitude of at least 5. 9",
# "puts the magnitude at 6. 1", "registering 6. 1 on the Richter scale"): a decimal figure with
# "magnitude" or "Richter" this close before or after it (characters) fills the slot "magnitude"
MAGNITUDE_BEFORE, MAGNITUDE_AFTER = 30, 40
_MAGNITUDE = re.compile(r"magnitude|richter", re.I)


def magnitude_figures(a: Article, chars: int = LEAD_CHARS) -> Figures:
    """slot_figures (bench/event_figures.py), each decimal figure near "magnitude" / "Richter" in the
    slot "magnitude" whatever word follows it."""
    text = _lead(a, chars)
    out: Figures = {}
    for m in _SLOT.finditer(text):
        digits = re.sub(r"[\s,]", "", m.group(2))
        near = text[max(0, m.start(2) - MAGNITUDE_BEFORE) : m.end(2) + MAGNITUDE_AFTER]
        if "." in digits and not m.group(3) and _MAGNITUDE.search(near):
            out.setdefault("magnitude", []).append((float(digits), 10.0 ** -len(digits.split(".")[1])))
            continue
        if (found := slot_figure(m)) is not None:
            out.setdefault(found[0], []).append(found[1])
    return out


def main() -> None:
    shipped = {}
    for s in SETS:
        arts, gold, dup = load(s)
        shipped[s] = build(arts, gold, [article_terms(a) for a in arts], features.EVENT_WORD_WEIGHT, dup)
    heap = heap_triplets()
    report("shipped (years + magnitudes)", shipped, heap, None, 1)
    # the rows below without the shipped magnitude guard: as measured before it was shipped
    sets = {s: replace(p, magnitudes=None) for s, p in shipped.items()}
    heap = replace(heap, magnitudes=None) if heap is not None else None
    report("base (years only)", sets, heap, None, 1)
    report("lead slot", sets, heap, slot_figures, 1)
    report("title slot", sets, heap, lambda a: slot_figures(a, 0), 1)
    report("lead slot, 2 per side", sets, heap, slot_figures, 2)
    report("magnitudes read, lead slot", sets, heap, magnitude_figures, 1)
    report("magnitudes read, 2 per side", sets, heap, magnitude_figures, 2)
    for quorum in (1, 2, 3):
        report(f"magnitudes only, {quorum} per side", sets, heap, magnitudes_only, quorum)


def magnitudes_only(a: Article) -> Figures:
    return {k: v for k, v in magnitude_figures(a).items() if k == "magnitude"}


if __name__ == "__main__":
    main()
