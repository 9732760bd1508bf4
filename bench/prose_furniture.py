"""Page furniture left in clean-text records: how many keep a furniture line, or take one as title.

    .venv/bin/python bench/prose_furniture.py [--heap bench/out/heap-10000.jsonl]

Every record of the heap is read as `newsprism digest` reads it (ingest.jsonl.record_document,
then extract.extract). The furniture lines counted are bench/make_corpus.py's BOILERPLATE, the
lines the heap's near copies were given: a record *holds* one when a line of its input is one,
*keeps* one when a line of its article body still is, and *takes one as title* when its headline
is one. Only records extracted as clean text (extract.prose) are counted, since the others go
through the line classifier of extract.text. Run it with PYTHONPATH=<worktree>/src to read
another commit.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from newsprism.extract import extract
from newsprism.extract.prose import is_clean_body
from newsprism.ingest.jsonl import record_document

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from make_corpus import BOILERPLATE, OUTLETS  # noqa: E402


def template_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(template, the lines it makes) for each line of BOILERPLATE, {outlet} and {year} filled any way."""
    out = []
    for template in BOILERPLATE:
        pattern = re.escape(template)
        pattern = pattern.replace(re.escape("{outlet}"), "(?:" + "|".join(map(re.escape, OUTLETS)) + ")")
        pattern = pattern.replace(re.escape("{year}"), r"\d{4}")
        out.append((template, re.compile(f"^{pattern}$", re.IGNORECASE)))
    return out


def which(line: str, patterns: list[tuple[str, re.Pattern[str]]]) -> str | None:
    line = line.strip()
    return next((t for t, p in patterns if p.match(line)), None)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heap", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    a = ap.parse_args()
    patterns = template_patterns()
    records = 0
    hold: Counter[str] = Counter()
    keep: Counter[str] = Counter()
    title: Counter[str] = Counter()
    with a.heap.open(encoding="utf-8") as f:
        for n, line in enumerate(f):
            doc = record_document(json.loads(line), fallback_id=str(n), source=str(a.heap))
            if doc.kind != "text" or not is_clean_body(doc.content, from_record=doc.from_record):
                continue
            records += 1
            held = {t for s in doc.content.splitlines() if (t := which(s, patterns))}
            if not held:
                continue
            article = extract(doc)
            kept = {t for s in article.text.splitlines() if (t := which(s, patterns))}
            titled = which(article.title, patterns) if article.title else None
            hold.update(held | {"(any)"})
            keep.update(kept | ({"(any)"} if kept else set()))
            title.update({titled, "(any)"} if titled else set())
    print(f"{a.heap.name}: {records} clean-text records; records that hold / keep in the body / take as")
    print("title a line of each kind:")
    for template in ["(any)", *BOILERPLATE]:
        print(f"  {hold[template]:5d} {keep[template]:5d} {title[template]:5d}  {template}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
