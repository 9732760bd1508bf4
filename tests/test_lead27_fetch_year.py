"""A text dump's yearless dateline takes its year from the day the page was fetched (the document's
not_after: a WARC record's crawl date) when the page names no other date (dates28's patch to
extract/text.py, applied by the lead, session 27). Made up after Xinhua's stories."""

from __future__ import annotations

from newsprism.extract import extract
from newsprism.records import Document

PAGE = (
    "国务院召开常务会议部署稳就业工作\n\n"
    "新华社北京3月15日电 国务院总理主持召开国务院常务会议，部署进一步稳定和扩大就业的措施。"
    "会议指出，就业是最基本的民生，要把稳就业摆在更加突出的位置。\n\n"
    "会议要求，各地区各部门要加大对中小企业的支持力度，落实减税降费政策，帮助企业渡过难关。\n\n"
)


def published(not_after: str | None) -> str | None:
    article = extract(Document(id="zh", source="t", kind="text", content=PAGE, not_after=not_after))
    assert article is not None and article.dateline == "北京"
    return article.published


def test_the_fetch_day_gives_a_yearless_dateline_its_year() -> None:
    assert published("2024-03-20") == "2024-03-15"
    assert published("2024-02-01") == "2023-03-15"  # fetched before 15 March: the year before
    assert published(None) is None  # no year guessed
