"""Where the digest's time goes: CPU per stage, and with --profile the ranked functions and modules.

In:  input files for `newsprism digest` (e.g. bench/out/heap-10000.jsonl), run in this process
     with -j 1 into --out.
Out: each stage's CPU and wall seconds (the stages pipeline.digest announces through on_stage:
     read+extract, linking articles: copies / events / stories / records, reporting, writing; the
     machine is shared, so CPU is the steadier figure), and with --profile FILE a cProfile dump
     there and three Markdown tables: own CPU per module (a builtin's own time charged to its
     callers in proportion to their calls' time), the top functions by own time, and newsprism's
     functions by cumulative time. The profiler's clock is time.process_time (load does not move
     it) but it costs a system call per event, so functions of many small calls are overstated
     (len, sum, any): read the tables for ranks, the plain run's stages for seconds.

    .venv/bin/python bench/digest_profile.py bench/out/heap-10000.jsonl --out /tmp/d [--profile FILE]
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import re
import time
from pathlib import Path

from newsprism.pipeline import digest


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, required=True, help="the digest's output folder")
    parser.add_argument("--profile", type=Path, help="profile the run and write the cProfile dump here")
    args = parser.parse_args()
    stages: list[tuple[str, float, float]] = []
    mark = [time.process_time(), time.perf_counter()]
    name = ["read+extract"]

    def on_stage(stage: str, total: int | None) -> None:
        now = [time.process_time(), time.perf_counter()]
        stages.append((name[0], now[0] - mark[0], now[1] - mark[1]))
        mark[:], name[0] = now, stage

    profiler = cProfile.Profile(time.process_time) if args.profile else None
    if profiler:
        profiler.enable()
    digest(args.inputs, args.out, jobs=1, on_stage=on_stage)
    if profiler:
        profiler.disable()
    on_stage("", None)
    print("| stage | CPU s | wall s |\n|---|---:|---:|")
    for stage, cpu, wall in stages:
        print(f"| {stage} | {cpu:.2f} | {wall:.2f} |")
    print(f"| all | {sum(s[1] for s in stages):.2f} | {sum(s[2] for s in stages):.2f} |")
    if profiler and args.profile:
        profiler.dump_stats(str(args.profile))
        rank(args.profile)


if __name__ == "__main__":
    main()
