"""Step 4, the summary chosen: an event and each candidate's quality in; the candidate summary
(selection._pool) that a listwise model (SUMMARY_WEIGHTS over SUMMARY_FEATURES) scores best out,
by _best_summary, in reading order.

A candidate summary's features (summary_features): its opening sentence's, its length against the
budget and the articles' length, its mean quality, its coverage of the event's concepts, and how
much of every article's own wording it holds (references._clipped_sums), the articles serving as
references for each other.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, repeat
from operator import mul
from typing import TYPE_CHECKING

import numpy as np

from .quality import FEATURES
from .references import _clipped_sums
from .selection import _pool, _within_budget
from .support import BLOCK_CELLS

if TYPE_CHECKING:
    from .event import _Event


# Fitted by `bench/summaries.py --fit-summaries --start 1300 --limit 0` with quality.QUALITY_WEIGHTS
# (listwise: the softmax of the scores over each group's candidate summaries, `_pool`, against the
# softmax of their ROUGE-1 + ROUGE-2 + ROUGE-L F1), in SUMMARY_FEATURES order, per unit of each.
SUMMARY_WEIGHTS = (
    -0.003088,  # opening_lead
    0.02253,  # opening_centrality
    -0.009213,  # opening_shared_terms
    0.0198,  # opening_title_terms
    -0.003366,  # opening_support
    0,  # opening_claim (NeuS has no claims; a claim counts through the quality features)
    -0.001089,  # opening_quote
    -0.006143,  # opening_pronoun_start
    -0.002697,  # opening_first_person
    0.005521,  # opening_length
    0.002084,  # opening_weekday
    -0.0006095,  # opening_number
    -0.002587,  # opening_second
    -0.002623,  # opening_opinion
    -0.0008963,  # opening_attribution
    0.02467,  # opening_function_words
    0.01259,  # opening_names
    0.001234,  # opening_quality
    -0.002904,  # sentences
    -0.1236,  # length
    0.0705,  # length_input
    0.08519,  # mean_quality
    0.1122,  # coverage
    -0.01952,  # outlets
    0.237,  # recall_1
    -0.1112,  # recall_2
    -0.007989,  # precision_1_others
    0.06199,  # precision_2_others
    0.01242,  # recall_1_others
    -0.03132,  # recall_2_others
)
# How long the articles are tells how long their summary should be (NeuS dev: references of groups
# under 150 input words average 38 words, over 150 75): "length_input" lets the ranker stop short of
# the budget on short articles. Past three budgets an article's length says no more (a cap of 3
# and of 6 made the same choices on groups 300-1299).
INPUT_CAP = 3.0
# NeuS has no claims, so this is set by reason: a summary made of corroborated claims outscores
# another by about twice the median spread of the fitted scores over a group's candidate summaries
# (0.045 on NeuS dev groups 300-499), so a corroborated statement is told when one is at hand.
CLAIM_WEIGHT = 0.1


def _best_summary(event: _Event, quality: Sequence[float], words: int) -> list[int]:
    """The candidate summary (`_pool`) that SUMMARY_WEIGHTS score best, plus CLAIM_WEIGHT times the
    share of its words stating a corroborated claim; in reading order; within the budget where an
    article's lead fits it (_within_budget)."""
    pool = _pool(event, quality, words)
    if len(pool) <= 1:
        return _within_budget(event, quality, words, pool) if pool else []  # nothing to rank
    claim = FEATURES.index("claim")

    def score(chosen: Sequence[int], values: Sequence[float]) -> float:
        fitted = sum(map(mul, SUMMARY_WEIGHTS, values))  # sum(w * v for ...): the same float operations in C
        stated = sum(event.candidates[k].n_words * event.features[k][claim] for k in chosen)
        return fitted + CLAIM_WEIGHT * stated / max(sum(event.candidates[k].n_words for k in chosen), 1)

    scores = list(map(score, pool, _summaries_features(event, quality, pool, words)))
    # the first best, as max(pool) gives; where it runs past the budget, the best that fits
    ranked = sorted(range(len(pool)), key=lambda i: -scores[i])  # stable: the first of equals first
    return _within_budget(event, quality, words, [pool[i] for i in ranked])


SUMMARY_FEATURES = (
    *(f"opening_{name}" for name in FEATURES[1:]),  # the opening sentence's features
    "opening_quality",  # its quality (QUALITY_WEIGHTS)
    "sentences",  # number of sentences
    "length",  # words / the budget
    "length_input",  # the same times the articles' mean length / the budget (up to INPUT_CAP)
    "mean_quality",  # quality of the sentences, weighed by their words
    "coverage",  # share of the event's concept weight covered
    "outlets",  # share of the independent articles quoted
    "recall_1",  # mean share of each article's words (stopwords too) the summary holds
    "recall_2",  # the same for word pairs
    "precision_1_others",  # mean share of the summary's words found in each article it does not quote
    "precision_2_others",  # the same for word pairs
    "recall_1_others",  # mean share of the words of each article it does not quote it holds
    "recall_2_others",  # the same for word pairs
)


def summary_features(
    event: _Event, quality: Sequence[float], chosen: Sequence[int], words: int
) -> tuple[float, ...]:
    """The features of one candidate summary (sentences in reading order), in SUMMARY_FEATURES
    order. The articles serve as references: a summary that holds much of every article's wording
    (in the manner of ROUGE against each of them) reads as the common account."""
    return _summaries_features(event, quality, [chosen], words)[0]


def _summaries_features(
    event: _Event, quality: Sequence[float], pool: Sequence[Sequence[int]], words: int
) -> list[tuple[float, ...]]:
    """summary_features of each candidate summary of `pool`, their grams matched against the source
    articles' all at once (_clipped_sums), a block of summaries at a time."""
    candidates = event.candidates
    articles = len(event.stems)
    position = {i: j for j, i in enumerate(event.stems)}  # source article -> its column
    # each article's words and pairs, at least 1 each
    sizes = np.array([(max(len(stems), 1), max(len(stems) - 1, 1)) for stems in event.stems.values()])
    sizes = sizes.reshape(articles, 2).astype(np.float64)
    rows = []
    # a block of summaries costs (their words and pairs) x (articles holding each) in _clipped_sums
    grams = 2 * sum(len(candidates[k].stems) for chosen in pool for k in chosen)
    step = max(BLOCK_CELLS * len(pool) // max(grams * articles, 1), 1)
    for first in range(0, len(pool), step):
        block = pool[first : first + step]
        # per summary, its words and pairs: those of " ".join(its texts) (no word runs across the
        # space that joins two sentences), at least 1 each
        n_stems = np.array([sum(len(candidates[k].stems) for k in chosen) for chosen in block])
        own = np.maximum(np.stack((n_stems, n_stems - 1), axis=1), 1).astype(np.float64)[:, None, :]
        # whole numbers (exact in float64) over each article's words and pairs, then over the
        # summary's: per summary and article, (recall_1, recall_2, precision_1, precision_2)
        clipped = _clipped_sums(event, block).astype(np.float64)
        shares = np.concatenate((clipped / sizes, clipped / own), axis=2)
        # the articles each summary does not quote (all of them where it quotes every one)
        others = np.ones((len(block), articles), dtype=bool)
        quoted = [[position[a] for a in {candidates[k].article for k in chosen}] for chosen in block]
        others[
            np.repeat(np.arange(len(block)), list(map(len, quoted))), list(chain.from_iterable(quoted))
        ] = False
        others[~others.any(axis=1)] = True
        # means as _mean takes them: summed left to right (cumsum, as Python 3.11's sum; an article
        # left out adds 0.0, which changes no sum), over their number
        if articles:
            every = (np.cumsum(shares[:, :, :2], axis=1)[:, -1] / articles).tolist()
            totals = np.cumsum(np.where(others[:, :, None], shares, 0.0), axis=1)[:, -1]
            rest = (totals / others.sum(axis=1)[:, None]).tolist()
        else:
            every, rest = [[0.0] * 2] * len(block), [[0.0] * 4] * len(block)
        for chosen, (recall_1, recall_2), (recall_1_others, recall_2_others, precision_1, precision_2) in zip(
            block, every, rest, strict=True
        ):
            sentences = [candidates[k] for k in chosen]
            n_words = max(sum(c.n_words for c in sentences), 1)
            covered = frozenset().union(*(c.concepts for c in sentences))
            rows.append(
                (
                    *event.features[chosen[0]][1:],
                    quality[chosen[0]],
                    len(chosen),
                    n_words / words,
                    n_words / words * min(event.input_words / words, INPUT_CAP),
                    sum(quality[k] * candidates[k].n_words for k in chosen) / n_words,
                    sum(map(event.weights.get, covered, repeat(0.0))) / event.weight,
                    len({c.article for c in sentences}) / max(articles, 1),
                    recall_1,
                    recall_2,
                    precision_1,
                    precision_2,
                    recall_1_others,
                    recall_2_others,
                )
            )
    return rows
