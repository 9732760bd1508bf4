"""Speed of summarise.summarise against the same module at an earlier git revision, on every
--every'th event of a heap as report_event summarises it, old and new alternating event by event in
one process, summaries compared event by event.

    .venv/bin/python bench/summarise_speed.py --base e2ca95d [--docs bench/out/heap-10000.jsonl]
        [--limit 10000] [--every 3] [--repeats 3]

The old module is `git show BASE:src/newsprism/summarise.py`, or the package src/newsprism/summarise/
at BASE (`git archive`, into a temporary folder), run as a module of another name (it imports the
rest of newsprism as it is now; the package's modules import each other relatively). Each event is given what report_event gives
summarise: its kept articles read through (report._read_through), the claims corroborate finds when
two originals or more can be checked, and the copies. Per event, old and new run --repeats times
each, alternating (and which goes first alternating too), and the best CPU time of each side counts
(time.process_time), so both meet the shared machine's load alike. The event's sentences are split
before each run (report_event's earlier steps have split them by then) and the modules' per-text
caches other than the stems (every module's of the package) are emptied, so no run times a warm cache. Printed: CPU seconds per
side for one-article events and the others, the new/old ratio, and whether every summary is equal.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from types import ModuleType

from newsprism import report, summarise
from newsprism.analyse import sentences
from newsprism.corpus import link_corpus
from newsprism.corroborate import corroborate
from report_speed import load

ROOT = Path(__file__).resolve().parents[1]


def old_module(base: str) -> ModuleType:
    """summarise.py, or the package summarise/, as it was at git revision `base`, as a module of
    its own."""
    path = f"{base}:src/newsprism/summarise.py"
    name = f"summarise_{base}"
    single = subprocess.run(["git", "cat-file", "-e", path], cwd=ROOT, capture_output=True).returncode == 0
    if single:
        source = subprocess.run(
            ["git", "show", path], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout
        old = ModuleType(name)
        sys.modules[old.__name__] = old  # dataclasses look their module up
        exec(compile(source, path, "exec"), old.__dict__)
        return old
    archive = subprocess.run(
        ["git", "archive", base, "src/newsprism/summarise"], cwd=ROOT, check=True, capture_output=True
    ).stdout
    # the folder goes once the package is loaded: __init__ imports every module of it
    with tempfile.TemporaryDirectory(prefix=f"{name}-") as tmp:
        folder = Path(tmp)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        package = folder / "src" / "newsprism" / "summarise"
        spec = importlib.util.spec_from_file_location(
            name, package / "__init__.py", submodule_search_locations=[str(package)]
        )
        assert spec is not None and spec.loader is not None
        old = importlib.util.module_from_spec(spec)
        sys.modules[name] = old  # dataclasses look their module up; the modules import each other
        spec.loader.exec_module(old)
    return old


def caches_of(module: ModuleType) -> list:
    """The per-text caches (functools.lru_cache) of a module or of every module of its package, but
    the stems' (a long run has them warm), each once."""
    modules = [
        m for key, m in sys.modules.items() if key == module.__name__ or key.startswith(f"{module.__name__}.")
    ]
    found = {
        id(f): f
        for m in modules
        for key, f in vars(m).items()
        if hasattr(f, "cache_clear") and key != "_stem"
    }
    return list(found.values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision of the old summarise.py")
    ap.add_argument("--docs", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    ap.add_argument("--limit", type=int, default=10000)
    ap.add_argument("--every", type=int, default=3)
    ap.add_argument("--repeats", type=int, default=3)
    a = ap.parse_args()
    sides = {"old": old_module(a.base), "new": summarise}
    caches = {name: caches_of(m) for name, m in sides.items()}
    arts = load(a.docs, a.limit)
    links = link_corpus(arts)
    by_id = {x.id: x for x in arts}
    events = []
    for ev in links.events[:: a.every]:
        group = [by_id[i] for i in ev.article_ids if i in by_id]
        copies = {x.id: links.duplicate_of[x.id] for x in group if x.id in links.duplicate_of}
        read = report._read_through(group, copies)
        claims = corroborate(read, copies) if len(group) - len(copies) >= 2 else []
        events.append((read, claims, copies))
    spent = {(name, size): 0.0 for name in sides for size in ("one", "several")}
    equal = True
    for k, (read, claims, copies) in enumerate(events):
        best = dict.fromkeys(sides, float("inf"))
        summaries = {}
        for r in range(a.repeats):
            for name in sorted(sides, reverse=(k + r) % 2 == 1):
                for article in read:
                    sentences.split_sentences(article.text)
                for cached in caches[name]:
                    cached.cache_clear()
                t = time.process_time()
                summaries[name] = sides[name].summarise(read, report.SUMMARY_WORDS, claims, copies)
                best[name] = min(best[name], time.process_time() - t)
        size = "one" if len(read) == 1 else "several"
        for name in sides:
            spent[name, size] += best[name]
        equal &= summaries["old"] == summaries["new"]
    n = sum(len(read) for read, _, _ in events)
    ones = sum(len(read) == 1 for read, _, _ in events)
    print(f"{len(events)} events ({ones} of one article, {n} articles read), every {a.every}th of {a.docs}")
    print("| side | one-article events | events of 2+ articles | all |\n|---|---|---|---|")
    for name in sides:
        one, several = spent[name, "one"], spent[name, "several"]
        label = f"old ({a.base})" if name == "old" else "new"
        print(f"| {label} | {one:.2f} s | {several:.2f} s | {one + several:.2f} s |")
    total = {name: spent[name, "one"] + spent[name, "several"] for name in sides}
    print(f"new/old {total['new'] / total['old']:.3f}, summaries equal: {equal}")


if __name__ == "__main__":
    main()
