"""The corpus stages alone (copies -> events -> stories) on a generated heap: time and peak memory per step.

In:  a heap from bench/make_corpus.py (articles as they are, no extraction).
Out: per step of corpus.link_corpus (copies, events, stories, records) its wall and CPU time (the
     machine is shared: CPU time is the steadier figure) and the peak
     RSS of the process after it (resource.getrusage ru_maxrss: the high-water mark so far), and a
     fingerprint of the links (a hash each of duplicate_of, event_of, story_of, events, stories),
     so that two runs, before and after a change, can be compared for identical outputs.

    .venv/bin/python bench/corpus_stages.py bench/out/heap-50000.jsonl [--fingerprint FILE] [--jobs 2]

(CPU time is this process's: with --jobs the workers' share of a step is not in it.)
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
import resource
import time
from pathlib import Path

from newsprism.corpus import CorpusLinks, link_corpus
from newsprism.records import Article


def read_heap(path: Path) -> list[Article]:
    source = str(path)
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                r = json.loads(line)
                out.append(
                    Article(
                        id=r["id"],
                        source=source,
                        title=r.get("title"),
                        text=r["text"],
                        published=r.get("published"),
                        outlet=r.get("outlet"),
                        url=r.get("url"),
                    )
                )
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fingerprint(links: CorpusLinks) -> dict[str, str]:
    def digest(items: object) -> str:
        return hashlib.sha1(json.dumps(items, sort_keys=True).encode()).hexdigest()[:16]

    return {
        "duplicate_of": digest(links.duplicate_of),
        "event_of": digest(links.event_of),
        "story_of": digest(links.story_of),
        "events": digest([dataclasses.asdict(e) for e in links.events]),
        "stories": digest([dataclasses.asdict(s) for s in links.stories]),
        "counts": f"{len(links.duplicate_of)} copies, {len(links.events)} events, {len(links.stories)} stories",
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("heap", type=Path)
    parser.add_argument("--fingerprint", type=Path, help="write the links' fingerprint here (JSON)")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (as `newsprism digest -j`)")
    args = parser.parse_args()
    t0 = time.perf_counter()
    articles = read_heap(args.heap)
    gc.collect()
    print(f"load {len(articles):,} articles: {time.perf_counter() - t0:.1f} s, peak RSS {peak_mb():,.0f} MB")
    steps: list[tuple[str, float, float]] = []

    def on_step(step: str) -> None:
        now, cpu = time.perf_counter(), time.process_time()
        if steps:
            name, start, cpu_start = steps[-1]
            print(
                f"{name:8} {now - start:7.1f} s (CPU {cpu - cpu_start:6.1f} s)   "
                f"peak RSS after it {peak_mb():7,.0f} MB",
                flush=True,
            )
        steps.append((step, now, cpu))

    t1, c1 = time.perf_counter(), time.process_time()
    links = link_corpus(articles, jobs=args.jobs, on_step=on_step)
    print(
        f"link_corpus {time.perf_counter() - t1:.1f} s (CPU {time.process_time() - c1:.1f} s), "
        f"peak RSS {peak_mb():,.0f} MB"
    )
    fp = fingerprint(links)
    print(json.dumps(fp, indent=1))
    if args.fingerprint:
        args.fingerprint.write_text(json.dumps(fp, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
