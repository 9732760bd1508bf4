"""The copies step's fingerprints alone (dedup._fingerprint through workers.fork_map, as
CopyDetector.fit runs them): wall, the parent's CPU and the workers' CPU, per 1,000 articles.

In:  a heap from bench/make_corpus.py; --jobs; --limit N keeps the first N articles while the
     parent still holds the whole heap (so a 50k run forked from a 200k parent shows whether the
     parent's size costs the workers anything).
Out: one line per round. The workers' CPU is RUSAGE_CHILDREN (the pool's workers, reaped when it
     closes). To compare two trees, run it with PYTHONPATH=<tree>/src, interleaved.

    .venv/bin/python bench/fingerprint_scale.py bench/out/heap-200000.jsonl --jobs 2 [--limit 50000]
"""

from __future__ import annotations

import argparse
import functools
import gc
import resource
import time
from pathlib import Path

from corpus_stages import read_heap
from newsprism import dedup
from newsprism.workers import fork_map


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("heap", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--rounds", type=int, default=2)
    args = ap.parse_args()
    articles = read_heap(args.heap)
    texts = [a.text for a in sorted((a for a in articles[: args.limit] if a.kept), key=lambda a: a.id)]
    gc.collect()
    for _ in range(args.rounds):
        wall, cpu, workers = time.perf_counter(), time.process_time(), children_cpu()
        fingerprint = functools.partial(dedup._fingerprint, token_ids=dedup._TokenIds())
        prints = list(fork_map(fingerprint, texts, args.jobs, dedup.PRINT_CHUNK))
        wall, cpu, workers = time.perf_counter() - wall, time.process_time() - cpu, children_cpu() - workers
        print(
            f"{len(prints):,} articles, --jobs {args.jobs}: wall {wall:.2f} s, parent CPU {cpu:.2f} s, "
            f"workers' CPU {workers:.2f} s; per 1,000 articles: workers {1000 * workers / len(prints):.3f} s, "
            f"parent {1000 * cpu / len(prints):.3f} s",
            flush=True,
        )
        del prints


if __name__ == "__main__":
    main()
