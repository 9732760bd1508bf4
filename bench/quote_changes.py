"""What a change to analyse/quotes.py does over many real texts: find_quotes at an earlier git
revision against the working tree, text by text; counts and samples to read by hand.

In:  --heap (default bench/out/heap-10000.jsonl, field `text`) and, with --dev, the other dev texts
     of ../shared/data: clustering/{allsides,ecbplus}, quotes/basil, extraction/{l3s_gn1,
     cleanportaleval} gold bodies, summaries/neus documents.
Out: per set, quotes before -> after, texts changed, quotes added, removed, with another span
     (same start or end) and with another speaker; then --samples of each kind at random (seeded),
     each with its context, to read.

    .venv/bin/python bench/quote_changes.py --base 710a9d2 [--dev] [--samples 20] [--kinds added,speaker] [--mentions]

With --mentions both runs get the text's entity mentions (analyse.entities.find_mentions, found
once a text) as `names`, as bench/quotes.py --mentions does; without, the names come from the text.

A quote is its (start, end) offsets in the text; "added" has neither offset in the other run.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

from ab_speed import old_module
from newsprism.analyse.entities import find_mentions
from newsprism.analyse.quotes import find_quotes
from quotes_ab import reference

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
KINDS = ("added", "removed", "span", "speaker")


def heap_texts(path: Path, limit: int | None) -> Iterator[tuple[str, str]]:
    with path.open(encoding="utf-8") as lines:
        for line in itertools.islice(lines, limit):
            record = json.loads(line)
            yield str(record["id"]), record.get("text") or ""


def dev_texts() -> Iterator[tuple[str, str]]:
    for name in ("clustering/allsides", "clustering/ecbplus", "quotes/basil"):
        for line in (DATA / name / "docs.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            yield f"{name}/{record['id']}", record.get("text") or ""
    for name in ("extraction/l3s_gn1", "extraction/cleanportaleval"):
        for line in (DATA / name / "gold.jsonl").open(encoding="utf-8"):
            record = json.loads(line)
            yield f"{name}/{record['id']}", record.get("text") or ""
    for line in (DATA / "summaries/neus/groups.jsonl").open(encoding="utf-8"):
        for document in json.loads(line)["documents"]:
            yield f"neus/{document['id']}", document.get("text") or ""


Found = list[tuple[int, int, str, str | None]]


def run(find: Callable, text: str, names: list | None = None) -> Found:
    return [(q.start, q.end, q.quote, q.speaker) for q in find(text, "x", names)]


def compare(before: Found, after: Found) -> dict[str, list[tuple[tuple, tuple | None]]]:
    """The quotes of one text that changed, by kind: (quote after or before, the one it replaced)."""
    out: dict[str, list[tuple[tuple, tuple | None]]] = {kind: [] for kind in KINDS}
    old = {(q[0], q[1]): q for q in before}
    new = {(q[0], q[1]): q for q in after}
    for key, q in new.items():
        if key in old:
            if old[key][3] != q[3]:
                out["speaker"].append((q, old[key]))
            continue
        near = [o for o in before if o[0] == q[0] or o[1] == q[1]]
        out["span" if near else "added"].append((q, near[0] if near else None))
    for key, q in old.items():
        if key not in new and not any(n[0] == q[0] or n[1] == q[1] for n in after):
            out["removed"].append((q, None))
    return out


def report(
    label: str,
    texts: list[tuple[str, str]],
    old: Callable,
    samples: int,
    kinds: list[str],
    mentions: bool = False,
) -> None:
    changes: dict[str, list[tuple[str, tuple, tuple | None]]] = {kind: [] for kind in KINDS}
    counts = [0, 0, 0]  # quotes before, after, texts changed
    for ident, text in texts:
        names = find_mentions(text) if mentions else None
        before, after = run(old, text, names), run(find_quotes, text, names)
        counts[0] += len(before)
        counts[1] += len(after)
        counts[2] += before != after
        for kind, found in compare(before, after).items():
            changes[kind] += [(ident, q, was) for q, was in found]
    print(
        f"{label}: {len(texts)} texts, quotes {counts[0]:,} -> {counts[1]:,}, texts changed {counts[2]:,}; "
        + ", ".join(f"{kind} {len(changes[kind]):,}" for kind in KINDS)
    )
    by_id = dict(texts)
    rng = random.Random(0)
    for kind in kinds:
        for ident, q, was in rng.sample(changes[kind], min(samples, len(changes[kind]))):
            text = by_id[ident]
            context = text[max(0, q[0] - 120) : q[1] + 60].replace("\n", " / ")
            before = f"  (was {was[2][:50]!r} -> {was[3]!r})" if was else ""
            print(f"  {kind} {ident}: {q[2][:70]!r} -> {q[3]!r}{before}\n      {context!r}")


def old_quotes(base: str, folder: Path) -> ModuleType:
    """analyse.quotes at `base`: its quotes.py (ab_speed.old_module) or, once quotes is a package,
    the package's files written to `folder`/quotes and loaded as quotes_ab's reference."""
    package = "src/newsprism/analyse/quotes"
    listed = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{base}:{package}"], cwd=ROOT, capture_output=True, text=True
    )
    if listed.returncode != 0:  # (no such folder at `base`)
        return old_module("quotes", base, folder)
    (folder / "quotes").mkdir()
    for name in listed.stdout.split():
        if name.endswith(".py"):
            shown = subprocess.run(
                ["git", "show", f"{base}:{package}/{name}"], cwd=ROOT, check=True, capture_output=True
            )
            (folder / "quotes" / name).write_bytes(shown.stdout)
    return reference(folder / "quotes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True, help="git revision of the old analyse/quotes.py")
    parser.add_argument("--heap", type=Path, default=ROOT / "bench" / "out" / "heap-10000.jsonl")
    parser.add_argument("--limit", type=int, help="heap texts (default all)")
    parser.add_argument("--dev", action="store_true", help="also the other dev texts")
    parser.add_argument("--samples", type=int, default=10, help="changes of each kind to print")
    parser.add_argument("--kinds", default=",".join(KINDS), help="kinds to sample, comma-separated")
    parser.add_argument("--mentions", action="store_true", help="pass find_mentions' mentions as names")
    args = parser.parse_args()
    kinds = [k for k in args.kinds.split(",") if k]
    with tempfile.TemporaryDirectory() as folder:
        old = old_quotes(args.base, Path(folder)).find_quotes
        heap = list(heap_texts(args.heap, args.limit))
        report(args.heap.name, heap, old, args.samples, kinds, args.mentions)
        if args.dev:
            report("other dev texts", list(dev_texts()), old, args.samples, kinds, args.mentions)


if __name__ == "__main__":
    main()
