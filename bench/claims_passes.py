"""Whole passes of corroborate.corroborate over a heap's events, the module at an earlier git revision
against the working tree's, with the garbage collector on as in a digest.

    .venv/bin/python bench/claims_passes.py --base 0f07405 [--docs bench/out/heap-10000.jsonl]
        [--every 2] [--passes 4]

bench/claims_ab.py keeps each event's best of several runs, which leaves out most of the collector's
work (a run that a collection fell into is not the best); here each side runs every --every'th event
once per pass, sides alternating pass by pass (which goes first alternates too), and the CPU time of
whole passes (time.process_time) is printed: each pass, the minimum, and the new/old ratio of the
minima and of the sums. Events and the old module as in bench/claims_ab.py (its pickled inputs);
every event is run once by both sides first (the sentence cache and the gazetteer warm).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from claims_ab import ROOT, events_of, module_at
from newsprism import corroborate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision of the old corroborate.py")
    ap.add_argument("--docs", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    ap.add_argument("--every", type=int, default=2, help="run every n-th event only")
    ap.add_argument("--passes", type=int, default=4)
    a = ap.parse_args()
    events = events_of(a.docs)[:: a.every]
    with tempfile.TemporaryDirectory() as folder:
        sides = {
            "old": module_at(a.base, "corroborate_old", folder).corroborate,
            "new": corroborate.corroborate,
        }
    for run in sides.values():
        for read, copies in events:
            run(read, copies)
    spent: dict[str, list[float]] = {name: [] for name in sides}
    for p in range(a.passes):
        for name in sorted(sides, reverse=p % 2 == 1):
            t = time.process_time()
            for read, copies in events:
                sides[name](read, copies)
            spent[name].append(time.process_time() - t)
    print(f"{len(events)} events of 2+ originals, every {a.every}th of {a.docs}, {a.passes} passes a side")
    for name, times in spent.items():
        print(f"{name}: " + " ".join(f"{t:.2f}" for t in times) + f" s CPU, min {min(times):.2f} s")
    print(
        f"new/old: min {min(spent['new']) / min(spent['old']):.3f}, "
        f"sum {sum(spent['new']) / sum(spent['old']):.3f}"
    )


if __name__ == "__main__":
    main()
