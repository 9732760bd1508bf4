"""Time expressions: accuracy on the hand-resolved table, and speed over the T17 articles.

In:  tests/data/timex_cases.jsonl (real phrases from the dev articles and the seed pages, each
     with its publication date and the value read from its sentence; the test file uses the same
     table) and ../shared/data/timelines/t17/docs.jsonl (whole articles with publication dates).
Out: accuracy on the table (dates found with the right extent and value; non-dates left alone),
     broken down by kind of phrase, the failures to read, and expressions per second and articles
     per second on one core (pinned; CPU time of the process, so that other jobs on the machine
     do not count), best and median of --repeats passes.

    .venv/bin/python bench/timex.py [--repeats 3] [--limit 0]
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

from newsprism.analyse.timex import _PATTERNS, find_time_expressions

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "timex_cases.jsonl"
T17 = ROOT.parent / "shared" / "data" / "timelines" / "t17" / "docs.jsonl"


def kind_of(case: dict[str, Any]) -> str:
    """Which pattern reads the phrase (its head match ends where the phrase ends), for the table."""
    at = case["text"].index(case["phrase"])
    end = at + len(case["phrase"])
    for kind, pattern in _PATTERNS.items():
        if any(m.end() == end for m in pattern.finditer(case["text"], at, end)):
            return kind
    return "none"


def accuracy() -> None:
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines()]
    by_kind: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    failures = []
    right_dates = right_not = dates = nots = 0
    for case in cases:
        at = case["text"].index(case["phrase"])
        end = at + len(case["phrase"])
        found = find_time_expressions(case["text"], case["published"])
        if case["value"] is None:
            ok = not any(t.start < end and t.end > at for t in found)
            nots += 1
            right_not += ok
            kind = "not a date"
        else:
            ok = any(t.start == at and t.text == case["phrase"] and t.value == case["value"] for t in found)
            dates += 1
            right_dates += ok
            kind = kind_of(case)
        by_kind[kind][0] += ok
        by_kind[kind][1] += 1
        if not ok:
            failures.append((case, [(t.text, t.value) for t in found]))
    print("| kind | right / cases |\n|---|---|")
    for kind, (ok, n) in sorted(by_kind.items(), key=lambda kv: -kv[1][1]):
        print(f"| {kind} | {ok} / {n} |")
    print(
        f"\ndates right {right_dates}/{dates} = {right_dates / dates:.3f}; "
        f"non-dates left alone {right_not}/{nots} = {right_not / nots:.3f}"
    )
    for case, found in failures:
        print(
            f"  FAIL {case['source']} published {case['published']}: {case['phrase']!r} -> expected "
            f"{case['value']}, found {found}"
        )


def speed(repeats: int, limit: int) -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    docs = [json.loads(line) for line in T17.read_text(encoding="utf-8").splitlines()]
    if limit:
        docs = docs[:limit]
    chars = sum(len(d["text"]) for d in docs)
    times, count = [], 0
    for _ in range(repeats):
        start = time.process_time()
        count = sum(len(find_time_expressions(d["text"], d["published"])) for d in docs)
        times.append(time.process_time() - start)
    best, median = min(times), statistics.median(times)
    print(
        f"\nT17: {len(docs)} articles, {chars / 1e6:.1f} M characters, {count} expressions "
        f"({count / len(docs):.1f} per article)"
    )
    print(
        f"one core, best / median of {repeats}: {len(docs) / best:,.0f} / {len(docs) / median:,.0f} articles/s, "
        f"{count / best:,.0f} / {count / median:,.0f} expressions/s, {chars / best / 1e6:.2f} MB/s best"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="timed passes over the T17 articles")
    parser.add_argument("--limit", type=int, default=0, help="only the first N T17 articles (0: all)")
    args = parser.parse_args()
    accuracy()
    speed(args.repeats, args.limit)


if __name__ == "__main__":
    main()
