"""Entities with roles: BASIL main-entity recall, the seeds' people/organisations/places, speed.

    .venv/bin/python bench/entities.py [--shared ../shared] [--misses]

1. BASIL (shared/data/quotes/basil): for each article, find_mentions on its text, merged into that
   article's entities (merge_entities with one article). A gold main entity (entities.jsonl, 1-3
   per article) is found when one of the article's entities matches it:
     a. the same normalised name, or the same normalised name as one of its aliases; normalised =
        casefolded words, hyphens dropped ("Wal-Mart" = "Walmart"), possessive "'s" dropped, a
        plural "s" dropped from words of more than three letters ("Republicans" = "Republican"),
        "Democratic" = "Democrat", "protestor" = "protester", a leading "U.S." dropped ("U.S. Congress" = "Congress"), "Jr."
        and "Sr." dropped, "Department of X" = "X Department";
     b. or, for a person entity and a gold name of two or more words, the same last word (the
        rule of shared/eval/score.py for quote speakers: "Steele" for "Michael Steele");
     c. or the gold names a thing or a group by the entity it belongs to ("Colorado officials",
        "GOP leaders", "Benghazi attacks", "National Security Agency programs"): the gold less its
        last word, when that word is in lower case or a generic group noun, matches by a or b.
2. Seeds (shared/seeds, gold.json "entities"): the seed pages digested by `newsprism digest`,
   find_mentions on each article's clean text, merge_entities per gold event. Precision and recall
   of people, organisations and places by normalised name (an entity's aliases count for recall,
   so "US" for "United States"), with the mistakes listed. The gold lists the main entities only,
   so a correct minor entity counts as a false positive: precision is a floor.
3. Speed: find_mentions over all BASIL texts on one core, after the gazetteers are loaded, and with
   --heap over the first --limit texts of a heap (bench/out/heap-10000.jsonl).
4. Type "other" on allsides dev (shared/data/clustering/allsides/docs.jsonl): find_mentions on each
   article, merge_entities per story (the id before "_"), and the entities of type "other" counted,
   the most frequent listed with --others N (to read for junk: headline words, fragments).
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from newsprism.analyse.entities import find_mentions, merge_entities
from newsprism.records import Entity

ROOT = Path(__file__).resolve().parents[1]


GROUP_WORDS = {"lawmakers", "officials", "leaders", "members", "programs"}
# one spelling for words the gold writes two ways (after the plural "s" is dropped)
SPELLINGS = {"democratic": "democrat", "protestor": "protester"}


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def norm(name: str) -> str:
    name = name.casefold().replace("u.s.", "us").replace("’", "'").replace("-", "")
    name = re.sub(r"'s\b", "", name)
    name = re.sub(r"^department of (?:the )?(.+)$", r"\1 department", name)
    words = [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in re.findall(r"\w+", name)]
    words = [SPELLINGS.get(w, w) for w in words if w not in ("jr", "sr")]
    if len(words) > 1 and words[0] == "us":
        words = words[1:]
    return " ".join(words)


def matches(gold: str, entity: Entity) -> bool:
    if _same(norm(gold), entity):
        return True
    words = gold.split()
    if len(words) > 1 and (words[-1].islower() or words[-1].casefold() in GROUP_WORDS):
        return _same(norm(" ".join(words[:-1])), entity)
    return False


def _same(g: str, entity: Entity) -> bool:
    if g == norm(entity.name) or any(g == norm(a) for a in entity.aliases):
        return True
    words = g.split()
    return entity.type == "person" and len(words) >= 2 and words[-1] == norm(entity.name).split()[-1]


def basil(shared: Path, show_misses: bool) -> tuple[float, int, float]:
    folder = shared / "data" / "quotes" / "basil"
    docs = {d["id"]: d["text"] for d in read_jsonl(folder / "docs.jsonl")}
    gold = read_jsonl(folder / "entities.jsonl")
    find_mentions("Warm-up: load the gazetteers in Paris.")
    started = time.process_time()
    mentions = {doc_id: find_mentions(text) for doc_id, text in docs.items()}
    per_second = len(docs) / (time.process_time() - started)
    found = total = 0
    for record in gold:
        entities = merge_entities({record["article_id"]: mentions[record["article_id"]]})
        for name in record["main_entities"]:
            total += 1
            if any(matches(name, e) for e in entities):
                found += 1
            elif show_misses:
                near = [e.name for e in entities if set(norm(name).split()) & set(norm(e.name).split())]
                print(f"  miss {record['article_id']}: {name!r}; near: {near[:4]}")
    return found / total, total, per_second


def seeds(shared: Path) -> list[tuple[str, float, float, list[str], list[str]]]:
    out = Path("/tmp/newsprism_bench_entities_seeds")
    if not (out / "articles.jsonl").exists():
        subprocess.run(
            [str(ROOT / ".venv/bin/newsprism"), "digest", str(shared / "seeds"), "-o", str(out)],
            check=True,
            capture_output=True,
        )
    gold = json.loads((shared / "seeds" / "gold.json").read_text(encoding="utf-8"))
    texts = {}
    for record in read_jsonl(out / "articles.jsonl"):
        if not record.get("dropped"):
            texts[record["id"]] = record["text"]
    events: dict[str, list[str]] = defaultdict(list)
    for article_id, article in gold["articles"].items():
        events[article["event"]].append(article_id)
    predicted: list[Entity] = []
    for ids in events.values():
        predicted += merge_entities({i: find_mentions(texts[i]) for i in ids if i in texts})
    rows = []
    for kind in ("person", "organization", "place"):
        want = {norm(e["name"]): e["name"] for e in gold["entities"] if e["type"] == kind}
        have = [e for e in predicted if e.type == kind]
        names = {norm(e.name): e.name for e in have}
        covered = {norm(a) for e in have for a in (e.name, *e.aliases)}
        misses = [n for k, n in want.items() if k not in covered]
        false = sorted({n for k, n in names.items() if k not in want})
        recall = 1 - len(misses) / len(want)
        precision = (len(names) - len(false)) / len(names) if names else 0.0
        rows.append((kind, precision, recall, false, misses))
    return rows


def others(shared: Path) -> tuple[Counter[str], int]:
    """Type-"other" entities of allsides dev merged per story: name -> stories, and all entities."""
    stories: dict[str, dict[str, list]] = defaultdict(dict)
    for d in read_jsonl(shared / "data" / "clustering" / "allsides" / "docs.jsonl"):
        stories[d["id"].split("_")[0]][d["id"]] = find_mentions(d.get("text") or "")
    names: Counter[str] = Counter()
    total = 0
    for mentions in stories.values():
        entities = merge_entities(mentions)
        total += len(entities)
        names.update(e.name for e in entities if e.type == "other")
    return names, total


def heap_speed(path: Path, limit: int) -> float:
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line).get("text") or "" for line in itertools.islice(lines, limit)]
    started = time.process_time()
    for text in texts:
        find_mentions(text)
    return len(texts) / (time.process_time() - started)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--misses", action="store_true", help="list the BASIL main entities not found")
    ap.add_argument("--heap", type=Path, help="also time find_mentions on this JSONL heap")
    ap.add_argument("--limit", type=int, default=2000, help="heap texts to time (default 2000)")
    ap.add_argument("--others", type=int, default=0, help="list the N most frequent 'other' names")
    a = ap.parse_args()
    recall, total, per_second = basil(a.shared, a.misses)
    print(f"BASIL main-entity recall {recall:.3f} (n={total})")
    print(f"find_mentions speed {per_second:.0f} articles/s on one core (BASIL, 150 texts)")
    if a.heap:
        print(
            f"find_mentions speed {heap_speed(a.heap, a.limit):.0f} articles/s on one core ({a.heap.name}, first {a.limit})"
        )
    names, entities = others(a.shared)
    print(
        f"allsides dev, merged per story: {sum(names.values())} 'other' entities of {entities} ({len(names)} names)"
    )
    for name, n in names.most_common(a.others):
        print(f"  {n:3d} {name}")
    print("\nseeds (gold.json entities, merged per event)")
    print(f"{'type':14s} {'P':>6s} {'R':>6s}")
    rows = seeds(a.shared)
    for kind, precision, recall_, _, _ in rows:
        print(f"{kind:14s} {precision:6.3f} {recall_:6.3f}")
    for kind, _, _, false, misses in rows:
        print(f"  {kind}: false positives {false}")
        print(f"  {kind}: misses {misses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
