"""group_statements against a reference copy of quotes.py on random events with many copies: the
groups must be the same, quote for quote (output-identical rewrites of the grouping).

Each event draws quotes from a small pool of texts over a small vocabulary (so that texts share
words and are one statement worded apart, or the same words in another order), 1 to 8 words long
(short ones, fewer than SAME_STATEMENT_MIN_WORDS content words, are held to their speakers), with a
speaker drawn from a few names (two share a last word) or none; a text is repeated many times, as
copies of one wire story are, with the same or another speaker.

    git worktree add /tmp/ref <commit>
    .venv/bin/python bench/group_statements_ab.py --ref /tmp/ref/src/newsprism/analyse/quotes.py \\
        [--events 3000] [--seed 0]
    (--ref /tmp/ref/src/newsprism/analyse/quotes for a tree where quotes is a package)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsprism.analyse.quotes as work  # noqa: E402
from newsprism.records import Quote  # noqa: E402
from quotes_ab import reference  # noqa: E402

VOCABULARY = [
    "budget",
    "schools",
    "council",
    "taxes",
    "never",
    "build",
    "three",
    "new",
    "year",
    "plan",
    "city",
    "roads",
    "not",
    "vote",
    "mayor",
    "police",
    "money",
    "fund",
    "families",
    "jobs",
]
SPEAKERS = [None, None, "Jane Porter", "Ann Porter", "Bob Smith", "Council", "BBC"]


def event(rng: random.Random) -> list[Quote]:
    pool = []
    for _ in range(rng.randint(1, 12)):
        if pool and rng.random() < 0.4:  # one statement worded apart: a text with a word changed
            words = rng.choice(pool).split()
            words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
            if rng.random() < 0.5:
                words.append(rng.choice(VOCABULARY))
        else:
            words = rng.sample(VOCABULARY, rng.choice([1, 1, 2, 2, 3, 4, 5, 6, 8]))
        pool.append(" ".join(words))
    quotes = []
    for i in range(rng.randint(1, 400)):
        text = rng.choice(pool)
        who = rng.choice(SPEAKERS)
        quotes.append(Quote(article_id=f"a{i}", quote=text, speaker=who, start=0, end=len(text)))
    return quotes


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", type=Path, required=True, help="the reference quotes.py or quotes/ folder")
    ap.add_argument("--events", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    ref = reference(a.ref)
    rng = random.Random(a.seed)
    differ = 0
    spent = {"reference": 0.0, "working": 0.0}
    for _ in range(a.events):
        quotes = event(rng)
        index = {id(q): k for k, q in enumerate(quotes)}
        out = {}
        for name, module in (("reference", ref), ("working", work)):
            t = time.process_time()
            groups = module.group_statements(quotes)
            spent[name] += time.process_time() - t
            out[name] = [[index[id(q)] for q in g] for g in groups]
        differ += out["reference"] != out["working"]
    print(f"{a.events} events (seed {a.seed}): {differ} grouped differently")
    print(f"CPU s: reference {spent['reference']:.2f}, working {spent['working']:.2f}")


if __name__ == "__main__":
    main()
