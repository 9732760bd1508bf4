"""Claims across outlets: counts per status, conflicts to eyeball, speed.

In:  ../shared/data/clustering/{basil,allsides} (docs.jsonl + gold.jsonl): every gold event (three
     outlets' reports of one happening, two or three for allsides) is given to corroborate() as is.
Out: per set the events, articles, claims per status, events with a conflict, and articles per
     second of corroborate() alone; then a sample of conflicts and of corroborated claims, each with
     every supporting article's own wording (and value, for a conflict), to read by hand.

Planted disagreements (recall of the conflict detector, where the dev sets hold almost none): in
each event, a person's name that two outlets both write ("Rick Perry") gets another first name in
one of them, everywhere in that article ("Oscar Perry"); separately, a figure of 10 or more that
two outlets both give ("364") is raised by one in one of them. A plant is found when a conflict
holds the two values; every other conflict in a planted event counts as a false one.

    .venv/bin/python bench/claims.py [--sets basil allsides] [--show-conflicts 20] [--show-corroborated 10]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

from newsprism.corroborate import corroborate
from newsprism.records import Article, Claim

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "clustering"


def read_events(folder: Path) -> list[list[Article]]:
    """The set's gold events, each a list of its articles (the docs' text is already clean)."""
    with (folder / "gold.jsonl").open(encoding="utf-8") as f:
        event_of = {r["id"]: r["event"] for r in map(json.loads, f) if r.get("event")}
    events: dict[str, list[Article]] = defaultdict(list)
    with (folder / "docs.jsonl").open(encoding="utf-8") as f:
        for r in map(json.loads, f):
            if r["id"] in event_of:
                article = Article(
                    id=r["id"],
                    source=str(folder),
                    title=r.get("title"),
                    text=r.get("text") or "",
                    published=r.get("published"),
                    outlet=r.get("outlet"),
                )
                events[event_of[r["id"]]].append(article)
    return [events[k] for k in sorted(events)]


def show(claim: Claim, articles: dict[str, Article]) -> None:
    print(f"  * {claim.text[:200]}")
    for aid in claim.article_ids:
        value = f"[{claim.values[aid]}] " if claim.values else ""
        print(f"      {articles[aid].outlet or aid}: {value}{claim.evidence.get(aid, '')[:200]}")


FIRST_NAMES = ("Oscar", "Walter", "Norma", "Hector", "Ingrid", "Boris")


def plant(articles: list[Article], kind: str) -> tuple[list[Article], str, str] | None:
    """The event with one disagreement planted in its second-outlet article, and the two values."""
    pattern = r"\b[A-Z][a-z]{2,} [A-Z][a-z]{2,}\b" if kind == "name" else r"(?<![\d,.$])[1-9]\d+(?![\d,.%])"
    for a in articles:
        for value in dict.fromkeys(re.findall(pattern, a.text)):
            others = [
                b for b in articles if b.outlet != a.outlet and re.search(rf"\b{re.escape(value)}\b", b.text)
            ]
            if not others:
                continue
            target = others[0]
            if kind == "name" and not re.search(
                rf"(?<!{value.split()[0]} ){value.split()[1]}\b", target.text
            ):
                continue  # a person is named by surname alone too ("Perry said"); "Supreme Court" is not
            if kind == "name":
                first = next(f for f in FIRST_NAMES if f[0] != value[0] and f not in target.text)
                new = f"{first} {value.split()[1]}"
            else:
                new = str(int(value) + 1)
            text = re.sub(rf"\b{re.escape(value)}\b", new, target.text)
            planted = [replace(b, text=text) if b is target else b for b in articles]
            return planted, value, new
    return None


def planted_recall(events: list[list[Article]], kind: str) -> tuple[int, int, int]:
    """(plants, plants found, other conflicts in the planted events)."""
    plants = found = false = 0
    for articles in events:
        made = plant(articles, kind)
        if made is None:
            continue
        planted, old, new = made
        plants += 1
        hits = [c for c in corroborate(planted) if c.status == "conflict"]
        right = [c for c in hits if {old, new} <= set(c.values.values())]
        found += bool(right)
        false += len(hits) - len(right)
    return plants, found, false


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", default=["basil", "allsides"])
    ap.add_argument("--show-conflicts", type=int, default=20)
    ap.add_argument("--show-corroborated", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    if not DATA.is_dir():
        print(f"claims: {DATA} not found: the shared data must sit beside the checkout", file=sys.stderr)
        return 2
    rng = random.Random(a.seed)
    print(
        f"{'set':10s} {'events':>6s} {'articles':>8s} {'corrob':>6s} {'single':>6s} {'conflict':>8s} "
        f"{'ev w/ conflict':>14s} {'art/s':>7s}"
    )
    samples: dict[str, list[tuple[Claim, dict[str, Article]]]] = defaultdict(list)
    for name in a.sets:
        events = read_events(DATA / name)
        counts: Counter[str] = Counter()
        with_conflict = 0
        seconds = 0.0
        for articles in events:
            start = time.perf_counter()
            claims = corroborate(articles)
            seconds += time.perf_counter() - start
            counts.update(c.status for c in claims)
            with_conflict += any(c.status == "conflict" for c in claims)
            by_id = {x.id: x for x in articles}
            for c in claims:
                if c.status != "single_source":
                    samples[f"{name} {c.status}"].append((c, by_id))
        n = sum(len(e) for e in events)
        print(
            f"{name:10s} {len(events):6d} {n:8d} {counts['corroborated']:6d} {counts['single_source']:6d} "
            f"{counts['conflict']:8d} {with_conflict:14d} {n / seconds:7.1f}"
        )
    print(f"\n{'set':10s} {'plant':6s} {'events':>6s} {'found':>6s} {'other conflicts':>15s}")
    for name in a.sets:
        events = read_events(DATA / name)
        for kind in ("name", "number"):
            plants, found, false = planted_recall(events, kind)
            print(f"{name:10s} {kind:6s} {plants:6d} {found:6d} {false:15d}")
    for key, limit in (("conflict", a.show_conflicts), ("corroborated", a.show_corroborated)):
        for name in a.sets:
            pool = samples[f"{name} {key}"]
            picked = pool if len(pool) <= limit else rng.sample(pool, limit)
            print(f"\n## {name}: {len(picked)} of {len(pool)} {key} claims")
            for claim, by_id in picked:
                show(claim, by_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
