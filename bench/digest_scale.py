"""The whole `newsprism digest` on generated heaps: articles per second, memory, growth with size.

In:  heaps from bench/make_corpus.py (bench/out/heap-<size>.jsonl; made here when missing).
Out: one row per size: wall time, articles/s, the peak memory of the whole process tree (proportional set size summed
     over the digest and its workers, sampled twice a second from /proc/<pid>/smaps_rollup: forked
     workers share their parent's pages, so summing RSS would count those pages once per worker),
     the largest single process's RSS (ru_maxrss of the children), then the time ratios of
     consecutive sizes next to the ratio n log n would give.

    .venv/bin/python bench/digest_scale.py [--sizes 10000 50000 200000] [--jobs 2]

Each digest runs as its own process (`python -m newsprism digest HEAP -o OUT -j JOBS -q`), so
nothing of one size stays in memory for the next.
"""

from __future__ import annotations

import argparse
import math
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from make_corpus import write_heap  # noqa: E402

SAMPLE_S = 0.5  # memory sampling period: a stage shorter than this cannot hide a peak from it long


def process_tree(root: int) -> list[int]:
    """`root` and every descendant process, from /proc (children listed by their parent)."""
    parent: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parent.setdefault(int(fields[1]), []).append(int(entry.name))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo.extend(parent.get(pid, ()))
    return out


def memory_kb(pid: int) -> dict[str, int]:
    """The process's memory fields from /proc/<pid>/smaps_rollup, in kB ({} once it has exited)."""
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return {}
    return {k: int(v.split()[0]) for k, _, v in (line.partition(":") for line in lines[1:])}


class TreeMemory(threading.Thread):
    """Samples the summed PSS of a process tree until the root exits; `.peak_kb` is the highest."""

    def __init__(self, root: int) -> None:
        super().__init__(daemon=True)
        self.root, self.peak_kb = root, 0

    def run(self) -> None:
        while Path(f"/proc/{self.root}").exists():
            self.peak_kb = max(self.peak_kb, sum(memory_kb(p).get("Pss", 0) for p in process_tree(self.root)))
            time.sleep(SAMPLE_S)


def run_digest(heap: Path, jobs: int) -> tuple[float, int, int, str]:
    """(wall seconds, peak tree PSS kB, largest process RSS kB, last stderr line) of one digest."""
    with tempfile.TemporaryDirectory(prefix="newsprism-scale-") as out:
        cmd = [sys.executable, "-m", "newsprism", "digest", str(heap), "-o", out, "-j", str(jobs), "-q"]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        watch = TreeMemory(proc.pid)
        watch.start()
        _, err = proc.communicate()
        wall = time.perf_counter() - t0
        watch.join()
        if proc.returncode != 0:
            raise SystemExit(f"digest of {heap} failed ({proc.returncode}):\n{err[-2000:]}")
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    last = next((line for line in reversed(err.splitlines()) if line.strip()), "")
    return wall, watch.peak_kb, largest, last


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 200_000])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=BENCH / "out", help="where the heaps are (or are made)")
    args = ap.parse_args()

    print(f"whole digest (every stage, report included), -j {args.jobs}")
    print(f"{'heap':>8} {'wall s':>8} {'articles/s':>10} {'peak PSS tree':>14} {'largest RSS':>12}")
    walls = []
    for size in args.sizes:
        heap = args.out / f"heap-{size}.jsonl"
        if not heap.exists():
            write_heap(size, 7, args.out)
        wall, pss, largest, last = run_digest(heap, args.jobs)
        walls.append(wall)
        print(f"{size:8d} {wall:8.1f} {size / wall:10.0f} {pss / 2**20:12.2f} GB {largest / 2**20:10.2f} GB")
        if last:
            print(f"         ({last})", flush=True)
    for k in range(1, len(walls)):
        (a, ta), (b, tb) = (args.sizes[k - 1], walls[k - 1]), (args.sizes[k], walls[k])
        nlogn = (b * math.log(b)) / (a * math.log(a))
        print(f"time {b}/{a}: {tb / ta:.2f}x (n log n: {nlogn:.2f}x, linear: {b / a:.2f}x)")


if __name__ == "__main__":
    main()
