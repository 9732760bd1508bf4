"""An undated article takes the days of the cluster it joins (linkage.UNDATED_TIME, session 21):
between two clusters with dated members, its edges count with the time factor of the two
clusters' days instead of the undated factor; fit = incremental."""

from __future__ import annotations

import random
from typing import Any

import numpy as np

from newsprism.cluster import events as events_module
from newsprism.cluster.events import UNDATED_FACTOR, EventClusterer, gap_factor, time_factor
from newsprism.cluster.features import TermWeights, article_terms
from newsprism.cluster.incremental import IncrementalEventClusterer
from newsprism.cluster.linkage import average_link
from newsprism.records import Article

NAN = float("nan")


def _clusters(days: list[float], triples: list[tuple[int, int, float]], timed: bool = True) -> list[int]:
    rows, cols, sims = (np.array(x) for x in zip(*triples, strict=True))
    kw: dict[str, Any] = {"undated_factor": UNDATED_FACTOR, "gap_factor": gap_factor} if timed else {}
    labels = average_link(
        len(days), rows, cols, sims.astype(float), 0.225, days=np.array(days), max_span=7, **kw
    )
    return labels.tolist()


def test_gap_factor_is_the_time_factor_of_one_gap() -> None:
    gaps = [0.0, 2.0, 3.0, 4.0, 7.0, 30.0, 60.0, 61.0]
    assert [gap_factor(g) for g in gaps] == time_factor(np.array(gaps)).tolist()


def test_an_undated_member_counts_fully_next_to_a_cluster_of_its_days() -> None:
    # 0 (day 100) and the undated 1 are one cluster; 2 (day 101) is linked to 0 by 0.2 and to the
    # undated 1 by 0.221 (its similarity x 0.85): (0.2 + 0.221) / 2 < 0.225 while 1's day is
    # unknown, but 1 is now of day 100, a day from 2: (0.2 + 0.26) / 2 > 0.225
    days = [100.0, NAN, 101.0]
    edges = [(0, 1, 0.5 * UNDATED_FACTOR), (1, 2, 0.26 * UNDATED_FACTOR), (0, 2, 0.2)]
    assert _clusters(days, edges, timed=False) == [0, 0, 1]
    assert _clusters(days, edges) == [0, 0, 0]
    # a cluster five days away: the undated member's edge decays as a dated one would
    days = [100.0, NAN, 105.0]
    edges = [(0, 1, 0.5 * UNDATED_FACTOR), (1, 2, 0.3), (0, 2, 0.16)]
    assert _clusters(days, edges, timed=False) == [0, 0, 0]  # (0.16 + 0.3) / 2
    assert _clusters(days, edges) == [0, 0, 1]  # (0.16 + 0.353 x 0.75) / 2


def test_between_undated_clusters_nothing_changes() -> None:
    # no dated member on either side: the undated factor stays, whatever the days elsewhere
    days = [NAN, NAN, NAN, 100.0]
    edges = [(0, 1, 0.5), (1, 2, 0.22), (0, 2, 0.22), (2, 3, 0.1)]
    assert _clusters(days, edges) == _clusters(days, edges, timed=False) == [0, 0, 1, 2]


def test_edges_below_the_threshold_still_reach_the_component() -> None:
    # {0, 1} and {2, 3} are linked only by edges given below the threshold: 0.22 between dated
    # reports, 0.2 from the undated 1 (0.235 once 1 has 0's day): (2 x 0.22 + 2 x 0.235) / 4 >
    # 0.225. Average link's components must hold such edges (above 0.225 x 0.85), or the two
    # pairs would be clustered apart
    days = [100.0, NAN, 100.0, 100.0]
    edges = [(0, 1, 0.9), (2, 3, 0.9), (1, 2, 0.2), (1, 3, 0.2), (0, 2, 0.22), (0, 3, 0.22)]
    assert _clusters(days, edges, timed=False) == [0, 0, 1, 1]  # (0.4 + 0.44) / 4 = 0.21
    assert _clusters(days, edges) == [0, 0, 0, 0]


WORDS = tuple(
    [
        "senate",
        "vote",
        "budget",
        "bill",
        "court",
        "ruling",
        "judge",
        "appeal",
        "storm",
        "flood",
        "river",
        "rescue",
        "quake",
        "island",
        "village",
        "toll",
        "election",
        "ballot",
        "count",
        "mayor",
        "strike",
        "union",
        "wage",
        "factory",
        "fire",
        "blaze",
        "church",
        "arson",
        "vaccine",
        "booster",
        "panel",
        "agency",
        "spill",
        "well",
        "oil",
        "coast",
    ]
)


def _corpus(seed: int) -> list[Article]:
    rng = random.Random(seed)
    arts = []
    for k in range(60):
        topic = rng.randrange(6)
        words = [WORDS[(topic * 5 + rng.randrange(7)) % len(WORDS)] for _ in range(30)]
        day = 1 + topic * 3 + rng.randrange(3)
        published = None if rng.random() < 0.5 else f"2021-03-{day:02d}"
        arts.append(
            Article(id=f"a{k:02d}", source="s", title=None, text=" ".join(words), published=published)
        )
    return arts


def _untimed(*args: Any, **kwargs: Any) -> np.ndarray:
    """average_link as events.py called it before the rule."""
    kwargs.pop("gap_factor")
    return average_link(*args, **kwargs)


def test_fit_and_incremental_agree_with_undated_members() -> None:
    changed = 0
    for seed in range(4):
        arts = _corpus(seed)
        weights = TermWeights.of(article_terms(a) for a in arts)
        batch = EventClusterer(weights=weights).fit(arts)
        want = sorted(e.article_ids for e in batch.events_)
        for order in (arts, arts[::-1]):
            inc = IncrementalEventClusterer(weights=weights)
            for a in order:
                inc.partial_fit([a])
            assert sorted(e.article_ids for e in inc.events_) == want
        # the same articles in another order: the same events
        assert sorted(e.article_ids for e in EventClusterer(weights=weights).fit(arts[::-1]).events_) == want
        try:
            events_module.average_link = _untimed
            before = sorted(e.article_ids for e in EventClusterer(weights=weights).fit(arts).events_)
        finally:
            events_module.average_link = average_link
        changed += before != want
    assert changed  # the rule is at work in these corpora
