"""Which event summaries of a heap change between summarise at a git revision and the working tree:
every --every'th event of the heap, summarised as report_event summarises it (bench/summarise_speed.py's
set-up), old and new side by side; printed: the number of events, of changed summaries and of changed
first sentences (the contents heading), then each changed summary, old then new.

    .venv/bin/python bench/summary_furniture.py --base HEAD [--docs bench/out/heap-10000.jsonl] [--every 1]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from newsprism import report, summarise
from newsprism.corpus import link_corpus
from newsprism.corroborate import corroborate
from report_speed import load
from summarise_speed import old_module

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision of the old summarise package")
    ap.add_argument("--docs", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    ap.add_argument("--limit", type=int, default=10000)
    ap.add_argument("--every", type=int, default=1)
    a = ap.parse_args()
    old = old_module(a.base)
    arts = load(a.docs, a.limit)
    links = link_corpus(arts)
    by_id = {x.id: x for x in arts}
    n = changed = heads = 0
    for ev in links.events[:: a.every]:
        group = [by_id[i] for i in ev.article_ids if i in by_id]
        copies = {x.id: links.duplicate_of[x.id] for x in group if x.id in links.duplicate_of}
        read = report._read_through(group, copies)
        claims = corroborate(read, copies) if len(group) - len(copies) >= 2 else []
        before = old.summarise(read, report.SUMMARY_WORDS, claims, copies)
        after = summarise.summarise(read, report.SUMMARY_WORDS, claims, copies)
        n += 1
        if before == after:
            continue
        changed += 1
        first = [s[0].text if s else "" for s in (before, after)]
        heads += first[0] != first[1]
        print(f"--- event {ev.article_ids[0]}")
        print("  OLD: " + " | ".join(x.text for x in before))
        print("  NEW: " + " | ".join(x.text for x in after))
    print(f"{n} events, {changed} summaries changed, {heads} first sentences changed")


if __name__ == "__main__":
    main()
