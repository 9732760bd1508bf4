"""The report stage's pool on a sample of a big heap, the whole heap held in the parent as in a digest.

In:  a heap from make_corpus.py (bench/out/heap-<size>.jsonl), linked by link_corpus (the links are
     kept in bench/out/links-<heap>.pkl after the first run: 130 s of CPU for the 200k heap).
Out: report.report_stories with --jobs workers over every --every'th story (by size, biggest first,
     so the sample has the heap's mix of story sizes): the parent's CPU, the workers' CPU
     (RUSAGE_CHILDREN, so other jobs on the machine do not distort it), articles per second per core,
     the workers' minor page faults (copy-on-write of the parent's pages among them), and the
     full (generation 2) collections run in parent and workers with their CPU time.
     --freeze 0 turns report.FREEZE_BEFORE_FORK off for an A/B; run the two interleaved.

    .venv/bin/python bench/report_pool.py --heap bench/out/heap-200000.jsonl --every 80 --freeze 1

The whole 50k heap's report stage (--every 1), freeze 1 then 0, load 3-6: workers' CPU 228.6 vs
251.5 s (219 vs 199 articles/s per core), full collections 7.3 vs 30.0 s, minor faults 2.38M vs 2.86M.

Where the pool's CPU goes, against the same sample in one process: --jobs 1 reports it in this
process (no pool: the CPU is the parent's); --one-worker forks the pool as for --jobs 2 (warm-up,
freeze, tasks, results pickled back) but with a single worker, so nothing runs beside it. Pool of
one vs one process is the pool's own cost; two workers vs one worker is the cost of two processes
running at once on the machine's cores.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import os
import pickle
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsprism import report  # noqa: E402
from newsprism.corpus import CorpusLinks, Event, link_corpus  # noqa: E402
from report_speed import load  # noqa: E402


def linked(heap: Path) -> CorpusLinks:
    cache = heap.with_name(f"links-{heap.stem}.pkl")
    if cache.exists():
        links: CorpusLinks = pickle.loads(cache.read_bytes())
        return links
    links = link_corpus(load(heap, 10**9))
    cache.write_bytes(pickle.dumps(links))
    return links


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heap", type=Path, default=Path("bench/out/heap-10000.jsonl"))
    ap.add_argument("--every", type=int, default=4)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--freeze", type=int, default=1)
    ap.add_argument("--one-worker", action="store_true", help="the pool of --jobs 2 with one worker")
    ap.add_argument("--tasks-per-worker", type=int, default=report.TASKS_PER_WORKER)
    a = ap.parse_args()
    report.TASKS_PER_WORKER = a.tasks_per_worker
    if a.one_worker:
        a.jobs = 2
        fork = report.multiprocessing.get_context("fork")

        class OneWorker:
            def Pool(self, jobs: int, **kw: object) -> object:  # noqa: N802 (multiprocessing's name)
                return fork.Pool(1, **kw)  # type: ignore[arg-type]

        report.multiprocessing.get_context = lambda method: OneWorker()  # type: ignore[assignment]
    arts = load(a.heap, 10**9)
    links = linked(a.heap)
    of_story: dict[str, list[Event]] = {}
    for e in links.events:
        of_story.setdefault(e.story_id, []).append(e)
    size = {sid: sum(len(e.article_ids) for e in evs) for sid, evs in of_story.items()}
    chosen = set(sorted(of_story, key=lambda s: (-size[s], s))[:: a.every])
    sample = dataclasses.replace(
        links,
        events=[e for e in links.events if e.story_id in chosen],
        stories=[s for s in links.stories if s.id in chosen],
    )
    n = sum(size[s] for s in chosen)
    report.FREEZE_BEFORE_FORK = bool(a.freeze)
    log = Path(tempfile.mkstemp(prefix="report-pool-gc-")[1])
    started = [0.0]

    def full_collections(phase: str, info: dict[str, int]) -> None:
        # inherited by the forked workers: each appends its own full collections' CPU time
        if info["generation"] != 2:
            return
        if phase == "start":
            started[0] = time.process_time()
        else:
            with log.open("a") as f:
                f.write(f"{os.getpid()} {time.process_time() - started[0]:.4f}\n")

    gc.callbacks.append(full_collections)
    r0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    told = sum(1 for _ in report.report_stories(arts, sample, jobs=a.jobs))
    r1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    gc.callbacks.remove(full_collections)
    spent = [float(line.split()[1]) for line in log.read_text().splitlines()]
    log.unlink()
    parent = r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime
    workers = c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime
    mode = ("one worker" if a.one_worker else f"jobs {a.jobs}") + f" tasks/worker {a.tasks_per_worker}"
    print(
        f"{a.heap.name} every {a.every} freeze={a.freeze} {mode}: {told} stories, {n} articles; parent "
        f"CPU {parent:.1f} s (minor faults {r1.ru_minflt - r0.ru_minflt:,}); workers CPU {workers:.1f} s "
        f"(sys {c1.ru_stime - c0.ru_stime:.1f}) = {n / (workers or parent):.0f} articles/s per core; "
        f"workers' minor faults {c1.ru_minflt - c0.ru_minflt:,}; "
        f"full collections {len(spent)}, {sum(spent):.2f} s CPU"
    )


if __name__ == "__main__":
    main()
