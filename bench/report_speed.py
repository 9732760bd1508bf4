"""Speed of the report stage (report.py) and of each of its parts, one core.

In:  a JSONL of articles (default: ../shared/data/clustering/basil/docs.jsonl, 150 articles in 50
     three-outlet events; --heap bench/out/heap-10000.jsonl for a heap from make_corpus.py),
     read as Articles as they are (the text is already clean), linked into events by link_corpus.
Out: per part (entities, quotes, time expressions, claims, summary, timelines) and for the whole
     report_corpus (jobs=1), articles per second of CPU time (time.process_time, so other jobs on
     the machine do not distort it), best of --repeats passes. Claims are timed on the events
     report_event corroborates (two originals or more), timelines on every event and then every
     story of several events, as report_corpus runs them; the per-text caches (sentences, an
     article's reading for its timelines) are emptied before each pass, so a repeat does not time
     a warm cache.

    .venv/bin/python bench/report_speed.py [--docs FILE] [--limit N] [--repeats 3]

With --steps, instead: report_event's steps timed one by one (CPU seconds, one pass) over every
--every'th event, summed apart for one-article events and events of several articles (where a
heap's time goes as its events grow).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path

from newsprism import report, timeline
from newsprism.analyse import sentences
from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.analyse.quotes import find_quotes
from newsprism.analyse.timex import find_time_expressions
from newsprism.corpus import CorpusLinks, link_corpus
from newsprism.corroborate import corroborate, place_names
from newsprism.records import Article
from newsprism.report import STORY_DATES_PER_EVENT, report_corpus
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
        for cached in (getattr(sentences, "_split", None), getattr(timeline, "_read", None)):
            if cached is not None:
                cached.cache_clear()
        t = time.process_time()
        run()
        best = min(best, time.process_time() - t)
    return n / best if best > 0 else float("inf")


class _Laps:
    """CPU seconds spent per key, one lap after another."""

    def __init__(self) -> None:
        self.spent: dict[tuple[str, str], float] = {}
        self.clock = time.process_time()

    def start(self) -> None:
        self.clock = time.process_time()

    def lap(self, key: tuple[str, str]) -> None:
        now = time.process_time()
        self.spent[key] = self.spent.get(key, 0.0) + now - self.clock
        self.clock = time.process_time()


def steps(links: CorpusLinks, by_id: dict[str, Article], every: int) -> None:
    """report_event's steps (report.py, steps 1-6), timed one by one."""
    laps = _Laps()
    for ev in links.events[::every]:
        arts = [by_id[i] for i in ev.article_ids if i in by_id]
        size = "1 article" if len(arts) == 1 else "2+ articles"
        laps.start()

        def done(step: str, size: str = size) -> None:
            laps.lap((size, step))

        english = [a for a in arts if a.language in report.ENGLISH]
        mentions = {a.id: find_mentions(a.text) for a in english}
        done("entities (find_mentions)")
        quotes = [q for a in english for q in find_quotes(a.text, a.id)]
        done("quotes (find_quotes)")
        report._statements(ev.id, quotes)
        done("quote statements (group_statements)")
        copies = {a.id: links.duplicate_of[a.id] for a in arts if a.id in links.duplicate_of}
        read = report._read_through(arts, copies)
        claims = corroborate(read, copies) if len(arts) - len(copies) >= 2 else []
        done("claims (corroborate)")
        summary = summarise(read, report.SUMMARY_WORDS, claims, copies)
        done("summary (summarise)")
        entities = merge_entities(mentions)
        done("merge_entities")
        report._headline([a.title for a in arts if a.title], summary, entities)
        done("headline")
        build_timeline(arts)
        done("timeline (build_timeline)")
    total = sum(laps.spent.values())
    print("| events | step | CPU s | share |\n|---|---|---|---|")
    for (size, step), t in sorted(laps.spent.items(), key=lambda kv: -kv[1]):
        print(f"| {size} | {step} | {t:.2f} | {100 * t / total:.1f}% |")
    print(f"| all | all | {total:.2f} | 100% |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=DOCS)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--parts", default="", help="time only the parts whose name holds this text")
    ap.add_argument("--steps", action="store_true", help="time report_event's steps instead")
    ap.add_argument("--every", type=int, default=1, help="with --steps: every N'th event only")
    a = ap.parse_args()
    arts = load(a.docs, a.limit)
    links = link_corpus(arts)
    by_id = {x.id: x for x in arts}
    if a.steps:
        find_mentions(arts[0].text)
        corroborate(arts[:2])
        place_names()  # the gazetteer of conflicts' places, loaded once
        n_events = len(links.events[:: a.every])
        print(f"{n_events} of {len(links.events)} events ({len(arts)} articles) from {a.docs}")
        steps(links, by_id, a.every)
        return
    groups = [[by_id[i] for i in e.article_ids if i in by_id] for e in links.events]
    checked = [g for g in groups if sum(x.id not in links.duplicate_of for x in g) >= 2]
    of_event = {e.id: g for e, g in zip(links.events, groups, strict=True)}
    stories = [
        ([x for e in s.event_ids for x in of_event[e]], STORY_DATES_PER_EVENT * len(s.event_ids))
        for s in links.stories
        if len(s.event_ids) > 1
    ]
    n = len(arts)
    # warm the lazily loaded gazetteers and name lists before timing
    find_mentions(arts[0].text)
    corroborate(arts[:2])
    parts: dict[str, Callable[[], object]] = {
        "entities (find_mentions)": lambda: [find_mentions(x.text) for x in arts],
        "quotes (find_quotes)": lambda: [find_quotes(x.text, x.id) for x in arts],
        "time expressions": lambda: [find_time_expressions(x.text, x.published) for x in arts],
        "claims (corroborate, events of 2+ originals)": lambda: [
            corroborate(g, links.duplicate_of) for g in checked
        ],
        "summary (summarise, per event)": lambda: [summarise(g, 60) for g in groups],
        "timelines (build_timeline, per event, then per story of 2+ events)": lambda: (
            [build_timeline(g) for g in groups] + [build_timeline(g, k) for g, k in stories]
        ),
        "whole report_corpus, jobs=1": lambda: report_corpus(arts, links, jobs=1),
    }
    print(
        f"{n} articles in {len(links.events)} events ({len(checked)} of 2+ originals), "
        f"{len(stories)} stories of 2+ events, from {a.docs}"
    )
    print("| part | articles/s (CPU, one core) |\n|---|---|")
    for name, run in parts.items():
        if a.parts not in name:
            continue
        print(f"| {name} | {best_rate(n, run, a.repeats):,.0f} |", flush=True)


if __name__ == "__main__":
    main()
