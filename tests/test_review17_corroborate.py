"""review17: corroborate's span lookup (_inside) answers as a scan of every span does."""

import random

import pytest

from newsprism.corroborate import _inside, _values, _words, corroborate
from newsprism.records import Article


def test_inside_is_the_scan_of_every_span() -> None:
    rng = random.Random(17)
    for _ in range(2000):
        spans = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(0, 60)
            spans.append((start, start + rng.randint(0, 15)))  # overlapping and empty spans too
        inside = _inside(spans)
        for at in range(-2, 80):
            assert inside(at) == any(s <= at < e for s, e in spans), (spans, at)


def test_figures_inside_a_date_are_no_numbers() -> None:
    # the day and year of a date are taken: neither is read as a figure, the count after is
    text = "On March 5, 2013 police in Ohio seized 12 guns from a house"
    values = _values(text, False, _words(text))
    assert [v.number for v in values if v.kind == "number"] == [12.0]
    assert [v.text for v in values if v.kind == "date"] == ["March 5, 2013"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Health officials in Ohio reported 12 COVID-19 deaths in the county on Tuesday, the state said.",
            "Health officials in Ohio reported 15 deaths in the county on Tuesday, the state said.",
        ),
        (
            "Officials confirmed 40 H1N1 cases in the city of Mexico on Monday, the ministry said.",
            "Officials confirmed 55 cases in the city of Mexico on Monday, the ministry said.",
        ),
    ],
)
def test_a_model_count_alone_counts_the_whole(a: str, b: str) -> None:
    # no other count beside it: "12 COVID-19 deaths" counts every death, not a part of them
    # (4adc096 read any count before capitals and a number as a model's part, compared with none)
    claims = corroborate([Article(id="a", source="a.txt", text=a), Article(id="b", source="b.txt", text=b)])
    (claim,) = [c for c in claims if c.status == "conflict"]
    assert set(claim.values) == {"a", "b"}
