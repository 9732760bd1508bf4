"""Which datelines a change to extract.textdate moves: every text document of the dev sets, the
seeds and heap-10000, extracted by a base tree and by this one.

    git worktree add /tmp/ref <commit>
    .venv/bin/python bench/dateline_changes.py --base /tmp/ref/src [--shared ../shared]

Each tree runs in its own process (PYTHONPATH=<src>) and extracts every document whose kind is
"text"; the two results are compared per document. Prints each document whose dateline place
changed (old -> new, with the opening of its body, to be read by hand), then how many documents
changed in each field: dateline, published date and its source, title, body, authors, extra. A
dateline rule should move only the first (and a published date only where a dateline gives one).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
INPUTS = [
    "data/clustering/allsides/docs.jsonl",
    "data/clustering/basil/docs.jsonl",
    "data/clustering/ecbplus/docs.jsonl",
    "data/clustering/mixed-dev/docs.jsonl",
    "data/quotes/basil/docs.jsonl",
    "data/timelines/t17/docs.jsonl",
    "data/extraction/l3s_gn1/text",
    "data/extraction/cleanportaleval/text",
    "seeds",
]
HEAP = ROOT / "bench/out/heap-10000.jsonl"
FIELDS = ("dateline", "published", "published_source", "title", "body", "authors", "extra")


def dump(shared: Path, out: Path) -> None:
    """Extract every text document of the inputs with the newsprism on sys.path; pickle the fields."""
    from newsprism.extract import extract
    from newsprism.ingest.sources import read_documents

    rows = {}
    for inp in [str(shared / p) for p in INPUTS] + [str(HEAP)]:
        for doc in read_documents([inp]):
            if doc.kind != "text":
                continue
            a = extract(doc)
            body = hashlib.sha1(a.text.encode()).hexdigest()
            rows[(inp, doc.id)] = (
                (a.dateline, a.published, a.published_source, a.title, body, a.authors, dict(a.extra)),
                a.text[:110],
            )
    out.write_bytes(pickle.dumps(rows))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True, help="the base tree's src folder")
    ap.add_argument("--new", default=str(ROOT / "src"), help="this tree's src folder")
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--dump", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.dump:
        dump(Path(a.shared), Path(a.dump))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        runs = []
        for src in (a.base, a.new):
            path = Path(tmp) / f"{len(runs)}.pkl"
            env = {**os.environ, "PYTHONPATH": src}
            cmd = [sys.executable, __file__, "--base", a.base, "--shared", a.shared, "--dump", str(path)]
            subprocess.run(cmd, env=env, check=True)
            runs.append(pickle.loads(path.read_bytes()))
    old, new = runs
    changed: Counter[str] = Counter()
    for key, (fields, _) in old.items():
        nfields, opening = new[key]
        for name, x, y in zip(FIELDS, fields, nfields, strict=True):
            changed[name] += x != y
        if fields[0] != nfields[0]:
            print(
                f"{Path(key[0]).parent.name or key[0]}\t{key[1]}\t{fields[0]!r} -> {nfields[0]!r}\t{opening!r}"
            )
    print(f"{len(old)} text documents; changed: " + ", ".join(f"{n} {changed[n]}" for n in FIELDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
