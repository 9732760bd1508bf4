"""Speed of corroborate.corroborate against the same module at an earlier git revision, on the events
report_event corroborates (two originals or more), old and new alternating event by event in one
process, claims compared event by event.

    .venv/bin/python bench/claims_speed.py --base ac903c9 [--docs bench/out/heap-10000.jsonl]
        [--limit 10000] [--every 4] [--rounds 2]

The old module is corroborate.py (or the package corroborate/) at BASE, imported under another
name (claims_ab.module_at; it imports the rest of newsprism as it is now). Events: every --every'th event of the --docs heap as
link_corpus groups it, read through as report_event reads it. Alternating per event (and which goes
first) leaves both sides the same share of the shared machine's load, so their ratio is steadier
than two runs one after the other. The sentence cache is emptied before every call: each side
splits its texts itself. Printed: CPU seconds per side (time.process_time, mean over --rounds),
the new/old ratio, and whether every event's claims are equal.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from claims_ab import module_at
from newsprism import corroborate, report
from newsprism.analyse import sentences
from newsprism.corpus import link_corpus
from report_speed import load

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision of the old corroborate (module or package)")
    ap.add_argument("--docs", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    ap.add_argument("--limit", type=int, default=10000)
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        old = module_at(a.base, f"corroborate_{a.base}", folder)

    arts = load(a.docs, a.limit)
    links = link_corpus(arts)
    by_id = {x.id: x for x in arts}
    events = []
    for ev in links.events[:: a.every]:
        group = [by_id[i] for i in ev.article_ids if i in by_id]
        copies = {x.id: links.duplicate_of[x.id] for x in group if x.id in links.duplicate_of}
        if len(group) - len(copies) >= 2:
            events.append((report._read_through(group, copies), copies))
    sides = {"old": old.corroborate, "new": corroborate.corroborate}
    for run in sides.values():
        run(*events[0])  # the gazetteer of places, loaded once
    spent = dict.fromkeys(sides, 0.0)
    equal = True
    for r in range(a.rounds):
        for k, (read, copies) in enumerate(events):
            claims = {}
            for name in sorted(sides, reverse=(k + r) % 2 == 1):
                sentences._split.cache_clear()
                t = time.process_time()
                claims[name] = sides[name](read, copies)
                spent[name] += time.process_time() - t
            equal &= repr(claims["old"]) == repr(claims["new"])
    n = sum(len(read) for read, _ in events)
    print(f"{len(events)} events of 2+ originals ({n} articles read), every {a.every}th of {a.docs}")
    print(
        f"old ({a.base}) {spent['old'] / a.rounds:.2f} s CPU, new {spent['new'] / a.rounds:.2f} s CPU, ",
        end="",
    )
    print(f"new/old {spent['new'] / spent['old']:.3f}, claims equal: {equal}")


if __name__ == "__main__":
    main()
