"""find_mentions against an earlier revision, timed in alternating order with the heap cleared.

    .venv/bin/python bench/entities_ab.py --base 710a9d2 [--rounds 9] [--limit 2000]
    .venv/bin/python bench/entities_ab.py --base /tmp/ref/src/newsprism/analyse/entities  # a worktree's

The old module is analyse/entities.py, or the analyse/entities/ package, as it was at the commit BASE
(`git show`), or the file or package folder at the path BASE (a worktree of an earlier commit),
imported under another name; a package's modules import each other relatively, so they load as
newsprism.analyse.entities_old.tokens, ... from the old folder.
Each round times both modules over the first --limit texts of bench/out/heap-10000.jsonl
(`time.process_time`), old first in even rounds and new first in odd ones, with `gc.collect()` before
each and the outputs dropped: bench/ab_speed.py times old then new while holding the old outputs,
which makes the second run pay more cyclic garbage collection (it reports 0.92x for two identical
revisions on the heap). Printed: every round's times, the best of each, and the median of the paired
new/old ratios.

With --merge DIGEST (the output folder of `newsprism digest` on the heap: articles.jsonl,
events.jsonl) the timed work is merge_entities over every event of the digest instead, on mentions
that the new module finds in the digest's articles once, before timing.

With --cold each pass starts with the modules' bounded caches emptied (every `lru_cache` with a
maxsize; the gazetteers, cached without one, stay loaded): a digest reads each article once, so
names repeat across articles but not across passes as they do in the warm rounds.
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
from pathlib import Path
from types import ModuleType

from newsprism.analyse import entities as new

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", required=True, help="a commit, or the path of an entities.py or entities/")
    ap.add_argument("--rounds", type=int, default=9)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--heap", type=Path, default=ROOT / "bench/out/heap-10000.jsonl")
    ap.add_argument("--cold", action="store_true", help="empty the bounded caches before each pass")
    ap.add_argument("--merge", type=Path, help="time merge_entities over this digest's events")
    a = ap.parse_args()
    old = old_module(a.base)
    with a.heap.open(encoding="utf-8") as lines:
        texts = [json.loads(line).get("text") or "" for line in itertools.islice(lines, a.limit)]
    for module in (old, new):  # gazetteers and caches loaded before timing
        for text in texts[:50]:
            module.find_mentions(text)
    events = read_events(a.merge) if a.merge else []
    if a.merge:
        texts = []  # nothing to time in find_mentions
    took: dict[str, list[float]] = {"old": [], "new": []}
    for r in range(a.rounds):
        order = (("old", old), ("new", new)) if r % 2 == 0 else (("new", new), ("old", old))
        for key, module in order:
            if a.cold:
                clear_bounded_caches(module)
            gc.collect()
            started = time.process_time()
            for text in texts:
                module.find_mentions(text)
            for event in events:
                module.merge_entities(event)
            took[key].append(time.process_time() - started)
    ratios = [n / o for n, o in zip(took["new"], took["old"], strict=True)]
    print("old", " ".join(f"{t:.3f}" for t in took["old"]))
    print("new", " ".join(f"{t:.3f}" for t in took["new"]))
    what = (
        f"merge_entities over {len(events)} events of {a.merge}"
        if a.merge
        else f"{a.heap.name} first {len(texts)}"
    )
    print(
        f"{what}: best old {min(took['old']):.3f} s, new {min(took['new']):.3f} s;"
        f" median new/old {statistics.median(ratios):.3f}"
    )
    return 0


def old_module(base: str) -> ModuleType:
    """analyse/entities.py or the analyse/entities/ package as it was at the commit `base`, or at the
    path `base`, imported as newsprism.analyse.entities_old."""
    path = Path(base)
    if path.exists():
        return load_module(path / "__init__.py" if path.is_dir() else path)
    folder = "src/newsprism/analyse/entities"
    listed = git("ls-tree", "--name-only", f"{base}:{folder}/", check=False)
    names = [n for n in listed.split() if n.endswith(".py")] if listed else []
    with tempfile.TemporaryDirectory() as temp:
        if not names:  # the module before analyse/entities/ was a package
            (Path(temp) / "entities_old.py").write_text(git("show", f"{base}:{folder}.py"), encoding="utf-8")
            return load_module(Path(temp) / "entities_old.py")
        for name in names:
            (Path(temp) / name).write_text(git("show", f"{base}:{folder}/{name}"), encoding="utf-8")
        return load_module(Path(temp) / "__init__.py")  # (its modules load while __init__ runs)


def git(*args: str, check: bool = True) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, check=check, capture_output=True, text=True)
    return done.stdout if done.returncode == 0 else ""


def load_module(path: Path) -> ModuleType:
    """The file at `path` as newsprism.analyse.entities_old; a package when it is an __init__.py."""
    name = "newsprism.analyse.entities_old"
    folder = [str(path.parent)] if path.name == "__init__.py" else None
    spec = importlib.util.spec_from_file_location(name, path, submodule_search_locations=folder)
    assert spec and spec.loader
    old = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = old  # dataclasses look their module up; relative imports too
    spec.loader.exec_module(old)
    return old


def read_events(digest: Path) -> list[dict[str, list]]:
    """Each event of a digest as merge_entities takes it: article id -> that article's mentions."""
    mentions = {}
    with (digest / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            if not article.get("dropped"):
                mentions[article["id"]] = new.find_mentions(article.get("text") or "")
    with (digest / "events.jsonl").open(encoding="utf-8") as lines:
        ids = [json.loads(line)["article_ids"] for line in lines]
    return [{i: mentions[i] for i in event if i in mentions} for event in ids]


def clear_bounded_caches(module: ModuleType) -> None:
    """Empty the lru caches that have a maxsize (the per-name ones, not the gazetteers) of the module
    and, for a package, of its modules."""
    inside = f"{module.__name__}."
    modules = [module, *(m for name, m in list(sys.modules.items()) if name.startswith(inside))]
    for value in (v for m in modules for v in vars(m).values()):
        info = getattr(value, "cache_info", None)
        if info is not None and info().maxsize is not None:
            value.cache_clear()


if __name__ == "__main__":
    sys.exit(main())
