"""corroborate() on one event of N distinct articles (robustness, session 16): CPU, peak RSS and
the number of claims, for sizes given on the command line.

    .venv/bin/python bench/huge_event.py 250 500 1000        # each size in a fresh process

Each article tells the same story in the same two sentences (three times over), adds its own quote
(one of 50 figures) and one sentence of its own words, and comes from its own outlet: every
statement of the shared story aligns with its copy in every other article.
"""

from __future__ import annotations

import random
import resource
import subprocess
import sys
import time

from newsprism.records import Article

BASE = (
    "The city council voted on Tuesday to approve the new budget. Mayor Jane Porter said the plan "
    "would fund schools. "
)
VOCAB = [
    *[
        "harbour",
        "bridge",
        "tunnel",
        "station",
        "railway",
        "airport",
        "ferry",
        "market",
        "square",
        "tower",
        "museum",
        "library",
    ],
    *[
        "garden",
        "stadium",
        "river",
        "canal",
        "school",
        "hospital",
        "clinic",
        "theatre",
        "bakery",
        "office",
        "factory",
        "depot",
    ],
]


def articles(n: int, seed: int = 16) -> list[Article]:
    """N distinct articles of one story, each from its own outlet."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        own = " ".join(rng.choice(VOCAB) for _ in range(40)).capitalize() + ". "
        quote = f"“We will build {i % 50 + 2} new schools,” Porter said. "
        out.append(
            Article(
                id=f"e{i}",
                source=f"s{i}",
                outlet=f"outlet{i}",
                title="Council approves budget",
                text=BASE * 2 + quote + own + BASE,
                published="2024-03-05",
            )
        )
    return out


def run(n: int) -> None:
    from newsprism.corroborate import corroborate

    event = articles(n)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.process_time()
    claims = corroborate(event, {})
    cpu = time.process_time() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    statuses = [c.status for c in claims]
    print(
        f"{n} articles: {cpu:.2f} s CPU, peak RSS {peak / 1024:.0f} MB (from {before / 1024:.0f}), {len(claims)} claims "
        f"({statuses.count('conflict')} conflicts, {statuses.count('corroborated')} corroborated)"
    )


if __name__ == "__main__":
    if len(sys.argv) == 2:
        run(int(sys.argv[1]))
    else:
        for size in sys.argv[1:]:
            subprocess.run([sys.executable, __file__, size], check=False)
