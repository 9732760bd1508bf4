"""Where the digest's time goes: CPU per stage, and with --profile the ranked functions and modules.

In:  input files for `newsprism digest` (e.g. bench/out/heap-10000.jsonl), run in this process
     with -j 1 (or --jobs N) into --out.
Out: each stage's CPU and wall seconds (the stages pipeline.digest announces through on_stage:
     read+extract, linking articles: copies / events / stories / records, reporting, writing; the
     machine is shared, so CPU is the steadier figure): this process's CPU, its worker processes'
     (RUSAGE_CHILDREN: a pool's workers are counted as they end, and every pool ends within its
     stage), and the mean number of the digest's processes ready to run (state R, sampled every
     SAMPLE_S; a stage near 1 runs on one core whatever -j says, and a loaded machine does not
     lower the figure, as a process waiting for a core is still in state R). With --profile FILE
     a cProfile dump of this process (with --jobs above 1 the workers' own time is not in it)
     there and three Markdown tables: own CPU per module (a builtin's own time charged to its
     callers in proportion to their calls' time), the top functions by own time, and newsprism's
     functions by cumulative time. The profiler's clock is time.process_time (load does not move
     it) but it costs a system call per event, so functions of many small calls are overstated
     (len, sum, any): read the tables for ranks, the plain run's stages for seconds.

    .venv/bin/python bench/digest_profile.py bench/out/heap-10000.jsonl --out /tmp/d [--jobs 2] [--profile FILE]
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import os
import pstats
import re
import resource
import threading
import time
from pathlib import Path

from newsprism.pipeline import digest

# How often the digest's processes' states are read: /proc is read whole each time (~2.7 ms of CPU
# with ~170 processes on the machine: ~1% of a core at this rate, taken out of this process's CPU
# column), and a stage of a second still gets four samples.
SAMPLE_S = 0.25


def _short(filename: str) -> str:
    m = re.search(r"src/newsprism/(.*)", filename) or re.search(
        r"(?:site-packages|python3\.\d+)/(.*)", filename
    )
    return m.group(1) if m else filename


def rank(dump: Path, rows: int = 30) -> None:
    stats = pstats.Stats(str(dump)).stats  # type: ignore[attr-defined]
    total = sum(v[2] for v in stats.values())
    by_module: collections.Counter[str] = collections.Counter()
    for (filename, _line, _name), (_cc, _nc, own, _cum, callers) in stats.items():
        if filename == "~":  # a builtin: its time goes to the modules that called it
            spent = sum(c[3] for c in callers.values()) or 1.0
            for (cfile, _l, _n), c in callers.items():
                by_module[_short(cfile)] += own * c[3] / spent
        else:
            by_module[_short(filename)] += own
    print(f"\nprofiled own time in all: {total:.1f} s")
    print("\n| module (own CPU, builtins charged to callers) | s | % |\n|---|---:|---:|")
    for module, t in by_module.most_common(rows):
        print(f"| {module} | {t:.1f} | {100 * t / total:.1f} |")
    ranked = sorted(stats.items(), key=lambda kv: -kv[1][2])[:rows]
    print("\n| function (own CPU) | calls | own s | cum s |\n|---|---:|---:|---:|")
    for (filename, line, name), v in ranked:
        print(f"| {_short(filename)}:{line}({name}) | {v[1]:,} | {v[2]:.2f} | {v[3]:.2f} |")
    ours = [kv for kv in stats.items() if "newsprism" in kv[0][0] and "<" not in kv[0][2]]
    print("\n| newsprism function (cumulative CPU) | calls | own s | cum s |\n|---|---:|---:|---:|")
    for (filename, line, name), v in sorted(ours, key=lambda kv: -kv[1][3])[: rows * 2]:
        print(f"| {_short(filename)}:{line}({name}) | {v[1]:,} | {v[2]:.2f} | {v[3]:.2f} |")


def ready_to_run(root: int) -> int:
    """How many of `root` and its descendants are in state R (running or waiting for a core).
    /proc/<pid>/stat gives the state of a process's main thread, so this script's sampling thread
    does not count itself."""
    children: dict[int, list[int]] = {}
    state: dict[int, str] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended since the listing
            continue
        children.setdefault(int(fields[1]), []).append(int(entry.name))
        state[int(entry.name)] = fields[0]
    ready, todo = 0, [root]
    while todo:
        pid = todo.pop()
        ready += state.get(pid) == "R"
        todo.extend(children.get(pid, ()))
    return ready


def cpu_seconds() -> tuple[float, float]:
    """(this process's CPU, its ended children's CPU), user + system."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="the digest's output folder")
    parser.add_argument("--jobs", type=int, default=1, help="digest's -j (default 1)")
    parser.add_argument("--profile", type=Path, help="profile the run and write the cProfile dump here")
    args = parser.parse_args()
    # (stage, CPU here, workers' CPU, wall, mean processes ready to run)
    stages: list[tuple[str, float, float, float, float]] = []
    mark = [*cpu_seconds(), time.perf_counter()]
    name = ["read+extract"]
    ready: list[int] = []  # the current stage's samples
    done = threading.Event()
    sampling = [0.0]  # the sampling thread's CPU so far

    def sample() -> None:
        while not done.wait(SAMPLE_S):
            ready.append(ready_to_run(os.getpid()))
            sampling[0] = time.thread_time()

    def on_stage(stage: str, total: int | None) -> None:
        now = [*cpu_seconds(), time.perf_counter()]
        now[0] -= sampling[0]  # the digest's CPU, not the sampling's
        samples = ready[:]
        ready.clear()
        mean_ready = sum(samples) / len(samples) if samples else float("nan")
        stages.append((name[0], now[0] - mark[0], now[1] - mark[1], now[2] - mark[2], mean_ready))
        mark[:], name[0] = now, stage

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    if profiler:
        profiler.enable()
    digest(args.inputs, args.out, jobs=args.jobs, on_stage=on_stage)
    if profiler:
        profiler.disable()
    on_stage("", None)
    done.set()
    print(f"-j {args.jobs}")
    print("| stage | CPU s | workers' CPU s | wall s | ready to run |\n|---|---:|---:|---:|---:|")
    for stage, cpu, workers, wall, mean_ready in stages:
        shown = "-" if mean_ready != mean_ready else f"{mean_ready:.2f}"  # NaN: shorter than a sample
        print(f"| {stage} | {cpu:.2f} | {workers:.2f} | {wall:.2f} | {shown} |")
    print(
        f"| all | {sum(s[1] for s in stages):.2f} | {sum(s[2] for s in stages):.2f} "
        f"| {sum(s[3] for s in stages):.2f} | |"
    )
    if profiler and args.profile:
        profiler.dump_stats(str(args.profile))
        rank(args.profile)


if __name__ == "__main__":
    main()
