"""Incremental events: any batching in date order gives exactly the batch events; merges, splits, work."""

from __future__ import annotations

import itertools
import math
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsprism.cluster import EventClusterer
from newsprism.cluster.features import TermWeights, article_terms
from newsprism.cluster.incremental import IncrementalEventClusterer
from newsprism.cluster.timing import article_time
from newsprism.extract import extract
from newsprism.ingest import read_documents
from newsprism.records import Article

# every 5th article of clustering/mixed-dev (ECB+, BASIL, AllSides, dated and undated): 255
SUBSET_STEP = 5


@pytest.fixture(scope="module")
def dev(shared: Path) -> list[Article]:
    docs = read_documents([str(shared / "data" / "clustering" / "mixed-dev" / "docs.jsonl")])
    arts = [a for a in map(extract, itertools.islice(docs, 0, None, SUBSET_STEP)) if a.kept]
    assert len(arts) > 200
    return arts


def _date_order(arts: list[Article], rng: random.Random) -> list[Article]:
    """Articles by day (undated last), same-day and undated ones in a random order."""

    def day(a: Article) -> float:
        t = article_time(a)
        return (t.lo + t.hi) / 2 if math.isfinite(t.lo) else math.inf

    shuffled = list(arts)
    rng.shuffle(shuffled)
    return sorted(shuffled, key=day)


def _feed(inc: IncrementalEventClusterer, arts: list[Article], sizes: list[int]) -> None:
    k, sizes_left = 0, iter(itertools.cycle(sizes))
    while k < len(arts):
        size = next(sizes_left)
        inc.partial_fit(arts[k : k + size])
        k += size


def _events(ids: list[str], event_ids: list[str]) -> dict[str, str]:
    return dict(zip(ids, event_ids, strict=True))


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), sizes=st.lists(st.integers(1, 60), min_size=1, max_size=8))
def test_date_ordered_batches_give_the_batch_events(dev: list[Article], seed: int, sizes: list[int]) -> None:
    weights = TermWeights.of(article_terms(a) for a in dev)
    inc = IncrementalEventClusterer(weights=weights)
    _feed(inc, _date_order(dev, random.Random(seed)), sizes)
    batch = EventClusterer().fit(dev)  # its weights are counted on the same articles
    assert _events(inc.ids_, inc.event_ids_) == _events([a.id for a in dev], batch.event_ids_)
    assert inc.events_ == batch.events_
    assert inc.n_candidates_ == batch.n_candidates_


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), sizes=st.lists(st.integers(1, 40), min_size=1, max_size=5))
def test_windowed_posting_lists_any_order(dev: list[Article], seed: int, sizes: list[int]) -> None:
    # short lists (6) and windows (2) make most lists windowed, so arrivals inside a list drop
    # pairs; any order, weights from the first batch: the same events as fit with those weights
    arts = list(dev)
    random.Random(seed).shuffle(arts)
    inc = IncrementalEventClusterer(max_posting=6, window=2)
    _feed(inc, arts, sizes)
    assert inc.weights_ is not None
    batch = EventClusterer(max_posting=6, window=2, weights=inc.weights_).fit(dev)
    assert _events(inc.ids_, inc.event_ids_) == _events([a.id for a in dev], batch.event_ids_)
    assert inc.n_candidates_ == batch.n_candidates_


def test_one_more_article_reclusters_only_its_component(dev: list[Article]) -> None:
    arts = _date_order(dev, random.Random(0))
    inc = IncrementalEventClusterer(weights=TermWeights.of(article_terms(a) for a in dev))
    inc.partial_fit(arts[:-1])
    assert inc.n_reclustered_ == len(arts) - 1
    last = arts[-1]
    inc.partial_fit([last])
    event = next(e for e in inc.events_ if last.id in e.article_ids)
    # its component: at least its event, far from the whole store (a component is linked by edges
    # above the loner threshold, 0.16: 96 of these 255 articles; above the event threshold: 41)
    assert len(event.article_ids) <= inc.n_reclustered_ < len(arts) // 2
    lone = Article(
        id="lone",
        source="lone",
        title="Glassblowers of Murano show a chandelier",
        text="A workshop on the lagoon island finished a chandelier of nine thousand glass drops.",
    )
    inc.partial_fit([lone])
    # a new event of its own; re-clustered: itself and the few components with an edge its words
    # re-weighted (MIN_DF: "glass" now held by two articles), not the store
    assert inc.created_ == (inc.event_ids_[-1],) and inc.n_reclustered_ < 10


def _article(aid: str, title: str, text: str, published: str = "2017-11-13") -> Article:
    return Article(id=aid, source=aid, title=title, text=text, published=published)


QUAKE = _article(
    "a-quake",
    "Earthquake of magnitude 7.3 hits Kermanshah in western Iran",
    "A strong earthquake of magnitude 7.3 struck the Kermanshah province of western Iran near the "
    "border with Iraq, killing hundreds of villagers and flattening homes, the Red Crescent said.",
)
RESCUE = _article(
    "b-rescue",
    "Rescuers search the rubble of Sarpol-e Zahab",
    "Rescue teams from Tehran searched the rubble of Sarpol-e Zahab through the night as aftershocks "
    "shook the town and survivors slept outside in the cold.",
)
BRIDGE = _article(
    "c-bridge",
    "Kermanshah earthquake: rescuers search rubble of Sarpol-e Zahab",
    "After the magnitude 7.3 earthquake struck Kermanshah province in western Iran near the border "
    "with Iraq, rescue teams from Tehran searched the rubble of Sarpol-e Zahab through the night.",
)


def _weights(*arts: Article) -> TermWeights:
    return TermWeights.of(article_terms(a) for a in arts)


def test_a_bridging_article_merges_two_events() -> None:
    weights = _weights(QUAKE, RESCUE, BRIDGE)
    inc = IncrementalEventClusterer(weights=weights).partial_fit([QUAKE, RESCUE])
    quake, rescue = inc.event_ids_
    assert quake != rescue
    inc.partial_fit([BRIDGE])
    merged = inc.event_ids_[-1]
    assert set(inc.event_ids_) == {merged}
    assert inc.changed_ == {quake: (merged,), rescue: (merged,)}
    assert inc.created_ == (merged,)
    batch = EventClusterer(weights=weights).fit([QUAKE, RESCUE, BRIDGE])
    assert inc.events_ == batch.events_


def test_later_articles_take_a_member_away() -> None:
    # the quake report and a report of both the quake and the rescue are one event; two rescue
    # reports arrive, closer to the second: it goes with them, the quake report stands alone
    both = _article(
        "c-both",
        "Rescuers search rubble of Sarpol-e Zahab after the Kermanshah disaster",
        "Rescue teams from Tehran searched the rubble of Sarpol-e Zahab through the night. The "
        "magnitude 7.3 earthquake struck Kermanshah province of western Iran near the border with Iraq.",
    )
    closer = _article(
        "d-rescue",
        "Rescuers search rubble of Sarpol-e Zahab",
        "Rescue teams from Tehran searched the rubble of Sarpol-e Zahab through the night, and "
        "survivors of Sarpol-e Zahab slept outside in the cold as aftershocks shook the town.",
    )
    # average link's own split: lone articles stay alone (loner_threshold 1.0)
    weights = _weights(QUAKE, both, closer, RESCUE)
    inc = IncrementalEventClusterer(weights=weights, loner_threshold=1.0).partial_fit([QUAKE, both])
    (first,) = set(inc.event_ids_)
    inc.partial_fit([closer, RESCUE])
    by_id = _events(inc.ids_, inc.event_ids_)
    assert by_id["a-quake"] != by_id["c-both"] == by_id["d-rescue"] == by_id["b-rescue"]
    assert inc.changed_ == {first: tuple(sorted({by_id["a-quake"], by_id["c-both"]}))}
    assert set(inc.created_) == {by_id["a-quake"], by_id["c-both"]}
    batch = EventClusterer(weights=weights, loner_threshold=1.0).fit([QUAKE, both, closer, RESCUE])
    assert inc.events_ == batch.events_
    # with lone articles attached (the default), the quake report left alone joins the event whose
    # reports share its earthquake, in both modes
    inc = IncrementalEventClusterer(weights=weights).partial_fit([QUAKE, both])
    inc.partial_fit([closer, RESCUE])
    assert len(set(inc.event_ids_)) == 1
    assert inc.events_ == EventClusterer(weights=weights).fit([QUAKE, both, closer, RESCUE]).events_


def test_articles_are_added_once() -> None:
    inc = IncrementalEventClusterer().partial_fit([QUAKE])
    with pytest.raises(ValueError, match="already added"):
        inc.partial_fit([QUAKE])
