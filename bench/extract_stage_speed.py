"""The digest's reading stage alone: documents read, extracted by the pool and written as article lines.

In:  input files for `newsprism digest` (e.g. bench/out/heap-10000.jsonl).
Out: one line per run: wall seconds, this process's CPU (reading, handing documents over, taking
     articles back, writing their lines), the workers' CPU, the mean number of processes ready to
     run (bench/digest_profile.ready_to_run; 2 is both cores asked for at -j 2) and the sha1 of
     the lines written, which must not depend on -j or on the code's version. What
     pipeline._digest does before the corpus stages, without them: `extract_all` fed by
     `read_documents`, each article's record written by `write_jsonl`.

    PYTHONPATH=<tree>/src .venv/bin/python bench/extract_stage_speed.py bench/out/heap-10000.jsonl --jobs 2
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from digest_profile import SAMPLE_S, cpu_seconds, ready_to_run  # noqa: E402
from newsprism.ingest import read_documents  # noqa: E402
from newsprism.output.jsonl import article_record, write_jsonl  # noqa: E402
from newsprism.pipeline import extract_all  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("inputs", nargs="+", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    ready: list[int] = []
    done = threading.Event()
    sampling = [0.0]

    def sample() -> None:
        while not done.wait(SAMPLE_S):
            ready.append(ready_to_run(os.getpid()))
            sampling[0] = time.thread_time()

    threading.Thread(target=sample, daemon=True).start()
    with tempfile.TemporaryDirectory(prefix="extract-stage-") as tmp:
        lines = Path(tmp, "articles.jsonl")
        own0, kids0 = cpu_seconds()
        t0 = time.perf_counter()
        n = write_jsonl(map(article_record, extract_all(read_documents(args.inputs), jobs=args.jobs)), lines)
        wall = time.perf_counter() - t0
        own1, kids1 = cpu_seconds()
        done.set()
        digest = hashlib.sha1(lines.read_bytes()).hexdigest()[:12]
    print(
        f"-j {args.jobs}: {n} articles, wall {wall:.2f} s, CPU here {own1 - own0 - sampling[0]:.2f} s, "
        f"workers {kids1 - kids0:.2f} s, ready to run {sum(ready) / max(len(ready), 1):.2f}, "
        f"lines sha1 {digest} (load {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
