"""A blind hand sample of quotes with speakers: N quotes drawn at random (seeded) from a digest's
quotes.jsonl, each with its speaker and the text around it in the digest's articles.jsonl, to judge by
hand (the speaker quality measure of bench/README's quotes sections: quotes20, quotes21, quotes22).

    .venv/bin/newsprism digest ../shared/data/clustering/mixed-dev/docs.jsonl -o /tmp/d -q -j 1
    .venv/bin/python bench/quotes_sample.py /tmp/d 2223 [--n 50] > sample.txt

The quote is found in its article by its text (quotes.jsonl holds no offsets): the first place it is
written, or its first 30 characters; a quote found nowhere says so.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

BEFORE_CHARS = 500  # context shown before a quote
AFTER_CHARS = 250  # ... and after it


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("digest", type=Path, help="a digest's output folder (quotes.jsonl, articles.jsonl)")
    ap.add_argument("seed", type=int)
    ap.add_argument("--n", type=int, default=50)
    a = ap.parse_args()
    texts = {}
    with (a.digest / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    with (a.digest / "quotes.jsonl").open(encoding="utf-8") as lines:
        quotes = [q for q in map(json.loads, lines) if q["speaker"]]
    for k, i in enumerate(random.Random(a.seed).sample(range(len(quotes)), min(a.n, len(quotes))), 1):
        q = quotes[i]
        text = texts[q["article_id"]]
        at = text.find(q["quote"])
        if at < 0:
            at = text.find(q["quote"][:30])
        context = (
            text[max(0, at - BEFORE_CHARS) : at + len(q["quote"]) + AFTER_CHARS] if at >= 0 else "(not found)"
        )
        print(
            f"=== {k} [{q['article_id']}] SPEAKER={q['speaker']!r}\nQUOTE: {q['quote'][:300]!r}\n--- {context}\n"
        )


if __name__ == "__main__":
    main()
