"""extract.byline.lone_name: the news-word test speaks English only, so a page in another language
needs a given name; a place's name first is a team's or a site's; an "Author" label above a name
counts as a lone "By"."""

from __future__ import annotations

import pytest

from newsprism.extract import extract
from newsprism.extract.byline import lone_name
from newsprism.records import Document


@pytest.mark.parametrize(
    ("line", "english", "named"),
    [
        ("Verwandte Themen", False, False),  # German labels: no English news word in them
        ("Soziale Medien", False, False),
        ("Verwandte Themen", True, True),  # the same words on an English page read as a name
        ("Claudia Riedler", False, True),  # a given name first: a name in any language
        ("Aliyah Frumin", True, True),
        ("Scunthorpe Utd", True, False),  # a town first and no given name
        ("Charleroi Actu", True, False),
    ],
)
def test_a_lone_name_on_a_page_in_another_language_needs_a_given_name(
    line: str, english: bool, named: bool
) -> None:
    assert lone_name(line, english=lambda: english) is named


_GERMAN_BODY = [
    "Der Flughafen in Frankfurt hat am Montag mitgeteilt, dass die Zahl der Fluggäste im vergangenen "
    "Jahr wieder deutlich gestiegen ist und die Erwartungen übertroffen hat.",
    "Die Betreibergesellschaft rechnet auch für das laufende Jahr mit einem weiteren Wachstum, wie ein "
    "Sprecher des Unternehmens in einer Mitteilung sagte.",
    "Im Frachtgeschäft ging das Volumen dagegen zurück, weil die Nachfrage aus Asien schwächer war "
    "als in den Jahren davor.",
]


def _authors(lines: list[str]) -> tuple[str, ...]:
    return extract(Document(id="t", source="x", kind="text", content="\n\n".join(lines))).authors


def test_a_label_on_a_german_page_is_no_author() -> None:
    head = "Fraport: Mehr Passagiere am Flughafen Frankfurt"
    assert _authors([head, *_GERMAN_BODY, "Verwandte Themen"]) == ()
    assert _authors([head, *_GERMAN_BODY, "Claudia Riedler"]) == ("Claudia Riedler",)
    assert _authors([head, "Autor", "Jordan James", *_GERMAN_BODY]) == ("Jordan James",)  # no given name


_REVIEW = (
    "Om is reincarnated as Om Kapoor who is a star-kid, and he conspires with Sandy to kill Mehra. "
    "This movie is a major disappointment, and it is hilarious when the director tries to infuse "
    "sentimental scenes into the story."
)


@pytest.mark.parametrize(
    ("lines", "authors"),
    [
        # an item of the list of other stories under the body: no author (was 'Halla Bol')
        (
            ["Om Shanti Om", _REVIEW, _REVIEW, "Other Stories", "Halla Bol", "My Name is Anthony Gonsalves"],
            (),
        ),
        # a menu's item between the headline and the body (was 'Advertiser Directory')
        (
            [
                "Peterson eyes NFC rushing title",
                "Sports Section Sponsors",
                "Advertiser Directory",
                "Advertising Information",
                _REVIEW,
                _REVIEW,
            ],
            (),
        ),
        # not in a list: the same kind of name is the author
        (["Om Shanti Om", _REVIEW, _REVIEW, "Halla Bol"], ("Halla Bol",)),
        # in a list, a given name first still names the author
        (["Om Shanti Om", _REVIEW, _REVIEW, "Other Stories", "Jane Porter", "Showbiz"], ("Jane Porter",)),
    ],
)
def test_a_lone_line_in_a_list_needs_a_given_name(lines: list[str], authors: tuple[str, ...]) -> None:
    art = extract(Document(id="t", source="x", kind="text", content="\n".join(lines)))
    assert art.authors == authors
