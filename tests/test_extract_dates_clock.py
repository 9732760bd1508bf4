"""An HTML page's publication date does not depend on the day of the run (extract22).

htmldate reads a string that opens with a four-digit year with dateutil, which fills a missing month
or day in from the run's clock: "2007/12" read 2007-12-24 on the 24th and 2007-12-25 on the 25th
(l3s_gn1 de230665 across midnight). The clocks are faked here the way the libraries read them:
dateutil's `datetime.datetime.now()` and newsprism's own `date.today()`.
"""

from __future__ import annotations

import datetime as real_datetime
import types
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from dateutil.parser import _parser as dateutil_parser
from htmldate.meta import reset_caches

from newsprism.extract import dates
from newsprism.extract.dates import FETCH_SLACK_DAYS, html_publication_date, latest_day
from newsprism.records import Document

PARTIAL = (
    "<html><head><title>t</title></head><body><h1>Bhutto killed in attack</h1>"
    '<span id="Article_publishDate" class="ArticleText">2007/12</span>'
    "<p>Opposition leader Benazir Bhutto was killed in a suicide attack on Thursday.</p></body></html>"
)


@contextmanager
def clock(day: str) -> Iterator[None]:
    """The run's day set to `day` for dateutil and for newsprism.extract.dates (htmldate's caches,
    which remember a string's reading, emptied on both sides)."""
    fixed = real_datetime.date.fromisoformat(day)

    class FixedDateTime(real_datetime.datetime):
        @classmethod
        def now(cls, tz: real_datetime.tzinfo | None = None) -> FixedDateTime:
            return cls(fixed.year, fixed.month, fixed.day, 12, 0, 0, tzinfo=tz)

    class FixedDate(real_datetime.date):
        @classmethod
        def today(cls) -> FixedDate:
            return cls(fixed.year, fixed.month, fixed.day)

    module = types.SimpleNamespace(**vars(real_datetime))
    module.datetime = FixedDateTime
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(dateutil_parser, "datetime", module)
        mp.setattr(dates, "date", FixedDate)
        reset_caches()
        try:
            yield
        finally:
            reset_caches()


def test_a_year_and_month_does_not_take_the_run_day() -> None:
    with clock("2026-11-24"):
        first = html_publication_date(PARTIAL)
    with clock("2026-11-25"):
        second = html_publication_date(PARTIAL)
    assert first == second
    # htmldate's own reading of a year and month is its 1st, which alone is no day (dates._decide)
    assert first == (None, None)


def test_a_whole_date_is_read_the_same() -> None:
    whole = PARTIAL.replace("2007/12", "2007/12/27")
    with clock("2026-11-24"):
        assert html_publication_date(whole)[0] == "2007-12-27"


def test_no_day_after_the_fetch_day() -> None:
    """A crawled page's dates are bounded by the day it was fetched (plus a day for time zones), on
    whatever day the run is; with no fetch day the run's day bounds them, as before."""
    page = PARTIAL.replace("2007/12", "").replace(
        "<p>Opposition", '<p class="date">Published March 3, 2021</p><p>Opposition'
    )
    with clock("2026-11-24"):
        assert html_publication_date(page)[0] == "2021-03-03"
        assert html_publication_date(page, not_after="2021-03-02")[0] == "2021-03-03"  # a zone ahead
        assert html_publication_date(page, not_after="2021-03-01")[0] is None
    with clock("2021-03-02"):
        assert html_publication_date(page)[0] is None  # a date after the run's day
        assert html_publication_date(page, not_after="2021-03-02")[0] == "2021-03-03"


def test_latest_day() -> None:
    assert latest_day("2008-01-31") == real_datetime.date(2008, 2, 1)
    assert FETCH_SLACK_DAYS == 1
    with clock("2026-11-24"):
        assert latest_day(None) == real_datetime.date(2026, 11, 24)
        assert latest_day("not a day") == real_datetime.date(2026, 11, 24)


def test_read_html_passes_the_fetch_day() -> None:
    from newsprism.extract import extract

    page = PARTIAL.replace("2007/12", "").replace(
        "<p>Opposition", '<p class="date">Published March 3, 2021</p><p>Opposition'
    )
    doc = Document(id="p", source="p.warc#1", kind="html", content=page, not_after="2021-02-27")
    assert extract(doc).published is None
    assert extract(Document(id="p", source="p.html", kind="html", content=page)).published == "2021-03-03"


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("2007-12-24", "2007-12-24T00:00:00"),  # a day without a clock is a whole date
        ("December 24, 2007", "2007-12-24T00:00:00"),
        ("2007-12-24T10:30:00", "2007-12-24T10:30:00"),
    ],
)
def test_a_whole_day_reads_as_dateutil_reads_it(text: str, read: str) -> None:
    from dateutil.parser import parse

    assert dates._whole_date(parse)(text).isoformat() == read


@pytest.mark.parametrize("text", ["2007/12", "Dec 2007", "2007"])
def test_a_day_left_out_is_no_date(text: str) -> None:
    from dateutil.parser import parse

    with pytest.raises(ValueError):
        dates._whole_date(parse)(text)
