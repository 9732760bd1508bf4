"""Would the summary ranker gain from each candidate summary's word-weighted mean of the sentence
FEATURES (and of the sentences' number of supporting articles)? A scratch-style check kept for the
record (session 16, summaries16): the answer on NeuS dev was no.

    .venv/bin/python bench/summary_means.py [--words 63] [--cache bench/out/summary_means.pkl]

For every NeuS dev group: summarise's pool of candidate summaries, their SUMMARY_FEATURES, the
extra means, and each member's ROUGE-1/2/L F1 against the reference (rouge_score with the stemmer,
as shared/eval/score.py). Cached, since that is the slow part (about a minute). Then, as
bench/summaries.py --fit-summaries does (listwise softmax, temperature 5, ridge 1e-3), the ranker is
fitted on groups 1300-2568 with the shipped features alone and with each extra mean added, and the
pick of each is scored on groups 0-299, 300-1299 and 1300-2568 (R1 / R2 / RL). The first line, the
shipped SUMMARY_WEIGHTS, reproduces `newsprism summarize --words 63` scored by score.py.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

import numpy as np

from newsprism.summarise.event import _Event
from newsprism.summarise.quality import FEATURES, _quality
from newsprism.summarise.ranking import SUMMARY_WEIGHTS, summary_features
from newsprism.summarise.selection import _pool
from summaries import NEUS, articles_of, listwise_weights

ROOT = Path(__file__).resolve().parents[1]
EXTRA = [f"mean_{f}" for f in FEATURES[1:]] + ["mean_supporters"]
RANGES = ((0, 300), (300, 1300), (1300, None))


def build(words: int) -> list[dict]:
    from rouge_score import rouge_scorer

    rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    groups = [json.loads(line) for line in (NEUS / "groups.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = {
        r["id"]: r for r in map(json.loads, (NEUS / "gold.jsonl").read_text(encoding="utf-8").splitlines())
    }
    rows = []
    for g in groups:
        event = _Event.of(articles_of(g["documents"]), (), {})
        quality = [_quality(f) for f in event.features]
        pool = _pool(event, quality, words)
        base, extra, scores = [], [], []
        for chosen in pool:
            sentences = [event.candidates[k] for k in chosen]
            sizes = np.array([c.n_words for c in sentences], dtype=float)
            n_words = max(sizes.sum(), 1.0)
            means = (np.array([event.features[k] for k in chosen]) * sizes[:, None]).sum(0)[1:] / n_words
            supporters = sum(len(event.support[k]) * s for k, s in zip(chosen, sizes, strict=True)) / n_words
            base.append(summary_features(event, quality, chosen, words))
            extra.append([*means, supporters])
            sc = rouge.score(gold[g["id"]]["summary"], " ".join(c.text for c in sentences))
            scores.append([sc[m].fmeasure for m in ("rouge1", "rouge2", "rougeL")])
        rows.append({"base": np.array(base), "extra": np.array(extra), "rouge": np.array(scores)})
    return rows


def matrix(row: dict, cols: list[int]) -> np.ndarray:
    return np.hstack([row["base"], row["extra"][:, cols]]) if cols else row["base"]


def fit(rows: list[dict], cols: list[int]) -> np.ndarray:
    pools = [r for r in rows if len(r["rouge"]) >= 2]
    return listwise_weights([matrix(r, cols) for r in pools], [r["rouge"].sum(1) for r in pools])


def picked(rows: list[dict], w: np.ndarray, cols: list[int]) -> np.ndarray:
    total = np.zeros(3)
    for r in rows:
        if len(r["rouge"]):
            total += r["rouge"][int(np.argmax(matrix(r, cols) @ w))]
    return total / len(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=63)
    ap.add_argument("--cache", type=Path, default=ROOT / "bench" / "out" / "summary_means.pkl")
    args = ap.parse_args()
    if args.cache.exists():
        rows = pickle.loads(args.cache.read_bytes())
    else:
        rows = build(args.words)
        args.cache.parent.mkdir(parents=True, exist_ok=True)
        args.cache.write_bytes(pickle.dumps(rows))
    trials: list[tuple[str, list[int], np.ndarray | None]] = [("shipped", [], np.array(SUMMARY_WEIGHTS))]
    trials += [("refit", [], None)] + [(f"+{name}", [c], None) for c, name in enumerate(EXTRA)]
    trials.append(("+every mean", list(range(len(EXTRA))), None))
    for label, cols, w in trials:
        weights = w if w is not None else fit(rows[1300:], cols)
        cells = ["  ".join(f"{v:.4f}" for v in picked(rows[a:b], weights, cols)) for a, b in RANGES]
        print(f"{label:26s} " + " | ".join(cells), flush=True)


if __name__ == "__main__":
    main()
