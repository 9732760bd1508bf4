"""Dates in more forms: French month names, a clock's "h", a Japanese era's years, full-width digits,
Thai two-digit years, a Chinese wire's dateline, and a site's clock named by its class "timenow"."""

from __future__ import annotations

import datetime as dt

from newsprism.extract import extract
from newsprism.extract.dates import html_publication_date
from newsprism.extract.textdate import find_dates, parse_dateline, read_stamp, year_from_context
from newsprism.records import Document


def _days(text: str) -> list[dt.date]:
    return [found.date for found in find_dates(text)]


def test_french_month_names() -> None:
    # l3s_gn1 31288d4b: l'express's issue line over its page
    assert _days("Mardi 15 janvier 2008 - No. 16400") == [dt.date(2008, 1, 15)]
    # made up: the first of the month written "1er"
    assert _days("Publié le 1er février 2008") == [dt.date(2008, 2, 1)]
    # l3s_gn1 92474c42: a date alone on its line is a stamp
    assert read_stamp("15 janvier 2008", bare=True) == (True, dt.date(2008, 1, 15))


def test_french_month_name_needs_its_day_and_year() -> None:
    # made up: the planet, and a month without its year
    assert _days("Les missions vers Mars 2008 et au-delà") == []
    assert _days("le 15 janvier prochain") == []


def test_clock_written_with_h_is_a_stamp_token() -> None:
    # l3s_gn1 a0f43c75, the date line right under the story
    assert read_stamp("Published: January 08, 2008 14:21h") == (True, dt.date(2008, 1, 8))


def test_japanese_era_years() -> None:
    # made up: Reiwa 6 is 2024, its first year is written 元 (2019), Heisei 31 is 2019
    assert _days("令和6年3月15日 10時32分") == [dt.date(2024, 3, 15)]
    assert _days("令和元年5月1日") == [dt.date(2019, 5, 1)]
    assert _days("平成31年4月30日") == [dt.date(2019, 4, 30)]
    assert read_stamp("令和6年3月15日 10時32分", bare=True) == (True, dt.date(2024, 3, 15))


def test_full_width_digits() -> None:
    # made up: a Japanese page's full-width digits
    assert _days("２０２４年３月１５日") == [dt.date(2024, 3, 15)]


def test_thai_two_digit_year_is_the_buddhist_eras() -> None:
    # made up: 67 is 2567 of the Buddhist era, 2024; a clock's hour after the month is no year
    assert _days("15 มี.ค. 67 10:32 น.") == [dt.date(2024, 3, 15)]
    assert _days("15 มี.ค. 10:32 น.") == []


def test_chinese_wire_dateline() -> None:
    # made up after Xinhua's stories: agency, place, month and day, 电 ("cable"), reporters
    line = "新华社北京3月15日电（记者张三）国务院总理主持召开国务院常务会议。"
    dl = parse_dateline(line)
    assert dl is not None
    assert (dl.place, dl.month, dl.day, dl.agency) == ("北京", 3, 15, "新华社")
    assert line[dl.end :].startswith("国务院")
    assert parse_dateline("新华社记者从有关部门获悉，会议将于下月召开。") is None


def test_chinese_dateline_takes_its_year_from_the_page() -> None:
    # made up: the page's only full date is in its footer; with none the year is not guessed
    page = (
        "新华网首页 | 新闻 | 财经\n\n国务院召开常务会议部署稳就业工作\n\n"
        "新华社北京3月15日电 国务院总理主持召开国务院常务会议，部署进一步稳定和扩大就业的措施。"
        "会议指出，就业是最基本的民生，要把稳就业摆在更加突出的位置。\n\n"
        "会议要求，各地区各部门要加大对中小企业的支持力度，落实减税降费政策，帮助企业渡过难关。\n\n"
        "责任编辑：王明\n\n"
    )
    dated = extract(Document(id="zh", source="t", kind="text", content=page + "2024年3月16日 更新\n"))
    assert dated is not None and dated.published == "2024-03-15"
    assert dated.dateline == "北京"
    undated = extract(Document(id="zh", source="t", kind="text", content=page))
    assert undated is not None and undated.published is None


def test_site_clock_named_by_its_class_timenow() -> None:
    # made up after sportinglife's pages (tests/test_dates27c_site_clock.py), the clock's class
    # "timenow", which _is_furniture already took as a clock: its day bounds the page's, so the
    # link's "08/01/14" is not read as 8 January 2014
    page = (
        '<html><body><span class="bar timenow">15/01/08 15:05</span><h2>Hornets snub Fulham bid</h2>'
        "<p>Watford have turned down an offer from Fulham for their striker, the club said.</p>"
        '<a href="story_get.cgi?STORY_NAME=soccer/08/01/14/manual_133239.html">Cup draw</a></body></html>'
    )
    day = html_publication_date(page)[0]
    assert day is None or day < "2008-01-15"


def test_yearless_day_takes_its_year_from_the_fetch_day() -> None:
    # made up: a Xinhua "3月15日电" on a page with no other date, fetched 2024-03-20 (a day's slack
    # after it: extract.dates.latest_day) or 2024-02-01; without a fetch day no year is guessed
    assert year_from_context(3, 15, "", "", dt.date(2024, 3, 21)) == (2024, "fetch_date")
    assert year_from_context(3, 15, "", "", dt.date(2024, 2, 2)) == (2023, "fetch_date")
    assert year_from_context(3, 15, "", "") == (None, None)


def test_hyphens_between_day_month_name_and_year() -> None:
    # l3s_gn1 3463f0c3, the line under its headline
    assert _days("Saturday 12-Jan-2008 11:48 AM Was in development for several months") == [
        dt.date(2008, 1, 12)
    ]


def test_clock_between_month_and_year() -> None:
    # l3s_gn1 901a630e (Eurosport), and C's asctime() form (made up)
    assert _days("Eurosport - Sat, 29 Dec 15:58:00 2007") == [dt.date(2007, 12, 29)]
    assert _days("Sat Dec 29 15:58:00 2007") == [dt.date(2007, 12, 29)]


def test_stamp_in_brackets() -> None:
    # l3s_gn1 7ab747e2 (The Star Online), the line right under the story
    assert read_stamp("[ Published: 8-Jan-2008 ]") == (True, dt.date(2008, 1, 8))


def test_html_reader_reads_hyphens_between_day_month_name_and_year() -> None:
    # made up after l3s_gn1 7ab747e2: its only date line, under the story
    page = (
        "<html><body><h1>Actress charged over bar attack</h1><p>An arrest warrant has charged her with"
        " assault with a deadly weapon, the prosecutors said.</p><p>[ Published: 8-Jan-2008 ]</p></body></html>"
    )
    assert html_publication_date(page)[0] == "2008-01-08"


def test_year_first_with_dots_or_slashes() -> None:
    # ecbplus 13 "Published: 2012. 08. 08 09: 01 AM" (a Korean paper's spacing); made up: a Chinese
    # page's "2024/3/15"; not a link's path ("/c/a/2008/01/19/SP7SUHVFC.DTL", l3s_gn1 fe6a4a0e)
    assert _days("Published: 2012. 08. 08 09: 01 AM") == [dt.date(2012, 8, 8)]
    assert _days("发布时间 2024/3/15 10:32") == [dt.date(2024, 3, 15)]
    assert _days("Article:Dates are set for Clemens:/c/a/2008/01/19/SP7SUHVFC.DTL") == []
