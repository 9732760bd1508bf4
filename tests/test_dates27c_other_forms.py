"""Dates written in other forms: a day's ordinal with "of" before its month, Chinese, Japanese and
Korean dates with their year, month and day marks, Thai dates in the Buddhist era."""

from __future__ import annotations

import datetime as dt

from newsprism.extract import extract
from newsprism.extract.textdate import find_dates, read_stamp
from newsprism.records import Document

MARCH_15 = dt.date(2024, 3, 15)


def _dates(text: str) -> list[dt.date]:
    return [f.date for f in find_dates(text)]


def test_ordinal_of_month() -> None:
    # l3s_gn1 954487ce's widget line; t17 H1N1_bbc/1's "on the 30th of October 2009"
    assert _dates("Tuesday 15th of January 2008") == [dt.date(2008, 1, 15)]
    assert _dates("it was announced on the 30th of October 2009 that") == [dt.date(2009, 10, 30)]
    assert read_stamp("Tuesday 15th of January 2008", bare=True) == (True, dt.date(2008, 1, 15))


def test_of_wants_an_ordinal() -> None:
    # made up: a count, not a day
    assert _dates("chapter 5 of March 2008's report") == []
    assert read_stamp("Updated 5 of January 2008")[0] is False


def test_chinese_japanese_korean_dates() -> None:
    # made up, in the forms Chinese, Japanese and Korean pages print
    assert _dates("2024年3月15日 10:32 来源：新华社") == [MARCH_15]
    assert _dates("2024年3月15日 10時32分") == [MARCH_15]
    assert _dates("2024년 3월 15일 오전 10:32") == [MARCH_15]
    assert _dates("2024年2月30日") == []


def test_thai_dates_in_the_buddhist_era() -> None:
    # made up: 2567 in the Buddhist era is 2024; a full month name and its abbreviation
    assert _dates("15 มีนาคม 2567 เวลา 10:32 น.") == [MARCH_15]
    assert _dates("15 มี.ค. 2567") == [MARCH_15]
    assert _dates("15 มีนาคม 2024") == [MARCH_15]


def test_date_lines_are_stamps() -> None:
    for line in ("2024年3月15日 10:32 来源：新华社", "2024年3月15日 10時32分", "15 มีนาคม 2567 เวลา 10:32 น."):
        assert read_stamp(line, bare=True) == (True, MARCH_15)
    # a sentence after the date is no stamp (made up: "Tokyo announced")
    assert read_stamp("2024年3月15日 東京都は発表した", bare=True)[0] is False


def _article(content: str):
    return extract(Document(id="made-up", source="made-up", kind="text", content=content))


def test_page_date_and_body() -> None:
    # made up (extract31's dumps): the date line under the headline dates the page and leaves the body
    body = (
        "東京都は15日、首都直下地震に備えた新たな防災計画を発表した。計画では、避難所の収容人数を拡大し、"
        "備蓄食料を3日分から7日分に増やす。\n\n"
        "都の担当者は「想定される被害に対応できるよう、準備を進めたい」と話した。計画は来年度から実施される予定だ。"
    )
    page = f"ホーム | ニュース | 経済 | スポーツ\n\n東京都、新たな防災計画を発表\n\n2024年3月15日 10時32分\n\n{body}\n\n関連記事\n"
    a = _article(page)
    assert a.published == "2024-03-15"
    assert "2024年3月15日" not in a.text
    thai = (
        "หน้าแรก | ข่าว | กีฬา\n\nรัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร\n\n15 มีนาคม 2567 เวลา 10:32 น.\n\n"
        "กรุงเทพฯ รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้ง "
        "โดยจะจ่ายเงินชดเชยให้กับเกษตรกรทุกรายที่ลงทะเบียนไว้กับกรมส่งเสริมการเกษตร\n\n"
        "นายกรัฐมนตรีกล่าวว่ามาตรการนี้จะช่วยบรรเทาความเดือดร้อนของประชาชนในพื้นที่ชนบทได้อย่างมาก "
        "และจะเริ่มจ่ายเงินภายในเดือนหน้า\n"
    )
    a = _article(thai)
    assert a.published == "2024-03-15"
    assert "2567" not in a.text
