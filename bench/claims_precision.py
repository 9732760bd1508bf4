"""Precision of corroborated claims, read by hand: a seeded sample of heap-10000's corroborated claims
backed by two original articles or more, each shown with the first statement of every outlet that
backs it (at most --outlets), and the share of them a labels file calls right.

The sample is the --n claims first in an order drawn from each claim's event and wording (a hash
with the seed), so a change that moves some claims leaves the other claims' places as they were.
A claim is right (R) when another outlet's statement says the fact the claim's shown wording says;
wrong (W) when the other outlets say something else about the same people or topic. The sample is
drawn from the claims the working tree gives, so a change that moves claims draws some that the
labels file does not hold yet: those are printed with "?" to be read and added.

    .venv/bin/python bench/claims_precision.py [--seed 28] [--n 60] [--labels bench/claims_precision28.tsv] [--raw]

Labels file: one claim a line, tab-separated: heap event index, R or W, the wrong claim's class
(topic: two statements sharing the event's topic words only; names: sharing names only; hub: a long
statement holding two facts, another outlet backing the one not shown), the first 80 characters of
the claim's text. Events are claims_ab.events_of's (the heap's events of two originals or more, in
order), read as the digest reads them (extracted text); each is named, in the draw and the labels,
by the index of its event in the raw bench's list (claims_ab --raw, the one the labels were read on:
the event holding its first article), so the labels and the draw hold across the two. --raw draws
from the raw text's claims (before claims28b).
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from newsprism.corroborate import corroborate
from newsprism.records import Article, Claim

sys.path.insert(0, str(Path(__file__).resolve().parent))
from claims_ab import events_of  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def read_labels(path: Path) -> dict[tuple[int, str], tuple[str, str]]:
    labels: dict[tuple[int, str], tuple[str, str]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                event, label, kind, text = line.split("\t", 3)
                labels[int(event), text[:80]] = (label, kind)
    return labels


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    ap.add_argument("--seed", type=int, default=28)
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--outlets", type=int, default=5)
    ap.add_argument("--labels", type=Path, default=ROOT / "bench" / "claims_precision28.tsv")
    ap.add_argument(
        "--raw", action="store_true", help="the heap's text as it is, not extracted (before claims28b)"
    )
    a = ap.parse_args()
    labels = read_labels(a.labels)
    raw_events = events_of(a.docs, raw=True)
    raw_index = {x.id: k for k, (articles, _) in enumerate(raw_events) for x in articles}
    events = raw_events if a.raw else events_of(a.docs)
    pool = []
    for n, (articles, copies) in enumerate(events):
        k = next((raw_index[x.id] for x in articles if x.id in raw_index), len(raw_events) + n)
        by_id = {x.id: x for x in articles}
        for claim in corroborate(articles, copies):
            originals = [i for i in claim.evidence if i not in copies]
            if claim.status == "corroborated" and len(originals) >= 2:
                pool.append((k, claim, originals, by_id))

    # each claim's place in the draw hangs on its own event and wording only, so a change that moves
    # some claims leaves the others' places (and their labels) as they were
    def place(item: tuple[int, Claim, list[str], dict[str, Article]]) -> str:
        return hashlib.sha1(f"{a.seed}\t{item[0]}\t{item[1].text}".encode()).hexdigest()

    sample = sorted(pool, key=place)[: a.n]
    counts = {"R": 0, "W": 0, "?": 0}
    kinds: dict[str, int] = {}
    for k, claim, originals, by_id in sample:
        label, kind = labels.get((k, claim.text[:80]), ("?", ""))
        counts[label] += 1
        if label == "W":
            kinds[kind] = kinds.get(kind, 0) + 1
        print(f"{label} {k}\t{claim.text[:220]}" + (f"  [{kind}]" if kind else ""))
        first: dict[str, str] = {}
        for i in originals:
            first.setdefault(by_id[i].outlet or i, i)
        for i in list(first.values())[: a.outlets]:
            print(f"      {by_id[i].outlet}: {claim.evidence[i][:240]}")
    read = counts["R"] + counts["W"]
    print(
        f"\n{len(pool)} corroborated claims of two originals or more; sample of {len(sample)} (seed {a.seed})"
    )
    print(f"labelled {read}: right {counts['R']}, wrong {counts['W']} {kinds}; unlabelled {counts['?']}")
    if read:
        print(f"precision {counts['R'] / read:.3f}")


if __name__ == "__main__":
    main()
