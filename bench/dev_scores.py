"""Score `newsprism digest` end to end, as a user runs it, on every dev set this stage covers.

    .venv/bin/python bench/dev_scores.py [--shared ../shared] [--out bench/out] [--jobs N]

For each set it runs the `newsprism` command on the set's inputs only (never the gold), then
`shared/eval/score.py` (or `seeds_check.py` for the seeds), and prints each scorer's figure line
with the wall time of the digest. The figures go into bench/README.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# (name, input relative to shared/data, scorer subcommand, gold relative to shared/data)
SETS = [
    ("l3s_gn1/html", "extraction/l3s_gn1/html", "extraction", "extraction/l3s_gn1/gold.jsonl"),
    ("l3s_gn1/text", "extraction/l3s_gn1/text", "extraction", "extraction/l3s_gn1/gold.jsonl"),
    (
        "cleanportaleval/html",
        "extraction/cleanportaleval/html",
        "extraction",
        "extraction/cleanportaleval/gold.jsonl",
    ),
    (
        "cleanportaleval/text",
        "extraction/cleanportaleval/text",
        "extraction",
        "extraction/cleanportaleval/gold.jsonl",
    ),
    ("dates/htmldate", "dates/htmldate/html", "dates", "dates/htmldate/gold.jsonl"),
]


def run_digest(inputs: Path, out: Path, jobs: int) -> float:
    start = time.perf_counter()
    cmd = [str(ROOT / ".venv/bin/newsprism"), "digest", str(inputs), "-o", str(out), "-q", "-j", str(jobs)]
    subprocess.run(cmd, check=True)
    return time.perf_counter() - start


def last_line(cmd: list[str]) -> str:
    done = subprocess.run(cmd, check=True, capture_output=True, text=True)
    return done.stdout.strip().splitlines()[-1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", help="run only the sets whose name contains this")
    a = ap.parse_args()
    data, score = a.shared / "data", [sys.executable, str(a.shared / "eval" / "score.py")]
    for name, inputs, sub, gold in SETS:
        if a.only and a.only not in name:
            continue
        out = a.out / name.replace("/", "-")
        secs = run_digest(data / inputs, out, a.jobs)
        n = len(list((data / inputs).iterdir()))
        line = last_line([*score, sub, "--gold", str(data / gold), "--pred", str(out / "articles.jsonl")])
        print(f"{name:22s} {line}   [{n / secs:.0f} docs/s with -j {a.jobs}, incl. start-up]")
    if not a.only or a.only in "seeds":
        out = a.out / "seeds"
        run_digest(a.shared / "seeds", out, a.jobs)
        line = last_line([sys.executable, str(a.shared / "eval" / "seeds_check.py"), str(out)])
        print(f"{'seeds':22s} {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
