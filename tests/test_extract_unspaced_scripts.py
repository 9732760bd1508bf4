"""Headlines of pages in scripts written without spaces between words (Chinese, Japanese, Thai):
a "\\w+" run there is a whole clause, so a headline was one token and its body's first paragraph,
split at its commas, passed for the headline (robust25's journey 11: a Shift JIS page's title came
out as its whole first paragraph). html_meta._TOKEN counts such a script's characters one by one
and sitenames.content_words compares them by character pairs."""

from __future__ import annotations

from newsprism.extract.html import read_html
from newsprism.extract.sitenames import content_words
from newsprism.records import Document

JA_BODY = "東京都内で水曜日の朝、震度5弱の地震が観測された。気象庁によると、けが人の報告はない。" * 5
ZH_BODY = "国家统计局周三公布的数据显示，今年前三个季度国内生产总值同比增长百分之五，高于市场预期。" * 5


def page(title: str, body: str, charset: str = "utf-8") -> str:
    return (
        f"<html><head><meta charset='{charset}'><title>{title}</title></head>"
        f"<body><h1>{title}</h1><p>{body}</p></body></html>"
    )


def doc(html: str | bytes) -> Document:
    return Document(id="p1", source="test", kind="html", content=html)  # type: ignore[arg-type]


def test_a_japanese_headline_is_the_h1_not_the_first_paragraph() -> None:
    art = read_html(doc(page("東京で地震", JA_BODY)))
    assert art.title == "東京で地震"
    assert art.text.startswith("東京都内で水曜日の朝")


def test_a_chinese_headline_is_the_h1() -> None:
    art = read_html(doc(page("前三季度经济增长百分之五", ZH_BODY)))
    assert art.title == "前三季度经济增长百分之五"
    assert "国家统计局" in art.text


def test_a_headline_shares_character_pairs_with_its_body() -> None:
    assert content_words("東京で地震") == {"東京", "京で", "で地", "地震"}
    assert {"東京", "地震"} <= content_words(JA_BODY)


def test_words_of_spaced_scripts_are_unchanged() -> None:
    assert content_words("Taiwan vote may boost the ties") == {"taiwan", "vote", "may", "boost", "ties"}
