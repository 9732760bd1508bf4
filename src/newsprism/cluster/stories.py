"""Stories: events linked across time by the same actors and subject.

    StoryClusterer(...).fit(articles, events) -> self, with labels_ (story index per event), stories_
    cluster_stories(articles, events)         -> list[StoryCluster]

Each event becomes one vector, the normalised mean of its articles' TF-IDF rows (names weigh as in
events), so an event's recurring actors and subject dominate its one-off details. Events sharing a
top term are candidates; average-link clustering of their cosine (no time factor: a story spans
months or years) stops at STORY_THRESHOLD. Every event belongs to exactly one story.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from newsprism.cluster.events import EventCluster, candidate_pairs
from newsprism.cluster.features import TermVectors, article_terms, row_dots
from newsprism.cluster.linkage import average_link
from newsprism.records import Article

__all__ = ["StoryCluster", "StoryClusterer", "cluster_stories"]

# Average-link stopping threshold on the cosine of event vectors: the best mean story B3 of ecbplus
# and mixed-dev (--gold-field story --gold-fallback event) on a 0.200-0.400 grid, retuned in
# session 13 (bench/README.md, "Stories: the threshold retuned"): 0.25 -> 0.325 keeps ecbplus at
# 0.823, lifts mixed-dev 0.772 -> 0.810 and links 8 instead of 24 of 255 unrelated htmldate pages
# into stories; above it ecbplus falls (0.818 at 0.35, 0.802 at 0.375).
STORY_THRESHOLD = 0.325
# Each event's highest-weighted terms go into the inverted index that proposes candidate pairs.
STORY_TOP_TERMS = 30
# Candidate events share at least this many of their top terms. One shared term pairs every two
# events that name "Obama": 31M candidate pairs on a 50k-article heap (165 s, 2.8 GB); two cut
# that to 2.3M (bench/README.md, "Scale"), and events of one story share far more than two.
STORY_MIN_SHARED = 2


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryCluster:
    """One story: its id, its events (ordered by start) and their articles (sorted ids)."""

    id: str
    event_ids: tuple[str, ...]
    article_ids: tuple[str, ...]
    start: str | None
    end: str | None


def _event_matrix(
    articles: Sequence[Article],
    events: Sequence[EventCluster],
    term_vectors: tuple[Sequence[str], TermVectors] | None,
) -> sparse.csr_matrix:
    position = {a.id: k for k, a in enumerate(articles)}
    missing = [aid for e in events for aid in e.article_ids if aid not in position]
    if missing:
        raise ValueError(
            f"events name articles that were not given: {missing[:3]}; pass the same articles "
            "that the events were fitted on"
        )
    if term_vectors is not None and list(term_vectors[0]) == [a.id for a in articles]:
        vectors = term_vectors[1].matrix  # the event stage's rows: no second fit
    else:
        vectors = TermVectors.fit(article_terms(a) for a in articles).matrix
    rows = [k for k, e in enumerate(events) for _ in e.article_ids]
    cols = [position[aid] for e in events for aid in e.article_ids]
    member = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(events), len(articles)))
    m = sparse.csr_matrix(member @ vectors)
    norms = np.sqrt(np.asarray(m.multiply(m).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    # each row scaled in place: diags(1 / norms) @ m gave each entry 0 + (1 / norm) * value, the
    # same float, at the cost of a second sparse product
    m.data *= np.repeat(1.0 / norms, np.diff(m.indptr))
    m.sort_indices()
    return m


class StoryClusterer:
    """Link events into stories (see the module docstring).

    After `fit(articles, events)`: `labels_[k]` is the index in `stories_` of events[k]'s story,
    `story_ids_[k]` its id, and `stories_` the stories ordered by start day.
    """

    def __init__(
        self,
        threshold: float = STORY_THRESHOLD,
        *,
        top_terms: int = STORY_TOP_TERMS,
        min_shared: int = STORY_MIN_SHARED,
        jobs: int = 1,
    ) -> None:
        self.jobs = jobs  # worker processes for the candidate pairs' cosines
        self.threshold = threshold
        self.top_terms = top_terms
        self.min_shared = min_shared

    def fit(
        self,
        articles: Sequence[Article],
        events: Sequence[EventCluster],
        *,
        term_vectors: tuple[Sequence[str], TermVectors] | None = None,
    ) -> StoryClusterer:
        """Link `events` (fitted on `articles`) into stories.

        `term_vectors` is an EventClusterer's `term_vectors_`: the article rows it already built,
        reused when it covers exactly these articles (else the rows are fitted again).
        """
        order = sorted(range(len(events)), key=lambda k: events[k].id)
        evs = [events[k] for k in order]
        arts = sorted(articles, key=lambda a: a.id)
        n = len(evs)
        if n:
            m = _event_matrix(arts, evs, term_vectors)
            tv = TermVectors(matrix=m, vocabulary={}, df=np.zeros(0))
            i, j = candidate_pairs(
                tv.top_terms(self.top_terms), np.full(n, np.nan), min_shared=self.min_shared
            )
            sims = row_dots(m, i, j, jobs=self.jobs)
            labels = average_link(n, i, j, sims, self.threshold)
        else:
            labels = np.zeros(0, dtype=np.int64)
        groups: dict[int, list[EventCluster]] = {}
        for e, lab in zip(evs, labels.tolist(), strict=True):
            groups.setdefault(lab, []).append(e)
        stories = []
        for members in groups.values():
            members.sort(key=lambda e: (e.start is None, e.start or "", e.id))
            starts = [e.start for e in members if e.start]
            ends = [e.end for e in members if e.end]
            ids = sorted(aid for e in members for aid in e.article_ids)
            stories.append(
                StoryCluster(
                    id="s-" + hashlib.sha1("\n".join(ids).encode("utf-8")).hexdigest()[:12],
                    event_ids=tuple(e.id for e in members),
                    article_ids=tuple(ids),
                    start=min(starts) if starts else None,
                    end=max(ends) if ends else None,
                )
            )
        stories.sort(key=lambda s: (s.start is None, s.start or "", s.id))
        index = {eid: k for k, s in enumerate(stories) for eid in s.event_ids}
        self.stories_ = stories
        self.labels_ = np.array([index[e.id] for e in events], dtype=np.int64)
        self.story_ids_ = [stories[k].id for k in self.labels_.tolist()]
        return self


def cluster_stories(
    articles: Sequence[Article], events: Sequence[EventCluster], threshold: float = STORY_THRESHOLD
) -> list[StoryCluster]:
    """The stories of `events` (a one-shot StoryClusterer(threshold).fit(articles, events).stories_)."""
    return StoryClusterer(threshold).fit(articles, events).stories_
