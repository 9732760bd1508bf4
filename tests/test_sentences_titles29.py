"""Rule 4 of analyse.sentences (a run-on headline) leaves a work's title alone: after a noun naming a
work that an article or a possessive opens ("the forth-coming", "her solo project"), an opener
("In", "For") opens the title, not a sentence. A headline drops its articles, so its last noun still
ends it."""

from __future__ import annotations

import pytest

from newsprism.analyse.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(
    "text",
    [
        # l3s_gn1 721afb1f (and its heap-10000 copy, tokenised)
        "Over the last year, we have seen the crème de Hollywood working hard to bolster and deconstruct the War "
        "on Terror, in films such as Lions for Lambs, Rendition, the forth-coming In the Valley of Elah, and The "
        "Kingdom.",
        "in films such as Lions for Lambs , Rendition , the forth-coming In the Valley of Elah , and The Kingdom .",
        # htmldate laweekly_com: a show's title in lower case
        "Several pieces hang at Blue Roof Studios in South LA, where her solo project For protection, with love "
        "opens this weekend.",
        # a possessive before the noun, tokenised
        "Tommy Lee Jones plays a father in Paul Haggis 's film In the Valley of Elah , which opens on Friday .",
    ],
)
def test_a_title_after_the_noun_naming_its_work_is_no_new_sentence(text: str) -> None:
    assert _texts(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # t17 bpoil_bbc/249: a headline's last noun, no article before it (headlinese)
        (
            "BP faces backlash over Gulf oil spill report The explosion on the Deepwater Horizon killed 11 workers .",
            "BP faces backlash over Gulf oil spill report",
        ),
        # t17 bpoil_bbc/1356: a caption ending on a verb
        (
            "John Curry , from BP , explains how the funnel should work A giant iron funnel is being built .",
            "John Curry , from BP , explains how the funnel should work",
        ),
    ],
)
def test_a_headline_ending_on_such_a_noun_is_still_cut(text: str, first: str) -> None:
    assert _texts(text)[0] == first
