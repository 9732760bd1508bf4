"""review37 (session 31): findings on session 31's entity rules (analyse.entities), each shown on
made-up sentences the rule misreads. Each test is xfail(strict) until the patch its reason names is
applied (against HEAD)."""

from __future__ import annotations

import pytest

from newsprism.analyse.entities import find_mentions


def _types(text: str, name: str) -> set[str]:
    return {m.type for m in find_mentions(text) if m.name == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The orchestra played at the Albert Hall on Friday .", "Albert Hall"),
        ("The debate was held in the Wesley Hall at the university .", "Wesley Hall"),
    ],
)
def test_a_hall_after_the_is_a_place(text: str, name: str) -> None:
    # d0cc031's SURNAME_PLACE_HEADS += hall: a given name before "Hall" makes a person ("Keith Hall");
    # no person's name takes "the", a building's does
    assert _types(text, name) == {"place"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The economist Keith Hall said prices rose .", "Keith Hall"),
        ("Spokesman John Hall said the plant was safe .", "John Hall"),
    ],
)
def test_a_given_name_before_hall_stays_a_person(text: str, name: str) -> None:
    # (control: d0cc031's own cases)
    assert _types(text, name) == {"person"}


def test_a_source_who_said_she_is_no_organisation() -> None:
    # a2ba8af's 'according to' source: a name that ends the phrase is an organisation ("according to
    # Markit ."), also a surname alone that the article has speak of herself (was a person before)
    text = "The slick grew , according to Landrieu . Landrieu said she was angry ."
    assert _types(text, "Landrieu") == {"person"}


def test_a_source_that_ends_the_phrase_stays_an_organisation() -> None:
    # (control: a2ba8af's case)
    assert _types("Factory output rose , according to Markit .", "Markit") == {"organization"}
