"""extract32: the site's promotions of itself (its contests, its other editions, its log-in, its
owner, its service) are page notices; an author's box that writes the byline's name out in full
goes; a Thai page whose paragraphs the line model does not keep is read."""

from __future__ import annotations

import numpy as np
import pytest

from newsprism.extract import extract
from newsprism.extract.prose import is_page_notice
from newsprism.extract.text import _drop_author_box
from newsprism.records import Document


@pytest.mark.parametrize(
    "line",
    [
        # l3s_gn1 abfad90a
        "Enter here for your chance to win tickets to see Blue Man Group live in Las Vegas at the Venetian "
        "Resort Hotel Casino.",
        "For all your New York City news in Spanish, watch NY1 Noticias on Time Warner Digital Cable "
        "channels 95 or 801, and Cablevision channel 194 – plus see a news summary page at NY1noticias.com.",
        "Take NY1 News with you on your browser-equipped handheld or cellphone by accessing our NY1 To Go "
        "site at www.ny1.com/text.",
        # fb5075ce
        "If you have already created an account, simply login to your account using your email and "
        "password below. If you need help, check our Member Center.",
        # b8702037, 137e6374
        "A division of Transcontinental Media Inc.",
        "BBC Monitoring selects and translates news from radio, television, press, news agencies and the "
        "internet from 150 countries in more than 70 languages.",
    ],
)
def test_the_site_promoting_itself_is_a_page_notice(line: str) -> None:
    assert is_page_notice(line)


@pytest.mark.parametrize(
    "line",
    [
        # t17 bpoil_guardian/1379: thanks in a quote, not the site's offer
        'But BP\'s executive would send ExxonMobil a note saying "Thanks for all your help, pal."',
        # made up: a story about a firm's owner
        "The paper, a division of the family's holding company, was sold to a rival group in 2007.",
    ],
)
def test_news_with_the_same_words_is_no_notice(line: str) -> None:
    assert not is_page_notice(line)


def test_an_author_box_with_the_name_written_out_goes() -> None:
    # l3s_gn1 915ff932: "Written by Chris Beaumont" over the review, the box under it
    lines = [
        "There Will Be Blood is a film that will stay with you long after you leave the theater.",
        "Christopher Beaumont spends much of his time writing about entertainment when he isn't sitting in "
        'a movie theater. He is known around the office as the "Movie Guy".',
    ]
    mask = np.array([True, True])
    _drop_author_box(lines, mask, ("Chris Beaumont",))
    assert mask.tolist() == [True, False]
    # the control: another Beaumont is no author's box (made up)
    mask = np.array([True, True])
    _drop_author_box(
        [lines[0], "Christine Beaumont said the film had moved her to tears at the premiere."],
        mask,
        ("Chris Beaumont",),
    )
    assert mask.tolist() == [True, True]


_TH = """รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร - ไทยนิวส์

หน้าแรก | ข่าว | การเมือง | เศรษฐกิจ | กีฬา | บันเทิง
เข้าสู่ระบบ | สมัครสมาชิก
ค้นหา

รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร

15 มีนาคม 2567 เวลา 10:32 น.

แชร์ | ทวีต | พิมพ์

กรุงเทพฯ รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกรที่ได้รับผลกระทบจากภัยแล้ง โดยจะจ่ายเงินชดเชยให้กับเกษตรกรทุกรายที่ลงทะเบียนไว้กับกรมส่งเสริมการเกษตร

นายกรัฐมนตรีกล่าวว่ามาตรการนี้จะช่วยบรรเทาความเดือดร้อนของประชาชนในพื้นที่ชนบทได้อย่างมาก และจะเริ่มจ่ายเงินภายในเดือนหน้า

ทั้งนี้ กระทรวงเกษตรและสหกรณ์ได้เตรียมงบประมาณไว้แล้วกว่าหนึ่งหมื่นล้านบาท เพื่อใช้ในการช่วยเหลือเกษตรกรกว่าสามล้านครัวเรือนทั่วประเทศ

ข่าวที่เกี่ยวข้อง
ราคาข้าวพุ่งสูงสุดในรอบปี
ฝนหลวงเริ่มปฏิบัติการ
กรมอุตุฯ เตือนพายุฤดูร้อน

ติดต่อเรา | เกี่ยวกับเรา | นโยบายความเป็นส่วนตัว
© 2567 ไทยนิวส์ สงวนลิขสิทธิ์
"""


def test_a_thai_page_is_read() -> None:
    # made up: a Thai news page under a menu, three paragraphs, a related list and a footer
    article = extract(Document(id="th", source="th.txt", kind="text", content=_TH))
    assert article.dropped is None
    assert article.title == "รัฐบาลประกาศมาตรการช่วยเหลือเกษตรกร"
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("กรุงเทพฯ รัฐบาลประกาศ")
    assert "ราคาข้าว" not in article.text  # the related list stays out


def _box_dropped(last: str) -> bool:
    lines = [
        "The story's last paragraph ends here, as every story's last paragraph does, with a full stop.",
        last,
    ]
    mask = np.array([True, True])
    _drop_author_box(lines, mask, ())
    return not mask[1]


@pytest.mark.parametrize(
    "bio",
    [
        "Sean Collins is a writer based in New York.",  # l3s_gn1 6ea06988, no byline found
        # 0ca397b1 (its byline only in the title line "OP-ED: John Esposito")
        "John L. Esposito, university professor and founding director of the Prince Alwaleed Bin Talal "
        'Center for Muslim-Christian Understanding at Georgetown University, is co-author of "Who Speaks '
        'for Islam? What a Billion Muslims Really Think."',
    ],
)
def test_a_writers_bio_under_the_story_goes_without_a_byline(bio: str) -> None:
    assert _box_dropped(bio)


@pytest.mark.parametrize(
    "news",
    [
        # heap-10000 train-13: past tense, news
        "Miles Taylor, the former chief of staff at the Department of Homeland Security, was the anonymous "
        "author of The New York Times Op-Ed article in 2018.",
        "Johnson is the author of three books on the subject.",  # made up: a surname alone
        "The company's founder is a former journalist.",  # made up: no name
    ],
)
def test_news_about_a_writer_is_no_bio(news: str) -> None:
    assert not _box_dropped(news)
