"""The heap's event timelines that only LONE_NEWS_DAYS fills (empty without it), to read by hand.

In:  bench/out/heap-10000.jsonl and its links pickle (bench/timeline_heap.py makes it).
Out: how many event timelines are empty with and without the fallback, how many of the new entries
     rest on an article naming the day ("today", "on Friday", "April 24") and how many on a
     publication day alone; with --show N, N of the new timelines (the first in a fixed shuffle of the events, seed 0),
     each entry with its articles' publication dates, title and the entry's text.

    .venv/bin/python bench/timeline_lone_days.py --show 40
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsprism import timeline  # noqa: E402
from report_speed import load  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heap", type=Path, default=Path("bench/out/heap-10000.jsonl"))
    ap.add_argument("--limit", type=int, default=10_000)
    ap.add_argument("--show", type=int, default=0)
    a = ap.parse_args()
    arts = load(a.heap, a.limit)
    links = pickle.loads(a.heap.with_name(f"links-{a.heap.stem}-{a.limit}.pkl").read_bytes())
    by_id = {x.id: x for x in arts if x.kept}
    cap = timeline.LONE_NEWS_DAYS
    new: list[tuple[str, list, list]] = []
    empty_before = empty_after = 0
    for e in links.events:
        group = [by_id[x] for x in e.article_ids if x in by_id]
        after = timeline.build_timeline(group, news_days=True)
        timeline.LONE_NEWS_DAYS = 0
        before = timeline.build_timeline(group, news_days=True)
        timeline.LONE_NEWS_DAYS = cap
        empty_before += not before
        empty_after += not after
        if after != before:
            assert not before, e.id  # only an empty timeline may change
            new.append((e.id, group, after))
    kinds: Counter[str] = Counter()
    for _, group, entries in new:
        for entry in entries:
            named = any(
                entry.date in {n.date for n in timeline._read(x.text, x.published).named}
                for x in group
                if x.id in entry.article_ids
            )
            kinds["named" if named else "published only"] += 1
    print(
        f"{len(links.events)} events: empty timelines {empty_before} -> {empty_after}; new entries {dict(kinds)}"
    )
    print("articles per new timeline:", dict(sorted(Counter(len(g) for _, g, _ in new).items())))
    # the same events for every tree: a fixed shuffle of all the event ids, the first that changed
    order = [e.id for e in links.events]
    random.Random(0).shuffle(order)
    rank = {eid: k for k, eid in enumerate(order)}
    for _, group, entries in sorted(new, key=lambda n: rank[n[0]])[: a.show]:
        print("=" * 100)
        for x in group:
            print(f"  [{x.id} {x.published}] {(x.title or '')[:90]}")
        for entry in entries:
            print(f"  -> {entry.date} {entry.article_ids}: {entry.text[:300]}")


if __name__ == "__main__":
    main()
