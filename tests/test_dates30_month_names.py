"""Spanish, Italian, Portuguese and Dutch month names in the text reader (find_dates, read_stamp,
and a dump's date line), as the HTML reader reads them; the date lines are the dates/htmldate pages'
named in each test."""

from __future__ import annotations

import datetime as dt

from newsprism.extract import extract
from newsprism.extract.textdate import find_dates, read_stamp
from newsprism.records import Document


def _days(text: str) -> list[dt.date]:
    return [found.date for found in find_dates(text)]


def test_day_first_month_names_in_four_more_languages() -> None:
    assert _days("sábado, 16 mayo 2020") == [dt.date(2020, 5, 16)]  # 1608578024 (Spanish)
    assert _days("22 Septiembre, 2020") == [dt.date(2020, 9, 22)]  # 1718257353 (La Razón, Peru)
    assert _days("Quem somos | 01 de Maio de 2020") == [dt.date(2020, 5, 1)]  # 1594316187 (Portuguese)
    assert _days("11 de Outubro de 2020, 8:34") == [dt.date(2020, 10, 11)]  # 1735359864 (Público)
    assert _days("Pubblicato il: 30 Settembre 2020") == [dt.date(2020, 9, 30)]  # vegolosi_it
    assert _days("Senin, 4 Mei 2020 04:25 WIB") == [dt.date(2020, 5, 4)]  # 1595907782 (Indonesian)
    # made up
    assert _days("martes, 15 de enero de 2008") == [dt.date(2008, 1, 15)]
    assert _days("dinsdag 15 januari 2008") == [dt.date(2008, 1, 15)]
    assert _days("el 15 de diciembre del 2008") == [dt.date(2008, 12, 15)]


def test_the_whole_date_is_found_in_a_long_text() -> None:
    # a long text is searched around its years only: the region reaches back over the weekday, the
    # day and "de ... de" (five pieces)
    text = "Las lluvias siguieron toda la semana en la costa. " * 6
    found = find_dates(text + "Publicado el martes, 15 de enero de 2008 a las 14:21")
    assert [(f.date, f.text) for f in found] == [(dt.date(2008, 1, 15), "martes, 15 de enero de 2008")]
    found = find_dates(text + "Veröffentlicht am Dienstag, den 15. Januar 2008")
    assert [f.text for f in found] == ["Dienstag, den 15. Januar 2008"]


def test_names_other_tables_read_are_read_once() -> None:
    assert _days("15 april 2008") == [dt.date(2008, 4, 15)]
    assert _days("15 novembre 2008") == [dt.date(2008, 11, 15)]
    assert _days("Julio Cesar Chavez fought in 2008") == []


def test_a_stamp_with_such_a_month_name() -> None:
    assert read_stamp("Pubblicato il: 30 Settembre 2020") == (True, dt.date(2020, 9, 30))
    assert read_stamp("Publicado el sábado, 16 mayo 2020") == (True, dt.date(2020, 5, 16))


def test_a_dumps_date_line_after_the_story() -> None:
    # vegolosi_it_climate as a text dump: the story, then its publication and update lines
    body = (
        "Gli attivisti e gli scienziati del Climate Clock newyorkese hanno invitato a esportare il progetto"
        " anche in altre città per far sì che il tema dell’emergenza climatica continui a rimanere sotto i"
        " fari dell’opinione pubblica mondiale. Questi orologi attirano l’attenzione del mondo sull’urgenza"
        " di agire, scrivono gli attivisti."
    )
    content = (
        "Il Climate Clock\n\nIl conto alla rovescia nel mondo\n\n"
        + body
        + "\n\n"
        + body
        + "\n\nPubblicato il: 30 Settembre 2020\nUltimo aggiornamento: 30 Settembre 2020\n\nPrecedente\n"
    )
    article = extract(Document(id="vegolosi", source="test", content=content))
    assert article is not None and article.published == "2020-09-30"
