"""cut_lead_in against its own module at an earlier git revision, on every sentence of one or more
JSON-lines corpora (a record's "text", or "body", split by analyse.sentences, plus its title):
outputs compared sentence by sentence, CPU time (time.process_time) of the two alternating in
blocks of --block sentences, --repeats rounds, best round per side.

    .venv/bin/python bench/summarise_leadin_ab.py --base HEAD bench/out/heap-10000.jsonl \\
        ../shared/data/summaries/neus/groups.jsonl [--repeats 5]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from newsprism.analyse import leadin
from newsprism.analyse.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]


def _texts(record: Any) -> list[str]:
    """Every string under `text`, `body`, `title` anywhere in `record` (groups nest documents)."""
    out: list[str] = []
    if isinstance(record, dict):
        for key, value in record.items():
            if key in ("text", "body", "title") and isinstance(value, str):
                out.append(value)
            else:
                out.extend(_texts(value))
    elif isinstance(record, list):
        for value in record:
            out.extend(_texts(value))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="HEAD")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("corpora", nargs="+")
    args = ap.parse_args()
    source = subprocess.run(
        ["git", "show", f"{args.base}:src/newsprism/analyse/leadin.py"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "leadin_base.py"
        path.write_bytes(source)
        spec = importlib.util.spec_from_file_location("leadin_base", path)
        assert spec is not None and spec.loader is not None
        old = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(old)
    sentences: list[str] = []
    for corpus in args.corpora:
        with open(corpus, encoding="utf-8") as f:
            for line in f:
                for text in _texts(json.loads(line)):
                    sentences.append(text)
                    sentences.extend(s.text for s in split_sentences(text))
    print(f"{len(sentences)} sentences", flush=True)
    differ = [s for s in sentences if old.cut_lead_in(s) != leadin.cut_lead_in(s)]
    print(f"differ: {len(differ)}")
    for s in differ[:10]:
        print("  ", repr(s[:200]))
    best = {"old": float("inf"), "new": float("inf")}
    for r in range(args.repeats):
        order = (("old", old.cut_lead_in), ("new", leadin.cut_lead_in))
        for name, fn in order if r % 2 == 0 else order[::-1]:
            t0 = time.process_time()
            for s in sentences:
                fn(s)
            best[name] = min(best[name], time.process_time() - t0)
    print(
        f"CPU best of {args.repeats}: old {best['old']:.3f} s, new {best['new']:.3f} s, new/old {best['new'] / best['old']:.3f}"
    )
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
