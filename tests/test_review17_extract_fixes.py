"""review17's extract findings: capitals the page's own titles hold stay in the headline; a headline
whose normal form is longer than its print (case folding "ß" -> "ss") is still found above the body."""

from __future__ import annotations

from newsprism.extract import extract
from newsprism.extract.text import _printed_above
from newsprism.records import Document

_BODY = (
    "<p>"
    + "The president will travel to France next week for talks with European leaders on trade and "
    "security, officials said on Monday. " * 3
    + "</p>"
)


def _title(meta_title: str, h1: str) -> str | None:
    html = (
        f"<html><head><title>{meta_title}</title></head><body><article><h1>{h1}</h1>{_BODY}{_BODY}"
        "</article></body></html>"
    )
    return extract(Document(id="x", source="x.html", kind="html", content=html)).title


def test_a_city_in_capitals_that_the_page_title_holds_is_the_headlines() -> None:
    assert _title("Obama to visit PARIS - CNN", "Obama to visit PARIS") == "Obama to visit PARIS"
    # a dateline glued to the printed headline is not in the page's <title>: it is cut
    assert _title("IVF embryos - BBC", "Scientists grow IVF embryos LONDON") == "Scientists grow IVF embryos"


def test_a_headline_with_sharp_s_is_found_above_the_body() -> None:
    lines = ["Großbrand in Rostow heute -- Welt", "Menu", "Großbrand in Rostow heute", "Home", "News"]
    assert _printed_above(lines, 4) == 2
