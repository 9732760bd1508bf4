"""Event and story clustering on the dev sets: B-cubed F1, cross-validated threshold, speed.

In:  ../shared/data/clustering/{ecbplus,basil,allsides,mixed-dev}/docs.jsonl + gold.jsonl, read
     and extracted as `newsprism digest` does (kept articles only); optionally a heap from
     bench/make_corpus.py (--heap FILE) for speed only.
     The articles are clustered as the digest clusters them (corpus.link_corpus): copies found
     first (dedup.find_copies), events and stories over the originals only (term weights too),
     and each copy then takes its original's event and story. Until session 18 this bench
     clustered every kept article, copies included, and its ECB+ figure was not the digest's
     (0.907 against 0.898): the 34 copies changed the term weights, and one knife-edge merge
     (topic 7's halves) went the other way.
Out: printed tables:
  1. per set at the module thresholds: event B3 F1/P/R (and story B3 for ecbplus and mixed-dev),
     and whether the events equal link_corpus's (the digest's) exactly;
     --pred DIR also writes DIR/<set>.jsonl ({id, event_id, story_id}) for ../shared/eval/score.py;
  2. leave-one-set-out: the event threshold and undated factor (events.UNDATED_FACTOR) that
     maximise the mean F1 of two sets, scored on the third (ecbplus, basil, allsides), so the figure
     is not tuned on the set it reports; then the same with the undated factor fixed at 1.0 (the
     clusterer before the factor), for comparison;
  (and the five seed pages: gold is two events, {001, 003} and {000, 002, 004}, one story);
  1b. story B3 of ecbplus and mixed-dev over a grid of story thresholds (the events as in 1);
  3. speed: articles/s of EventClusterer.fit (+ StoryClusterer.fit) on mixed-dev and on --heap;
  4. incremental: mixed-dev's originals fed to IncrementalEventClusterer one publication day at a
     time (undated articles last, in one call), with the weights of all of them: articles/s,
     articles re-clustered per call, and whether the events equal EventClusterer().fit's.

    .venv/bin/python bench/clustering.py [--pred bench/out/clustering] [--heap bench/out/heap-10000.jsonl]
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

from newsprism.cluster import EventClusterer, IncrementalEventClusterer, StoryClusterer, TermWeights
from newsprism.cluster.events import EVENT_THRESHOLD, UNDATED_FACTOR
from newsprism.cluster.features import article_terms
from newsprism.cluster.stories import STORY_THRESHOLD
from newsprism.cluster.timing import article_time
from newsprism.corpus import link_corpus
from newsprism.dedup import find_copies
from newsprism.extract import extract
from newsprism.ingest import read_documents
from newsprism.records import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "clustering"
SETS = ("ecbplus", "basil", "allsides", "mixed-dev")
CV_SETS = ("ecbplus", "basil", "allsides")
GRID = tuple(round(x, 3) for x in np.arange(0.15, 0.351, 0.025))
UNDATED_GRID = (0.8, 0.85, 0.9, 0.95, 1.0)
STORY_GRID = tuple(round(x, 3) for x in np.arange(0.2, 0.401, 0.025))


def load_articles(path: Path) -> list[Article]:
    return [a for a in map(extract, read_documents([str(path)])) if a.kept]


def load_gold(path: Path, field: str = "event", fallback: str | None = None) -> dict[str, str]:
    gold = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            label = r.get(field) or (r.get(fallback) if fallback else None)
            gold[r["id"]] = str(label) if label is not None else "singleton:" + r["id"]
    return gold


def bcubed(gold: dict[str, str], pred: dict[str, str]) -> tuple[float, float, float]:
    """B-cubed F1, precision, recall over the gold ids (a missing prediction is a singleton)."""
    p_of = {i: pred.get(i, "missing:" + i) for i in gold}
    g_size = Counter(gold.values())
    p_size = Counter(p_of.values())
    both = Counter((gold[i], p_of[i]) for i in gold)
    prec = sum(both[(gold[i], p_of[i])] / p_size[p_of[i]] for i in gold) / len(gold)
    rec = sum(both[(gold[i], p_of[i])] / g_size[gold[i]] for i in gold) / len(gold)
    return 2 * prec * rec / (prec + rec), prec, rec


_COPIES: dict[tuple[str, ...], dict[str, str]] = {}


def copies(articles: list[Article]) -> dict[str, str]:
    """Each copy's id -> its original's id, as link_corpus finds them (kept articles in id order);
    remembered per set of ids, since the grids below cluster one set many times."""
    kept = sorted(articles, key=lambda a: a.id)
    key = tuple(a.id for a in kept)
    if key not in _COPIES:
        _COPIES[key] = find_copies(kept)
    return _COPIES[key]


def originals(articles: list[Article]) -> list[Article]:
    """The articles the digest clusters: every kept article that is no copy of another."""
    dup = copies(articles)
    return [a for a in articles if a.id not in dup]


def with_copies(pred: dict[str, str], articles: list[Article]) -> dict[str, str]:
    """`pred` over the originals, with each copy given its original's label (as link_corpus does)."""
    out = dict(pred)
    for copy_id, original_id in copies(articles).items():
        out[copy_id] = pred[original_id]
    return out


def cluster(
    articles: list[Article], threshold: float = EVENT_THRESHOLD, undated_factor: float = UNDATED_FACTOR
) -> tuple[dict, dict, float]:
    """Events and stories of the kept `articles` as the digest draws them (over the originals,
    copies following); the seconds exclude finding the copies."""
    origs = originals(articles)
    t0 = time.perf_counter()
    events = EventClusterer(threshold, undated_factor=undated_factor).fit(origs)
    stories = StoryClusterer().fit(origs, events.events_, term_vectors=events.term_vectors_)
    elapsed = time.perf_counter() - t0
    story_of = dict(zip((e.id for e in events.events_), stories.story_ids_, strict=True))
    ev = {a.id: e for a, e in zip(origs, events.event_ids_, strict=True)}
    st = {aid: story_of[e] for aid, e in ev.items()}
    return with_copies(ev, articles), with_copies(st, articles), elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pred", type=Path, help="write <set>.jsonl predictions here")
    ap.add_argument("--heap", type=Path, help="a bench/make_corpus.py heap, for speed only")
    args = ap.parse_args()

    articles = {s: load_articles(DATA / s / "docs.jsonl") for s in SETS}
    print(f"1. dev sets at EVENT_THRESHOLD={EVENT_THRESHOLD}, UNDATED_FACTOR={UNDATED_FACTOR}")
    print(f"{'set':10} {'n':>5} {'copies':>6} {'event F1':>8} {'P':>6} {'R':>6} {'story F1':>8}  = digest")
    for s in SETS:
        ev, st, _ = cluster(articles[s])
        f, p, r = bcubed(load_gold(DATA / s / "gold.jsonl"), ev)
        story = ""
        if s in ("ecbplus", "mixed-dev"):
            sf, _, _ = bcubed(load_gold(DATA / s / "gold.jsonl", "story", "event"), st)
            story = f"{sf:.3f}"
        links = link_corpus(articles[s])
        same = links.event_of == ev and links.story_of == st
        n_copies = len(copies(articles[s]))
        print(f"{s:10} {len(articles[s]):5d} {n_copies:6d} {f:8.3f} {p:6.3f} {r:6.3f} {story:>8}  {same}")
        if args.pred:
            args.pred.mkdir(parents=True, exist_ok=True)
            with (args.pred / f"{s}.jsonl").open("w", encoding="utf-8") as out:
                for a in articles[s]:
                    out.write(json.dumps({"id": a.id, "event_id": ev[a.id], "story_id": st[a.id]}) + "\n")

    seeds = load_articles(DATA.parents[1] / "seeds")
    ev, st, _ = cluster(seeds)
    groups = sorted(sorted(a for a in ev if ev[a] == e) for e in set(ev.values()))
    print(
        f"seeds: {len(groups)} event(s) {[[a[:3] for a in g] for g in groups]}, {len(set(st.values()))} story"
    )

    print(f"\n1b. story B3 by story threshold (STORY_THRESHOLD={STORY_THRESHOLD})")
    print("set        " + " ".join(f"{th:.3f}" for th in STORY_GRID))
    for s in ("ecbplus", "mixed-dev"):
        origs = originals(articles[s])
        events = EventClusterer().fit(origs)
        gold = load_gold(DATA / s / "gold.jsonl", "story", "event")
        row = []
        for th in STORY_GRID:
            stories = StoryClusterer(th).fit(origs, events.events_, term_vectors=events.term_vectors_)
            story_of = dict(zip((e.id for e in events.events_), stories.story_ids_, strict=True))
            pred = {a.id: story_of[e] for a, e in zip(origs, events.event_ids_, strict=True)}
            row.append(f"{bcubed(gold, with_copies(pred, articles[s]))[0]:.3f}")
        print(f"{s:10} " + " ".join(row))

    print("\n2. leave-one-set-out threshold x undated factor (tuned on the other two sets' mean F1)")
    table = {}
    for s in CV_SETS:
        gold = load_gold(DATA / s / "gold.jsonl")
        for u in UNDATED_GRID:
            for th in GRID:
                table[s, u, th] = bcubed(gold, cluster(articles[s], th, u)[0])[0]
    print("undated threshold " + " ".join(f"{th:.3f}" for th in GRID))
    for s in CV_SETS:
        for u in UNDATED_GRID:
            print(f"{s[:4]} {u:4.2f}     " + " ".join(f"{table[s, u, th]:.3f}" for th in GRID))
    for label, factors in (("joint", UNDATED_GRID), ("undated factor 1.0", (1.0,))):
        for s in CV_SETS:
            others = [o for o in CV_SETS if o != s]
            # ties: the larger factor (closer to no penalty), then the lower threshold
            best = max(
                ((u, th) for u in factors for th in GRID),
                key=lambda g: (sum(table[(o, *g)] for o in others), g[0], -g[1]),
            )
            print(
                f"{label:18} held out {s:9} threshold {best[1]:.3f} undated factor {best[0]:.2f} "
                f"(from {'+'.join(others)}): F1 {table[(s, *best)]:.3f}"
            )

    print("\n3. speed (events + stories, one process)")
    runs = [("mixed-dev", articles["mixed-dev"])]
    if args.heap:
        runs.append((args.heap.name, load_articles(args.heap)))
    for name, arts in runs:
        _, _, elapsed = cluster(arts)
        print(f"{name:20} {len(arts):7d} articles {elapsed:7.2f} s {len(arts) / elapsed:9.0f} articles/s")

    print("\n4. incremental events over the originals, one publication day per call (weights of them all)")
    for name, arts in runs:
        incremental(name, originals(arts))


def incremental(name: str, arts: list[Article]) -> None:
    days: dict[float, list[Article]] = {}
    for a in arts:
        t = article_time(a)
        days.setdefault((t.lo + t.hi) / 2 if np.isfinite(t.lo) else np.inf, []).append(a)
    weights = TermWeights.of(article_terms(a) for a in arts)
    inc = IncrementalEventClusterer(weights=weights)
    t0 = time.perf_counter()
    reclustered = []
    for day in sorted(days):
        inc.partial_fit(days[day])
        reclustered.append(inc.n_reclustered_)
    elapsed = time.perf_counter() - t0
    batch = EventClusterer().fit(arts)
    same = dict(zip(inc.ids_, inc.event_ids_, strict=True)) == dict(
        zip((a.id for a in arts), batch.event_ids_, strict=True)
    )
    print(
        f"{name:20} {len(arts):7d} articles {len(days):5d} calls {elapsed:7.2f} s "
        f"{len(arts) / elapsed:7.0f} articles/s, re-clustered per call: median "
        f"{int(np.median(reclustered))} max {max(reclustered)}; events equal to fit: {same}"
    )


if __name__ == "__main__":
    main()
