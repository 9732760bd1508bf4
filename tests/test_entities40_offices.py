"""entities40: the words after a title's "of" are the office's, up to its holder's given name or a
place; with no holder after them they name the office's domain, no person."""

import pytest

from newsprism.analyse.entities import find_mentions


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.role) for m in find_mentions(text) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            # heap 8_3ecb
            "Oregon State Police bomb technician Bill Hakim were killed in the blast. Woodburn Chief of "
            "Police Scott Russell was listed in critical condition at OHSU.",
            ("Scott Russell", "Woodburn Chief of Police"),
        ),
        (
            # BASIL a4f1d515-d7d9-4319-b2e0-4d56e9d45554_3
            "While civil liberties groups cried foul over the program, Director of National Intelligence "
            "James Clapper issued a statement late Thursday decrying the leak of the materials.",
            ("James Clapper", "Director of National Intelligence"),
        ),
        (
            # heap train-2038-2
            "The Trump campaign’s Director of Communications Tim Murtaugh said, “We have no indication "
            "that any of our campaign infrastructure was targeted.”",
            ("Tim Murtaugh", "Director of Communications"),
        ),
    ],
)
def test_the_holder_after_an_offices_words(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text)


def test_a_firm_after_a_titles_of_is_no_person() -> None:
    # heap bpoil_bbc/1671 (two of the article's sentences): "President of Exxon" made every "Exxon" a person
    text = (
        "In all probability he will not last just as the President of Exxon retired an exhausted , broken "
        "man after the Valdez incident . Exxon did not shutdown after the Valdez incident ."
    )
    assert [m.type for m in find_mentions(text) if m.name == "Exxon"] == ["organization", "organization"]


def test_a_title_with_of_and_a_firm_in_apposition() -> None:
    # heap cleanportaleval-blogs_wsj_com_brussels_10
    text = (
        "“Unfortunately, we tend to forget our inventors,” Thierry Geerts, Managing Director of Google "
        "Belgium, said as he switched between French and Flemish."
    )
    mentions = {m.name: m.type for m in find_mentions(text)}
    assert mentions["Google Belgium"] == "organization"
    assert mentions["Thierry Geerts"] == "person"


def test_a_headlines_to_ends_the_office() -> None:
    # heap/BASIL d3a1ce0a-fc48-4827-a278-8f0ce8c7a519_2 (a guard: the headline's words before "To"
    # are no role of John Kerry, whom the article titles Secretary of State)
    text = (
        "Mo Cowan Senate: Deval Patrick Names Former Chief Of Staff To Replace John Kerry\n\n"
        'WASHINGTON -- Massachusetts Gov. Deval Patrick (D) on Wednesday appointed William "Mo" Cowan '
        "to the Senate seat vacated by newly confirmed Secretary of State John Kerry."
    )
    assert ("John Kerry", "Secretary of State") in _people(text)
