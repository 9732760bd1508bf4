"""Copy detection: precision and recall on planted copies, speed, memory, and false positives.

In:  a heap that bench/make_corpus.py builds (made here when missing) and its truth side file;
     ../shared/data/clustering/{basil,allsides}/docs.jsonl, where articles are different outlets'
     reports of one event and must not be flagged as copies.
Out: per kind (exact, near, rewritten) the recall of planted copies (found, and pointing at the
     planted original) and the precision of what was flagged (a flagged article that is a planted
     copy of that kind pointing at its original, over all flagged planted copies of that kind;
     flags on articles that are no planted copy count against the overall precision); articles/s
     and peak memory (ru_maxrss) of the detector; the flagged pairs on the dev clustering sets.

    .venv/bin/python bench/copies.py [--size 10000] [--out bench/out] [--seed 7] [--show 5]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from make_corpus import DATA, write_heap  # noqa: E402
from newsprism.dedup import CopyDetector  # noqa: E402
from newsprism.records import Article  # noqa: E402

KINDS = ("exact", "near", "rewritten")


def read_articles(path: Path) -> list[Article]:
    with path.open(encoding="utf-8") as f:
        recs = [json.loads(line) for line in f if line.strip()]
    return [
        Article(
            id=r["id"],
            source=str(path),
            title=r.get("title"),
            text=r["text"],
            published=r.get("published"),
            outlet=r.get("outlet"),
            url=r.get("url"),
        )
        for r in recs
    ]


def score(pred: dict[str, str], truth: list[dict]) -> dict[str, dict[str, float]]:
    planted = {t["id"]: t for t in truth}
    out: dict[str, dict[str, float]] = {}
    for kind in KINDS:
        ids = [t["id"] for t in truth if t["kind"] == kind]
        hit = sum(pred.get(i) == planted[i]["original"] for i in ids)
        flagged = [i for i in ids if i in pred]
        out[kind] = {
            "planted": len(ids),
            "recall": hit / max(1, len(ids)),
            "precision": hit / max(1, len(flagged)),
        }
    correct = sum(pred[i] == planted[i]["original"] for i in pred if i in planted)
    out["all"] = {
        "planted": len(planted),
        "recall": correct / max(1, len(planted)),
        "precision": correct / max(1, len(pred)),
        "unplanted_flags": sum(i not in planted for i in pred),
    }
    return out


def run_heap(size: int, seed: int, out: Path, show: int) -> None:
    heap, side = out / f"heap-{size}.jsonl", out / f"heap-{size}.truth.jsonl"
    if not heap.exists() or not side.exists():
        t0 = time.perf_counter()
        write_heap(size, seed, out)
        print(f"generated {heap} in {time.perf_counter() - t0:.1f}s")
    arts = read_articles(heap)
    with side.open(encoding="utf-8") as f:
        truth = [json.loads(line) for line in f]
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    det = CopyDetector().fit(arts)
    secs = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    res = score(det.duplicate_of_, truth)
    print(
        f"heap {size}: {len(arts)} articles, {len(truth)} planted copies, {det.n_candidates_} candidate pairs"
    )
    for kind, r in res.items():
        extra = f"  flagged but not planted {r['unplanted_flags']}" if kind == "all" else ""
        print(
            f"  {kind:9} planted {r['planted']:6}  precision {r['precision']:.4f}  recall {r['recall']:.4f}{extra}"
        )
    print(
        f"  detector: {secs:.1f}s, {len(arts) / secs:,.0f} articles/s, peak RSS {rss1 / 1024:.0f} MB "
        f"(before fit {rss0 / 1024:.0f} MB)"
    )
    planted = {t["id"]: t for t in truth}
    byid = {a.id: a for a in arts}
    missed = [t for t in truth if det.duplicate_of_.get(t["id"]) != t["original"]]
    print(f"  misses by kind: {dict(Counter(t['kind'] for t in missed))}")
    for t in missed[:show]:
        got = det.duplicate_of_.get(t["id"])
        print(f"    miss {t['kind']} {t['id']} -> {t['original']} (got {got}) {byid[t['id']].text[:100]!r}")
    wrong = [i for i in det.duplicate_of_ if i not in planted]
    for i in wrong[:show]:
        o = det.duplicate_of_[i]
        print(f"    unplanted {i} -> {o} ({det.kinds_[i]}): {byid[i].text[:90]!r} / {byid[o].text[:90]!r}")


def false_positives(show: int) -> None:
    for name in ("basil", "allsides"):
        arts = read_articles(DATA / "clustering" / name / "docs.jsonl")
        det = CopyDetector().fit(arts)
        byid = {a.id: a for a in arts}
        print(f"{name}: {len(arts)} articles, {len(det.duplicate_of_)} flagged as copies")
        for copy, orig in sorted(det.duplicate_of_.items())[:show]:
            a, b = byid[copy], byid[orig]
            print(f"  {copy} ({a.outlet}) -> {orig} ({b.outlet}) [{det.kinds_[copy]}]")
            print(f"    {a.text[:150]!r}\n    {b.text[:150]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, nargs="+", default=[10_000])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "out")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--show", type=int, default=5, help="misses and false positives to print")
    parser.add_argument("--no-fp", action="store_true", help="skip the dev clustering sets")
    args = parser.parse_args()
    for size in args.size:
        run_heap(size, args.seed, args.out, args.show)
    if not args.no_fp:
        false_positives(args.show)


if __name__ == "__main__":
    main()
