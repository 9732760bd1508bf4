"""Support: the candidates of an event and every article's sentences in; per candidate, the
articles that say what it says out (_supporters): its source, and every article with a sentence
holding at least SUPPORT_OVERLAP of the candidate's content words.

BLOCK_CELLS bounds the memory of the sparse products here and in quality._cosines and
ranking._summaries_features.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from .candidates import _Candidate
from .words import _reading

# Tuned on NeuS dev groups 300-1299 (`bench/summaries.py --start 300 --limit 1000`); it moved
# ROUGE by less than 0.003 within the ranges tried, so it is set by reason first.
SUPPORT_OVERLAP = 0.5  # share of a sentence's content words another article's sentence must hold

# Candidates x sentences up to which _supporters compares the pairs in Python rather than by a sparse
# product (the same sets either way; the matrices cost ~0.5 ms to build, a pair ~0.2 us)
SMALL_PRODUCT = 3000

# Cells of one block of the dense-in-the-worst-case products, computed a block of rows at a time:
# _supporters' candidates x sentences below, ranking._summaries_features' (summaries' grams) x
# (articles holding them), counted by references._clipped_sums, and quality._cosines' articles x
# articles. A group of 1,000 articles that share their sentences peaked at 5 GB, one of 3,000 went
# past 24 GB, all in the first two
BLOCK_CELLS = 2_000_000


def _supporters(candidates: Sequence[_Candidate], split: Sequence[Sequence[str]]) -> list[set[int]]:
    """Per candidate, the articles that say what it says: its source, and every article with a
    sentence holding at least SUPPORT_OVERLAP of the candidate's content words. The shared words
    of every candidate and every sentence are counted in one sparse product."""
    found = [{c.article} for c in candidates]
    if len(split) < 2 or not candidates:
        return found  # one article supports only its own sentences
    if len(candidates) * sum(map(len, split)) <= SMALL_PRODUCT:
        # a small event: the pairs compared one by one cost less than building the matrices
        readings = [[_reading(sentence)[0] for sentence in sentences] for sentences in split]
        for c, supporters in zip(candidates, found, strict=True):
            terms, need = c.terms, SUPPORT_OVERLAP * len(c.terms)
            if terms:
                supporters.update(
                    j
                    for j, sentences in enumerate(readings)
                    if j != c.article and any(len(terms & s) >= need for s in sentences)
                )
        return found
    vocabulary: dict[str, int] = {}
    sentence_rows: list[list[int]] = []
    article_of: list[int] = []
    for j, sentences in enumerate(split):
        for sentence in sentences:
            terms = _reading(sentence)[0]  # read already when the sentence is a candidate as it is
            sentence_rows.append([vocabulary.setdefault(t, len(vocabulary)) for t in terms])
            article_of.append(j)
    # candidates of the same words (a sentence that every copy of a wire story repeats) have the same
    # supporters: each set of words is matched once, and its set shared
    same_terms: dict[frozenset[str], list[int]] = {}
    for i, c in enumerate(candidates):
        same_terms.setdefault(c.terms, []).append(i)
    term_sets = list(same_terms)
    candidate_rows = [[vocabulary[t] for t in terms if t in vocabulary] for terms in term_sets]
    sentence_matrix = _binary(sentence_rows, len(vocabulary)).T.tocsr()
    sizes = np.array([len(terms) for terms in term_sets])
    matched: list[set[int]] = [set() for _ in term_sets]
    step = max(BLOCK_CELLS // max(len(sentence_rows), 1), 1)
    for start in range(0, len(term_sets), step):
        shared = (_binary(candidate_rows[start : start + step], len(vocabulary)) @ sentence_matrix).tocsr()
        rows = start + np.repeat(np.arange(shared.shape[0]), np.diff(shared.indptr))
        # len(shared words) >= SUPPORT_OVERLAP * len(terms), in the integers: no rounding
        held = shared.data >= SUPPORT_OVERLAP * sizes[rows]
        for u, j in zip(
            rows[held].tolist(), np.asarray(article_of)[shared.indices[held]].tolist(), strict=True
        ):
            matched[u].add(j)
    for supporters, members in zip(matched, same_terms.values(), strict=True):
        for i in members:
            article = candidates[i].article
            found[i] = supporters if article in supporters else supporters | {article}
    return found


def _binary(rows: Sequence[Sequence[int]], columns: int) -> sparse.csr_matrix:
    """A 0/1 matrix with a 1 in each row at the given columns (each column at most once a row)."""
    indptr = np.cumsum([0, *map(len, rows)])
    indices = np.fromiter((k for row in rows for k in row), dtype=np.int64, count=int(indptr[-1]))
    return sparse.csr_matrix(
        (np.ones(len(indices), dtype=np.int64), indices, indptr), shape=(len(rows), columns)
    )
