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


def _read(*lines: str) -> str:
    return extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines))).text


def test_a_comments_closed_notice_ends_the_article_kept_or_not() -> None:
    comment = (
        "And how many times does this have to be said: this is a very tight league and even the teams "
        "at the bottom can string a few wins together and end up in the play-offs."
    )
    text = _read(
        "Brand to hijack the house",
        *_ARTICLE,
        "Thanks for your comments - this feedback is now closed",
        "Posted by: Dom, London on 5:19pm Tue 1 Jan 08",
        comment,
    )
    assert "7.1m" in text and "tight league" not in text and "feedback" not in text


def test_a_tool_question_and_its_explainer_leave_the_body() -> None:
    explainer = (
        "At the bottom of all articles, you'll see links to six sites. These sites - commonly called "
        "'social bookmark' or 'social news' sites - have large communities of web users who share "
        "and rate interesting, useful and fun things on the web."
    )
    text = _read("Brand to hijack the house", *_ARTICLE, "What are these links for?", explainer)
    assert "7.1m" in text and "What are these" not in text and "bookmark" not in text
    assert "What is this?" not in _read("Brand to hijack the house", *_ARTICLE, "Tools What is this?")
