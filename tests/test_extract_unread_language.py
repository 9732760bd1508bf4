"""A page in a language newsprism does not read is dropped with a reason that names the language
and says what to do, not "no article text found on the page" (robust19: a Shift-JIS Japanese page
of two sentences, its title decoded right)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprism.extract import extract
from newsprism.ingest import read_documents
from newsprism.records import Document

JAPANESE = "東京都は火曜日、新しい予算案を承認したと発表した。知事は記者会見で説明した。"
CHINESE = "北京市政府周二宣布批准了新的预算方案。市长在新闻发布会上作了说明。"
KOREAN = "서울시는 화요일 새로운 예산안을 승인했다고 발표했다. 시장은 기자회견에서 이를 설명했다."


def _page(title: str, body: str, charset: str = "utf-8") -> str:
    return (
        f'<html><head><meta charset="{charset}"><title>{title}</title></head>'
        f"<body><h1>{title}</h1><p>{body}</p></body></html>"
    )


def test_a_shift_jis_japanese_page_is_dropped_as_japanese(tmp_path: Path) -> None:
    path = tmp_path / "ja.html"
    path.write_bytes(_page("予算案を承認", JAPANESE, "shift_jis").encode("shift_jis"))
    (doc,) = read_documents([path])
    art = extract(doc)
    assert art.title == "予算案を承認"  # decoded right
    assert art.text == ""
    assert art.language == "ja"
    assert art.dropped is not None
    assert "Japanese (ja)" in art.dropped and "translate the page into English" in art.dropped


@pytest.mark.parametrize(("body", "code", "name"), [(KOREAN, "ko", "Korean")])
def test_a_text_dump_in_another_language_says_which(body: str, code: str, name: str) -> None:
    art = extract(Document(id="t", source="t.txt", content=f"見出し\n\n{body}\n"))
    assert art.text == ""
    assert art.language == code
    assert art.dropped is not None
    assert f"{name} ({code})" in art.dropped and "newsprism does not read" in art.dropped


@pytest.mark.parametrize(("body", "code"), [(JAPANESE, "ja"), (CHINESE, "zh")])
def test_a_chinese_or_japanese_brief_is_read(body: str, code: str) -> None:
    # extract32: a headline over two whole sentences is a brief in these scripts too (their words
    # counted as characters, their full stop "。"): its length was the reason it was dropped
    art = extract(Document(id="t", source="t.txt", content=f"見出し\n\n{body}\n"))
    assert art.dropped is None
    assert art.text == body
    assert art.language == code


def test_an_html_page_in_chinese_says_chinese() -> None:
    art = extract(Document(id="z", source="z.html", kind="html", content=_page("北京宣布新预算", CHINESE)))
    assert art.dropped is not None and "Chinese (zh)" in art.dropped


def test_an_english_page_without_an_article_keeps_the_plain_reason() -> None:
    menu = "<ul>" + "".join(f"<li><a href='/{w}'>{w}</a></li>" for w in ("Home", "World", "Sport")) + "</ul>"
    art = extract(Document(id="e", source="e.html", kind="html", content=f"<html><body>{menu}</body></html>"))
    assert art.dropped == "no article text found on the page"
    assert art.language is None


@pytest.mark.parametrize(
    "body",
    [
        "Правительство Москвы во вторник объявило, что утвердило новый проект бюджета. Мэр объяснил это.",
        "أعلنت الحكومة يوم الثلاثاء أنها وافقت على الميزانية الجديدة. وشرح الوزير ذلك في مؤتمر صحفي.",
        "सरकार ने मंगलवार को घोषणा की कि उसने नए बजट को मंजूरी दे दी है। मंत्री ने संवाददाता सम्मेलन में जानकारी दी।",
    ],
)
def test_a_page_in_a_spaced_script_is_still_read(body: str) -> None:
    # Russian, Arabic, Hindi sentences are split into words: their text is kept, as before
    art = extract(Document(id="r", source="r.html", kind="html", content=_page("Бюджет", body)))
    assert art.dropped is None and art.text.startswith(body[:20])


def test_a_page_in_latin_letters_without_an_article_keeps_the_plain_reason() -> None:
    # newsprism finds German articles (dates/htmldate): a German menu is no article, not unread
    words = ["Startseite", "Nachrichten", "Wirtschaft", "Wetter", "Warenkorb", "Kontakt"]
    menu = "".join(f"<li><a href='/{i}'>{w}</a></li>" for i, w in enumerate(words))
    art = extract(
        Document(id="g", source="g.html", kind="html", content=f"<html><body><ul>{menu}</ul></body></html>")
    )
    assert art.text == ""
    assert art.dropped == "no article text found on the page"


def test_a_russian_menu_page_says_russian() -> None:
    menu = "".join(
        f"<li><a href='/{i}'>{w}</a></li>" for i, w in enumerate(["Главная", "Новости", "Спорт", "Погода"])
    )
    art = extract(
        Document(id="m", source="m.html", kind="html", content=f"<html><body><ul>{menu}</ul></body></html>")
    )
    assert art.text == ""
    assert art.dropped is not None and "Russian (ru)" in art.dropped
