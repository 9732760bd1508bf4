"""Multi-document summaries on NeuS (dev): newsprism against Lead and sumy's LexRank, TextRank, LSA.

    .venv/bin/python bench/summaries.py                       # first 300 groups, 63 words
    .venv/bin/python bench/summaries.py --start 0 --limit 0   # every dev group
    .venv/bin/python bench/summaries.py --fit --start 1300 --limit 0             # QUALITY_WEIGHTS
    .venv/bin/python bench/summaries.py --fit-summaries --start 1300 --limit 0   # SUMMARY_WEIGHTS

Every system gets the same groups and the same word budget (default 63, the dev references' mean
length on the first 300 groups). The peers rank sentences of the three documents' texts; their
summary is their best sentences in document order, cut to the budget (the k best sentences with
the smallest k that reaches the budget, then the first N words). Lead is the first N words of the
first document. newsprism's summaries are whole sentences, chosen with the same budget.
Scores are the judges' own (`shared/eval/score.py summaries`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from newsprism.analyse.sentences import split_sentences
from newsprism.records import Article
from newsprism.summarise import summarise
from shared_eval import load_scorer

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
NEUS = SHARED / "data" / "summaries" / "neus"
_WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$")


class SentenceTokenizer:
    """sumy's tokenizer interface over newsprism's sentence splitter (NLTK's punkt data is not
    installed and cannot be downloaded)."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(s.text for s in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in re.findall(r"[\w'-]+", sentence) if _WORD.match(w))


def cut(text: str, words: int) -> str:
    return " ".join(text.split()[:words])


def sumy_system(name: str) -> Callable[[list[dict], int], str]:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    cls = {"LexRank": LexRankSummarizer, "TextRank": TextRankSummarizer, "LSA": LsaSummarizer}[name]
    summarizer = cls(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer = SentenceTokenizer()

    def run(documents: list[dict], words: int) -> str:
        paragraphs = [
            Paragraph([Sentence(s, tokenizer) for s in tokenizer.to_sentences(d["text"])])
            for d in documents
            if d["text"].strip()
        ]
        doc = ObjectDocumentModel(paragraphs)
        total = len(doc.sentences)
        text = ""
        for k in range(1, total + 1):
            text = " ".join(str(s) for s in summarizer(doc, k))
            if len(text.split()) >= words:
                break
        return cut(text, words)

    return run


def lead(documents: list[dict], words: int) -> str:
    return cut(documents[0]["text"], words)


def articles_of(documents: list[dict]) -> list[Article]:
    return [
        Article(id=str(i), source="neus", title=d.get("title"), text=d["text"])
        for i, d in enumerate(documents)
    ]


def newsprism_system(documents: list[dict], words: int) -> str:
    return " ".join(s.text for s in summarise(articles_of(documents), words=words))


def run_system(
    system: Callable[[list[dict], int], str], groups: Sequence[dict], words: int
) -> tuple[list[dict], float]:
    t0 = time.perf_counter()
    preds = [{"id": g["id"], "summary": system(g["documents"], words)} for g in groups]
    return preds, time.perf_counter() - t0


def fit(groups: Sequence[dict], gold: dict[str, dict], within: bool = False) -> None:
    """Least squares of each candidate sentence's ROUGE-1 + ROUGE-2 precision against the reference
    on its features: the weights printed are summarise.quality.QUALITY_WEIGHTS."""
    import numpy as np
    from rouge_score import rouge_scorer

    from newsprism.summarise.event import _Event
    from newsprism.summarise.quality import FEATURES

    rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2"], use_stemmer=True)
    rows, targets, group_of = [], [], []
    for n, g in enumerate(groups):
        event = _Event.of(articles_of(g["documents"]), (), {})
        for c, f in zip(event.candidates, event.features, strict=True):
            sc = rouge.score(gold[g["id"]]["summary"], c.text)
            rows.append(f)
            group_of.append(n)
            targets.append(sc["rouge1"].precision + sc["rouge2"].precision)
    x, y, gid = np.array(rows), np.array(targets), np.array(group_of)
    if within:
        # only the order of sentences within an event matters: fit on deviations from the group mean
        counts = np.bincount(gid)
        for arr in (x, y):
            means = np.zeros((len(counts),) + arr.shape[1:])
            np.add.at(means, gid, arr)
            arr -= (means.T / np.maximum(counts, 1)).T[gid]
        x[:, 0] = 0.0
    w, *_ = np.linalg.lstsq(x, y, rcond=None)
    r2 = 1 - ((x @ w - y) ** 2).mean() / y.var()
    print(f"{len(rows)} sentences of {len(groups)} groups, R^2 {r2:.3f}")
    for name, value in zip(FEATURES, w, strict=True):
        print(f"  {name:14s} {value:+.3f}")
    print("QUALITY_WEIGHTS = (" + ", ".join(f"{v:.3f}" for v in w) + ")")


# Temperature of the listwise target (sum of the three ROUGE F1, 0-3): 3-10 gave the same choices on
# the tuning groups 300-1299; 0.1-1 (nearly "only the best summary counts") lost 0.003-0.006.
SUMMARY_TEMPERATURE = 5.0
SUMMARY_L2 = 1e-3  # ridge on the standardised weights; 1e-4-1e-1 alike


def listwise_weights(xs: Sequence[np.ndarray], ts: Sequence[np.ndarray]) -> np.ndarray:
    """Per unit weights of the features whose softmax over each group's rows (xs, one matrix a
    group) best matches the softmax of the group's targets (ts) at SUMMARY_TEMPERATURE; features
    standardised over all rows, ridge SUMMARY_L2."""
    from scipy.optimize import minimize

    every = np.vstack(xs)
    mean, scale = every.mean(0), every.std(0) + 1e-9
    zs = [(x - mean) / scale for x in xs]
    targets = [np.exp((t - t.max()) / SUMMARY_TEMPERATURE) for t in ts]
    targets = [p / p.sum() for p in targets]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad = SUMMARY_L2 * (w @ w), 2 * SUMMARY_L2 * w
        for z, p in zip(zs, targets, strict=True):
            s = z @ w
            e = np.exp(s - s.max())
            soft = e / e.sum()
            value -= (p * np.log(soft + 1e-12)).sum() / len(zs)
            grad -= z.T @ (p - soft) / len(zs)
        return value, grad

    return minimize(loss, np.zeros(every.shape[1]), jac=True, method="L-BFGS-B").x / scale


def fit_summaries(groups: Sequence[dict], gold: dict[str, dict], words: int) -> None:
    """Listwise fit of summarise.ranking.SUMMARY_WEIGHTS: for each group, the softmax of the weighted
    features over its candidate summaries (summarise.selection._pool) should match the softmax of their
    ROUGE-1 + ROUGE-2 + ROUGE-L F1 against the reference at SUMMARY_TEMPERATURE."""
    from rouge_score import rouge_scorer

    from newsprism.summarise.event import _Event
    from newsprism.summarise.quality import _quality
    from newsprism.summarise.ranking import SUMMARY_FEATURES, summary_features
    from newsprism.summarise.selection import _pool

    rouge = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer=True)
    xs, ts = [], []
    for g in groups:
        event = _Event.of(articles_of(g["documents"]), (), {})
        quality = [_quality(f) for f in event.features]
        pool = _pool(event, quality, words)
        if len(pool) < 2:
            continue
        xs.append(np.array([summary_features(event, quality, p, words) for p in pool]))
        scores = [
            rouge.score(gold[g["id"]]["summary"], " ".join(event.candidates[k].text for k in p)) for p in pool
        ]
        ts.append(np.array([sum(sc[m].fmeasure for m in ("rouge1", "rouge2", "rougeL")) for sc in scores]))
    w = listwise_weights(xs, ts)
    print(f"{sum(map(len, xs))} candidate summaries of {len(xs)} groups")
    print("SUMMARY_WEIGHTS = (")
    for name, value in zip(SUMMARY_FEATURES, w, strict=True):
        print(f"    {value:.4g},  # {name}")
    print(")")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--start", type=int, default=0, help="first dev group (in file order)")
    ap.add_argument("--limit", type=int, default=300, help="number of groups (0 = all from --start)")
    ap.add_argument("--words", type=int, default=63, help="word budget of every system")
    ap.add_argument("--only", nargs="*", help="systems to run (default: all)")
    ap.add_argument(
        "--fit", action="store_true", help="fit summarise.quality.QUALITY_WEIGHTS on the groups instead"
    )
    ap.add_argument("--within", action="store_true", help="fit within groups (fixed effects)")
    ap.add_argument(
        "--fit-summaries",
        action="store_true",
        help="fit summarise.ranking.SUMMARY_WEIGHTS on the groups instead",
    )
    args = ap.parse_args()

    score = load_scorer(SHARED)
    groups = [json.loads(line) for line in (NEUS / "groups.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = {
        r["id"]: r for r in map(json.loads, (NEUS / "gold.jsonl").read_text(encoding="utf-8").splitlines())
    }
    groups = groups[args.start : args.start + args.limit] if args.limit else groups[args.start :]
    gold_rows = [gold[g["id"]] for g in groups]
    if args.fit:
        fit(groups, gold, within=args.within)
        return
    if args.fit_summaries:
        fit_summaries(groups, gold, args.words)
        return

    systems: dict[str, Callable[[list[dict], int], str]] = {"newsprism": newsprism_system, "Lead": lead}
    for name in ("LexRank", "TextRank", "LSA"):
        systems[name] = sumy_system(name)
    if args.only:
        systems = {k: v for k, v in systems.items() if k in args.only}

    print(
        f"NeuS dev groups {args.start}..{args.start + len(groups) - 1} (n={len(groups)}), budget {args.words} words"
    )
    print("| system | ROUGE-1 | ROUGE-2 | ROUGE-L | words | groups/s |")
    print("|---|---|---|---|---|---|")
    results = {}
    for name, system in systems.items():
        preds, seconds = run_system(system, groups, args.words)
        m = score.score_summaries(gold_rows, preds)
        results[name] = m
        print(
            f"| {name} | {m['rouge1']:.3f} | {m['rouge2']:.3f} | {m['rougeL']:.3f} | "
            f"{m['pred_words']:.1f} | {len(groups) / seconds:.0f} |",
            flush=True,
        )
    print(f"| (references) | | | | {gold_rows and results[next(iter(results))]['gold_words']:.1f} | |")
    if "newsprism" in results and len(results) > 1:
        ours = results["newsprism"]
        margins = {
            k: ours[k] - max(m[k] for n, m in results.items() if n != "newsprism")
            for k in ("rouge1", "rouge2", "rougeL")
        }
        print("margin over the best peer: " + " ".join(f"{k} {v:+.3f}" for k, v in margins.items()))
        sys.exit(0 if min(margins.values()) >= 0.02 else 1)


if __name__ == "__main__":
    main()
