"""extract22's review of extract21: a brief's headline keeps a speaker named in full, a one-sentence
text that speaks to the reader is no brief."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.prose import brief_start
from newsprism.extract.text import brief_headline
from newsprism.records import Document


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        # a speaker, by surname, full name or title and name: the headline's own
        ("McCarthy is not for sale - Hughes", "McCarthy is not for sale - Hughes"),
        ("We will win - Barack Obama", "We will win - Barack Obama"),
        ("Iraq war was a mistake - Tony Blair", "Iraq war was a mistake - Tony Blair"),
        ("We will win - President Obama", "We will win - President Obama"),
        ("Hope is back - Pope Benedict", "Hope is back - Pope Benedict"),
        # a part that opens on a small word goes on with the headline
        (
            "Nikki Haley pokes fun at her Indian roots — and Elizabeth Warren's",
            "Nikki Haley pokes fun at her Indian roots — and Elizabeth Warren's",
        ),
        ("Jumping into darkness — and History", "Jumping into darkness — and History"),
        # sites and sections still go
        ("McCarthy is not for sale - Reuters", "McCarthy is not for sale"),
        ("Storm hits coast - The Guardian", "Storm hits coast"),
        ("India in control - Market Rasen Today", "India in control"),
        (
            "Personal data loss hit record level in '07 - The Boston Globe",
            "Personal data loss hit record level in '07",
        ),
        ("Bad news comes in threes | The Australian", "Bad news comes in threes"),
        ("Chelsea's my last stop, says Anelka | the Daily Mail", "Chelsea's my last stop, says Anelka"),
        ("Storm hits coast -- World", "Storm hits coast"),
    ],
)
def test_brief_headline_keeps_a_speaker(line: str, headline: str) -> None:
    assert brief_headline(line) == headline


@pytest.mark.parametrize(
    "text",
    [
        "We use cookies on this website to improve it.",
        "Sorry, this page could not be found on our site.",
        "You must be logged in to read this article.",
        "The page you requested has moved to a new address.",
        "Thank you for subscribing to our daily news alerts.",
        "Error 404\n\nThe page you requested has moved to a new address.",
    ],
)
def test_a_short_notice_is_no_brief(text: str) -> None:
    assert brief_start(text) is None
    assert extract(Document(id="n", source="n.txt", kind="text", content=text)).dropped is not None


@pytest.mark.parametrize(
    "text",
    [
        "The Golden Globes full-scale telecast has been canceled.",
        "Israel midfielder Tamir Cohen has agreed terms with Bolton.",
        # a line of prose that names the reader is an article's (a long one-line record)
        "You would not know it from the ads, but the state's budget shortfall grew again this year, "
        "officials said on Monday.",
    ],
)
def test_a_one_sentence_brief_stays(text: str) -> None:
    assert brief_start(text) == 0
    assert extract(Document(id="b", source="b.txt", kind="text", content=text)).dropped is None
