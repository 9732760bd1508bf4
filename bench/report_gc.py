"""The garbage collector's share of a report worker's CPU: a sample of a heap's stories reported in
this process as a report worker reports them, the collector's CPU timed by generation.

In:  a heap from make_corpus.py (bench/out/heap-<size>.jsonl) and its links (bench/out/links-<heap>.pkl,
     made by bench/report_pool.py's first run on it).
Out: every --every'th story (by size, biggest first, as bench/report_pool.py picks them) reported by
     report._report_batch in tasks of report.EVENTS_PER_TASK events, after report._warm_up and a
     gc.freeze() as report_stories does before forking its workers: the CPU of the whole pass
     (time.process_time), and the collections of each generation with their CPU time and the
     objects they freed (gc.callbacks). --worker 1 runs report._start_worker first, as each worker
     of the pool does (its young-generation threshold, a freeze after each task); --worker 0 leaves
     Python's collector as it is. Run the two interleaved: the shared machine's load moves the
     pass's CPU by 10% or more, the collector's own CPU much less.

    .venv/bin/python bench/report_gc.py --heap bench/out/heap-50000.jsonl --every 10 --worker 1
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsprism import report  # noqa: E402
from report_pool import linked  # noqa: E402
from report_speed import load  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heap", type=Path, default=Path("bench/out/heap-50000.jsonl"))
    ap.add_argument("--every", type=int, default=10)
    ap.add_argument(
        "--worker", type=int, default=1, help="1: the worker's collector settings (_start_worker)"
    )
    a = ap.parse_args()
    arts = load(a.heap, 10**9)
    links = linked(a.heap)
    events = {e.id: e for e in links.events}
    size = {s.id: sum(len(events[e].article_ids) for e in s.event_ids) for s in links.stories}
    chosen = sorted(links.stories, key=lambda s: (-size[s.id], s.id))[:: a.every]
    sample = dataclasses.replace(
        links, events=[events[e] for s in chosen for e in s.event_ids], stories=chosen
    )
    by_id = {x.id: x for x in arts if x.kept}
    report._job = report._Job(
        articles=by_id,
        events={e.id: e for e in sample.events},
        stories={s.id: s for s in sample.stories},
        duplicate_of=links.duplicate_of,
        summary_words=report.SUMMARY_WORDS,
        llm=None,
    )
    report._warm_up(sample, by_id)
    gc.collect()
    gc.freeze()  # as report_stories does before forking
    if a.worker:
        report._start_worker()
    spent, runs, freed = [0.0] * 3, [0] * 3, [0] * 3
    started = [0.0]

    def timed(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = time.process_time()
            return
        g = info["generation"]
        spent[g] += time.process_time() - started[0]
        runs[g] += 1
        freed[g] += info["collected"]

    units = [(s.id, list(s.event_ids)) for s in chosen]
    gc.callbacks.append(timed)
    clock = time.process_time()
    for batch in report._batches(units, report.EVENTS_PER_TASK):
        report._report_batch(batch)
    total = time.process_time() - clock
    gc.callbacks.remove(timed)
    n = sum(size[s.id] for s in chosen)
    print(
        f"{a.heap.name} every {a.every} worker={a.worker} (threshold {gc.get_threshold()[0]}): {len(chosen)} "
        f"stories, {n} articles, {total:.2f} s CPU; collector {sum(spent):.2f} s: "
        + ", ".join(f"gen {g} {runs[g]} x {spent[g]:.2f} s ({freed[g]} freed)" for g in range(3))
    )


if __name__ == "__main__":
    main()
