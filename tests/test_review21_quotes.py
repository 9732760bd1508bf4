"""review21: quotes28's _same_given (64842b0) splits two given names of one surname with one initial
unless a list of short forms or a prefix joins them. Pet forms and spellings that keep the name's
first syllable are one person's, and the dev and heap-10000 texts name people so: Bernard / Bernie
Sanders, Jacob / Jack Lew, Jerrold / Jerry Nadler, Clifton / Cliff Nunnally, Jacqueline / Jacqui
Fleming, Betty / Bettie Page, Stephen / Stephan Baldwin (7 of the 13 same-initial pairs those texts
hold; the other 6, Jeremy / Jerry Ortiz, Jim / John Harbaugh, Jill / Joe Biden ..., are two people).
Before 64842b0 one initial was enough. The fix: /tmp/h21/review21/quotes_same_given.patch (four
letters in common, SAME_SYLLABLE, and "jack" -> "jacob", "tommy", "ted", "rudy" ... in _SHORT_GIVEN);
output identical on BASIL and the dev + heap-10000 quotes (bench/quote_changes.py)."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes

SAME_PERSON = [
    (
        'Sen. Bernard Sanders of Vermont spoke on Tuesday. "We will not back down," Sanders said. Later he '
        'spoke again. "This fight is far from over," Bernie Sanders said.',
        ("Bernard Sanders", "Bernard Sanders"),
    ),
    (
        'Treasury Secretary Jacob Lew met bankers on Monday. "The talks were useful," Lew said. "We expect '
        'a deal soon," Jack Lew told reporters.',
        ("Jacob Lew", "Jacob Lew"),
    ),
    (
        'Rep. Jerrold Nadler opened the hearing. "No one is above the law," Jerry Nadler said.',
        ("Jerrold Nadler",),
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SAME_PERSON)
def test_a_pet_form_is_the_same_person(text: str, speakers: tuple[str, ...]) -> None:
    assert tuple(q.speaker for q in find_quotes(text)) == speakers


def test_two_people_of_one_surname_stay_two() -> None:
    # ECB+ 16_9: the slain deputy Jerry Ortiz and his son Jeremy (quotes28's case, kept by the patch)
    text = (
        "Deputy Jerry Ortiz was killed in 2005. \"I'm relieved that it's over,\" said Jeremy Ortiz, his son."
    )
    assert [q.speaker for q in find_quotes(text)] == ["Jeremy Ortiz"]
