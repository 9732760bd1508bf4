"""Quotes and speakers on BASIL (dev), scored by shared/eval/score.py, and speed on one core.

In:  ../shared/data/quotes/basil/docs.jsonl (field `text`, `id` = article_id) and its gold.jsonl.
Out: bench/out/quotes_basil.jsonl (one line per quote found), the scorer's table and figure line,
     articles per second (best / median of --repeats passes, one process), and with --errors the
     gold spans missed or given the wrong speaker, to read.

    .venv/bin/python bench/quotes.py [--repeats 3] [--errors] [--heap bench/out/heap-10000.jsonl]

Speed is process time (time.process_time), so other jobs on a shared machine distort it less;
--heap also times find_quotes on the first --limit texts of a heap.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import json
import re
import statistics
import time
from pathlib import Path

from newsprism.analyse.entities import find_mentions
from newsprism.analyse.quotes import find_quotes, group_statements
from shared_eval import load_scorer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SET = SHARED / "data" / "quotes" / "basil"
OUT = ROOT / "bench" / "out" / "quotes_basil.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3, help="timed passes over all articles")
    parser.add_argument("--errors", action="store_true", help="print missed spans and wrong speakers")
    parser.add_argument(
        "--mentions", action="store_true", help="pass analyse.entities.find_mentions as names (timed too)"
    )
    parser.add_argument("--heap", type=Path, help="also time find_quotes on this JSONL heap")
    parser.add_argument("--limit", type=int, default=2000, help="heap texts to time (default 2000)")
    args = parser.parse_args()
    docs = [json.loads(line) for line in (SET / "docs.jsonl").read_text(encoding="utf-8").splitlines()]
    times = []
    for _ in range(max(1, args.repeats)):
        start = time.process_time()
        found = [
            find_quotes(d["text"], d["id"], find_mentions(d["text"]) if args.mentions else None) for d in docs
        ]
        times.append(time.process_time() - start)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        for quotes in found:
            for q in quotes:
                out.write(
                    json.dumps({"article_id": q.article_id, "quote": q.quote, "speaker": q.speaker}) + "\n"
                )
    scorer = load_scorer(SHARED)
    gold_path = SET / "gold.jsonl"
    with contextlib.redirect_stderr(io.StringIO()):
        gold = scorer.load_jsonl(str(gold_path), "gold")
        pred = scorer.load_jsonl(str(OUT), "prediction")
    m = scorer.score_quotes(gold, pred, str(gold_path), str(OUT))
    print(f"quotes found: {sum(map(len, found))} in {len(docs)} articles -> {OUT.relative_to(ROOT)}")
    print(
        f"span recall {m['span_recall']:.3f} ({m['matched']}/{m['n']})  "
        f"speaker acc {m['speaker_acc']:.3f} ({m['speaker_correct']}/{m['named_matched']})  "
        f"speaker recall {m['speaker_recall']:.3f}"
    )
    print(
        f"speed: {len(docs) / min(times):.0f} / {len(docs) / statistics.median(times):.0f} articles/s "
        f"one core (best / median of {len(times)})"
    )
    if args.heap:
        with args.heap.open(encoding="utf-8") as lines:
            heap = [json.loads(line).get("text") or "" for line in itertools.islice(lines, args.limit)]
        start = time.process_time()
        for text in heap:
            find_quotes(text)
        print(
            f"speed: {len(heap) / (time.process_time() - start):.0f} articles/s one core ({args.heap.name}, first {len(heap)})"
        )
    named = named_in_text(scorer, gold, found, {d["id"]: d["text"] for d in docs})
    print(
        f"speaker acc where the gold speaker is a name the article writes: {named[0] / max(1, named[1]):.3f} "
        f"({named[0]}/{named[1]}; the others are groups such as 'Obama campaign', 'Republican lawmakers')"
    )
    groups = [g for g in group_statements([q for quotes in found for q in quotes]) if len(g) > 1]
    events = [{q.article_id.rsplit("_", 1)[0] for q in g} for g in groups]
    articles = [{q.article_id for q in g} for g in groups]
    print(
        f"group_statements: {len(groups)} groups of 2+ quotes, {sum(len(a) > 1 for a in articles)} across "
        f"articles, {sum(len(e) > 1 for e in events)} across BASIL events (none expected: an event's "
        "articles are one story, other events are other stories)"
    )
    if args.errors:
        show_errors(scorer, gold, found, {d["id"]: d["text"] for d in docs})


def named_in_text(scorer, gold, found, texts) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Speaker accuracy over found spans whose gold speaker's last word is capitalised and written
    in the article: the speakers a reader could name from the text. BASIL labels many quotes with the
    group they speak for ('Obama campaign' for Lis Smith, a spokeswoman), which no name matches."""
    by_article: dict[str, list] = {}
    for quotes in found:
        for q in quotes:
            by_article.setdefault(q.article_id, []).append(q)
    right = total = 0
    for g in gold:
        last = (g["speaker"] or "").split()[-1:]
        if (
            not last
            or not last[0][:1].isupper()
            or not re.search(rf"\b{re.escape(last[0])}\b", texts[g["article_id"]])
        ):
            continue
        quotes = by_article.get(g["article_id"], [])
        best = max(quotes, key=lambda q: scorer.overlap(g["quote"], q.quote), default=None)
        if best is None or scorer.overlap(g["quote"], best.quote) < 0.5:
            continue
        total += 1
        right += scorer.speaker_match(g["speaker"], best.speaker or "")
    return right, total


def show_errors(scorer, gold, found, texts) -> None:  # type: ignore[no-untyped-def]
    by_article = {}
    for quotes in found:
        for q in quotes:
            by_article.setdefault(q.article_id, []).append(q)
    for g in gold:
        quotes = by_article.get(g["article_id"], [])
        best = max(quotes, key=lambda q: scorer.overlap(g["quote"], q.quote), default=None)
        if best is None or scorer.overlap(g["quote"], best.quote) < 0.5:
            text = texts[g["article_id"]]
            at = text.find(g["quote"])
            print(f"MISSED  {g['quote'][:80]!r}\n        {text[max(0, at - 120) : at + 60]!r}")
        elif g["speaker"] and not scorer.speaker_match(g["speaker"], best.speaker or ""):
            text = texts[g["article_id"]]
            print(
                f"SPEAKER gold {g['speaker']!r} got {best.speaker!r}: {best.quote[:60]!r}\n"
                f"        {text[max(0, best.start - 150) : best.end + 80]!r}"
            )


if __name__ == "__main__":
    main()
