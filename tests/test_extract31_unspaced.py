"""extract31: text dumps in scripts written without spaces (Chinese, Japanese, Thai) get their
headline: a line of such characters is counted in words (sitenames.word_count), not taken for a
menu's one-word item, and a title line's site name after a bare mark ("..._新华网") is cut. The
pages are made up, laid out as the dev sets' dumps are (title line, menu, headline, date, body).
A Thai body is left to the line model, which reads a Thai paragraph as two or three long words
(textlines spaces out Han and kana only): only the Thai headline is asserted."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.records import Document

_ZH = """国务院召开常务会议部署稳就业工作_新华网

新华网首页 | 新闻 | 财经 | 体育

国务院召开常务会议部署稳就业工作

2024年3月15日 10:32 来源：新华社

新华社北京3月15日电 国务院总理主持召开国务院常务会议，部署进一步稳定和扩大就业的措施。会议指出，就业是最基本的民生，要把稳就业摆在更加突出的位置。

会议要求，各地区各部门要加大对中小企业的支持力度，落实减税降费政策，帮助企业渡过难关。同时要做好高校毕业生、农民工等重点群体就业工作。

会议还研究了其他事项。

责任编辑：王明

相关新闻
关于我们 | 联系我们 | 广告服务
"""

_JA = """ホーム | ニュース | 経済 | スポーツ

東京都、新たな防災計画を発表

2024年3月15日 10時32分

東京都は15日、首都直下地震に備えた新たな防災計画を発表した。計画では、避難所の収容人数を拡大し、備蓄食料を3日分から7日分に増やす。

都の担当者は「想定される被害に対応できるよう、準備を進めたい」と話した。計画は来年度から実施される予定だ。

関連記事
会社概要 | お問い合わせ
"""

_TH = """หน้าแรก | ข่าว | กีฬา

รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร

15 มีนาคม 2567 เวลา 10:32 น.

กรุงเทพฯ รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้ง โดยจะจ่ายเงินชดเชยให้กับเกษตรกรทุกรายที่ลงทะเบียนไว้กับกรมส่งเสริมการเกษตร

นายกรัฐมนตรีกล่าวว่ามาตรการนี้จะช่วยบรรเทาความเดือดร้อนของประชาชนในพื้นที่ชนบทได้อย่างมาก และจะเริ่มจ่ายเงินภายในเดือนหน้า
"""


def _read(content: str):
    return extract(Document(id="t", source="x", kind="text", content=content))


@pytest.mark.parametrize(
    ("content", "headline", "lead"),
    [
        (_ZH, "国务院召开常务会议部署稳就业工作", "新华社北京3月15日电"),
        (_JA, "東京都、新たな防災計画を発表", "東京都は15日"),
    ],
)
def test_the_headline_and_the_lead(content: str, headline: str, lead: str) -> None:
    article = _read(content)
    assert article.title == headline
    assert lead in article.text
    assert headline not in article.text.split("\n\n")  # printed once, as the title


def test_a_thai_headline() -> None:
    assert _read(_TH).title == "รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร"


def test_the_editor_in_charge_closes_a_chinese_story() -> None:
    text = _read(_ZH).text
    assert text.endswith("会议还研究了其他事项。")


def test_word_count() -> None:
    from newsprism.extract.sitenames import word_count

    assert word_count("the mayor said") == 3
    assert word_count("東京都 新たな防災計画を発表") == 13  # a character a word, as the line model counts
    assert word_count("รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร") == 7  # 35 code points, 5 a word
    assert word_count("新华网") == 3
