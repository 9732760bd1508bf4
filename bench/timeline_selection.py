"""Which dates a T17 timeline keeps: ranking and selection variants, leave-one-topic-out.

    .venv/bin/python bench/timeline_selection.py [--only NAME ...]

Each variant changes how build_timeline ranks or picks a topic's dates and keeps everything else
(the length rule's support, the sentences): per value of its parameter, date F1 at the command's
own length (the capped bar), at the gold length and the mean over 0.5-1.5x the gold length, the
mean over T17's 8 dev topics, then leave-one-topic-out (the value best on 7 topics, scored on the
8th; ties go to the first value of the grid, which is always the code as it is). Session 31
(timeline35); none of these lifted leave-one-topic-out above the code as it is:

- adjacent: skip a day within W days of a better-ranked kept day (a happening named on two days:
  a misread "yesterday", a night story). T17's H1N1 golds are runs of consecutive days.
- per_day: the naming articles of one publication day counted with decay p**i (i-th of the day,
  heaviest first): one day's wire copies of a press release are one look-back, a later day's
  article another.
- lag_news: an article published within L days after a day names it as news (NEWS_WEIGHT), not
  as a recall: the next morning's "yesterday's blast" is the day's report, not a look back.
- quiet_week: the score divided by (articles published within a week of the day + 1) ** beta: a
  day named against a quiet week stands out more than one of the busiest week.
- items: b more per article naming the day as a chronology item ("May 7 - An attempt to place a
  containment dome ... fails", timex._opens_item): a journalist's own timeline picked that day.
"""

from __future__ import annotations

import argparse
import bisect
import datetime as dt
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import timeline_length as L  # noqa: E402
from newsprism import timeline as T  # noqa: E402
from newsprism.analyse import timex  # noqa: E402

Scores = Callable[[T._Evidence, bool], dict[str, float]]
BASE_SCORES = T._date_scores
BASE_GATHER = T._gather
LENGTHS = (0.5, 0.75, 1.0, 1.25, 1.5)  # x the gold length
WEEK = 7  # days each side of a day whose publications make its week (quiet_week)


def per_day(p: float) -> Scores:
    def scores(ev: T._Evidence, days_only: bool) -> dict[str, float]:
        score = BASE_SCORES(ev, days_only)
        for date, kinds in ev.kinds.items():
            if date in score and score[date]:
                by_day: dict[str | None, list[float]] = defaultdict(list)
                for a, kind in zip(ev.mentioned_by[date], kinds, strict=True):
                    by_day[ev.articles[a].published].append(T._KIND_WEIGHTS[kind])
                score[date] = sum(
                    w * p**i for ws in by_day.values() for i, w in enumerate(sorted(ws, reverse=True))
                )
        return score

    return scores


def lag_news(lag: float) -> Scores:
    def scores(ev: T._Evidence, days_only: bool) -> dict[str, float]:
        score = BASE_SCORES(ev, days_only)
        for date, kinds in ev.kinds.items():
            if date in score and T._is_day(date):
                late = (dt.date.fromisoformat(date) + dt.timedelta(days=lag)).isoformat()
                score[date] = sum(
                    T._KIND_WEIGHTS[kind & ~T.RECALLED if (ev.articles[a].published or "") <= late else kind]
                    for a, kind in zip(ev.mentioned_by[date], kinds, strict=True)
                )
        return score

    return scores


def quiet_week(beta: float) -> Scores:
    def scores(ev: T._Evidence, days_only: bool) -> dict[str, float]:
        score = BASE_SCORES(ev, days_only)
        pubs = sorted(
            dt.date.fromisoformat(d).toordinal() for d, arts in ev.published_on.items() for _ in arts
        )
        for date in score:
            if T._is_day(date):
                o = dt.date.fromisoformat(date).toordinal()
                week = bisect.bisect_right(pubs, o + WEEK) - bisect.bisect_left(pubs, o - WEEK)
                score[date] /= (week + 1) ** beta
        return score

    return scores


_ITEMS: dict[int, dict[str, set[int]]] = {}  # id(evidence) -> day -> articles naming it as an item


def _gather_items(articles: list) -> T._Evidence:
    ev = BASE_GATHER(articles)
    items: dict[str, set[int]] = defaultdict(set)
    for i, a in enumerate(articles):
        for t in timex.find_time_expressions(a.text, a.published):
            if (
                T._is_day(t.value)
                and T._CALENDAR.search(t.text)
                and timex._opens_item(a.text, t.start, t.end)
            ):
                items[t.value].add(i)
    _ITEMS[id(ev)] = items
    return ev


def items(b: float) -> Scores:
    def scores(ev: T._Evidence, days_only: bool) -> dict[str, float]:
        score = BASE_SCORES(ev, days_only)
        for date, arts in _ITEMS[id(ev)].items():
            if date in score:
                score[date] += b * len(arts & set(ev.mentioned_by.get(date, ())))
        return score

    return scores


def skip_adjacent(order: list[str], k: int, window: float) -> set[str]:
    kept: list[str] = []
    for d in order:
        if len(kept) >= k:
            break
        if window and T._is_day(d):
            day = dt.date.fromisoformat(d)
            if any(T._is_day(x) and 0 < abs((dt.date.fromisoformat(x) - day).days) <= window for x in kept):
                continue
        kept.append(d)
    return set(kept)


def f1(topic: L.Topic, k: int, window: float) -> float:
    pred = skip_adjacent(topic.order, k, window)
    hit = len(pred & topic.gold)
    return 2 * hit / (len(pred) + len(topic.gold)) if hit else 0.0


VARIANTS: dict[str, tuple[list[float], Callable[[float], Scores] | None]] = {
    "adjacent": ([0, 1, 2, 3], None),
    "per_day": ([1.0, 0.75, 0.5, 0.25, 0.0], per_day),
    "lag_news": ([0, 1, 2, 3], lag_news),
    "quiet_week": ([0.0, 0.1, 0.2, 0.3, 0.5], quiet_week),
    "items": ([0.0, 0.25, 0.5, 1.0, 2.0], items),
}


def run(name: str) -> None:
    grid, make = VARIANTS[name]
    a, c = T.AUTO_SCORE_PER_DOUBLING, T.AUTO_DATES_PER_DOUBLING
    rows: dict[float, tuple[list[float], list[float], list[float]]] = {}
    topics: dict[str, L.Topic] = {}
    T._gather = _gather_items if name == "items" else BASE_GATHER
    for p in grid:
        if make is not None or not topics:
            T._date_scores = make(p) if make is not None else BASE_SCORES
            topics = L.gather()
        w = p if make is None else 0
        own = [f1(x, L.capped(x, a, c), w) for x in topics.values()]
        gold = [f1(x, len(x.gold), w) for x in topics.values()]
        spread = [
            statistics.mean(f1(x, max(1, round(f * len(x.gold))), w) for f in LENGTHS)
            for x in topics.values()
        ]
        rows[p] = (own, gold, spread)
        print(
            f"{name} {p}: own {statistics.mean(own):.4f} gold {statistics.mean(gold):.4f} "
            f"lengths {statistics.mean(spread):.4f}; own per topic " + " ".join(f"{x:.3f}" for x in own),
            flush=True,
        )
    T._date_scores, T._gather = BASE_SCORES, BASE_GATHER
    for col, label in enumerate(("own", "gold", "lengths")):
        held, picks = [], []
        for i in range(len(topics)):
            best = max(grid, key=lambda p: statistics.mean(x for j, x in enumerate(rows[p][col]) if j != i))
            held.append(rows[best][col][i])
            picks.append(best)
        print(
            f"  {label}: as is {statistics.mean(rows[grid[0]][col]):.4f}, LOTO {statistics.mean(held):.4f} {picks}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", choices=list(VARIANTS), default=list(VARIANTS))
    for name in ap.parse_args().only:
        run(name)


if __name__ == "__main__":
    main()
