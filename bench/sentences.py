"""Sentence splitter: speed, and agreement of its boundaries with a naive splitter.

In:  clustering dev docs (../shared/data/clustering/{basil,allsides,ecbplus}/docs.jsonl), texts only.
Out: sentences per second and MB/s for newsprism's splitter and for the naive one (a cut after
     [.!?] + closing quotes + space + capital, and at blank lines), the share of the naive one's
     boundaries newsprism keeps and the share of newsprism's the naive one has, and a sample of
     the boundaries they disagree on (to read, there is no gold).

    .venv/bin/python bench/sentences.py [--show 20]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from pathlib import Path

from newsprism.analyse.sentences import split_sentences

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "clustering"
NAIVE = re.compile(r"(?<=[.!?])[\"'”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n\s*\n")


def naive_ends(text: str) -> set[int]:
    ends = set()
    for match in NAIVE.finditer(text):
        end = match.end()
        while end > 0 and text[end - 1].isspace():
            end -= 1
        ends.add(end)
    return ends - {0, len(text.rstrip())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=15, help="disagreements to print")
    args = parser.parse_args()
    texts = [
        json.loads(line)["text"]
        for name in ("basil", "allsides", "ecbplus")
        for line in (DATA / name / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    chars = sum(map(len, texts))
    start = time.perf_counter()
    ours = [split_sentences(t) for t in texts]
    seconds = time.perf_counter() - start
    count = sum(map(len, ours))
    print(
        f"newsprism  {count:7d} sentences  {count / seconds:9.0f} sentences/s  {chars / seconds / 1e6:5.2f} MB/s"
    )
    start = time.perf_counter()
    theirs = [naive_ends(t) for t in texts]
    seconds = time.perf_counter() - start
    print(f"naive      {sum(map(len, theirs)) + len(texts):7d} sentences  {chars / seconds / 1e6:20.2f} MB/s")
    both = only_ours = only_naive = 0
    differ = []
    for text, sentences, naive in zip(texts, ours, theirs, strict=True):
        mine = {s.end for s in sentences[:-1]}
        both += len(mine & naive)
        only_ours += len(mine - naive)
        only_naive += len(naive - mine)
        differ += [("newsprism only", text, e) for e in mine - naive]
        differ += [("naive only", text, e) for e in naive - mine]
    print(f"boundaries: both {both}, newsprism only {only_ours}, naive only {only_naive}")
    print(
        f"agreement: {both / max(1, both + only_naive):.3f} of naive's kept, {both / max(1, both + only_ours):.3f} of ours shared"
    )
    random.seed(0)
    for who, text, end in random.sample(differ, min(args.show, len(differ))):
        print(f"  {who:15} ...{text[max(0, end - 50) : end]!r} | {text[end : end + 30]!r}")


if __name__ == "__main__":
    main()
