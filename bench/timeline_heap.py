"""Timelines of a heap's events and stories as the report stage builds them, one core.

In:  a heap from make_corpus.py (default bench/out/heap-10000.jsonl), its first --limit articles,
     linked by link_corpus (kept in bench/out/links-<heap>-<limit>.pkl after the first run).
Out: build_timeline over every event's articles (with news_days, as report_event asks, where the
     tree's build_timeline has it), then every story of several events (its articles,
     STORY_DATES_PER_EVENT dates per event, background kept only where an event is undated, news_days
     as _story_report asks since session 18), in the report's order (stories
     biggest first, a story right after its events, so the per-text reading cache serves the
     story as in a worker); the CPU seconds (time.process_time) of all of it and of the stories'
     part, with the caches emptied first. --dump writes every timeline's repr, one per line, to
     compare two trees byte for byte:

    .venv/bin/python bench/timeline_heap.py --dump /tmp/new.txt
    PYTHONPATH=/tmp/ref/src .venv/bin/python bench/timeline_heap.py --dump /tmp/ref.txt
    cmp /tmp/ref.txt /tmp/new.txt

--profile prints cProfile's top functions by own time instead. --story-events builds the stories'
timelines with their events' articles (build_timeline(events=...): news days counted per event too,
timeline21), as report._story_report would with /tmp/h19/timeline21/report_story_events.patch.
"""

from __future__ import annotations

import argparse
import cProfile
import inspect
import pickle
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newsprism import timeline  # noqa: E402
from newsprism.analyse import sentences  # noqa: E402
from newsprism.corpus import link_corpus  # noqa: E402
from newsprism.records import Article, TimelineEntry  # noqa: E402
from newsprism.report import STORY_DATES_PER_EVENT  # noqa: E402
from report_speed import load  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--heap", type=Path, default=Path("bench/out/heap-10000.jsonl"))
    ap.add_argument("--limit", type=int, default=10_000)
    ap.add_argument("--dump", type=Path)
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--story-events", action="store_true", help="stories' news days counted per event too")
    a = ap.parse_args()
    arts = load(a.heap, a.limit)
    cache = a.heap.with_name(f"links-{a.heap.stem}-{a.limit}.pkl")
    if cache.exists():
        links = pickle.loads(cache.read_bytes())
    else:
        links = link_corpus(arts)
        cache.write_bytes(pickle.dumps(links))
    by_id = {x.id: x for x in arts if x.kept}
    events = {e.id: e for e in links.events}
    stories = {s.id: s for s in links.stories}
    of_story: dict[str, list[str]] = {}
    for e in links.events:
        of_story.setdefault(e.story_id, []).append(e.id)
    units = sorted(of_story.items(), key=lambda u: -sum(len(events[eid].article_ids) for eid in u[1]))

    def articles(event_ids: list[str]) -> list[Article]:
        return [by_id[x] for eid in event_ids for x in events[eid].article_ids if x in by_id]

    told: list[list[TimelineEntry]] = []
    # the event timelines as the digest builds them; an older tree (an A/B reference) has no news_days
    news = {"news_days": True} if "news_days" in inspect.signature(timeline.build_timeline).parameters else {}
    story_cpu = 0.0

    def run() -> None:
        nonlocal story_cpu
        for sid, eids in units:
            told.extend(timeline.build_timeline(articles([eid]), **news) for eid in eids)
            story = stories.get(sid)
            if story is not None and len(story.event_ids) > 1:
                t = time.process_time()
                limit = STORY_DATES_PER_EVENT * len(story.event_ids)
                per_event = (
                    {"events": [events[eid].article_ids for eid in story.event_ids]} if a.story_events else {}
                )
                # background kept only where an event is undated, as report._story_report does
                undated = any(events[eid].start is None for eid in story.event_ids)
                told.append(
                    timeline.build_timeline(
                        articles(story.event_ids), limit, keep_background=undated, **news, **per_event
                    )
                )
                story_cpu += time.process_time() - t

    timeline._read.cache_clear()
    sentences._split.cache_clear()
    started = time.process_time()
    if a.profile:
        prof = cProfile.Profile()
        prof.runcall(run)
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
    else:
        run()
    print(
        f"{a.heap.name} first {a.limit}: {len(links.events)} events, {len(told)} timelines; CPU "
        f"{time.process_time() - started:.3f} s, of which stories of several events {story_cpu:.3f} s"
    )
    if a.dump:
        a.dump.write_text("\n".join(map(repr, told)), encoding="utf-8")


if __name__ == "__main__":
    main()
