"""A range's end comes after its start: when "from X to Y" read Y before X, the range is read whole,
the pair that holds publication (or lies nearer it) of the end moved a week or year later and the
start moved earlier (timex RANGE). Real T17 sentences."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions

RANGES = [
    # T17 bpoil_foxnews/636, a Thursday: the Saturday was the one before
    (
        "A grassroots campaign called Seize BP is protesting in more than 50 cities from Thursday through Saturday .",
        "2010-06-03",
        ("2010-06-03", "2010-06-05"),
    ),
    # T17 bpoil_reuters/984: August 2009
    (
        '" If the entire Gulf were closed to recreational fishing from May to August , the region would lose '
        '... $ 1.1 billion and about 19,000 jobs , " he said .',
        "2010-07-12",
        ("2010-05", "2010-08"),
    ),
    # T17 bpoil_reuters/764: the start was read in 2011 from the "predict" after it
    (
        "The Atlantic hurricane season runs from June 1 to Nov 30 and meteorologists predict this year will "
        "be a very active one .",
        "2010-06-28",
        ("2010-06-01", "2010-11-30", "2010"),
    ),
    # T17 bpoil_washingtonpost/131
    (
        "The National Weather Service issued a flood warning for the Louisiana coast from Friday until Sunday "
        "evening .",
        "2010-04-30",
        ("2010-04-30", "2010-05-02"),
    ),
]
KEPT = [
    # a range read in order is left alone (T17 bpoil_foxnews/782, a December story)
    (
        "From April through June , when BP 's stock was tanking , Fred Fromm sold .",
        "2010-12-29",
        ("2010-04", "2010-06"),
    ),
    # no "from": two dates in a row are no range
    ("The vote on Saturday - Thursday 's was delayed .", "2010-06-03", ("2010-05-29", "2010-06-03")),
]


@pytest.mark.parametrize(("text", "published", "values"), RANGES + KEPT)
def test_a_range_reads_forward(text: str, published: str, values: tuple[str, ...]) -> None:
    assert tuple(t.value for t in find_time_expressions(text, published)) == values
