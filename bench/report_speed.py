"""Speed of the report stage (report.py) and of each of its parts, one core.

In:  a JSONL of articles (default: ../shared/data/clustering/basil/docs.jsonl, 150 articles in 50
     three-outlet events; --heap bench/out/heap-10000.jsonl for a heap from make_corpus.py),
     read as Articles as they are (the text is already clean), linked into events by link_corpus.
Out: per part (entities, quotes, time expressions, claims, summary, timeline) and for the whole
     report_corpus (jobs=1), articles per second of CPU time (time.process_time, so other jobs on
     the machine do not distort it), best of --repeats passes.

    .venv/bin/python bench/report_speed.py [--docs FILE] [--limit N] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from newsprism.analyse.entities import find_mentions
from newsprism.analyse.quotes import find_quotes
from newsprism.analyse.timex import find_time_expressions
from newsprism.corpus import link_corpus
from newsprism.corroborate import corroborate
from newsprism.records import Article
from newsprism.report import report_corpus
from newsprism.summarise import summarise
from newsprism.timeline import build_timeline

DOCS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "clustering" / "basil" / "docs.jsonl"


def load(path: Path, limit: int) -> list[Article]:
    arts = []
    with path.open(encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k >= limit:
                break
            r = json.loads(line)
            arts.append(
                Article(
                    id=str(r["id"]),
                    source=str(path),
                    title=r.get("title"),
                    text=r.get("text") or "",
                    published=r.get("published"),
                    outlet=r.get("outlet"),
                    url=r.get("url"),
                )
            )
    return arts


def best_rate(n: int, run: Callable[[], object], repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        t = time.process_time()
        run()
        best = min(best, time.process_time() - t)
    return n / best if best > 0 else float("inf")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=DOCS)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    arts = load(a.docs, a.limit)
    links = link_corpus(arts)
    groups = [[x for x in arts if x.id in set(e.article_ids)] for e in links.events]
    n = len(arts)
    # warm the lazily loaded gazetteers and name lists before timing
    find_mentions(arts[0].text)
    corroborate(arts[:2])
    parts: dict[str, Callable[[], object]] = {
        "entities (find_mentions)": lambda: [find_mentions(x.text) for x in arts],
        "quotes (find_quotes)": lambda: [find_quotes(x.text, x.id) for x in arts],
        "time expressions": lambda: [find_time_expressions(x.text, x.published) for x in arts],
        "claims (corroborate, per event)": lambda: [corroborate(g, links.duplicate_of) for g in groups],
        "summary (summarise, per event)": lambda: [summarise(g, 60) for g in groups],
        "timeline (build_timeline, per event)": lambda: [build_timeline(g) for g in groups],
        "whole report_corpus, jobs=1": lambda: report_corpus(arts, links, jobs=1),
    }
    print(f"{n} articles in {len(links.events)} events from {a.docs}")
    print("| part | articles/s (CPU, one core) |\n|---|---|")
    for name, run in parts.items():
        print(f"| {name} | {best_rate(n, run, a.repeats):,.0f} |", flush=True)


if __name__ == "__main__":
    main()
