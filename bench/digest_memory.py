"""Where a whole `newsprism digest` holds its memory: per stage and per process.

In:  a heap (bench/make_corpus.py; e.g. bench/out/heap-50000.jsonl).
Out: per stage (as the digest's on_stage names them): when it starts, the highest PSS of the
     whole process tree during it, and at that moment the parent's PSS / anonymous / private
     dirty MB and each worker's PSS (private dirty); then the tree's peak and its stage. PSS is
     sampled every SAMPLE_S from /proc/<pid>/smaps_rollup (digest_scale.py's reading), so pages
     forked workers share with their parent are counted once.

    .venv/bin/python bench/digest_memory.py bench/out/heap-50000.jsonl [--jobs 2] [--series 60]

`--series N` also prints every Nth sample (parent P and workers w, PSS/private dirty MB). The
digest runs in its own process (pipeline.digest, outputs to a temporary folder). Figures of
session 6 in bench/README.md ("Digest memory, session 6").
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from digest_scale import SAMPLE_S, memory_kb, process_tree  # noqa: E402

# The digest, with each stage's name and start time written to stderr.
RUN = """
import sys, time
from newsprism.pipeline import digest
def stage(name, total=None):
    print(f"{time.time():.2f} {name}", file=sys.stderr, flush=True)
stage("reading")
digest([sys.argv[1]], sys.argv[2], jobs=int(sys.argv[3]), on_stage=stage)
stage("done")
"""


def sample(
    heap: Path, jobs: int
) -> tuple[list[tuple[float, str]], list[tuple[float, list[tuple[bool, dict]]]]]:
    """(stages as (start time, name), samples as (time, [(is parent, memory fields)]))."""
    with tempfile.TemporaryDirectory(prefix="newsprism-memory-") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", RUN, str(heap), out, str(jobs)], stderr=subprocess.PIPE, text=True
        )
        samples = []
        while proc.poll() is None:
            now = time.time()
            samples.append((now, [(pid == proc.pid, memory_kb(pid)) for pid in process_tree(proc.pid)]))
            time.sleep(SAMPLE_S)
        err = proc.stderr.read() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"digest of {heap} failed ({proc.returncode}):\n{err[-2000:]}")
    stages = []
    for line in err.splitlines():
        start, _, name = line.partition(" ")
        try:
            stages.append((float(start), name))
        except ValueError:
            continue  # a warning, not a stage
    return stages, samples


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("heap", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--series", type=int, default=0, help="print every Nth sample too")
    args = ap.parse_args()
    stages, samples = sample(args.heap, args.jobs)
    t0 = stages[0][0]

    def stage_at(t: float) -> str:
        return [name for start, name in stages if start <= t][-1] if t >= t0 else stages[0][1]

    def mb(fields: dict, key: str) -> int:
        return fields.get(key, 0) // 1024

    def tree(procs: list[tuple[bool, dict]]) -> str:
        parent = next((f for is_parent, f in procs if is_parent), {})
        workers = " ".join(
            f"w{mb(f, 'Pss')}({mb(f, 'Private_Dirty')})" for is_parent, f in procs if not is_parent
        )
        return f"P{mb(parent, 'Pss')}/{mb(parent, 'Anonymous')}/{mb(parent, 'Private_Dirty')} {workers}"

    highest: dict[str, tuple[int, float, list]] = {}
    for t, procs in samples:
        total = sum(f.get("Pss", 0) for _, f in procs)
        name = stage_at(t)
        if total > highest.get(name, (-1,))[0]:
            highest[name] = (total, t, procs)
    print(
        f"digest of {args.heap.name}, -j {args.jobs}: PSS MB (parent P pss/anon/private dirty, workers w pss(private dirty))"
    )
    print(f"{'stage':36} {'start s':>8} {'tree max':>9}  at      processes")
    for start, name in stages:
        if name in highest:
            total, t, procs = highest[name]
            print(f"{name[:36]:36} {start - t0:8.1f} {total // 1024:9d}  {t - t0:6.0f}s {tree(procs)}")
    total, t, _ = max(highest.values(), key=lambda h: h[0])
    print(f"peak {total / 2**20:.3f} GB at {t - t0:.0f} s ({stage_at(t)})")
    for t, procs in samples[:: args.series] if args.series else ():
        print(f"{t - t0:7.1f} {sum(f.get('Pss', 0) for _, f in procs) // 1024:6d} {tree(procs)}")


if __name__ == "__main__":
    main()
