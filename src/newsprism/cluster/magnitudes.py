"""The magnitudes a quake report's lead states, and when two groups of reports are two quakes.

    lead_magnitudes(article) -> tuple of magnitudes in tenths (56 for "5.6"), () when none
    quakes_apart(a, b)       -> whether two groups' stated magnitudes never agree

A magnitude names the happening itself, as a date does: two quakes that hit one island on a Sunday
(ECB+ topic 20: Qeshm, 5.6 in 2008 and 5.9 / 6.1 in 2005) share every word of their reports, and
the older half is undated, so neither the words nor the days tell them apart. So average link
never merges two groups of reports that each state a magnitude (MAGNITUDE_QUORUM reports or more)
when no magnitude of one comes within one unit of the last stated digit (0.1) of one of the other.

- The figures of one quake differ between agencies (Tehran's 5.9 / the USGS's 6.1; Iranian
  television's 5.2 / the USGS's 5.4), and a report often gives both. A group keeps every figure its
  members state, so one report giving two agencies' figures (or a 6.0 between them) bridges them,
  and a group's figures only grow as it merges: more figures, fewer refusals.
- A group states a magnitude only when MAGNITUDE_QUORUM of its reports do. One report's figure
  may be another agency's alone (two lone reports, "5.9" and "6.1", of one quake are not refused),
  and past quakes named in a lead ("the last major quake, a magnitude-6.4 temblor in February")
  only add figures. On the dev sets quorum 1, 2 and 3 give the same clusters.
- The refusal is made when the pair comes up, as the year guard's (linkage.YEAR_GUARD_NAMED): a
  merge on either side re-tries the pair, so incremental.py still ends with fit's events.
- Lone articles attach afterwards without it: one report alone states no group's magnitude.

bench/event_figure_guard.py ("magnitudes only"): ECB+ 0.910 -> 0.916 (topic 20's halves apart),
mixed-dev 0.885 -> 0.888, basil and allsides unchanged (none of their reports states a magnitude),
heap-10000's labelled triplets unchanged. Only 13 dev reports state one, all of ECB+ topic 20.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from newsprism.records import Article

__all__ = ["MAGNITUDE_QUORUM", "lead_magnitudes", "quakes_apart"]

# the lead searched: the title and this many first characters of the body (as the figures that
# sessions 19 and 20 read: a report states its quake's magnitude in its first sentences)
LEAD_CHARS = 400
# members of a group that must state a magnitude before the group's figures can refuse a merge
MAGNITUDE_QUORUM = 2
# a decimal figure with "magnitude" or "Richter" at most this many characters before it or after
# it is a magnitude: "magnitude of at least 5. 9", "puts the magnitude at 6. 1", "a magnitude-5.2
# quake", "5.6 magnitude", "registering 6. 1 on the Richter scale"
MAGNITUDE_BEFORE = 30
MAGNITUDE_AFTER = 40
# two magnitudes agree within one unit of their last stated digit (figures are kept in tenths)
AGREE_TENTHS = 1

_WORD = re.compile(r"magnitude|richter", re.IGNORECASE)
# one digit, a point (ECB+'s tokenised texts write "6. 1") and one decimal: not a price ("$5.6"),
# a share ("5.6%"), a time ("5.11 p.m.") or a part of a longer number
_FIGURE = re.compile(r"(?<![\d.,$£€])([1-9])\s?\.\s?(\d)(?!\s?\d|\s?%|\s?percent)")


def lead_magnitudes(article: Article) -> tuple[int, ...]:
    """The magnitudes (in tenths, in order) that the title and first LEAD_CHARS characters state."""
    lead = (article.title or "") + "\n" + article.text[:LEAD_CHARS]
    if not _WORD.search(lead):
        return ()
    return tuple(
        int(m[1]) * 10 + int(m[2])
        for m in _FIGURE.finditer(lead)
        if _WORD.search(lead, max(0, m.start() - MAGNITUDE_BEFORE), m.end() + MAGNITUDE_AFTER)
    )


def quakes_apart(a: Collection[int], b: Collection[int]) -> bool:
    """Whether two groups' magnitudes (tenths; each group stating them by MAGNITUDE_QUORUM members
    or more, which the caller checks) never come within AGREE_TENTHS of each other."""
    return bool(a) and bool(b) and all(abs(x - y) > AGREE_TENTHS for x in a for y in b)
