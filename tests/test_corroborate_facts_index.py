"""An article's facts are read once per distinct value, its numbers indexed by unit (speed19c).

`_Facts.states` was asked once per pair of values and read every value of the article each time: two
statements of N figures each cost N * N * N. The answers must be what the plain scan gives.
"""

from __future__ import annotations

import pytest

from newsprism.corroborate import compare
from newsprism.corroborate.compare import _agree_dates, _agree_numbers, _Facts
from newsprism.corroborate.values import _Value
from newsprism.records import Article, Claim


def _plain_states(self: _Facts, value: _Value) -> bool:
    """The scan before speed19c: every value of the article, every time."""
    if value.kind == "name":
        name = " ".join(value.key)
        return f" {name} " in self.text or f" {name}s " in self.text
    if value.kind == "number":
        return any(
            v.kind == "number" and v.unit == value.unit and _agree_numbers(v, value) for v in self.values
        )
    return any(
        v.kind == "date"
        and (v.key[0] == "weekday") == (value.key[0] == "weekday")
        and _agree_dates(v.key, value.key)
        for v in self.values
    )


def _two_reports(a: str, b: str) -> list[Article]:
    return [
        Article(id="a", source="a.txt", text=a, published="2020-01-01"),
        Article(id="b", source="b.txt", text=b, published="2020-01-03"),
    ]


def _long_reports(n: int = 400) -> list[list[Article]]:
    """Four events of two reports; n = 400 figures a statement is 160,000 pairs of values."""
    figures = " ".join(f"{1000 * (i + 1):,} barrels ," for i in range(n))
    hedged = " ".join(f"more than {i + 1} million , about {i + 2} million ," for i in range(n // 4))
    dollars = " ".join(f"$ {i} billion ," for i in range(n // 4))
    return [
        # every figure but one is in both reports: 61 / 67 is the one disputed
        _two_reports(
            f"The spill released {figures} and 61 barrels , officials said .",
            f"The spill released {figures} and 67 barrels , officials said .",
        ),
        _two_reports(
            f"The spill released {hedged} barrels .", f"The spill released {hedged[::-1]} barrels ."
        ),
        _two_reports(
            f"The toll now stands at {dollars} officials said .",
            "The toll now stands at " + " ".join(f"$ {i} ," for i in range(n // 4)) + " officials said .",
        ),
        _two_reports(
            " ".join(
                f"Lord Coe{i} said on May {i % 28 + 1} the toll stands at {i} people ." for i in range(n // 4)
            ),
            " ".join(
                f"Sir Sebastian Coe{i} said on May {i % 27 + 1} the toll stands at {i + 1} people ."
                for i in range(n // 4)
            ),
        ),
    ]


def _claims(events: list[list[Article]]) -> list[list[Claim]]:
    from newsprism.corroborate import corroborate

    return [corroborate(articles) for articles in events]


def test_many_figures_give_the_one_disputed_figure() -> None:
    claims = _claims(_long_reports()[:1])[0]
    assert [c.values for c in claims if c.status == "conflict"] == [{"a": "61", "b": "67"}]


def test_the_indexed_facts_answer_as_the_plain_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    # The plain scan costs n^3 (n = 400: a CPU-minute, which stalled the suite); the answers must be
    # equal at any n, and 100 figures a statement still fill every index the indexed path builds.
    events = _long_reports(100)
    indexed = _claims(events)
    monkeypatch.setattr(compare._Facts, "states", _plain_states)
    assert _claims(events) == indexed
    assert any(c.status == "conflict" for claims in indexed for c in claims)


def test_a_number_is_read_against_its_unit_only() -> None:
    facts = compare._facts([], Article(id="a", source="a.txt", text=""))
    assert facts.numbers == {}
    dollars = _Value("number", "$ 20", (), 20.0, "$")
    count = _Value("number", "20", (), 20.0, "")
    facts = _Facts(" ", (dollars,), {"$": (dollars,)})
    assert facts.states(dollars) and not facts.states(count)
    assert facts.states(dollars)  # asked again: the same answer
