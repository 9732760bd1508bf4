"""Build analyse/data/word_df.txt: in how many of 10,000 news articles each word occurs.

quotes.same_statement weighs a quote's words by their rarity (inverse document frequency), so that
two quotes sharing "think", "need" and "not" are not one statement while two sharing "embarrassing"
and "intentional" are. The counts come from the articles of bench/out/heap-10000.jsonl (built by
bench/make_corpus.py from the news sets in ../shared/data); words in fewer than MIN_DOCUMENTS
articles are left out (they are rare: quotes.py gives them the weight of MIN_DOCUMENTS / 2).

    .venv/bin/python bench/word_frequencies.py [--docs bench/out/heap-10000.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "newsprism" / "analyse" / "data" / "word_df.txt"
MIN_DOCUMENTS = 10  # below this a count says little: 10,832 words are kept of 45,134


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    args = parser.parse_args()
    df: Counter[str] = Counter()
    n = 0
    with args.docs.open(encoding="utf-8") as lines:
        for line in lines:
            text = (json.loads(line).get("text") or "").lower().replace("’", "'")
            df.update(set(re.findall(r"[a-z]+(?:'[a-z]+)?", text)))
            n += 1
    kept = sorted((w for w, c in df.items() if c >= MIN_DOCUMENTS), key=lambda w: (-df[w], w))
    with OUT.open("w", encoding="utf-8") as out:
        out.write(f"# documents\t{n}\n# word\tarticles holding it (bench/word_frequencies.py)\n")
        out.writelines(f"{w}\t{df[w]}\n" for w in kept)
    print(f"{len(kept)} words of {len(df)} from {n} articles -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
