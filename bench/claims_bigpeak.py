"""corroborate's traced peak and CPU on big events: the old package (a git revision) against the
working tree's, on the K biggest stories of a heap read as one event each (its events' articles
together, read through report.MAX_READ_ARTICLES, as a 200k heap's big events are: speed24 found the
report workers' memory spikes there, in align._similarities' n x n cosine matrix).

    .venv/bin/python bench/claims_bigpeak.py --base 0497fc0 --links /tmp/h23/speed24/w/links-heap-50000.pkl
        [--docs bench/out/heap-50000.jsonl] [--stories 3] [--repeats 3]

--links: a pickled link_corpus of the heap (built and pickled there when the file is missing: about
ten minutes for heap-50000). Each story: the statements' count, whether the claims are equal (repr,
every field), each side's tracemalloc peak over one corroborate (MB, the peak above what was
traced before it), and its best CPU time (time.process_time) of --repeats runs, the sides taken in
turn, the order rotating (the machine is shared: CPU, not wall).
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from claims_ab import module_at
from newsprism import corroborate, report
from newsprism.corpus import link_corpus
from report_speed import load

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision of the old corroborate package")
    ap.add_argument("--docs", type=Path, default=ROOT / "bench" / "out" / "heap-50000.jsonl")
    ap.add_argument("--links", type=Path, required=True)
    ap.add_argument("--stories", type=int, default=3)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    arts = load(a.docs, 10**9)
    if a.links.exists():
        links = pickle.loads(a.links.read_bytes())
    else:
        links = link_corpus(arts)
        a.links.write_bytes(pickle.dumps(links))
    by_id = {x.id: x for x in arts}
    events = {e.id: e for e in links.events}
    size = {s.id: sum(len(events[e].article_ids) for e in s.event_ids) for s in links.stories}
    with tempfile.TemporaryDirectory() as folder:
        sides = {"old": module_at(a.base, "corroborate_old", folder).corroborate}
    sides["new"] = corroborate.corroborate
    names = list(sides)
    for k, story in enumerate(sorted(links.stories, key=lambda s: -size[s.id])[: a.stories]):
        group = [by_id[i] for e in story.event_ids for i in events[e].article_ids if i in by_id]
        copies = {x.id: links.duplicate_of[x.id] for x in group if x.id in links.duplicate_of}
        read = report._read_through(group, copies)
        claims, peak = {}, {}
        for name in names:
            gc.collect()
            tracemalloc.start()
            claims[name] = repr(sides[name](read, copies))
            peak[name] = tracemalloc.get_traced_memory()[1] / 2**20
            tracemalloc.stop()
        best = dict.fromkeys(names, float("inf"))
        for r in range(a.repeats):
            shift = (k + r) % len(names)
            for name in names[shift:] + names[:shift]:
                gc.collect()
                t = time.process_time()
                sides[name](read, copies)
                best[name] = min(best[name], time.process_time() - t)
        statements = sum(len(corroborate._statements(x, x.id)) for x in read)
        print(
            f"story of {len(group)} articles, {len(read)} read, ~{statements} statements:",
            f"claims equal {len(set(claims.values())) == 1};",
            ", ".join(f"{n} peak {peak[n]:.1f} MB CPU {best[n]:.2f} s" for n in names),
            flush=True,
        )


if __name__ == "__main__":
    sys.exit(main())
