"""Where the digest's peak memory sits: each process's memory over time, and the report workers' generations.

    .venv/bin/python bench/memory_workers.py HEAP [--jobs 2] [--log FILE]
    .venv/bin/python bench/memory_workers.py --read FILE [FILE ...]     # summarise logs already written

In:  a heap (bench/out/heap-<size>.jsonl), digested once (`python -m newsprism digest HEAP -o TMP -j JOBS -q`).
Out: a JSON-lines log, one line every SAMPLE_S seconds: [seconds, summed PSS kB, [[pid, RSS, PSS,
     private kB] per process of the tree]], then one line with the peak, the children's CPU and the
     md5 of every output file; and a summary printed from it: per set of live processes (the corpus
     stages' pools, then each generation of report workers, report.TASKS_PER_WORKER tasks each) the
     highest summed PSS and, at that moment, the parent's and each worker's PSS and private memory.

bench/digest_scale.py gives one number, the peak PSS of the whole tree; this says which process and
which stage holds it (at 200k articles: the report workers' first generations, which tell the biggest
stories, each worker ~550 MB private at the end of its 100 tasks, next to the parent's ~560 MB PSS).
"""

from __future__ import annotations

import argparse
import hashlib
import json
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

from digest_scale import memory_kb, process_tree  # noqa: E402

SAMPLE_S = 0.5  # as digest_scale.py: a worker's end of life lasts longer than this


def trace(heap: Path, jobs: int, log: Path) -> None:
    """Digest `heap` once, writing the memory of its process tree to `log` every SAMPLE_S seconds."""
    with tempfile.TemporaryDirectory(prefix="newsprism-memory-") as out, log.open("w") as fh:
        cmd = [sys.executable, "-m", "newsprism", "digest", str(heap), "-o", out, "-j", str(jobs), "-q"]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
        err: list[str] = []
        reader = threading.Thread(
            target=lambda: err.append(proc.stderr.read() if proc.stderr else ""), daemon=True
        )
        reader.start()
        peak = 0
        while proc.poll() is None:
            rows = []
            for pid in process_tree(proc.pid):
                m = memory_kb(pid)
                if m:
                    private = m.get("Private_Dirty", 0) + m.get("Private_Clean", 0)
                    rows.append([pid, m.get("Rss", 0), m.get("Pss", 0), private])
            total = sum(r[2] for r in rows)
            peak = max(peak, total)
            fh.write(json.dumps([round(time.perf_counter() - t0, 1), total, rows]) + "\n")
            fh.flush()
            time.sleep(SAMPLE_S)
        reader.join()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        md5 = {f: hashlib.md5(Path(out, f).read_bytes()).hexdigest() for f in sorted(os.listdir(out))}
        end = {
            "peak_pss_kb": peak,
            "wall_s": round(time.perf_counter() - t0, 1),
            "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
            "largest_rss_kb": usage.ru_maxrss,
            "rc": proc.returncode,
            "md5": md5,
        }
        fh.write(json.dumps(end) + "\n")
        if proc.returncode != 0:
            print("".join(err)[-2000:], file=sys.stderr)


def summary(log: Path) -> None:
    """The log's peak, and per set of live processes its highest moment (see the module docstring)."""
    samples: list = []
    end: dict = {}
    for line in log.read_text().splitlines():
        row = json.loads(line)
        if isinstance(row, dict):
            end.update(row)
        else:
            samples.append(row)
    print(log)
    sets: dict[tuple[int, ...], list] = {}
    for t, total, rows in samples:
        if len(rows) < 2:
            continue
        key = tuple(r[0] for r in rows[1:])
        best = sets.setdefault(key, [t, t, 0, rows])
        best[1] = t
        if total > best[2]:
            best[2], best[3] = total, rows
    for first, last, total, rows in sets.values():
        parent, workers = rows[0], rows[1:]
        print(
            f"  {first:7.1f}-{last:7.1f} s  {len(workers)} workers  peak {total // 1024:5d} MB: parent PSS "
            f"{parent[2] // 1024} (private {parent[3] // 1024}), workers PSS {[w[2] // 1024 for w in workers]} "
            f"(private {[w[3] // 1024 for w in workers]}) MB"
        )
    if samples:
        t, total, rows = max(samples, key=lambda s: s[1])
        print(
            f"  peak {total // 1024} MB at {t:.1f} s; parent's largest RSS {max(s[2][0][1] for s in samples) // 1024} MB"
        )
    if "peak_pss_kb" in end:  # (an early version of this log named them wall, cpu, maxrss_kb)
        wall, cpu = end.get("wall_s", end.get("wall")), end.get("cpu_s", end.get("cpu"))
        largest = end.get("largest_rss_kb", end.get("maxrss_kb", 0))
        print(
            f"  wall {wall:.1f} s, children's CPU {cpu:.1f} s, largest RSS {largest // 1024} MB, exit {end.get('rc')}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("heap", type=Path, nargs="?")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--log", type=Path, default=Path("memory_workers.jsonl"))
    ap.add_argument("--read", type=Path, nargs="+", help="summarise these logs; digest nothing")
    args = ap.parse_args()
    if args.read:
        for log in args.read:
            summary(log)
        return
    if args.heap is None:
        ap.error("a heap to digest, or --read LOG")
    trace(args.heap, args.jobs, args.log)
    summary(args.log)


if __name__ == "__main__":
    main()
