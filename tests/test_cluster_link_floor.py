"""The one floor for edges with an undated end (linkage.undated_link_floor, session 22): average
link's components and IncrementalEventClusterer's link floor take the same value, so an edge that
UNDATED_TIME may lift past the threshold is in the component in both modes."""

from __future__ import annotations

import numpy as np

from newsprism.cluster.events import LONER_THRESHOLD, UNDATED_FACTOR, gap_factor
from newsprism.cluster.incremental import IncrementalEventClusterer
from newsprism.cluster.linkage import average_link, undated_link_floor

NAN = float("nan")


def test_the_floor_is_the_threshold_times_the_undated_factor_a_hair_lower() -> None:
    assert undated_link_floor(0.225, 0.85) == 0.225 * 0.85 * (1 - 1e-9)
    assert 0.225 * 0.85 * (1 - 2e-9) < undated_link_floor(0.225, 0.85) < 0.225 * 0.85
    # a factor of 1 or more lifts nothing: the floor is the threshold itself (a hair lower)
    assert undated_link_floor(0.3, 1.0) == undated_link_floor(0.3, 1.2) == 0.3 * (1 - 1e-9)


def test_incremental_takes_the_same_floor_or_the_loner_threshold() -> None:
    # the shipped values: 0.225 x 0.85 = 0.191 is above the loner threshold 0.16, which a lone
    # article's attachment needs
    assert IncrementalEventClusterer()._link_floor == min(
        undated_link_floor(0.225, UNDATED_FACTOR), LONER_THRESHOLD
    )
    # a looser loner threshold than the floor: the floor
    c = IncrementalEventClusterer(0.3, undated_factor=0.5, loner_threshold=0.2)
    assert c._link_floor == undated_link_floor(0.3, 0.5) == 0.15 * (1 - 1e-9)


def test_an_edge_just_above_the_floor_is_in_the_component() -> None:
    # 1 (day 101) and the undated 2 join first; 0 (day 100) is linked to 1 by an edge at the
    # threshold (not above it) and to 2 by an edge just above the floor: once 2 has 1's days, a
    # day from 0, that edge counts x 1 / u, just above the threshold, so the link of {0} and
    # {1, 2} passes it. The edge must be in the component for that (no other edge of 0 is above
    # the threshold). A hair below the floor, even the lifted edge leaves the link below the
    # threshold (and the edge out of the component): 0 stays alone.
    u = UNDATED_FACTOR
    days = np.array([100.0, 101.0, NAN])
    rows, cols = np.array([1, 0, 0]), np.array([2, 1, 2])
    kw = {"days": days, "max_span": 7, "undated_factor": u, "gap_factor": gap_factor}
    sims = np.array([0.6 * u, 0.225, undated_link_floor(0.225, u) * (1 + 1e-6)])
    assert average_link(3, rows, cols, sims, 0.225, **kw).tolist() == [0, 0, 0]
    sims[2] = undated_link_floor(0.225, u) * (1 - 1e-6)
    assert average_link(3, rows, cols, sims, 0.225, **kw).tolist() == [0, 1, 1]
