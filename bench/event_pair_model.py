"""A learned pair similarity for event clustering, in place of the cosine (issue 3, session 30).

In:  ../shared/data/clustering/{ecbplus,basil,allsides,mixed-dev}/docs.jsonl + gold.jsonl (read,
     extracted and de-copied as the digest does, through bench/event_variants.py).
Out: printed tables:
  1. per set: candidate pairs and the share of them that is one gold event;
  2. per model: leave-one-set-out event B3 F1 (fit on two of ecbplus / basil / allsides, threshold
     and undated factor picked on those two, scored on the third) against the shipped cosine's on
     the same grid; then the model fit on all three, at the cell best on the three (in-sample);
  3. per model and set: grouped 5-fold cross-validation inside the set (folds over gold topics:
     ECB+ stories, BASIL and AllSides events), each fold's articles clustered on their own with
     the model fit on the other folds and the cell picked on them, against the cosine's the same way.

What is learned: the CONTENT part of a pair's similarity. EventClusterer.fit's own candidate pairs
(the inverted index: no all-pairs step) get the features the clusterer computes or could compute
at the same cost: the TF-IDF cosine, its word-only and name-only parts (each renormalised), the
overlap of the numbers two articles state, the cosine of their leads (title + first 300
characters), the share of their top terms they share, and (measured only, see OUTLET below)
whether they come from one outlet. A logistic regression (numpy Newton steps, L2 on standardised
columns, each training set weighing the same) says from them whether a pair is one gold event.
The time factor (events.Times.factor: the days' gap, the undated factor, the weekdays) multiplies
the learned content score exactly as it multiplies the cosine now, so average link keeps every
rule of the digest (span, year guard, quakes, UNDATED_TIME, lone articles, whose threshold keeps
its ratio to the event threshold: LONER_THRESHOLD / EVENT_THRESHOLD).

The forms of the learned score, for the fitted logit z = a ln(cos) + w . x + b:
  probability   p = 1 / (1 + exp(-z)), thresholds PROB_GRID;
  cosine scale  cos x exp((w . (x - mean x)) / a): the cosine when w = 0, so the clusterer's
                threshold grid (0.15-0.35) keeps its meaning; the same order of pairs as p, but
                average link averages it, not p;
  half          the cosine scale with the lift halved (shrunk toward the cosine);
  time learned  p with the time evidence among the features (days beyond SAME_SPAN_DAYS, one or
                both undated) and no time factor: the factor's shape learned too.

OUTLET: BASIL holds one article per outlet per event by construction, and AllSides one left, one
centre and one right take; so "one outlet" is "two events" on both sets, but not on a real heap,
where an outlet files several reports of one happening. It is measured, never to be shipped.

Result (dev splits, session 30; ~6 min on a shared 2-core machine): no form and no feature set
gains on every set out of fold, so nothing is shipped and cluster/events.py keeps the time-weighted
cosine. Held-out AllSides loses with every model (0.844 -> 0.808-0.837), and its best cell under
any learned score (0.811-0.857) is under the cosine's (0.861): the weights that ECB+ and BASIL teach
(ECB+ events are ~11 full reports of one topic half, BASIL's are 3 outlets' takes) do not rank
AllSides' pairs better. Held-out ECB+ seems to gain (0.843 -> 0.847-0.913), but that is the pick:
with ECB+ out, BASIL is flat and AllSides alone picks the cell, and the cosine's best ECB+ cell
(0.930) is above every learned score's (0.871-0.924). In-sample the best ("content: half") is
0.916 / 1.000 / 0.863 / 0.895 against 0.916 / 1.000 / 0.859 / 0.893, and within-set grouped folds
give it ECB+ 0.915 against 0.918. As in session 3 (bench/train_event_pairs.py, before the year
guard, UNDATED_TIME, weekdays and lone articles), the richer the model, the better in-sample and
the worse held out.

    nice .venv/bin/python bench/event_pair_model.py
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

sys.path.insert(0, str(Path(__file__).parent))

from clustering import DATA, bcubed, load_gold  # noqa: E402
from event_variants import GRID, UNDATED, Pairs, build, labels_at, load  # noqa: E402
from newsprism.cluster.events import (  # noqa: E402
    DECAY_DAYS,
    EVENT_THRESHOLD,
    SAME_SPAN_DAYS,
    TOP_TERMS,
)
from newsprism.cluster.features import EVENT_WORD_WEIGHT, TermVectors, article_terms, row_dots  # noqa: E402
from train_event_pairs import fit_logistic  # noqa: E402

SETS = ("ecbplus", "basil", "allsides", "mixed-dev")
CV_SETS = ("ecbplus", "basil", "allsides")
PROB_GRID = tuple(round(x, 2) for x in np.arange(0.2, 0.81, 0.05))
# Characters of the body that make an article's lead with its title (the headline and first
# sentence or two say what happened).
LEAD_CHARS = 300
FOLDS = 5
# a cosine of 0 (no candidate pair has one: a pair shares a top term) kept off ln(0)
TINY = 1e-6

Cell = tuple[float, float]  # (undated factor, threshold)
WORDS_NAMES = ("log_cos", "word_cos", "name_cos")
CONTENT = (*WORDS_NAMES, "numbers", "lead_cos", "top_shared")
# (title, features, form); no features: the shipped cosine. Forms (module docstring): "probability",
# "cosine scale", "half" (the cosine scale with the learned lift halved: shrunk toward the cosine),
# "time learned" (probability with the time evidence among the features and no time factor).
VARIANTS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("shipped cosine", (), "cosine"),
    ("cosine alone, probability", ("log_cos",), "probability"),
    ("cosine, words, names: probability", WORDS_NAMES, "probability"),
    ("cosine, words, names: cosine scale", WORDS_NAMES, "cosine scale"),
    ("cosine, words, names: half", WORDS_NAMES, "half"),
    ("content: probability", CONTENT, "probability"),
    ("content: cosine scale", CONTENT, "cosine scale"),
    ("content: half", CONTENT, "half"),
    (
        "content + time: time learned",
        (*CONTENT, "beyond_span", "one_undated", "both_undated"),
        "time learned",
    ),
    ("content + one outlet (OUTLET): cosine scale", (*CONTENT, "same_outlet"), "cosine scale"),
)


@dataclass
class PairSet:
    """One set's candidate pairs (event_variants.Pairs: the digest's pairs, cosines, time factors),
    their content features and gold answers, and each article's gold topic (for grouped folds)."""

    p: Pairs
    x: dict[str, np.ndarray]
    y: np.ndarray
    topic: np.ndarray


def _columns(m: sparse.csr_matrix, keep: np.ndarray) -> sparse.csr_matrix:
    """The columns `keep` of an L2-normalised matrix, each row renormalised (a channel's cosine)."""
    sub = sparse.csr_matrix(m[:, np.flatnonzero(keep)])
    norms = np.sqrt(np.asarray(sub.multiply(sub).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ sub)


def pair_set(name: str) -> PairSet:
    arts, gold, dup = load(name)
    terms = [article_terms(a) for a in arts]
    p = build(arts, gold, terms, EVENT_WORD_WEIGHT, dup)
    vec = TermVectors.fit(terms, event_weight=EVENT_WORD_WEIGHT)
    assert (vec.matrix != p.matrix).nnz == 0  # the clusterer's own rows
    m, i, j = vec.matrix, p.i, p.j
    is_name = np.array([t.startswith("@") for t in vec.terms])
    is_number = np.array([t[:1].isdigit() for t in vec.terms])
    numbers = sparse.csr_matrix((m[:, np.flatnonzero(is_number)] > 0).astype(np.float64))
    shared = row_dots(numbers, i, j)
    held = np.asarray(numbers.sum(axis=1)).ravel()
    union = held[i] + held[j] - shared
    leads = [article_terms(dataclasses.replace(a, text=a.text[:LEAD_CHARS])) for a in arts]
    lead = TermVectors.fit(leads, event_weight=EVENT_WORD_WEIGHT).matrix
    top = vec.top_terms(TOP_TERMS)
    top_sets = [set(t.tolist()) for t in top]
    outlet = np.array([(a.outlet or "").lower() for a in arts])
    gap = np.maximum(0.0, np.maximum(p.lo[j] - p.hi[i], p.lo[i] - p.hi[j]))
    x = {
        "log_cos": np.log(np.maximum(p.cos, TINY)),
        "word_cos": row_dots(_columns(m, ~is_name & ~is_number), i, j),
        "name_cos": row_dots(_columns(m, is_name), i, j),
        "numbers": np.where(union > 0, shared / np.maximum(union, 1.0), 0.0),
        "lead_cos": row_dots(lead, i, j),
        "top_shared": np.array(
            [len(top_sets[a] & top_sets[b]) / TOP_TERMS for a, b in zip(i.tolist(), j.tolist(), strict=True)]
        ),
        "same_outlet": ((outlet[i] == outlet[j]) & (outlet[i] != "")).astype(float),
        # the time evidence events.Times.factor reads, as features (the form "time learned")
        "beyond_span": np.where(
            np.isnan(gap), 0.0, np.maximum(np.nan_to_num(gap) - SAME_SPAN_DAYS, 0.0) / DECAY_DAYS
        ),
        "one_undated": (np.isnan(p.lo[i]) ^ np.isnan(p.lo[j])).astype(float),
        "both_undated": (np.isnan(p.lo[i]) & np.isnan(p.lo[j])).astype(float),
    }
    ids = [a.id for a in arts]
    y = np.array([gold[ids[a]] == gold[ids[b]] for a, b in zip(i.tolist(), j.tolist(), strict=True)], float)
    story = load_gold(DATA / name / "gold.jsonl", "story", "event") if name == "ecbplus" else {}
    topic = np.array([story.get(a, gold[a]) for a in ids], dtype=object)
    return PairSet(p, x, y, topic)


@dataclass(frozen=True)
class Model:
    """A fitted logistic regression over the features `names` (log_cos first)."""

    names: tuple[str, ...]
    coef: np.ndarray  # per feature, on the raw scale
    icpt: float
    mean: np.ndarray  # the training pairs' feature means (for the cosine-scale forms)

    def content(self, s: PairSet, form: str) -> np.ndarray:
        """The learned score of every pair of `s` in `form` (FORMS)."""
        x = _matrix(s, self.names)
        if form in ("probability", "time learned"):
            return 1.0 / (1.0 + np.exp(-np.clip(x @ self.coef + self.icpt, -30, 30)))
        shrink = 0.5 if form == "half" else 1.0
        lift = (x[:, 1:] - self.mean[1:]) @ self.coef[1:] * shrink / self.coef[0]
        return s.p.cos * np.exp(np.clip(lift, -30, 30))


def _matrix(s: PairSet, names: Sequence[str], rows: np.ndarray | None = None) -> np.ndarray:
    return np.column_stack([s.x[k] if rows is None else s.x[k][rows] for k in names])


def fit(parts: Sequence[tuple[PairSet, np.ndarray]], names: tuple[str, ...]) -> Model:
    """train_event_pairs.fit_logistic (L2 1.0, Newton steps on standardised columns) on the pairs
    `rows` of each set; each part weighs the same in all."""
    ys = [s.y[rows] for s, rows in parts]
    x, y = np.vstack([_matrix(s, names, rows) for s, rows in parts]), np.concatenate(ys)
    w = np.concatenate([np.full(len(t), len(y) / (len(parts) * max(len(t), 1))) for t in ys])
    coef, icpt = fit_logistic(x, y, w)
    return Model(names, coef, icpt, x.mean(0))


def labels(
    s: PairSet, content: np.ndarray, cell: Cell, form: str, members: np.ndarray | None = None
) -> np.ndarray:
    """The events of s's articles with `content` in place of the cosine at `cell` (undated factor,
    threshold), as the digest clusters them: event_variants.labels_at, the similarities scaled so
    that the cell's threshold is EVENT_THRESHOLD (average link and the lone articles' attachment
    are linear in them, so the lone articles' threshold keeps its ratio to the event threshold).
    The form "time learned" has the time in `content` already (no time factor). With `members`
    (a mask of articles), only the pairs inside it count."""
    p = s.p
    undated, threshold = cell
    base = p.cos * (p.factor if form == "time learned" else 1.0)
    mult = content / np.maximum(base, TINY) * (EVENT_THRESHOLD / threshold)
    if members is not None:
        mult = mult * (members[p.i] & members[p.j])  # a similarity of 0 is no edge
    return labels_at(p, EVENT_THRESHOLD, undated, mult)[0]


def f1(s: PairSet, lab: np.ndarray, members: np.ndarray | None = None) -> float:
    """B3 F1 of labels `lab` over the originals (in `members`), each copy scored with its original."""
    p = s.p
    inside = {a.id for k, a in enumerate(p.arts) if members is None or members[k]}
    pred = {a.id: str(x) for a, x in zip(p.arts, lab.tolist(), strict=True) if a.id in inside}
    pred.update({c: pred[o] for c, o in p.copies.items() if o in inside})
    gold = {k: v for k, v in p.gold.items() if k in pred}
    return bcubed(gold, pred)[0]


def cells(form: str) -> list[Cell]:
    grid = PROB_GRID if form in ("probability", "time learned") else GRID
    return [(u, th) for u in UNDATED for th in grid]


def pick(scores: dict[Cell, float]) -> Cell:
    """The best cell; ties: the larger undated factor, then the lower threshold (event_variants.pick)."""
    return max(scores, key=lambda c: (scores[c], c[0], -c[1]))


def scored(sets: dict[str, PairSet], names: tuple[str, ...], form: str, train: Sequence[str]) -> dict:
    """Every set's F1 at every cell of `form`, the model (no names: the shipped cosine) fit on `train`."""
    if names:
        model = fit([(sets[o], np.arange(len(sets[o].y))) for o in train], names)
        content = {o: model.content(sets[o], form) for o in sets}
    else:
        content = {o: sets[o].p.cos for o in sets}
    return {(o, c): f1(sets[o], labels(sets[o], content[o], c, form)) for o in sets for c in cells(form)}


def loso(sets: dict[str, PairSet], names: tuple[str, ...], form: str) -> list[tuple[float, Cell, float]]:
    """Per held-out set of CV_SETS: its F1 with the model fit on the other two and the cell picked
    on their mean F1, that cell, and its best F1 at any cell (how much of a gain is the pick's)."""
    out = []
    for held in CV_SETS:
        train = [o for o in CV_SETS if o != held]
        t = scored({o: sets[o] for o in CV_SETS}, names, form, train)
        cell = pick({c: np.mean([t[o, c] for o in train]) for c in cells(form)})
        out.append((t[held, cell], cell, max(t[held, c] for c in cells(form))))
    return out


def in_sample(sets: dict[str, PairSet], names: tuple[str, ...], form: str) -> tuple[Cell, list[float]]:
    """The model fit on all three CV sets, at the cell best on their mean: every set's F1."""
    t = scored(sets, names, form, CV_SETS)
    cell = pick({c: np.mean([t[o, c] for o in CV_SETS]) for c in cells(form)})
    return cell, [t[o, cell] for o in SETS]


def grouped_cv(s: PairSet, names: tuple[str, ...], form: str) -> float:
    """B3 F1 of the set with each of FOLDS folds (gold topics, dealt round-robin in sorted order)
    clustered on its own: fit and cell from the other folds (each clustered on its own pairs)."""
    topics = sorted(set(s.topic.tolist()))
    fold_of = {t: k % FOLDS for k, t in enumerate(topics)}
    fold = np.array([fold_of[t] for t in s.topic.tolist()])
    pred = np.zeros(len(fold), dtype=np.int64)
    for k in range(FOLDS):
        test, train = fold == k, fold != k
        content = s.p.cos
        if names:
            rows = np.flatnonzero(train[s.p.i] & train[s.p.j])
            content = fit([(s, rows)], names).content(s, form)
        cell = pick({c: f1(s, labels(s, content, c, form, train), train) for c in cells(form)})
        pred[test] = labels(s, content, cell, form, test)[test] * FOLDS + k  # one label space
    return f1(s, pred)


def main() -> None:
    sets = {s: pair_set(s) for s in SETS}
    print("1. candidate pairs (EventClusterer.fit's), one gold event")
    for name, s in sets.items():
        print(f"  {name:9} {len(s.p.arts):5d} originals {len(s.y):7d} pairs {s.y.mean():.3f} positive")
    print(
        "\n2. leave-one-set-out ecbplus / basil / allsides F1 (cell picked on the other two; [best cell's F1])"
        " | in-sample: fit on all three, their best cell, all four sets"
    )
    for title, names, form in VARIANTS:
        held = loso(sets, names, form)
        cell, dev = in_sample(sets, names, form)
        print(
            f"  {title:44} "
            + " / ".join(f"{f:.3f} ({c[1]:.3f},{c[0]:.2f}) [{best:.3f}]" for f, c, best in held)
            + f" | ({cell[1]:.3f}, {cell[0]:.2f}) "
            + " / ".join(f"{v:.4f}" for v in dev),
            flush=True,
        )
    model = fit([(sets[o], np.arange(len(sets[o].y))) for o in CV_SETS], CONTENT)
    print(
        "  weights, content model fit on all three: "
        + ", ".join(f"{k} {c:+.3f}" for k, c in zip(CONTENT, model.coef, strict=True))
    )
    print(f"\n3. grouped {FOLDS}-fold CV within each set: ecbplus / basil / allsides")
    for title, names, form in VARIANTS:
        print(
            f"  {title:44} " + " / ".join(f"{grouped_cv(sets[o], names, form):.3f}" for o in CV_SETS),
            flush=True,
        )


if __name__ == "__main__":
    main()
