"""quotes34b: an honorific before a title word that is a surname ("Mr. King" of Larry King) names the
person the article named in full (people.honorific_title_surname; bench/README "quotes34b"). Made up
in the words of review29's finding."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes

KING = "Larry King ended his show on Thursday . "


def _speaker(text: str) -> str | None:
    (quote,) = find_quotes(text, "x", None)
    return quote.speaker


@pytest.mark.parametrize(
    "text",
    [
        '" It is over , " said Mr. King .',
        '" It is over , " Mr. King said .',
        '" It is over , " said Mr King .',
        'Mr. King said : " It is over . "',
    ],
)
def test_mr_king_is_larry_king(text: str) -> None:
    assert _speaker(KING + text) == "Larry King"


def test_a_title_word_alone_still_names_him() -> None:
    assert _speaker(KING + '" It is over , " King said .') == "Larry King"


def test_mrs_king_is_not_larry_king() -> None:
    # an honorific of the other gender means someone else, whom the article names only so
    assert _speaker(KING + '" It is over , " said Mrs. King .') == "Mrs. King"


def test_mr_king_with_no_king_named_is_mr_king() -> None:
    assert _speaker('The show ended on Thursday . " It is over , " said Mr. King .') == "Mr. King"
