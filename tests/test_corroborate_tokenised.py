"""corroborate: tokenised pages (T17's, in the heap) put the space before a decimal's point or a
thousands comma: "gallons/6 .36 million liters", "gallons/795 ,000 liters" (claims22). Each is one
number, as the same figure written without the space; real sentences of heap-10000's Reuters reports.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate import _values, _words, corroborate
from newsprism.records import Article, Claim


def figures(text: str) -> list[tuple[float, str]]:
    return [(v.number, v.unit.strip()) for v in _values(text, False, _words(text)) if v.kind == "number"]


def conflicts(a: str, b: str) -> list[Claim]:
    arts = [Article(id="a", source="a.txt", text=a), Article(id="b", source="b.txt", text=b)]
    return [c for c in corroborate(arts) if c.status == "conflict"]


LEAK = "The partly contained leak is estimated flow to at up to 40,000 barrels ( 1.68 million gallons/6 .36 million liters ) a day ."
CATCH = "At least 5,000 barrels ( 210,000 gallons/795 ,000 liters ) of oil a day have been gushing into the Gulf ."


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        (LEAK, (6_360_000.0, "liter")),
        (CATCH, (795_000.0, "liter")),
        (
            "the well to 28,000 barrels ( 1.18 million gallons/4 .45 million liters ) a day , he said .",
            (4_450_000.0, "liter"),
        ),
    ],
)
def test_a_space_before_the_point_or_the_comma_is_one_number(text: str, figure: tuple[float, str]) -> None:
    # before: 6 / 795 / 4 with no unit, the rest of the figure unread
    values = figures(text)
    assert figure in values
    assert not [v for v in values if v[0] in (6.0, 795.0, 4.0)]


def test_the_high_end_of_a_range_with_a_space_before_the_point() -> None:
    # "1.5-2 .5 million gallons": a range up to 2.5 million (before: up to 2 million)
    text = "US scientists issued a figure of 35,000-60 ,000 barrels ( 1.5-2 .5 million gallons ) per day on 15 June ."
    (value,) = [
        v for v in _values(text, False, _words(text)) if v.kind == "number" and v.unit.strip() == "gallon"
    ]
    assert (value.number, value.upper, value.hedge) == (1_500_000.0, 2_500_000.0, "range")


def test_the_tokenised_figure_agrees_with_the_written_one() -> None:
    written = LEAK.replace("6 .36", "6.36")
    assert conflicts(LEAK, written) == []
    assert conflicts(CATCH, CATCH.replace("795 ,000", "795,000")) == []


@pytest.mark.parametrize(
    "text",
    [
        "The score was 3 , 4 and 5 by the end .",  # a tokenised list: spaces on both sides
        "They won 6 . 36 people were hurt .",  # a tokenised stop: spaces on both sides
    ],
)
def test_a_point_or_a_comma_with_spaces_on_both_sides_is_no_number(text: str) -> None:
    assert 6_360_000.0 not in [n for n, _ in figures(text)]
    assert 6.36 not in [n for n, _ in figures(text)]
    assert 3004.0 not in [n for n, _ in figures(text)]


def test_a_figure_after_a_unit_and_a_slash_takes_the_figure_s_hedge() -> None:
    # "up to ... 1.68 million gallons/6 .36 million liters": the liters are the gallons converted, up
    # to 6.36 million too; so a report of 4.45 million liters (a collection of 28,000 barrels) is no
    # conflict with it, as its 1.18 million gallons is none with "up to 1.68 million gallons"
    values = [(v.number, v.hedge) for v in _values(LEAK, False, _words(LEAK)) if v.unit.strip() == "liter"]
    assert values == [(6_360_000.0, "at most")]
    other = (
        LEAK.replace("up to 40,000", "28,000")
        .replace("1.68 million", "1.18 million")
        .replace("6 .36", "4 .45")
    )
    assert conflicts(LEAK, other) == []
