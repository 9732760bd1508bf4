"""The HTML reader (session 30, dates31): a list of dated links is no byline of the page it sits
in, and htmldate echoing the page's generic <meta name="date"> votes once. Each page is cut from
the dev page named in its test, its phrases kept."""

from __future__ import annotations

from newsprism.extract.dates import html_publication_date, page_date_evidence
from newsprism.extract.html_blocks import parse_page

_REGION = (
    "<h2>Rioja</h2><p>Die Rioja ist das bekannteste Weinbaugebiet Spaniens, am Oberlauf des Ebro gelegen,"
    " und ihre Weine reifen lange in Eichenfässern, bevor sie als Crianza, Reserva oder Gran Reserva"
    " in den Handel kommen.</p>"
)


def _events(*items: tuple[str, str]) -> str:
    rows = "".join(
        f'<li class="list-group-item"><span class="datum">{day} 18:00 Uhr</span> <span class="titel">'
        f'<a class="link" href="/veranstaltungen/{n}">{title}</a></span></li>'
        for n, (day, title) in enumerate(items, start=140)
    )
    return f'<ul class="list-group"><li class="active"><a href="/veranstaltungen/">Veranstaltungen</a></li>{rows}</ul>'


def test_a_list_of_dated_links_dates_no_page() -> None:
    # htmldate vinosytapas_de_rioja: a wine shop's page on a region, its side box of upcoming tastings
    # first in the page; the page's own date is its <meta name="date">
    page = (
        '<html><head><meta name="date" content="2020-02-11"><title>Rioja</title></head><body>'
        + _events(
            ("29.02.2020", "Portugal vs Spanien. eine Blindprobe mit Tapas !"),
            ("04.04.2020", "Tempranillo, die Rebsorte Spaniens+ Tapasmenue !"),
        )
        + _REGION
        + "</body></html>"
    )
    evidence = page_date_evidence(parse_page(page))
    assert "byline" not in evidence
    assert "first-visible" not in evidence
    assert evidence["meta-date"] == "2020-02-11"


def test_a_lone_dated_item_or_items_without_links_still_date_the_page() -> None:
    # one dated link in a list is no list of other pages (a post's meta row: its date, then a link
    # to its comments) ...
    page = (
        "<html><head><title>Rioja</title></head><body><ul class='post-info'><li>29.02.2020</li>"
        "<li><a href='#comments'>3 Kommentare</a></li></ul>" + _REGION + "</body></html>"
    )
    assert page_date_evidence(parse_page(page)).get("first-visible") == "2020-02-29"
    # ... nor are two dated items without links (a published and an updated line)
    page = (
        "<html><head><title>Rioja</title></head><body><ul><li>Erstellt 29.02.2020</li>"
        "<li>Geändert 04.04.2020</li></ul>" + _REGION + "</body></html>"
    )
    assert page_date_evidence(parse_page(page)).get("first-visible") == "2020-02-29"


def test_htmldate_echoing_the_generic_meta_date_votes_once() -> None:
    # htmldate martinruetter_com-Winter: the page was generated on the 21st (its <meta name="date">),
    # the post is dated by its itemprop datePublished, the 27th; htmldate, asked for the original
    # date, gives the meta tag's (the visible date stands in the post's "footer", furniture)
    page = (
        '<html><head><meta name="date" content="2022-01-21T15:38:44+01:00">'
        "<title>Weißröckchen – mit Hund im Winter</title></head><body>"
        '<div class="footer"><span class="news-list-date"><time itemprop="datePublished"'
        ' datetime="2022-01-27">27.01.2022</time></span></div><div class="content"><p>Schnee, Eis und Streusalz: im Winter braucht die Pfote des Hundes'
        " besondere Pflege, und nach jedem Spaziergang sollten Sie sie mit lauwarmem Wasser abspülen und"
        " gut abtrocknen, damit sie nicht rissig wird.</p></div></body></html>"
    )
    assert html_publication_date(page) == ("2022-01-27", "itemprop")
