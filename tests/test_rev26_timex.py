"""review26: this session's timex rules (fb6045a 'St.' ends no sentence, deed89c UNTIL_DAY) read some
weekdays in the wrong week. The fix: /tmp/h23/review26/timex.patch."""

from __future__ import annotations

import pytest

from newsprism.analyse.timex import find_time_expressions

# fb6045a: the dot of "St." never ends a sentence, but a street's "St." (made-up, plain local news
# wording) ends one, and the sentence after it took the "will" of the sentence before: the Friday
# ahead of a Wednesday story, for a crash that is over.
STREET_END = [
    (
        "Mourners will gather on Oak St. The crash on Friday killed three teens.",
        "2010-06-16",
        ("2010-06-11",),
    ),
    (
        "Crews will repave Main St. In a meeting Friday, the council approved the plan.",
        "2010-06-16",
        ("2010-06-11",),
    ),
    (
        "The parade will pass along Main St. A similar parade on Dec. 14 drew thousands.",
        "2010-12-03",
        ("2009-12-14",),
    ),
]
# ... the saint's "St." keeps its sentence whole (fb6045a's own case, kept by the patch)
SAINT = [
    ("The 30-year-old center was acquired by St. Louis on December 14.", "2010-12-03", ("2009-12-14",)),
]


@pytest.mark.parametrize(("text", "published", "values"), STREET_END)
def test_rev26_street_st_ends_a_sentence(text: str, published: str, values: tuple[str, ...]) -> None:
    assert tuple(t.value for t in find_time_expressions(text, published)) == values


@pytest.mark.parametrize(("text", "published", "values"), SAINT)
def test_rev26_saint_st_keeps_its_sentence(text: str, published: str, values: tuple[str, ...]) -> None:
    assert tuple(t.value for t in find_time_expressions(text, published)) == values


# deed89c UNTIL_DAY reads "until <weekday>" as the nearer of the two such days, but an "until" that
# opens its clause ends no period: the clause tells what held up to that day. Real: ECB+ 13_5ecbplus
# (dated 2019-01-28, a Monday): right (the Tuesday before) on the session's base 1b37e6c.
FRONTED_UNTIL = [
    (
        "It is an area of about 8. 7 acres near downtown Palmer that included, until Tuesday, the old "
        "creamery, an historic hatchery",
        "2019-01-28",
        ("2019-01-22",),
    ),
    # made-up, a Monday story: the shop is gone
    (
        "The corner shop, which until Tuesday had sold bread for 40 years, burned down.",
        "2010-06-21",
        ("2010-06-15",),
    ),
    # made-up: "waited" is a past state that ran to the day (as "remained", "stayed")
    ("They waited until Friday to announce it.", "2010-06-16", ("2010-06-11",)),
]
# ... and the rule's own cases still read the nearer day (deed89c's, kept by the patch)
UNTIL_AHEAD = [
    (
        "They had hoped to begin the test Monday but delayed it until Tuesday.",
        "2010-08-02",
        ("2010-08-02", "2010-08-03"),
    ),
    ("The latest extension lasts until Tuesday afternoon.", "2010-07-19", ("2010-07-20",)),
    ("Until Friday, the store will be closed.", "2010-06-16", ("2010-06-18",)),
]


@pytest.mark.parametrize(("text", "published", "values"), FRONTED_UNTIL)
def test_rev26_fronted_until_reads_back(text: str, published: str, values: tuple[str, ...]) -> None:
    assert tuple(t.value for t in find_time_expressions(text, published)) == values


@pytest.mark.parametrize(("text", "published", "values"), UNTIL_AHEAD)
def test_rev26_until_day_still_ahead(text: str, published: str, values: tuple[str, ...]) -> None:
    assert tuple(t.value for t in find_time_expressions(text, published)) == values
