"""merge_entities of an earlier revision against the current one over every event of a heap digest.

    .venv/bin/python bench/entity_merge_diff.py --base abd2eb4 [--digest /tmp/h9/ents9/d10k] [--summary]

The old module or package is analyse/entities(.py) at the commit BASE, or at the path BASE (a
worktree's file or package folder), imported under another name as bench/entities_ab.py does. For each event of the digest (events.jsonl; the texts of the articles not
dropped in articles.jsonl) the current find_mentions runs once on each article, then both modules'
merge_entities on those mentions. Printed: every event whose entities differ, with its entities that
only the old ("-") or only the new ("+") output holds as (name, type, aliases, articles), then the
count of changed events. bench/entity_diff.py compares find_mentions too, on a fixed text set with
600 digest events; this reads every event of the digest, for a change to merge_entities alone.
With --summary only the count of each changed (name, type) line is printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from entities_ab import old_module
from newsprism.analyse import entities as new


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="a commit, or the path of an entities.py or entities/")
    ap.add_argument("--digest", type=Path, default=Path("/tmp/h9/ents9/d10k"))
    ap.add_argument("--summary", action="store_true", help="count the changed lines only")
    a = ap.parse_args()
    old = old_module(a.base)
    texts: dict[str, str] = {}
    with (a.digest / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if not article.get("dropped"):
                texts[article["id"]] = article.get("text") or ""
    changed = 0
    counts: Counter[str] = Counter()
    with (a.digest / "events.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            event = json.loads(line)
            mentions = {i: new.find_mentions(texts[i]) for i in event["article_ids"] if i in texts}
            before = {(e.name, e.type, e.aliases, len(e.article_ids)) for e in old.merge_entities(mentions)}
            after = {(e.name, e.type, e.aliases, len(e.article_ids)) for e in new.merge_entities(mentions)}
            if before == after:
                continue
            changed += 1
            if not a.summary:
                print("EVENT", event["id"])
            for sign, lines_ in (("-", before - after), ("+", after - before)):
                for entity in sorted(lines_):
                    counts[f"{sign} {entity[0]} {entity[1]}"] += 1
                    if not a.summary:
                        print(f"  {sign}", entity)
    if a.summary:
        for text, n in counts.most_common():
            print(f"{n:5d}  {text}")
    print(f"changed events {changed}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
