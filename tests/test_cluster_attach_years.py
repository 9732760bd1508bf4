"""attach_loners applies the year guard of linkage (YEAR_GUARD_*) as average link does: a dated
lone article never joins a group of undated reports that name another time (session 19)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from newsprism.cluster.attach import attach_loners
from newsprism.cluster.events import EventClusterer
from newsprism.cluster.features import TermWeights, article_terms
from newsprism.cluster.incremental import IncrementalEventClusterer
from newsprism.cluster.linkage import average_link
from newsprism.records import Article

NAN = np.nan


def _day(iso: str) -> float:
    return float((dt.date.fromisoformat(iso) - dt.date(1970, 1, 1)).days)


def _edges(*triples: tuple[int, int, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rows, cols, sims = zip(*triples, strict=True)
    return np.array(rows), np.array(cols), np.array(sims, dtype=np.float64)


# nodes 0-3: undated reports, one cluster (a clique at 0.5); node 4: a dated report linked to two
# of them at 0.3, so average link leaves it alone and attachment decides
CLIQUE = [(a, b, 0.5) for a in range(4) for b in range(a + 1, 4)]
DAYS = np.array([NAN, NAN, NAN, NAN, _day("2005-07-25")])


def _attach(years: list[float], *extra: tuple[int, int, float], to_clique: float = 0.3) -> list[int]:
    rows, cols, sims = _edges(*CLIQUE, (0, 4, to_clique), (1, 4, to_clique), *extra)
    n = 4 + 1 + len({v for e in extra for v in e[:2]} - set(range(5)))
    days = np.r_[DAYS, [NAN] * (n - 5)]
    named = np.array(years + [NAN] * (n - len(years)))
    labels = average_link(n, rows, cols, sims, 0.225, days=days, max_span=7, named_years=named)
    assert labels[4] != labels[0]
    return attach_loners(labels, rows, cols, sims, 0.16, days=days, max_span=7, named_years=named).tolist()


def test_a_dated_loner_stays_out_of_undated_reports_naming_other_years() -> None:
    # three of the four name 2008 or 2009: their coverage is of 2008, the loner is of 2005
    assert _attach([2008.0, 2008.0, 2009.0, NAN])[4] != 0


def test_it_joins_when_the_years_agree_or_too_few_name_one() -> None:
    assert _attach([2005.0, 2004.0, 2005.0, NAN])[4] == 0
    assert _attach([2008.0, 2008.0, NAN, NAN])[4] == 0  # two namers: not enough (YEAR_GUARD_NAMED)
    # without the years, as before
    rows, cols, sims = _edges(*CLIQUE, (0, 4, 0.3), (1, 4, 0.3))
    labels = average_link(5, rows, cols, sims, 0.225, days=DAYS, max_span=7)
    assert attach_loners(labels, rows, cols, sims, 0.16, days=DAYS, max_span=7).tolist() == [0] * 5


def test_a_chain_through_an_undated_loner_falls_back_as_a_too_long_one() -> None:
    # node 5, undated and alone, points at the clique (its mean 0.21 beats its 0.2 to node 4);
    # node 4, dated, points at node 5 (0.2 beats its mean of 0.17 to the clique): the chain would
    # join 4 to the clique. The group falls back to its clusters, as a chain spanning too many
    # days does: both stay alone.
    years = [2008.0, 2008.0, 2009.0, NAN, NAN, NAN]
    chain = ((0, 5, 0.21), (1, 5, 0.21), (4, 5, 0.2))
    labels = _attach(years, *chain, to_clique=0.17)
    assert labels[:4] == [0] * 4 and len(set(labels)) == 3
    # with years that agree, the chain joins all three
    assert len(set(_attach([2005.0, 2005.0, 2005.0, NAN, NAN, NAN], *chain, to_clique=0.17))) == 1


def _article(k: int, text: str, published: str | None) -> Article:
    return Article(id=f"a{k}", source=f"s{k}", title=None, text=text, published=published)


def test_fit_and_incremental_keep_the_guard_alike() -> None:
    # four undated reports of a 2008 firing (naming 2008), and a dated 2005 signing of the same
    # team that shares some of their words: fit and the incremental clusterer give the same events
    firing = (
        "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday after a 9-14 start in 2008. "
        "General manager Ed Stefanski named Tony DiLeo interim coach for the rest of the season."
    )
    arts = [_article(k, firing + f" Report {k} of the 2008 dismissal.", None) for k in range(4)]
    arts.append(
        _article(
            4,
            "The Philadelphia 76ers signed Samuel Dalembert to a six-year deal on Saturday, general "
            "manager Ed Stefanski said; coach Maurice Cheeks welcomed the center back.",
            "2005-07-25",
        )
    )
    weights = TermWeights.of(article_terms(a) for a in arts)
    batch = EventClusterer(weights=weights).fit(arts)
    inc = IncrementalEventClusterer(weights=weights)
    for a in arts:
        inc.partial_fit([a])
    assert sorted(e.article_ids for e in inc.events_) == sorted(e.article_ids for e in batch.events_)
    assert ("a4",) in [e.article_ids for e in batch.events_]
    # the same signing dated 2008 joins the firing's reports
    arts[4] = _article(4, arts[4].text, "2008-12-13")
    assert len(EventClusterer(weights=weights).fit(arts).events_) == 1


def test_the_guard_at_the_edges_of_time() -> None:
    # a loner dated at either end of the calendar is compared like any other (no error); one known
    # only to be from before a day (Article.not_after: lo = -inf) has no year, as in average link;
    # all undated or all dated, nothing is refused
    rows, cols, sims = _edges(*CLIQUE, (0, 4, 0.3), (1, 4, 0.3))
    named = np.array([2008.0, 2008.0, 2009.0, NAN, NAN])
    labels = np.array([0, 0, 0, 0, 1])

    def attach(lo: list[float], hi: list[float]) -> list[int]:
        days, days_hi = np.array(lo), np.array(hi)
        out = attach_loners(
            labels, rows, cols, sims, 0.16, days=days, days_hi=days_hi, max_span=7, named_years=named
        )
        return out.tolist()

    undated = [NAN] * 4
    for far in ("0001-01-01", "9999-12-31"):
        assert attach(undated + [_day(far)], undated + [_day(far)])[4] == 1
    assert attach(undated + [-np.inf], undated + [_day("2005-07-25")])[4] == 0
    assert attach([NAN] * 5, [NAN] * 5) == [0] * 5
    dated = [_day("2005-07-25")] * 5
    assert attach(dated, dated) == [0] * 5
