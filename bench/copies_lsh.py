"""Candidate generation for dedup: newsprism's numpy one-permutation MinHash LSH against datasketch.

In:  a heap from bench/make_corpus.py (bench/out/heap-10000.jsonl by default) and its truth file.
Out: for each method, seconds to sign and index every article, candidate pairs, and the share of
     planted (copy, source) pairs that are candidates (what verification can at best find).
Both sign the same content-word bigram sets that CopyDetector builds. datasketch is optional
(`pip install datasketch`); without it only newsprism's LSH is measured.

    .venv/bin/python bench/copies_lsh.py [--heap bench/out/heap-10000.jsonl] [--threshold 0.2]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from copies import read_articles  # noqa: E402
from newsprism.dedup import CopyDetector  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heap", type=Path, default=Path(__file__).parent / "out" / "heap-10000.jsonl")
    parser.add_argument("--threshold", type=float, default=0.2, help="datasketch MinHashLSH threshold")
    args = parser.parse_args()
    arts = sorted(read_articles(args.heap), key=lambda a: a.id)
    with args.heap.with_suffix(".truth.jsonl").open() as f:
        truth = [json.loads(line) for line in f]
    index = {a.id: i for i, a in enumerate(arts)}
    planted = {tuple(sorted((index[t["id"]], index[t["source"]]))) for t in truth if t["kind"] != "exact"}
    det = CopyDetector()
    token_hash: dict[str, int] = {}
    prints = [det._prints(a.text, token_hash) for a in arts]
    reps = list(range(len(arts)))

    t0 = time.perf_counter()
    ours = set(det._candidates(prints, reps))
    secs = time.perf_counter() - t0
    print(
        f"newsprism OPH LSH (128 values, bands of 2): {secs:.1f}s, {det._n_candidates} band pairs, "
        f"{len(ours)} kept by estimate, planted near/rewritten pairs found {len(planted & ours) / len(planted):.4f}"
    )
    try:
        from datasketch import MinHash, MinHashLSH
    except ImportError:
        print("datasketch not installed: pip install datasketch to compare")
        return
    t0 = time.perf_counter()
    lsh = MinHashLSH(threshold=args.threshold, num_perm=128)
    sigs = []
    with lsh.insertion_session() as session:
        for i, p in enumerate(prints):
            m = MinHash(num_perm=128, seed=1)
            m.update_batch([int(x).to_bytes(8, "little") for x in p.shingles])
            sigs.append(m)
            session.insert(i, m)
    theirs = set()
    for i, m in enumerate(sigs):
        for j in lsh.query(m):
            if j != i:
                theirs.add((min(i, j), max(i, j)))
    secs = time.perf_counter() - t0
    print(
        f"datasketch MinHash + MinHashLSH(threshold={args.threshold}, 128 perms, bands {lsh.b}x{lsh.r}): {secs:.1f}s, "
        f"{len(theirs)} candidate pairs, planted near/rewritten pairs found {len(planted & theirs) / len(planted):.4f}"
    )


if __name__ == "__main__":
    main()
