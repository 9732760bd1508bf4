"""review30: quotes35 d414a48 (speakers._role_named_before, _other_office) gives a role phrase the
article gives to no name ("the president said") to the most recent person only when the article
gives that person no other office. _other_office compares the office's last word only, so the
vice president is the president and a lieutenant governor the governor: "Vice President Joe Biden
... the president said" went to Biden. Made-up sentences in the tokenised style of the BASIL and
heap-10000 texts."""

from __future__ import annotations

import pytest

from newsprism.analyse.quotes import find_quotes


def _speaker(text: str) -> str | None:
    (quote,) = find_quotes(text, "x", None)
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        (
            "Barack Obama met Japan 's leader on Monday . Vice President Joe Biden joined them . "
            '" We are united with Japan , " the president said .',
            "Joe Biden",
        ),
        (
            'Lt. Gov. David Dewhurst spoke in Austin on Monday . " We are ready , " the governor said .',
            "David Dewhurst",
        ),
    ],
)
def test_a_deputys_office_is_another_office(text: str, wrong: str) -> None:
    assert _speaker(text) != wrong


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Vice President Joe Biden flew to Tokyo . " We are united , " the vice president said .',
            "Joe Biden",
        ),
        ('Gov. Rick Perry flew to Austin . " We are ready , " the governor said .', "Rick Perry"),
        ('Sen. Bernie Sanders spoke . " We will win , " the senator said .', "Bernie Sanders"),
    ],
)
def test_the_same_office_still_renames_the_person(text: str, speaker: str) -> None:
    assert _speaker(text) == speaker
