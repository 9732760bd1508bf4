"""Two groups of quake reports whose magnitudes never agree are two quakes (cluster/magnitudes.py,
session 20): the magnitudes a lead states, the refusal in average link, fit = incremental."""

from __future__ import annotations

import numpy as np

from newsprism.cluster.events import EventClusterer
from newsprism.cluster.features import TermWeights, article_terms
from newsprism.cluster.incremental import IncrementalEventClusterer
from newsprism.cluster.linkage import average_link
from newsprism.cluster.magnitudes import MAGNITUDE_QUORUM, lead_magnitudes, quakes_apart
from newsprism.records import Article


def _article(k: int, text: str, title: str | None = None, published: str | None = None) -> Article:
    return Article(id=f"a{k:02d}", source=f"s{k}", title=title, text=text, published=published)


def test_the_magnitudes_a_lead_states() -> None:
    def read(text: str, title: str | None = None) -> tuple[int, ...]:
        return lead_magnitudes(_article(0, text, title))

    assert read("An earthquake measuring at least magnitude - 5. 9 shook southern Iran.") == (59,)
    assert read("Tremors from an earthquake registering 6. 1 on the Richter scale were felt.") == (61,)
    assert read("A magnitude-5.2 quake hit the island. The USGS put it at magnitude 5.4.") == (52, 54)
    assert read("Quake hits island", "5. 9 Earthquake Jolts Iran; the magnitude was revised") == (59,)
    # no magnitude word near: a share, a price, a time, a figure far from the word
    assert read("Prices rose 5.4 percent in June, the largest rise since 2008.") == ()
    assert read("A quake of great magnitude. It struck at 5.11 p.m. and cost $5.6 billion.") == ()
    assert read("The magnitude of the spill is enormous." + " word" * 20 + " it grew 4.2 times") == ()
    # only the lead is read
    assert read("A strong quake hit the island on Sunday." + " x" * 300 + " magnitude 5.6") == ()


def test_two_groups_agree_within_a_tenth() -> None:
    assert quakes_apart({56}, {59, 61})
    assert quakes_apart({52, 54, 56}, {59, 60, 61})  # ECB+ topic 20: Qeshm 2008 and 2005
    assert not quakes_apart({59}, {60, 61})  # 5.9 and 6.0 agree: the 6.0 report bridges them
    assert not quakes_apart(set(), {56})


def _edges(*triples: tuple[int, int, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, cols, sims = zip(*triples, strict=True)
    return np.array(rows), np.array(cols), np.array(sims, dtype=np.float64)


# two pairs of reports (0-1 and 2-3) tightly linked, and every cross pair at 0.4: one cluster
# unless their magnitudes say two quakes
LINKED = [(0, 1, 0.9), (2, 3, 0.9)] + [(a, b, 0.4) for a in (0, 1) for b in (2, 3)]


def _clusters(magnitudes: list[tuple[int, ...]]) -> int:
    rows, cols, sims = _edges(*LINKED)
    return len(set(average_link(4, rows, cols, sims, 0.225, magnitudes=magnitudes).tolist()))


def test_average_link_refuses_two_quakes() -> None:
    assert _clusters([(56,), (56,), (59,), (59, 61)]) == 2
    assert _clusters([(56,), (56,), (59,), (56, 59)]) == 1  # one report states both: one quake
    assert _clusters([(59,), (59,), (61,), (60,)]) == 1  # 5.9 / 6.0 / 6.1: agencies of one quake
    assert _clusters([(), (), (), ()]) == 1
    assert _clusters([(56,), (), (59,), ()]) == 1  # one report a side: below the quorum
    assert MAGNITUDE_QUORUM == 2
    rows, cols, sims = _edges(*LINKED)
    assert len(set(average_link(4, rows, cols, sims, 0.225).tolist())) == 1  # no magnitudes given


QUAKE = (
    "A strong earthquake jolted Qeshm island off Iran's southern coast on Sunday, damaging mud-brick "
    "villages around the town of Dargahan, state television reported. The tremor was felt in Dubai "
    "and in Oman, and rescue teams were sent from Bandar Abbas."
)


def _quake_reports(magnitudes: list[str]) -> list[Article]:
    return [
        _article(k, f"{QUAKE.replace('A strong earthquake', f'A magnitude {m} earthquake')} Report {k}.")
        for k, m in enumerate(magnitudes)
    ]


def test_fit_and_incremental_split_two_quakes_alike() -> None:
    arts = _quake_reports(["5.6", "5.6", "5.6", "5. 9", "6. 1", "5.9"])
    assert [lead_magnitudes(a) for a in arts] == [(56,), (56,), (56,), (59,), (61,), (59,)]
    weights = TermWeights.of(article_terms(a) for a in arts)
    batch = EventClusterer(weights=weights).fit(arts)
    assert sorted(e.article_ids for e in batch.events_) == [("a00", "a01", "a02"), ("a03", "a04", "a05")]
    for order in (arts, arts[::-1]):
        inc = IncrementalEventClusterer(weights=weights)
        for a in order:
            inc.partial_fit([a])
        assert sorted(e.article_ids for e in inc.events_) == sorted(e.article_ids for e in batch.events_)
    # the same reports with magnitudes that agree (5.6 / 5.7): one quake
    same = _quake_reports(["5.6", "5.6", "5.6", "5.7", "5.7", "5.7"])
    assert len(EventClusterer(weights=weights).fit(same).events_) == 1
    # and without any magnitude, one event as before
    plain = [_article(k, f"{QUAKE} Report {k}.") for k in range(6)]
    assert len(EventClusterer(weights=weights).fit(plain).events_) == 1
