"""corroborate: session 19's leftovers (claims24). "now" marks a tally only for the figure of the
verb it stands before; figures of two systems (km / miles, m / ft, kg / lb) are compared after
conversion; a value repeated in a statement is compared once; the aligned pairs' figure test is
asked once per unordered pair."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsprism.corroborate as package
from newsprism.corroborate import _values, _words, compare, conflicts, corroborate, numbers
from newsprism.records import Article, Claim


def article(aid: str, text: str, published: str | None = None) -> Article:
    return Article(id=aid, source=f"{aid}.txt", text=text, published=published)


def claims(a: str, b: str, day_a: str | None = None, day_b: str | None = None) -> list[Claim]:
    return corroborate([article("a", a, day_a), article("b", b, day_b)])


def conflicts_of(a: str, b: str, day_a: str | None = None, day_b: str | None = None) -> list[Claim]:
    return [c for c in claims(a, b, day_a, day_b) if c.status == "conflict"]


def tallies(text: str) -> list[tuple[str, bool]]:
    return [(v.text, v.tally) for v in _values(text, False, _words(text)) if v.kind == "number"]


def test_now_marks_only_the_figure_of_its_verb() -> None:
    assert tallies("The swine flu virus has now spread to 76 countries .") == [("76", True)]
    assert tallies("The death toll now stands at 400 .") == [("400", True)]
    assert tallies("BP is now capturing nearly 1 million gallons a day .") == [("1 million", True)]
    # a figure after an article is the size of a thing: "now" dates the agreement
    assert tallies("BP has now agreed to set up a $ 20 billion fund .") == [("$ 20 billion", False)]
    # too far from the figure, and after it
    assert tallies("The system now in place is capturing 20,000 barrels and 5 more .") == [
        ("20,000", False),
        ("5", False),
    ]
    # the other tally words mark every count of their statement, wherever they stand (conflicts reads
    # them per statement): no figure of their own
    so_far = "So far , 45 million gallons have spilled and 11 people died ."
    assert tallies(so_far) == [("45 million", False), ("11", False)]
    assert numbers._TALLY.search(so_far) and not numbers._TALLY.search("BP has now agreed to a fund .")


def test_a_fund_named_with_now_a_day_after_another_multiplier_conflicts() -> None:
    # session 19 left this order hidden: "now" anywhere made the later, larger count a tally
    a = "BP agreed to set up a $ 20 million fund to pay claims from the oil spill in the Gulf , the White House said ."
    b = "BP has now agreed to set up a $ 20 billion fund to pay claims from the oil spill in the Gulf , the White House said ."
    assert conflicts_of(a, b, "2010-06-16", "2010-06-17")
    # a tally that grows two days apart stays hidden
    grown = conflicts_of(
        "The swine flu ( H1N1 ) virus has now spread to 76 countries after it was first detected in Mexico in April .",
        "Swine flu originated in Mexico in April and has spread to 74 countries , infecting more than 27,700 people .",
        "2009-06-16",
        "2009-06-11",
    )
    assert grown == []


EPICENTRE = "The epicentre of the quake was {} southwest of the port city of Bandar Abbas , the survey said ."


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        ("110km", "110 miles", {"a": "110 km", "b": "110 miles"}),
        ("20 kg", "20 pounds", {"a": "20 kg", "b": "20 lb"}),
        ("300 metres", "300 feet", {"a": "300 m", "b": "300 ft"}),
        ("110 km", "180 km", {"a": "110", "b": "180"}),  # one unit: shown as before
    ],
)
def test_figures_of_two_systems_conflict_after_conversion(a: str, b: str, shown: dict[str, str]) -> None:
    found = conflicts_of(EPICENTRE.format(a), EPICENTRE.format(b))
    assert [c.values for c in found] == [shown]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("110km", "70 miles"),  # 68.4 miles, rounded by the writer
        ("58km ( 36 miles )", "35 miles"),  # ECB+ Qeshm: USGS's distance in two reports
        ("58 kilometers", "35 miles"),
        ("20 kg", "44 pounds"),
        ("300 meters", "1,000 feet"),
        ("more than 110km", "70 miles"),  # a bound stays a bound
    ],
)
def test_one_figure_in_two_systems_is_corroborated(a: str, b: str) -> None:
    found = claims(EPICENTRE.format(a), EPICENTRE.format(b))
    assert [c.status for c in found] == ["corroborated"]


def test_temperatures_and_tons_are_not_converted() -> None:
    # no scale to convert by ("30 degrees" / "86 degrees" are one unit as before), tons of three kinds
    assert compare._other_unit(" degree") is None
    assert compare._other_unit(" ton") is None and compare._other_unit(" tonne") is None
    assert compare._other_unit(" kilome") == " mile" and compare._other_unit(" of mile") == " of kilome"


def test_a_value_repeated_in_a_statement_is_compared_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # "about 5 million, more than 4 million, " n times made n * n value pairs of one slot: the same
    # answer each time. Counted calls, not time: they stay the same as n doubles
    calls = 0
    differ = conflicts._differ

    def counted(a: object, b: object) -> bool:
        nonlocal calls
        calls += 1
        return differ(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(conflicts, "_differ", counted)
    counts = []
    for n in (50, 100, 200):
        calls = 0
        found = claims(
            "The spill released " + "about 5 million, more than 4 million, " * n + "barrels .",
            "The spill released " + "more than 4 million, about 5 million, " * n + "barrels .",
        )
        assert [c.status for c in found] == ["corroborated"]
        counts.append(calls)
    assert counts[0] == counts[1] == counts[2] > 0


def values_of_basil(shared: Path) -> list[object]:
    lines = (shared / "data" / "clustering" / "basil" / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines[:60]]
    texts += [
        "about 5 million, more than 4 million, up to 6 million, $ 20 billion, $ 20 BP billion, 840,000 to"
        " 1.2 million gallons, 5,012, 5,000, nearly 1 million, $140-150 million, 60, 61, 110km, 70 miles"
    ]
    return [v for t in texts for v in _values(t, False, _words(t)) if v.kind == "number"]


def test_figures_agree_both_ways(shared: Path) -> None:
    # the aligned pairs' figure test is asked once per unordered pair: it must not depend on the order
    figures = values_of_basil(shared)
    assert len(figures) > 200
    for x in figures:
        for y in figures:
            assert compare._agree_figures(x, y) == compare._agree_figures(y, x), (x, y)  # type: ignore[arg-type]


def test_the_figure_test_is_asked_once_per_pair(monkeypatch: pytest.MonkeyPatch, shared: Path) -> None:
    asked: list[tuple[int, int]] = []
    other = package._other_figures

    def counted(a: dict[str, list[object]], b: dict[str, list[object]]) -> bool:
        asked.append((id(a), id(b)))
        return other(a, b)  # type: ignore[arg-type]

    monkeypatch.setattr(package, "_other_figures", counted)
    lines = (shared / "data" / "clustering" / "basil" / "docs.jsonl").read_text(encoding="utf-8").splitlines()
    docs = [json.loads(line) for line in lines[:30]]
    arts = [Article(id=d["id"], source="basil", text=d["text"], outlet=d.get("outlet")) for d in docs]
    corroborate(arts)
    assert asked
    assert len({frozenset(p) for p in asked}) == len(asked)


def figures(text: str) -> list[tuple[str, float, str]]:
    return [(v.text, v.number, v.unit) for v in _values(text, False, _words(text)) if v.kind == "number"]


def test_an_m_before_the_thing_counted_is_millions() -> None:
    # British style: "11m gallons" is 11 million gallons; a length in metres has no plural noun after it
    assert figures("1989 : 11m gallons were spilt into Alaska 's Prince William Sound") == [
        ("11m", 11e6, " gallon")
    ]
    assert figures("a spill of 4.9 m barrels of oil") == [("4.9 m", 4.9e6, " barrel")]
    assert figures("the leak could grow to nearly 19m US gallons") == [("19m", 19e6, " gallon")]
    assert figures("killing more than 50m people") == [("50m", 50e6, "")]
    assert figures("The government estimates 1.5 m to 2.5 m gallons are leaking") == [
        ("1.5 m", 1.5e6, ""),
        ("2.5 m", 2.5e6, " gallon"),
    ]
    for metres in (
        "another 30ft ( 9m ) to drill",
        "up to 200m high",
        "a 150m fire-resistant boom",
        "50m by 50m",
    ):
        assert all(number < 1000 for _, number, _ in figures(metres)), metres
    # "US" before a measure word names the American one: still gallons
    assert figures("5,000 barrels ( 210,000 US gallons ) a day")[1][2] == " gallon"


def test_the_exxon_valdez_in_millions_is_no_conflict() -> None:
    # heap-10000 event 423: the Guardian's "11m gallons" of the Exxon Valdez, read as 11, conflicted
    # with Fox's "more than 18 million gallons" of this spill; "nearly 19m" states it
    a = (
        "Even using the most conservative estimate , that means the leak has grown to nearly 19m gallons ,"
        " surpassing the size of the 1989 Exxon Valdez disaster , which at about 11m gallons had been the"
        " nation 's worst spill ."
    )
    b = (
        "The top kill is BP 's latest bid to end a spill that has , by the most conservative estimate ,"
        " surpassed the Exxon Valdez disaster by gushing more than 18 million gallons into the Gulf ."
    )
    assert conflicts_of(a, b, "2010-05-28", "2010-05-27") == []


def figures_of(text: str) -> dict[str, list[Any]]:
    [statement] = package._statements(article("x", text), "x")
    return compare._figures(statement)


def test_a_statement_of_measures_only_and_one_of_none_tell_two_facts() -> None:
    # ECB+ Qeshm: the USGS's distance joined the magnitude claim once "58km" was a distance
    distance = figures_of(
        "The US Geological Survey put the epicentre of Sunday's quake at about 58km (36 miles) south - west of Bandar Abbas."
    )
    magnitude = figures_of(
        "Tehran's seismologic center put the quake's magnitude at 5. 9, but the U. S. Geological Survey said it was 6. 1."
    )
    assert sorted(distance) == [" kilome", " mile"] and sorted(magnitude) == [""]
    assert compare._other_figures(distance, magnitude) and compare._other_figures(magnitude, distance)
    # a share beside a count, a span of time beside a count, and an unknown compound are not told apart
    share = figures_of("Millions of retirees will get a 5.9% boost in benefits for 2022.")
    count = figures_of("Retirees will get the biggest payment increase in four decades, and 20 more.")
    span = figures_of("Retirees will see the biggest increase in 40 years, officials said.")
    compound = figures_of("A 5.9-magnitude quake struck the island about 58km away.")
    assert not compare._other_figures(share, count)
    assert not compare._other_figures(span, magnitude)
    assert not compare._other_figures(compound, magnitude)
