"""One list of other languages' publication and update labels for both readers (textdate's
OTHER_PUBLISHED_LABELS / OTHER_UPDATED_LABELS): a word only one of them knew before is read by both."""

from __future__ import annotations

import datetime as dt

from newsprism.extract.dates import page_date_evidence
from newsprism.extract.html_blocks import parse_page
from newsprism.extract.textdate import read_stamp


def test_stamps_with_the_html_readers_words() -> None:
    # dates/htmldate eurosport_de-corona: its date line
    assert read_stamp("Publiziert 02/02/2022 um 09:23 GMT") == (True, dt.date(2022, 2, 2))
    # made up
    assert read_stamp("Erschienen am 15.01.2008") == (True, dt.date(2008, 1, 15))
    assert read_stamp("Zuletzt aktualisiert am 15.01.2008, 14:21 Uhr") == (True, dt.date(2008, 1, 15))
    assert read_stamp("Geändert am 15.01.2008 um 14:21 Uhr") == (True, dt.date(2008, 1, 15))


def _evidence(date_line: str) -> dict[str, str]:
    # made up: a story with its date line under its first paragraph
    html = (
        "<html><head><title>Storm hits the coast</title></head><body><div><h1>Storm hits the coast</h1>"
        "<p>A storm hit the coast on a winter night and the people of the town went out to see the"
        f" damage it had done to the harbour.</p><p>{date_line}</p></div></body></html>"
    )
    return page_date_evidence(parse_page(html))


def test_update_labels_with_the_text_readers_words() -> None:
    assert _evidence("Modifié le 15 janvier 2008 à 14h21").get("label-updated") == "2008-01-15"
    assert _evidence("Aggiornata il 15/01/2008 alle 14:21").get("label-updated") == "2008-01-15"
    # an update label after the date makes it the date line's publication
    assert _evidence("14 janvier 2008, modifié le 15 janvier 2008").get("label") == "2008-01-14"


def test_a_labelled_stamp_with_a_two_digit_year_gives_its_day() -> None:
    # dates/htmldate d76cf81a: its date line (a stamp with no day before)
    assert read_stamp("Veröffentlicht am 19.10.19 um 14:34 Uhr") == (True, dt.date(2019, 10, 19))
    # l3s_gn1 bdc7803f's "09.01.08 00:09" (Trend News) under a label; sportinglife's clock line
    assert read_stamp("Posted 09.01.08 00:09") == (True, dt.date(2008, 1, 9))
    assert read_stamp("Posted 15/01/08 15:46") == (True, dt.date(2008, 1, 15))
    # alone on its line a date and a clock are a site's clock as often: no stamp (l3s_gn1 5bc1e7d3)
    assert read_stamp("15/01/08 15:46", bare=True) == (False, None)
    # l3s_gn1 b00bdb89: one way, month first, as before
    assert read_stamp("Last Updated: 1/14/08 11:15 AM ET") == (True, dt.date(2008, 1, 14))
