"""An HTML page's dateline is read as a text dump's is (extract.html.body_dateline): from the body's
opening, else the big city in capitals that html.page_parts cuts from the headline's end. Before,
an HTML Article had no dateline at all, and the cut city was lost."""

from __future__ import annotations

from newsprism.extract import extract
from newsprism.extract.html import _header_dateline, body_dateline
from newsprism.extract.html_blocks import Block
from newsprism.records import Article, Document

_LEAD = (
    "The president will travel to France next week for talks with European leaders on trade, officials said. "
)
_REST = (
    "<p>"
    + "The talks are to cover tariffs, defence spending and the climate accord in two days. " * 3
    + "</p>"
)


def _read(title: str, h1: str, lead: str, *, header: str = "") -> Article:
    html = (
        f"<html><head><title>{title}</title></head><body><article><h1>{h1}</h1>{header}"
        f"<p>{lead}{_LEAD * 2}</p>{_REST}{_REST}</article></body></html>"
    )
    return extract(Document(id="x", source="x.html", kind="html", content=html))


def test_a_city_cut_from_the_headline_is_the_dateline() -> None:
    # l3s_gn1 3f642f89: "... hybrid human-animal embryos LONDON" (the text dump gives London too)
    art = _read("IVF embryos - BBC", "Scientists grow IVF embryos LONDON", "")
    assert art.title == "Scientists grow IVF embryos"
    assert art.dateline == "London"
    # capitals that the page's own titles hold are the headline's: no dateline
    art = _read("Obama to visit PARIS - CNN", "Obama to visit PARIS", "")
    assert (art.title, art.dateline) == ("Obama to visit PARIS", None)


def test_the_dateline_opening_the_body_is_read() -> None:
    art = _read("Trade talks - Reuters", "Trade talks", "WASHINGTON (Reuters) - ")
    assert art.dateline == "Washington"
    assert art.text.startswith("WASHINGTON (Reuters) - The president")  # kept in the text
    # the body's dateline comes before a city cut from the headline, as on a text dump
    art = _read("IVF embryos - BBC", "Scientists grow IVF embryos LONDON", "NEW DELHI, April 24 (Reuters) - ")
    assert art.dateline == "New Delhi"


def test_a_dateline_is_read_above_and_just_under_the_first_long_paragraph() -> None:
    long = "This paragraph is long enough to be the first paragraph of the body proper."
    assert body_dateline("WASHINGTON (AFP)\n\n" + long) == "Washington"  # a paragraph of its own
    assert body_dateline(f"Photo: a caption of the scene.\n\n{long}\n\nPARIS (AFP) - {long}") == "Paris"
    # deep in the article a dateline-like opening is no dateline
    assert body_dateline("\n\n".join([long, long, long, f"PARIS (AFP) - {long}"])) is None


def test_a_dateline_on_a_block_of_its_own_by_the_bodys_start_is_read() -> None:
    # l3s_gn1 251da42b ("RENO, Nev. --" in an <h3>) and 962c139f ("BUFFALO, New York (AFP)" in a
    # <div> under a stamp): the body scorer leaves the short block out; the text dump reads it
    art = _read("Trade talks", "Trade talks", "", header="<h3>RENO, Nev. --</h3>")
    assert art.dateline == "Reno, Nev."
    art = _read(
        "Trade talks",
        "Trade talks",
        "",
        header="<div>12-30-2007, 02h53</div><div>BUFFALO, New York (AFP)</div>",
    )
    assert art.dateline == "Buffalo, New York"  # one form: capitals in title case (extract21)
    # a block that only opens like a dateline is none
    assert (
        _read("Trade talks", "Trade talks", "", header="<h3>PARIS - a city that talks</h3>").dateline is None
    )


def test_a_section_label_by_the_bodys_start_is_no_dateline() -> None:
    # review18b: a label in an <h3> by the body's start reads like a dateline with no date ("SPORTS
    # --", "TOP STORIES --", left out of the body) or with only an agency ("WORLD NEWS (Reuters)",
    # kept as the body's first paragraph); on a block or a paragraph of its own only a date or a
    # known place makes it one (a word list of labels cannot be complete)
    def dateline(label: str) -> str | None:
        body = "The city council voted on Tuesday to approve a new budget for the year, officials said. " * 3
        html = (
            "<html><head><title>Council approves budget</title></head><body><h1>Council approves budget</h1>"
            f"<h3>{label}</h3><div><p>{body}</p><p>{body}</p><p>{body}</p></div></body></html>"
        )
        return extract(Document(id="x", source="x.html", kind="html", content=html)).dateline

    for label in ("SPORTS --", "TOP STORIES --", "WORLD NEWS (Reuters)"):
        assert dateline(label) is None, label
    assert dateline("RENO, Nev. --") == "Reno, Nev."  # a known place
    assert dateline("SMALLVILLE, June 18 (Reuters)") == "Smallville"  # a date makes any place one


def test_the_agency_is_looked_for_in_the_paragraphs_opening_only() -> None:
    # as parse_dateline: a paragraph's first DATELINE_PROBE_CHARS characters are its opening
    far = "x" * 300 + " PARIS (AFP)"
    assert body_dateline("A short header line.\n\nWASHINGTON (AFP)") == "Washington"
    assert body_dateline(f"A short header line.\n\n{far}") is None


def test_a_dateline_over_the_first_kept_paragraph_is_read() -> None:
    # l3s_gn1 06c09282: the scorer's start block is a photo credit; its caption and a link stand
    # between it and "LONDON --", right over the first paragraph it keeps (the text dump's dateline)
    texts = [
        "Amy cries 'I love you' to jailed husband",
        "Kevork Djansezian, file",
        "Singer Amy Winehouse arrives at the MTV Movie Awards in Los Angeles, in this file photo.",
        "Amy Winehouse official site",
        "LONDON --",
        "Amy Winehouse's husband appeared in court Friday to face charges of assault and conspiracy.",
    ]
    blocks = tuple(Block(text=t, tag="div", hints=frozenset()) for t in texts)
    assert _header_dateline(blocks, (1,)) is None  # three blocks from the scorer's start
    assert _header_dateline(blocks, (1, 5)) == "London"  # one over the first kept block
