"""Mentions and merged entities over a fixed set of texts, saved, and two saves compared name by name.

    .venv/bin/python bench/entity_diff.py dump OUT.pkl [--digest /tmp/d10k] [--heap-texts 3000]
    .venv/bin/python bench/entity_diff.py diff OLD.pkl NEW.pkl [--events] [--contexts NAME ...]

`dump` runs the current code (PYTHONPATH=<worktree>/src for another revision) over ents9's text set:
the first --heap-texts articles of bench/out/heap-10000.jsonl, allsides dev, BASIL dev, every tenth
T17 article, and the articles of the first 600 events of two or more articles of a heap digest
(--digest); find_mentions on each text, merge_entities per allsides story, BASIL story and digest
event. As report.report_event, only English texts (report.ENGLISH: a digest article's language, else
the one ingest would detect) are read; the others are left out of the texts and their events.
Ents9's scratch /tmp/h9/ents9/dump.py read the same set, every language (6,162 texts and 877 events
with /tmp/h9/ents9/d10k).

`diff` prints how many texts and events changed, then every changed mention by its offsets, as
counts: "OLD NAME type -> NEW NAME type", "NEW name type" (a mention where there was none), "GONE
name type"; with --events the changed entities per event; with --contexts the text around each
changed or gone mention of those names.
"""

from __future__ import annotations

import argparse
import itertools
import json
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


def read_jsonl(path: Path, limit: int | None = None) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in itertools.islice(lines, limit) if line.strip()]


def english(record: dict) -> bool:
    """Whether report.report_event reads the article's entities (report.ENGLISH): a digest's article
    carries its language; a raw record's is detected from its text's start, as ingest does
    (extract.prose.read_clean_text)."""
    from newsprism.extract.language import detect_language
    from newsprism.extract.prose import LANGUAGE_SAMPLE_CHARS
    from newsprism.report import ENGLISH

    if "language" in record:
        return record["language"] in ENGLISH
    return detect_language((record.get("text") or "")[:LANGUAGE_SAMPLE_CHARS]) in ENGLISH


def texts_and_events(digest: Path, heap_texts: int) -> tuple[dict[str, str], dict[str, list[str]]]:
    texts: dict[str, str] = {}
    events: dict[str, list[str]] = defaultdict(list)
    for d in filter(english, read_jsonl(ROOT / "bench/out/heap-10000.jsonl", heap_texts)):
        texts["heap:" + d["id"]] = d.get("text") or ""
    for prefix, path in (("as", "clustering/allsides/docs.jsonl"), ("basil", "quotes/basil/docs.jsonl")):
        for d in filter(english, read_jsonl(SHARED / path)):
            texts[f"{prefix}:{d['id']}"] = d.get("text") or ""
            events[f"{prefix}:{d['id'].split('_')[0]}"].append(f"{prefix}:{d['id']}")
    for d in filter(english, read_jsonl(SHARED / "timelines/t17/docs.jsonl")[::10]):
        texts["t17:" + d["id"]] = d.get("text") or ""
    if digest.is_dir():
        kept = {
            a["id"]: a.get("text") or ""
            for a in read_jsonl(digest / "articles.jsonl")
            if not a.get("dropped") and english(a)
        }
        for event in [e for e in read_jsonl(digest / "events.jsonl") if len(e["article_ids"]) >= 2][:600]:
            ids = [i for i in event["article_ids"] if i in kept]
            for i in ids:
                texts.setdefault("d10:" + i, kept[i])
            events["d10:" + event["id"]] = ["d10:" + i for i in ids]
    return texts, events


def dump(out: Path, digest: Path, heap_texts: int) -> None:
    from newsprism.analyse.entities import find_mentions, merge_entities

    texts, events = texts_and_events(digest, heap_texts)
    mentions = {key: find_mentions(text) for key, text in texts.items()}
    entities = {event: merge_entities({k: mentions[k] for k in keys}) for event, keys in events.items()}
    with out.open("wb") as f:
        pickle.dump((mentions, entities), f)
    print(f"{len(mentions)} texts, {len(entities)} events -> {out}")


def diff(old: Path, new: Path, events: bool, contexts: set[str], digest: Path, heap_texts: int) -> None:
    (ma, ea), (mb, eb) = (pickle.loads(p.read_bytes()) for p in (old, new))
    key = "name", "type", "role"
    # (a dump made before the benches left non-English texts out holds 9 more texts with ents9's set)
    common = [t for t in ma if t in mb]
    if len(common) < max(len(ma), len(mb)):
        print(f"texts in one dump only: {len(ma) - len(common)} old, {len(mb) - len(common)} new (left out)")
    texts_changed = sum(
        Counter(tuple(getattr(m, k) for k in key) for m in ma[t])
        != Counter(tuple(getattr(m, k) for k in key) for m in mb[t])
        for t in common
    )
    changed_events = [
        ev
        for ev in ea
        if {(e.name, e.type, e.role, len(e.article_ids)) for e in ea[ev]}
        != {(e.name, e.type, e.role, len(e.article_ids)) for e in eb[ev]}
    ]
    print(
        f"texts changed {texts_changed} of {len(common)}; events changed {len(changed_events)} of {len(ea)}"
    )
    counts: Counter[str] = Counter()
    shown: list[tuple[str, int, int, str]] = []
    for t in common:
        before = {(m.start, m.end): m for m in ma[t]}
        after = {(m.start, m.end) for m in mb[t]}
        for m in mb[t]:
            o = before.get((m.start, m.end))
            if o is None:
                counts[f"NEW {m.name} {m.type}"] += 1
            elif (o.name, o.type) != (m.name, m.type):
                counts[f"{o.name} {o.type} -> {m.name} {m.type}"] += 1
            else:
                continue
            if m.name in contexts:
                shown.append(
                    (t, m.start, m.end, f"{m.name} {m.type} (was {o.name + ' ' + o.type if o else None})")
                )
        for m in ma[t]:
            if (m.start, m.end) not in after:
                counts[f"GONE {m.name} {m.type}"] += 1
                if m.name in contexts:
                    shown.append((t, m.start, m.end, f"GONE {m.name} {m.type}"))
    for line, n in counts.most_common():
        print(n, line)
    if events:
        for ev in changed_events:
            a = {(e.name, e.type, e.role, len(e.article_ids)) for e in ea[ev]}
            b = {(e.name, e.type, e.role, len(e.article_ids)) for e in eb[ev]}
            print("EVENT", ev)
            for x in sorted(a - b, key=str):
                print("   -", x)
            for x in sorted(b - a, key=str):
                print("   +", x)
    if shown:
        texts, _ = texts_and_events(digest, heap_texts)
        for t, start, end, what in shown:
            around = texts[t][max(0, start - 80) : end + 60].replace("\n", " ")
            print(f"{t} {what} | {around}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("command", choices=("dump", "diff"))
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--digest", type=Path, default=Path("/tmp/d10k"), help="a heap-10000 digest's folder")
    ap.add_argument("--heap-texts", type=int, default=3000)
    ap.add_argument("--events", action="store_true", help="diff: the changed entities per event")
    ap.add_argument("--contexts", nargs="*", default=[], help="diff: show these names' changed mentions")
    a = ap.parse_args()
    if a.command == "dump":
        dump(a.paths[0], a.digest, a.heap_texts)
    else:
        diff(a.paths[0], a.paths[1], a.events, set(a.contexts), a.digest, a.heap_texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
