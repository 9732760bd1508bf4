"""Event clustering with the days an article's text names (issue 3, session 17): variants
re-scored over EventClusterer.fit's own candidate pairs.

In:  ../shared/data/clustering/{ecbplus,basil,allsides,mixed-dev}/docs.jsonl + gold.jsonl (as
     bench/clustering.py reads them: the originals clustered, copies scored with their original,
     as the digest does; before session 18, every kept article).
Out: with --evidence, pair-level shares of same-event pairs by what the two texts name; then one
     printed row per variant, as bench/event_variants.py prints them: leave-one-set-out event B3
     F1 on ecbplus / basil / allsides (threshold and undated factor picked on the other two), then
     all four sets at the cell best on the three together (mixed-dev's P / R); a nested
     leave-one-set-out that picks the variant with the cell on the other two sets; with --cells,
     every cell of a few variants against the baseline's.

The idea. A news lead says on which day its happening took place ("opened fire at a Christmas
party Friday", "voted Sunday"); reports of one happening name the same day, and two steps of one
story (a judge blocks a law on Wednesday, an appeals court lets it stand on Thursday) name
different ones. Most of the dev sets' false merges have an undated side (ECB+'s "ecb" half,
AllSides excerpts), where the time factor knows nothing; the weekday is a day the text itself
gives.

  weekday    the first weekday named in the first two sentences, not before a capitalised word
             ("Sunday Times") and not a reporting day ("officials said Saturday", "the mayor on
             Saturday said": the day a fact was told, not the happening's); two articles naming
             different weekdays (gap >= g days around the week) have their similarity x w, the
             same weekday x b. mode "skip": only pairs with an undated side (two dated articles
             have the time factor); "resolve": a dated pair compares the days the weekdays
             resolve to (the last such weekday on or before its publication day), an undated
             one the names;
  monthday   a month and day with no year in the first three sentences of an undated article
             ("Dec. 11", "on Dec.14"), against the other article's publication day (month and
             day, any year) or, with uu, against another undated article's: more than 10 days
             apart x far_w, within 10 days x near_b.

  guard      at the cluster level, inside average link: a cluster's weekday is the one at least
             `share` of its weekday-naming members name (at least `named` of them); two clusters
             whose weekdays are >= g days apart have their average link x w (w 0: never merge);
             a post-step-free variant of the pairwise rule, robust to one member's follow-up day.

    .venv/bin/python bench/event_days.py --evidence        # every row (~9 min)
    .venv/bin/python bench/event_days.py --cells           # the cells of four variants
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
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
    pick,
    row,
    score,
    table,
)
from newsprism.cluster.attach import attach_loners  # noqa: E402
from newsprism.cluster.features import article_terms  # noqa: E402
from newsprism.records import Article  # noqa: E402

_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b(?!\s+[A-Z])")
_DAYS = {
    d: k for k, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")
# "officials said Saturday", "told reporters on Monday": the day a fact was told
_TOLD_BEFORE = re.compile(r"\b(said|says|say|told|reported|reports|announced|confirmed)\s+(?:on\s+)?$", re.I)
# "the mayor on Saturday said", "Monday night, said"
_TOLD_AFTER = re.compile(
    r"^\s*(?:night\s+|morning\s+|afternoon\s+|evening\s+)?(?:,\s*)?(said|says|told|reported)\b", re.I
)
_MONTHS = {
    m: k + 1
    for k, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_MONTH_DAY = re.compile(
    r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*(\d{1,2})(?:st|nd|rd|th)?\b"
    r"(?!\s*,?\s*(?:19|20)\d\d)(?!\d)"
)
NEAR_DAYS = 10  # a month-day this close (around the year) to the other's day is its happening's


def lead(a: Article, sentences: int) -> str:
    return " ".join(_SENTENCE.split(a.text.strip(), maxsplit=sentences)[:sentences])


def weekday(a: Article, sentences: int = 2) -> int:
    """0 (Monday) .. 6 of the first weekday the lead names as a happening's day; -1 when none."""
    t = lead(a, sentences)
    for m in _WEEKDAY.finditer(t):
        if _TOLD_BEFORE.search(t[max(0, m.start() - 40) : m.start()]) or _TOLD_AFTER.match(
            t[m.end() : m.end() + 30]
        ):
            continue
        return _DAYS[m.group(1).lower()]
    return -1


def month_days(a: Article, sentences: int = 3) -> list[int]:
    """Month-days with no year the lead names, as month x 31 + day (a day of a 372-day year)."""
    out = []
    for m in _MONTH_DAY.finditer(lead(a, sentences)):
        d = int(m.group(2))
        if 1 <= d <= 31:
            out.append(_MONTHS[m.group(1)[:3].lower()] * 31 + d)
    return out


def _year_day(day: float) -> int | None:
    if not np.isfinite(day):
        return None
    d = np.datetime64(int(day), "D").astype(object)
    return d.month * 31 + d.day


def _around(u: int, v: int) -> int:
    return min(abs(u - v), 372 - abs(u - v))


def weekday_mult(p: Pairs, days: np.ndarray, w: float, boost: float, gap: int, mode: str) -> np.ndarray:
    a, b = days[p.i], days[p.j]
    both = (a >= 0) & (b >= 0)
    apart = np.minimum((a - b) % 7, (b - a) % 7)
    bad = both & (apart >= gap) & p.undated
    same = both & (a == b) & p.undated
    if mode == "resolve":  # dated pairs: the days the weekdays resolve to
        dated = np.isfinite(p.lo) & (p.lo == p.hi)
        day = np.where(dated, p.lo, np.nan)
        resolved = np.where(days >= 0, day - ((day + 3 - days) % 7), np.nan)  # 1970-01-01 a Thursday
        with np.errstate(invalid="ignore"):
            bad |= both & ~p.undated & (np.abs(resolved[p.i] - resolved[p.j]) >= gap)
    return np.where(bad, w, np.where(same, boost, 1.0))


def monthday_mult(p: Pairs, mds: list[list[int]], far_w: float, near_b: float, uu: bool) -> np.ndarray:
    doy = [_year_day(x) if x == h else None for x, h in zip(p.lo.tolist(), p.hi.tolist(), strict=True)]
    out = np.ones(len(p.i))
    for k, (a, b) in enumerate(zip(p.i.tolist(), p.j.tolist(), strict=True)):
        da, db = doy[a], doy[b]
        if da is None and db is None:
            if not (uu and mds[a] and mds[b]):
                continue
            g = min(_around(x, y) for x in mds[a] for y in mds[b])
        elif da is None or db is None:
            u, d = (a, db) if da is None else (b, da)
            if not mds[u] or d is None:
                continue
            g = min(_around(x, d) for x in mds[u])
        else:
            continue
        out[k] = near_b if g <= NEAR_DAYS else far_w
    return out


def guarded_link(
    p: Pairs, sims: np.ndarray, threshold: float, days: np.ndarray, key: tuple, undated: float
) -> np.ndarray:
    """Average link (event_variants.hooked_link) whose link between two clusters is x w when
    their weekdays conflict (the `guard` variant); w 0 blocks the merge. The shipped year guard
    applies too (hooked_link's `years`, and attach_loners' named_years), and undated members take
    their clusters' days (hooked_link's `undated`, the cell's factor: linkage.UNDATED_TIME, since
    session 22), so "(none: the guard's own average link)" is bench/clustering.py's table 1 at its
    cell (since session 19)."""
    gap, share, named, w = key
    count = [Counter([int(d)]) if d >= 0 else Counter() for d in days.tolist()]

    def weekday_of(c: Counter) -> int:
        total = sum(c.values())
        if total < named:
            return -1
        d, k = max(c.items(), key=lambda kv: (kv[1], -kv[0]))
        return d if k >= share * total else -1

    def factor(a: int, b: int, first: list[float]) -> float:
        da, db = weekday_of(count[a]), weekday_of(count[b])
        return w if da >= 0 and db >= 0 and min((da - db) % 7, (db - da) % 7) >= gap else 1.0

    def on_merge(a: int, b: int) -> None:
        count[a] += count[b]

    return hooked_link(p, sims, threshold, factor, on_merge, years=True, undated=undated)


def guard_table(sets: dict[str, Pairs], days: dict[str, np.ndarray], key: tuple) -> dict:
    out = {}
    for s, p in sets.items():
        for u in UNDATED:
            sims = p.cos * p.factor * np.where(p.undated, u, 1.0)
            keep = sims > 0
            for th in GRID:
                labels = guarded_link(p, sims, th, days[s], key, u)
                span = {
                    "days": p.lo,
                    "days_hi": p.hi,
                    "max_span": EVENT_MAX_SPAN_DAYS,
                    "named_years": p.named,
                }
                labels = attach_loners(labels, p.i[keep], p.j[keep], sims[keep], LONER_THRESHOLD, **span)
                pred = {a.id: str(lab) for a, lab in zip(p.arts, labels.tolist(), strict=True)}
                out[s, (u, th)] = score(p, pred)
    return out


def evidence(sets: dict[str, Pairs], days: dict[str, np.ndarray], mds: dict[str, list[list[int]]]) -> None:
    print("pairs' share of one gold event, by the weekdays the two leads name (similarity at 0.225 / 0.85)")
    for s, p in sets.items():
        d, g = days[s], [p.gold[a.id] for a in p.arts]
        sims = p.cos * p.factor * np.where(p.undated, 0.85, 1.0)
        print(f"  {s}: {int((d >= 0).sum())} of {len(d)} articles name a weekday")
        for lo, hi in ((0.1, 0.225), (0.225, 0.4), (0.4, 1.01)):
            c: Counter = Counter()
            for a, b, x in zip(p.i.tolist(), p.j.tolist(), sims.tolist(), strict=True):
                if lo <= x < hi:
                    k = "none" if d[a] < 0 or d[b] < 0 else ("same" if d[a] == d[b] else "different")
                    c[k, g[a] == g[b]] += 1
            parts = [f"{k} {c[k, True]}/{c[k, True] + c[k, False]}" for k in ("same", "different", "none")]
            print(f"    similarity {lo}-{hi}: " + ", ".join(parts))
    print(
        "undated x dated pairs of similarity 0.15-0.5, by the undated lead's month-days against the other's day"
    )
    for s, p in sets.items():
        und = np.isnan(p.lo)
        named = sum(bool(mds[s][k]) for k in np.flatnonzero(und).tolist())
        c = Counter()
        sims = p.cos * p.factor * np.where(p.undated, 0.85, 1.0)
        for a, b, x in zip(p.i.tolist(), p.j.tolist(), sims.tolist(), strict=True):
            if not 0.15 <= x < 0.5 or und[a] == und[b]:
                continue
            u, d = (a, b) if und[a] else (b, a)
            yd = _year_day(p.lo[d])
            if not mds[s][u] or yd is None:
                k = "none"
            else:
                k = "near" if min(_around(v, yd) for v in mds[s][u]) <= NEAR_DAYS else "far"
            c[k, p.gold[p.arts[a].id] == p.gold[p.arts[b].id]] += 1
        parts = [f"{k} {c[k, True]}/{c[k, True] + c[k, False]}" for k in ("near", "far", "none")]
        print(f"  {s}: {named} of {int(und.sum())} undated articles name a month-day; " + ", ".join(parts))


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--evidence", action="store_true", help="pair-level shares first")
    ap.add_argument("--cells", action="store_true", help="only every cell of four variants")
    ap.add_argument("--guard", action="store_true", help="only the cluster-level guard rows")
    args = ap.parse_args()
    sets = {}
    for s in SETS:
        arts, gold, dup = load(s)
        sets[s] = build(arts, gold, [article_terms(a) for a in arts], features.EVENT_WORD_WEIGHT, dup)
    days = {s: np.array([weekday(a) for a in p.arts]) for s, p in sets.items()}
    mds = {s: [month_days(a) for a in p.arts] for s, p in sets.items()}
    if args.evidence:
        evidence(sets, days, mds)
    if args.guard or not args.cells:
        print("cluster-level weekday guard (gap, share, named, w)")
        guards: dict[object, dict] = {"base": guard_table(sets, days, (1, 1.0, 10**9, 1.0))}
        row("  (none: the guard's own average link)", guards["base"])
        for key in itertools.product((1, 2), (0.5, 0.67), (1, 2), (0.0, 0.8)):
            guards[key] = guard_table(sets, days, key)
            row(f"  gap>={key[0]} share {key[1]} named>={key[2]} x{key[3]}", guards[key])
        nested(guards)
        if args.guard:
            return
    tabs: dict[object, dict] = {"base": table(sets)}
    if args.cells:
        for key in (("resolve", 1, 0.9, 1.1), ("resolve", 2, 0.9, 1.15), ("skip", 1, 0.7, 1.1)):
            tabs[key] = table(
                sets, {s: weekday_mult(p, days[s], key[2], key[3], key[1], key[0]) for s, p in sets.items()}
            )
        for key, t in tabs.items():
            print(key)
            for s in ("ecbplus", "allsides"):
                for u in UNDATED:
                    print(f"  {s[:4]} {u:.2f} " + " ".join(f"{t[s, (u, th)][0]:.3f}" for th in GRID))
        return
    row("(none)", tabs["base"])
    print("weekday (mode, gap, w different, b same)")
    for key in itertools.product(("skip", "resolve"), (1, 2), (0.9, 0.8, 0.7, 0.6), (1.0, 1.05, 1.1, 1.15)):
        mode, gap, w, boost = key
        tabs[key] = table(sets, {s: weekday_mult(p, days[s], w, boost, gap, mode) for s, p in sets.items()})
        row(f"  {mode} gap>={gap} x{w} same x{boost}", tabs[key])
    nested(tabs)
    print("month-days of undated leads (far x w, near x b, undated pairs too)")
    md_mults = {}
    for key in itertools.product((0.8, 0.6, 0.4), (1.0, 1.1), (False, True)):
        md_mults[key] = {s: monthday_mult(p, mds[s], *key) for s, p in sets.items()}
        row(f"  far x{key[0]} near x{key[1]} uu {key[2]}", table(sets, md_mults[key]))
    print("weekday + month-days")
    for wk in (("resolve", 1, 0.9, 1.1), ("resolve", 2, 0.9, 1.15), ("resolve", 1, 0.8, 1.1)):
        wm = {s: weekday_mult(p, days[s], wk[2], wk[3], wk[1], wk[0]) for s, p in sets.items()}
        for mk in ((0.6, 1.0, False), (0.6, 1.1, True), (0.4, 1.1, True)):
            row(f"  {wk} + {mk}", table(sets, {s: wm[s] * md_mults[mk][s] for s in sets}))


if __name__ == "__main__":
    main()
