"""quotes35: a spokesperson's quote is read the same on both sides of it (cues._spokesperson_after),
and an aide whom a possessive owns is someone else, while a spokesperson so owned speaks for the
owner (speakers._owner_words; bench/README "quotes35"). bpoil_guardian/121 and l3s_gn1-59822881 in
their words; the rest made up."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes

SMITH = "Senator John Smith voted against the bill on Tuesday . "
SANDERS = "Senator Bernie Sanders spoke in Iowa on Tuesday . "
QUOTE = "He will not change his mind"


def _speaker(text: str) -> str | None:
    (quote,) = find_quotes(text, "x", None)
    return quote.speaker


FORMS = [
    'A spokesman for the {role} said : " {quote} . "',
    '" {quote} , " a spokesman for the {role} said .',
    '" {quote} , " said a spokesman for the {role} .',
    '" {quote} , " said a spokeswoman for the Ohio {role} .',
]


@pytest.mark.parametrize("form", FORMS)
def test_a_spokesman_for_a_role_speaks_for_its_holder_on_both_sides(form: str) -> None:
    assert _speaker(SMITH + form.format(role="senator", quote=QUOTE)) == "John Smith"


@pytest.mark.parametrize("form", FORMS)
def test_a_spokesman_for_a_role_no_one_holds_is_no_one_named(form: str) -> None:
    # only "Senator Bernie Sanders" is named: no governor
    assert _speaker(SANDERS + form.format(role="governor", quote=QUOTE)) is None


def test_a_spokesman_named_after_an_inverting_verb_speaks() -> None:
    text = SMITH + f'" {QUOTE} , " said a spokesman for the senator , Tom Brown .'
    assert _speaker(text) == "Tom Brown"


def test_a_spokesman_for_an_organisation_after_an_inverting_verb() -> None:
    # bpoil_guardian/121 (the quote was 'Nnimo Bassey', an activist named earlier)
    text = (
        "The government 's national oil spill detection and response agency ( Nosdra ) says that between "
        '1976 and 1996 alone , more than 2.4 m barrels contaminated the environment . " Oil spills and the '
        "dumping of oil into waterways has been extensive , often poisoning drinking water and destroying "
        'vegetation , " said a spokesman for Nosdra . The sense of outrage is widespread .'
    )
    assert _speaker(text) == "Nosdra"


@pytest.mark.parametrize(
    "cue",
    [
        "The senator 's aide said :",
        "The senator's top aide said:",
        "Smith's lawyer said:",
        "The senator 's adviser said :",
    ],
)
def test_an_aide_a_possessive_owns_before_the_quote_is_unnamed(cue: str) -> None:
    assert _speaker(f'{SMITH}{cue} " {QUOTE} . "') is None


@pytest.mark.parametrize(
    "after", ["the senator 's aide said .", "said the senator 's aide .", "said Smith 's aide ."]
)
def test_an_aide_a_possessive_owns_after_the_quote_is_unnamed(after: str) -> None:
    assert _speaker(f'{SMITH}" {QUOTE} , " {after}') is None


@pytest.mark.parametrize(
    "text",
    [
        f'{SMITH}The senator \'s spokesman said : " {QUOTE} . "',
        f'{SMITH}" {QUOTE} , " the senator \'s spokesman said .',
        f'{SMITH}" {QUOTE} , " said the senator \'s spokesman .',
    ],
)
def test_a_spokesman_a_possessive_owns_speaks_for_the_owner(text: str) -> None:
    assert _speaker(text) == "John Smith"


def test_a_prime_ministers_spokesman() -> None:
    # l3s_gn1-59822881 (was 'HPA', an agency named earlier)
    text = (
        "But the British soldiers are still facing an agonising wait to learn the results of their own "
        "tests for blood infections.\n\nPrime Minister Gordon Brown's spokesman said: \"Of course this is a "
        'very serious matter and the Ministry of Defence are taking it very seriously."'
    )
    assert _speaker(text) == "Gordon Brown"


def test_an_aide_named_in_apposition_and_his_wife_are_unchanged() -> None:
    # controls: a named aide speaks; a relation is no aide (unnamed, as before)
    assert _speaker(f'{SMITH}An aide to the senator , Tom Brown , said : " {QUOTE} . "') == "Tom Brown"
    assert _speaker(f'{SMITH}The senator \'s wife said : " {QUOTE} . "') is None
