"""review27: the text reader's slash dates (extract.textdate, 776b0e9).

A Telegraph text page's date line writes its clock in British time right before a slash date that
reads both ways ("Last Updated: 12:01am GMT 08/01/2008"): the reader takes it month first, 1 August
2008, seven months after the l3s_gn1 crawl (Dec 2007 - Jan 2008) and after the page's own masthead
("Tuesday 15 January 2008"); the HTML reader reads the same pages day first, right. Four l3s_gn1
text pages (44a2a06e, c7592d94, d552f187, f5a46a81). Patch: /tmp/h23/review27/textdate.patch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.extract.textdate import find_dates
from newsprism.ingest.sources import read_documents

BUG = "textdate reads a British date line's slash date month first (review27, textdate.patch)"


def _dates(text: str) -> list[dt.date]:
    return [found.date for found in find_dates(text)]


def test_british_clock_before_slash_date_is_day_first() -> None:
    text = "Last Updated: 12:01am GMT 08/01/2008\n\nThe Blu-ray Disc Association said on Monday that"
    assert _dates(text) == [dt.date(2008, 1, 8)]


def test_british_summer_time_before_slash_date_is_day_first() -> None:
    assert _dates("Last Updated: 6:40pm BST 04/06/2008") == [dt.date(2008, 6, 4)]


def test_american_pages_stay_month_first() -> None:
    # passes today and must keep passing with the patch: no British zone right before the date
    assert _dates("Posted 01/08/2008 4:09:14 PM EST") == [dt.date(2008, 1, 8)]
    # a zone after the date's clock names the clock only (an American wire's release, l3s 034f7376)
    assert _dates("Published 01/08/2008 - 10:07 a.m. GMT") == [dt.date(2008, 1, 8)]
    # a date that reads one way only is read that way whatever the zone
    assert _dates("Last Updated: 2:55am GMT 29/12/2007") == [dt.date(2007, 12, 29)]


@pytest.mark.parametrize(
    ("page", "day"),
    [
        ("44a2a06e-e905-4b57-be58-82ceced9ff36", "2008-01-08"),
        ("c7592d94-b244-4995-bc53-553614804b87", "2008-01-10"),
        ("d552f187-17f1-480a-9a42-e3b0c36c7dad", "2008-01-06"),
    ],
)
def test_telegraph_text_pages_dated_by_their_date_line(shared: Path, page: str, day: str) -> None:
    path = shared / "data" / "extraction" / "l3s_gn1" / "text" / f"{page}.txt"
    (doc,) = read_documents([path])
    article = extract(dataclasses.replace(doc, published=None, url=None))
    assert article is not None
    assert article.published == day
