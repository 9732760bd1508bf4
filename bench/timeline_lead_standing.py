"""What FIRST_SENTENCE_BONUS buys: the lead's standing among a date's candidates, on T17 (dev).

    PYTHONPATH=TREE/src:bench .venv/bin/python bench/timeline_lead_standing.py [--values 0,0.2,0.3]

For the `newsprism timeline --group-by topic` command's timelines (own length, the command's
sentences a date), over every candidate pool a chosen date summarises from:
  - lead share: the share of chosen sentences that are an article's first sentence (position 0);
  - closeness: the mean closeness to the date's centroid (the closest candidate 1, before the bonus)
    of the pools' first sentences and of their other candidates, and the mean gap between a pool's
    best first sentence and its best other candidate (pools holding both).
No gold is read. Run it on two trees, one whose splitter glues a run-on headline to the lead
(HEAD src with the sentences.py of a1f58a6^) and HEAD, to see what the headline's words were worth
to the lead and which bonus gives the lead back the standing it had when the bonus was set.
"""

from __future__ import annotations

import argparse
import statistics

import numpy as np

from newsprism import timeline
from timelines import read_topics


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--values", default="0,0.1,0.2,0.3,0.4,0.5")
    args = ap.parse_args()
    values = [float(v) for v in args.values.split(",")]
    topics = read_topics(None)
    original = timeline._entry
    kept = timeline.FIRST_SENTENCE_BONUS
    stats: dict[str, list[float]] = {}

    def entry(ev, vectors, cand, date, used, sentences_per_date, reports_first=False):  # type: ignore[no-untyped-def]
        before = set(used)
        result = original(ev, vectors, cand, date, used, sentences_per_date, reports_first)
        if result is None:
            return result
        pool = [
            i
            for i in dict.fromkeys(cand.naming + cand.leads)
            if timeline._summarisable(ev.sentences[i]) and ev.sentences[i].text not in before
        ]
        if reports_first:
            pool = [i for i in pool if not timeline._plans(ev, i, date)] or pool
        everyone = cand.naming + cand.leads
        table = vectors if isinstance(vectors, np.ndarray) else vectors.some(everyone)
        centroid = timeline._mean_row(table, cand.naming) + timeline._mean_row(table, cand.leads)
        rows = table[pool]
        close = np.asarray(rows @ centroid).ravel()
        close = close / max(float(close.max()), 1e-12)
        lead = [ev.sentences[i].position == 0 for i in pool]
        picked = [i for i in pool if ev.sentences[i].text in used - before]
        for i in picked:
            stats["lead"].append(float(ev.sentences[i].position == 0))
        stats["close_lead"].extend(float(c) for c, f in zip(close, lead, strict=True) if f)
        stats["close_other"].extend(float(c) for c, f in zip(close, lead, strict=True) if not f)
        if any(lead) and not all(lead):
            best_lead = max(float(c) for c, f in zip(close, lead, strict=True) if f)
            best_other = max(float(c) for c, f in zip(close, lead, strict=True) if not f)
            stats["gap"].append(best_lead - best_other)
            stats["pools_with_lead"].append(1.0)
        return result

    timeline._entry = entry  # type: ignore[assignment]
    print("bonus | lead share of chosen | mean closeness first / other | gap best first - best other (pools)")
    for value in values:
        timeline.FIRST_SENTENCE_BONUS = value
        stats.clear()
        stats.update(lead=[], close_lead=[], close_other=[], gap=[], pools_with_lead=[])
        for arts in topics.values():
            timeline.build_timeline(
                arts, None, days_only=True, sentences_per_date=timeline.COMMAND_SENTENCES_PER_DATE
            )
        print(
            f"{value} | {statistics.mean(stats['lead']):.3f} ({len(stats['lead'])}) | "
            f"{statistics.mean(stats['close_lead']):.3f} ({len(stats['close_lead'])}) / "
            f"{statistics.mean(stats['close_other']):.3f} ({len(stats['close_other'])}) | "
            f"{statistics.mean(stats['gap']):.3f} (median {statistics.median(stats['gap']):.3f}, {len(stats['gap'])})"
        )
    timeline.FIRST_SENTENCE_BONUS = kept
    timeline._entry = original  # type: ignore[assignment]


if __name__ == "__main__":
    main()
