"""Speed of analyse.entities.find_mentions or analyse.quotes.find_quotes against the same module
at an earlier git revision, on the same texts in one process, outputs compared record by record.

    .venv/bin/python bench/ab_speed.py quotes --base cb118d2 [--repeats 5] [--limit 2000]
    .venv/bin/python bench/ab_speed.py entities --base cb118d2

The old module is `git show BASE:src/newsprism/analyse/<module>.py` (or the files of the package
`<module>/`), imported under another name
(it imports the rest of the package as it is now). Texts: BASIL dev (quotes/basil/docs.jsonl) and
the first --limit texts of bench/out/heap-10000.jsonl. Each repeat times both (`time.process_time`),
old first on even repeats and new first on odd ones, with `gc.collect()` before each timing and no
output of one kept alive while the other runs (timing old first while its outputs lived made two
identical revisions read 0.92x); printed: best of the repeats for each, the median of the paired
old/new ratios (less distorted by other jobs on a shared machine than either best), and whether
every output is equal (compared once, outside the timings).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def old_module(name: str, base: str, folder: Path) -> ModuleType:
    """analyse.<name> at `base`: its <name>.py, or (quotes and entities are packages since session
    15) the package's files written to `folder` and loaded as one package under another name (its
    modules import each other relatively)."""
    package = f"src/newsprism/analyse/{name}"
    listed = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{base}:{package}"], cwd=ROOT, capture_output=True, text=True
    )
    if listed.returncode == 0:  # a package at `base`
        (folder / f"{name}_{base}").mkdir()
        for file in listed.stdout.split():
            if file.endswith(".py"):
                shown = subprocess.run(
                    ["git", "show", f"{base}:{package}/{file}"], cwd=ROOT, check=True, capture_output=True
                )
                (folder / f"{name}_{base}" / file).write_bytes(shown.stdout)
        path = folder / f"{name}_{base}" / "__init__.py"
        locations: list[str] | None = [str(path.parent)]
    else:
        source = subprocess.run(
            ["git", "show", f"{base}:{package}.py"], cwd=ROOT, check=True, capture_output=True
        ).stdout
        path, locations = folder / f"{name}_{base}.py", None
        path.write_bytes(source)
    spec = importlib.util.spec_from_file_location(
        f"{name}_{base}", path, submodule_search_locations=locations
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def function(module: ModuleType, name: str) -> Callable[[str], list]:
    if name == "quotes":
        return lambda text: module.find_quotes(text, "x")
    return module.find_mentions  # type: ignore[no-any-return]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("module", choices=["entities", "quotes"])
    ap.add_argument("--base", required=True, help="git revision of the old module")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--limit", type=int, default=2000, help="heap texts (default 2000)")
    ap.add_argument("--heap", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    a = ap.parse_args()
    basil = [
        json.loads(line)["text"] for line in (SHARED / "data/quotes/basil/docs.jsonl").open(encoding="utf-8")
    ]
    with a.heap.open(encoding="utf-8") as lines:
        heap = [json.loads(line).get("text") or "" for line in itertools.islice(lines, a.limit)]
    with tempfile.TemporaryDirectory() as folder:
        old = function(old_module(a.module, a.base, Path(folder)), a.module)
        new = function(importlib.import_module(f"newsprism.analyse.{a.module}"), a.module)
        for label, texts in ((f"BASIL ({len(basil)})", basil), (f"{a.heap.name} (first {len(heap)})", heap)):
            same = sum(old(text) == new(text) for text in texts)  # also loads gazetteers and word lists
            best = {"old": float("inf"), "new": float("inf")}
            ratios = []
            for k in range(a.repeats):
                took = {}
                runs = (("old", old), ("new", new)) if k % 2 == 0 else (("new", new), ("old", old))
                for key, run in runs:
                    gc.collect()
                    started = time.process_time()
                    for text in texts:
                        run(text)
                    took[key] = time.process_time() - started
                    best[key] = min(best[key], took[key])
                ratios.append(took["old"] / took["new"])
            print(
                f"{a.module} {label}: {a.base} {len(texts) / best['old']:.0f} articles/s, now "
                f"{len(texts) / best['new']:.0f} (best of {a.repeats}); median paired speed-up "
                f"{statistics.median(ratios):.2f}x; equal outputs {same}/{len(texts)}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
