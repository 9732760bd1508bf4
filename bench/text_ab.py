"""CPU A/B of plain-text extraction: an old source tree against this one, in one process.

    git worktree add /tmp/ref <commit>
    .venv/bin/python bench/text_ab.py --old /tmp/ref/src --pages dumps --repeats 5
    .venv/bin/python bench/text_ab.py --old /tmp/ref/src --pages heap --repeats 5

Both versions of the `newsprism` package are imported into this process, each one's modules
swapped into sys.modules while it runs (extract imports some lazily), and `extract()` of each runs
over the same pages in turn, old then new, `--repeats` times: machine load hits both alike, which separate runs of
bench/text_speed_check.py on a shared machine do not. Prints CPU seconds (best / median) and
pages/s of each, and whether every Article (all fields, via dataclasses.asdict) is equal.

Pages: `dumps` are the 692 development text dumps (../shared/data/extraction/*/text) and the seed
pages; `heap` the first `--lines` records of bench/out/heap-10000.jsonl (make_corpus.py).
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _use(modules: dict[str, Any]) -> None:
    """Make `modules` the newsprism package of this process (functions import some lazily)."""
    for name in [m for m in sys.modules if m == "newsprism" or m.startswith("newsprism.")]:
        del sys.modules[name]
    sys.modules.update(modules)


def _load(src: Path, paths: list[str]) -> tuple[Callable[[Any], Any], list[Any], list[Any], dict[str, Any]]:
    """The newsprism package under `src`: (extract, its documents of `paths`, their Articles as
    dicts, its modules once extraction has imported what it imports lazily)."""
    _use({})
    sys.path.insert(0, str(src))
    try:
        extract = importlib.import_module("newsprism.extract").extract
        docs = list(importlib.import_module("newsprism.ingest").read_documents(paths))
        articles = [dataclasses.asdict(extract(d)) for d in docs]  # also loads the models
    finally:
        sys.path.remove(str(src))
    modules = {m: mod for m, mod in sys.modules.items() if m == "newsprism" or m.startswith("newsprism.")}
    return extract, docs, articles, modules


def _inputs(which: str, shared: Path, lines: int, tmp: Path) -> list[str]:
    if which == "dumps":
        return [str(p) for p in sorted((shared / "data" / "extraction").glob("*/text"))] + [
            str(shared / "seeds")
        ]
    heap = tmp / "heap.jsonl"
    with (ROOT / "bench" / "out" / "heap-10000.jsonl").open(encoding="utf-8") as f:
        heap.write_text("".join(itertools.islice(f, lines)), encoding="utf-8")
    return [str(heap)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", type=Path, required=True, help="the old tree's src folder")
    ap.add_argument("--pages", choices=("dumps", "heap"), default="dumps")
    ap.add_argument("--lines", type=int, default=5000, help="heap records read (--pages heap)")
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paths = _inputs(a.pages, a.shared, a.lines, Path(tmp))
        runs = {name: _load(src, paths) for name, src in (("old", a.old), ("new", ROOT / "src"))}
    same = runs["old"][2] == runs["new"][2]
    cpu: dict[str, list[float]] = {"old": [], "new": []}
    for _ in range(a.repeats):
        for name, (extract, docs, _articles, modules) in runs.items():
            _use(modules)
            start = time.process_time()
            for d in docs:
                extract(d)
            cpu[name].append(time.process_time() - start)
    n = len(runs["new"][1])
    for name, run in runs.items():
        print(f"{name}: {Path(run[3]['newsprism.extract.text'].__file__).parent}")
    for name, secs in cpu.items():
        best, median = min(secs), statistics.median(secs)
        print(
            f"{name}: {n} {a.pages} pages, CPU s best {best:.3f} median {median:.3f}; "
            f"pages/s {n / best:.0f} / {n / median:.0f}"
        )
    print("articles identical" if same else "ARTICLES DIFFER")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
