"""Date lines labelled in other languages ("Publié le", "Veröffentlicht am", ...) and a weekday between
a label and its date, read by the text reader's stamps and the HTML reader's labels."""

from __future__ import annotations

import datetime as dt

from newsprism.extract.dates import page_date_evidence
from newsprism.extract.html_blocks import parse_page
from newsprism.extract.textdate import read_stamp


def test_stamps_labelled_in_other_languages() -> None:
    # dates/htmldate 1806102460, futurezone_at_cc, mobilsicher_de_icloud: their date lines
    assert read_stamp("Publié le jeudi 24 Décembre 2020 à 07h47") == (True, dt.date(2020, 12, 24))
    assert read_stamp("Erstellt am 09.08.2013, 06:00") == (True, dt.date(2013, 8, 9))
    assert read_stamp("Veröffentlicht am 23.01.2020") == (True, dt.date(2020, 1, 23))
    # made up
    assert read_stamp("Pubblicato il 15/01/2008 alle 14:21") == (True, dt.date(2008, 1, 15))
    assert read_stamp("Gepubliceerd op 15-01-2008 om 14:21") == (True, dt.date(2008, 1, 15))


def test_a_numeric_date_under_such_a_label_is_day_first() -> None:
    # dates/htmldate ouest-france_fr-gaza: 2 November 2023, not 11 February
    assert read_stamp("Publié le 02/11/2023 à 14h49") == (True, dt.date(2023, 11, 2))
    # an English label keeps the text reader's month first
    assert read_stamp("Published: 02/11/2023 2:49 PM") == (True, dt.date(2023, 2, 11))


def test_a_label_followed_by_words_is_no_stamp() -> None:
    assert read_stamp("Publié dans Le Monde") == (False, None)
    assert read_stamp("Erstellt von Hans Müller am 09.08.2013") == (False, None)


def _evidence(date_line: str) -> dict[str, str]:
    # made up: a story with its date line under its first paragraph, a masthead's day above it
    html = (
        "<html><head><title>Storm hits the coast</title></head><body><div class=menu>Home News 3 March"
        " 2008</div><div><h1>Storm hits the coast</h1><p>A storm hit the coast on a winter night and the"
        f" people of the town went out to see the damage it had done to the harbour.</p><p>{date_line}</p>"
        "</div></body></html>"
    )
    return page_date_evidence(parse_page(html))


def test_a_weekday_between_the_label_and_its_date() -> None:
    assert _evidence("Published: Tuesday, January 15, 2008").get("label") == "2008-01-15"
    assert _evidence("Publié le mardi 15 janvier 2008 à 14h21").get("label") == "2008-01-15"
    assert _evidence("Veröffentlicht am Dienstag, den 15. Januar 2008").get("label") == "2008-01-15"
    assert _evidence("Mis en ligne le 15 janvier 2008").get("label") == "2008-01-15"
    assert _evidence("Updated: Tuesday, January 15, 2008").get("label-updated") == "2008-01-15"


def test_a_weekday_in_a_sentence_is_no_label() -> None:
    assert "label" not in _evidence("The council met on Tuesday, January 15, 2008 to vote.")


def test_german_month_names_after_the_days_dot() -> None:
    # dates/htmldate archiv_krimiblog_de_2895, marktplatz_die-besserwisser_org_zeit: their date lines
    assert read_stamp("Veröffentlicht am: 6. August 2009") == (True, dt.date(2009, 8, 6))
    assert read_stamp("Veröffentlicht am 5. April 2017") == (True, dt.date(2017, 4, 5))
    # made up
    assert read_stamp("Veröffentlicht am Dienstag, den 15. Januar 2008, 14:21 Uhr") == (
        True,
        dt.date(2008, 1, 15),
    )
    assert read_stamp("Erstellt am 3. März 2020") == (True, dt.date(2020, 3, 3))
