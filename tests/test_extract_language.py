"""Language identification: real news snippets in many languages, short text, odd input."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SHARED as SHARED_ROOT
from newsprism.extract.language import detect_language

SHARED = SHARED_ROOT / "data"

SNIPPETS = [
    (
        "en",
        "The Security Council today discussed the United Nations peacekeeping mission in Kosovo, "
        "with no agreement being reached over its future status.",
    ),
    (
        "en",
        "WASHINGTON (AP) — The Senate has approved the nomination of a Mississippi judge to the "
        "federal appeals court after a party-line vote on Tuesday.",
    ),
    (
        "de",
        "Die Bundesregierung hat am Mittwoch ein neues Klimaschutzgesetz beschlossen. Kritiker "
        "bemängeln, dass die Ziele für den Verkehrssektor nicht ausreichen.",
    ),
    (
        "fr",
        "En Cisjordanie, ce mercredi 1er novembre était une journée de colère, a annoncé le "
        "gouvernement palestinien après les frappes de la nuit.",
    ),
    (
        "es",
        "Normalmente, el fútbol alemán es un espectáculo de estadios llenos, pero este fin de "
        "semana los partidos se jugaron a puerta cerrada.",
    ),
    (
        "zh",
        "半月谈记者 史卫燕 益水之阳，是名益阳。这个洞庭湖区的重要城市，60年前就曾在作家周立波笔下展现风貌。",
    ),
    (
        "ru",
        "Как сообщал «МК», глава регионального отделения Центра противодействия экстремизму "
        "был задержан в среду утром.",
    ),
    ("ja", "減税は24年6月ボーナスのタイミングで 岸田総理が会見で明らかに 政府が経済対策を決定した"),
    ("ar", "انتشر خبر خلال الساعات الأخيرة على وسائل التواصل الاجتماعي بشأن إصابة الفنانة بفيروس كورونا"),
    (
        "it",
        "Il Climate Clock ha iniziato a scorrere: sette anni è il tempo che ci resta per "
        "ridurre le emissioni secondo gli scienziati.",
    ),
    (
        "pt",
        "A polícia informou que o jovem cantor foi baleado na noite de sábado quando saía de "
        "uma festa com amigos na zona norte da cidade.",
    ),
    (
        "pl",
        "Tusk ujawni kulisy rozmów o rządzie? Wiemy, co padnie na wiecu w Warszawie w "
        "najbliższą niedzielę po południu.",
    ),
    (
        "ko",
        "롯데 자이언츠 베테랑 투수 노경은이 무너졌다. 노경은은 27일 부산 사직구장에서 열린 경기에 선발 등판했다.",
    ),
]


@pytest.mark.parametrize(("expected", "text"), SNIPPETS, ids=[f"{c}{i}" for i, (c, _) in enumerate(SNIPPETS)])
def test_news_snippets(expected: str, text: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(
    "text", ["", "   \n\t", "OK", "Berlin", "12:30 GMT 2020-05-01", "https://example.com/a/b"]
)
def test_too_short_or_no_language_is_none(text: str) -> None:
    assert detect_language(text) is None


def test_upper_case_and_urls_do_not_mislead() -> None:
    text = "BREAKING: PRESIDENT SIGNS THE BILL INTO LAW AFTER MONTHS OF DEBATE https://t.co/xYz123"
    assert detect_language(text) == "en"


def test_long_text_reads_only_a_prefix() -> None:
    english = "The minister said the talks would continue next week in Geneva. " * 20
    assert detect_language(english + "Der Minister sagte, die Gespräche gingen weiter. " * 500) == "en"


@pytest.mark.skipif(not SHARED.exists(), reason="shared development data not available")
def test_every_english_gold_body_is_english() -> None:
    for path in sorted(SHARED.glob("extraction/*/gold.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if len(record["text"].strip()) >= 40:
                assert detect_language(record["text"]) == "en", (path.parent.name, record["id"])


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_string_gives_a_code_or_none(text: str) -> None:
    result = detect_language(text)
    assert result is None or (len(result) == 2 and result.isalpha() and result.islower())
