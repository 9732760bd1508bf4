"""A press release's wire dateline under its deck ("TORONTO, Jan. 6 /CNW/ - ..."): read by the HTML
reader where the release is one block of preformatted text, and found glued mid-line by the text
reader's deck_dateline where a dump joined the deck and the dateline."""

from __future__ import annotations

from newsprism.extract.dates import html_publication_date
from newsprism.extract.textdate import deck_dateline

_DECK = "Variety of Zune players, Zune software and Zune Social music community site available in Spring 2008"
_RELEASE = (
    "TORONTO, Jan. 6 /CNW/ - Today at the Consumer Electronic Show in Las Vegas, Microsoft said it would"
)


# the site's notes between its bar and the release (as on the page: 400 characters)
_NOTES = " ".join(["Attention National/Technology/Entertainment/Lifestyle/Broadcast/Online Editors:"] * 5)


def _page(between: str) -> str:
    # made up after CNW Telbec's pages (l3s_gn1 92474c42): the day served in the site's bar over the
    # headline, the release's deck and dateline in one <pre>
    return (
        "<html><head><title>CNW Telbec | Microsoft to launch media players in Canada</title></head><body>"
        "<div class='bar'>ACCUEIL / ENGLISH / CARTE DU SITE 15 janvier 2008</div>"
        f"<p>{_NOTES}</p>"
        "<h2>Microsoft to launch media players in Canada</h2>"
        f"<pre>    {_DECK}{between}    {_RELEASE} launch its players in Canada this spring.\n</pre>"
        "</body></html>"
    )


def test_a_dateline_opening_a_paragraph_of_a_preformatted_release() -> None:
    assert html_publication_date(_page("\n\n"))[0] == "2008-01-06"


def test_a_dateline_inside_a_paragraph_is_not_read() -> None:
    # no blank line: the dateline opens no paragraph, and the bar's day stays
    assert html_publication_date(_page(" "))[0] == "2008-01-15"


def test_a_wire_dateline_glued_after_the_deck() -> None:
    line = f"{_DECK} {_RELEASE}"
    found = deck_dateline(line)
    assert found is not None
    assert (found.place, found.month, found.day, found.agency) == ("Toronto", 1, 6, "CNW")
    assert line[found.end :].startswith("Today at")


def test_only_a_slashed_wire_after_a_deck_is_a_deck_dateline() -> None:
    assert deck_dateline(_RELEASE) is None  # opening the line: parse_dateline's
    assert deck_dateline("The board met TORONTO, Jan. 6 and then left for home") is None  # no wire
    assert deck_dateline("The ratio rose to 4/5 in the SEC FILING, Jan. 6 report") is None
