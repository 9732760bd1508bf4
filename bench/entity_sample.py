"""A fixed random sample of events' merged entities, to read by hand for wrong types, roles and merges.

    .venv/bin/python bench/entity_sample.py [--digest /tmp/d10k] [--events 15] [--per-event 8] [--seed 7]

Two sources, --events events from each: a digest of a heap (its events.jsonl and articles.jsonl; make
one with `newsprism digest bench/out/heap-10000.jsonl -o DIR`), and allsides dev's gold stories
(shared/data/clustering/allsides). For each sampled event of two or more articles, the current code's
find_mentions on each article's text, merge_entities over the event, and the --per-event entities
the event names most (merge order) are printed as `type | name | role | aliases`. The sample depends
on the seed only, so the same events print before and after a change (diff the two outputs). As
report.report_event, only English articles are read (entity_diff.english): an event's others are
sampled with it but not read, and its header counts the articles read.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

from entity_diff import english
from newsprism.analyse.entities import find_mentions, merge_entities

ROOT = Path(__file__).resolve().parents[1]


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def digest_events(folder: Path) -> list[tuple[str, list[str | None]]]:
    """Events of two or more kept articles, with each one's text (None: not English)."""
    texts = {
        a["id"]: (a.get("text") or "") if english(a) else None
        for a in read_jsonl(folder / "articles.jsonl")
        if not a.get("dropped")
    }
    events = []
    for event in read_jsonl(folder / "events.jsonl"):
        ids = [i for i in event["article_ids"] if i in texts]
        if len(ids) >= 2:
            events.append((event["id"], [texts[i] for i in ids]))
    return events


def allsides_events(shared: Path) -> list[tuple[str, list[str | None]]]:
    stories: dict[str, list[str | None]] = defaultdict(list)
    for d in read_jsonl(shared / "data" / "clustering" / "allsides" / "docs.jsonl"):
        stories[d["id"].split("_")[0]].append((d.get("text") or "") if english(d) else None)
    return [(story, texts) for story, texts in stories.items() if len(texts) >= 2]


def show(label: str, events: list[tuple[str, list[str | None]]], n: int, per_event: int, seed: int) -> None:
    for event_id, all_texts in sorted(random.Random(seed).sample(events, min(n, len(events)))):
        texts = [t for t in all_texts if t is not None]
        entities = merge_entities({str(i): find_mentions(t) for i, t in enumerate(texts)})
        print(f"## {label} {event_id} ({len(texts)} articles, {len(entities)} entities)")
        for e in entities[:per_event]:
            aliases = ", ".join(e.aliases[:4])
            print(f"  {e.type:12s} | {e.name} | {e.role or ''} | {aliases}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--digest", type=Path, default=Path("/tmp/d10k"), help="a digest's output folder")
    ap.add_argument("--events", type=int, default=15, help="events sampled from each source")
    ap.add_argument("--per-event", type=int, default=8, help="entities printed per event")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    show("heap", digest_events(a.digest), a.events, a.per_event, a.seed)
    show("allsides", allsides_events(a.shared), a.events, a.per_event, a.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
