"""Copies among articles: exact duplicates, near-duplicates and rewritten copies, and their originals.

In:  kept Articles (dropped ones are ignored). Out: `duplicate_of_`, each copy's id mapped to the
id of its group's likely original, and `groups_`, each group of copies with its original first.

How, never comparing all pairs:
  1. exact: articles whose lower-cased word sequence is the same (case, punctuation and spacing
     do not count) are one group at once;
  2. candidates: one article per exact group goes into a MinHash LSH index (one-permutation
     MinHash with rotation densification, numpy) over content-word bigrams (English function
     words left out, so a changed "the" or "of" breaks nothing); articles sharing a band are
     candidates;
  3. each candidate pair is verified:
       a. near-duplicate: Jaccard of the two bigram sets >= NEAR_JACCARD, or containment of the
          smaller set in the larger >= NEAR_CONTAINMENT (truncated copies, added boilerplate);
       b. rewritten copy: else, when containment >= REWRITE_CONTAINMENT, sentence alignment: the share
          of the shorter article's sentences that have a close counterpart (content-word Jaccard
          >= SENTENCE_MATCH) in the other >= REWRITE_SHARE;
  4. verified pairs are joined into groups (a copy of a copy joins its original's group); the
     original is the earliest `published`, else the fullest text (most words), else the smallest id.

Known limit: LSH finds pairs by Jaccard, so an excerpt of a much longer article (containment high,
Jaccard < ~0.15, e.g. ECB+ 8_7ecb, the first two paragraphs of 8_5ecb) is a candidate only by chance;
an index of lede fingerprints would catch it.

The result does not depend on input order: everything runs in id order and hashes are fixed
(crc32 of tokens, splitmix64), never Python's salted `hash()`.
"""

from __future__ import annotations

import functools
import hashlib
import re
import zlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from newsprism.analyse.sentences import split_sentences
from newsprism.analyse.stopwords import ENGLISH_STOPWORDS
from newsprism.records import Article
from newsprism.workers import fork_map

__all__ = ["CopyDetector", "find_copies"]

# Thresholds were tuned on heaps that bench/make_corpus.py builds from ../shared/data (planted exact,
# near and rewritten copies) and checked against ../shared/data/clustering/{basil,allsides}, where
# different outlets' reports of the same event must not be copies; re-tune with bench/copies.py.
NEAR_JACCARD = 0.5  # planted near copies sit at >= 0.6, same-event reports of other outlets < 0.2
NEAR_CONTAINMENT = 0.8  # truncation keeps >= 60% of the text: containment ~1.0 whatever the cut
NEAR_MIN_SHINGLES = 4  # below this many bigrams containment is noise: the shorter needs Jaccard
REWRITE_CONTAINMENT = 0.55  # planted rewrites keep >= 0.6 of the shorter's bigrams (1st percentile),
# different outlets' reports of one event in basil and allsides <= 0.48; pairs below skip alignment
SENTENCE_MATCH = 0.5  # a synonym or two per sentence leaves Jaccard ~0.7; two outlets' own words < 0.4
SENTENCE_MIN_WORDS = 4  # shorter sentences ("Photo: Reuters") neither count nor match
REWRITE_SHARE = 0.6  # planted rewrites align >= 0.75 of their sentences; quotes shared by
# two outlets' reports of one event align < 0.3
REWRITE_MIN_SENTENCES = 2  # a one-sentence text can be an exact or near copy, never a "rewrite"

# LSH: NUM_BINS one-permutation MinHash values cut into bands of BAND_ROWS rows. A pair of bigram
# Jaccard J is a candidate with probability 1 - (1 - J**BAND_ROWS) ** (NUM_BINS / BAND_ROWS):
# 0.93 at J = 0.2, > 0.99 at J = 0.3; unrelated articles (J < 0.01) almost never.
NUM_BINS = 128
BAND_ROWS = 2
# a bucket with more members than this (a boilerplate bigram pair, a story syndicated fifty times)
# yields a star (its first member with each other) instead of all pairs: linear, not quadratic
MAX_BUCKET = 40
# candidates whose MinHash estimate falls this far below every verification threshold are not
# verified: the estimate's standard deviation with 128 values is <= 0.045 (sqrt(J(1-J)/128)), and
# containment estimates of small sets are noisier; 0.2 lost no planted copy on the 10k bench heap
ESTIMATE_MARGIN = 0.2
# Sets whose MinHash signatures are computed at a time (~10 MB of values and their bins): a bound
# on memory, not a tuning; the signatures are the same for any value.
SIG_ROWS = 4096
# Articles fingerprinted per worker task when `jobs` > 1: enough work per task (~0.5 s) that
# sending the shingles back (~4 KB an article) is a small part of it.
PRINT_CHUNK = 2048
# Pair codes (8 bytes each) held before they are merged into the distinct ones: a bound on memory
# (32 MB), not a tuning; the candidates are the same for any value.
CODE_BLOCK = 1 << 22

_TOKEN = re.compile(r"[^\W_]+")
# _TOKEN on an ASCII text (lower-cased): the same runs, found by str.translate (every ASCII
# character but a-z and 0-9 a space) and str.split, in C; a third of the regex's time
_ASCII_SPACES = str.maketrans({chr(c): " " for c in range(128) if not re.fullmatch("[a-z0-9]", chr(c))})
# Non-ASCII characters that news texts put between words (curly quotes, dashes, no-break space,
# ellipsis, currency, bullets, soft hyphen, zero-width space). _TOKEN matches none of them, so each
# ends a run as a space does: the lower-cased text with these as spaces has the same runs, and when
# nothing else is non-ASCII (98% of the bench heap's non-ASCII texts) the ASCII way finds them,
# 40% faster than the Unicode class. Kept to those _TOKEN leaves out, whatever the re tables say.
_SEPARATORS = tuple(
    c
    for c in "\u2019\u2018\u201c\u201d\u2014\u2013\u2015\xa0\u2026\xa3\u20ac\u2022\xad\xbb\xab\u200b"
    if not _TOKEN.match(c)
)
# English function words: left out of content bigrams (a farm rewrites them freely)
_STOPWORDS = ENGLISH_STOPWORDS | {"yourselves"}
_EMPTY = np.uint64((1 << 64) - 1)
_STOP_ID = 1 << 32


def _tokens(text: str) -> list[str]:
    """The lower-cased runs of letters and digits of `text`."""
    low = text.lower()
    if not low.isascii():
        for c in _SEPARATORS:
            if c in low:
                low = low.replace(c, " ")
        if not low.isascii():
            return _TOKEN.findall(low)
    return low.translate(_ASCII_SPACES).split()


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser over a uint64 array (wrapping arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


class _TokenIds(dict[str, int]):
    """Each token's id: its crc32, computed once; function words get _STOP_ID (above any crc32)."""

    def __init__(self) -> None:
        super().__init__(dict.fromkeys(_STOPWORDS, _STOP_ID))

    def __missing__(self, token: str) -> int:
        self[token] = found = zlib.crc32(token.encode())
        return found

    def content(self, words: Sequence[str]) -> np.ndarray:
        """The ids of `words` without the function words (uint64), looked up in C."""
        ids = np.fromiter(map(self.__getitem__, words), dtype=np.uint64, count=len(words))
        return ids[ids != _STOP_ID]


@dataclass(frozen=True, slots=True)
class _Prints:
    """What verification needs of one article."""

    exact: bytes  # digest of the lower-cased word sequence
    words: int  # how full the text is
    shingles: np.ndarray  # sorted unique content-bigram hashes (uint64)


def _fingerprint(text: str, token_ids: _TokenIds) -> _Prints:
    words = _tokens(text)
    exact = hashlib.blake2b(" ".join(words).encode(), digest_size=16).digest()
    ids = token_ids.content(words)
    # content-word bigrams; a text of one content word is its own shingle
    shingles = _mix((ids[:-1] << np.uint64(32)) | ids[1:]) if len(ids) >= 2 else _mix(ids)
    return _Prints(exact, len(words), np.unique(shingles))


class CopyDetector:
    """Find copies among articles and the original of each group (scikit-learn style).

    >>> det = CopyDetector().fit(articles)
    >>> det.duplicate_of_   # {copy id: original id}
    >>> det.groups_         # [[original id, copy id, ...], ...] sorted by original id
    >>> det.kinds_          # {copy id: "exact" | "near" | "rewritten" | "chained"}: how it relates to
    ...                     # its original ("chained": only through other copies of the group)
    """

    def __init__(
        self,
        *,
        near_jaccard: float = NEAR_JACCARD,
        near_containment: float = NEAR_CONTAINMENT,
        rewrite_containment: float = REWRITE_CONTAINMENT,
        rewrite_share: float = REWRITE_SHARE,
        sentence_match: float = SENTENCE_MATCH,
        num_bins: int = NUM_BINS,
        band_rows: int = BAND_ROWS,
        jobs: int = 1,
    ) -> None:
        self.near_jaccard = near_jaccard
        self.near_containment = near_containment
        self.rewrite_containment = rewrite_containment
        self.rewrite_share = rewrite_share
        self.sentence_match = sentence_match
        self.num_bins = num_bins
        self.band_rows = band_rows
        self.jobs = jobs  # worker processes for the fingerprints (the rest runs in this one)

    def fit(self, articles: Iterable[Article]) -> CopyDetector:
        if isinstance(articles, (Article, str)):
            raise TypeError(
                f"CopyDetector.fit expects an iterable of Articles, got a single {type(articles).__name__}: "
                "wrap it in a list"
            )
        if self.num_bins & (self.num_bins - 1) or not 0 < self.band_rows <= self.num_bins:
            raise ValueError(
                f"num_bins must be a power of two and band_rows in 1..num_bins, got {self.num_bins}, {self.band_rows}"
            )
        arts = sorted((a for a in articles if a.kept), key=lambda a: a.id)
        for a, b in zip(arts, arts[1:], strict=False):
            if a.id == b.id:
                raise ValueError(f"article id '{a.id}' occurs twice: copy detection needs unique ids")
        token_ids = _TokenIds()
        # a print depends on its own text only (token ids are crc32s, the same in every process)
        prints = list(
            fork_map(
                functools.partial(_fingerprint, token_ids=token_ids),
                [a.text for a in arts],
                self.jobs,
                PRINT_CHUNK,
            )
        )
        parent = list(range(len(arts)))

        def find(i: int) -> int:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i

        def union(i: int, j: int) -> None:
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)

        # 1. exact
        first: dict[bytes, int] = {}
        reps = []
        for i, p in enumerate(prints):
            if not p.words:
                continue  # no text, nothing to copy: two empty pages are not copies of each other
            if p.exact in first:
                union(first[p.exact], i)
            else:
                first[p.exact] = i
                reps.append(i)
        # 2-3. candidates from LSH, verified
        sentences: dict[int, list[frozenset[int]]] = {}
        for i, j in self._candidates(prints, reps):
            if self._verify(arts, prints, sentences, token_ids, i, j):
                union(i, j)
        # 4. groups and originals
        members: dict[int, list[int]] = {}
        for i in range(len(arts)):
            members.setdefault(find(i), []).append(i)
        groups: list[list[str]] = []
        duplicate_of: dict[str, str] = {}
        kind_of: dict[str, str] = {}
        for group in members.values():
            if len(group) < 2:
                continue
            original = min(group, key=lambda i: _original_key(arts[i], prints[i]))
            copies = sorted(i for i in group if i != original)
            groups.append([arts[original].id] + [arts[i].id for i in copies])
            for i in copies:
                duplicate_of[arts[i].id] = arts[original].id
                kind_of[arts[i].id] = self._kind(arts, prints, sentences, token_ids, i, original)
        groups.sort()
        self.duplicate_of_ = duplicate_of
        self.groups_ = groups
        self.kinds_ = kind_of
        self.n_candidates_ = self._n_candidates  # pairs sharing an LSH band
        self.n_verified_ = self._n_verified  # of which close enough by estimate to be verified
        return self

    # -- candidates ----------------------------------------------------------------------------
    def _signatures(self, shingle_sets: Sequence[np.ndarray]) -> np.ndarray:
        """One-permutation MinHash of each non-empty set, as rows: the top bits pick a bin, the
        rest compete for its minimum; empty bins borrow the next non-empty bin's value (rotation
        densification). SIG_ROWS sets at a time, each step over all of their values at once."""
        k = self.num_bins
        bits = np.uint64(64 - k.bit_length() + 1)
        sigs = np.full((len(shingle_sets), k), _EMPTY, dtype=np.uint64)
        column = np.arange(k)
        for first in range(0, len(shingle_sets), SIG_ROWS):
            block = shingle_sets[first : first + SIG_ROWS]
            values = np.concatenate(block)
            row = np.repeat(np.arange(len(block)), [len(x) for x in block])
            # each set is sorted, so by bin and then by the rest: a bin's minimum comes first
            cell = row * k + (values >> bits).astype(np.intp)
            lead = np.r_[True, cell[1:] != cell[:-1]]
            sig = sigs[first : first + len(block)]
            sig.flat[cell[lead]] = values[lead] & np.uint64((1 << int(bits)) - 1)
            # each bin's next non-empty bin at or after it, past the last one back to the first
            filled = sig != _EMPTY
            at = np.where(filled, column, 2 * k)
            ahead = np.minimum.accumulate(at[:, ::-1], axis=1)[:, ::-1]
            ahead = np.where(ahead == 2 * k, ahead[:, :1] + k, ahead)
            hole_row, hole = np.nonzero(~filled)
            src = ahead[hole_row, hole]
            dist = (src - hole).astype(np.uint64)
            sig[hole_row, hole] = _mix(sig[hole_row, src % k] + dist)
        return sigs

    def _candidates(self, prints: list[_Prints], reps: list[int]) -> list[tuple[int, int]]:
        """Pairs of articles (indices, smaller first) sharing an LSH band and close enough by
        their MinHash estimate to be worth verifying."""
        self._n_candidates = self._n_verified = 0
        reps = [i for i in reps if len(prints[i].shingles)]
        if len(reps) < 2:
            return []
        sigs = self._signatures([prints[i].shingles for i in reps])
        # each pair (a, b), a < b, as one code a * m + b; a band's codes are put aside and merged
        # into the distinct codes found so far once CODE_BLOCK of them wait (a pair shares many
        # bands with its copy, so the codes of all bands at once would be many times the pairs)
        m = np.int64(len(reps))
        codes = np.zeros(0, dtype=np.int64)
        waiting: list[np.ndarray] = []
        r = self.band_rows
        for start in range(0, self.num_bins - r + 1, r):
            key = sigs[:, start]
            for col in range(start + 1, start + r):
                key = _mix(key ^ sigs[:, col])
            waiting.append(_bucket_pairs(key, m))
            if sum(len(w) for w in waiting) > CODE_BLOCK:
                codes = _distinct(np.concatenate([codes, *waiting]))
                waiting = []
        codes = _distinct(np.concatenate([codes, *waiting]))
        del waiting
        self._n_candidates = len(codes)
        left, right = codes // m, codes % m
        # the share of equal MinHash values estimates Jaccard J; with the set sizes it gives the
        # containment J * (|A| + |B|) / ((1 + J) * min) that verification needs. Pairs far below
        # every verification threshold are dropped here (ESTIMATE_MARGIN covers the estimate's noise)
        sizes_ = np.array([len(prints[i].shingles) for i in reps], dtype=np.float64)
        keep = np.zeros(len(codes), dtype=bool)
        floor = min(self.rewrite_containment, self.near_containment) - ESTIMATE_MARGIN
        for lo in range(0, len(codes), 4096):
            a, b = left[lo : lo + 4096], right[lo : lo + 4096]
            jac = (sigs[a] == sigs[b]).mean(axis=1)
            contain = jac * (sizes_[a] + sizes_[b]) / ((1 + jac) * np.minimum(sizes_[a], sizes_[b]))
            keep[lo : lo + 4096] = (jac >= self.near_jaccard - ESTIMATE_MARGIN) | (contain >= floor)
        rep = np.asarray(reps, dtype=np.int64)
        self._n_verified = int(keep.sum())
        return list(zip(rep[left[keep]].tolist(), rep[right[keep]].tolist(), strict=True))

    def _kind(
        self,
        arts: list[Article],
        prints: list[_Prints],
        sentences: dict[int, list[frozenset[int]]],
        token_ids: _TokenIds,
        i: int,
        original: int,
    ) -> str:
        """How copy i relates to its original: exact, near, rewritten, or chained (through others)."""
        if prints[i].exact == prints[original].exact:
            return "exact"
        return self._verify(arts, prints, sentences, token_ids, i, original) or "chained"

    # -- verification --------------------------------------------------------------------------
    def _verify(
        self,
        arts: list[Article],
        prints: list[_Prints],
        sentences: dict[int, list[frozenset[int]]],
        token_ids: _TokenIds,
        i: int,
        j: int,
    ) -> str | None:
        a, b = prints[i].shingles, prints[j].shingles
        inter = len(np.intersect1d(a, b, assume_unique=True))
        small = min(len(a), len(b))
        jaccard = inter / (len(a) + len(b) - inter)
        if jaccard >= self.near_jaccard:
            return "near"
        containment = inter / small if small >= NEAR_MIN_SHINGLES else 0.0
        if containment >= self.near_containment:
            return "near"
        if containment < self.rewrite_containment:
            return None
        for k in (i, j):
            if k not in sentences:
                sentences[k] = self._sentence_sets(arts[k].text, token_ids)
        si, sj = sentences[i], sentences[j]
        short, other = (si, sj) if len(si) <= len(sj) else (sj, si)
        if len(short) < REWRITE_MIN_SENTENCES:
            return None
        matched = _aligned(short, other, self.sentence_match)
        return "rewritten" if matched >= self.rewrite_share * len(short) else None

    def _sentence_sets(self, text: str, token_ids: _TokenIds) -> list[frozenset[int]]:
        out = []
        for s in split_sentences(text):
            ids = token_ids.content(_tokens(s.text))
            if len(ids) >= SENTENCE_MIN_WORDS:
                out.append(frozenset(ids.tolist()))
        return out


def _distinct(values: np.ndarray) -> np.ndarray:
    """The distinct values of `values`, sorted (np.unique's result): the array is sorted in place
    and the first of each run kept. numpy 2's np.unique hashes first, ~100x slower on millions of
    distinct int64 (2M values: 1.6 s against 0.013 s), which was most of the candidates' time."""
    values.sort()
    return values[np.r_[True, values[1:] != values[:-1]]] if len(values) else values


def _bucket_pairs(key: np.ndarray, m: np.int64) -> np.ndarray:
    """Codes a * m + b (a < b) of the pairs of rows with the same band `key`: every pair of a
    bucket of up to MAX_BUCKET rows, a star from its first row in a larger one."""
    # the rows of a bucket are sorted below, so their order here does not matter: numpy's default
    # argsort (vectorised where the CPU allows) takes a fifth of the stable one's time
    order = np.argsort(key)
    ks = key[order]
    bounds = np.concatenate(([0], np.flatnonzero(ks[1:] != ks[:-1]) + 1, [len(ks)]))
    sizes = np.diff(bounds)
    codes = []
    for size in np.unique(sizes[sizes > 1]).tolist():
        # the buckets of this size as rows of a matrix, each row in ascending order
        first = bounds[:-1][sizes == size]
        runs = np.sort(order[first[:, None] + np.arange(size)], axis=1)
        if size > MAX_BUCKET:
            a, b = np.zeros(size - 1, dtype=np.intp), np.arange(1, size)
        else:
            a, b = np.triu_indices(size, 1)
        codes.append((runs[:, a] * m + runs[:, b]).ravel())
    return np.concatenate(codes) if codes else np.zeros(0, dtype=np.int64)


def _aligned(short: list[frozenset[int]], other: list[frozenset[int]], threshold: float) -> int:
    """How many sentences of `short` have a counterpart in `other` with Jaccard >= threshold."""
    index: dict[int, list[int]] = {}
    for k, s in enumerate(other):
        for t in s:
            index.setdefault(t, []).append(k)
    matched = 0
    for s in short:
        overlap = Counter(k for t in s for k in index.get(t, ()))
        for k, inter in overlap.items():
            if inter / (len(s) + len(other[k]) - inter) >= threshold:
                matched += 1
                break
    return matched


def _original_key(article: Article, prints: _Prints) -> tuple[bool, str, int, str]:
    """Earliest date first (undated last), then the fullest text, then the smallest id."""
    return (article.published is None, article.published or "", -prints.words, article.id)


def find_copies(articles: Iterable[Article], **params: Any) -> dict[str, str]:
    """Each copy's id mapped to its original's id (see CopyDetector for the parameters)."""
    return CopyDetector(**params).fit(articles).duplicate_of_
