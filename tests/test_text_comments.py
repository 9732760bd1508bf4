"""Readers' views signed "- Name, Place" under their text end the article (extract.text)."""

from __future__ import annotations

from newsprism.extract import extract
from newsprism.extract.text import _signed_views
from newsprism.extract.textlines import split_page
from newsprism.records import Document

_ARTICLE = [
    "Comedian Russell Brand is set to take over the house in an attempt to save the show from its "
    "disappointing viewing figures this week.",
    "Brand will be the fifth celebrity to give the housemates orders and will take over tomorrow "
    "from the singer, who is in charge tonight.",
    "His show will be aired on Wednesday and the bosses will be hoping his comedy can rescue the "
    "show's plummeting viewing figures.",
    "Only 3.1m viewers tuned in, compared with last year's viewing figures of 7.1m.",
]
_VIEWS = [
    "I've always been an avid fan of the show but this series has totally put me off. What about "
    "throwing in a few older ones? Good luck to the housemates but it feels like a different show.\n"
    "- Louise, Lancaster, UK",
    "I've watched every series since the beginning eight years ago. In my opinion this is the best "
    "series so far and the only reason why it is a flop is that it's only on a small channel.\n"
    "- Daniella C., Stanmore",
]


def test_signed_views_end_the_article() -> None:
    content = "\n\n".join(["Brand to hijack the house", *_ARTICLE, *_VIEWS, "Add your comment"])
    art = extract(Document(id="t", source="x", kind="text", content=content))
    assert art.text.startswith("Comedian Russell Brand")
    assert "7.1m" in art.text
    assert "Louise" not in art.text and "avid fan" not in art.text and "eight years" not in art.text


def test_the_thread_starts_at_the_first_views_block() -> None:
    page = split_page("\n\n".join([*_ARTICLE, *_VIEWS]))
    assert _signed_views(page) == len(_ARTICLE)


def test_one_signature_menus_and_signed_jokes_are_no_thread() -> None:
    one = split_page("\n\n".join([*_ARTICLE, _VIEWS[0]]))
    menu = split_page("\n".join(["Editions", "- India", "- UK", "- US", *_ARTICLE]))
    jokes = split_page("What do you call a bear with no teeth?\nA gummy bear!\n—Jadyn, Age 12\n\n" * 3)
    alone = split_page("\n\n".join([*_ARTICLE, "- Louise, Lancaster, UK", "- Lee, Coventry"]))
    assert [_signed_views(p) for p in (one, menu, jokes, alone)] == [None] * 4
