"""corroborate: running tallies, multipliers set apart, bounds that meet, honours and units glued to
figures (claims23).

Real sentences of the heap's sources (the BP oil spill and swine flu reports, allsides, and the
heap's copies, which move a multiplier's word); each `test_no_false_conflict` pair was a conflict
before, each `test_still_a_conflict` pair must stay one.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate import _values, _words, corroborate
from newsprism.records import Article, Claim


def article(aid: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, published=published)


def conflicts(a: str, b: str, day_a: str | None = None, day_b: str | None = None) -> list[Claim]:
    claims = corroborate([article("a", a, day_a), article("b", b, day_b)])
    return [c for c in claims if c.status == "conflict"]


def numbers(text: str) -> list[tuple[str, float, str, str]]:
    return [
        (v.text, v.number, v.unit, v.hedge) for v in _values(text, False, _words(text)) if v.kind == "number"
    ]


UK_TOTAL_EARLY = "A new case of the H1N1 virus in England has taken the confirmed UK total to 28 , the Department of Health said ."
UK_TOTAL_LATE = (
    "Two new cases in England bring the confirmed UK total to 34 , the Department of Health said ."
)


@pytest.mark.parametrize(
    ("a", "b", "day_a", "day_b"),
    [
        # swine flu: a running tally two days apart
        (UK_TOTAL_EARLY, UK_TOTAL_LATE, "2009-05-05", "2009-05-07"),
        # "has now spread to": a count up to the writing, five days apart
        (
            "The swine flu ( H1N1 ) virus has now spread to 76 countries after it was first detected in Mexico in April .",
            "Swine flu originated in Mexico in April and has spread to 74 countries , infecting more than 27,700 people .",
            "2009-06-16",
            "2009-06-11",
        ),
        # a heap copy moves the multiplier's word: one figure written with and without it
        (
            "Obama said Gulf Coast residents have been frustrated by the slow payment of claims from a $ 20 billion BP fund .",
            "Obama noted Gulf Coast residents have been frustrated by the slow payment of claims from a $ 20 BP billion fund .",
            None,
            None,
        ),
        # a bound and an approximation that meet: "more than 4 million" allows "about 5 million"
        (
            "Eleven rig workers died and about 5 million barrels of oil spilled into the Gulf of Mexico , closing fisheries .",
            "The blowout killed 11 rig workers and spewed more than 4 million barrels of oil into the Gulf of Mexico , closing fisheries .",
            None,
            None,
        ),
        # "above" bounds a figure as "over" does: two lower bounds
        (
            "Allen said crews expected sustained winds above 39 mph at the spill site by early Saturday .",
            "Allen concluded that Tropical Storm Bonnie would hit the spill site with sustained winds above 40 mph on Saturday .",
            None,
            None,
        ),
        # a British honour before a surname is a title: "Lord Coe" is Sebastian Coe
        (
            "London Olympics chairman Lord Coe said the oil spill will not harm BP 's sponsorship of the 2012 Games .",
            "London Olympics chairman Sebastian Coe said the oil spill will not harm BP 's sponsorship of the 2012 Games .",
            None,
            None,
        ),
        # a nickname: "Tish James" is Letitia James
        (
            "New York Attorney General Letitia James accused Gov. Andrew Cuomo's administration of undercounting nursing home deaths.",
            "New York Attorney General Tish James accused Gov. Andrew Cuomo's administration of undercounting nursing home deaths.",
            None,
            None,
        ),
    ],
)
def test_no_false_conflict(a: str, b: str, day_a: str | None, day_b: str | None) -> None:
    assert conflicts(a, b, day_a, day_b) == []


@pytest.mark.parametrize(
    ("a", "b", "day_a", "day_b"),
    [
        # a tally of one day, and of days unknown (no sign the reports were written apart)
        (UK_TOTAL_EARLY, UK_TOTAL_LATE, "2009-05-05", "2009-05-05"),
        (UK_TOTAL_EARLY, UK_TOTAL_LATE, None, None),
        # counts of two days with no sign of a tally ("killed 50" / "left 49 dead")
        (
            "The gunman's rampage on two New Zealand mosques killed 50 people and wounded dozens more.",
            "The horrific rampage on two New Zealand mosques killed 49 people and wounded dozens more.",
            "2019-03-17",
            "2019-03-15",
        ),
        # two multipliers are two figures
        (
            "BP said the fund will pay out $ 2 million to fishermen along the Gulf Coast this year .",
            "BP said the fund will pay out $ 2 billion to fishermen along the Gulf Coast this year .",
            None,
            None,
        ),
        # two bounds that do not meet
        (
            "Officials said up to 5 million gallons of oil have leaked into the Gulf from the well .",
            "Officials said more than 6 million gallons of oil have leaked into the Gulf from the well .",
            None,
            None,
        ),
        # an honour does not join two given names: "Sebastian Coe" / "Peter Coe" stay two people
        (
            "London Olympics chairman Sebastian Coe said the oil spill will not harm BP 's sponsorship of the 2012 Games .",
            "London Olympics chairman Peter Coe said the oil spill will not harm BP 's sponsorship of the 2012 Games .",
            None,
            None,
        ),
    ],
)
def test_still_a_conflict(a: str, b: str, day_a: str | None, day_b: str | None) -> None:
    assert len(conflicts(a, b, day_a, day_b)) == 1


def test_units_glued_to_figures_and_decimal_commas() -> None:
    # "50km" is 50 kilometres, not a bare 50; the bracket keeps the hedge of what it converts
    assert numbers("about 30 miles ( 50km ) east of the Mississippi River delta") == [
        ("30", 30.0, " mile", "about"),
        ("50", 50.0, " kilome", "about"),
    ]
    assert numbers("drilling in depths of up to 10,000ft , at 50mph")[0][2] == " foot"
    # a decimal comma before a multiplier (the heap's tokenised Reuters pages); a thousands group
    # has three digits, so "1,200 million" is unchanged
    assert numbers("73,324 barrels ( 3.1 million gallons/11 ,7 million liters ) of oil")[-1][:2] == (
        "11 ,7 million",
        11_700_000.0,
    )
    assert numbers("the $ 20bn ( # 13,5 bn ) compensation fund")[-1][1] == 13_500_000_000.0
    assert numbers("some 1,200 million people")[0][1] == 1_200_000_000.0


def test_a_glued_unit_keeps_a_real_conflict() -> None:
    """heap event 365: BP's count of vessels on two days. The BBC article's "about 30 miles ( 50km )"
    read as a bare "about 50" had made it state "49 vessels", so the conflict was lost."""
    bbc = (
        "Seventy vessels - oil skimmers , tugboats barges and special recovery boats that separate oil from "
        "water - as well as five aeroplanes , were working to spray dispersants and round up oil , BP said . "
        "The slick was about 30 miles ( 50km ) east of the Mississippi River delta ."
    )
    fox = (
        "Louisiana-based BP spokesman Neil Chapman said 49 vessels -- oil skimmers , tugboats barges and special "
        "recovery boats that separate oil from water -- are working to round up oil ."
    )
    found = conflicts(bbc, fox)
    assert [sorted(c.values.values()) for c in found] == [["49", "Seventy"]]
