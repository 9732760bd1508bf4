"""The HTML reader reads the dates the text reader reads in other scripts and year first: a Japanese
era's year, full-width digits, Korean and Thai dates, a year-first date spaced around its dots."""

from __future__ import annotations

import datetime as dt

from newsprism.extract.dates import html_publication_date, parse_date_text
from newsprism.extract.textdate import find_dates

_TODAY = dt.date(2025, 1, 1)


def _html_days(text: str) -> list[str]:
    return [day for day, _ in parse_date_text(text, today=_TODAY)]


def _page(date_line: str) -> str:
    # made up: a Japanese story page with its date line under the headline and no metadata
    return (
        "<html><head><title>台風が上陸</title></head><body><h1>台風が上陸</h1>"
        f"<p class='date'>{date_line}</p><p>台風10号は15日朝、九州南部に上陸した。気象庁によると、"
        "今後も大雨に警戒が必要だという。</p></body></html>"
    )


def test_the_html_reader_reads_a_japanese_eras_year() -> None:
    assert _html_days("令和6年3月15日 10時32分") == ["2024-03-15"]
    assert _html_days("平成20年1月15日") == ["2008-01-15"]
    assert html_publication_date(_page("令和6年3月15日 10時32分"))[0] == "2024-03-15"


def test_the_html_reader_reads_full_width_korean_and_thai_dates() -> None:
    assert _html_days("２０２４年３月１５日") == ["2024-03-15"]
    assert _html_days("입력 2024년 3월 15일 10:32") == ["2024-03-15"]
    assert _html_days("15 มี.ค. 2567 เวลา 10:32 น.") == ["2024-03-15"]


def test_year_first_dates_spaced_around_their_dots() -> None:
    assert _html_days("2012. 08. 08") == ["2012-08-08"]
    assert _html_days("입력 2010 . 03 . 05 10:32") == ["2010-03-05"]
    assert [found.date for found in find_dates("2010 . 03 . 05")] == [dt.date(2010, 3, 5)]


def test_both_readers_pass_over_a_links_path_and_a_version_number() -> None:
    # a link's address printed on the page, and a release's version: no dates
    assert _html_days("www.example.com/2008/01/19/storm.html") == []
    assert _html_days("version 1.2008.01.19") == []
    assert find_dates("www.example.com/2008/01/19/storm.html") == []


def test_a_day_after_today_is_no_date_in_other_scripts_either() -> None:
    assert _html_days("令和9年3月15日") == []  # 2027, after _TODAY


def test_a_comma_after_the_days_ordinal_or_after_a_weekdays_day() -> None:
    # l3s_gn1 6d75323d, bf8e6424: the text reader's forms
    assert _html_days("Allardyce leaves Magpies 17:59 - 9th, Jan 2008") == ["2008-01-09"]
    assert _html_days("Thursday, 10, January, 2008, 09:14") == ["2008-01-10"]
    # a list's numbers are no day
    assert _html_days("items 5, 6, January 2008") == []
