"""summary31: openings that lean on context ("One such group ...", "Members have been ..."), and a
video's teaser ('" Moneyless man " Mark Boyle explains how he eats ...'), open no summary."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _caption, _first_lines, _leans_back

ARTICLE = "Supporters of BP have set up pages on Facebook . "


@pytest.mark.parametrize(
    "sentence",
    [
        "One such group Support BP calls itself the defender of an undeservedly harassed institution .",
        "Members have been increasingly vocal since a succession of strong rebukes of BP by lawmakers .",
        "Delegates will seek an agreement on how samples of the virus should be shared .",
        "Backers said that it would not hurt to try to live by the aspirations of the founders .",
    ],
)
def test_a_group_told_before_leans_back(sentence: str) -> None:
    assert _leans_back(sentence, ARTICLE + sentence, len(ARTICLE))


@pytest.mark.parametrize(
    "sentence",
    [
        "Delegates at the annual convention of the civil rights group approved the measure Tuesday .",
        "Supporters and detractors are already lining up behind the ambitious plan .",
        "Participants included the mayor , two ministers and the head of the local council .",
        "Critics say the checks are an expansion of the welfare state and a disincentive to work .",
    ],
)
def test_a_group_with_its_own_phrase_does_not_lean(sentence: str) -> None:
    assert not _leans_back(sentence, ARTICLE + sentence, len(ARTICLE))


@pytest.mark.parametrize(
    "sentence",
    [
        '" Moneyless man " Mark Boyle explains how he eats after giving up all forms of money .',
        "BP 's Doug Suttles explains how the cap is meant to operate on the well .",
        "A new Guardian video shows how swine flu fears have spread across the world .",
    ],
)
def test_a_video_teaser_is_a_caption(sentence: str) -> None:
    assert _caption(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Trump's order reveals how Obamacare functions as a trap for policymakers.",
        "He explains what he ca n't do to help the people of the coast .",
        "An article by The Post 's Dan Eggen explains why : More than 1,400 former staffers are lobbyists .",
    ],
)
def test_prose_that_explains_is_no_teaser(sentence: str) -> None:
    assert not _caption(sentence)


def test_the_first_lines_leave_out_another_items_teaser() -> None:
    lines = _first_lines(
        [
            "The slick 's damage to delicate marshland wildlife habitats has endangered bird species .",
            '" Moneyless man " Mark Boyle explains how he eats after giving up all forms of money .',
        ],
        60,
    )
    assert lines == [
        "The slick 's damage to delicate marshland wildlife habitats has endangered bird species ."
    ]
