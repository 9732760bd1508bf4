"""Timelines on T17 (dev): date F1, concat and agreement ROUGE, and speed.

    .venv/bin/python bench/timelines.py [--topics H1N1_bbc,...] [--cli] [--lengths]

Rows:
  - `build_timeline` per topic with as many dates as the topic's gold timeline(s) have (the usual
    T17 protocol: news-tls asks each system for the gold number of dates), 1 and 2 sentences a date;
  - the same with the candidate dates cut to the gold timeline's first..last date, as news-tls's
    experiments/evaluate.py does (collection.start/end from the reference timeline): this uses
    the gold and is shown only to compare with the published DATEWISE figures;
  - baselines at the same length: the days most articles were published on, and the days most
    articles name (mention count), each told by its first lead sentence / first naming sentence;
  - with --cli, the `newsprism timeline docs.jsonl --group-by topic` command as a user runs it
    (no --max-dates: its own length), and with --max-dates 28 (the gold's mean length).
With --lengths, also the mean date F1 over lengths 0.5, 0.6, ..., 1.5 x the gold's (rounded, at
least 1), per topic and overall: steadier than the gold length alone, where a 7-date timeline
moves by 0.14 per date.
Articles per second count extraction (ingest + extract) and timeline building separately.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from newsprism import timeline
from newsprism.extract import extract
from newsprism.ingest import read_documents
from newsprism.records import Article, TimelineEntry
from shared_eval import load_scorer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
T17 = SHARED / "data" / "timelines" / "t17"
# --lengths: timeline lengths as multiples of the gold's (0.5, 0.6, ..., 1.5)
LENGTH_FACTORS = [round(0.5 + 0.1 * k, 1) for k in range(11)]


def read_topics(only: set[str] | None) -> dict[str, list[Article]]:
    topics: dict[str, list[Article]] = defaultdict(list)
    for doc in read_documents([T17 / "docs.jsonl"]):
        topic = doc.extra["topic"]
        if only is None or topic in only:
            topics[topic].append(extract(doc))
    return dict(topics)


def gold_lengths(gold: list[dict]) -> dict[str, int]:
    """Per topic, the mean number of distinct dates of its gold timelines (rounded)."""
    counts: dict[str, list[int]] = defaultdict(list)
    for g in gold:
        counts[g["topic"]].append(len({e["date"] for e in g["entries"]}))
    return {t: round(sum(c) / len(c)) for t, c in counts.items()}


def score(scorer, gold_path: Path, rows: list[dict], max_dates: int | None = None) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("".join(json.dumps(r) + "\n" for r in rows))
    gold = scorer.load_jsonl(str(gold_path), "gold")
    pred = scorer.load_jsonl(f.name, "prediction")
    Path(f.name).unlink()
    return scorer.score_timelines(gold, pred, str(gold_path), f.name, max_dates)


def top_days_baseline(articles: list[Article], n: int, by: str) -> list[TimelineEntry]:
    """n days by articles published on them ('published') or naming them ('mentions')."""
    ev = timeline._gather([a for a in articles if a.kept])
    source = (
        ev.published_on if by == "published" else {d: a for d, a in ev.mentioned_by.items() if len(d) == 10}
    )
    days = sorted(source, key=lambda d: (-len(source[d]), d))[:n]
    entries = []
    for d in days:
        sents = [ev.of_article[a][0] for a in sorted(source[d])] if by == "published" else ev.naming[d]
        s = ev.sentences[sents[0]]
        entries.append(
            TimelineEntry(date=d, text=s.text, article_ids=(ev.articles[ev.article_of[sents[0]]].id,))
        )
    return sorted(entries, key=lambda e: e.date)


def figures(m: dict) -> str:
    return " | ".join(
        f"{m[k]:.3f}"
        for k in ("date_f1", "concat_rouge1_f1", "concat_rouge2_f1", "agree_rouge1_f1", "agree_rouge2_f1")
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--topics", help="comma-separated topics (default: all 8)")
    ap.add_argument("--news-weight", type=float, default=timeline.NEWS_WEIGHT)
    ap.add_argument("--baselines", action="store_true", help="also score the two baselines")
    ap.add_argument("--cli", action="store_true", help="also run and score the `newsprism timeline` command")
    ap.add_argument(
        "--lengths", action="store_true", help="also the mean date F1 over 0.5-1.5x the gold length"
    )
    ap.add_argument("--save", type=Path, help="write the predicted timelines here")
    args = ap.parse_args()
    timeline.NEWS_WEIGHT = args.news_weight
    scorer = load_scorer(SHARED)
    only = set(args.topics.split(",")) if args.topics else None
    gold_path = T17 / "gold.jsonl"
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines()]
    if only:
        gold = [g for g in gold if g["topic"] in only]
        sub = Path(tempfile.mkdtemp()) / "gold.jsonl"
        sub.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
        gold_path = sub
    lengths = gold_lengths(gold)

    t0 = time.perf_counter()
    topics = read_topics(only)
    t_read = time.perf_counter() - t0
    n_articles = sum(map(len, topics.values()))

    def build(sentences: int, span: bool = False) -> list[dict]:
        rows = []
        for t, arts in topics.items():
            days = sorted({e["date"] for g in gold if g["topic"] == t for e in g["entries"]})
            entries = timeline.build_timeline(
                arts,
                lengths[t],
                days_only=True,
                sentences_per_date=sentences,
                start=days[0] if span else None,
                end=days[-1] if span else None,
            )
            rows.append(timeline.timeline_record(t, entries))
        return rows

    t0 = time.perf_counter()
    rows = build(2)
    t_build = time.perf_counter() - t0
    if args.save:
        args.save.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    table = [
        ("newsprism `build_timeline`, gold length, 2 sentences a date", score(scorer, gold_path, rows)),
        ("the same, 1 sentence a date", score(scorer, gold_path, build(1))),
        (
            "the same (2 sentences), dates within the gold's span (news-tls protocol)",
            score(scorer, gold_path, build(2, True)),
        ),
    ]
    if args.baselines:
        for by in ("published", "mentions"):
            base = [
                timeline.timeline_record(t, top_days_baseline(arts, lengths[t], by))
                for t, arts in topics.items()
            ]
            table.append((f"baseline: top days by {by}, first sentence", score(scorer, gold_path, base)))
    if args.cli:
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [
                sys.executable,
                "-m",
                "newsprism.cli",
                "timeline",
                str(T17 / "docs.jsonl"),
                "-q",
                "-j",
                "1",
            ]
            for name, extra in (("no --max-dates", []), ("--max-dates 28", ["--max-dates", "28"])):
                out = Path(tmp) / "tl.jsonl"
                t0 = time.perf_counter()
                subprocess.run([*cmd, "--group-by", "topic", "-o", str(out), *extra], check=True)
                t_cli = time.perf_counter() - t0
                cli_rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
                cli_rows = [r for r in cli_rows if only is None or r["topic"] in only]
                table.append(
                    (f"`newsprism timeline --group-by topic` {name}", score(scorer, gold_path, cli_rows))
                )

    print(f"T17 dev: {len(topics)} topics, {n_articles} articles, {len(gold)} gold timelines")
    print("| system | date F1 | concat R1 | concat R2 | agree R1 | agree R2 | dates pred/gold |")
    print("|---|---|---|---|---|---|---|")
    for name, m in table:
        print(f"| {name} | {figures(m)} | {m['pred_dates']:.1f}/{m['gold_dates']:.1f} |")
    if args.lengths:
        print(f"mean date F1 over lengths {LENGTH_FACTORS[0]}-{LENGTH_FACTORS[-1]}x the gold's:")
        means = []
        for t, arts in topics.items():
            for g in (g for g in gold if g["topic"] == t):
                days = {e["date"][:10] for e in g["entries"]}
                f1s = [
                    scorer.date_prf(
                        {
                            e.date
                            for e in timeline.build_timeline(
                                arts, max(1, round(k * len(days))), days_only=True
                            )
                        },
                        days,
                    )[2]
                    for k in LENGTH_FACTORS
                ]
                means.append(sum(f1s) / len(f1s))
                print(f"  {t} {g.get('timeline_id', '')}: {means[-1]:.3f}")
        print(f"  mean over {len(means)} gold timelines: {sum(means) / len(means):.3f}")
    print(
        f"speed: ingest+extract {n_articles / t_read:.0f} articles/s, "
        f"build_timeline {n_articles / t_build:.0f} articles/s ({t_build:.1f} s for {n_articles})"
        + (f"; whole command {n_articles / t_cli:.0f} articles/s ({t_cli:.1f} s)" if args.cli else "")
    )


if __name__ == "__main__":
    main()
