"""Events: articles about one real-world happening in one span of time.

    EventClusterer(...).fit(articles) -> self, with labels_ (event index per article), events_
    cluster_events(articles, ...)     -> list[EventCluster]

Steps:
  1. features: TF-IDF vectors of words and names of title and body, fitted on these articles
     (features.py), and each article's day (published, URL date, body date line) when known;
  2. candidates: articles sharing one of their TOP_TERMS highest-weighted terms, from an inverted
     index; a term held by more than MAX_POSTING articles pairs each only with its POSTING_WINDOW
     nearest neighbours in time, so no step compares all pairs;
  3. similarity: cosine of the vectors times a time factor that is 1 within SAME_SPAN_DAYS and
     decays beyond (0 past MAX_GAP_DAYS); a pair with an undated article gets UNDATED_FACTOR, the
     factor of a gap that is unknown rather than known to be small;
  4. average-link clustering over the candidate edges, stopping at EVENT_THRESHOLD, never
     letting an event's dated articles span more than EVENT_MAX_SPAN_DAYS, and never joining a
     group of undated reports to a dated cluster of another year by the years the group names
     (linkage.YEAR_GUARD_NAMED), nor two groups of quake reports whose magnitudes never agree
     (magnitudes.py); an undated article in a cluster with dated members takes that cluster's
     days: between two such clusters its edges count with their days' time factor instead of
     UNDATED_FACTOR (linkage.UNDATED_TIME);
  5. an article left alone joins the event its edges are strongest to on average, when that mean
     passes LONER_THRESHOLD (attach.py: average link is hardest on an article alone), under the
     same span rule and year guard as step 4.

Articles are put in id order first, and event ids are a hash of their sorted member ids, so the
same articles give the same events whatever the input order.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np

from newsprism.cluster.attach import attach_loners
from newsprism.cluster.features import (
    ArticleTerms,
    ChunkTerms,
    TermVectors,
    TermWeights,
    article_terms,
    chunk_terms,
    row_dots,
)
from newsprism.cluster.linkage import average_link, calendar_years
from newsprism.cluster.magnitudes import lead_magnitudes
from newsprism.cluster.timing import article_time, lead_weekday
from newsprism.records import Article
from newsprism.workers import fork_map

__all__ = ["EventCluster", "EventClusterer", "cluster_events", "candidate_pairs", "pair_similarity"]

# Average-link stopping threshold on the time-weighted cosine. Chosen jointly with UNDATED_FACTOR
# on a 0.20-0.30 x 0.80-1.00 grid with bench/clustering.py: leave-one-set-out over ecbplus, basil
# and allsides picks (0.225, 0.85) whichever set is held out.
EVENT_THRESHOLD = 0.225
# An event's dated articles lie within this many days of each other; an undated article takes the
# span of the cluster it joins, so it cannot bridge two dated happenings a week apart.
# 4-30 days score within 0.005 on the dev sets (bench/clustering.py).
EVENT_MAX_SPAN_DAYS = 7
# Candidate generation: each article's highest-weighted terms go into the inverted index.
TOP_TERMS = 20
# A term held by more articles than this no longer pairs all its holders ...
MAX_POSTING = 200
# ... only each with this many neighbours on either side in time order.
POSTING_WINDOW = 30
# Only pairs that share at least this many top terms are candidates.
MIN_SHARED = 1
# Articles whose terms a worker counts per task with jobs > 1 (~0.2 s of work); they come back as
# one ChunkTerms (each distinct term of the chunk once, the articles' terms as numbers).
TERMS_CHUNK = 1024
# Candidate pairs are scored this many at a time (bounds the temporaries).
SIM_CHUNK = 1 << 20
# Candidate pairs are written, sorted and counted about this many at a time (32 MB of keys): a
# bound on memory, not a tuning; the pairs are the same for any value.
PAIR_BLOCK = 1 << 22
# Articles dated this close are in the same span of time (an event's coverage runs a few days).
SAME_SPAN_DAYS = 3
# Beyond the span the similarity decays with this scale (days) ...
DECAY_DAYS = 7.0
# ... and past this gap two dated articles are never one event.
MAX_GAP_DAYS = 60
# Weak time evidence (timing.py: the latest year an undated article names) covers that year and
# the next; an article whose weak span misses the other's date or weak span has its similarity
# multiplied by WEAK_FACTOR. Measured with bench/clustering.py: 0.5 costs ECB+ 0.019 and allsides
# 0.008 (0.2: 0.038 / 0.008), because the ECB+ "ecb" half names past years (a boxer's record, an
# earlier rehab stay) more often than its own; so it is off (1.0) until the evidence is better.
WEAK_YEARS_DAYS = 730.0
WEAK_FACTOR = 1.0
# A pair with an undated article has its similarity multiplied by this: its time factor is not
# known to be 1, only assumed, so it is given roughly the expected factor of an unknown gap rather
# than the best case (equivalently, such a pair must pass EVENT_THRESHOLD / 0.85 = 0.265). ECB+
# tells the two same-type events of a topic apart mostly by date, and its older half is undated;
# AllSides excerpts are half undated. Chosen with EVENT_THRESHOLD (above); leave-one-set-out F1
# ecbplus 0.872 -> 0.878, basil 1.000 -> 1.000, allsides 0.830 -> 0.835 (bench/README.md).
UNDATED_FACTOR = 0.85
# An article average link left alone joins the cluster whose edges to it have a mean above this
# (attach.py). bench/clustering.py, 0.10-0.225: ECB+ 0.878 -> 0.903-0.905 (its 24 lone articles
# are mostly reports of a big event), allsides 0.835 -> 0.835-0.837, mixed-dev 0.866 -> 0.873-0.876,
# basil 1.000 throughout; leave-one-set-out picks 0.10 or 0.14 and loses nothing held out; 0.16,
# the higher end of the flat part, attaches the fewest articles (real heaps have lone articles).
LONER_THRESHOLD = 0.16
# The weekday a lead names as its happening's day (timing.lead_weekday) is a day the text itself
# gives where the publication day is unknown. So in a pair with an undated article, when both
# leads name one, the pair's factor is x WEEKDAY_APART_FACTOR if the two weekdays lie
# WEEKDAY_GAP_DAYS or more apart around the week (two steps of one story: a law blocked on
# Wednesday, kept on Friday), x WEEKDAY_SAME_FACTOR if they are the same day. One day apart
# stays 1: the next day's follow-up of one happening ("shot Friday", "coping Saturday"). Two dated
# articles already have their days' gap. Pair-level evidence (bench/event_days.py --evidence,
# candidate pairs of similarity 0.225-0.4, one gold event when the weekdays are the same / differ /
# either names none): AllSides 54% / 12% / 35%, ECB+ 90% / 65% / 77%. bench/clustering.py:
# event B3 ecbplus 0.906 -> 0.907, basil 1.000, allsides 0.842 -> 0.853, mixed-dev 0.878 -> 0.880;
# joint leave-one-set-out 0.771 / 1.000 / 0.842 -> 0.774 / 1.000 / 0.853. Mild on purpose: ECB+'s
# events hold a happening and its follow-ups days later, so a stronger rule (x0.7, or adjacent
# days too) costs ECB+ 0.005-0.010 while allsides gains more (bench/README.md, events17).
WEEKDAY_GAP_DAYS = 2
WEEKDAY_APART_FACTOR = 0.9
WEEKDAY_SAME_FACTOR = 1.1


@dataclass(frozen=True, slots=True, kw_only=True)
class EventCluster:
    """One event: its id, its articles (sorted ids) and the span of their known days."""

    id: str
    article_ids: tuple[str, ...]
    start: str | None  # YYYY-MM-DD of the earliest dated article, None when none is dated
    end: str | None


def _check_articles(articles: Sequence[Article]) -> None:
    if isinstance(articles, (str, Article)):
        raise TypeError(
            f"expected a list of Articles, got a single {type(articles).__name__}; wrap it in a list"
        )
    ids = [a.id for a in articles]
    if len(set(ids)) != len(ids):
        dup = sorted({i for i in ids if ids.count(i) > 1})[:3]
        raise ValueError(f"article ids must be unique to cluster them; repeated: {dup}")


def time_factor(gap_days: np.ndarray) -> np.ndarray:
    """1 within the same span, exponential decay beyond, 0 past MAX_GAP_DAYS; NaN (undated) -> 1."""
    g = np.abs(np.asarray(gap_days, dtype=np.float64))
    f = np.ones(len(g))
    dated = ~np.isnan(g)
    # math.exp of each distinct gap (days are whole, so few): the same float for a pair whatever
    # array it is computed in, which incremental.py's equality with fit relies on
    values, inverse = np.unique(g[dated], return_inverse=True)
    decay = [gap_factor(v) for v in values.tolist()]
    f[dated] = np.asarray(decay, dtype=np.float64)[inverse]
    return f


def gap_factor(gap_days: float) -> float:
    """time_factor of one gap of known days (>= 0): what linkage.py gives the edges of undated
    articles between two clusters with dated members (linkage.UNDATED_TIME)."""
    return math.exp(-max(gap_days - SAME_SPAN_DAYS, 0.0) / DECAY_DAYS) if gap_days <= MAX_GAP_DAYS else 0.0


@dataclass(frozen=True, slots=True)
class Times:
    """Per article: publication-day interval lo..hi (NaN unknown) and weak year evidence; the
    factor given to a pair with an undated article."""

    lo: np.ndarray
    hi: np.ndarray
    weak: np.ndarray
    undated_factor: float = UNDATED_FACTOR
    # the weekday each lead names (timing.lead_weekday, -1 none); None: no weekday evidence
    weekday: np.ndarray | None = None

    @classmethod
    def of(cls, articles: Sequence[Article], undated_factor: float = UNDATED_FACTOR) -> Times:
        ts = [article_time(a) for a in articles]
        return cls(
            lo=np.array([t.lo for t in ts], dtype=float),
            hi=np.array([t.hi for t in ts], dtype=float),
            weak=np.array([t.weak for t in ts], dtype=float),
            undated_factor=undated_factor,
            weekday=np.array([lead_weekday(a) for a in articles], dtype=np.int64),
        )

    def factor(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """The time factor of pairs (i[k], j[k]): interval gap when both are dated, else weak years
        times `undated_factor`, and times the weekday factors when both leads name a weekday."""
        lo, hi, weak = self.lo, self.hi, self.weak
        # days between the two intervals (0 when they overlap); NaN when either is unknown
        gap = np.maximum(0.0, np.maximum(lo[j] - hi[i], lo[i] - hi[j]))
        f = time_factor(gap)
        # weak evidence: an undated article naming year Y was most likely written in Y..Y+1
        wlo_i = np.where(np.isnan(lo[i]), weak[i], lo[i])
        whi_i = np.where(np.isnan(lo[i]), weak[i] + WEAK_YEARS_DAYS, hi[i])
        wlo_j = np.where(np.isnan(lo[j]), weak[j], lo[j])
        whi_j = np.where(np.isnan(lo[j]), weak[j] + WEAK_YEARS_DAYS, hi[j])
        with np.errstate(invalid="ignore"):
            apart = (wlo_j > whi_i) | (wlo_i > whi_j)
        f[np.isnan(gap) & apart] *= WEAK_FACTOR
        undated = np.isnan(lo[i]) | np.isnan(lo[j])
        f[undated] *= self.undated_factor
        if self.weekday is not None:
            a, b = self.weekday[i], self.weekday[j]
            named = undated & (a >= 0) & (b >= 0)
            days_apart = np.minimum((a - b) % 7, (b - a) % 7)  # around the week
            f[named & (days_apart >= WEEKDAY_GAP_DAYS)] *= WEEKDAY_APART_FACTOR
            f[named & (days_apart == 0)] *= WEEKDAY_SAME_FACTOR
        return f


def candidate_pairs(
    top: Sequence[np.ndarray],
    days: np.ndarray,
    *,
    max_posting: int = MAX_POSTING,
    window: int = POSTING_WINDOW,
    min_shared: int = 1,
    max_gap: float | None = None,
    spans: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Pairs (i < j) of documents that share a top term, each pair once, in (i, j) order.

    `days` holds each document's day or NaN. A posting list longer than `max_posting` pairs each
    document only with its `window` neighbours in (day, document) order, undated ones last. With
    `min_shared` > 1, only pairs met in at least that many posting lists are kept.

    With `max_gap`, two dated documents whose day intervals `spans` = (lo, hi) (default: `days`
    itself) lie more than `max_gap` days apart (max(0, lo_b - hi_a, lo_a - hi_b) > max_gap) are
    never paired: time_factor makes such a pair's similarity 0. Pairs with an undated document are
    all kept. Within each (day-sorted) posting list only a window of days is walked, so the pairs
    dropped are never written; the pairs kept are exactly those of the unwindowed call that pass
    the gap test (the gap is a property of the pair, so `min_shared` counts are unchanged too).

    Memory: the pairs are written as packed int64 keys (i * n + j) into one preallocated array
    that is sorted in place; the returned indices are int32 (when n allows).
    """
    n = len(days)
    itype = np.int32 if n < 2**31 else np.int64
    lens = np.fromiter((len(t) for t in top), dtype=np.int64, count=n)
    if n == 0 or lens.sum() == 0:
        empty = np.zeros(0, dtype=itype)
        return empty, empty
    doc = np.repeat(np.arange(n, dtype=np.int64), lens)
    term = np.concatenate([np.asarray(t, dtype=np.int64) for t in top])
    # each posting list in (day, document) order, undated last
    order_key = np.where(np.isnan(days), np.inf, days)
    rank = np.empty(n, dtype=np.int64)
    rank[np.lexsort((np.arange(n), order_key))] = np.arange(n)
    o = np.lexsort((rank[doc], term))
    doc, term = doc[o], term[o]
    del o
    starts = np.flatnonzero(np.r_[True, term[1:] != term[:-1]])
    sizes = np.diff(np.r_[starts, len(term)])
    # a short list pairs all its documents; a long one each with its `window` next ones
    reach = np.where(sizes > max_posting, np.minimum(window, sizes - 1), sizes - 1)
    # how far each entry pairs ahead: its list's reach, but not past the list's end
    pos = np.arange(len(doc))
    ends = np.repeat(starts + sizes, sizes)
    pos_reach = np.minimum(np.repeat(reach, sizes), ends - 1 - pos)
    if max_gap is None:
        near = pos_reach  # every step up to the reach
        tail = np.full(len(doc), np.iinfo(np.int64).max)  # no second range
        lo = hi = days
    else:
        lo, hi = (days, days) if spans is None else (np.asarray(spans[0]), np.asarray(spans[1]))
        dated = ~np.isnan(days)
        # two dated documents within max_gap have sort days at most `bound` apart:
        # days_b - days_a = (days_b - lo_b) + (lo_b - hi_a) + (hi_a - days_a) <= below + gap + above
        # (+1 of slack against rounding: the exact gap test below decides)
        below = float(np.max(days[dated] - lo[dated], initial=0.0))
        above = float(np.max(hi[dated] - days[dated], initial=0.0))
        bound = max_gap + below + above + 1.0
        key = order_key[doc]  # day of each entry (inf when undated)
        finite = np.isfinite(key)
        # one sorted array of all lists: each list's days shifted past the previous list's
        lid = np.repeat(np.arange(len(starts)), sizes)
        k_dated = key[finite]
        base = float(k_dated.min()) if len(k_dated) else 0.0
        width = (float(k_dated.max()) - base if len(k_dated) else 0.0) + bound + 1.0
        sk = np.where(finite, key - base, width - 0.5) + lid * (width + 1.0)
        # first entry past the day window, and first undated entry, of each dated entry's list
        last = np.searchsorted(sk, sk + bound, side="right") - 1
        n_dated = np.add.reduceat(finite.astype(np.int64), starts)
        first_undated = np.repeat(starts + n_dated, sizes)
        near = np.where(finite, np.minimum(pos_reach, np.minimum(last, first_undated - 1) - pos), pos_reach)
        tail = np.where(finite, first_undated - pos, np.iinfo(np.int64).max)
        del lid, sk, last, first_undated, key, finite
    del ends, term
    # entry p pairs with p + d for d in 1..near[p] and tail[p]..pos_reach[p]
    per_entry = near + np.maximum(0, pos_reach - tail + 1)
    if per_entry.sum() == 0:
        empty = np.zeros(0, dtype=itype)
        return empty, empty
    # Pairs are written block by block of the documents that come first in them. A list is in
    # rank order, so a pair's first document is the same in every list that proposes it: all its
    # copies fall in one block, and each block is counted and deduplicated on its own. A block
    # holds about PAIR_BLOCK keys, whatever the number of pairs in all.
    first_rank = rank[doc]
    per_rank = np.cumsum(np.bincount(first_rank, weights=per_entry, minlength=n))
    blocks = -(-int(per_rank[-1]) // PAIR_BLOCK)
    cuts = np.unique(np.r_[0, np.searchsorted(per_rank, np.arange(1, blocks) * PAIR_BLOCK), n])
    by_rank = np.argsort(first_rank, kind="stable")
    starts_at = np.searchsorted(first_rank[by_rank], cuts)
    found = []
    for s, e in pairwise(starts_at.tolist()):
        entries = by_rank[s:e]
        entries = entries[per_entry[entries] > 0]
        found.append(_block_keys(entries, doc, near, tail, pos_reach, per_entry, lo, hi, max_gap, min_shared))
    key = np.concatenate(found) if found else np.zeros(0, dtype=np.int64)
    del found
    key.sort()
    return (key // n).astype(itype), (key % n).astype(itype)


def _block_keys(
    alive: np.ndarray,
    doc: np.ndarray,
    near: np.ndarray,
    tail: np.ndarray,
    pos_reach: np.ndarray,
    per_entry: np.ndarray,
    lo: np.ndarray,
    hi: np.ndarray,
    max_gap: float | None,
    min_shared: int,
) -> np.ndarray:
    """The distinct pairs (keys i * n + j) that the entries `alive` propose, met at least
    `min_shared` times (candidate_pairs' inner loop, over one block of entries)."""
    n = len(lo)
    keys = np.empty(int(per_entry[alive].sum()), dtype=np.int64)
    filled = 0
    d = 1
    while len(alive):
        at = alive[(near[alive] >= d) | ((tail[alive] <= d) & (pos_reach[alive] >= d))]
        a, b = doc[at], doc[at + d]
        if max_gap is not None:
            with np.errstate(invalid="ignore"):
                far = np.maximum(0.0, np.maximum(lo[b] - hi[a], lo[a] - hi[b])) > max_gap
            a, b = a[~far], b[~far]
        keys[filled : filled + len(a)] = np.minimum(a, b) * n + np.maximum(a, b)
        filled += len(a)
        d += 1
        alive = alive[(near[alive] >= d) | (pos_reach[alive] >= np.maximum(d, tail[alive]))]
    keys = keys[:filled]
    if not filled:
        return keys
    keys.sort()
    # each distinct key once, at its first copy; with min_shared m, only where the copy m - 1
    # places on is the same key (boolean masks: a key's index would take eight bytes more)
    first = np.r_[True, keys[1:] != keys[:-1]]
    m = min_shared - 1
    if m > 0:
        first[: max(filled - m, 0)] &= keys[m:] == keys[:-m]
        first[max(filled - m, 0) :] = False
    return keys[first]


def pair_similarity(
    vectors: TermVectors, times: Times, i: np.ndarray, j: np.ndarray, jobs: int = 1
) -> np.ndarray:
    """Time-weighted cosine of the pairs (i[k], j[k]); with `jobs` > 1 the cosines are computed by
    forked workers (row_dots)."""
    return row_dots(vectors.matrix, i, j, jobs) * times.factor(i, j)


def _linked_pairs(
    vectors: TermVectors, times: Times, i: np.ndarray, j: np.ndarray, chunk: int = SIM_CHUNK, jobs: int = 1
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs with a positive similarity, and their similarities, `chunk` pairs at a time.

    A pair of similarity 0 (dated too far apart) adds nothing to any average link, so dropping
    it changes no cluster; working in chunks bounds the temporaries of the time factor. The
    cosines of all pairs are computed first, in one call (with `jobs` > 1 one pool of workers
    instead of one per chunk: nine at 200k articles, each forking the parent); a pair's cosine
    and time factor are the same floats however the pairs are cut (pair_similarity).
    """
    cosines = row_dots(vectors.matrix, i, j, jobs)
    keep_i, keep_j, keep_s = [], [], []
    for s in range(0, len(i), chunk):
        ci, cj = i[s : s + chunk], j[s : s + chunk]
        sims = cosines[s : s + chunk] * times.factor(ci, cj)
        pos = sims > 0
        keep_i.append(ci[pos])
        keep_j.append(cj[pos])
        keep_s.append(sims[pos])
    if not keep_i:
        return i, j, np.zeros(0)
    return np.concatenate(keep_i), np.concatenate(keep_j), np.concatenate(keep_s)


def _event_id(prefix: str, ids: Sequence[str]) -> str:
    return prefix + hashlib.sha1("\n".join(sorted(ids)).encode("utf-8")).hexdigest()[:12]


def _iso(day: float) -> str:
    return str(np.datetime64(int(day), "D"))


def groups_from_labels(
    ids: Sequence[str], labels: np.ndarray, days: np.ndarray, prefix: str
) -> list[EventCluster]:
    """One EventCluster per label, ordered by (start, id); undated groups last.

    The members of each label are gathered by one stable sort and their first and last known day
    by np.fmin/np.fmax.reduceat (NaN, unknown, only where every member is unknown), each distinct
    day written out once: no numpy call per group.
    """
    if not len(labels):
        return []
    labels = np.asarray(labels)
    order = np.argsort(labels, kind="stable")
    grouped = labels[order]
    starts = np.flatnonzero(np.r_[True, grouped[1:] != grouped[:-1]])
    in_order = np.asarray(days, dtype=np.float64)[order]
    first = np.fmin.reduceat(in_order, starts).tolist()
    last = np.fmax.reduceat(in_order, starts).tolist()
    written: dict[float, str] = {}

    def iso(day: float) -> str | None:
        if math.isnan(day):
            return None
        if (text := written.get(day)) is None:
            written[day] = text = _iso(day)
        return text

    members = order.tolist()
    out = []
    for (s, e), lo, hi in zip(pairwise(starts.tolist() + [len(members)]), first, last, strict=True):
        names = sorted(ids[k] for k in members[s:e])
        out.append(
            EventCluster(id=_event_id(prefix, names), article_ids=tuple(names), start=iso(lo), end=iso(hi))
        )
    out.sort(key=lambda e: (e.start is None, e.start or "", e.id))
    return out


class EventClusterer:
    """Group articles into events (see the module docstring for the steps).

    After `fit(articles)`: `labels_[k]` is the index in `events_` of articles[k]'s event,
    `event_ids_[k]` its id, and `events_` the events ordered by start day.

    `weights` fixes the term weights (TermWeights); by default they are counted on the articles
    fitted. IncrementalEventClusterer(weights=W) ends with the events of EventClusterer(weights=W).
    """

    def __init__(
        self,
        threshold: float = EVENT_THRESHOLD,
        *,
        top_terms: int = TOP_TERMS,
        max_posting: int = MAX_POSTING,
        window: int = POSTING_WINDOW,
        max_span: float = EVENT_MAX_SPAN_DAYS,
        min_shared: int = MIN_SHARED,
        weights: TermWeights | None = None,
        undated_factor: float = UNDATED_FACTOR,
        loner_threshold: float = LONER_THRESHOLD,
        jobs: int = 1,
    ) -> None:
        self.jobs = jobs  # worker processes for the articles' terms and the pairs' cosines
        self.undated_factor = undated_factor
        self.loner_threshold = loner_threshold
        self.min_shared = min_shared
        self.weights = weights
        self.max_span = max_span
        self.threshold = threshold
        self.top_terms = top_terms
        self.max_posting = max_posting
        self.window = window

    def fit(self, articles: Sequence[Article]) -> EventClusterer:
        _check_articles(articles)
        order = sorted(range(len(articles)), key=lambda k: articles[k].id)
        arts = [articles[k] for k in order]
        ids = [a.id for a in arts]
        times = Times.of(arts, self.undated_factor)
        # an article known only to be from before some day has no day to sort or window by
        days = np.where(np.isfinite(times.lo), (times.lo + times.hi) / 2, np.nan)
        # from workers, a chunk's terms come back numbered (less for this process to do)
        terms: Iterable[ArticleTerms | ChunkTerms] = (
            fork_map(
                lambda s: chunk_terms(arts[s : s + TERMS_CHUNK]),
                range(0, len(arts), TERMS_CHUNK),
                self.jobs,
                1,
            )
            if self.jobs > 1
            else map(article_terms, arts)
        )
        vectors = TermVectors.fit(terms, weights=self.weights)
        i, j = candidate_pairs(
            vectors.top_terms(self.top_terms),
            days,
            max_posting=self.max_posting,
            window=self.window,
            min_shared=self.min_shared,
            max_gap=MAX_GAP_DAYS,
            spans=(times.lo, times.hi),
        )
        n_candidates = len(i)
        i, j, sims = _linked_pairs(vectors, times, i, j, jobs=self.jobs)
        # both steps keep to the span of dated members and the years undated ones name
        lo, hi, span, named = times.lo, times.hi, self.max_span, calendar_years(times.weak)
        labels = average_link(
            len(arts),
            i,
            j,
            sims,
            self.threshold,
            days=lo,
            days_hi=hi,
            max_span=span,
            named_years=named,
            magnitudes=[lead_magnitudes(a) for a in arts],
            undated_factor=self.undated_factor,
            gap_factor=gap_factor,
        )
        labels = attach_loners(
            labels, i, j, sims, self.loner_threshold, days=lo, days_hi=hi, max_span=span, named_years=named
        )
        events = groups_from_labels(ids, labels, days, "e-")
        index = {aid: n for n, e in enumerate(events) for aid in e.article_ids}
        back = np.empty(len(arts), dtype=np.int64)
        back[np.asarray(order, dtype=np.int64)] = [index[aid] for aid in ids]
        self.events_ = events
        self.labels_ = back
        self.event_ids_ = [events[k].id for k in back.tolist()]
        self.days_ = days[np.argsort(np.asarray(order))] if arts else days
        self.n_candidates_ = n_candidates
        # the TF-IDF rows (in sorted-id order), for StoryClusterer.fit(..., term_vectors=...)
        self.term_vectors_ = (tuple(ids), vectors)
        return self


def cluster_events(articles: Sequence[Article], threshold: float = EVENT_THRESHOLD) -> list[EventCluster]:
    """The events of `articles` (a one-shot EventClusterer(threshold).fit(articles).events_)."""
    return EventClusterer(threshold).fit(articles).events_
