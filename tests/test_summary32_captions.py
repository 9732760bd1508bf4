"""summary32: a caption glued after a headline that ends on who says it, captions in the present passive,
a label before a headline quoted in capitals, and the BBC's byline with a place are no sentences a
summary prints."""

from __future__ import annotations

import pytest

from newsprism.summarise.candidates import _article_candidates, _is_junk

_REST = [
    "The agency said the move reflected the rising cost of the clean-up in the Gulf .",
    "Shares in the company fell by more than 5 % in London on Friday .",
]


def _texts(sentences: list[str]) -> list[str]:
    return [c.text for c in _article_candidates(0, sentences)]


def test_a_caption_ending_on_who_says_it_after_a_glued_headline_is_cut() -> None:
    # bpoil_bbc/461's form: a headline, a caption ", analysts say", then the lead
    first = (
        "Oil firm suffers third rating downgrade The oil disaster could cost the firm $ 40bn , analysts "
        "say Moody 's downgraded the firm 's creditworthiness by three notches on Thursday ."
    )
    assert (
        _texts([first, *_REST])[0]
        == "Moody 's downgraded the firm 's creditworthiness by three notches on Thursday ."
    )


def test_a_first_sentence_with_its_day_after_said_stays_whole() -> None:
    first = "The firm has finished pumping cement into the blown-out well , the company said Thursday ."
    assert _texts([first, *_REST])[0] == first


@pytest.mark.parametrize(
    "caption",
    [
        "Boats are seen spraying water on an oil and gas platform that exploded in the Gulf of Mexico .",
        "Oil sheen is seen among vessels assisting near the source of the oil spill in the Gulf of Mexico .",
        "A company logo is seen on a petrol station in London on a rainy afternoon .",
    ],
)
def test_a_caption_in_the_present_passive_is_junk(caption: str) -> None:
    assert _is_junk(caption)


@pytest.mark.parametrize(
    "news",
    [
        "France is seen by many as the Western power most able to end the political impasse .",
        "The lawmaker is seen in an amateur video grabbing the wrist of a young man on the street .",
        "Output fell this year , and most of the country 's growth is seen coming from offshore fields .",
        "It means that if anyone is seen with symptoms of the virus he can be quarantined .",
    ],
)
def test_seen_in_news_is_no_caption(news: str) -> None:
    assert not _is_junk(news)


@pytest.mark.parametrize(
    "label",
    [
        "In the New York Daily News : SWINE FLU SPREADS !",
        "Here are some questions and answers about the outbreak : HOW MANY PEOPLE HAVE DIED !",
    ],
)
def test_a_label_before_a_headline_in_capitals_is_junk(label: str) -> None:
    assert _is_junk(label)


def test_a_colon_before_news_with_an_acronym_is_no_headline() -> None:
    assert not _is_junk("The agency gave its reason : the WHO and the CDC had not yet agreed on a level .")


def test_the_bbcs_byline_with_a_place_is_junk() -> None:
    first = (
        "By Caroline Duffield BBC News , Niger Delta Campaigners say there are 300 oil spills every year in "
        "the Delta Visitors to the village of Kpor are greeted by strange sights ."
    )
    assert _is_junk(first)
    assert first not in _texts([first, *_REST])
