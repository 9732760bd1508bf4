"""find_quotes and group_statements against a reference copy of quotes.py: CPU, interleaved, and outputs.

Both versions run in one process: the working tree's `newsprism.analyse.quotes` and the reference's
quotes.py or quotes/ package (a worktree of an earlier commit) loaded as a second module (it imports
the rest of newsprism from the working tree; the package's modules import each other relatively, so
they load from the reference's folder). The work is the report stage's: every --every'th event of a heap
(links from bench/out/links-<heap>.pkl or links-<heap>-<n>.pkl, as bench/report_pool.py writes it), find_quotes over the
event's articles, then group_statements over the event's quotes. Each event is timed with one
version then the other, in an order drawn by chance for each event, CPU seconds (time.process_time)
summed per version; the sentence split cache is emptied before each find_quotes pass (find_quotes
splits first in report_event; with --split-first the texts are split before the clock starts, which
leaves find_quotes' own part), and group_statements' per-quote caches before each grouping. Both
versions are warmed up first on other texts (the gazetteer, the word frequencies), and what is
loaded is frozen out of the garbage collector's passes (gc.freeze, as report does before forking:
without it, an A/B of two versions read group_statements 18% faster where it was 6%). With
--check, the repr of both versions' outputs must be equal for every event.

    git worktree add /tmp/ref <commit>
    .venv/bin/python bench/quotes_ab.py --ref /tmp/ref/src/newsprism/analyse/quotes.py \
        [--heap bench/out/heap-50000.jsonl] [--every 5] [--check] [--split-first]
    .venv/bin/python bench/quotes_ab.py --ref /tmp/ref/src/newsprism/analyse/quotes ...  # the package
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import pickle
import random
import sys
import time
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parent))

import newsprism.analyse.quotes as work  # noqa: E402
from newsprism.analyse import sentences  # noqa: E402
from newsprism.corpus import CorpusLinks  # noqa: E402
from report_speed import load  # noqa: E402


def reference(path: Path) -> ModuleType:
    """The reference as module `reference_quotes`: a quotes.py, or the quotes/ package (its folder
    or its __init__.py), whose modules then load as reference_quotes.marks, ... from that folder."""
    if path.is_dir() or path.name == "__init__.py":
        folder = path if path.is_dir() else path.parent
        spec = importlib.util.spec_from_file_location(
            "reference_quotes", folder / "__init__.py", submodule_search_locations=[str(folder)]
        )
    else:
        spec = importlib.util.spec_from_file_location("reference_quotes", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def links_file(heap: Path) -> Path:
    """The heap's links as bench/report_pool.py writes them: links-<stem>.pkl, or (this checkout's
    name for them) links-<stem>-<n>.pkl, n the number of texts linked; the first that exists."""
    plain = heap.with_name(f"links-{heap.stem}.pkl")
    if plain.exists():
        return plain
    counted = sorted(heap.parent.glob(f"links-{heap.stem}-*.pkl"))
    if not counted:
        raise SystemExit(f"no links for {heap}: {plain.name} or links-{heap.stem}-<n>.pkl")
    return counted[0]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ref", type=Path, required=True, help="the reference quotes.py or quotes/ folder")
    ap.add_argument("--heap", type=Path, default=Path("bench/out/heap-50000.jsonl"))
    ap.add_argument("--every", type=int, default=5)
    ap.add_argument("--check", action="store_true", help="also compare the outputs, event by event")
    ap.add_argument(
        "--split-first",
        action="store_true",
        help="split the event's texts into sentences before timing (find_quotes' own part, no split)",
    )
    a = ap.parse_args()
    versions = {"reference": reference(a.ref), "working": work}
    arts = load(a.heap, 10**9)
    by_id = {x.id: x for x in arts}
    cache = links_file(a.heap)
    links: CorpusLinks = pickle.loads(cache.read_bytes())
    events = [[by_id[i] for i in e.article_ids if i in by_id] for e in links.events[:: a.every]]
    warm = [x for x in arts[-2000:]]
    for module in versions.values():
        module.group_statements([q for x in warm for q in module.find_quotes(x.text, x.id)])
    gc.freeze()  # the heap and the links stay out of the collections, as report's workers keep them
    spent = {(name, part): 0.0 for name in versions for part in ("find_quotes", "group_statements")}
    differ = 0
    turns = random.Random(0)
    for event in events:
        order = list(versions.items())
        if turns.random() < 0.5:  # (by chance, not by turns: events alternate in size in the list)
            order.reverse()
        outputs = []
        for name, module in order:
            sentences._split.cache_clear()
            if a.split_first:
                for x in event:
                    sentences.split_sentences(x.text)
            t = time.process_time()
            quotes = [q for x in event for q in module.find_quotes(x.text, x.id)]
            spent[(name, "find_quotes")] += time.process_time() - t
            for holder in (module, getattr(module, "statements", None)):  # (quotes.py, or the package's)
                for cached in ("_wording", "_weight"):  # (per quote: cold for a new event's quotes)
                    if hasattr(holder, cached):
                        getattr(holder, cached).cache_clear()
            t = time.process_time()
            groups = module.group_statements(quotes)
            spent[(name, "group_statements")] += time.process_time() - t
            if a.check:
                outputs.append(repr((quotes, groups)))
        differ += a.check and outputs[0] != outputs[1]
    n = sum(len(e) for e in events)
    print(f"{len(events)} events ({n} articles), every {a.every}th of {a.heap}")
    print("| part | reference CPU s | working CPU s | change |\n|---|---|---|---|")
    for part in ("find_quotes", "group_statements"):
        ref, new = spent[("reference", part)], spent[("working", part)]
        print(f"| {part} | {ref:.2f} | {new:.2f} | {100 * (new / ref - 1):+.1f}% |")
    if a.check:
        print(f"events whose outputs differ: {differ}")


if __name__ == "__main__":
    main()
