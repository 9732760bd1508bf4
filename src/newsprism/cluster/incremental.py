"""Events, article by article: the events of EventClusterer, kept up to date as articles arrive.

    IncrementalEventClusterer(weights=W).partial_fit(articles) -> self, with events_, event_ids_,
        changed_ (old event id -> the events its articles are in now), created_, n_reclustered_

After any sequence of partial_fit calls, in any order and any batch sizes, the events are exactly
(same ids, same members) those of EventClusterer(weights=W).fit(all the articles given). The
condition is the term weights: EventClusterer() counts its IDF on the articles at hand, so every
new article re-weights every vector; here the weights W are fixed (TermWeights; by default
counted on the articles of the first call, e.g. the store at start-up). Given
W = TermWeights.of(all articles), the result is the default EventClusterer().fit(all articles).
What still depends on the other articles, and is followed exactly:
  - MIN_DF: a term counts in a vector only once two articles hold it, so the article that held it
    alone is re-weighted when a second one arrives;
  - candidates: a term's posting list pairs all its holders, or, once longer than MAX_POSTING, each
    with its POSTING_WINDOW neighbours in (day, id) order, so an article arriving inside a long
    list pushes some neighbours out of each other's window (the pair may be dropped: a split).

Each call:
  1. vectors and top terms of the new articles and of the re-weighted ones (the same floats as in
     fit: TermVectors computes a row and a cosine independently of the other rows);
  2. the posting lists they enter or leave, and per list only the pairs whose window changed
     (pair counts over lists, so a pair lives while one list still proposes it);
  3. similarities of the pairs that appeared or whose article was re-weighted;
  4. average-link clustering (linkage.cluster_component) and lone articles' attachment
     (attach.py) of the connected components (edges above the lower of the two thresholds: a lone
     article's chosen cluster has an edge to it above the loner threshold) that hold a new article
     or a changed edge. Every other component has the same
     nodes and edges as before, so its events stand: the work follows what the articles touch.

Undated articles, articles known only to a month, and not_after bounds behave as in fit
(timing.py). State lives in memory (dicts of the pair graph); nothing is removed.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsprism.cluster.attach import attach_loners
from newsprism.cluster.events import (
    EVENT_MAX_SPAN_DAYS,
    EVENT_THRESHOLD,
    LONER_THRESHOLD,
    MAX_GAP_DAYS,
    MAX_POSTING,
    POSTING_WINDOW,
    TOP_TERMS,
    UNDATED_FACTOR,
    EventCluster,
    Times,
    _check_articles,
    gap_factor,
    groups_from_labels,
)
from newsprism.cluster.features import MIN_DF, ArticleTerms, TermVectors, TermWeights, article_terms, row_dots
from newsprism.cluster.linkage import calendar_years, cluster_component, undated_link_floor
from newsprism.cluster.magnitudes import lead_magnitudes
from newsprism.cluster.timing import article_time, lead_weekday
from newsprism.records import Article

__all__ = ["IncrementalEventClusterer"]

# an entry of a posting list: (day or +inf when undated, article id, article number), the
# (day, id) order of events.candidate_pairs
_Entry = tuple[float, str, int]


class IncrementalEventClusterer:
    """Events kept up to date as articles arrive (see the module docstring).

    After each `partial_fit(articles)`: `ids_` holds every article id given so far (in arrival
    order), `event_ids_[k]` the event of ids_[k], `labels_[k]` its index in `events_` (ordered by
    start day, as EventClusterer), `changed_` maps each event id that this call dissolved (merged
    into another, split, or grown) to the ids of the events its articles are in now, `created_`
    lists the event ids this call made, and `n_reclustered_` counts the articles whose component
    was clustered again.
    """

    def __init__(
        self,
        threshold: float = EVENT_THRESHOLD,
        *,
        weights: TermWeights | None = None,
        top_terms: int = TOP_TERMS,
        max_posting: int = MAX_POSTING,
        window: int = POSTING_WINDOW,
        max_span: float = EVENT_MAX_SPAN_DAYS,
        undated_factor: float = UNDATED_FACTOR,
        loner_threshold: float = LONER_THRESHOLD,
    ) -> None:
        self.threshold = threshold
        self.loner_threshold = loner_threshold
        # components are linked by edges above this: average link merges only over edges above
        # `threshold`, and a lone article joins a cluster only over an edge above `loner_threshold`
        # an undated article's edge counts up to 1 / undated_factor times its similarity in average
        # link (linkage.UNDATED_TIME), so its component takes edges down to threshold x that factor
        self._link_floor = min(undated_link_floor(threshold, undated_factor), loner_threshold)
        self.undated_factor = undated_factor
        self.weights_ = weights
        self.top_terms = top_terms
        self.max_posting = max_posting
        self.window = window
        self.max_span = max_span
        self.ids_: list[str] = []
        self._number: dict[str, int] = {}
        self._terms: list[ArticleTerms] = []
        self._times: list[
            tuple[float, float, float, int]
        ] = []  # lo, hi, weak (timing.ArticleTime), lead weekday
        self._magnitudes: list[tuple[int, ...]] = []  # magnitudes.lead_magnitudes per article
        self._df: Counter[str] = Counter()  # articles holding each term
        self._sole: dict[str, int] = {}  # a term held by one article only -> that article
        self._vocab: dict[str, int] = {}
        self._rows: list[tuple[np.ndarray, np.ndarray]] = []  # (columns, values) per article
        self._top: list[frozenset[str]] = []
        self._lists: dict[str, list[_Entry]] = {}
        self._count: defaultdict[int, dict[int, int]] = defaultdict(dict)  # lists proposing a pair
        self._sim: defaultdict[int, dict[int, float]] = defaultdict(dict)  # pairs of similarity > 0
        self._event_of: list[str] = []
        self._events: dict[str, EventCluster] = {}
        self.changed_: dict[str, tuple[str, ...]] = {}
        self.created_: tuple[str, ...] = ()
        self.n_reclustered_ = 0

    # -- results -----------------------------------------------------------------------------

    @property
    def events_(self) -> list[EventCluster]:
        return sorted(self._events.values(), key=lambda e: (e.start is None, e.start or "", e.id))

    @property
    def event_ids_(self) -> list[str]:
        return list(self._event_of)

    @property
    def labels_(self) -> np.ndarray:
        index = {e.id: k for k, e in enumerate(self.events_)}
        return np.array([index[e] for e in self._event_of], dtype=np.int64)

    @property
    def n_candidates_(self) -> int:
        return sum(len(p) for p in self._count.values()) // 2

    # -- adding articles -----------------------------------------------------------------------

    def partial_fit(self, articles: Sequence[Article]) -> IncrementalEventClusterer:
        """Add `articles` (ids not given before) and bring the events up to date."""
        _check_articles(articles)
        seen = [a.id for a in articles if a.id in self._number]
        if seen:
            raise ValueError(f"articles already added: {sorted(seen)[:3]}; each article is added once")
        arts = sorted(articles, key=lambda a: a.id)
        terms = [article_terms(a) for a in arts]
        if self.weights_ is None and arts:
            self.weights_ = TermWeights.of(terms)
        new = list(range(len(self.ids_), len(self.ids_) + len(arts)))
        for a, t in zip(arts, terms, strict=True):
            self._number[a.id] = len(self.ids_)
            self.ids_.append(a.id)
            self._terms.append(t)
            at = article_time(a)
            self._times.append((at.lo, at.hi, at.weak, lead_weekday(a)))
            self._magnitudes.append(lead_magnitudes(a))
            self._rows.append((np.zeros(0, dtype=np.int64), np.zeros(0)))
            self._top.append(frozenset())
            self._event_of.append("")
        reweighted = self._count_terms(new)
        touched = self._vectorise(sorted(set(new) | reweighted))
        delta: Counter[tuple[int, int]] = Counter()
        for term, (entering, leaving) in sorted(touched.items()):
            self._update_list(term, entering, leaving, delta)
        changed = self._update_pairs(delta, reweighted)
        self._recluster(new, changed)
        return self

    def _count_terms(self, new: list[int]) -> set[int]:
        """Add the new articles' terms to the document counts; the older articles to re-weight."""
        reweighted = set()
        for g in new:
            for term in (*self._terms[g].words, *self._terms[g].names):
                self._df[term] += 1
                if self._df[term] == 1:
                    self._sole[term] = g
                elif self._df[term] == MIN_DF:  # MIN_DF is 2: the one earlier holder
                    first = self._sole.pop(term)
                    if first < new[0]:
                        reweighted.add(first)  # the term now counts in its vector (MIN_DF)
        return reweighted

    def _vectorise(self, numbers: list[int]) -> dict[str, tuple[list[int], list[int]]]:
        """New rows and top terms of `numbers`; per term, the articles entering and leaving its list."""
        touched: dict[str, tuple[list[int], list[int]]] = {}
        if not numbers:
            return touched
        assert self.weights_ is not None
        tv = TermVectors.fit([self._terms[g] for g in numbers], weights=self.weights_, corpus_df=self._df)
        m = tv.matrix
        to_global = np.array([self._vocab.setdefault(t, len(self._vocab)) for t in tv.terms], dtype=np.int64)
        for k, (g, top) in enumerate(zip(numbers, tv.top_terms(self.top_terms), strict=True)):
            lo, hi = m.indptr[k], m.indptr[k + 1]
            self._rows[g] = (to_global[m.indices[lo:hi]], m.data[lo:hi].copy())
            old, now = self._top[g], frozenset(tv.terms[c] for c in top.tolist())
            for term in now - old:
                touched.setdefault(term, ([], []))[0].append(g)
            for term in old - now:
                touched.setdefault(term, ([], []))[1].append(g)
            self._top[g] = now
        return touched

    def _entry(self, g: int) -> _Entry:
        lo, hi, _, _ = self._times[g]
        return ((lo + hi) / 2 if math.isfinite(lo) else math.inf, self.ids_[g], g)

    def _reach(self, size: int) -> int:
        return min(self.window, size - 1) if size > self.max_posting else size - 1

    def _update_list(
        self, term: str, entering: list[int], leaving: list[int], delta: Counter[tuple[int, int]]
    ) -> None:
        """Move `term`'s posting list from its old to its new members; count the pairs that change."""
        old = self._lists.get(term, [])
        gone = set(leaving)
        new = sorted([e for e in old if e[2] not in gone] + [self._entry(g) for g in entering])
        # a list that goes from pairing all its members to pairing a window (or back): all pairs
        full = (self._reach(len(old)) >= len(old) - 1) != (self._reach(len(new)) >= len(new) - 1)
        changes = [self._entry(g) for g in (*entering, *leaving)]
        for members, sign in ((old, -1), (new, +1)):
            for a, b in self._affected_pairs(members, changes, full):
                if not self._too_far(a, b):
                    delta[min(a, b), max(a, b)] += sign
        if new:
            self._lists[term] = new
        else:
            self._lists.pop(term, None)

    def _affected_pairs(
        self, members: list[_Entry], changes: list[_Entry], full: bool
    ) -> set[tuple[int, int]]:
        """The pairs of `members` (a sorted list) that `changes` (entries entering or leaving) can alter.

        A list within MAX_POSTING pairs all its members: only pairs with a changed member change.
        A longer list pairs members at most `reach` positions apart: a pair changes when a changed
        entry lies at or between its two ends. `full` (the list crosses MAX_POSTING): all pairs.
        Counting these pairs out of the old list and into the new one leaves every other pair's
        count as it was, and those pairs are the same in both lists.
        """
        reach = self._reach(len(members))
        n = len(members)
        if reach < 1:
            return set()
        numbers = [e[2] for e in members]
        positions: set[tuple[int, int]] = set()
        if full:
            positions = {(p, q) for p in range(n) for q in range(p + 1, min(n, p + reach + 1))}
        elif reach == n - 1:
            for c in changes:
                at = bisect.bisect_left(members, c)
                if at < n and members[at] == c:
                    positions.update((min(at, q), max(at, q)) for q in range(n) if q != at)
        else:
            for c in changes:
                at = bisect.bisect_left(members, c)
                inside = at < n and members[at] == c
                # pairs p < q <= p + reach with p <= at <= q (a member) or p < at <= q (a cut)
                for p in range(max(0, at - reach), (at + 1 if inside else at)):
                    for q in range(max(p + 1, at), min(n, p + reach + 1)):
                        positions.add((p, q))
        return {(numbers[p], numbers[q]) for p, q in positions}

    def _too_far(self, a: int, b: int) -> bool:
        """Both dated and more than MAX_GAP_DAYS apart (events.candidate_pairs' max_gap test)."""
        lo_a, hi_a, _, _ = self._times[a]
        lo_b, hi_b, _, _ = self._times[b]
        gap = max(0.0, lo_b - hi_a, lo_a - hi_b)
        return not math.isnan(gap) and gap > MAX_GAP_DAYS

    def _update_pairs(
        self, delta: Counter[tuple[int, int]], reweighted: set[int]
    ) -> list[tuple[int, int, float, float]]:
        """Apply the pair count changes; (a, b, old similarity, new similarity) of each changed edge."""
        appeared, vanished = [], []
        for (a, b), d in delta.items():
            if d == 0:
                continue
            before = self._count[a].get(b, 0)
            after = before + d
            if after < 0:
                raise RuntimeError(f"pair count below zero for {self.ids_[a]} / {self.ids_[b]}: a bug")
            if after:
                self._count[a][b] = self._count[b][a] = after
            else:
                del self._count[a][b], self._count[b][a]
            if before == 0 and after > 0:
                appeared.append((a, b))
            elif before > 0 and after == 0:
                vanished.append((a, b))
        rescore = set(appeared)
        for g in reweighted:
            rescore.update((min(g, h), max(g, h)) for h in self._count.get(g, {}))
        changed = []
        for a, b in vanished:
            old = self._sim[a].pop(b, 0.0)
            self._sim[b].pop(a, None)
            if old:
                changed.append((a, b, old, 0.0))
        pairs = sorted(rescore)
        for (a, b), s in zip(pairs, self._similarities(pairs).tolist(), strict=True):
            old = self._sim[a].get(b, 0.0)
            if s > 0:
                self._sim[a][b] = self._sim[b][a] = s
            else:
                self._sim[a].pop(b, None)
                self._sim[b].pop(a, None)
            if s != old:
                changed.append((a, b, old, max(s, 0.0)))
        return changed

    def _similarities(self, pairs: list[tuple[int, int]]) -> np.ndarray:
        """events.pair_similarity of `pairs`, over the rows of the articles they name."""
        if not pairs:
            return np.zeros(0)
        involved = sorted({g for p in pairs for g in p})
        local = {g: k for k, g in enumerate(involved)}
        cols = [self._rows[g][0] for g in involved]
        vals = [self._rows[g][1] for g in involved]
        indptr = np.r_[0, np.cumsum([len(c) for c in cols])]
        m = sparse.csr_matrix(
            (np.concatenate(vals), np.concatenate(cols), indptr),
            shape=(len(involved), max(len(self._vocab), 1)),
        )
        times = Times(
            lo=np.array([self._times[g][0] for g in involved]),
            hi=np.array([self._times[g][1] for g in involved]),
            weak=np.array([self._times[g][2] for g in involved]),
            undated_factor=self.undated_factor,
            weekday=np.array([self._times[g][3] for g in involved], dtype=np.int64),
        )
        i = np.array([local[a] for a, _ in pairs], dtype=np.int64)
        j = np.array([local[b] for _, b in pairs], dtype=np.int64)
        return row_dots(m, i, j) * times.factor(i, j)

    def _component(self, start: int, label: int, into: dict[int, int]) -> list[int]:
        """The articles linked to `start` by edges above the link floor (each marked `label` in `into`)."""
        into[start] = label
        nodes, stack = [start], [start]
        while stack:
            v = stack.pop()
            for w, s in self._sim.get(v, {}).items():
                if s > self._link_floor and w not in into:
                    into[w] = label
                    nodes.append(w)
                    stack.append(w)
        return nodes

    def _recluster(self, new: list[int], changed: list[tuple[int, int, float, float]]) -> None:
        """Cluster again the components that hold a new article or a changed edge."""
        component: dict[int, int] = {}
        found: dict[int, list[int]] = {}

        def comp(v: int) -> int:
            if v not in component:
                found[len(found)] = self._component(v, len(found), component)
            return component[v]

        dirty = {comp(g) for g in new}
        for a, b, old, now in changed:
            if max(old, now) > self._link_floor or comp(a) == comp(b):
                dirty.update((comp(a), comp(b)))
        before = {}
        self.created_, self.changed_, self.n_reclustered_ = (), {}, 0
        made = []
        for c in sorted(dirty):
            nodes = sorted(found[c], key=lambda g: self.ids_[g])
            self.n_reclustered_ += len(nodes)
            for g in nodes:
                eid = self._event_of[g]
                if eid and eid not in before:
                    before[eid] = self._events.pop(eid)
            for e in self._cluster(nodes):
                made.append(e)
                self._events[e.id] = e
                for aid in e.article_ids:
                    self._event_of[self._number[aid]] = e.id
        self.created_ = tuple(sorted(e.id for e in made if e.id not in before))
        self.changed_ = {
            eid: tuple(sorted({self._event_of[self._number[aid]] for aid in e.article_ids}))
            for eid, e in sorted(before.items())
            if eid not in self._events
        }

    def _cluster(self, nodes: list[int]) -> list[EventCluster]:
        """The events of one component, `nodes` in id order (as EventClusterer numbers them)."""
        local = {g: k for k, g in enumerate(nodes)}
        edges: dict[int, dict[int, float]] = {}
        for g in nodes:
            edges[local[g]] = {local[h]: s for h, s in self._sim.get(g, {}).items() if h in local}
        lo = np.array([self._times[g][0] for g in nodes])
        hi = np.array([self._times[g][1] for g in nodes])
        if len(nodes) > 1:
            rows, cols, sims = _edge_arrays(edges)  # before cluster_component consumes `edges`
            years = calendar_years(np.array([self._times[g][2] for g in nodes], dtype=float))
            magnitudes = [self._magnitudes[g] for g in nodes]
            root = cluster_component(
                list(range(len(nodes))),
                edges,
                self.threshold,
                lo,
                hi,
                self.max_span,
                0.0,
                years,
                magnitudes,
                self.undated_factor,
                gap_factor,
            )
            labels = np.array([root[k] for k in range(len(nodes))], dtype=np.int64)
            labels = attach_loners(
                labels,
                rows,
                cols,
                sims,
                self.loner_threshold,
                days=lo,
                days_hi=hi,
                max_span=self.max_span,
                named_years=years,
            )
        else:
            labels = np.zeros(1, dtype=np.int64)
        days = np.where(np.isfinite(lo), (lo + hi) / 2, np.nan)
        return groups_from_labels([self.ids_[g] for g in nodes], labels, days, "e-")


def _edge_arrays(edges: dict[int, dict[int, float]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The undirected edges of adjacency dicts as (rows, cols, sims), each pair once."""
    pairs = [(a, b, s) for a, nb in edges.items() for b, s in nb.items() if a < b]
    rows = np.array([a for a, _, _ in pairs], dtype=np.int64)
    cols = np.array([b for _, b, _ in pairs], dtype=np.int64)
    return rows, cols, np.array([s for _, _, s in pairs], dtype=np.float64)
