"""review38: summary31's glued headline cut (d92babe8, summarise.candidates._glued_head) reads a name that
opens on "The" as the lead's first word after a headline when it is a verb's object in prose: "to found
The Honor Project and encourage Americans" (AllSides 5996_right, also in mixed-dev) left the candidate
"The Honor Project and encourage Americans to gather ...", and "told The Times" cuts the same way."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _article_candidates


@pytest.mark.parametrize(
    "first",
    [
        # AllSides 5996_right's first sentence
        "On this episode of The Federalist Radio Hour, Emily Domenech joins Culture Editor Emily Jashinsky to "
        "discuss how she banded with the Travis Manion Foundation to found The Honor Project and encourage "
        "Americans to gather to recognize the fallen.",
        "BP chief executive Tony Hayward told The Times on Sunday that the company would stay in the Gulf "
        "for as long as it takes .",
    ],
)
def test_a_name_opening_on_the_after_a_verb_is_no_lead(first: str) -> None:
    rest = ["The company said the work would go on through the summer and into the autumn ."]
    (opening, *_) = [c.text for c in _article_candidates(0, [first, *rest])]
    assert opening == first


def test_a_headline_before_the_lead_is_still_cut() -> None:
    # H1N1_bbc/123's form: a headline ending in a noun, the lead on "Another"
    first = "Swine flu cases close UK school Another nine UK cases of swine flu have been confirmed taking the total to 27 ."
    (opening, *_) = [c.text for c in _article_candidates(0, [first])]
    assert opening == "Another nine UK cases of swine flu have been confirmed taking the total to 27 ."
