"""Datelines, dates and bylines of plain-text pages (extract.textdate, extract.byline)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsprism.extract.byline import looks_like_person, outlet_line, parse_byline
from newsprism.extract.textdate import (
    contradicted_by,
    find_dates,
    parse_dateline,
    strip_leading_date,
    year_from_context,
)


@pytest.mark.parametrize(
    ("line", "place", "month", "day", "agency"),
    [
        ("New Delhi, April 24", "New Delhi", 4, 24, None),
        ("BEIJING, June 18 (Reuters) - China said on Sunday", "Beijing", 6, 18, "Reuters"),
        ("LONDON (AP) — The Bank of England", "London", None, None, "AP"),
        ("WASHINGTON - The Senate voted", "Washington", None, None, None),
        ("Beijing: US Secretary of State Antony Blinken has landed", "Beijing", None, None, None),
    ],
)
def test_parse_dateline(
    line: str, place: str, month: int | None, day: int | None, agency: str | None
) -> None:
    dl = parse_dateline(line)
    assert dl is not None
    assert (dl.place, dl.month, dl.day, dl.agency) == (place, month, day, agency)


@pytest.mark.parametrize(
    "line", ["The Council: Mr Tadic said", "Share this article", "it rained - a lot", "By Jane Doe"]
)
def test_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None


def test_find_dates_formats() -> None:
    found = [
        f.date
        for f in find_dates("Wednesday, September 27, 2023; Thu Apr 25 2024; 16 January 2008; 2024-04-01")
    ]
    assert found == [dt.date(2023, 9, 27), dt.date(2024, 4, 25), dt.date(2008, 1, 16), dt.date(2024, 4, 1)]


def test_strip_leading_date() -> None:
    assert strip_leading_date("16 January 2008 – The Security Council met") == "The Security Council met"
    assert strip_leading_date("The Security Council met on 16 January 2008") == (
        "The Security Council met on 16 January 2008"
    )


def test_year_from_page_date() -> None:
    assert year_from_context(6, 18, "Updated June 19, 2023", "") == (2023, "page_date")


def test_year_from_office_holders() -> None:
    body = "US President Joe Biden ... Secretary of State Antony Blinken ... Admiral Dong Jun"
    assert year_from_context(4, 24, body, body) == (2024, "office_holders")
    assert year_from_context(4, 24, "nothing", "no names at all") == (None, None)


def test_contradicted_by_future_month() -> None:
    body = "The two leaders are likely to attend the next G20 summit in New Delhi in September."
    assert contradicted_by(dt.date(2023, 9, 27), body) is not None
    assert contradicted_by(dt.date(2023, 6, 18), body) is None


def test_contradicted_by_later_past_date() -> None:
    body = "The summit was held on June 3, 2024 in Geneva."
    assert contradicted_by(dt.date(2024, 1, 5), body) is not None
    assert contradicted_by(dt.date(2024, 6, 10), body) is None


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("By JANE DOE and John Roe", ("Jane Doe", "John Roe")),
        ("By Jane Doe, Reuters", ("Jane Doe",)),
        ("Jane Doe, Reuters", ("Jane Doe",)),
        ("By the end of today, things changed", ()),
        ("Tribune News Service", ()),
    ],
)
def test_parse_byline(line: str, names: tuple[str, ...]) -> None:
    assert parse_byline(line) == names


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("Chioma Kalu", True),
        ("Ajay Banerjee", True),
        ("Top News", False),
        ("View All", False),
        ("Stay Connected", False),
        ("Tribune News Service", False),
        ("Follow Us", False),
        ("Latest Articles", False),
    ],
)
def test_looks_like_person(line: str, ok: bool) -> None:
    assert looks_like_person(line) is ok


def test_outlet_line() -> None:
    assert outlet_line("Tribune News Service") == "Tribune News Service"
    assert outlet_line("Ajay Banerjee") is None


@pytest.mark.parametrize(
    ("body", "year"),
    [
        # Trump's two terms: only the day inside one of them counts
        ("President Donald Trump and Secretary of State Rex Tillerson met.", 2017),
        # several years fit every named term: no year
        ("President Vladimir Putin met Chancellor Angela Merkel and Prime Minister Theresa May.", None),
        # no June 10 falls in both Putin's terms and Brown's: no year rather than a wrong one
        ("President Vladimir Putin met Prime Minister Gordon Brown.", None),
        # only open-ended terms named: the year cannot be told
        ("President Xi Jinping spoke.", None),
        # no office-holder named
        ("The council met.", None),
    ],
)
def test_year_from_office_holders_terms(body: str, year: int | None) -> None:
    assert year_from_context(6, 10, body, body)[0] == year
