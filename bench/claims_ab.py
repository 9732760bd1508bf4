"""Per-event A/B timer of corroborate.corroborate: the module at an earlier git revision against the
working tree's, on every event of a heap that report_event corroborates (two originals or more), with
an identical-code control.

    .venv/bin/python bench/claims_ab.py --base e2ca95d [--docs bench/out/heap-10000.jsonl]
        [--every 1] [--repeats 5] [--no-control] [--raw]

Each event's input is built once as the digest builds it: every heap record is read as a text
document and extracted (ingest.sources.read_documents, pipeline.extract_all: the cleaned text the
digest corroborates, without the site's furniture such as "This article originally appeared on X."),
link_corpus groups the kept articles, `copies` from the corpus's duplicate_of, report._read_through;
and pickled next to the heap (bench/out/claims_events-<heap>.extracted.pkl; delete it to rebuild:
it holds the extract package's output as it was when built). --raw reads the heap's `text` as it
is instead (every heap claims figure before claims28b; bench/out/claims_events-<heap>.pkl). The old module is `git show
BASE:src/newsprism/corroborate.py` (or the package corroborate/ at BASE), loaded twice under two names ("old" and "control": the same code
twice, so the control/old ratio shows this machine's noise); "new" is the working tree's module. All
of them import the rest of the package as it is now. Each event is run by every side in turn, the
order rotating, --repeats times; the per-event best CPU time (time.process_time) is summed per side.
The sentence cache is warm (every text is split once first, as the digest's other parts split the
same texts). Printed: CPU seconds per side, the new/old and control/old ratios, and whether every
event's claims (repr) are equal.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import pickle
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path
from types import ModuleType

from newsprism import corroborate, report
from newsprism.corpus import link_corpus
from newsprism.ingest.sources import read_documents
from newsprism.pipeline import extract_all
from newsprism.records import Article
from report_speed import load

ROOT = Path(__file__).resolve().parents[1]
Event = tuple[list[Article], dict[str, str]]


def events_of(docs: Path, raw: bool = False) -> list[Event]:
    """(read articles, copies) of every event report_event corroborates, pickled once per heap and mode.

    By default the articles are the digest's: each record extracted as a text document, dropped ones
    left out. raw=True: the records' text as it is, every record kept (the bench before claims28b)."""
    cached = docs.with_name(
        f"claims_events-{docs.stem}.pkl" if raw else f"claims_events-{docs.stem}.extracted.pkl"
    )
    if cached.exists():
        with cached.open("rb") as f:
            events: list[Event] = pickle.load(f)
        return events
    # the digest's articles: each record read as a text document and extracted, dropped ones left out
    arts = load(docs, 10**9) if raw else [a for a in extract_all(read_documents([docs]), jobs=0) if a.kept]
    links = link_corpus(arts)
    by_id = {a.id: a for a in arts}
    events = []
    for ev in links.events:
        kept = [a for i in ev.article_ids if i in by_id and (a := by_id[i]).kept]
        copies = {a.id: links.duplicate_of[a.id] for a in kept if a.id in links.duplicate_of}
        if len(kept) - len(copies) >= 2:
            events.append((report._read_through(kept, copies), copies))
    with cached.open("wb") as f:
        pickle.dump(events, f)
    return events


def module_at(base: str, name: str, folder: str) -> ModuleType:
    """corroborate.py, or the package corroborate/, as it was at git revision `base`, loaded as the
    module `name` from files written under `folder` (a package's modules are all imported by its
    __init__, so the folder may go once this returns)."""
    path = f"{base}:src/newsprism/corroborate.py"
    single = subprocess.run(["git", "cat-file", "-e", path], cwd=ROOT, capture_output=True).returncode == 0
    if single:
        source = subprocess.run(["git", "show", path], cwd=ROOT, check=True, capture_output=True).stdout
        file = Path(folder) / f"{name}.py"
        file.write_bytes(source)
        spec = importlib.util.spec_from_file_location(name, file)
    else:
        archive = subprocess.run(
            ["git", "archive", base, "src/newsprism/corroborate"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(Path(folder) / name, filter="data")
        package = Path(folder) / name / "src" / "newsprism" / "corroborate"
        spec = importlib.util.spec_from_file_location(
            name, package / "__init__.py", submodule_search_locations=[str(package)]
        )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up; a package's modules import each other
    spec.loader.exec_module(module)
    return module


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="git revision of the old corroborate (module or package)")
    ap.add_argument("--docs", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    ap.add_argument("--every", type=int, default=1, help="time every n-th event only")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--no-control", action="store_true", help="leave out the identical-code control")
    ap.add_argument(
        "--raw", action="store_true", help="the heap's text as it is, not extracted (before claims28b)"
    )
    a = ap.parse_args()
    events = events_of(a.docs, a.raw)[:: a.every]
    with tempfile.TemporaryDirectory() as folder:
        sides = {"old": module_at(a.base, "corroborate_old", folder).corroborate}
        if not a.no_control:
            sides["control"] = module_at(a.base, "corroborate_control", folder).corroborate
    sides["new"] = corroborate.corroborate
    equal = 0
    for read, copies in events:  # warms the sentence cache and the gazetteer of places
        claims = {name: repr(run(read, copies)) for name, run in sides.items()}
        equal += len(set(claims.values())) == 1
    spent = dict.fromkeys(sides, 0.0)
    names = list(sides)
    for k, (read, copies) in enumerate(events):
        best = dict.fromkeys(sides, float("inf"))
        for r in range(a.repeats):
            shift = (k + r) % len(names)
            for name in names[shift:] + names[:shift]:
                t = time.process_time()
                sides[name](read, copies)
                best[name] = min(best[name], time.process_time() - t)
        for name in names:
            spent[name] += best[name]
    n = sum(len(read) for read, _ in events)
    print(f"{len(events)} events of 2+ originals ({n} articles read), every {a.every}th of {a.docs}")
    print(", ".join(f"{name} {spent[name]:.2f} s" for name in names), f"CPU (per-event best of {a.repeats})")
    ratios = [f"new/old {spent['new'] / spent['old']:.3f}"]
    if "control" in spent:
        ratios.append(f"control/old {spent['control'] / spent['old']:.3f}")
    print(", ".join(ratios), f"claims equal on {equal}/{len(events)} events")


if __name__ == "__main__":
    main()
