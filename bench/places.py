"""First-call cost of the place gazetteers: CPU time and peak RSS of building every place set the
stages use (corroborate.place_names, analyse.quotes.lexicon._places, analyse.entities.vocabulary's
_places, _regions, _subdivisions, _given_subdivisions, analyse.entities.names._countries) in one fresh
process, after the imports.

    .venv/bin/python bench/places.py                       # this checkout's src
    .venv/bin/python bench/places.py /tmp/ref/src src -n 7  # A/B, interleaved, best of 7 each

Each run is a fresh interpreter (the sets are cached per process); best CPU and lowest peak of N.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

CHILD = """
import resource, time
from newsprism import corroborate
try:
    from newsprism.analyse.entities import names as entity_names, vocabulary as entities
except ImportError:  # a tree from before analyse/entities/ was a package
    from newsprism.analyse import entities
    entity_names = entities
try:
    from newsprism.analyse.quotes import lexicon as quotes
except ImportError:  # a tree from before analyse/quotes/ was a package
    from newsprism.analyse import quotes

rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
t0 = time.process_time()
corroborate.place_names()
quotes._places()
entities._places()
entities._regions()
entities._subdivisions()
entities._given_subdivisions()
entity_names._countries()
cpu = time.process_time() - t0
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(cpu, rss0 / 1024, peak / 1024, corroborate.__file__)
"""


def _run(src: str) -> tuple[float, float, float, str]:
    env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
    out = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, check=True)
    cpu, base, peak, where = out.stdout.split()
    return float(cpu), float(base), float(peak), where


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("trees", nargs="*", default=["src"], help="src folders to compare (default: src)")
    parser.add_argument("-n", type=int, default=5, help="runs per tree (default 5)")
    args = parser.parse_args()
    runs: dict[str, list[tuple[float, float, float, str]]] = {t: [] for t in args.trees}
    for _ in range(args.n):
        for tree in args.trees:  # interleaved: a busy moment of the machine hits both alike
            runs[tree].append(_run(tree))
    for tree, results in runs.items():
        cpu = min(r[0] for r in results)
        base = min(r[1] for r in results)
        peak = min(r[2] for r in results)
        print(
            f"{tree}: CPU {cpu:.3f} s (best of {args.n}), RSS after imports {base:.0f} MB, "
            f"peak {peak:.0f} MB (+{peak - base:.0f} MB)  [{results[0][3]}]"
        )


if __name__ == "__main__":
    main()
