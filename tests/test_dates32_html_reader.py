"""The HTML reader (session 31, dates32): a day the story tells of in a sentence is no
"first-visible" date of the page; a date in brackets (the writer's stamp of the text) still is.
Each page is cut from the dev page named in its test, its phrases kept."""

from __future__ import annotations

from newsprism.extract.dates import page_date_evidence
from newsprism.extract.html_blocks import parse_page


def _page(title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>{title}</title></head><body><h1>{title}</h1>{body}</body></html>"


def test_a_day_told_in_a_sentence_is_no_first_visible_date() -> None:
    # l3s_gn1 4a70d19d: an AFP story of January 2008; its only full date is a day it tells of
    page = _page(
        "Corruption trial of ex-Bangladesh PM delayed",
        "DHAKA (AFP) - A Bangladesh court on Thursday postponed the corruption trial of former prime"
        " minister Sheikh Hasina, her lawyer said.",
        "Emergency rule was imposed on January 11, 2007, after months of turmoil over vote-rigging"
        " allegations ahead of elections that were later cancelled.",
    )
    assert "first-visible" not in page_date_evidence(parse_page(page))


def test_a_told_day_gives_way_to_the_next_date_the_page_prints() -> None:
    # the told day is passed over; a date line further down may still be the first visible date
    page = _page(
        "Purported bin Laden message to Europe: Leave Afghanistan",
        "The speaker also repeats his claim of sole responsibility for the September 11, 2001, attacks"
        " on New York and Washington, the tape says.",
        "Posted 29 November 2007",
    )
    assert page_date_evidence(parse_page(page)).get("first-visible") == "2007-11-29"


def test_a_bracketed_date_in_a_sentence_still_dates_the_page() -> None:
    # htmldate ekiba_de (gold 2021-11-12) and handwerksblatt_de (gold 2022-01-14): the writer's stamp
    # of the text in brackets, not a day the text tells of
    page = _page(
        "Totengedenken",
        "Evangelische Kirche in Karlsruhe, (12.11.2021). Traditionell gedenken evangelische Gemeinden"
        " am letzten Sonntag des Kirchenjahres ihrer Verstorbenen und lesen ihre Namen vor.",
    )
    assert page_date_evidence(parse_page(page)).get("first-visible") == "2021-11-12"
    page = _page(
        "Corona-Regeln",
        "Für Friseure gilt die 2G-Regelung, sofern man nicht geboostert ist. Hier ein Überblick"
        " (Stand 14. Januar 2022). Alle Angaben ohne Gewähr und ohne Anspruch auf Vollständigkeit.",
    )
    assert page_date_evidence(parse_page(page)).get("first-visible") == "2022-01-14"


def test_a_date_that_opens_or_closes_a_period_dates_no_page() -> None:
    # l3s_gn1 490a79ca: a UN report's period was taken as the headline's date line; htmldate
    # austria_info (gold 2017-09-07): a tunnel's closure was taken as byline and first visible date
    page = _page(
        "Sri Lanka: UN report finds fewer child soldiers",
        "Covering the period from 1 November 2006 to 14 September 2007, the 20-page <a href='#r'>report</a>"
        " noted that both parties had recruited children.",
    )
    evidence = page_date_evidence(parse_page(page))
    assert "headline" not in evidence
    assert "first-visible" not in evidence
    page = _page(
        "Reisehinweise",
        '<span class="date">Der Arlbergtunnel wird vom 24. April bis 2. Oktober 2017 gesperrt.</span>',
    )
    evidence = page_date_evidence(parse_page(page))
    assert "byline" not in evidence
    assert "first-visible" not in evidence


def test_a_lone_date_after_from_or_and_still_dates_the_page() -> None:
    # no period: "from" and "and" without a second date beside them
    page = _page(
        "Corruption trial",
        "Posted 10 January 2008",
        "A report from Reuters and AFP said the court met on Thursday.",
    )
    assert page_date_evidence(parse_page(page)).get("first-visible") == "2008-01-10"
