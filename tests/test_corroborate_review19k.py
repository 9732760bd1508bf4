"""corroborate: review of claims23's rules (review19k). A running tally only grows, so a count that
falls between two days' reports is still a conflict; a range of large counts may give its multiplier
at its high end only ("840,000 to 1.2 million gallons")."""

from __future__ import annotations

import pytest

from newsprism.corroborate import _values, _words, corroborate
from newsprism.records import Article, Claim


def article(aid: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, published=published)


def conflicts(a: str, b: str, day_a: str | None = None, day_b: str | None = None) -> list[Claim]:
    claims = corroborate([article("a", a, day_a), article("b", b, day_b)])
    return [c for c in claims if c.status == "conflict"]


def toll(n: str) -> str:
    return f"The death toll from the earthquake in the northern province now stands at {n} , officials said on Monday ."


@pytest.mark.parametrize(
    ("first", "second", "day_a", "day_b", "conflict"),
    [
        ("40", "400", "2020-01-01", "2020-01-02", False),  # grew a day later: two moments
        ("400", "40", "2020-01-02", "2020-01-01", False),  # the same, listed the other way round
        ("400", "40", "2020-01-01", "2020-01-02", True),  # fell a day later: a tally does not
        ("40", "400", "2020-01-01", "2020-01-01", True),  # one day
        ("40", "400", None, None, True),  # days unknown
    ],
)
def test_a_running_tally_only_grows(
    first: str, second: str, day_a: str | None, day_b: str | None, conflict: bool
) -> None:
    assert bool(conflicts(toll(first), toll(second), day_a, day_b)) is conflict


def test_a_fund_named_now_with_another_multiplier_a_day_later_still_conflicts() -> None:
    a = "BP has now agreed to set up a $ 20 billion fund to pay claims from the oil spill in the Gulf , the White House said ."
    b = "BP agreed to set up a $ 20 million fund to pay claims from the oil spill in the Gulf , the White House said ."
    assert conflicts(a, b, "2010-06-16", "2010-06-17")


def numbers(text: str) -> list[tuple[str, float, float, str]]:
    return [
        (v.text, v.number, v.upper, v.hedge) for v in _values(text, False, _words(text)) if v.kind == "number"
    ]


def test_a_range_of_large_counts_with_its_multiplier_at_the_high_end() -> None:
    assert numbers(
        "BP is capturing 20,000 to 28,500 barrels ( 840,000 to 1.2 million gallons ) of oil a day ."
    ) == [
        ("20,000 to 28,500", 20_000, 28_500, "range"),
        ("840,000 to 1.2 million", 840_000, 1_200_000, "range"),
    ]
    # a change, and a low end with no thousands comma, are no such range
    assert [n[0] for n in numbers("Claims fell from 840,000 to 1.2 million last week .")] == [
        "840,000",
        "1.2 million",
    ]
    assert [n[0] for n in numbers("It grew 10 to 20 million people .")] == ["10", "20 million"]


def test_a_capture_rate_within_another_reports_range_is_no_conflict() -> None:
    # heap-10000 event 520: the range read as two figures made "1.2 million" a count that fell to
    # "nearly 1 million" two days later
    a = "BP is capturing 20,000 to 28,500 barrels ( 840,000 to 1.2 million gallons ) of oil a day ."
    b = "The containment system now in place is capturing nearly 1 million gallons per day from the well ."
    assert not conflicts(a, b, "2010-06-27", "2010-06-29")
