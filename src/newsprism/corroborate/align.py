"""Alignment (steps 3, 4 and 6 of corroborate): which statements of an event say the same thing.

In:  the event's statements (statements.py). Out: _similarities(): their TF-IDF cosines (IDF of
the event's own statements) and the content words two statements share; _PlainWords: their words
outside names; _sources(): the outlet each article counts for (a copy counts as its original);
_clearest(): the clearest wording of a group. ALIGN_COSINE, MIN_SHARED, SURE_COSINE and
MIN_PLAIN_SHARED are the alignment's thresholds.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence

import numpy as np
from scipy import sparse

from newsprism.records import Article

from .statements import _Statement
from .values import _PRONOUN_START

ALIGN_COSINE = 0.28  # TF-IDF cosine of two statements saying the same thing in two outlets' words
# (seed pairs 0.29-0.8); two sentences of one event about different things sit mostly below 0.25
MIN_SHARED = 3  # content words two aligned statements must share: one or two shared names is a topic
SURE_COSINE = 0.5  # two statements this alike say one thing; below, they must share MIN_PLAIN_SHARED
MIN_PLAIN_SHARED = 2  # content words outside names: the event's names alone are its topic, no fact
DENSE_CELLS = 40_000  # statements x statements x words: under this (320 kB of products), an event's
# similarities are summed as dense arrays, faster than scipy's sparse products and their checks
# Up to this many statements, a group's cosines are read one pair at a time (numpy's indexing costs
# more than the few pairs of a claim of a handful of outlets); above, all at once
SMALL_GROUP = 12


def _sources(articles: Sequence[Article], duplicate_of: Mapping[str, str]) -> dict[str, str]:
    """Each article's independent source: its original's outlet (a copy counts as its original), or
    the original's id when the outlet is unknown."""
    by_id = {a.id: a for a in articles}
    sources = {}
    for article in articles:
        root = _root(article.id, duplicate_of)
        original = by_id.get(root)
        sources[article.id] = (original.outlet if original and original.outlet else None) or root
        if root == article.id and article.outlet:
            sources[article.id] = article.outlet
    return sources


def _root(article_id: str, duplicate_of: Mapping[str, str]) -> str:
    """The end of an article's duplicate_of chain (itself for an original; a loop ends it)."""
    root, seen = article_id, {article_id}
    while root in duplicate_of and duplicate_of[root] not in seen:
        root = duplicate_of[root]
        seen.add(root)
    return root


def _originals(articles: Sequence[Article], duplicate_of: Mapping[str, str]) -> dict[str, str]:
    """Each copy's original (the end of its duplicate_of chain); an original is left out."""
    return {a.id: root for a in articles if (root := _root(a.id, duplicate_of)) != a.id}


# the number of content words two statements share, for pairs of them (rows, columns)
_Shared = Callable[[np.ndarray, np.ndarray], np.ndarray]


def _similarities(statements: Sequence[_Statement]) -> tuple[np.ndarray, _Shared]:
    """TF-IDF cosine for every pair of statements (dense: one event holds a few thousand statements at
    most), and the number of content words two statements share, counted for the pairs asked (only
    those of a high cosine are: a large event's n x n counts cost more than all of them).

    The sparse matrices are laid out by hand, in the order scipy's own construction, row sums and
    products would leave them in: every sum is then taken in the same order, so the cosines are the
    same to the last bit (ties between claims are decided on them, and re-rounded sums would decide
    them differently from one version to the next)."""
    # each statement's words in text order, numbered as the event meets them: the same sums every run
    words = [s.words for s in statements]
    vocabulary = dict(zip(dict.fromkeys(itertools.chain.from_iterable(words)), itertools.count()))
    cols = np.array(list(map(vocabulary.__getitem__, itertools.chain.from_iterable(words))))
    n, n_words = len(statements), len(vocabulary)
    rows = np.repeat(np.arange(n), list(map(len, words)))
    boost = np.array(list(itertools.chain.from_iterable(s.weights for s in statements)))
    df = np.bincount(cols, minlength=n_words)
    idf = np.log((1 + n) / (1 + df)) + 1
    # entries by statement, then word: each statement's norm is summed over its words in this order
    order = np.lexsort((cols, rows))
    row, col = rows[order], cols[order]
    weight = (boost * idf[cols])[order]
    indptr = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(np.bincount(row, minlength=n), out=indptr[1:])
    norms = np.sqrt(np.add.reduceat(weight * weight, indptr[:-1]))
    weight = np.repeat(1 / np.maximum(norms, 1e-12), np.diff(indptr)) * weight
    if n * n * n_words <= DENSE_CELLS:
        return _dense_products(n, n_words, row, col, weight)
    # a pair's cosine is summed over its shared words from the one the event met last back to the
    # first; the transposed matrix holds each word's statements in order
    backwards = np.lexsort((-col, row))
    by_word = np.lexsort((row, col))
    word_indptr = np.zeros(n_words + 1, dtype=np.int64)
    np.cumsum(df, out=word_indptr[1:])
    vectors = sparse.csr_matrix((weight[backwards], col[backwards], indptr), shape=(n, n_words))
    transposed = sparse.csr_matrix((weight[by_word], row[by_word], word_indptr), shape=(n_words, n))
    cosine = (vectors @ transposed).toarray()
    binary = sparse.csr_matrix((np.ones(len(row)), col, indptr), shape=(n, n_words))

    def shared(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        # whole counts: a sum of ones, exact in any order
        return np.asarray(binary[rows].multiply(binary[cols]).sum(axis=1)).ravel()

    return cosine, shared


def _dense_products(
    n: int, n_words: int, row: np.ndarray, col: np.ndarray, weight: np.ndarray
) -> tuple[np.ndarray, _Shared]:
    """_similarities' two products for a small event, without scipy's per-matrix checks: each pair's
    cosine is the running sum of its words' products from the last word back to the first (zero for
    a word one of them lacks, which leaves the sum as it is), so the same sums in the same order."""
    vectors = np.zeros((n, n_words))
    vectors[row, col] = weight
    backwards = vectors[:, ::-1]
    cosine = np.cumsum(backwards[:, None, :] * backwards[None, :, :], axis=2)[:, :, -1]
    present = (vectors > 0).astype(float)  # whole counts: a matrix product sums them exactly
    shared = present @ present.T
    return cosine, lambda rows, cols: shared[rows, cols]


class _PlainWords(dict[int, frozenset[str]]):
    """Each statement's content words outside its names, read when first asked for."""

    def __init__(self, statements: Sequence[_Statement]) -> None:
        super().__init__()
        self.statements = statements

    def __missing__(self, i: int) -> frozenset[str]:
        s = self.statements[i]
        self[i] = words = frozenset(w for w, weight in zip(s.words, s.weights, strict=True) if weight == 1.0)
        return words

    def shared(self, i: int, j: int) -> int:
        return len(self[i] & self[j])


def _clearest(members: Sequence[int], statements: Sequence[_Statement], cosine: np.ndarray) -> int:
    """The member most like the others, without a leading pronoun or quote, of a readable length."""
    if len(members) == 1:
        return members[0]
    # each member's mean cosine to the others, the others summed in order (left to right, as
    # Python's sum: its own cosine adds 0.0, which changes no sum of these non-negative cosines),
    # for the whole group at once: a claim of thousands of statements is read in C, not pair by pair
    # (a group of a handful of outlets pair by pair: numpy's indexing costs more than its few pairs)
    if len(members) <= SMALL_GROUP:
        likeness = {i: sum(cosine[i, j] for j in members if j != i) / (len(members) - 1) for i in members}
    else:
        among = cosine[np.ix_(members, members)]
        np.fill_diagonal(among, 0.0)
        means = np.cumsum(among, axis=1)[:, -1] / (len(members) - 1)
        likeness = dict(zip(members, means.tolist(), strict=True))

    def score(i: int) -> float:
        s = statements[i]
        n = len(s.text.split())
        return (
            likeness[i]
            - 0.2 * bool(_PRONOUN_START.match(s.text))
            - 0.1 * (n > 35 or n < 8)  # readable: one line, a full clause
            - 1.0 * s.cut  # a whole wording wherever there is one
        )

    return max(members, key=lambda i: (score(i), -i))
