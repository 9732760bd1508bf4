"""The source articles as the references of a candidate summary: an event's articles' stems in
(_References, each word and word pair of each article counted once); per candidate summary and
article, how many of the summary's words and word pairs the article holds, each at most as often as
there (ROUGE's clipped counts), out (_clipped_sums).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .event import _Event


@dataclass(frozen=True, slots=True)
class _References:
    """The word and word-pair counts of an event's source articles, the references every candidate
    summary is matched against: each gram of each article once, in one sorted array."""

    vocabulary: dict[str, int]  # stem -> id; every stem no article uses reads as `size - 1`
    # ids; a word's gram code is its id, a pair's size + first * size + second (below size**2 + size:
    # the int64 keys hold 10**7 distinct stems and 10**4 articles or summaries, far past any event)
    size: int
    keys: np.ndarray  # gram code * articles + the article's position, sorted
    counts: np.ndarray  # per key: how often the article holds the gram
    articles: int

    @classmethod
    def of(cls, texts: Sequence[Sequence[str]]) -> _References:
        """The references of the articles whose stems are `texts`."""
        words = dict.fromkeys(chain.from_iterable(texts))
        vocabulary = dict(zip(words, range(len(words)), strict=True))
        size = len(vocabulary) + 1
        ids = np.fromiter(map(vocabulary.__getitem__, chain.from_iterable(texts)), dtype=np.int64)
        owner, codes = _gram_codes(ids, list(map(len, texts)), size)
        keys, counts = np.unique(codes * len(texts) + owner, return_counts=True)
        return cls(vocabulary, size, keys, counts, len(texts))


def _gram_codes(ids: np.ndarray, lengths: Sequence[int], size: int) -> tuple[np.ndarray, np.ndarray]:
    """The grams of texts whose word ids (below `size`) are `ids`, the texts' one after the other,
    `lengths` long: each word's and each pair's (in one text) text position and gram code."""
    owner = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    same = owner[1:] == owner[:-1]
    pairs = (size + ids[:-1] * size + ids[1:])[same]
    return np.concatenate((owner, owner[1:][same])), np.concatenate((ids, pairs))


def _clipped_sums(event: _Event, pool: Sequence[Sequence[int]]) -> np.ndarray:
    """Per candidate summary of `pool`, per source article: how many of the summary's words and of
    its word pairs the article holds, each at most as often as there (ROUGE's clipped counts), as
    an array summaries x articles x (words, pairs). A summary's words are its sentences' stems, one
    after the other: its pairs run across two sentences too."""
    refs = event.reference()
    for k in {k for chosen in pool for k in chosen} - event.ids.keys():
        event.ids[k] = list(map(refs.vocabulary.get, event.candidates[k].stems, repeat(refs.size - 1)))
    texts = [list(chain.from_iterable(map(event.ids.__getitem__, chosen))) for chosen in pool]
    ids = np.fromiter(chain.from_iterable(texts), dtype=np.int64)
    owner, codes = _gram_codes(ids, list(map(len, texts)), refs.size)
    span = refs.size * refs.size + refs.size  # every gram code is below
    grams, uses = np.unique(owner * span + codes, return_counts=True)
    summary, codes = np.divmod(grams, span)
    # the references' keys of each gram: codes * articles and up, below (codes + 1) * articles
    low = np.searchsorted(refs.keys, codes * refs.articles)
    found = np.searchsorted(refs.keys, (codes + 1) * refs.articles) - low
    # each (gram of a summary, article holding it) pair, one after the other
    at = np.repeat(low - np.cumsum(found) + found, found) + np.arange(int(found.sum()))
    held = np.minimum(refs.counts[at], np.repeat(uses, found))
    article = refs.keys[at] % refs.articles
    slot = (np.repeat(summary, found) * refs.articles + article) * 2 + (np.repeat(codes, found) >= refs.size)
    sums = np.bincount(slot, weights=held, minlength=len(pool) * refs.articles * 2)
    # whole numbers, summed exactly in float64
    return sums.astype(np.int64).reshape(len(pool), refs.articles, 2)
