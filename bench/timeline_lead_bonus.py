"""FIRST_SENTENCE_BONUS re-checked on T17 (dev), leave-one-topic-out.

    PYTHONPATH=src:bench .venv/bin/python bench/timeline_lead_bonus.py [--values 0,0.1,...] [--gold-length]

The `newsprism timeline --group-by topic` command's timelines (own length, the command's sentences
a date) are built once per bonus value over the same extracted articles and scored per topic. For
each metric, each topic's LOTO figure is that topic's score at the value best on the other 7 (ties:
the value nearest the kept one); the rows print the mean over 8 topics at every value, then the
LOTO mean and the values the folds picked. The kept value holds unless another holds up in LOTO.
With --gold-length, each topic's timeline has its gold's number of dates and 2 sentences a date
(`bench/timelines.py`'s first row, the setting the bonus was first judged in).
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from newsprism import timeline
from shared_eval import load_scorer
from timelines import SHARED, T17, gold_lengths, read_topics

METRICS = ("concat_rouge1_f1", "concat_rouge2_f1", "agree_rouge1_f1", "agree_rouge2_f1", "date_f1")


def per_topic(scorer, rows: list[dict]) -> dict[str, dict[str, float]]:
    gold_path = T17 / "gold.jsonl"
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("".join(json.dumps(r) + "\n" for r in rows))
    gold = scorer.load_jsonl(str(gold_path), "gold")
    pred = scorer.load_jsonl(f.name, "prediction")
    Path(f.name).unlink()
    result = scorer.score_timelines(gold, pred, str(gold_path), f.name, None)
    lists: dict[str, dict[str, list[float]]] = {}
    for row in result["per_timeline"]:  # a topic with several gold timelines: their mean
        for m in METRICS:
            lists.setdefault(row["topic"], {}).setdefault(m, []).append(row[m])
    return {t: {m: sum(v) / len(v) for m, v in s.items()} for t, s in lists.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--values", default="0,0.05,0.1,0.15,0.2,0.3,0.5,1.0")
    ap.add_argument(
        "--gold-length", action="store_true", help="the gold's number of dates, 2 sentences a date"
    )
    args = ap.parse_args()
    values = [float(v) for v in args.values.split(",")]
    kept = timeline.FIRST_SENTENCE_BONUS
    scorer = load_scorer(SHARED)
    topics = read_topics(None)
    lengths: dict[str, int | None] = dict.fromkeys(topics)
    sentences = timeline.COMMAND_SENTENCES_PER_DATE
    if args.gold_length:
        lengths.update(gold_lengths(scorer.load_jsonl(str(T17 / "gold.jsonl"), "gold")))
        sentences = 2
    scores: dict[float, dict[str, dict[str, float]]] = {}
    for value in values:
        timeline.FIRST_SENTENCE_BONUS = value
        rows = [
            timeline.timeline_record(
                topic,
                timeline.build_timeline(arts, lengths[topic], days_only=True, sentences_per_date=sentences),
            )
            for topic, arts in topics.items()
        ]
        scores[value] = per_topic(scorer, rows)
    timeline.FIRST_SENTENCE_BONUS = kept
    names = sorted(topics)
    print("bonus | " + " | ".join(METRICS))
    for value in values:
        print(
            f"{value} | "
            + " | ".join(f"{sum(scores[value][t][m] for t in names) / len(names):.4f}" for m in METRICS)
        )
    for m in METRICS:
        loto, picked = [], []
        for held in names:
            rest = [t for t in names if t != held]
            best = max(values, key=lambda v: (round(sum(scores[v][t][m] for t in rest), 9), -abs(v - kept)))
            picked.append(best)
            loto.append(scores[best][held][m])
        at_kept = sum(scores[kept][t][m] for t in names) / len(names) if kept in scores else float("nan")
        print(f"LOTO {m}: {sum(loto) / len(loto):.4f} (kept {kept}: {at_kept:.4f}); folds picked {picked}")
    print(
        "per topic concat_rouge1_f1: "
        + "; ".join(
            f"{t} " + "/".join(f"{scores[v][t]['concat_rouge1_f1']:.3f}" for v in values) for t in names
        )
    )


if __name__ == "__main__":
    main()
