"""A period's end still ahead of its article ("closed until 6 May") names no happening: the
timeline does not take it as a mention of the day (PERIOD_END_AHEAD). Once the day has passed,
naming it so recalls the state's end ("the spill ran until July 15, when the well was capped"),
which counts. After T17 H1N1 (April 2009) and bpoil (September 2010) sentences."""

from __future__ import annotations

from newsprism.records import Article
from newsprism.timeline import _read, build_timeline


def _article(i: int, published: str, text: str) -> Article:
    return Article(id=f"t17:{i}", source="t17", published=published, text=text)


SCHOOLS = [
    _article(
        i,
        f"2009-04-{26 + i % 3}",
        "Mexican authorities ordered the closure of schools in the capital and the states of Mexico and "
        "San Luis Potosi until 6 May . The World Health Organisation said on 24 April that the outbreak "
        "was a public health emergency of international concern .",
    )
    for i in range(4)
]


def test_a_period_end_ahead_is_no_mention() -> None:
    reading = _read(SCHOOLS[0].text, SCHOOLS[0].published)
    assert {n.date for n in reading.named} == {"2009-04-24"}
    days = [e.date for e in build_timeline(SCHOOLS, days_only=True)]
    assert "2009-05-06" not in days and "2009-04-24" in days


def test_a_period_end_behind_is_a_mention() -> None:
    text = (
        "The spill ran until July 15 , when the well was capped . BP said on Monday it would pay the claims ."
    )
    reading = _read(text, "2010-09-27")
    assert "2010-07-15" in {n.date for n in reading.named}


def test_a_relative_period_end_is_still_a_mention() -> None:
    # only a period end written by the calendar is left out: "till the next day" counts from a
    # narrated day (T17 bpoil_bbc/1317)
    text = (
        "On 27 May the inspectors asked for a helicopter , and BP refused , stating they did n't have any "
        "available till the next day ."
    )
    reading = _read(text, "2010-05-27")
    assert "2010-05-28" in {n.date for n in reading.named}
