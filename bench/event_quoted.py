"""Quoted passages two reports share, as event evidence (issue 3, session 20: events22).

In:  the dev sets as bench/event_variants.py reads them (originals, id order, the digest's
     pairs), and (when present) the labelled triplets of bench/out/heap-10000.jsonl (`train-N-k`
     articles, N one event; see bench/event_figures.py).
Out: per set, every pair of articles (the dev sets and the triplets are small enough to list all
     pairs here; the product never does, see issue 3 item 4) sorted into bands of the shipped
     similarity (cosine x time factor x undated factor 0.85; "not cand." = not a candidate pair
     of events.candidate_pairs), and in each band, for the pairs that share a quoted passage of
     N+ words and those that share none, how many are one gold event: "same/all".

     A second line per set: at the shipped cell, of the gold pairs the clustering splits (and the
     pairs of two events it joins), how many share a quoted passage (or, `text`, any run of N
     words of title and body, quoted or not): what a rule on shared passages could fix at most.
     --rules: the sharing as a pair multiplier or a similarity floor (RULES), and as TF-IDF terms
     (each N-word shingle of a quoted passage a word term, its weight x w), in event_variants'
     rows (leave-one-set-out, all-best cell) and at the shipped cell, heap triplets included.

A quoted passage: the words between a pair of quote marks (straight or curly double marks, one
paragraph at most), lower-cased, punctuation dropped (so the quote's own ends, its commas and a
"he said" cut inside a sentence do not matter); two articles share one when they share a run of
N consecutive words of some quoted passage (N-word shingles of each passage).

    .venv/bin/python bench/event_quoted.py [--n 5 8 12] [--rules]     # ~1 min; --rules ~6 min
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from scipy import sparse  # noqa: E402

import newsprism.cluster.features as features  # noqa: E402
from event_figures import heap_triplets  # noqa: E402
from event_variants import (  # noqa: E402
    EVENT_MAX_SPAN_DAYS,
    LONER_THRESHOLD,
    SETS,
    Pairs,
    build,
    f1,
    load,
    row,
    table,
)
from newsprism.cluster.attach import attach_loners  # noqa: E402
from newsprism.cluster.events import Times, gap_factor  # noqa: E402
from newsprism.cluster.features import ArticleTerms, TermVectors, article_terms  # noqa: E402
from newsprism.cluster.linkage import average_link  # noqa: E402
from newsprism.records import Article  # noqa: E402

UNDATED = 0.85
BANDS = (0.0, 0.1, 0.225, 0.35, 10.0)

_QUOTE = re.compile(r"[\"“]([^\"“”\n]{1,1000}?)[\"”]")
_QWORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def shingles(a: Article, n: int) -> set[tuple[str, ...]]:
    out: set[tuple[str, ...]] = set()
    for text in ((a.title or ""), a.text):
        for m in _QUOTE.finditer(text):
            words = _QWORD.findall(m.group(1).lower().replace("’", "'"))
            out.update(tuple(words[k : k + n]) for k in range(len(words) - n + 1))
    return out


_TWORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def text_shingles(a: Article, n: int) -> set[tuple[str, ...]]:
    """N-word runs of title and body, quoted or not (the same words as `shingles`)."""
    out: set[tuple[str, ...]] = set()
    for text in ((a.title or ""), a.text):
        words = _TWORD.findall(text.lower().replace("’", "'"))
        out.update(tuple(words[k : k + n]) for k in range(len(words) - n + 1))
    return out


def shipped_labels(p: Pairs) -> np.ndarray:
    """The events at the shipped cell (threshold 0.225, undated factor 0.85), as
    event_variants.f1 clusters them."""
    sims = p.cos * p.factor * np.where(p.undated, UNDATED, 1.0)
    keep = sims > 0
    i, j, s = p.i[keep], p.j[keep], sims[keep]
    lo, hi, span, named = p.lo, p.hi, EVENT_MAX_SPAN_DAYS, p.named
    # any further guard event_variants.f1 passes to average_link (the quake magnitudes, once shipped)
    more = {"magnitudes": m} if (m := getattr(p, "magnitudes", None)) is not None else {}
    # and the undated members' days (linkage.UNDATED_TIME, since session 21)
    more |= {"undated_factor": UNDATED, "gap_factor": gap_factor}
    labels = average_link(
        len(p.arts), i, j, s, 0.225, days=lo, days_hi=hi, max_span=span, named_years=named, **more
    )
    return attach_loners(
        labels, i, j, s, LONER_THRESHOLD, days=lo, days_hi=hi, max_span=span, named_years=named
    )


def ceiling(name: str, p: Pairs, ns: tuple[int, ...]) -> None:
    labels = shipped_labels(p).tolist()
    gold = [p.gold[a.id] for a in p.arts]
    by_gold: dict[str, list[int]] = defaultdict(list)
    by_label: dict[int, list[int]] = defaultdict(list)
    for k, (g, lab) in enumerate(zip(gold, labels, strict=True)):
        by_gold[g].append(k)
        by_label[lab].append(k)
    split = [(a, b) for ks in by_gold.values() for a, b in combinations(ks, 2) if labels[a] != labels[b]]
    joined = [(a, b) for ks in by_label.values() for a, b in combinations(ks, 2) if gold[a] != gold[b]]
    cells = []
    for kind, of in (("quoted", shingles), ("text", text_shingles)):
        for n in ns:
            sh = [of(a, n) for a in p.arts]
            cells.append(
                f"{kind} N={n} {sum(1 for a, b in split if sh[a] & sh[b])}"
                f" / {sum(1 for a, b in joined if sh[a] & sh[b])}"
            )
    print(
        f"{name:10} shipped cell: gold pairs split {len(split)}, two-event pairs joined {len(joined)};"
        f" sharing (split / joined): " + ", ".join(cells),
        flush=True,
    )


def all_pairs(p: Pairs) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Every pair (i < j): its shipped similarity (0 when not a candidate), candidate or not."""
    n = len(p.arts)
    ii, jj = np.triu_indices(n, 1)
    cand = np.zeros(len(ii), dtype=bool)
    sims = np.zeros(len(ii))
    # index of pair (i, j) in triu order
    at = np.searchsorted(ii * n + jj, p.i * n + p.j)  # triu order is key order
    cand[at] = True
    sims[at] = p.cos * p.factor * np.where(p.undated, UNDATED, 1.0)
    return ii, jj, sims, cand


def cosines_of(p: Pairs, ii: np.ndarray, jj: np.ndarray) -> np.ndarray:
    """The shipped similarity of any pairs (candidates or not), from the set's rows."""
    assert p.matrix is not None
    m = p.matrix
    cos = np.asarray(m[ii].multiply(m[jj]).sum(axis=1)).ravel()
    times = Times(p.lo, p.hi, np.full(len(p.lo), np.nan), UNDATED)
    return cos * times.factor(ii, jj)


def report(name: str, p: Pairs, ns: tuple[int, ...]) -> None:
    ii, jj, sims, cand = all_pairs(p)
    g = np.array([p.gold[a.id] for a in p.arts])
    same = g[ii] == g[jj]
    for n in ns:
        sh = [shingles(a, n) for a in p.arts]
        quoted = sum(1 for s in sh if s)
        # pairs sharing a shingle, from a posting list of shingles (as the product would)
        post: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for k, s in enumerate(sh):
            for x in s:
                post[x].append(k)
        share_set: set[tuple[int, int]] = set()
        for holders in post.values():
            share_set.update(combinations(holders, 2))
        N = len(p.arts)
        share = np.zeros(len(ii), dtype=bool)
        if share_set:
            key = np.array([a * N + b for a, b in share_set], dtype=np.int64)
            share = np.isin(ii * N + jj, key)
        cells = []
        for lo, hi in zip(BANDS, BANDS[1:], strict=False):
            band = cand & (sims >= lo) & (sims < hi) if lo > 0 else cand & (sims < hi)
            label = f"{lo:g}-{hi:g}" if hi < 10 else f">={lo:g}"
            cells.append(
                f"{label}: share {int((band & share & same).sum())}/{int((band & share).sum())}"
                f" none {int((band & ~share & same).sum())}/{int((band & ~share).sum())}"
            )
        # both articles quote a passage of N+ words, and they share none (the converse reading:
        # two steps of one story quote different words)
        quoting = np.array([bool(x) for x in sh])
        both = quoting[ii] & quoting[jj] & ~share
        for lo, hi in ((0.225, 0.35), (0.35, 0.5)):
            band = cand & (sims >= lo) & (sims < hi)
            cells.append(
                f"{lo:g}-{hi:g} both quote, none shared {int((band & both & same).sum())}/{int((band & both).sum())}"
                f" not both {int((band & ~both & ~share & same).sum())}/{int((band & ~both & ~share).sum())}"
            )
        nc = ~cand
        full = np.zeros(len(ii))
        full[nc & share] = cosines_of(p, ii[nc & share], jj[nc & share])
        cells.append(
            f"not cand.: share {int((nc & share & same).sum())}/{int((nc & share).sum())}"
            f" (full sim >= 0.1 among them {int((nc & share & (full >= 0.1)).sum())})"
            f" none {int((nc & ~share & same).sum())}/{int((nc & ~share).sum())}"
        )
        print(f"{name:10} N={n:2d} articles quoting {quoted}/{N}; " + "; ".join(cells), flush=True)


def shared_count(p: Pairs, n: int) -> np.ndarray:
    """For each candidate pair, how many N-word shingles of quoted passages the two share."""
    sh = [shingles(a, n) for a in p.arts]
    return np.array([len(sh[a] & sh[b]) for a, b in zip(p.i.tolist(), p.j.tolist(), strict=True)])


RULES: dict[str, tuple[int, int, str, float]] = {
    # label: (N, shingles shared at least, "x" multiplier or "floor" similarity, value)
    "share N=8, x1.25": (8, 1, "x", 1.25),
    "share N=8, x1.5": (8, 1, "x", 1.5),
    "share N=8, x2": (8, 1, "x", 2.0),
    "share N=5, x1.25": (5, 1, "x", 1.25),
    "share N=5, x1.5": (5, 1, "x", 1.5),
    "share N=5 2+ shingles (6+ words), x1.5": (5, 2, "x", 1.5),
    "share N=8, floor 0.3": (8, 1, "floor", 0.3),
    "share N=8, floor 0.4": (8, 1, "floor", 0.4),
    "share N=12, x1.5": (12, 1, "x", 1.5),
}


def multiplier(p: Pairs, counts: dict[int, np.ndarray], rule: tuple[int, int, str, float]) -> np.ndarray:
    n, least, kind, value = rule
    hit = counts[n] >= least
    if kind == "x":
        return np.where(hit, value, 1.0)
    # a floor on the shipped similarity (undated factor 0.85): a multiplier that lifts it to `value`
    sims = p.cos * p.factor * np.where(p.undated, UNDATED, 1.0)
    with np.errstate(divide="ignore", invalid="ignore"):
        lift = np.where(sims > 0, np.maximum(1.0, value / sims), 1.0)
    return np.where(hit, lift, 1.0)


QUOTE_TERM = "\u201c"  # the prefix of a shingle term (no word or name term starts with it)
TERM_RULES = ((8, 0.1), (8, 0.25), (8, 0.5), (8, 1.0), (5, 0.25), (5, 0.5))


def quoted_terms(a: Article, n: int) -> ArticleTerms:
    terms = article_terms(a)
    words = terms.words.copy()
    words.update(QUOTE_TERM + " ".join(s) for s in shingles(a, n))
    return ArticleTerms(words=words, names=terms.names)


def build_terms(p: Pairs, n: int, w: float) -> Pairs:
    """`p`'s set rebuilt with each quoted N-word shingle a word term weighed x w (MIN_DF drops
    the shingles no other article holds): new rows, new top terms and candidates."""
    terms = [quoted_terms(a, n) for a in p.arts]
    if w == 1.0:
        return build(p.arts, p.gold, terms, features.EVENT_WORD_WEIGHT, p.copies)
    # the weight: the shingle columns scaled and the rows normalised again, as an idf x w would
    saved = TermVectors.fit

    def fit(docs: Any, **kw: Any) -> TermVectors:
        v = saved(docs, **kw)
        m = v.matrix.tocsr(copy=True)
        quoted = np.array([t.startswith(QUOTE_TERM) for t in v.terms], dtype=bool)
        m.data = m.data * np.where(quoted[m.indices], w, 1.0)
        norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        m = sparse.csr_matrix(sparse.diags(1.0 / norms) @ m)
        m.sort_indices()
        return TermVectors(matrix=m, vocabulary=v.vocabulary, df=v.df, terms=v.terms)

    TermVectors.fit = fit  # type: ignore[method-assign]
    try:
        return build(p.arts, p.gold, terms, features.EVENT_WORD_WEIGHT, p.copies)
    finally:
        TermVectors.fit = saved  # type: ignore[method-assign]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, nargs="+", default=[5, 8, 12])
    ap.add_argument("--rules", action="store_true", help="also the rules as pair multipliers (slow)")
    args = ap.parse_args()
    ns = tuple(args.n)
    sets = {}
    for s in SETS:
        arts, gold, dup = load(s)
        sets[s] = build(arts, gold, [article_terms(a) for a in arts], features.EVENT_WORD_WEIGHT, dup)
        report(s, sets[s], ns)
        ceiling(s, sets[s], ns)
    heap = heap_triplets()
    if heap is not None:
        report("heap trip.", heap, ns)
        ceiling("heap trip.", heap, ns)
    if not args.rules:
        return
    wanted = sorted({r[0] for r in RULES.values()})
    counts = {s: {n: shared_count(p, n) for n in wanted} for s, p in sets.items()}
    heap_counts = {n: shared_count(heap, n) for n in wanted} if heap is not None else {}
    for label, rule in {"base": None, **RULES}.items():
        mults = {} if rule is None else {s: multiplier(p, counts[s], rule) for s, p in sets.items()}
        t = table(sets, mults)
        row(label, t)
        cell = (UNDATED, 0.225)
        shipped = [f"{s} {t[s, cell][0]:.4f}" for s in SETS]
        if heap is not None:
            mult = None if rule is None else multiplier(heap, heap_counts, rule)
            shipped.append(f"heap triplets {f1(heap, cell[1], cell[0], mult)[0]:.4f}")
        print("  at (0.225, 0.85): " + ", ".join(shipped), flush=True)
    for n, w in TERM_RULES:
        rebuilt = {s: build_terms(p, n, w) for s, p in sets.items()}
        t = table(rebuilt)
        row(f"quoted shingles as terms, N={n}, x{w}", t)
        cell = (UNDATED, 0.225)
        shipped = [f"{s} {t[s, cell][0]:.4f}" for s in SETS]
        if heap is not None:
            shipped.append(f"heap triplets {f1(build_terms(heap, n, w), cell[1], cell[0])[0]:.4f}")
        print("  at (0.225, 0.85): " + ", ".join(shipped), flush=True)


if __name__ == "__main__":
    main()
