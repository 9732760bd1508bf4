"""extract35: the text reader's date where a l3s_gn1 dump prints the page's day and its header did
not take it: a byline's date (above or under the body, one closing on its clock), a two-digit
year's stamp with its clock right under the printed headline, a date line with the post's tools
after it. Real dumps and their lines; the page's container date and URL taken away."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from newsprism.extract import extract
from newsprism.extract.textdate import date_line_dates, find_dates, short_year_stamps, told_in_prose
from newsprism.ingest import read_documents


def _dated(shared: Path, page: str) -> tuple[str | None, str | None]:
    path = shared / "data" / "extraction" / "l3s_gn1" / "text" / f"{page}.txt"
    doc = next(iter(read_documents([path])))
    article = extract(dataclasses.replace(doc, published=None, url=None))
    assert article is not None
    return article.published, article.published_source


def test_a_byline_closing_on_its_clock_is_a_date_line() -> None:
    line = "By David A. Utter - Fri, 12/28/2007 - 6:41am."
    assert [f.date for f in date_line_dates(line)] == [dt.date(2007, 12, 28)]


def test_a_caption_ending_on_its_date_and_clock_is_still_prose() -> None:
    line = "Police officers stand guard outside the court building in Nairobi on January 5, 2008 at 10:30 am."
    (found,) = find_dates(line)
    assert told_in_prose(line, found)
    assert date_line_dates(line) == []


def test_a_short_year_date_and_clock_alone_are_a_stamp_only_where_the_caller_says() -> None:
    assert short_year_stamps("09.01.08 00:09") == []  # a site's clock as often as a story's stamp
    assert [f.date for f in short_year_stamps("09.01.08 00:09", clock_alone=True)] == [dt.date(2008, 1, 9)]


def test_the_byline_under_the_headline_dates_the_story(shared: Path) -> None:
    # "Apple To Patent Line-Cutting Technology" / "By David A. Utter - Fri, 12/28/2007 - 6:41am."
    assert _dated(shared, "a3dfffbb-c567-46dc-8bda-211fb73172f9") == ("2007-12-28", "header_date")


def test_the_byline_under_the_body_dates_the_story(shared: Path) -> None:
    # "By Jennifer Agiesta | January 14, 2008; 4:38 PM ET Post Polls" under the poll's last line,
    # the comments' "Posted by: ... | January 14, 2008 06:24 PM" after it
    assert _dated(shared, "67872f6e-beb1-4c40-a6eb-c21bf419ac69") == ("2008-01-14", "below_body_date")


def test_a_short_year_stamp_right_under_the_printed_headline(shared: Path) -> None:
    # "Fix of Hubble Space Telescope on hold" / "09.01.08 00:09" / "(Reuters )- A long-delayed ..."
    assert _dated(shared, "bdc7803f-ac9f-44db-8250-8779e8c33d3e") == ("2008-01-09", "header_date")


def test_a_site_clock_under_the_title_line_is_no_stamp(shared: Path) -> None:
    # sportinglife: the title line, "Web Image Audio Video News", "15/01/08 15:46" (the day it served
    # the page; the story is of 2 January) and the menus
    assert _dated(shared, "38d88b3f-ede8-4c69-903e-b0e778986172") == (None, None)


def test_a_date_line_with_the_posts_tools_after_it(shared: Path) -> None:
    # "Tuesday January 8, 2008 | comments (22)" right under the blog post
    assert _dated(shared, "cd054177-da92-40c0-bc1e-687a8f6cc93e") == ("2008-01-08", "below_body_date")


def test_a_contributed_by_byline_dates_the_story(shared: Path) -> None:
    # "Albarn follows Gervais ..." / "Contributed by Nicol Wistreich Friday, 28 December 2007"
    assert _dated(shared, "fa10c63c-7f7c-490c-a66e-f427fef03053") == ("2007-12-28", "header_date")
