"""Event errors at the shipped cell, sorted into classes and sized in B-cubed points (session 26).

In:  the dev sets as bench/event_variants.py reads them (../shared/data/clustering/<set>/docs.jsonl
     + gold.jsonl; originals clustered, each copy scored with its original's event, as the digest).
Out: per set, its event B3 F1 at (EVENT_THRESHOLD, UNDATED_FACTOR), then one line per class of error:
     the B3 F1 the set would gain if each error of the class alone were fixed (summed), how many
     errors, and some ids. An error is
       mixed: a predicted event holding articles of 2+ gold events (fixed: split by gold), or
       split: a gold event spread over 2+ predicted events (fixed: its articles one event alone).
     Mixed events are classed by the days of their gold parts (a part with no dated member; dated
     parts on the same days, 1-3 days apart, 4+ days apart); split ones by why they stay apart (the
     gold event's dated members span more than EVENT_MAX_SPAN_DAYS, or the best average link between
     its parts: under 0.15, 0.15 to the threshold, at or above it, i.e. kept apart by the clusters
     its parts sit in). With --show, every error with its articles' days and titles and the average
     links (the shipped time-weighted similarities) between its parts, largest first.

    .venv/bin/python bench/event_errors.py                       # classes of ecbplus, allsides, mixed-dev
    .venv/bin/python bench/event_errors.py --sets allsides --show
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

import newsprism.cluster.features as features  # noqa: E402
from clustering import bcubed  # noqa: E402
from event_variants import Pairs, build, labels_at, load  # noqa: E402
from newsprism.cluster.events import EVENT_MAX_SPAN_DAYS, EVENT_THRESHOLD, UNDATED_FACTOR  # noqa: E402
from newsprism.cluster.features import article_terms  # noqa: E402

# Split parts whose best average link is under this share few words (opinion takes, other wording).
FEW_WORDS = 0.15
# Two dated parts of a mixed event this many days apart or fewer are consecutive days of one subject.
NEAR_DAYS = 3


def shipped(p: Pairs) -> tuple[dict[str, str], dict[tuple[int, int], float]]:
    """Each article's (and copy's) event at the shipped cell, and the pair similarities used."""
    labels, sims = labels_at(p, EVENT_THRESHOLD, UNDATED_FACTOR)
    pred = {a.id: str(lab) for a, lab in zip(p.arts, labels.tolist(), strict=True)}
    weights = {}
    for a, b, x in zip(p.i.tolist(), p.j.tolist(), sims.tolist(), strict=True):
        if x > 0:
            weights[a, b] = weights[b, a] = x
    return {**pred, **{c: pred[o] for c, o in p.copies.items()}}, weights


class Errors:
    """One set's errors at the shipped cell (module docstring)."""

    def __init__(self, p: Pairs) -> None:
        self.p = p
        self.pred, self.weights = shipped(p)
        self.f1 = bcubed(p.gold, self.pred)[0]
        self.node = {a.id: k for k, a in enumerate(p.arts)}
        self.by_pred: dict[str, list[str]] = defaultdict(list)
        self.by_gold: dict[str, list[str]] = defaultdict(list)
        for x, g in p.gold.items():
            self.by_pred[self.pred[x]].append(x)
            self.by_gold[g].append(x)

    def index(self, x: str) -> int:
        """The clustered article of `x` (a copy: its original)."""
        return self.node[self.p.copies.get(x, x)]

    def days(self, ids: Iterable[str]) -> list[float]:
        return [d for d in (float(self.p.lo[self.index(x)]) for x in ids) if np.isfinite(d)]

    def link(self, a: list[str], b: list[str]) -> float:
        """Average link of two groups: summed similarities over |a| x |b| (a missing pair is 0)."""
        na, nb = [self.index(x) for x in a], [self.index(x) for x in b]
        return sum(self.weights.get((u, v), 0.0) for u in na for v in nb) / (len(na) * len(nb))

    def gain(self, relabel: dict[str, str]) -> float:
        return bcubed(self.p.gold, {**self.pred, **relabel})[0] - self.f1

    def mixed(self) -> Iterable[tuple[float, str, str, dict[str, list[str]]]]:
        for c, members in self.by_pred.items():
            parts: dict[str, list[str]] = defaultdict(list)
            for x in members:
                parts[self.p.gold[x]].append(x)
            if len(parts) < 2:
                continue
            days = [self.days(v) for v in parts.values()]
            if not all(days):
                kind = "mixed: a gold part has no dated member"
            else:
                gap = max(min(d) for d in days) - min(max(d) for d in days)
                kind = (
                    "mixed: dated parts on the same days"
                    if gap <= 0
                    else f"mixed: dated parts 1-{NEAR_DAYS} days apart"
                    if gap <= NEAR_DAYS
                    else f"mixed: dated parts {NEAR_DAYS + 1}+ days apart"
                )
            yield self.gain({x: f"{c}|{self.p.gold[x]}" for x in members}), kind, c, parts

    def split(self) -> Iterable[tuple[float, str, str, dict[str, list[str]]]]:
        for g, members in self.by_gold.items():
            parts: dict[str, list[str]] = defaultdict(list)
            for x in members:
                parts[self.pred[x]].append(x)
            if len(parts) < 2:
                continue
            dated = self.days(members)
            keys = list(parts)
            best = max(self.link(parts[a], parts[b]) for a in keys for b in keys if a < b)
            if dated and max(dated) - min(dated) > EVENT_MAX_SPAN_DAYS:
                kind = f"split: dated members span more than {EVENT_MAX_SPAN_DAYS} days"
            elif best < FEW_WORDS:
                kind = f"split: parts' best link under {FEW_WORDS} (few shared words)"
            elif best <= EVENT_THRESHOLD:
                kind = f"split: parts' best link {FEW_WORDS} to the threshold"
            else:
                kind = "split: parts' link above the threshold (kept apart by their clusters)"
            yield self.gain({x: f"gold|{g}" for x in members}), kind, g, parts

    def title(self, x: str) -> str:
        k = self.index(x)
        a = self.p.arts[k]
        day = "undated" if np.isnan(self.p.lo[k]) else str(np.datetime64(int(self.p.lo[k]), "D"))
        copy = f" (copy of {self.p.copies[x]})" if x in self.p.copies else ""
        return f"{x:18} {day:10}{copy} {(a.title or a.text[:90]).splitlines()[0][:100]!r}"

    def show(self, gain: float, kind: str, key: str, parts: dict[str, list[str]]) -> None:
        print(f"\n+{gain:.4f} {kind} [{key}]")
        keys = sorted(parts, key=lambda k: -len(parts[k]))
        for k in keys:
            print(f"   {'gold' if kind.startswith('mixed') else 'event'} {k}: {len(parts[k])}")
            for x in sorted(parts[k], key=self.title):
                print("      " + self.title(x))
        for n, a in enumerate(keys):
            for b in keys[n + 1 :]:
                print(f"   link {a} ~ {b}: {self.link(parts[a], parts[b]):.3f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", nargs="+", default=["ecbplus", "allsides", "mixed-dev"])
    ap.add_argument("--show", action="store_true", help="every error with its articles, largest first")
    args = ap.parse_args()
    for s in args.sets:
        arts, gold, dup = load(s)
        errors = Errors(build(arts, gold, [article_terms(a) for a in arts], features.EVENT_WORD_WEIGHT, dup))
        rows = sorted([*errors.mixed(), *errors.split()], key=lambda r: -r[0])
        points: Counter[str] = Counter()
        count: Counter[str] = Counter()
        ids: dict[str, list[str]] = defaultdict(list)
        for gain, kind, key, _ in rows:
            points[kind] += gain
            count[kind] += 1
            ids[kind].append(key)
        print(f"\n{s}: event B3 F1 {errors.f1:.4f} at ({EVENT_THRESHOLD}, {UNDATED_FACTOR})")
        for kind in sorted(points, key=lambda k: -points[k]):
            print(f"  +{points[kind]:.4f}  {count[kind]:3}  {kind:66} e.g. {' '.join(ids[kind][:6])}")
        if args.show:
            for row in rows:
                errors.show(*row)


if __name__ == "__main__":
    main()
