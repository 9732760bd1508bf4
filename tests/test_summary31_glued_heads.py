"""summary31: a headline or caption glued before an article's first sentence with no stop between
them (the BBC's tokenised pages), and a subheading in capitals glued before a later sentence, are no
part of the sentence a summary prints."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _article_candidates


def _texts(sentences: list[str]) -> list[str]:
    return [c.text for c in _article_candidates(0, sentences)]


@pytest.mark.parametrize(
    ("first", "lead"),
    [
        # a headline, then the lead on an opening word (H1N1_bbc/123's form)
        (
            "Swine flu cases close UK school Another nine UK cases of swine flu have been confirmed "
            "taking the total to 27 .",
            "Another nine UK cases of swine flu have been confirmed taking the total to 27 .",
        ),
        # a caption, then the lead on a common noun the article writes in lower case
        (
            "BP has been using undersea robots to fit the sealing cap Engineers have made good progress "
            "towards putting a new cap on the leaking well .",
            "Engineers have made good progress towards putting a new cap on the leaking well .",
        ),
        # a headline and a caption: both go ("Second pupil tested ... A second child ... A further 34")
        (
            "Second pupil tested for swine flu A second child is being treated with antiviral drugs for "
            "swine flu A further 34 pupils and staff at a primary school have been given anti-viral drugs .",
            "A further 34 pupils and staff at a primary school have been given anti-viral drugs .",
        ),
    ],
)
def test_a_headline_glued_before_the_lead_is_cut(first: str, lead: str) -> None:
    rest = [
        "The engineers said the school would stay shut for a week while pupils were tested .",
        "Health officials said the cases were mild and the pupils were recovering well .",
    ]
    assert _texts([first, *rest])[0] == lead


@pytest.mark.parametrize(
    "first",
    [
        # prose: a name opening on "The" after a verb, an institution's "of", a common noun's capital
        # that the article gives names with elsewhere
        "President Trump on Wednesday accused The New York Times of writing a hit piece against him .",
        "The acting director of the federal Bureau of Prisons has been removed from his position .",
        "Vaccines against the new influenza A ( H1N1 ) virus strain will be ready by the autumn .",
        # a stop before any such place: the first sentence is whole
        "Oil kept leaking on Monday . Engineers said the cap would hold for weeks to come .",
    ],
)
def test_prose_is_not_cut_as_a_headline(first: str) -> None:
    assert _texts([first, "Officials said the work would go on for weeks ."])[0] == first


def test_a_subheading_in_capitals_before_a_later_sentence_is_cut() -> None:
    texts = _texts(
        [
            "Engineers have made significant progress towards putting a new cap on the leaking well .",
            "NEW CAP FOR LEAKING OIL WELL Once the tests have been completed , the well will be shut in .",
        ]
    )
    assert texts[1] == "Once the tests have been completed , the well will be shut in ."


def test_a_first_sentence_in_capitals_is_a_lead_and_stays() -> None:
    first = "THE PATENT FIGHT BETWEEN Google and a small firm over its toolbar just got more heated ."
    assert _texts([first, "The firm said it would appeal the ruling next month ."])[0] == first
